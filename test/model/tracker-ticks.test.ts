/**
 * What the tracking sheet ticks when the campaign has more actions than its 8 columns
 * (model/context.ts trackerTicksOf): the app's own column is kept beside the one for all, and
 * actions of one column title are one column, counted once against the room (review).
 */
import { describe, expect, it } from 'vitest';
import { trackerTicksOf } from '../../src/model/context.js';

const app = {
  name: 'VNeID',
  ios: { url: 'https://apps.apple.com/vn/app/vneid/id1645729874', label: 'iPhone (iOS)' },
  android: {
    url: 'https://play.google.com/store/apps/details?id=com.vnid',
    label: 'Android',
  },
  qr_caption_ios: '',
  qr_caption_android: '',
};
const step = (text: string, column = '') => ({ step: text, column });

describe('the tracking sheet’s ticks', () => {
  it('keep the app’s column beside one for all, when the install step is an action', () => {
    const actions = [
      step('Cài đặt ứng dụng VNeID trên điện thoại'),
      ...Array.from({ length: 8 }, (_, i) => step(`Việc số ${i + 2} của hộ gia đình`)),
    ];
    const { ticks, mode } = trackerTicksOf({ app, actions } as never);
    expect(mode).toBe('all');
    expect(ticks.filter((t) => t.app !== null)).toHaveLength(1);
    expect(ticks.map((t) => t.all)).toContain(actions.length);
  });

  it('count actions of one column title once: nine actions, eight columns, each ticked', () => {
    const actions = Array.from({ length: 9 }, (_, i) =>
      step(`Việc số ${i + 1} của hộ gia đình`, i < 2 ? 'Đã kiểm tra' : `Cột ${i + 1}`),
    );
    const { ticks, mode } = trackerTicksOf({ app: null, actions } as never);
    expect(mode).toBe('each');
    expect(ticks).toHaveLength(9);
  });
});

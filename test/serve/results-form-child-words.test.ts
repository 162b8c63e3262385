/**
 * Children counted in any of their words on the leader's form (qa54 p5): a measles campaign
 * counts "Số trẻ đã được tiêm" against "Chỉ tiêu (trẻ)". The form took "38 trẻ" and refused
 * "38 cháu" ("chỉ ghi chữ số …"), though "cháu" is how a leader often says a child. A real server
 * on loopback; the figure read back from the store.
 */
import { describe, expect, it } from 'vitest';
import { servedMeasure } from './measure-ward.js';
import { sendFigures } from './server.js';

const GROUPS = [
  'STT;Tên tổ dân phố;Tổ trưởng;Số hộ;Chỉ tiêu (trẻ)',
  '1;Tổ dân phố 1;Nguyễn Văn Hải;198;45',
  '2;Tổ dân phố 2;Lê Thị Mai;150;40',
].join('\r\n');

const { s, saved: savedOf } = servedMeasure(
  'results-child-words-',
  '{ id: tre, label: Số trẻ đã được tiêm, of: Chỉ tiêu (trẻ) }',
  GROUPS,
);
const saved = (id: string) => savedOf(id, 'tre');

describe('children counted as the leader says them (qa54 p5)', () => {
  it('saves "38 cháu" and "30 trẻ em" as 38 and 30', async () => {
    const r = await sendFigures(s.url, '1', { so_tre: '38 cháu' });
    expect(r.status, r.html.slice(0, 300)).toBe(303);
    expect((await saved('1'))?.value).toBe(38);
    expect((await sendFigures(s.url, '2', { so_tre: '30 trẻ em' })).status).toBe(303);
    expect((await saved('2'))?.value).toBe(30);
  });

  it('still refuses another measure’s word', async () => {
    const r = await sendFigures(s.url, '1', { so_tre: '38 hộ' });
    expect(r.status).toBe(422);
  });
});

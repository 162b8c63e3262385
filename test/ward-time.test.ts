/**
 * A time as the office and the leaders read it in a sentence, "08:30 ngày 05/12/2026", on Viet
 * Nam's clock (UTC+07:00, all year): the studio's notices, /admin/ket-qua's last report and a
 * removed group's page say it so.
 */
import { describe, expect, it } from 'vitest';
import { atWardTime, wardTimeSaid } from '../src/ward-time.js';

describe('wardTimeSaid', () => {
  it('says the ward’s time, the day after UTC’s from 17:00 UTC', () => {
    expect(wardTimeSaid('2026-12-05T01:30:00Z')).toBe('08:30 ngày 05/12/2026');
    expect(wardTimeSaid(new Date('2026-12-04T17:05:00Z'))).toBe('00:05 ngày 05/12/2026');
    expect(wardTimeSaid('2026-12-31T16:59:00.000Z')).toBe('23:59 ngày 31/12/2026');
  });

  it('says nothing of a time that is none', () => {
    expect(wardTimeSaid('')).toBe('');
  });
});

describe('atWardTime', () => {
  it('says the word and the time, or nothing when there is no time', () => {
    expect(`đang mở${atWardTime('từ', '2026-12-05T01:30:00Z')}.`).toBe(
      'đang mở từ 08:30 ngày 05/12/2026.',
    );
    expect(`đang mở${atWardTime('từ', '')}.`).toBe('đang mở.');
    expect(`đã đóng${atWardTime('lúc', undefined)}.`).toBe('đã đóng.');
  });
});

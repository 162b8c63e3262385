/**
 * The campaign's last day a figure is "gửi sau" (results/late.ts): its `when` line's last day, and
 * none when that line prints each group's own day from the groups file — the day the line names
 * beside it is no group's last, and every figure after it would be called late.
 */
import { describe, expect, it } from 'vitest';
import { lastDayOf } from '../../src/results/late.js';

describe('lastDayOf', () => {
  it('is the last day the `when` line names', () => {
    expect(
      lastDayOf({
        contest: null,
        when: 'Từ ngày 02/12/2026 đến hết ngày 05/12/2026',
        issued: '2026-12-02',
      }),
    ).toBe('2026-12-05');
  });

  it('is none when each group prints its own last day', () => {
    expect(
      lastDayOf({
        contest: null,
        when: 'Từ ngày 05/12/2026 đến hết ngày {{group.[Hạn]}}',
        issued: '2026-12-02',
      }),
    ).toBeUndefined();
  });
});

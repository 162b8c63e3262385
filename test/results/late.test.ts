/**
 * When a leader's figures are due (results/late.ts `dueDayOf`): the campaign's `report.deadline`
 * when it gives one; else none for a contest (its figures come after it ends: every one was
 * "gửi sau ngày kết thúc", the example Hải Phòng contest's noise); else its `when` line's last
 * day, and none when that line prints each group's own day from the groups file — the day the
 * line names beside it is no group's last, and every figure after it would be called late.
 */
import { describe, expect, it } from 'vitest';
import { dueDayOf, lateSaid } from '../../src/results/late.js';

const contest = {
  name: 'Công dân số Hải Phòng',
  platform: 'One Touch',
  starts: '2025-10-11',
  ends: '2025-11-11',
} as const;

describe('dueDayOf', () => {
  it('is the last day the `when` line names', () => {
    const due = dueDayOf({
      contest: null,
      when: 'Từ ngày 02/12/2026 đến hết ngày 05/12/2026',
      issued: '2026-12-02',
    });
    expect(due).toEqual({ day: '2026-12-05', deadline: false });
    expect(lateSaid(due ?? { day: '', deadline: false })).toBe('gửi sau ngày kết thúc 05/12/2026');
  });

  it('is none when each group prints its own last day', () => {
    expect(
      dueDayOf({
        contest: null,
        when: 'Từ ngày 05/12/2026 đến hết ngày {{group.[Hạn]}}',
        issued: '2026-12-02',
      }),
    ).toBeUndefined();
  });

  it('is none for a contest without a deadline: its figures come after it ends', () => {
    expect(
      dueDayOf({ contest: contest as never, when: 'Từ ngày 11/10/2025', issued: '2025-10-01' }),
    ).toBeUndefined();
  });

  it('is the report’s deadline when the campaign gives one, contest or not', () => {
    const due = dueDayOf({
      contest: contest as never,
      when: '',
      issued: '2025-10-01',
      report: { deadline: '2025-11-20' },
    });
    expect(due).toEqual({ day: '2025-11-20', deadline: true });
    expect(lateSaid(due ?? { day: '', deadline: true })).toBe('gửi sau hạn báo cáo 20/11/2025');
    expect(
      dueDayOf({
        contest: null,
        when: 'Từ ngày 02/12/2026 đến hết ngày 05/12/2026',
        issued: '2026-12-02',
        report: { deadline: '2026-12-08' },
      }),
    ).toEqual({ day: '2026-12-08', deadline: true });
  });
});

/**
 * The day a text says, day first (load/day-first.ts `dayInText`, `isoDayOf`): what the check of
 * a printed column of dates reads each cell by (output/printed-days.ts).
 */
import { describe, expect, it } from 'vitest';
import { dayInText, dayMonthsIn, isoDayOf } from '../../src/load/day-first.js';

describe('the day a text says', () => {
  it('is a date on the calendar as its ISO day, after a time before it', () => {
    expect(dayInText('Thứ bảy, 12/12/2026')).toEqual({ full: '2026-12-12' });
    expect(dayInText('7.30 ngày 20.11.2026')).toEqual({ full: '2026-11-20' });
    expect(dayInText('5-1-2027 lúc 8 giờ')).toEqual({ full: '2027-01-05' });
  });

  it('is a day and month when no year is written', () => {
    expect(dayInText('thứ bảy 12/12')).toEqual({ day: 12, month: 12 });
    expect(dayInText('29/2')).toEqual({ day: 29, month: 2 });
  });

  it('is no day for a time, a day off the calendar, or no digits', () => {
    expect(dayInText('7.30 - 11.00')).toBeUndefined();
    expect(dayInText('31/2/2026')).toBeUndefined();
    expect(dayInText('Nhà văn hóa tổ 5')).toBeUndefined();
  });

  it('reads a day, month and year only when the calendar has them', () => {
    expect(isoDayOf(7, 12, 2026)).toBe('2026-12-07');
    expect(isoDayOf(29, 2, 2028)).toBe('2028-02-29');
    expect(isoDayOf(29, 2, 2026)).toBeUndefined();
  });
});

describe('the days and months a sentence writes (dayMonthsIn)', () => {
  it('reads a day in words without its year, as "10/12" is (h-left13b #4)', () => {
    expect(dayMonthsIn('Đăng ký trước ngày 10 tháng 12')).toEqual(['10/12']);
    expect(dayMonthsIn('Đăng ký trước ngày 10/12')).toEqual(['10/12']);
    expect(dayMonthsIn('ngày 10 tháng 12 năm 2026')).toEqual(['10/12']);
    // No day: a length of time, a month with its year.
    expect(dayMonthsIn('trong 3 tháng 10 ngày, tháng 12/2026')).toEqual([]);
  });
});

/**
 * load/day-time-slips.ts: a weekday its date contradicts, an hour no clock has, hours that end
 * before they start (qa29 M3, m1), and the texts that are none of those (a length of time, a
 * span through the night, an afternoon written "chiều", a clock with its seconds). Weekdays of
 * December 2026 from the calendar: 08/12 Tuesday, 12/12 Saturday, 13/12 Sunday.
 */
import { describe, expect, it } from 'vitest';
import { timeSlips, weekdaySlips } from '../../src/load/day-time-slips.js';

describe('weekdaySlips', () => {
  it.each([
    ['Chủ nhật, 12/12/2026', '12/12/2026', 'Chủ nhật', 'thứ Bảy'],
    ['thứ Hai, 08/12/2026', '08/12/2026', 'thứ Hai', 'thứ Ba'],
    ['12/12/2026 (Chủ nhật)', '12/12/2026', 'Chủ nhật', 'thứ Bảy'],
    ['Thứ 2 ngày 12/12/2026', '12/12/2026', 'Thứ 2', 'thứ Bảy'],
    // No year: the notice's (issued 01/12/2026).
    ['thứ Hai 08/12', '08/12', 'thứ Hai', 'thứ Ba'],
  ])('says "%s"', (text, day, written, actual) => {
    expect(weekdaySlips(text, '2026-12-01')).toEqual([{ day, written, actual }]);
  });

  it.each([
    'Chủ nhật, 13/12/2026',
    'thứ 7 12/12/2026',
    'thứ Bảy, ngày 12/12/2026',
    '7h30 - 11h00, ngày 08/12/2026',
  ])('leaves "%s"', (text) => {
    expect(weekdaySlips(text, '2026-12-01')).toEqual([]);
  });

  it('leaves a day without its year when no notice date says which', () => {
    expect(weekdaySlips('thứ Hai 08/12')).toEqual([]);
  });
});

describe('timeSlips', () => {
  it.each([
    ['11h00 - 7h30', { kind: 'reversed', said: '11h00 - 7h30', from: '11h00', to: '7h30' }],
    ['08:00 - 07:00', { kind: 'reversed', said: '08:00 - 07:00', from: '08:00', to: '07:00' }],
    ['25h00', { kind: 'impossible', said: '25h00' }],
    ['7:75', { kind: 'impossible', said: '7:75' }],
    ['từ 7 giờ 30 đến 25 giờ', { kind: 'impossible', said: '25 giờ' }],
  ])('says "%s"', (text, slip) => {
    expect(timeSlips(text)).toEqual([slip]);
  });

  it.each([
    '7h30 - 11h00',
    '13h30 - 17h00',
    'từ 7 giờ 30 đến 11 giờ',
    '1h30 chiều - 5h chiều',
    '10h - 2h chiều',
    '22h00 - 2h00',
    'trong vòng 48h',
    '24 giờ',
    '19h30',
    '5ha lúa',
    'số 12 ngõ 45 Lê Lợi',
    '7.30 - 11.00',
    '2025-10-09T08:30:00+07:00',
  ])('leaves "%s"', (text) => {
    expect(timeSlips(text)).toEqual([]);
  });
});

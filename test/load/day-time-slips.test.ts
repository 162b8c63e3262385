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

  // Review 38 (3, 4, 9): ranges and lists of weekdays and days, ordinals, "T2".."T7".
  // December 2026: 12 Sat, 13 Sun, 14 Mon, 18 Fri, 19 Sat, 20 Sun.
  it.each([
    ['T7 13/12/2026', '13/12/2026', 'T7', 'Chủ nhật'],
    ['T2, 13/12/2026', '13/12/2026', 'T2', 'Chủ nhật'],
    ['Thứ 7 (ngày 13/12/2026)', '13/12/2026', 'Thứ 7', 'Chủ nhật'],
    ['Đợt thứ 2: thứ 2, 19/12/2026', '19/12/2026', 'thứ 2', 'thứ Bảy'],
  ])('says "%s" (lists, abbreviations, ordinals)', (text, day, written, actual) => {
    expect(weekdaySlips(text, '2026-12-01')).toEqual([{ day, written, actual }]);
  });

  it('pairs a list of weekdays with a list of days in order', () => {
    expect(weekdaySlips('Thứ Bảy, Chủ nhật 13/12 và 12/12/2026', '2026-12-01')).toEqual([
      { day: '13/12/2026', written: 'Thứ Bảy', actual: 'Chủ nhật' },
      { day: '12/12/2026', written: 'Chủ nhật', actual: 'thứ Bảy' },
    ]);
  });

  it.each([
    'Từ thứ Hai đến thứ Sáu, 14/12 - 18/12/2026',
    'Thứ Bảy, Chủ nhật 12/12 và 13/12/2026',
    'sáng thứ 7 và CN, 12/12 – 13/12/2026',
    'Từ 12/12/2026 - Chủ nhật 20/12/2026',
    'ngày 12/12/2026 - Chủ nhật ngày 13/12/2026',
    'thứ Hai 14/12 - thứ Sáu 18/12/2026',
    'Thứ hai đến thứ sáu, 14/12/2026',
    'Đợt thứ 2: 19/12/2026',
    'đợt thứ hai, ngày 19/12/2026',
    'Cuộc thi tuần thứ 3 - 14/12/2026',
    'Kỳ họp thứ 7, ngày 13/12/2026',
    'Hội nghị lần thứ 5 ngày 10/12/2026',
    'T7 12/12/2026',
    'Sáng thứ 7 (12/12) và Chủ nhật (13/12)',
    '12/12/2026 (thứ Bảy)',
  ])('leaves "%s" (ranges, lists, ordinals)', (text) => {
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
    // Review 38 (5, 8): lengths of time, and an afternoon end written the 12-hour way.
    'Kết quả trả trong 24h - 48h',
    'sau 24 giờ - 48 giờ',
    'kéo dài 48h - 72h',
    '48h - 72h',
    '11h30 - 1h30',
    'từ 11h30 - 1h30 nghỉ trưa',
    '12h00 - 2h00',
  ])('leaves "%s"', (text) => {
    expect(timeSlips(text)).toEqual([]);
  });

  it.each([
    ['11h30 - 7h00', { kind: 'reversed', said: '11h30 - 7h00', from: '11h30', to: '7h00' }],
    ['10h30 - 1h30', { kind: 'reversed', said: '10h30 - 1h30', from: '10h30', to: '1h30' }],
    ['7h30 - 25h00', { kind: 'impossible', said: '25h00' }],
  ])('still says "%s"', (text, slip) => {
    expect(timeSlips(text)).toEqual([slip]);
  });
});

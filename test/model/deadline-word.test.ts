/**
 * The word before the deadline: "Hạn đăng ký" when the campaign's text ties that day to signing
 * up, else "Thời hạn". A range of tổ ("tổ 5-7") or of hours ("7 - 9 giờ") is no day (review53
 * #6): a deadline of 05/07 was said to be a sign-up's when a line said "đăng ký … tổ 5-7".
 */
import { describe, expect, it } from 'vitest';
import { deadlineWordOf } from '../../src/model/deadline-word.js';

const campaignWith = (body: string, deadline = '05/07/2026') => ({
  deadline,
  notice: { body } as never,
  actions: [],
});

describe('the deadline’s word', () => {
  it('is “Hạn đăng ký” when a line signs up by that day, in any form of it', () => {
    for (const line of [
      'Đăng ký với tổ trưởng trước ngày 05/07/2026.',
      'Hạn chót đăng ký: 5/7.',
      'Đăng ký trước 05-07-2026.',
      // Written out, as a notice's date line writes a day.
      'Đăng ký với tổ trưởng trước ngày 05 tháng 7 năm 2026.',
      'Hạn chót đăng ký: 5 tháng 7 năm 2026.',
    ])
      expect(deadlineWordOf(campaignWith(line), false), line).toBe('Hạn đăng ký');
  });

  it('reads a day written out: “ngày 10 tháng 12 năm 2026” is 10/12/2026', () => {
    const signUp = (line: string) => deadlineWordOf(campaignWith(line, '10/12/2026'), false);
    expect(signUp('Đăng ký với tổ trưởng trước ngày 10 tháng 12 năm 2026.')).toBe('Hạn đăng ký');
    // Another day in words is no sign-up's by the deadline.
    expect(signUp('Đăng ký với tổ trưởng trước ngày 11 tháng 12 năm 2026.')).toBe('Thời hạn');
  });

  it('is “Thời hạn” when the line’s numbers are a range of tổ or hours, not that day', () => {
    for (const line of [
      'Đăng ký tại nhà văn hóa tổ 5-7.',
      'Đăng ký từ 5 - 7 giờ sáng thứ Hai.',
      'Đăng ký lúc 5.07 tại hội trường.',
    ])
      expect(deadlineWordOf(campaignWith(line), false), line).toBe('Thời hạn');
  });
});

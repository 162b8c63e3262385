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
    ])
      expect(deadlineWordOf(campaignWith(line), false), line).toBe('Hạn đăng ký');
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

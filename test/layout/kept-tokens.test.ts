/**
 * Which spaces of running text become no-break (layout/kept-tokens.ts): a date or time with its
 * word, a phone in brackets with the name before it (qa40 m5), and what stays breakable.
 */
import { describe, expect, it } from 'vitest';
import { keepUnits, keptSpans } from '../../src/layout/kept-tokens.js';

/** The text with its no-break spaces shown as "~". */
const kept = (text: string) => keepUnits(text).replaceAll('\u00a0', '~');

describe('keepUnits (qa40 m5)', () => {
  it.each([
    ['Tiêm chủng mở rộng tháng 12/2026', 'Tiêm chủng mở rộng tháng~12/2026'],
    ['(có mặt lúc 07h30)', '(có mặt lúc~07h30)'],
    ['Nghị quyết ngày 10/12/2024 của', 'Nghị quyết ngày~10/12/2024 của'],
    ['Tháng 12 năm 2026', 'Tháng~12 năm~2026'],
    [
      'Trịnh Thị Ngọc (0912 111 222), Lương Văn Khải',
      'Trịnh Thị Ngọc~(0912~111~222), Lương Văn Khải',
    ],
  ])('%s', (text, expected) => {
    expect(kept(text)).toBe(expected);
  });

  it.each([
    // A number before its word is a count, not a date: "5 năm" stays as it is.
    ['trong 5 năm qua', 'trong 5 năm qua'],
    // Brackets holding no phone, and a short emergency number: breakable as before.
    ['Trạm Y tế (số 18 Lạch Tray)', 'Trạm Y tế (số~18 Lạch Tray)'],
    ['Cứu hỏa (114)', 'Cứu hỏa (114)'],
    ['mỗi tháng hai lần', 'mỗi tháng hai lần'],
  ])('leaves %s', (text, expected) => {
    expect(kept(text)).toBe(expected);
  });
});

describe('keptSpans: short slashed abbreviations (qa53 M2)', () => {
  /** Where each of `parts` stands in `text`, in order, as [start, end). */
  const at = (text: string, ...parts: string[]) => {
    let from = 0;
    return parts.map((p) => {
      const start = text.indexOf(p, from);
      from = start + p.length;
      return [start, start + p.length];
    });
  };

  it.each([
    ['Nơi nhận: - UBND phường (để b/c);', ['b/c']],
    ['Lưu: VT, t/h và P/h, k/t.', ['t/h', 'P/h', 'k/t']],
    // Letters outside the Basic Multilingual Plane are two UTF-16 units each: four of them before
    // the slash are eight units.
    ['ghi 𝐀𝐁𝐂𝐃/𝐄 rồi', ['𝐀𝐁𝐂𝐃/𝐄']],
    ['xem 𝐀b/c', ['𝐀b/c']],
  ])('%s', (text, parts) => {
    expect(keptSpans(text, [])).toEqual(at(text, ...parts));
  });

  it.each([
    // A piece of an address's path, a longer word and a fraction are no abbreviation.
    'tại dichvucong.gov.vn/b/c hoặc',
    'trang abcde/fg',
    'còn 1/2 số hộ',
  ])('%s', (text) => {
    expect(keptSpans(text, [])).toEqual([]);
  });
});

/**
 * A value joined from parts, some empty for a group (qa8 K2): what is left of the separators.
 * The expected strings are the parts as an office writes them, with the empty ones taken out.
 */
import { describe, expect, it } from 'vitest';
import { joinedParts } from '../../src/template/joined-parts.js';

describe('joinedParts', () => {
  it.each([
    [', 7h30 – 10h30', '7h30 – 10h30'],
    ['Thứ Bảy, 12/12/2026, ', 'Thứ Bảy, 12/12/2026'],
    ['Thứ Bảy 12/12/2026,  – 10h30', 'Thứ Bảy 12/12/2026 – 10h30'],
    ['Chủ nhật, , 7h30', 'Chủ nhật, 7h30'],
    ['Nhà văn hóa thôn 1 - ', 'Nhà văn hóa thôn 1'],
    ['Nhà văn hóa () ', 'Nhà văn hóa'],
    [',  – ', ''],
  ])('%j reads %j', (value, expected) => {
    expect(joinedParts(value)).toBe(expected);
  });

  it('keeps what is whole as it is', () => {
    for (const v of [
      'Sân Nhà văn hóa Khu phố 3-4',
      '7h30–10h30, Chủ nhật 13/12/2026',
      'Số 12 - 14 Lê Lợi',
    ])
      expect(joinedParts(v)).toBe(v);
  });
});

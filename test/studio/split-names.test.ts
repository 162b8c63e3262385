/**
 * Which new group's name reads as the half of a reported group that split (review35 #5): only the
 * old name and a short mark; a neighbouring thôn whose name merely begins with another's is no
 * split, and its upload must not stop on "… có vẻ đã tách thành …".
 */
import { describe, expect, it } from 'vitest';
import { extendsName } from '../../src/studio/unlisted-notes.js';

const halves: [string, string][] = [
  ['Tổ dân phố 12', 'Tổ dân phố 12A'],
  ['Tổ dân phố 12', 'Tổ dân phố 12 B'],
  ['Tổ dân phố 12', 'Tổ dân phố 12B1'],
  ['Tổ dân phố 12', 'tổ dân phố  12b'],
  ['Tổ dân phố 12', 'Tổ dân phố 12-B'],
  ['Tổ dân phố 12', 'Tổ dân phố 12 (B)'],
  ['Tổ dân phố 12', 'Tổ dân phố 12/1'],
  ['Tổ dân phố 12', 'Tổ dân phố 12 - 2'],
  ['Tổ dân phố 12', 'Tổ dân phố 12.2'],
  ['Tổ dân phố 12', 'Tổ dân phố 12 (phần 2)'],
  ['Tổ dân phố 12', 'Tổ dân phố 12 phần 2'],
  ['Tổ dân phố 12', 'Tổ dân phố 12 khu 2'],
  // A remark after the half's mark: still the half of tổ 15.
  ['Tổ dân phố 15', 'Tổ dân phố 15B (khu tái định cư)'],
  ['Thôn An', 'Thôn An 2'],
  ['Thôn An', 'Thôn An B'],
  ['Thôn An', 'Thôn An - 2'],
  ['Thôn An', 'Thôn An (phần 2)'],
  ['Thôn Đông', 'Thôn Đông Đ'],
];

const others: [string, string][] = [
  // Another thôn whose name begins with this one's.
  ['Thôn An', 'Thôn An Bình'],
  ['Thôn Đông', 'Thôn Đông Hải'],
  ['Thôn An', 'Thôn Anh'],
  ['Xóm Bãi', 'Xóm Bãi Bông'],
  // Another number.
  ['Tổ dân phố 12', 'Tổ dân phố 120'],
  ['Tổ dân phố 1', 'Tổ dân phố 1 2'],
  // Two names in one cell, or a word after the number.
  ['Khu phố 1', 'Khu phố 1, Khu phố 2'],
  ['Tổ dân phố 3', 'Tổ dân phố 3 Đông'],
  ['Tổ dân phố 12', 'Tổ dân phố 12 bis'],
  // A remark alone is no half's mark: a name that says where the tổ is.
  ['Tổ dân phố 15', 'Tổ dân phố 15 (khu tái định cư)'],
  ['Tổ dân phố 12', 'Tổ dân phố 12 (B'],
  // The same name, or none.
  ['Tổ dân phố 12', 'Tổ dân phố  12'],
  ['', 'Tổ dân phố 12A'],
];

describe('a split half by its name', () => {
  it.each(halves)('"%s" → "%s" is a half', (old, name) => {
    expect(extendsName(old, name)).toBe(true);
  });
  it.each(others)('"%s" → "%s" is another group', (old, name) => {
    expect(extendsName(old, name)).toBe(false);
  });
});

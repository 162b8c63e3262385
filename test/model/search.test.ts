/**
 * The search rule the office's pages share (src/model/search.ts), as an office types names: with
 * or without marks, old or new tone placement, ids with or without their dash and zeros. The
 * HTTP pages that use it are tested in test/serve/admin.test.ts and the studio's leaders tab.
 */
import { describe, expect, it } from 'vitest';
import { matches, searchOf } from '../../src/model/search.js';

const finds = (query: string, text: string) => matches(searchOf(query), text);

describe('a search of groups', () => {
  it('finds a word where a word begins, not inside another (qa37 m3: "Hằng" in "Thắng")', () => {
    expect(finds('hang', 'Phạm Đức Thắng')).toBe(false);
    expect(finds('Hằng', 'Trần Thị Thu Hằng')).toBe(true);
    expect(finds('thu hằ', 'Trần Thị Thu Hằng')).toBe(true);
  });

  it('asks for the marks typed, not for those left out', () => {
    expect(finds('hang', 'Trần Thị Thu Hằng')).toBe(true);
    expect(finds('Hăng', 'Trần Thị Thu Hằng')).toBe(true);
    expect(finds('Hẳng', 'Trần Thị Thu Hằng')).toBe(false);
    expect(finds('đông', 'Tổ dân phố Đông Hải')).toBe(true);
    expect(finds('dong hai', 'Tổ dân phố Đông Hải')).toBe(true);
  });

  it('takes a tone wherever it is written: "hòa" and "hoà", "thuỷ" and "thủy" (review41 #3)', () => {
    expect(finds('hòa', 'Thôn Hoà Bình')).toBe(true);
    expect(finds('hoà', 'Thôn Hòa Bình')).toBe(true);
    expect(finds('thuỷ', 'Nguyễn Thị Thủy')).toBe(true);
    expect(finds('thúy', 'Nguyễn Thị Thủy')).toBe(false);
  });

  it('finds a name written without marks by any spelling of it ("Dong" for "đông")', () => {
    expect(finds('đông', 'To dan pho Dong Hai')).toBe(true);
  });

  it('takes a number whole, leading zeros aside, and an id typed with or without its dash', () => {
    expect(finds('7', 'TDP-07')).toBe(true);
    expect(finds('tdp07', 'TDP-07')).toBe(true);
    expect(finds('TDP-07', 'tdp07')).toBe(true);
    expect(finds('số 1', 'Tổ dân phố số 12')).toBe(false);
    expect(finds('số 12', 'Tổ dân phố số 12')).toBe(true);
  });

  it('finds a name copied from the office list with its "(mã N)"', () => {
    expect(finds('Tổ dân phố số 1 (mã 3)', 'Tổ dân phố số 1 3 Nguyễn Văn A')).toBe(true);
    expect(finds('Tổ dân phố số 1 (mã 3)', 'Tổ dân phố số 1 7 Nguyễn Văn B')).toBe(false);
  });

  it('takes NFD, the Icelandic Ð, case and apostrophes as the same', () => {
    expect(finds('Hằng'.normalize('NFD'), 'TRẦN THỊ THU HẰNG')).toBe(true);
    expect(finds('\u00D0ức', 'Phạm Đức Thắng')).toBe(true);
    for (const q of ["M'Hăng", 'M’Hang', 'mhang', 'm hang'])
      expect(finds(q, 'Buôn MʼHăng'), q).toBe(true);
  });

  it('finds everything for an empty search', () => {
    expect(finds('  ', 'Tổ dân phố số 1')).toBe(true);
  });
});

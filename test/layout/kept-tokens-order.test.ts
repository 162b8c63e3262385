/**
 * Two of kept-tokens.ts's patterns match their first character before looking back (h-perf14:
 * the look back tried at every index was the cost): a paragraph's closing short name and a bank
 * account after the words that name it are kept as before, and what was left to break still is.
 */
import { describe, expect, it } from 'vitest';
import { firmSpans, keepEndName } from '../../src/layout/kept-tokens.js';

const NBSP = '\u00a0';
const firm = (text: string) => firmSpans(text).map(([a, b]) => text.slice(a, b));

describe('a closing short name', () => {
  it('keeps two or three capitalised syllables at a paragraph’s end together', () => {
    // review52 #13: "… Trường Tiểu học Nghĩa ⏎ Xá" left half a name alone.
    expect(keepEndName('Họp tại Trường Tiểu học Nghĩa Xá.')).toBe(
      `Họp tại Trường Tiểu học Nghĩa${NBSP}Xá.`,
    );
    expect(keepEndName('Địa điểm: thôn Đông Hưng ')).toBe(`Địa điểm: thôn Đông${NBSP}Hưng `);
  });

  it('leaves a longer run of capitalised words to break', () => {
    expect(keepEndName('Gửi UBND Phường Hải Châu Cũ')).toBe('Gửi UBND Phường Hải Châu Cũ');
    expect(keepEndName('Gửi Ông Lê Văn Tám')).toBe('Gửi Ông Lê Văn Tám');
  });
});

describe('a bank account after the words that name it', () => {
  it('is one firm span, its hyphens and dots inside', () => {
    expect(firm('Chuyển vào tài khoản số: 1234-5678 tại ngân hàng.')).toEqual(['1234-5678']);
    expect(firm('STK 7103.456.789 Vietcombank')).toEqual(['7103.456.789']);
  });

  it('is no account after another word', () => {
    expect(firm('Mã 1234-5678 của hồ sơ')).toEqual([]);
  });
});

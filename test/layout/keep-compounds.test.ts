/**
 * A headline's two-syllable words joined by a no-break space (layout/keep-words.ts): a syllable
 * that ends a word is not taken by the word after it ("Công an toàn phường": "an" is the police's,
 * review56b #6), and the words after a pair are still paired.
 */
import { expect, it } from 'vitest';
import { keepCompounds, keepTitle } from '../../src/layout/keep-words.js';

const NBSP = '\u00a0';
const kept = (text: string) => keepCompounds([{ text }])[0]?.text.replaceAll(NBSP, '_');

it('keeps "Công an" whole and does not pair its "an" with "toàn" after it', () => {
  expect(kept('Công an toàn phường ra quân bảo đảm an toàn giao thông')).toBe(
    'Công_an toàn phường ra quân bảo đảm an_toàn giao_thông',
  );
  expect(kept('CÔNG AN TOÀN PHƯỜNG')).toBe('CÔNG_AN TOÀN PHƯỜNG');
});

it('does not take a capital that starts a listed word into a name before it (review57b #10)', () => {
  const titled = (text: string) => keepTitle([{ text }])[0]?.text.replaceAll(NBSP, '_');
  expect(titled('Hưởng ứng Ngày Pháp luật Việt Nam năm 2026')).toBe(
    'Hưởng ứng Ngày Pháp_luật Việt_Nam năm_2026',
  );
  expect(titled('Tháng Hành động vì trẻ em')).toBe('Tháng Hành_động vì trẻ_em');
  expect(titled('Thành phố Hải Phòng sử dụng')).toBe('Thành phố Hải_Phòng sử_dụng');
});

it('keeps a three-syllable word whole: "Đại đoàn kết" does not break after "Đại" (qa57 ddk poster)', () => {
  expect(kept('Ngày hội Đại đoàn kết toàn dân tộc năm 2026')).toBe(
    'Ngày_hội Đại_đoàn_kết toàn dân_tộc năm 2026',
  );
  expect(kept('Tháng hành động vì bình đẳng giới.')).toBe('Tháng hành_động vì bình_đẳng_giới.');
});

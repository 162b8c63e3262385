/**
 * A headline's two-syllable words joined by a no-break space (layout/keep-words.ts): a syllable
 * that ends a word is not taken by the word after it ("Công an toàn phường": "an" is the police's,
 * review56b #6), and the words after a pair are still paired.
 */
import { expect, it } from 'vitest';
import { keepCompounds } from '../../src/layout/keep-words.js';

const NBSP = '\u00a0';
const kept = (text: string) => keepCompounds([{ text }])[0]?.text.replaceAll(NBSP, '_');

it('keeps "Công an" whole and does not pair its "an" with "toàn" after it', () => {
  expect(kept('Công an toàn phường ra quân bảo đảm an toàn giao thông')).toBe(
    'Công_an toàn phường ra quân bảo đảm an_toàn giao_thông',
  );
  expect(kept('CÔNG AN TOÀN PHƯỜNG')).toBe('CÔNG_AN TOÀN PHƯỜNG');
});

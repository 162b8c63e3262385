/**
 * Property: any Vietnamese name — words of any of the precomposed letters (and đ, and plain
 * Latin ones), each word lower case, Capitalised or ALL CAPS, given as NFC or NFD — read from a
 * groups file and printed on the notice (its copy's mark, italic), extracts from the PDF as the NFC name, word for word
 * with its spaces. (A capital after a small letter inside a word, "NguyÔn", is what text typed
 * with a TCVN3 font looks like: the loader rightly treats it as such, so words are cased whole.)
 * Seeded, so CI runs the same 50 cases every time; a failure prints the shrunk counterexample.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { notice } from '../../src/kinds/notice.js';
import type { Campaign } from '../../src/load/campaign.js';
import { parseGroupsCsv } from '../../src/load/groups/index.js';
import type { Group } from '../../src/load/types.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { exampleInputs, renderFor } from '../support/render.js';

const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const TONES = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
const LOWER = [
  ...VOWELS.flatMap((v) => TONES.map((t) => `${v}${t}`.normalize('NFC'))),
  'đ',
  ...'bcdghklmnpqrstvx',
];
/** Every precomposed Vietnamese letter (134 with tones and shapes, đ/Đ) and the consonants. */
const LETTERS = [...LOWER, ...LOWER.map((l) => l.toLocaleUpperCase('vi'))];

const word = fc
  .tuple(
    fc.array(fc.constantFrom(...LOWER), { minLength: 1, maxLength: 7 }),
    fc.constantFrom('lower', 'title', 'upper'),
  )
  .map(([letters, casing]) => {
    const w = letters.join('');
    if (casing === 'upper') return w.toLocaleUpperCase('vi');
    return casing === 'title' ? (w[0] ?? '').toLocaleUpperCase('vi') + w.slice(1) : w;
  });
const name = fc.array(word, { minLength: 1, maxLength: 8 }).map((ws) => ws.join(' '));

let inputs: { campaign: Campaign } | undefined;

async function printedName(written: string): Promise<string> {
  inputs ??= await exampleInputs();
  const csv = `STT;Tên tổ dân phố\n1;${written}\n`;
  const [group] = parseGroupsCsv(new TextEncoder().encode(csv), 'p.csv');
  const doc = await renderFor(notice, inputs.campaign, group as Group);
  const text = collapseSpaces(await pdfText(doc.bytes));
  // The copy's mark at the foot of the first page: "Bản gửi: <name>, <ward>".
  const m = new RegExp(`Bản gửi: (.*?), ${inputs.campaign.issuer.ward}`, 'u').exec(text);
  return m?.[1] ?? `(no copy mark in: ${text.slice(0, 200)})`;
}

describe('Vietnamese text survives load → template → layout → PDF', () => {
  it('has every precomposed letter in its alphabet', () => {
    expect(new Set(LETTERS.filter((l) => /[^ -~]/.test(l))).size).toBe(2 * (72 - 6 + 1));
    expect(LETTERS).toContain('Ặ');
    expect(LETTERS).toContain('ữ');
  });

  it('extracts as the NFC input, words and spaces kept (50 seeded cases, NFC or NFD)', async () => {
    await fc.assert(
      fc.asyncProperty(name, fc.boolean(), async (text, decomposed) => {
        const written = decomposed ? text.normalize('NFD') : text;
        expect(await printedName(written)).toBe(text.normalize('NFC'));
      }),
      { seed: 42, numRuns: 50 },
    );
  });
});

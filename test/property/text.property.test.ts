/**
 * Property: any Vietnamese name — words of any of the precomposed letters (and đ, and plain
 * Latin ones), each word lower case, Capitalised or ALL CAPS, given as NFC or NFD — read from a
 * groups file and printed on the notice (its copy's mark, italic), extracts from the PDF as the NFC name, word for word
 * with its spaces. (A capital after a small letter inside a word, "NguyÔn", is what text typed
 * with a TCVN3 font looks like: the loader rightly treats it as such, so words are cased whole.)
 * Seeded, so CI runs the same 50 cases every time (rendered, then read by one pdftotext); a failure
 * prints the shrunk counterexample.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { notice } from '../../src/kinds/notice.js';
import type { Campaign } from '../../src/load/campaign.js';
import { parseGroupsCsv } from '../../src/load/groups/index.js';
import type { Group } from '../../src/load/types.js';
import { collapseSpaces, pdfText, pdfTexts } from '../support/pdf-text.js';
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

/** The notice of a group whose name is written as `written`, rendered from a groups file's row. */
async function noticeFor(written: string) {
  inputs ??= await exampleInputs();
  const csv = `STT;Tên tổ dân phố\n1;${written}\n`;
  const [group] = parseGroupsCsv(new TextEncoder().encode(csv), 'p.csv');
  return renderFor(notice, inputs.campaign, group as Group);
}

/**
 * The name the copy's mark at the foot of the first page prints: "Bản gửi: tổ dân phố <name>,
 * <ward>" (the names have no unit word of their own; the groups file's header says tổ dân phố;
 * "Tổ" before a number, "L a" read as Roman fifty).
 */
function copyMark(text: string): string {
  const ward = inputs?.campaign.issuer.ward;
  const m = new RegExp(`Bản gửi: [Tt]ổ dân phố (.*?), ${ward}`, 'u').exec(collapseSpaces(text));
  return m?.[1] ?? `(no copy mark in: ${collapseSpaces(text).slice(0, 200)})`;
}

async function printedName(written: string): Promise<string> {
  return copyMark(await pdfText((await noticeFor(written)).bytes));
}

const SEEDED = { seed: 42, numRuns: 50 };
const cases = fc.tuple(name, fc.boolean());
const spelt = ([text, decomposed]: [string, boolean]) =>
  decomposed ? text.normalize('NFD') : text;

describe('Vietnamese text survives load → template → layout → PDF', () => {
  it('has every precomposed letter in its alphabet', () => {
    expect(new Set(LETTERS.filter((l) => /[^ -~]/.test(l))).size).toBe(2 * (72 - 6 + 1));
    expect(LETTERS).toContain('Ặ');
    expect(LETTERS).toContain('ữ');
  });

  it('extracts as the NFC input, words and spaces kept (50 seeded cases, NFC or NFD)', async () => {
    // The seeded cases rendered first and read by one pdftotext (pdfTexts), not fifty; the
    // property then looks each up. A case fast-check makes while it shrinks a failure is
    // rendered and read on its own.
    const written = fc.sample(cases, SEEDED).map(spelt);
    const docs = [];
    for (const w of written) docs.push(await noticeFor(w));
    const read = new Map(
      (await pdfTexts(docs)).map((text, i) => [written[i] as string, copyMark(text)]),
    );
    let alone = 0;
    await fc.assert(
      fc.asyncProperty(cases, async (c) => {
        const w = spelt(c);
        let printed = read.get(w);
        if (printed === undefined) {
          alone++;
          printed = await printedName(w);
        }
        expect(printed).toBe(c[0].normalize('NFC'));
      }),
      SEEDED,
    );
    // The property ran over the cases read together.
    expect(alone).toBe(0);
  });
});

/**
 * The sheet of QR codes keeps names whole (issue 12): a leader's name is never split across the
 * card's lines where it fits on one ("Tổ trưởng: Nguyễn Văn / Hùng" read as two people); when
 * "Tổ trưởng: <name>" is too long, the line breaks after the colon; a name wider than the card's
 * text is broken only between its words. Group and ward names never lose a word to a break, no
 * text is under 9 pt, and every code still scans to its leader's link from a card held in the
 * hand (72 dpi, blurred, turned 3°). Read back from the PDF: word boxes (pdftotext -bbox), type
 * sizes (pdf.js) and the codes (zbarimg).
 */
import { describe, expect, it } from 'vitest';
import type { QrCard } from '../../src/kinds/qr-sheet.js';
import { loadFonts } from '../../src/layout/fonts.js';
import { termForms } from '../../src/model/group-term.js';
import { qrSheetPdf } from '../../src/output/qr-sheet.js';
import { decodeDegradedPdf, IN_HAND } from '../support/degrade.js';
import { pdfTextItems } from '../support/pdf-items.js';
import { type PdfWord, pdfWords } from '../support/pdf-text.js';

const BASE = 'https://phuong.example.vn/g';
const WARD = 'phường Nguyễn Cư Trinh';
const LONG_GROUP = 'Tổ dân phố số 12 khu dân cư Hòa Bình Thượng';
/** Names of up to 22 characters: each fits a card's line, if not after "Tổ trưởng:". */
const NAMES = [
  'Nguyễn Văn Hùng',
  'Trần Thị Thu Hằng',
  'Tôn Nữ Hoàng Bảo Ngọc',
  'Nguyễn Thị Phương Thảo',
  'Lê Thị Ngọc Ánh',
];
/** Longer names (26 and 39 characters): wider than a card's line even at the smallest type. */
const TOO_LONG = ['Phan Nguyễn Hoàng Bảo Châu', 'Công Tằng Tôn Nữ Thị Phương Thảo Nguyên'];

const cards: QrCard[] = [...NAMES, ...TOO_LONG].map((leader, i) => ({
  name: i === 2 || i === 6 ? LONG_GROUP : `Tổ dân phố số ${i + 1}`,
  leader,
  url: `${BASE}/tok${String(i).padStart(19, 'x')}/`,
}));

/** The sheet's text lines: words on one baseline in one column of cards, left to right. */
function linesOf(words: readonly PdfWord[]): string[] {
  const half = 297.6;
  const lines = new Map<string, PdfWord[]>();
  for (const w of words) {
    const key = `${w.page}|${w.xMin < half ? 0 : 1}|${Math.round(w.yMax)}`;
    lines.set(key, [...(lines.get(key) ?? []), w]);
  }
  return [...lines.values()].map((ws) =>
    ws
      .sort((a, b) => a.xMin - b.xMin)
      .map((w) => w.text)
      .join(' ')
      .normalize('NFC'),
  );
}

describe.each(['tổ dân phố', 'khu phố'])('the sheet of QR codes of a %s ward', (word) => {
  const term = termForms(word);
  let pdf: Uint8Array;
  const sheet = async () => {
    pdf ??= await qrSheetPdf(cards, {
      fonts: loadFonts(),
      created: new Date('2026-03-02T00:00:00+07:00'),
      ward: WARD,
      office: 'Văn phòng HĐND và UBND',
      term,
    });
    return pdf;
  };

  it('never splits a leader name that fits a line; past that, breaks only between its words', async () => {
    const lines = linesOf(await pdfWords(await sheet()));
    const label = `${term.Leader}:`;
    for (const name of NAMES) {
      // Whole on one line: after the label, or on a line of its own below it.
      expect(lines.filter((l) => l === `${label} ${name}` || l === name)).toHaveLength(1);
    }
    // The label's line holds the whole name or nothing else: never the first words of one.
    for (const l of lines.filter((l) => l.startsWith(label)))
      expect(l === label || NAMES.some((n) => l === `${label} ${n}`), l).toBe(true);
    // A name too long for a line: on lines of its own, its words in order and whole.
    for (const name of TOO_LONG) {
      const at = lines.findIndex((l) => name.startsWith(`${l} `));
      expect(lines[at - 1]).toBe(label);
      let rest = name;
      for (let k = at; rest.length > 0; k++) {
        const l = lines[k] ?? '';
        expect(rest === l || rest.startsWith(`${l} `), `"${l}" is not the next words of ${name}`);
        rest = rest.slice(l.length).trimStart();
      }
    }
  });

  it('keeps every word of the group and ward names whole', async () => {
    const words = (await pdfWords(await sheet())).map((w) => w.text.normalize('NFC'));
    const all = new Set(words);
    for (const w of [LONG_GROUP, WARD, ...TOO_LONG].join(' ').split(' ')) expect(all).toContain(w);
    const lines = linesOf(await pdfWords(await sheet()));
    expect(lines.filter((l) => l === WARD)).toHaveLength(cards.length);
  });

  it('prints nothing under 9 pt', async () => {
    const small = (await pdfTextItems(await sheet())).flatMap((p) =>
      p.items.filter((i) => i.str.trim() !== '' && i.fontSize < 9 - 0.05).map((i) => i.str),
    );
    expect(small).toEqual([]);
  });

  it("every code scans to its leader's link, as a card held in the hand", async () => {
    for (const d of [{ ...IN_HAND, blur: 0, rotate: 0 }, IN_HAND]) {
      const decoded = (await decodeDegradedPdf(await sheet(), d)).flat();
      expect(decoded.sort()).toEqual(cards.map((c) => c.url).sort());
    }
  });
});

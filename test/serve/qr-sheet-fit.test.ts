/**
 * Everything of a card on the sheet of QR codes stays inside the card's dashed cut lines (qa22
 * #6: a thôn's name of five lines pushed the written address over the cut line, into the card
 * below), and the written address is the leader's link, broken over lines only where no "-" is
 * left at a line's end or start ("…/g/5-" over "6ix…" read as a hyphenated word). A name too long
 * even in small type is shortened at its "(" with "(…)"; one that cannot fit at all is refused
 * with its name. Read back from the PDF: the cut lines from the printed page (pdftoppm), the text
 * and its boxes from pdf.js; expected values from the cards given.
 */
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import type { QrCard } from '../../src/kinds/qr-sheet.js';
import { loadFonts } from '../../src/layout/fonts.js';
import { termForms } from '../../src/model/group-term.js';
import { qrSheetPdf } from '../../src/output/qr-sheet.js';
import { type PageItems, pdfTextItems, type TextItem } from '../support/pdf-items.js';
import { greyImage } from '../support/qr-extent.js';
import { rasterize } from '../support/raster.js';

const BASE = 'https://xa-anthang.example.vn/p/pccc-ho-gia-dinh-dip-tet-binh-ngo/g';
/** qa22's xã: thôn 4's name takes five lines of a card at its own size. */
const QA22: QrCard[] = [
  ['Thôn Câu Hạ', 'Phạm Văn Hùng', 'kTMMTdjAXxZZAAIdpMpvLp'],
  ['Thôn Câu Thượng', 'Vũ Thị Lan', '4uve6XdrKY7CGjHEhbu_gR'],
  ['Thôn Phương Chử Đông', 'Nguyễn Đình Khoa', '4TacY5uE_nhq8c_JqhR_JH'],
  [
    'Thôn Phương Chử Tây (gồm cụm dân cư Đồng Khốn và xóm Trại mới tách)',
    'Lê Thị Hồng Nhung',
    '5-6ixT5K33GSQr3OCUT7z9',
  ],
].map(([name = '', leader = '', token = '']) => ({ name, leader, url: `${BASE}/${token}/` }));
/**
 * Tokens whose "-" moves on by a narrow letter's width at a time, from well before a line's end to
 * past it: one of them meets the end of the card's line right after its "-", another right before.
 */
const DASHED: QrCard[] = Array.from({ length: 16 }, (_, k) => ({
  name: `Thôn ${k + 5}`,
  leader: 'Nguyễn Văn Hùng',
  url: `${BASE}/${'A'.repeat(12)}${'i'.repeat(k)}-bbbbbb/`,
}));
/** Too long for a card even at the smallest type, but for its part in brackets. */
const LONGEST = {
  name: 'Thôn Đồng Xuân (gồm cụm dân cư Đồng Khốn, xóm Trại mới tách, xóm Đình, xóm Chùa, xóm Giữa, xóm Ngoài, xóm Bến và khu tái định cư dự án đường tỉnh 354 mở rộng)',
  leader: 'Trần Thị Thu Hằng',
  url: `${BASE}/Zq9x-Long-Name-Token_01/`,
};
const CARDS = [...QA22, ...DASHED, LONGEST];
const SHORT_LONGEST = `${LONGEST.name.slice(0, LONGEST.name.indexOf('(')).trim()} (…)`;

const sheetOf = (cards: readonly QrCard[]) =>
  qrSheetPdf(cards, {
    fonts: loadFonts(),
    created: new Date('2026-11-20T00:00:00+07:00'),
    ward: 'xã An Thắng',
    office: 'Ban Chỉ huy Quân sự xã An Thắng',
    term: termForms('thôn'),
  });

const DPI = 100;
const MM_PER_PX = 25.4 / DPI;

/** The dashed cut lines of each printed page, in mm: thin grey lines along much of the page. */
async function cutLines(pdf: Uint8Array): Promise<{ xs: number[]; ys: number[] }[]> {
  const pages = await rasterize(pdf, { dpi: DPI });
  const out: { xs: number[]; ys: number[] }[] = [];
  for (const file of pages) {
    const img = await greyImage(file);
    const runs = (n: number, m: number, at: (i: number, j: number) => number) => {
      const lines: number[] = [];
      for (let i = 2; i < n - 2; i++) {
        // Grey with white on both sides: a thin line, not the grey edge of a code's module or a
        // letter (black beside it).
        let count = 0;
        for (let j = 0; j < m; j++) {
          const v = at(i, j);
          if (v > 60 && v < 235 && at(i - 2, j) > 235 && at(i + 2, j) > 235) count++;
        }
        if (count > m * 0.35) lines.push(i);
      }
      // Neighbouring rows of one anti-aliased line: their middle.
      const merged: number[][] = [];
      for (const l of lines) {
        const last = merged[merged.length - 1];
        if (last && l - (last[last.length - 1] ?? 0) <= 2) last.push(l);
        else merged.push([l]);
      }
      return merged.map((g) => (((g[0] ?? 0) + (g[g.length - 1] ?? 0)) / 2 + 0.5) * MM_PER_PX);
    };
    out.push({
      ys: runs(img.height, img.width, (y, x) => img.at(x, y)),
      xs: runs(img.width, img.height, (x, y) => img.at(x, y)),
    });
  }
  return out;
}

/** Each card's items in drawing order: a card starts with its name, the one bold text. */
function cardsOf(page: PageItems): TextItem[][] {
  const cards: TextItem[][] = [];
  let last: TextItem | undefined;
  for (const item of page.items) {
    if (item.bold && !last?.bold) cards.push([]);
    cards[cards.length - 1]?.push(item);
    last = item;
  }
  return cards;
}

const readable = (url: string) => url.replace(/^https:\/\//, '').replace(/\/$/, '');

describe('the sheet of QR codes of a xã with a long thôn name', () => {
  let pdf: Uint8Array;
  const sheet = async () => {
    pdf ??= await sheetOf(CARDS);
    return pdf;
  };

  it('keeps each card’s text inside its cut lines, its address whole and unhyphenated', async () => {
    const pages = await pdfTextItems(await sheet());
    const lines = await cutLines(await sheet());
    const printed = pages.flatMap((page, p) => {
      const { xs, ys } = lines[p] ?? { xs: [], ys: [] };
      const left = [0, ...xs];
      const top = [0, ...ys];
      // The cells between the cut lines, row by row: where the cards are, in order.
      const cells = top.flatMap((y, r) =>
        left.map((x, c) => ({
          x,
          y,
          right: xs[c] ?? page.widthMm,
          bottom: ys[r] ?? page.heightMm,
        })),
      );
      return cardsOf(page).map((items, k) => ({ items, cell: cells[k] }));
    });
    expect(printed).toHaveLength(CARDS.length);
    // Two columns of four cards a page: the cut lines the office cuts along.
    expect(lines.map((l) => [l.xs.length, l.ys.length])).toEqual([
      [1, 3],
      [1, 3],
      [1, 3],
    ]);
    for (const [k, { items, cell }] of printed.entries()) {
      const card = CARDS[k] as QrCard;
      expect(cell, card.name).toBeDefined();
      if (!cell) continue;
      for (const i of items) {
        const where = `${card.name}: "${i.str}"`;
        expect(i.xMm, where).toBeGreaterThan(cell.x);
        expect(i.xMm + i.widthMm, where).toBeLessThan(cell.right);
        expect(i.yTopMm, where).toBeGreaterThan(cell.y);
        expect(i.yTopMm + i.heightMm, where).toBeLessThan(cell.bottom);
        expect(i.fontSize, where).toBeGreaterThanOrEqual(9 - 0.05);
      }
      const name = items
        .filter((i) => i.bold)
        .map((i) => i.str)
        .join(' ');
      expect(name).toBe(card === LONGEST ? SHORT_LONGEST : card.name);
      // The name before a bracket on one line: "Thôn Phương Chử" over "Tây (gồm…" is two places.
      const [head = '', remark] = card.name.split(' (');
      const headWhole = items.filter((i) => i.bold).some((i) => i.str.includes(head));
      if (remark !== undefined) expect(headWhole, name).toBe(true);
      const open = items.findIndex((i) => i.str === 'Quét mã QR hoặc mở:');
      const address = items.slice(open + 1).map((i) => i.str.trim());
      expect(address.join(''), card.name).toBe(readable(card.url));
      for (const line of address.slice(0, -1)) expect(line, card.url).not.toMatch(/-$/);
      for (const line of address.slice(1)) expect(line, card.url).not.toMatch(/^-/);
    }
  });

  it('refuses a name that fits no card even in small type, saying which', async () => {
    const name = `Tổ dân phố ${'Hòa Bình Thượng '.repeat(90).trim()}`;
    const refused = await sheetOf([...QA22, { ...LONGEST, name }]).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(UserError);
    expect((refused as UserError).say('vi', termForms('thôn'))).toContain(`“${name}”`);
  });
});

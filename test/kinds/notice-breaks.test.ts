/**
 * Page breaks of the notice, swept over bodies of every length: the example campaign (a temp
 * copy) with 0…12 paragraphs added before the signature, short ones and long ones. At every page
 * boundary of every variant, read from the PDF's text positions: no paragraph leaves a single line
 * on either side, no heading or lead-in ("* Lưu ý:", a wholly bold line) ends a page, and the
 * signature page holds body text above "Nơi nhận:".
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notice } from '../../src/kinds/notice.js';
import type { Group } from '../../src/load/types.js';
import { type PageItems, pdfTextItems, type TextItem } from '../support/pdf-items.js';
import { exampleInputs, exampleWithBody, renderFor } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

let dir: string;
let group: Group;

beforeAll(async () => {
  dir = await makeTempDir('phuong-print-notice-breaks-');
  group = (await exampleInputs()).groups[0] as Group;
});
afterAll(removeTempDirs);

const SENTENCE =
  'Đề nghị các hộ gia đình phối hợp với tổ dân phố hướng dẫn người thân cài đặt ứng dụng';

/** Paragraph `i` of a sweep: short ones of one or two lines, long ones of three to six. */
function added(i: number, long: boolean): string {
  const sentences = long ? 3 + (i % 4) * 2 : 1 + (i % 2);
  return `Nội dung bổ sung số ${i + 1}: ${Array.from({ length: sentences }, () => SENTENCE).join(', ')}.`;
}

/** The example campaign with `extra` paragraphs added at the end of its body. */
async function noticeWith(extra: string[], name: string): Promise<Uint8Array> {
  const campaign = await exampleWithBody(dir, name, (body) =>
    [body.replace(/\n+$/, ''), ...extra].join('\n\n'),
  );
  return (await renderFor(notice, campaign, group)).bytes;
}

interface Line {
  text: string;
  x: number;
  baseline: number;
  bold: boolean;
}

/** Items on one baseline, left to right, as one line. */
function linesOf(items: TextItem[]): Line[] {
  const sorted = [...items].sort((a, b) => a.baselineMm - b.baselineMm || a.xMm - b.xMm);
  const lines: { items: TextItem[]; baseline: number }[] = [];
  for (const it of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.baseline - it.baselineMm) < 0.5) last.items.push(it);
    else lines.push({ items: [it], baseline: it.baselineMm });
  }
  return lines.map((l) => ({
    text: l.items.map((i) => i.str).join(''),
    x: Math.min(...l.items.map((i) => i.xMm)),
    baseline: l.baseline,
    bold: l.items.every((i) => i.bold),
  }));
}

/** The body lines of each page up to the signature page (page numbers and tags left out). */
function bodyLines(pages: PageItems[]): Line[][] {
  const out: Line[][] = [];
  for (const [n, page] of pages.entries()) {
    const lines = linesOf(page.items.filter((i) => Math.abs(i.fontSize - 13) < 0.1));
    const recipients = page.items.find((i) => i.str.startsWith('Kính gửi'));
    const cc = page.items.find((i) => i.str.startsWith('Nơi nhận'));
    const from = recipients ? recipients.baselineMm : -1;
    const body = lines.filter(
      (l) =>
        l.baseline > from &&
        !/^\d+$/.test(l.text.trim()) &&
        (!cc || l.baseline < cc.baselineMm - 1) &&
        // After "Kính gửi", the list of recipients is 14 pt: 13 pt lines after it are the body.
        !(n === 0 && l.baseline < from),
    );
    out.push(body);
    if (cc) break;
  }
  return out;
}

/** Checks every page boundary; returns what is wrong, one sentence each. */
function faults(pages: PageItems[]): string[] {
  const perPage = bodyLines(pages);
  const all = perPage.flat();
  const left = Math.min(...all.map((l) => l.x));
  // Within a page, a paragraph starts after a gap larger than the line spacing.
  const spacing = Math.min(
    ...perPage.flatMap((ls) => ls.slice(1).map((l, i) => l.baseline - (ls[i] as Line).baseline)),
  );
  const startsParagraph = (ls: Line[], k: number): boolean => {
    const line = ls[k] as Line;
    if (k > 0) return line.baseline - (ls[k - 1] as Line).baseline > spacing + 1;
    // At the head of a page: a first line is indented; a continued line is not.
    return line.x > left + 8;
  };
  const problems: string[] = [];
  const sigPage = perPage.length;
  if ((perPage[sigPage - 1]?.length ?? 0) < 2)
    problems.push(`the signature page ${sigPage} holds fewer than 2 body lines`);
  for (let p = 0; p + 1 < perPage.length; p++) {
    const foot = perPage[p] as Line[];
    const head = perPage[p + 1] as Line[];
    let footStart = foot.length - 1;
    while (footStart > 0 && !startsParagraph(foot, footStart)) footStart--;
    const footLines = foot.slice(footStart);
    const continued = head.length > 0 && !startsParagraph(head, 0);
    if (continued) {
      let headEnd = 1;
      while (headEnd < head.length && !startsParagraph(head, headEnd)) headEnd++;
      if (footLines.length < 2)
        problems.push(`page ${p + 1} ends with one line of "${footLines[0]?.text}"`);
      if (headEnd < 2) problems.push(`page ${p + 2} starts with one line: "${head[0]?.text}"`);
    } else {
      const text = footLines
        .map((l) => l.text)
        .join(' ')
        .trim();
      if (text.endsWith(':') || footLines.every((l) => l.bold))
        problems.push(`page ${p + 1} ends with the lead-in "${text}"`);
    }
  }
  return problems;
}

describe('notice page breaks, swept over body lengths', () => {
  for (const long of [false, true]) {
    it(`keeps paragraphs, lead-ins and the signature together (${long ? 'long' : 'short'} paragraphs)`, async () => {
      const found: string[] = [];
      let boundaries = 0;
      // Nothing added is the same notice in both sweeps: drawn and read in the first only.
      for (let n = long ? 1 : 0; n <= 12; n++) {
        const extra = Array.from({ length: n }, (_, i) => added(i, long));
        const bytes = await noticeWith(extra, `${long ? 'long' : 'short'}-${n}`);
        if (process.env.KEEP_SWEEP) {
          await mkdir(process.env.KEEP_SWEEP, { recursive: true });
          await writeFile(
            join(process.env.KEEP_SWEEP, `${long ? 'long' : 'short'}-${n}.pdf`),
            bytes,
          );
        }
        const pages = await pdfTextItems(bytes);
        boundaries += bodyLines(pages).length - 1;
        for (const f of faults(pages)) found.push(`${n} added: ${f}`);
      }
      expect(boundaries).toBeGreaterThan(13);
      expect(found).toEqual([]);
    }, 120_000);
  }
});

/**
 * A link written under its QR code on the checklist and the flyer was broken by the general line
 * breaker, which breaks after a "-": "…/cuoc-thi-cong-" over "dan-so-…" reads as a hyphenated
 * word, and someone typing the link drops the "-". Every printed link under a code is now broken
 * as the QR sheet's is (layout/link-lines.ts): after a "/" where it can, else between two
 * characters, never beside a "-". What a reader sees: the lines of the address on the page.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCampaignText, type TextBuild } from '../support/campaign-build.js';
import { pdfTextItems, type TextItem } from '../support/pdf-items.js';
import { removeTempDirs } from '../support/tmp.js';

const EXAMPLE = join(import.meta.dirname, '../../examples/hai-phong');
/** Long links of many "-" (a public service's page, a contest's), as offices paste them. */
const GUIDE =
  'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet-dang-ky-cap-the-can-cuoc-cong-dan-lan-dau.html';
const CONTEST =
  'https://onetouch.mic.gov.vn/khoa-hoc/cuoc-thi-cong-dan-so-hai-phong-su-dung-thong-minh-song-an-toan-nam-2025';
/** As printed: no scheme. */
const written = (url: string) => url.replace(/^https:\/\//, '');

let built: TextBuild;
beforeAll(async () => {
  const yaml = (await readFile(join(EXAMPLE, 'campaign.yaml'), 'utf8')).replace(
    'https://docs.google.com/document/d/1caLTXEfTl2wTt2pHLLFySlQ-6JSEgfOc/edit',
    GUIDE,
  );
  expect(yaml).toContain(GUIDE);
  expect(yaml).toContain(CONTEST);
  const groups = 'STT,Tên tổ dân phố\n1,Tổ dân phố 1\n';
  built = await buildCampaignText(yaml, groups, 'flyer,checklist');
}, 120_000);
afterAll(removeTempDirs);

/** The printed lines (items of one baseline joined) of a page, top to bottom, left to right. */
function linesOf(items: readonly TextItem[]): string[] {
  const rows = new Map<number, TextItem[]>();
  for (const i of items) {
    const key = Math.round(i.baselineMm * 2);
    rows.set(key, [...(rows.get(key) ?? []), i]);
  }
  return [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .flatMap(([, row]) => {
      // Items of one baseline far apart are different columns: each its own line.
      const sorted = row.sort((a, b) => a.xMm - b.xMm);
      const out: { text: string; right: number }[] = [];
      for (const i of sorted) {
        const last = out[out.length - 1];
        if (last && i.xMm - last.right < 2) {
          last.text += i.str;
          last.right = i.xMm + i.widthMm;
        } else out.push({ text: i.str, right: i.xMm + i.widthMm });
      }
      return out.map((l) => l.text.trim());
    });
}

/**
 * The lines the address `link` is printed in: from a line it starts with, the lines below it
 * (in `columns`, the lines of its own column) that continue it, until it is whole.
 */
function addressLines(lines: readonly string[], link: string): string[] | undefined {
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i] as string;
    if (first.length < 8 || !link.startsWith(first)) continue;
    const found = [first];
    let sofar = first;
    for (let j = i + 1; j < lines.length && sofar !== link; j++) {
      const next = lines[j] as string;
      if (next !== '' && link.startsWith(sofar + next)) {
        found.push(next);
        sofar += next;
      }
    }
    if (sofar === link) return found;
  }
  return undefined;
}

/** The printed lines of a document, page after page (the flyer's left copy alone). */
async function printedLines(kind: string): Promise<string[]> {
  const pdf = await readFile(join(built.dir, 'out', 'to-dan-pho-1', `${kind}.pdf`));
  const pages = await pdfTextItems(new Uint8Array(pdf));
  // The flyer's sheet holds two copies side by side: the left one.
  return pages.flatMap((page) =>
    linesOf(page.items.filter((i) => kind !== 'flyer' || i.xMm < 148)),
  );
}

function expectUnhyphenated(lines: string[] | undefined, link: string) {
  expect(lines, `${link} is printed whole`).toBeDefined();
  const printed = lines as string[];
  expect(printed.join('')).toBe(link);
  expect(printed.length, link).toBeGreaterThan(1);
  for (const line of printed.slice(0, -1)) expect(line, link).not.toMatch(/-$/);
  for (const line of printed.slice(1)) expect(line, link).not.toMatch(/^-/);
}

describe('links written under their QR codes', () => {
  it('builds', () => {
    expect(built.code, built.stderr).toBe(0);
  });

  it('the checklist: each link whole across its lines, no line beginning or ending with its "-"', async () => {
    const lines = await printedLines('checklist');
    for (const url of [GUIDE, CONTEST])
      expectUnhyphenated(addressLines(lines, written(url)), written(url));
  });

  it('copied from the PDF, each link is the one address, with no break in it', async () => {
    expect(await built.text('to-dan-pho-1', 'checklist')).toContain(written(GUIDE));
    expect(await built.text('to-dan-pho-1', 'flyer')).toContain(written(CONTEST));
  });

  it('the flyer: the same under its code', async () => {
    const lines = await printedLines('flyer');
    expectUnhyphenated(addressLines(lines, written(CONTEST)), written(CONTEST));
  });
});

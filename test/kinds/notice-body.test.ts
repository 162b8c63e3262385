/**
 * The notice's body as real notices write it, set from a campaign file (a temp copy of the
 * example with another body) through the real pipeline, and read back from the PDF as a reader's
 * tools would: pdftotext for lines and their order, pdfjs for positions.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notice } from '../../src/kinds/notice.js';
import { loadCampaign } from '../../src/load/campaign.js';
import type { Group } from '../../src/load/types.js';
import { type PageItems, pdfTextItems } from '../support/pdf-items.js';
import { pdfPageTexts } from '../support/pdf-text.js';
import { EXAMPLE_CAMPAIGN, exampleInputs, renderFor } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

let dir: string;
let yaml: string;
let group: Group;

beforeAll(async () => {
  dir = await makeTempDir('phuong-print-notice-body-');
  yaml = await readFile(EXAMPLE_CAMPAIGN, 'utf8');
  group = (await exampleInputs()).groups[0] as Group;
});
afterAll(removeTempDirs);

/** The example campaign with its body replaced by `body` (lines as written, unindented). */
async function noticeWith(body: string): Promise<Uint8Array> {
  const start = yaml.indexOf('  body: |\n');
  const end = yaml.indexOf('\n  signer:', start);
  expect(start).toBeGreaterThan(0);
  expect(end).toBeGreaterThan(start);
  const indented = body
    .split('\n')
    .map((l) => (l ? `    ${l}` : ''))
    .join('\n');
  const path = join(dir, `campaign-${Math.random().toString(36).slice(2)}.yaml`);
  await writeFile(path, `${yaml.slice(0, start)}  body: |\n${indented}\n${yaml.slice(end)}`);
  const { campaign } = await loadCampaign(path);
  return (await renderFor(notice, campaign, group)).bytes;
}

/** Lines of the layout text of every page, trimmed, blank ones dropped. */
async function layoutLines(pdf: Uint8Array): Promise<string[]> {
  return (await pdfPageTexts(pdf, { layout: true }))
    .flatMap((p) => p.split('\n'))
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** A C0 or C1 control character: no glyph run may hold one. */
const hasControl = (s: string) =>
  [...s].some((ch) => {
    const c = ch.codePointAt(0) ?? 0;
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
  });

function allItems(pages: PageItems[]) {
  return pages.flatMap((p, n) => p.items.map((i) => ({ ...i, page: n + 1 })));
}

describe('hard line breaks', () => {
  let lines: string[];
  let pages: PageItems[];
  beforeAll(async () => {
    // Two trailing spaces, then a backslash: both are a new line within the paragraph.
    const pdf = await noticeWith(
      [
        'Lịch tiếp dân của Tổ:  ',
        'Sáng thứ Hai: từ 7 giờ 30 đến 11 giờ\\',
        'Chiều thứ Năm: từ 14 giờ đến 17 giờ',
      ].join('\n'),
    );
    lines = await layoutLines(pdf);
    pages = await pdfTextItems(pdf);
  });

  it('starts a new line at each one, in the order written', () => {
    const at = (s: string) => lines.findIndex((l) => l === s);
    const a = at('Lịch tiếp dân của Tổ:');
    const b = at('Sáng thứ Hai: từ 7 giờ 30 đến 11 giờ');
    const c = at('Chiều thứ Năm: từ 14 giờ đến 17 giờ');
    expect(
      [a, b, c].every((i) => i >= 0),
      lines.join('\n'),
    ).toBe(true);
    expect(b).toBe(a + 1);
    expect(c).toBe(b + 1);
  });

  it('draws no control character and no glyph without a character', () => {
    for (const item of allItems(pages)) {
      expect(hasControl(item.str)).toBe(false);
      // .notdef has no Unicode mapping: pdfjs gives U+FFFD or nothing for it.
      expect(item.str).not.toContain('\uFFFD');
    }
  });

  it('does not stretch the line a hard break ends', () => {
    const first = allItems(pages).find((i) => i.str.startsWith('Lịch tiếp dân'));
    expect(first).toBeDefined();
    // Set at its natural width (about 45 mm), not stretched to the text width (165 mm).
    expect(first?.widthMm ?? 0).toBeLessThan(80);
  });
});

describe('line-break opportunities (UAX #14)', () => {
  const url =
    'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet-dang-ky-thuong-tru-cho-cong-dan.html';
  let lines: string[];
  beforeAll(async () => {
    lines = await layoutLines(
      await noticeWith(
        `Người dân thực hiện thủ tục trực tuyến tại Cổng Dịch vụ công quốc gia, đường dẫn ${url} hoặc đến trụ sở.\n\nTỷ lệ hộ gia đình/tổng số hộ của tổ dân phố/khu dân cư được tính theo số liệu ngày 01/10/2025 của Công an phường Lê Chân/Hải Phòng và báo cáo kết quả.`,
      ),
    );
  });

  it('breaks a long URL after "/" or "-", the hyphen kept at the end of the line, and loses nothing', () => {
    const first = lines.findIndex((l) => l.includes('https://'));
    expect(first).toBeGreaterThanOrEqual(0);
    const joined = lines.slice(first, first + 3).join('');
    expect(joined.replace(/\s+/g, '')).toContain(url);
    const broken = lines[first] as string;
    // The URL starts on this line and goes on on the next, cut right after "/" or "-".
    expect(broken).toMatch(/https:\/\/\S*[-/]$/);
    expect(lines[first + 1]?.startsWith('-')).toBe(false);
    // Never "https://" alone at the end of a line.
    expect(broken.endsWith('://')).toBe(false);
  });

  it('prints a paragraph with slashes whole, in order, wherever its lines break', () => {
    const squeezed = lines.join('').replace(/\s+/g, '');
    const paragraph =
      'Tỷ lệ hộ gia đình/tổng số hộ của tổ dân phố/khu dân cư được tính theo số liệu ngày 01/10/2025 của Công an phường Lê Chân/Hải Phòng và báo cáo kết quả.';
    expect(squeezed).toContain(paragraph.replace(/\s+/g, ''));
  });
});

/**
 * Lines of a notice that wrapped badly (qa53). An address broken at its "/" (p2): "…tại đường
 * link: https://vneid.gov.vn/" ⏎ "huong-dan" read as two addresses; one that fits a line now
 * moves to the next line whole, as Word sets it.
 * "Nơi nhận" entries that wrap (qa53 M2): "- Ban Chỉ huy PCTT&TKCN thành phố (để b/" ⏎ "c);" broke
 * inside "b/c", as UAX #14 allows after "/", and the next line began at the margin under the dash.
 * Now "(để b/c)" stays whole and a wrapped entry's next lines are set in under its text after
 * "- ", as Word sets it. What the reader sees: the printed lines of the notice, by place.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCampaignText, type TextBuild } from '../support/campaign-build.js';
import { type PdfWord, pdfWords, wordLines } from '../support/pdf-text.js';
import { STORM_GROUPS, stormCampaign } from '../support/storm-campaign.js';
import { removeTempDirs } from '../support/tmp.js';

/** The entry as qa53 typed it (it wraps right before "(để b/c)"), and one wrapping mid-text. */
const CC = [
  'Ban Chỉ huy PCTT&TKCN thành phố (để b/c);',
  'Ban Chỉ huy Phòng thủ dân sự và Phòng chống thiên tai thành phố Đà Nẵng (để biết);',
  'Lưu: VT.',
];

/** qa53's paragraph: the address's head fitted the first line, its tail did not. */
const URL = 'https://vneid.gov.vn/huong-dan';
const ORIGINAL_BODY = '  body: Đề nghị các tổ dân phố thông báo khẩn đến từng hộ.';
const BODY = `  body: "Hướng dẫn cài đặt và kích hoạt tài khoản xem tại đường link: ${URL}"`;

let built: TextBuild;
let words: PdfWord[];
let lines: PdfWord[][];
beforeAll(async () => {
  const yaml = stormCampaign()
    .replace(ORIGINAL_BODY, BODY)
    .replace('  cc: [Như trên;]', `  cc:\n${CC.map((c) => `    - "${c}"`).join('\n')}`);
  expect(yaml).toContain(CC[0]);
  expect(yaml).toContain(BODY);
  built = await buildCampaignText(yaml, STORM_GROUPS, 'notice');
  const pdf = await readFile(join(built.dir, 'out', 'to-dan-pho-1', 'notice.pdf'));
  words = await pdfWords(pdf);
  // The left column only: the signer block stands right of 80 mm.
  lines = wordLines(words.filter((w) => w.xMin < 80 * (72 / 25.4)));
}, 60_000);
afterAll(removeTempDirs);

/** The printed lines from "Nơi nhận:" on, each as its words' text and its left edge. */
function ccLines() {
  const at = lines.findIndex((l) => l.map((w) => w.text).join(' ') === 'Nơi nhận:');
  return lines.slice(at + 1).map((l) => ({
    text: l.map((w) => w.text).join(' '),
    x: (l[0] as PdfWord).xMin,
  }));
}

describe('a wrapped "Nơi nhận" entry', () => {
  it('keeps "(để b/c)" whole on a line', () => {
    expect(built.code, built.stderr).toBe(0);
    const cc = ccLines();
    expect(
      cc.some((l) => l.text.includes('(để b/c);')),
      JSON.stringify(cc),
    ).toBe(true);
    expect(cc.filter((l) => /b\/$/.test(l.text))).toEqual([]);
  });

  it('sets its next lines in under its text after "- "', () => {
    const cc = ccLines();
    const entries = cc.filter((l) => l.text.startsWith('- '));
    const wrapped = cc.filter((l) => !l.text.startsWith('- ') && !l.text.startsWith('Lưu'));
    expect(entries).toHaveLength(CC.length);
    expect(wrapped.length, JSON.stringify(cc)).toBeGreaterThanOrEqual(2);
    const dashX = (entries[0] as { x: number }).x;
    for (const l of wrapped) expect(l.x, l.text).toBeGreaterThan(dashX + 3);
  });
});

describe('an address that fits a line', () => {
  it('moves to the next line whole, not broken after its "/"', () => {
    const printed = wordLines(words).map((l) => l.map((w) => w.text).join(' '));
    const at = printed.findIndex((l) => l.includes('https://'));
    expect(printed[at], printed.join('\n')).toContain(URL);
    expect(printed[at - 1]).toMatch(/đường link:$/);
  });
});

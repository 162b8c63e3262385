/**
 * review56b #4: a contest campaign's `points` (what residents are to know) were dropped without a
 * word: the flyer's "Điều cần biết" was left out for a contest (templates/flyer.hbs), and so the
 * leader's Zalo message made from it. The example contest (examples/hai-phong) with three points:
 * the flyer prints them, numbered, and still fits its one page.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCampaignText, type TextBuild } from '../support/campaign-build.js';
import { pdfInfo } from '../support/pdf-text.js';
import { removeTempDirs } from '../support/tmp.js';

const example = (name: string) =>
  fileURLToPath(new URL(`../../examples/hai-phong/${name}`, import.meta.url));

const POINTS = [
  'Mỗi người chỉ dùng một tài khoản để dự thi; bài thi trùng sẽ bị loại.',
  'Câu trả lời được tính theo lần nộp cuối cùng trước khi cuộc thi kết thúc.',
  'Không chia sẻ mã OTP, mật khẩu cho bất kỳ ai, kể cả người tự xưng là ban tổ chức.',
];

let built: TextBuild;
beforeAll(async () => {
  const yaml = `${await readFile(example('campaign.yaml'), 'utf8')}\npoints:\n${POINTS.map((p) => `  - ${p}`).join('\n')}\n`;
  // The flyer of the example's first group: the one document read (the whole ward's every kind
  // was 8 s of CPU for it).
  const [header, first] = (await readFile(example('groups.csv'), 'utf8')).split('\n');
  built = await buildCampaignText(yaml, `${header}\n${first}\n`, 'flyer');
}, 120_000);
afterAll(removeTempDirs);

describe('a contest’s points to know', () => {
  it('are printed numbered under “Điều cần biết” on its flyer', async () => {
    expect(built.code, built.stderr).toBe(0);
    const text = await built.text('to-dan-pho-so-1', 'flyer');
    const numbered = POINTS.map((p, i) => `${i + 1}. ${p}`).join(' ');
    expect(text).toContain(`Điều cần biết ${numbered}`);
    expect(text).toContain('Cách tham gia');
    expect((await pdfInfo(join(built.dir, 'out', 'to-dan-pho-so-1', 'flyer.pdf'))).pages).toBe(1);
  });
});

/**
 * A justified paragraph whose line ends just before a ward's name kept together (qa21 finding
 * 10: "… ngày 25/3/2026 của UBND" then "phường Hòa Cường về …": the name moved whole left its
 * line at 80 % of the width, drawn ragged, and the line read as the paragraph's end). The line
 * is now justified to the right edge however loose, as Word justifies; the name is still never
 * split. Read from the PDF's word boxes (pdftotext -bbox) of the notice the CLI builds.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCampaignText } from '../support/campaign-build.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { type PdfWord, pdfWords, wordLines } from '../support/pdf-text.js';
import { removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const BODY =
  'Thực hiện Kế hoạch số 32/KH-UBND ngày 25/3/2026 của UBND phường Hòa Cường về phòng, chống dịch bệnh năm 2026; trước tình hình sốt xuất huyết đang gia tăng trên địa bàn, UBND phường thông báo tổ chức ra quân tổng vệ sinh môi trường như sau:';

const CAMPAIGN = NOTICE_ONLY.replace('PHƯỜNG TÂN ĐỊNH', 'PHƯỜNG HÒA CƯỜNG')
  .replace('ward: phường Tân Định', 'ward: phường Hòa Cường')
  .replace('place: Tân Định', 'place: Hòa Cường')
  .replace('body: Đề nghị các khu phố triển khai.', `body: "${BODY}"`);

describe('a justified line before a name kept together (qa21)', () => {
  it('keeps the name whole and justifies the line it left', async () => {
    const built = await buildCampaignText(CAMPAIGN, 'STT,Tên tổ\n1,Tổ 1\n', 'notice');
    expect(built.code, built.stderr).toBe(0);
    const all = wordLines(
      await pdfWords(await readFile(join(built.dir, 'out', 'to-1', 'notice.pdf'))),
    );
    const text = (l: PdfWord[] | undefined) => (l ?? []).map((w) => w.text).join(' ');
    const start = all.findIndex((l) => text(l).startsWith('Thực hiện Kế hoạch'));
    const end = all.findIndex((l, i) => i >= start && text(l).endsWith('sau:'));
    expect(start, all.map(text).join('\n')).toBeGreaterThanOrEqual(0);
    const paragraph = all.slice(start, end + 1);
    expect(paragraph.map(text).join(' ')).toBe(BODY);
    // The name on one line, at the start of one (it was moved whole off the line above).
    expect(paragraph.some((l) => text(l).startsWith('phường Hòa Cường'))).toBe(true);
    // Every line but the paragraph's last ends at the text's right edge (the widest line's end).
    const right = Math.max(...paragraph.map((l) => (l[l.length - 1] as PdfWord).xMax));
    for (const l of paragraph.slice(0, -1)) {
      expect((l[l.length - 1] as PdfWord).xMax, text(l)).toBeGreaterThan(right - 0.5);
    }
  });

  it('opens no hole: a line of one long word and a few short ones stays ragged rather than stretched (review)', async () => {
    // The ward's name after 0…19 words and a long address, so that it lands all along a line.
    const words =
      'Người dân truy cập cổng dịch vụ công để nộp hồ sơ trực tuyến tại nhà theo hướng dẫn của cán bộ'.split(
        ' ',
      );
    const paragraphs = Array.from(
      { length: 20 },
      (_, k) =>
        `${words.slice(0, k).join(' ')} https://dichvucong.gov.vn/p/home/dvc-trang-chu.html của UBND phường Hòa Cường hoặc liên hệ bộ phận một cửa.`,
    ).join('\\n\\n');
    const built = await buildCampaignText(
      CAMPAIGN.replace(`body: "${BODY}"`, `body: "${paragraphs}"`),
      'STT,Tên tổ\n1,Tổ 1\n',
      'notice',
    );
    expect(built.code, built.stderr).toBe(0);
    const all = wordLines(
      await pdfWords(await readFile(join(built.dir, 'out', 'to-1', 'notice.pdf'))),
    );
    // The body's lines: after "Kính gửi", before "Nơi nhận" (the header's columns share lines).
    const text = (l: PdfWord[]) => l.map((w) => w.text).join(' ');
    const from = all.findIndex((l) => text(l).startsWith('Kính gửi'));
    const to = all.findIndex((l) => text(l).startsWith('Nơi nhận'));
    expect(from).toBeGreaterThan(0);
    const body = all.slice(from + 1, to);
    const gaps = body.flatMap((l) => l.slice(1).map((w, i) => w.xMin - (l[i] as PdfWord).xMax));
    // The body's space: its most frequent gap (every ragged and last line sets it unstretched).
    const counts = new Map<number, number>();
    for (const g of gaps.filter((g) => g > 1)) {
      const key = Math.round(g * 20) / 20;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const space = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
    expect(space).toBeGreaterThan(2);
    // One space and at most six added (draw-text.ts HOLE): no gap reads as a hole; a line
    // looser than that (a URL and a word) stays ragged (qa39 m3 justifies every other line).
    expect(Math.max(...gaps)).toBeLessThanOrEqual(7 * space + 0.5);
    // The name never split: no line ends inside it.
    expect(body.map(text).filter((t) => /(?:^| )(?:phường|Hòa)$/.test(t))).toEqual([]);
  });
});

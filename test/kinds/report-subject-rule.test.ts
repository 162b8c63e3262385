/**
 * The rule under the results report's subject (qa51: "pdftoppm -r 60" of the report): it was a
 * fixed 40 mm, 2 pt under the last line of the subject, through the tails of its letters ("g" of
 * "phường"), unlike the notice's. Phụ lục I: "đường kẻ ngang, nét liền", 1/3 to 1/2 as long as the
 * line of words above it, centred on it, under it. The subject's words from the PDF (pdftotext
 * -bbox), the rule from the page's pixels.
 */
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { runCliInProcess } from '../support/cli.js';
import { measureCampaign } from '../support/measure-campaign.js';
import { pdfWords } from '../support/pdf-text.js';
import { rasterizeArea } from '../support/raster.js';
import { testFolder } from '../support/tmp.js';

const DPI = 150;
const PX = DPI / 72; // pixels a PDF point

const { write, path } = testFolder('phuong-print-report-subject-rule-');

describe('the rule under the report’s subject', () => {
  it('stands clear under the subject’s last line, 1/3 to 1/2 its length, centred', async () => {
    const groups = await write(
      'groups.csv',
      'STT;Tên tổ dân phố;Tổ trưởng;Số nhân khẩu\n1;Tổ dân phố số 1;Nguyễn Văn A;300\n',
    );
    const results = await write('ket-qua.csv', 'STT;Số người tham gia\n1;120\n');
    const out = path('bao-cao');
    const run = await runCliInProcess([
      'report',
      ...[
        '--campaign',
        await write(
          'campaign.yaml',
          measureCampaign('{ id: nguoi, label: Số người tham gia, of: people }'),
        ),
      ],
      ...['--groups', groups, '--results', results],
      ...['--date', '2026-03-22', '--out', out, '--lang', 'vi'],
    ]);
    expect(run.code, run.stderr).toBe(0);
    const pdf = join(out, 'report.pdf');
    const words = (await pdfWords(pdf)).filter((w) => w.page === 1);
    // The subject: the lines between "BÁO CÁO" and "Kính gửi".
    const title = words.find((w) => w.text === 'BÁO');
    const kinh = words.find((w) => w.text === 'Kính');
    expect(title && kinh).toBeTruthy();
    const subject = words.filter((w) => w.yMin > (title?.yMax ?? 0) && w.yMax < (kinh?.yMin ?? 0));
    const last = Math.max(...subject.map((w) => w.yMax));
    const lastLine = subject.filter((w) => Math.abs(w.yMax - last) < 2);
    const left = Math.min(...lastLine.map((w) => w.xMin));
    const right = Math.max(...lastLine.map((w) => w.xMax));
    // The band under the subject's last line, down to "Kính gửi", across the page.
    const top = Math.floor((last - 8) * PX);
    const image = await rasterizeArea(pdf, {
      dpi: DPI,
      page: 1,
      x: 0,
      y: top,
      width: Math.round(595 * PX),
      height: Math.ceil(((kinh?.yMin ?? 0) - last + 8) * PX),
    });
    const { data, info } = await sharp(image)
      .greyscale()
      .raw()
      .toBuffer({ resolveWithObject: true });
    // The rule: the row with the longest run of dark pixels.
    let rule = { y: -1, x0: 0, x1: 0 };
    for (let y = 0; y < info.height; y++) {
      let start = -1;
      for (let x = 0; x <= info.width; x++) {
        const dark = x < info.width && (data[y * info.width + x] ?? 255) < 128;
        if (dark && start < 0) start = x;
        if (!dark && start >= 0) {
          if (x - start > rule.x1 - rule.x0) rule = { y, x0: start, x1: x };
          start = -1;
        }
      }
    }
    const ruleY = (top + rule.y) / PX;
    const length = (rule.x1 - rule.x0) / PX;
    const centre = (rule.x0 + rule.x1) / 2 / PX;
    // Clear of the letters' tails: 4.5 pt under the words' boxes (1.6 pt before, through a "g").
    expect(ruleY - last).toBeGreaterThan(3);
    const widest = Math.max(
      ...[...new Set(subject.map((w) => Math.round(w.yMax)))].map((y) => {
        const line = subject.filter((w) => Math.abs(w.yMax - y) < 2);
        return Math.max(...line.map((w) => w.xMax)) - Math.min(...line.map((w) => w.xMin));
      }),
    );
    expect(length / widest).toBeGreaterThanOrEqual(1 / 3 - 0.02);
    expect(length / widest).toBeLessThanOrEqual(1 / 2);
    expect(Math.abs(centre - (left + right) / 2)).toBeLessThan(3);
  });
});

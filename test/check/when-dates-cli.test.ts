/**
 * The campaign's end day as `check` and `build` say it (qa26 F3, F11). The QA round's corrected
 * notice (test/fixtures/qa26-sxh: Công văn 418, "từ ngày 05/12/2026 đến hết ngày 15/01/2027"
 * in the body and in "Thời gian"): the end moved in "Thời gian" only is a warning naming the
 * body's line and both days, at check and at build, and the notice still prints the body's;
 * a "Thời gian" that ends before it starts (the year not moved across New Year) is refused,
 * naming both days and the year meant.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliInProcess } from '../support/cli.js';
import { lineOf } from '../support/inputs.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'qa26-sxh');
const GROUPS = join(FIXTURE, 'groups.csv');
const WHEN = 'when: Từ ngày 05/12/2026 đến hết ngày 15/01/2027';

afterAll(removeTempDirs);

/** The QA campaign with its `when` line replaced, and its body's text `from` replaced by `to`. */
async function edited(when: string, from = '', to = '') {
  const yaml = await readFile(join(FIXTURE, 'campaign.yaml'), 'utf8');
  expect(yaml).toContain(WHEN);
  expect(yaml).toContain(from);
  const text = yaml.replace(WHEN, `when: ${when}`).replace(from, to);
  const file = join(await makeTempDir('phuong-print-when-'), 'campaign.yaml');
  await writeFile(file, text);
  return { file, text };
}

const check = (campaign: string) =>
  runCliInProcess(['check', '--campaign', campaign, '--groups', GROUPS, '--lang', 'vi']);

/** The lines of stderr about the campaign's period (its `when` and its body's end day). */
const aboutDays = (stderr: string) =>
  stderr
    .split('\n')
    .filter((l) => /mục “(when|notice\.body)”|năm của ngày|đảo chỗ|cùng một ngày kết thúc/.test(l));

describe('the end day in "Thời gian" and in the notice’s body', () => {
  it('the same in both: nothing said', async () => {
    const r = await check(join(FIXTURE, 'campaign.yaml'));
    expect(r.code).toBe(0);
    expect(aboutDays(r.stderr)).toEqual([]);
  });

  it('moved in "Thời gian" only: a warning at check and build naming the body’s line, its words and both days', async () => {
    const { file, text } = await edited('Từ ngày 05/12/2026 đến hết ngày 20/12/2026');
    const line = lineOf(text, 'đến hết ngày 15/01/2027.');
    const said = [
      `cảnh báo: ${file}, dòng ${line}, mục “notice.body”: nội dung thông báo ghi “từ ngày 05/12/2026 đến hết ngày 15/01/2027”, nhưng mục “Thời gian” ghi đến hết ngày 20/12/2026 (tờ rơi, phiếu kiểm tra, bảng theo dõi, trang của tổ trưởng và tin nhắn Zalo in ngày 20/12/2026)`,
      'gợi ý: Sửa cho hai nơi ghi cùng một ngày kết thúc: mục “Thời gian” và nội dung thông báo; hoặc ghi {{when}} vào nội dung thay cho các ngày (thông báo sẽ in đúng như mục “Thời gian”).',
    ];
    const checked = await check(file);
    expect(checked.code).toBe(0);
    expect(aboutDays(checked.stderr)).toEqual(said);

    const out = join(await makeTempDir('phuong-print-when-out-'), 'out');
    const built = await runCliInProcess([
      'build',
      '--campaign',
      file,
      '--groups',
      GROUPS,
      '--kind',
      'notice',
      '--out',
      out,
      '--lang',
      'vi',
    ]);
    expect(built.code, built.stderr).toBe(0);
    expect(aboutDays(built.stderr)).toEqual(said);
    // What the warning is about: the notice prints the body's day, not the one of "Thời gian".
    const notice = collapseSpaces(
      await pdfText(await readFile(join(out, 'print', 'notice-all.pdf'))),
    );
    expect(notice).toContain('đến hết ngày 15/01/2027');
  });

  it('a corrected notice naming the old end and the new one (the one of "Thời gian"): nothing said', async () => {
    const { file } = await edited(
      'Từ ngày 05/12/2026 đến hết ngày 15/01/2027',
      'từ ngày 05/12/2026 đến hết ngày 15/01/2027.',
      'từ ngày 05/12/2026 đến hết ngày 31/12/2026 nay gia hạn đến hết ngày 15/01/2027.',
    );
    const r = await check(file);
    expect(r.code).toBe(0);
    expect(aboutDays(r.stderr)).toEqual([]);
  });

  it('a first day written without its year, in "Thời gian" or in the body: the end is still compared', async () => {
    // "Thời gian" moved to 20/12/2026, its first day without a year and no "hết".
    const inWhen = await edited('Từ 05/12 đến 20/12/2026');
    const r1 = await check(inWhen.file);
    expect(r1.code).toBe(0);
    expect(aboutDays(r1.stderr)[0]).toBe(
      `cảnh báo: ${inWhen.file}, dòng ${lineOf(inWhen.text, 'đến hết ngày 15/01/2027.')}, mục “notice.body”: nội dung thông báo ghi “từ ngày 05/12/2026 đến hết ngày 15/01/2027”, nhưng mục “Thời gian” ghi đến hết ngày 20/12/2026 (tờ rơi, phiếu kiểm tra, bảng theo dõi, trang của tổ trưởng và tin nhắn Zalo in ngày 20/12/2026)`,
    );
    // The body's period without its first year and with "tới", "Thời gian" moved to 20/12/2026.
    const inBody = await edited(
      'Từ ngày 05/12/2026 đến hết ngày 20/12/2026',
      'từ ngày 05/12/2026 đến hết ngày 15/01/2027.',
      'từ 05/12 tới 15/01/2027.',
    );
    const r2 = await check(inBody.file);
    expect(r2.code).toBe(0);
    expect(aboutDays(r2.stderr)[0]).toBe(
      `cảnh báo: ${inBody.file}, dòng ${lineOf(inBody.text, 'tới 15/01/2027.')}, mục “notice.body”: nội dung thông báo ghi “từ 05/12 tới 15/01/2027”, nhưng mục “Thời gian” ghi đến hết ngày 20/12/2026 (tờ rơi, phiếu kiểm tra, bảng theo dõi, trang của tổ trưởng và tin nhắn Zalo in ngày 20/12/2026)`,
    );
  });

  it('the body’s period written in words: its end compared as a slashed one is', async () => {
    const { file, text } = await edited(
      'Từ ngày 05/12/2026 đến hết ngày 20/12/2026',
      'từ ngày 05/12/2026 đến hết ngày 15/01/2027.',
      'từ ngày 05 tháng 12 năm 2026 đến hết ngày 15 tháng 01 năm 2027.',
    );
    const r = await check(file);
    expect(r.code).toBe(0);
    expect(aboutDays(r.stderr)[0]).toBe(
      `cảnh báo: ${file}, dòng ${lineOf(text, 'đến hết ngày 15 tháng 01 năm 2027.')}, mục “notice.body”: nội dung thông báo ghi “từ ngày 05 tháng 12 năm 2026 đến hết ngày 15 tháng 01 năm 2027”, nhưng mục “Thời gian” ghi đến hết ngày 20/12/2026 (tờ rơi, phiếu kiểm tra, bảng theo dõi, trang của tổ trưởng và tin nhắn Zalo in ngày 20/12/2026)`,
    );
  });

  it('"Thời gian" ending before it starts, the year not moved into January: refused, with the year meant', async () => {
    const { file, text } = await edited('Từ ngày 05/12/2026 đến hết ngày 15/01/2026');
    const r = await check(file);
    expect(r.code).toBe(1);
    expect(aboutDays(r.stderr)).toEqual([
      `lỗi: ${file}, dòng ${lineOf(text, 'when:')}, mục “when”: thời gian kết thúc ngày 15/01/2026, trước ngày bắt đầu 05/12/2026`,
      'gợi ý: Có phải kết thúc ngày 15/01/2027 (năm 2027)? Sửa lại năm của ngày kết thúc.',
    ]);
  });

  it('the days swapped: refused, asking whether they are swapped (no year would make sense of it)', async () => {
    const { file } = await edited('Từ ngày 20/12/2026 đến hết ngày 05/12/2026');
    const r = await check(file);
    expect(r.code).toBe(1);
    expect(aboutDays(r.stderr)).toEqual([
      expect.stringContaining(
        'mục “when”: thời gian kết thúc ngày 05/12/2026, trước ngày bắt đầu 20/12/2026',
      ),
      'gợi ý: Kiểm tra xem ngày bắt đầu và ngày kết thúc có bị đảo chỗ không.',
    ]);
  });
});

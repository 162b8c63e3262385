/**
 * qa7 E2 on the command line: `import-docx` of a notice without a "V/v" line or an office writes
 * its own placeholders into campaign.yaml; `check` and `build` then stop, naming each field (as
 * campaign.yaml holds it) with its line, and nothing is written; filled in, both go on. The
 * commands run in this process (runCliInProcess).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { noticeWithoutOffice } from '../load/docx/notice-docx.js';
import { runCliInProcess } from '../support/cli.js';
import { EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

let dir: string;
let campaign: string;
let yamlText: string;
/** What the import wrote for what the notice lacks, as the office reads it in campaign.yaml. */
let office: string;
let subject: string;
beforeAll(async () => {
  dir = await makeTempDir('phuong-print-import-placeholders-');
  const docx = join(dir, 'cong-van.docx');
  await writeFile(docx, await noticeWithoutOffice());
  const imported = await runCliInProcess(['import-docx', docx, '--out', join(dir, 'xa')]);
  expect(imported.code, imported.stderr).toBe(0);
  campaign = join(dir, 'xa', 'campaign.yaml');
  yamlText = await readFile(campaign, 'utf8');
  const yaml = parse(yamlText) as { issuer: { office: string }; notice: { subject: string } };
  ({ office } = yaml.issuer);
  ({ subject } = yaml.notice);
});

const lineOf = (key: string) => yamlText.split('\n').findIndex((l) => l.startsWith(key)) + 1;
const inputs = () => ['--lang', 'vi', '--campaign', campaign, '--groups', EXAMPLE_GROUPS];

describe('the Word import’s placeholders', () => {
  it('stop check and build, each said at its field and line', async () => {
    expect(office).toMatch(/^\(.+\)$/);
    expect(subject).toMatch(/^\(.+\)$/);
    const officeLine = `${campaign}, dòng ${lineOf('  office:')}, mục “issuer.office”: vẫn còn “${office}”, chữ ghi thay cho nội dung cần điền: chưa tạo được tệp in, chưa mở trang nào cho đến khi điền`;
    const subjectLine = `${campaign}, dòng ${lineOf('  subject:')}, mục “notice.subject”: vẫn còn “${subject}”`;
    const check = await runCliInProcess(['check', ...inputs()]);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain(`lỗi: ${officeLine}`);
    expect(check.stderr).toContain(`lỗi: ${subjectLine}`);
    expect(check.stderr).toContain('kiểm tra không đạt: 2 mục vẫn còn chữ cần điền');
    expect(check.stdout).not.toContain('ổn');

    const out = join(dir, 'out');
    const build = await runCliInProcess(['build', ...inputs(), '--out', out, '--group', '1']);
    expect(build.code).toBe(1);
    // The build names the first and counts the rest, as it does any campaign's problems.
    expect(build.stderr).toContain(`${officeLine} (và 1 lỗi khác`);
    expect(build.stdout).not.toContain('wrote');
  });

  it('go on once filled in', async () => {
    await writeFile(
      campaign,
      yamlText
        .replace(/^ {2}office: .*$/m, '  office: Công an xã')
        .replace(/^ {2}subject: .*$/m, '  subject: vận động kích hoạt tài khoản định danh'),
    );
    const check = await runCliInProcess(['check', ...inputs(), '--kind', 'notice']);
    expect(check.code, check.stderr).toBe(0);
    expect(check.stdout).toContain('ổn: 32');
  });
});

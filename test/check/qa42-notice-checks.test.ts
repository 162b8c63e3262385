/**
 * Decree 30 checks of the notice a văn thư makes (qa42 F12, F9): a lower-case ký hiệu prints in
 * capitals and is said at its line; a "Nơi nhận" without "Lưu: VT, …" is said; a Thông báo
 * printing "Kính gửi" is said. Each names the field and its line, in Vietnamese; the last two are
 * said only when the notice is made (not by `--kind poster`).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildArgs, checkVi, runCliInProcess } from '../support/cli.js';
import { pdfText } from '../support/pdf-text.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/qa42-checks/${name}`, import.meta.url));
const GROUPS = fixture('groups.csv');

afterAll(removeTempDirs);

/**
 * The 1-based line where the value of `key:` starts in the campaign file: its own line, or for a
 * list the line of its first entry.
 */
async function lineOf(file: string, key: string): Promise<number> {
  const lines = (await readFile(file, 'utf8')).split('\n');
  const at = lines.findIndex((l) => l.trimStart().startsWith(`${key}:`));
  return lines[at]?.trim() === `${key}:` ? at + 2 : at + 1;
}

const check = (campaign: string) =>
  runCliInProcess([
    'check',
    '--lang',
    'vi',
    '--campaign',
    campaign,
    '--groups',
    GROUPS,
    '--kind',
    'notice',
  ]);

describe('qa42 notice checks', () => {
  it('a lower-case symbol prints in capitals and is said at notice.symbol', async () => {
    const file = fixture('lower.yaml');
    const r = await check(file);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      `cảnh báo: ${file}, dòng ${await lineOf(file, 'symbol')}, mục “notice.symbol”: ký hiệu “ubnd-vhxh” được in hoa thành “UBND-VHXH”`,
    );
    const out = await makeTempDir('phuong-print-qa42-symbol-');
    const b = await runCliInProcess(
      buildArgs(file, GROUPS, out, '--kind', 'notice', '--group', '1', '--quiet'),
    );
    expect(b.code, b.stderr).toBe(0);
    const text = await pdfText(join(out, 'to-dan-pho-so-1/notice.pdf'));
    expect(text).toContain('Số: 07/UBND-VHXH');
    expect(text).not.toContain('ubnd-vhxh');
  });

  it('a "Nơi nhận" without "Lưu: VT, …" is said at notice.cc', async () => {
    const file = fixture('no-luu.yaml');
    const r = await check(file);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      `cảnh báo: ${file}, dòng ${await lineOf(file, 'cc')}, mục “notice.cc”: “Nơi nhận” thiếu dòng “Lưu: VT, …”`,
    );
  });

  it('a Thông báo with "Kính gửi" is said at notice.recipients', async () => {
    const file = fixture('thong-bao.yaml');
    const r = await check(file);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      `cảnh báo: ${file}, dòng ${await lineOf(file, 'recipients')}, mục “notice.recipients”: Thông báo đang in “Kính gửi”`,
    );
    // Its symbol in capitals and its "Lưu: VT": nothing said of them.
    const plain = await check(file);
    expect(plain.stderr).not.toContain('ký hiệu “');
    expect(plain.stderr).not.toContain('thiếu dòng “Lưu');
  });

  it('neither is said by a build or check that makes no notice (--kind poster)', async () => {
    // The example as a Thông báo (its "Kính gửi" kept), its "Nơi nhận" without "Lưu: VT".
    const text = (await readFile(EXAMPLE_CAMPAIGN, 'utf8'))
      .replace('symbol: UBND-VHXH', 'symbol: TB-UBND')
      .replace(/\n {4}- "Lưu: VT, VHXH\."/, '');
    expect(text).not.toContain('Lưu: VT');
    const file = join(await makeTempDir('phuong-print-qa42-poster-'), 'campaign.yaml');
    await writeFile(file, text);
    const out = await makeTempDir('phuong-print-qa42-poster-out-');
    const run = (...more: string[]) =>
      runCliInProcess([
        ...buildArgs(file, EXAMPLE_GROUPS, out, '--group', '1', '--lang', 'vi'),
        ...more,
      ]);
    const poster = await run('--kind', 'poster');
    expect(poster.code, poster.stderr).toBe(0);
    const posterCheck = await checkVi(file, EXAMPLE_GROUPS, {}, ['--kind', 'poster']);
    expect(posterCheck.code, posterCheck.stderr).toBe(0);
    for (const r of [poster, posterCheck]) {
      expect(r.stderr).not.toContain('Kính gửi');
      expect(r.stderr).not.toContain('thiếu dòng “Lưu');
    }
    // The same build with the notice says both, at their fields.
    const notice = await run('--kind', 'poster', '--kind', 'notice');
    expect(notice.stderr).toContain('mục “notice.recipients”: Thông báo đang in “Kính gửi”');
    expect(notice.stderr).toContain('mục “notice.cc”: “Nơi nhận” thiếu dòng “Lưu: VT, …”');
  });
});

/**
 * Print files for two-sided printing: every group's document starts on a front page (an odd page
 * number), a blank back page following a document of odd page count; `--simplex` packs them.
 * Read from the built PDFs: the page where each group's name first appears.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliInProcess } from '../support/cli.js';
import { qdfOf, sidesOf } from '../support/exec.js';
import { collapseSpaces, pdfInfo, pdfPageTexts } from '../support/pdf-text.js';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const NAMES = ['Tổ dân phố số 1', 'Tổ dân phố số 2', 'Tổ dân phố số 3'];

/** 1-based number of the first page naming each group ("… số 1" not matching "… số 12"). */
function firstPages(pages: string[], names: string[]): number[] {
  return names.map((name) => {
    const re = new RegExp(`${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\d)`, 'u');
    return pages.findIndex((p) => re.test(collapseSpaces(p))) + 1;
  });
}

async function build(extra: string[], kinds = 'flyer,notice') {
  const dir = await makeTempDir('phuong-print-duplex-');
  const groups = join(dir, 'groups.csv');
  const rows = ['STT;Tên tổ dân phố', ...NAMES.map((n, i) => `${i + 1};${n}`)];
  await writeFile(groups, `${rows.join('\r\n')}\r\n`);
  const out = join(dir, 'out');
  const args = ['build', '--campaign', EXAMPLE_CAMPAIGN, '--groups', groups, '--out', out];
  const r = await runCliInProcess([...args, '--kind', kinds, '--quiet', ...extra]);
  expect(r.code, r.stderr).toBe(0);
  const pagesOf = async (kind: string) => pdfPageTexts(join(out, `print/${kind}-all.pdf`));
  return Object.assign(pagesOf, { out });
}

describe('print files', () => {
  it('start every group on a front page for duplex printing, by default', async () => {
    const pagesOf = await build([]);
    const pages = await pagesOf('notice');
    const first = firstPages(pages, NAMES);
    expect(first.every((p) => p > 0)).toBe(true);
    for (const p of first) expect(p % 2, `notice: first pages ${first}`).toBe(1);
    expect(pages.length % 2).toBe(0);
    const notice = join(pagesOf.out, 'print/notice-all.pdf');
    expect(await sidesOf(notice)).toBe('DuplexFlipLongEdge');
    const info = await pdfInfo(notice);
    // Its description says how to print it (a print shop reads the file, not the README).
    expect(info.subject).toBe(
      'In hai mặt, lật theo cạnh dài: văn bản của mỗi tổ bắt đầu ở mặt trước một tờ (trang trắng là mặt sau của tờ trước).',
    );
    // Its title is Vietnamese, the ZIPs' name of the document ("… - Thông báo của phường.pdf"),
    // not the file's English name, and says which of the two files it is (qa39 m6).
    expect(info.title).toBe(
      'Thông báo của phường – tất cả các tổ dân phố, phường Lê Chân (bản in hai mặt)',
    );
  });

  it("of the one-page flyer are one-sided even by default: no blank sheet after each group's (qa39 M1)", async () => {
    const pagesOf = await build([]);
    const flyer = await pagesOf('flyer');
    // One A4 sheet a group, cut in two: a blank back after each would be a wasted sheet when
    // printed one-sided, as a shop prints what it cuts.
    expect(flyer).toHaveLength(NAMES.length);
    for (const page of flyer) expect(page.trim()).not.toBe('');
    expect(firstPages(flyer, NAMES)).toEqual([1, 2, 3]);
    const file = join(pagesOf.out, 'print/flyer-all.pdf');
    expect(await sidesOf(file)).toBe('Simplex');
    const info = await pdfInfo(file);
    expect(info.subject).toBe('In một mặt: mỗi tổ một trang, không có trang trắng.');
    expect(info.title).toBe(
      'Tờ rơi cuộc thi – tất cả các tổ dân phố, phường Lê Chân (bản in một mặt)',
    );
    const manifest = JSON.parse(await readFile(join(pagesOf.out, 'manifest.json'), 'utf8'));
    const entry = manifest.print.find((p: { path: string }) => p.path === 'print/flyer-all.pdf');
    expect(entry?.duplex).not.toBe(true);
  });

  it('tell a viewer to print at actual size, not fitted to the printable area (qa39 m1)', async () => {
    const pagesOf = await build([], 'notice');
    const manifest = JSON.parse(await readFile(join(pagesOf.out, 'manifest.json'), 'utf8'));
    const own = manifest.files.find((f: { kind: string }) => f.kind === 'notice')?.path;
    // The print file and each group's own file (printed by a leader at home).
    for (const file of ['print/notice-all.pdf', own]) {
      const qdf = await qdfOf(join(pagesOf.out, file));
      const prefs = /\/ViewerPreferences (\d+) 0 R/.exec(qdf)?.[1];
      expect(prefs, file).toBeDefined();
      const dict = new RegExp(`\\n${prefs} 0 obj\\n<<([\\s\\S]*?)>>`).exec(qdf)?.[1] ?? '';
      expect(dict, file).toMatch(/\/PrintScaling \/None/);
    }
  });

  it('with --simplex, put the documents one after the other', async () => {
    const pagesOf = await build(['--simplex']);
    const flyer = await pagesOf('flyer');
    expect(flyer).toHaveLength(NAMES.length);
    expect(firstPages(flyer, NAMES)).toEqual([1, 2, 3]);
    // The same file name as the two-sided file: its title tells them apart (qa39 m6).
    expect((await pdfInfo(join(pagesOf.out, 'print/notice-all.pdf'))).title).toBe(
      'Thông báo của phường – tất cả các tổ dân phố, phường Lê Chân (bản in một mặt)',
    );
  });

  it('of posters are one-sided even by default: the A3 pair of sheets never back to back (qa5 G5)', async () => {
    const pagesOf = await build([], 'poster,notice');
    // A3: each group's two sheets (iPhone, Android) one after the other, no blank page anywhere.
    const a3 = await pagesOf('poster-a3');
    expect(a3).toHaveLength(2 * NAMES.length);
    for (const page of a3) expect(page.trim()).not.toBe('');
    const upper = NAMES.map((n) => n.toLocaleUpperCase('vi'));
    expect(firstPages(a3, upper)).toEqual([1, 3, 5]);
    expect(a3[0]).toContain('iPhone');
    expect(a3[1]).toContain('Android');
    expect(await pagesOf('poster-a4')).toHaveLength(NAMES.length);
    // What a viewer's print dialog is told: posters one-sided, the notice two-sided.
    const sides = (file: string) => sidesOf(join(pagesOf.out, file));
    expect(await sides('print/poster-a3-all.pdf')).toBe('Simplex');
    expect(await sides('print/poster-a4-all.pdf')).toBe('Simplex');
    expect(await sides('print/notice-all.pdf')).toBe('DuplexFlipLongEdge');
    const manifest = JSON.parse(await readFile(join(pagesOf.out, 'manifest.json'), 'utf8'));
    const duplexOf = (path: string) =>
      manifest.print.find((p: { path: string }) => p.path === path)?.duplex === true;
    expect(duplexOf('print/poster-a3-all.pdf')).toBe(false);
    expect(duplexOf('print/notice-all.pdf')).toBe(true);
  });
});

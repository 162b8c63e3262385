/**
 * Print files for two-sided printing: every group's document starts on a front page (an odd page
 * number), a blank back page following a document of odd page count; `--simplex` packs them.
 * Read from the built PDFs: the page where each group's name first appears.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliInProcess } from '../support/cli.js';
import { execToolOk } from '../support/exec.js';
import { collapseSpaces, pdfPageTexts } from '../support/pdf-text.js';
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
    for (const kind of ['flyer', 'notice']) {
      const pages = await pagesOf(kind);
      const first = firstPages(pages, NAMES);
      expect(first.every((p) => p > 0)).toBe(true);
      for (const p of first) expect(p % 2, `${kind}: first pages ${first}`).toBe(1);
      expect(pages.length % 2).toBe(0);
    }
    // The one-page flyer: its back page is left blank.
    const flyer = await pagesOf('flyer');
    expect(flyer).toHaveLength(2 * NAMES.length);
    for (let i = 1; i < flyer.length; i += 2) expect((flyer[i] ?? '').trim()).toBe('');
  });

  it('with --simplex, put the documents one after the other', async () => {
    const pagesOf = await build(['--simplex']);
    const flyer = await pagesOf('flyer');
    expect(flyer).toHaveLength(NAMES.length);
    expect(firstPages(flyer, NAMES)).toEqual([1, 2, 3]);
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
    const sides = async (file: string) => {
      const qdf = `${join(pagesOf.out, file)}.qdf`;
      await execToolOk('qpdf', ['--qdf', '--object-streams=disable', join(pagesOf.out, file), qdf]);
      return /\/Duplex \/(\w+)/.exec(await readFile(qdf, 'latin1'))?.[1];
    };
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

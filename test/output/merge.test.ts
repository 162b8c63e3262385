/**
 * A city split over machines: shard builds joined back with `merge-manifests` give the same
 * groups, and print files whose pages are in group order again.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliInProcess } from '../support/cli.js';
import { readManifest } from '../support/manifest.js';
import { collapseSpaces, pdfInfo, pdfPageTexts, pdfText } from '../support/pdf-text.js';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

describe('merge-manifests', () => {
  it('joins shard outputs into one folder with print files in group order', async () => {
    const dir = await makeTempDir('phuong-print-merge-');
    const groups = join(dir, 'groups.csv');
    const rows = ['STT;Tên tổ dân phố'];
    for (let i = 1; i <= 24; i++) rows.push(`${i};Tổ dân phố số ${i}`);
    await writeFile(groups, `${rows.join('\r\n')}\r\n`);
    const shard = async (s: string) => {
      const out = join(dir, `out-${s.replace('/', 'of')}`);
      const r = await runCliInProcess([
        'build',
        '--campaign',
        EXAMPLE_CAMPAIGN,
        '--groups',
        groups,
        '--out',
        out,
        '--kind',
        'flyer',
        '--shard',
        s,
        '--quiet',
      ]);
      expect(r.code, r.stderr).toBe(0);
      return out;
    };
    const parts = [await shard('1/2'), await shard('2/2')];
    const merged = join(dir, 'merged');
    const r = await runCliInProcess(['merge-manifests', '--out', merged, ...parts]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('24 groups');
    const manifest = await readManifest(merged);
    expect(manifest.files.map((f) => f.group)).toEqual(
      Array.from({ length: 24 }, (_, i) => String(i + 1)),
    );
    const print = join(merged, 'print/flyer-all.pdf');
    // Duplex: each one-page flyer keeps its blank back page, so every group starts on a front.
    expect((await pdfInfo(print)).pages).toBe(48);
    const pages = await pdfPageTexts(print);
    for (let i = 0; i < 48; i += 2) {
      expect(collapseSpaces(pages[i] ?? '')).toContain(`Tổ dân phố số ${i / 2 + 1} `);
      expect((pages[i + 1] ?? '').trim()).toBe('');
    }
    const text = collapseSpaces(await pdfText(print));
    const at = Array.from({ length: 24 }, (_, i) => text.indexOf(`Tổ dân phố số ${i + 1} `));
    expect(at.every((p, i) => p >= 0 && (i === 0 || p > (at[i - 1] ?? 0)))).toBe(true);
    expect((await pdfInfo(join(merged, manifest.files[0]?.path ?? ''))).pages).toBe(1);
  });
});

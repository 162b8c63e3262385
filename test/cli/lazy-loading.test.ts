/**
 * A command loads what its first steps need, and the rest only when it gets there (issue 13): a
 * `build` or `check` refused before it draws anything never loads the PDF writer (pdfkit), the
 * Word reader (mammoth), the picture library (sharp), the worker pool (piscina) or the workbook
 * reader (exceljs); one refused while reading campaign.yaml does not load the fonts (fontkit)
 * either. Seen as the packages the real process loaded (support/loaded-modules.ts), not as time.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadedOf, runCliLoading } from '../support/loaded-modules.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const EXAMPLE = fileURLToPath(new URL('../../examples/hai-phong/', import.meta.url));
const GROUPS = join(EXAMPLE, 'groups.csv');
const INPUTS = ['--campaign', join(EXAMPLE, 'campaign.yaml'), '--groups', GROUPS];
/** Packages only drawing, a Word file, pictures, threads or a workbook need. */
const DRAWING = ['pdfkit', 'mammoth', 'sharp', 'piscina', 'exceljs', 'brotli', 'pngjs'];

/** The example's campaign.yaml with a list left open on its line 6. */
async function brokenCampaign(): Promise<string> {
  const dir = await makeTempDir('phuong-print-lazy-');
  const lines = (await readFile(join(EXAMPLE, 'campaign.yaml'), 'utf8')).split('\n');
  lines.splice(5, 0, '  bad: [unclosed, {');
  const file = join(dir, 'campaign.yaml');
  await writeFile(file, lines.join('\n'));
  return file;
}

// The cases side by side (describe.concurrent): each runs real processes of its own and waits
// for them.
describe.concurrent('what a command loads before its first step fails', () => {
  it('a build whose --out lies under a file reads no input, and loads nothing that draws', async () => {
    const dir = await makeTempDir('phuong-print-lazy-');
    const file = join(dir, 'a-file');
    await writeFile(file, 'not a folder\n');
    const out = join(file, 'out');
    const r = await runCliLoading(['build', ...INPUTS, '--out', out]);
    // What the office reads, from the real process (environment-errors.test.ts has the same
    // refusal in the test's process): one error line naming the path, a hint, exit 1, no stack.
    const [error, hint, ...rest] = r.stderr.trimEnd().split('\n');
    expect(error).toBe(`error: ${out}: a part of the path is a file, not a folder`);
    expect(hint).toMatch(/^hint: \S/);
    expect(rest, r.stderr).toEqual([]);
    expect(r.code).toBe(1);
    // Refused before the inputs are read and checked (the fonts' coverage): no fontkit.
    expect(loadedOf(r.packages, ['fontkit', ...DRAWING])).toEqual([]);
  });

  it('a build or a check stopped by a syntax error in campaign.yaml loads neither fonts nor PDF writer', async () => {
    const campaign = await brokenCampaign();
    const out = join(await makeTempDir('phuong-print-lazy-'), 'out');
    const args = (command: string) => [command, '--campaign', campaign, '--groups', GROUPS];
    // The two processes side by side.
    const runs = await Promise.all([
      runCliLoading([...args('build'), '--out', out]),
      runCliLoading(args('check')),
    ]);
    for (const r of runs) {
      expect(r.stderr).toContain(`error: ${campaign}, line 6:`);
      expect(r.code).toBe(1);
      expect(r.packages.has('yaml')).toBe(true);
      expect(loadedOf(r.packages, ['fontkit', ...DRAWING])).toEqual([]);
    }
  });

  it('a check draws every kind, the share image too, but never loads the picture library', async () => {
    // Its trial documents are laid out, not finished: no PDF is compressed, no PNG rasterised
    // (libvips' load and two share images were a quarter of the example's check). pdfkit and
    // fontkit seen loaded: the recording sees what the bundle holds, so the cases above that find
    // neither are not empty (a build of one notice, which loads the same two, is not run apart:
    // a real process more for the same control).
    const r = await runCliLoading(['check', ...INPUTS]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('ok: ');
    expect(loadedOf(r.packages, ['pdfkit', 'fontkit', 'sharp'])).toEqual(['pdfkit', 'fontkit']);
  });
});

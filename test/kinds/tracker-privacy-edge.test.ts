/**
 * The tracking sheet's Decree 13 line ("Bảng có thông tin cá nhân (Nghị định 13/2023/NĐ-CP): …")
 * is a legal reminder on every page. It sat 5.3 mm from the paper's foot, nearer than anything
 * any other document prints: the first thing a printer's unprintable edge (many inkjets) or a
 * shop's trim would clip (qa39 m10). It keeps at least the distance the notice keeps for its own
 * foot line ("Bản gửi …"), measured here from both PDFs (the bottom of their letters: 9.8 mm
 * and 9.5 mm from the foot for the example), and stays clear of the table above it.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { buildArgs, runCliInProcess } from '../support/cli.js';
import { type PdfWord, pdfInfo, pdfWords } from '../support/pdf-text.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { testFolder } from '../support/tmp.js';

const { path } = testFolder('phuong-print-privacy-edge-');
const MM = 72 / 25.4;

let out: string;
let files: { kind: string; group?: string; path: string }[];
beforeAll(async () => {
  out = path('out');
  const rosters = join(dirname(EXAMPLE_GROUPS), 'rosters');
  // Tổ 5 has a roster of several pages; tổ 2 none (one page of blank rows).
  const args = ['--rosters', rosters, '--kind', 'notice,tracker', '--group', '5,2', '--quiet'];
  const r = await runCliInProcess(buildArgs(EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS, out, ...args));
  expect(r.code, r.stderr).toBe(0);
  files = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')).files;
});

/** Each page's words, with the page's height. */
async function pages(file: string): Promise<{ height: number; words: PdfWord[] }[]> {
  const { pages: n, pageSizesMm } = await pdfInfo(file);
  const words = await pdfWords(file);
  return Array.from({ length: n }, (_, i) => ({
    height: (pageSizesMm[i]?.height ?? Number.NaN) * MM,
    words: words.filter((w) => w.page === i + 1),
  }));
}

/** The least distance, in mm, from any page's foot to the bottom of a word on it. */
const footOf = (ps: { height: number; words: PdfWord[] }[]) =>
  Math.min(...ps.flatMap((p) => p.words.map((w) => (p.height - w.yMax) / MM)));

it("keeps the Decree 13 line on every tracker page as far from the foot as the notice's footer", async () => {
  const notice = files.find((f) => f.kind === 'notice');
  const noticeFoot = footOf(await pages(join(out, notice?.path ?? '')));
  expect(noticeFoot).toBeGreaterThan(8);
  const trackers = files.filter((f) => f.kind === 'tracker');
  expect(trackers).toHaveLength(2);
  let seen = 0;
  for (const t of trackers) {
    for (const [i, p] of (await pages(join(out, t.path))).entries()) {
      const decree = p.words.find((w) => w.text.startsWith('13/2023'));
      expect(decree, `${t.path} p${i + 1}`).toBeDefined();
      const line = p.words.filter((w) => Math.abs(w.yMax - (decree?.yMax ?? 0)) < 1);
      const foot = (p.height - Math.max(...line.map((w) => w.yMax))) / MM;
      expect(
        foot,
        `${t.path} p${i + 1}: Decree 13 line ${foot.toFixed(1)} mm from the foot`,
      ).toBeGreaterThanOrEqual(noticeFoot - 0.05);
      // Nothing of the table (or the lines under it) runs into it.
      const top = Math.min(...line.map((w) => w.yMin));
      const above = p.words.filter((w) => !line.includes(w));
      expect(Math.max(...above.map((w) => w.yMax)), `${t.path} p${i + 1}`).toBeLessThan(top);
      seen++;
    }
  }
  expect(seen).toBeGreaterThan(2);
});

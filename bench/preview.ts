/**
 * The studio's preview loop (npm run bench:preview; not a test): the example campaign in a
 * studio on 127.0.0.1, signed in as the office is; each round edits the notice's subject, saves
 * the form, and fetches the preview as the edit page's script does (the panel, every page image,
 * the PDF). Prints the median and p95 of edit → updated preview and writes them as the
 * "## preview" section of bench/results.md. Target: p95 ≤ 1 s on the 2-core machine.
 */
import { readFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { campaignForm } from '../src/studio/campaign-file.js';
import { writeSections } from './results-file.js';
import { fmt, median } from './stats.js';
import { benchStudio } from './studio-client.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const ROUNDS = 30;

const isPage = (src: string) => /\/page\.(?:png|jpg)\?/.test(src);
const p95 = (xs: readonly number[]) =>
  [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1] ?? NaN;

async function main(): Promise<void> {
  const { folder, get, form, token, close } = await benchStudio();
  const csrf = await token('/c/hai-phong');

  const load = loadavg()[0];
  const fields = campaignForm(await readFile(join(folder, 'campaign.yaml'), 'utf8'));
  const times: number[] = [];
  const firstPage: number[] = [];
  let pages = 0;
  for (let i = 0; i <= ROUNDS; i++) {
    const t0 = performance.now();
    const saved = await get(
      '/c/hai-phong',
      form({ ...fields, _csrf: csrf, 'notice.subject': `${fields['notice.subject']} (lần ${i})` }),
    );
    if (saved.status !== 303) throw new Error(`save answered ${saved.status}`);
    const panel = await (await get('/c/hai-phong/preview/panel?group=5&kind=notice.pdf')).text();
    const srcs = [
      ...panel.matchAll(
        /(?:src|href)="(\/c\/hai-phong\/preview\/(?:page\.(?:png|jpg)|file)[^"]+)"/g,
      ),
    ].map((m) => (m[1] ?? '').replace(/&amp;/g, '&'));
    // The first page is what the office sees at once; the others load as they scroll.
    const [first, ...rest] = srcs.filter(isPage);
    await (await get(first ?? '')).arrayBuffer();
    firstPage.push(performance.now() - t0);
    await Promise.all(
      [...rest, ...srcs.filter((s) => !isPage(s))].map(async (s) => (await get(s)).arrayBuffer()),
    );
    pages = srcs.length - 1;
    // Round 0 is the cold start (fonts, templates): reported apart.
    times.push(performance.now() - t0);
  }
  await close();

  const [cold, ...warm] = times;
  const [, ...warmFirst] = firstPage;
  const line = `edit → updated notice preview, first page: median ${fmt(median(warmFirst), 0)} ms, p95 ${fmt(p95(warmFirst), 0)} ms; all ${pages} page images + PDF: median ${fmt(median(warm), 0)} ms, p95 ${fmt(p95(warm), 0)} ms over ${warm.length} edits; first preview after start ${fmt(cold, 0)} ms`;
  console.log(line);
  const date = new Date().toISOString().slice(0, 10);
  await writeSections(join(ROOT, 'bench/results.md'), [
    [
      'preview',
      `## preview

The studio's live preview (\`npm run bench:preview\`): the Hải Phòng example, group 5's notice; each
edit saves the form over HTTP, then fetches the preview panel, every page image and the PDF, as
the edit page's script does. Target: p95 ≤ 1 s.

First page: saved → panel → page 1 image (what the office sees at once; the other pages load
as they scroll into view). Whole: every page image and the PDF too.

| date | machine | load (1 min) | edits | first page median | first page p95 | whole median | whole p95 | first after start |
|---|---|---|---|---|---|---|---|---|
| ${date} | ${cpus().length} × ${cpus()[0]?.model.trim() ?? '?'} | ${fmt(load, 1)} | ${warm.length} | ${fmt(median(warmFirst), 0)} ms | ${fmt(p95(warmFirst), 0)} ms | ${fmt(median(warm), 0)} ms | ${fmt(p95(warm), 0)} ms | ${fmt(cold, 0)} ms |
`,
    ],
  ]);
}

await main();

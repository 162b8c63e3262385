/**
 * Where the studio preview's time goes (npm run bench:preview-steps; not a test): each round
 * edits the example notice's subject (so every content key changes), then times the steps the
 * preview takes — the inputs loaded (main thread), the document laid out once into its PDF and
 * page SVGs, and every page's picture — through the worker pool and in this thread, alternating
 * round by round so both see the same machine load. Prints medians per step.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PICTURE_TYPES } from '../src/render/image/page-images.js';
import { createDocumentPool } from '../src/serve/pool-renderer.js';
import { createInProcessPool, type DocumentPool, documentTaskOf } from '../src/serve/renderer.js';
import { loadWard } from '../src/serve/ward.js';
import { PREVIEW_WIDTH } from '../src/studio/preview.js';
import { writeSections } from './results-file.js';
import { fmt, median } from './stats.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const ROUNDS = Number(process.env.ROUNDS ?? 15);
const FORMATS = (process.env.FORMATS ?? 'png,jpeg').split(',') as ('png' | 'jpeg')[];

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'phuong-print-bench-steps-'));
  await cp(join(ROOT, 'examples/hai-phong'), dir, { recursive: true });
  const campaign = join(dir, 'campaign.yaml');
  const text = await readFile(campaign, 'utf8');
  const pools: [string, DocumentPool][] = [
    ['workers', createDocumentPool({ minThreads: 2 })],
    ['in-process', createInProcessPool()],
  ];
  const times = new Map<string, number[]>();
  const note = (name: string, ms: number) => times.set(name, [...(times.get(name) ?? []), ms]);
  const sizes = new Map<'png' | 'jpeg', number>();
  const load = loadavg()[0] ?? 0;
  for (let i = 0; i <= ROUNDS; i++) {
    for (const [poolName, pool] of pools) {
      for (const format of FORMATS) {
        const subject = `tiêm chủng ${poolName} ${format} lần ${i}`;
        await writeFile(campaign, text.replace(/subject: .*/, `subject: ${subject}`));
        let t = performance.now();
        const ward = await loadWard({ campaign, groups: join(dir, 'groups.csv') });
        const loaded = performance.now() - t;
        const output = ward.output('notice.pdf');
        if (!output) throw new Error('no notice');
        t = performance.now();
        const doc = await pool.renderWithPages(documentTaskOf(ward, '5', output));
        const laid = performance.now() - t;
        t = performance.now();
        const pageWidth = output.kind.pageSize(output.variant)[0];
        const pictures = await Promise.all(
          doc.svgs.map((svg) =>
            pool.renderPicture({ svg, pageWidth, width: PREVIEW_WIDTH, format }),
          ),
        );
        const drawn = performance.now() - t;
        if (i === 0) continue; // cold: fonts, templates, threads
        sizes.set(
          format,
          pictures.reduce((n, p) => n + p.bytes.length, 0),
        );
        note(`${poolName} inputs loaded`, loaded);
        note(`${poolName} layout → PDF + ${doc.svgs.length} SVGs`, laid);
        note(`${poolName} ${doc.svgs.length} pictures (${format})`, drawn);
        note(`${poolName} ${format} total`, loaded + laid + drawn);
      }
    }
  }
  for (const [, pool] of pools) await pool.close();
  await rm(dir, { recursive: true, force: true });
  const rows = [...times].map(([name, xs]) => `| ${name} | ${fmt(median(xs), 0)} ms |`);
  const kb = [...sizes].map(([f, b]) => `${PICTURE_TYPES[f]} ${fmt(b / 1024, 0)} KB`).join(', ');
  const body = `| step (${new Date().toISOString().slice(0, 10)}, load ${fmt(load, 1)}, ${ROUNDS} edits) | median |
|---|---|
${rows.join('\n')}

The pages' pictures weigh ${kb}.`;
  console.log(body);
  await writeSections(join(ROOT, 'bench/results.md'), [
    [
      'preview steps',
      `## preview steps

Where an edit's preview time goes (\`npm run bench:preview-steps\`): the Hải Phòng notice for
group 5 after each subject edit; the inputs loaded (the studio's main thread), the document
laid out once into its PDF and its pages' SVGs, and every page's picture (all at once, as the
panel's images ask for them), through the worker pool and in one thread, interleaved.

${body}
`,
    ],
  ]);
}

await main();

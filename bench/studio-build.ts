/**
 * The studio's pages while it builds (npm run bench:studio-build; not a test): the example
 * campaign (32 groups, every kind) in a studio on 127.0.0.1 with its own worker threads; each
 * round empties the campaign's out/ folder, starts "In tất cả" as the office does, and while the
 * build runs asks for the campaign's edit page four times a second (at fixed times, so that the
 * pages' own work is the same however fast they answer). Prints the
 * pages' answer times (median, p95, most), the event loop's delay in the studio's process over
 * the builds (p99, most) and each build's time. What qa14 reported: an upload waited ~8 s
 * behind a 32-group build drawn on the studio's main thread.
 *
 *   npm run bench:studio-build -- [rounds]
 */
import { rm } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fmt, median } from './stats.js';
import { benchStudio } from './studio-client.js';

const ROUNDS = Number(process.argv[2] ?? 5);
const quantile = (xs: readonly number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * q) - 1] ?? NaN;

const { folder, get, form, token, close } = await benchStudio();
const slug = 'hai-phong';
// The edit page starts the studio's threads (as the office's first visit does); let them warm.
await (await get(`/c/${slug}`)).text();
await new Promise((r) => setTimeout(r, 3000));
const csrf = await token(`/c/${slug}/build`);
const load = loadavg()[0] ?? 0;
const pages: number[] = [];
const builds: number[] = [];
const delay = monitorEventLoopDelay({ resolution: 10 });
for (let round = 0; round < ROUNDS; round++) {
  await rm(join(folder, 'out'), { recursive: true, force: true });
  delay.enable();
  const t0 = performance.now();
  const started = await get(`/c/${slug}/build`, form({ _csrf: csrf }));
  if (started.status !== 303) throw new Error(`build answered ${started.status}`);
  for (let n = 1; ; n++) {
    const p0 = performance.now();
    await (await get(`/c/${slug}`)).text();
    pages.push(performance.now() - p0);
    const status = JSON.parse(await (await get(`/c/${slug}/build/status`)).text());
    if (status.state !== 'running') {
      if (status.state !== 'done') throw new Error(`build ${status.state}: ${status.error}`);
      break;
    }
    await new Promise((r) => setTimeout(r, Math.max(0, t0 + n * 250 - performance.now())));
  }
  builds.push((performance.now() - t0) / 1000);
  delay.disable();
}
await close();
const ms = (ns: number) => ns / 1e6;
console.log(
  `load ${fmt(load, 1)}; ${ROUNDS} builds of 32 groups: median ${fmt(median(builds), 1)} s (${builds.map((b) => fmt(b, 1)).join(', ')}); ` +
    `edit page during them: ${pages.length} answers, median ${fmt(median(pages), 0)} ms, p95 ${fmt(quantile(pages, 0.95), 0)} ms, most ${fmt(Math.max(...pages), 0)} ms; ` +
    `event loop delay p99 ${fmt(ms(delay.percentile(99)), 0)} ms, most ${fmt(ms(delay.max), 0)} ms`,
);

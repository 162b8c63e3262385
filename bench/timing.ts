/**
 * Bench: the per-document timer of the in-process probes — first document (set-up included),
 * then warm-up, then the measured documents: median ms, median bytes, memory before and after.
 */
import { loadavg } from 'node:os';
import { median } from './stats.js';

export interface ProbeOptions {
  groups: string;
  warmup: number;
  count: number;
  peersDir: string;
}

export interface Timing {
  name: string;
  /** First document, set-up (fonts, compiler) included, from the probe's start. */
  firstMs: number;
  steadyMs: number;
  /** Median CPU time per document of the whole process (all its threads): what wall time would
   * be with the cores to itself. */
  cpuMs: number;
  /** 1-minute load average at the start: other work on the machine. */
  load: number;
  bytes: number;
  pages: number;
  rssStartMb: number;
  rssEndMb: number;
  peakRssMb: number;
  count: number;
}

const rssMb = () => process.memoryUsage().rss / 1024 / 1024;

/** Times `make` on `warmup` then `count` documents; the first call includes set-up. */
export async function time(
  name: string,
  setup: () => Promise<(i: number) => Promise<{ bytes: Uint8Array; pages?: number }>>,
  warmup: number,
  count: number,
): Promise<Timing> {
  const rssStart = rssMb();
  const load = loadavg()[0] ?? 0;
  const t0 = performance.now();
  const make = await setup();
  await make(1);
  const firstMs = performance.now() - t0;
  for (let i = 0; i < warmup; i++) await make(2 + i);
  const ms: number[] = [];
  const cpu: number[] = [];
  const sizes: number[] = [];
  let pages = 0;
  for (let i = 0; i < count; i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    const doc = await make(2 + warmup + i);
    ms.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
    sizes.push(doc.bytes.length);
    pages = doc.pages ?? 1;
  }
  return {
    name,
    firstMs,
    steadyMs: median(ms),
    cpuMs: median(cpu),
    load,
    bytes: median(sizes),
    pages,
    rssStartMb: rssStart,
    rssEndMb: rssMb(),
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    count,
  };
}

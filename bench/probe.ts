/**
 * Bench: in-process measurements, each in a child process of its own so that its memory is its
 * own and no tool's caches help another. `tsx bench/probe.ts <mode> <json options>` prints one
 * JSON line. Modes: kinds (ms and bytes per document of every kind/variant), ours / pdfkit /
 * typst (the peers' A4 poster, timed per poster).
 */
import { join } from 'node:path';
import { ROOT } from './cli-run.js';
import { type ProbeOptions, time } from './timing.js';

async function main(mode: string, opts: ProbeOptions): Promise<unknown> {
  const fontDir = join(ROOT, 'fonts');
  if (mode === 'kinds') return (await import('./kinds-probe.js')).probeKinds(opts);
  if (mode === 'ours') return (await import('./kinds-probe.js')).probeOurPoster(opts);
  if (mode === 'pdfkit') {
    const { pdfkitPeer } = await import('./peer-pdfkit.js');
    return time(
      'pdfkit',
      async () => {
        const make = pdfkitPeer(fontDir);
        return async (i) => ({ bytes: await make(i) });
      },
      opts.warmup,
      opts.count,
    );
  }
  if (mode === 'typst') {
    const { typstPeer } = await import('./peer-typst.js');
    return time(
      'typst',
      async () => {
        const make = await typstPeer(opts.peersDir, fontDir);
        return async (i) => ({ bytes: make(i) });
      },
      opts.warmup,
      opts.count,
    );
  }
  throw new Error(`bench: unknown probe mode ${mode}`);
}

const [mode = '', json = '{}'] = process.argv.slice(2);
process.stdout.write(`${JSON.stringify(await main(mode, JSON.parse(json) as ProbeOptions))}\n`);

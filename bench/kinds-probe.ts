/**
 * Bench: our kinds in-process — renderOutput with the shared fonts of loadFonts(), one group
 * after another of the synthetic ward. Out: per kind/variant, median ms and bytes per document,
 * each PDF also as --pdfa makes it (PDF/A-2b, tagged: what archiving and tagging cost), and the
 * notice signed, and signed as PDF/A (what --sign costs); and the A4 poster alone, timed like
 * the peers.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';

import { join } from 'node:path';
import { findKind, KINDS } from '../src/kinds/registry.js';
import { expandOutputs, outputFileName } from '../src/kinds/render.js';
import { loadSigner } from '../src/load/certificate.js';
import { loadBuildInputs } from '../src/output/inputs.js';
import type { RenderOptions } from '../src/render/output.js';
import { renderOutput } from '../src/render/output.js';
import { makeSignerP12 } from '../test/support/certificates.js';
import { ROOT } from './cli-run.js';
import { type ProbeOptions, type Timing, time } from './timing.js';

const CAMPAIGN = join(ROOT, 'examples/hai-phong/campaign.yaml');

export async function probeKinds(opts: ProbeOptions): Promise<Timing[]> {
  const inputs = await loadBuildInputs({ campaign: CAMPAIGN, groups: opts.groups });
  const out: Timing[] = [];
  for (const o of expandOutputs(KINDS)) {
    // Each PDF plain, then as --pdfa makes it, one after the other (the same load on both).
    for (const pdfa of o.kind.ext === 'png' ? [false] : [false, true]) {
      const render = (i: number) => {
        const g = inputs.groups[i % inputs.groups.length];
        if (!g) throw new Error('bench: no groups');
        return renderOutput(o.kind, inputs.contextOf(g), {
          fonts: inputs.fonts,
          created: inputs.created,
          variant: o.variant,
          pdfa,
        });
      };
      const name = `${outputFileName(o)}${pdfa ? ' --pdfa' : ''}`;
      out.push(await time(name, async () => render, opts.warmup, opts.count));
      process.stderr.write(`bench: ${name} ${out.at(-1)?.steadyMs.toFixed(1)} ms\n`);
    }
  }
  out.push(...(await probeSignedNotices(inputs, opts)));
  return out;
}

/** The notice as --sign and --sign --pdfa make it (a test certificate, RSA-2048, made here). */
async function probeSignedNotices(
  inputs: Awaited<ReturnType<typeof loadBuildInputs>>,
  opts: ProbeOptions,
): Promise<Timing[]> {
  const notice = findKind('notice');
  if (!notice) return [];
  const dir = await mkdtemp(join(tmpdir(), 'phuong-print-bench-cert-'));
  try {
    const cert = await makeSignerP12(dir);
    const { identity } = await loadSigner(cert.file, cert.password, inputs.created);
    const sign = { identity, signedAt: inputs.created };
    const variants: [string, Partial<RenderOptions>][] = [
      ['notice.pdf --sign', { sign }],
      ['notice.pdf --sign --pdfa', { sign, pdfa: true }],
    ];
    const out: Timing[] = [];
    for (const [name, extra] of variants) {
      const render = (i: number) => {
        const g = inputs.groups[i % inputs.groups.length];
        if (!g) throw new Error('bench: no groups');
        return renderOutput(notice, inputs.contextOf(g), {
          fonts: inputs.fonts,
          created: inputs.created,
          ...extra,
        });
      };
      out.push(await time(name, async () => render, opts.warmup, opts.count));
      process.stderr.write(`bench: ${name} ${out.at(-1)?.steadyMs.toFixed(1)} ms\n`);
    }
    return out;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The A4 poster, from loading campaign, fonts and templates to the last poster. */
export async function probeOurPoster(opts: ProbeOptions): Promise<Timing> {
  const poster = findKind('poster');
  if (!poster) throw new Error('bench: no poster kind');
  return time(
    'ours',
    async () => {
      const inputs = await loadBuildInputs({ campaign: CAMPAIGN, groups: opts.groups }, [poster]);
      return (i) => {
        const g = inputs.groups[i % inputs.groups.length];
        if (!g) throw new Error('bench: no groups');
        return renderOutput(poster, inputs.contextOf(g), {
          fonts: inputs.fonts,
          created: inputs.created,
          variant: 'a4',
        });
      };
    },
    opts.warmup,
    opts.count,
  );
}

/**
 * Bench: the figures as Markdown — the "## build", "## peers" and "## scale" sections of
 * bench/results.md (also printed), each figure beside its target from the issue and whether it
 * is met.
 */
import type { BuildFigures, Phase } from './build-bench.js';
import { PDFS_PER_GROUP } from './build-bench.js';
import { SCALE_HEADER, type ScaleRow, scaleRow } from './results-file.js';
import { fmt } from './stats.js';
import type { Timing } from './timing.js';

export interface Machine {
  date: string;
  cores: number;
  cpu: string;
  node: string;
  rssBy: string;
}

export type PeerResult = Timing | { name: string; error: string } | undefined;

export interface Report {
  /** How this run was started, e.g. `npm run bench -- --peers`. */
  command: string;
  machine: Machine;
  n: number;
  runs: number;
  build: BuildFigures;
  kinds: Timing[];
  ours: Timing;
  pdfkit: Timing;
  typst: PeerResult;
  typstVersion?: string;
  scale: ScaleRow[];
}

const TARGET_N = 3000;
const yes = (ok: boolean | undefined) => (ok === undefined ? 'n/a' : ok ? 'met' : '**not met**');
const mb = (v: number) => fmt(v, 0);

function phaseRow(name: string, p: Phase | undefined): string {
  if (!p) return `| ${name} | — | — | — | — | — | — | — | — |`;
  const cpuMs = p.cpu === undefined ? undefined : (p.cpu * 1000) / p.docs;
  return `| ${name} | ${p.threads} | ${fmt(p.docs, 0)} | ${fmt(p.wall)} | ${fmt(p.seconds)} | ${fmt(p.docsPerSec)} | ${fmt(p.cpu)} (${fmt(cpuMs)}) | ${mb(p.peakRssMb)} | ${fmt(p.load)} |`;
}

export function machineLine(m: Machine, extra: string): string {
  return `${m.date} — ${m.cores} cores (nproc), ${m.cpu}, Node ${m.node}; ${extra}`;
}

export function buildSection(r: Report): string {
  const b = r.build;
  const pdfs = r.n * PDFS_PER_GROUP;
  const at3000 = r.scale.find((s) => s.n === TARGET_N);
  const cold3000 = r.n === TARGET_N ? b.coldAll.wall : at3000?.wall;
  const how3000 =
    r.n === TARGET_N ? 'this run' : at3000 ? `run of ${at3000.date}, see "## scale"` : undefined;
  const extrapolated = (b.coldAll.wall * TARGET_N) / r.n;
  const peak = Math.max(b.coldAll.peakRssMb, b.cold1?.peakRssMb ?? 0);
  const posterRatio = isTiming(r.typst) ? r.ours.steadyMs / r.typst.steadyMs : undefined;
  const lines = [
    '## build',
    '',
    `\`${r.command}\` — ${machineLine(r.machine, `synthetic ward of ${r.n.toLocaleString('en-US')} groups × ${PDFS_PER_GROUP} PDFs (notice, poster a4 + a3, flyer, checklist, tracker) = ${pdfs.toLocaleString('en-US')} files; medians of ${r.runs} run(s). Each build is \`phuong-print build --json\` in a child process, cold = \`--force\` into an empty folder; wall = child start to exit; peak RSS by ${r.machine.rssBy}.`)}`,
    '',
    '| build | threads | files | wall s | build s (--json) | files/s | CPU s (ms per file) | peak RSS MB | load at start |',
    '|---|---|---|---|---|---|---|---|---|',
    phaseRow('all PDF kinds, cold, --jobs 1', b.cold1),
    phaseRow('all PDF kinds, cold, all cores', b.coldAll),
    phaseRow(`share PNG, cold, all cores (${b.share?.groups ?? '—'} groups)`, b.share),
    '',
    'Load at start: the 1-minute load average when the run began. Above about 0.5, other processes shared the 2 cores: wall and CPU times are then pessimistic (CPU time too: shared caches and hyperthreads); ratios measured side by side in one run hold better than absolute figures.',
    '',
    '| re-run after a build (all cores) | wall s | build s (--json) | rebuilt | reused | CPU s | peak RSS MB |',
    '|---|---|---|---|---|---|---|',
    ...(
      [
        ['no change', b.noChange],
        ["one group's leader changed", b.oneChange],
      ] as const
    ).map(([name, p]) =>
      p
        ? `| ${name} | ${fmt(p.wall, 2)} | ${fmt(p.seconds, 2)} | ${fmt(p.built, 0)} | ${fmt(p.reused, 0)} | ${fmt(p.cpu)} | ${mb(p.peakRssMb)} |`
        : `| ${name} | — | — | — | — | — | — |`,
    ),
    '',
    'Rebuilt = group files written (`built` of --json). The print files `print/<kind>-all.pdf` are remade as well when any group changed.',
    '',
    'Per document, in one process (`renderOutput`, fonts shared through `loadFonts()`), ' +
      `${r.kinds[0]?.count ?? 0} documents per output after a warm-up:`,
    '',
    '| output | ms per document | documents per second (one thread) | CPU ms per document | bytes per document | pages | load at start |',
    '|---|---|---|---|---|---|---|',
    ...r.kinds.map(
      (k) =>
        `| ${k.name} | ${fmt(k.steadyMs, 2)} | ${fmt(1000 / k.steadyMs, 0)} | ${fmt(k.cpuMs, 2)} | ${fmt(k.bytes, 0)} | ${k.pages} | ${fmt(k.load)} |`,
    ),
    '',
    'Each PDF also as `build --pdfa` makes it (PDF/A-2b, tagged: the `--pdfa` rows); the notice also signed (`--sign`, a test RSA-2048 certificate) and signed as PDF/A: the last rows.',
    '',
    '| target (issue, 2 cores) | figure | |',
    '|---|---|---|',
    `| our A4 poster ≤ 0.8 × Typst's steady time per poster, one worker | ${posterRatio === undefined ? 'Typst not measured in this run (`npm run bench -- --peers`)' : `${fmt(r.ours.steadyMs, 2)} ms vs ${fmt((r.typst as Timing).steadyMs, 2)} ms = ${fmt(posterRatio, 2)}×`} | ${yes(posterRatio === undefined ? undefined : posterRatio <= 0.8)} |`,
    `| all PDF kinds for 3,000 groups < 60 s cold | ${cold3000 !== undefined ? `${fmt(cold3000)} s (${how3000})` : `not run at 3,000 (\`--groups 3000\`); extrapolated from this run: ${fmt(extrapolated)} s`} | ${yes(cold3000 === undefined ? undefined : cold3000 < 60)} |`,
    `| no-change re-run < 3 s (${r.n.toLocaleString('en-US')} groups) | ${b.noChange ? `${fmt(b.noChange.wall, 2)} s` : '—'} | ${yes(b.noChange ? b.noChange.wall < 3 : undefined)} |`,
    `| peak RSS < 500 MB (cold builds) | ${mb(peak)} MB | ${yes(peak < 500)} |`,
    `| peak RSS flat in N | ${flatness(r)} | see "## scale" |`,
    '',
  ];
  return lines.join('\n');
}

function flatness(r: Report): string {
  const rows = [...r.scale].sort((a, b) => a.n - b.n);
  if (rows.length < 2) return 'one ward size measured so far';
  return rows.map((s) => `${s.n.toLocaleString('en-US')}: ${mb(s.peakRssMb)} MB`).join(', ');
}

export const isTiming = (p: PeerResult): p is Timing => !!p && 'steadyMs' in p;

function peerRow(label: string, p: PeerResult): string {
  if (!p) return `| ${label} | not run (\`npm run bench -- --peers\`) | | | | | | |`;
  if (!isTiming(p))
    return `| ${label} | **failed**: ${p.error.replace(/\|/g, '/').slice(0, 300)} | | | | | | |`;
  const growth = p.rssEndMb - p.rssStartMb;
  return `| ${label} | ${fmt(p.steadyMs, 2)} | ${fmt(p.cpuMs, 2)} | ${fmt(p.firstMs, 0)} | ${fmt(p.bytes / 1024, 1)} | ${mb(p.rssStartMb)} → ${mb(p.rssEndMb)} (+${mb(growth)}) | ${mb(p.peakRssMb)} | ${fmt(p.load)} |`;
}

export function peersSection(r: Report): string {
  const ratio = (a: Timing, b: PeerResult) =>
    isTiming(b) ? `${fmt(a.steadyMs / b.steadyMs, 2)}×` : '—';
  return [
    '## peers',
    '',
    `\`${r.command}\` — ${machineLine(r.machine, `the TECH-NOTES A4 poster (header, justified paragraph, two vector QR codes of 85 mm), each tool in a child process of its own, ${r.ours.count} posters after a warm-up, each poster for another group.`)}`,
    '',
    '| tool | steady ms per poster (median) | CPU ms per poster | first poster ms (set-up included) | KB per PDF | RSS start → end MB | peak RSS MB | load at start |',
    '|---|---|---|---|---|---|---|---|',
    peerRow('ours: poster kind, a4 (`renderOutput`)', r.ours),
    peerRow('minimal pdfkit, shared fontkit font (`bench/peer-pdfkit.ts`)', r.pdfkit),
    peerRow(
      `Typst${r.typstVersion ? ` (typst-ts-node-compiler ${r.typstVersion})` : ''} (\`bench/peer-typst.ts\`)`,
      r.typst,
    ),
    '',
    `Ratios of steady time per poster: ours / Typst = ${ratio(r.ours, r.typst)} (target ≤ 0.8×), ours / minimal pdfkit = ${ratio(r.ours, r.pdfkit)}${isTiming(r.typst) ? `, Typst / minimal pdfkit = ${ratio(r.typst, r.pdfkit)}` : ''}.`,
    'TECH-NOTES figures on this kind of machine: Typst 4.8 ms, minimal pdfkit 12 ms, Chromium 41–54 ms per poster.',
    'Our poster is the real poster kind (Liberation Sans, more text and a logo-free layout); the peers draw the TECH-NOTES poster in Liberation Serif.',
    '',
  ].join('\n');
}

export function scaleSection(rows: ScaleRow[]): string {
  const sorted = [...rows].sort((a, b) => a.n - b.n);
  return [
    '## scale',
    '',
    `Cold build of all PDF kinds on all cores (\`--kind notice,poster,flyer,checklist,tracker\`, ${PDFS_PER_GROUP} files per group), one row per ward size, latest run per size (\`npm run bench -- --groups N\`; \`--cold-only\` runs just this).`,
    '',
    ...SCALE_HEADER,
    ...sorted.map((s) => scaleRow(s, PDFS_PER_GROUP)),
    '',
  ].join('\n');
}

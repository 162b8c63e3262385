/**
 * Bench (npm run bench:compiled; not a test): the layout's hot code keeps its optimised form
 * through a long run. Every PDF output of every kind for N groups with a full collection after
 * each (bench/compiled-once-probe.ts); lists each function of the layout, kinds and templates
 * TurboFan compiled more than a quarter of N times, and exits 1 when there is one.
 *
 * Why a bench and not a test: a closure made per call is compiled again at nearly every full
 * collection (13–29 times in 40 groups before h-b4), but a module's own function is compiled
 * again too when a document's objects it was specialised for are collected (V8's "weak
 * objects"), and how often depends on V8's heuristics and timing: as a test it failed CI with
 * `layout/table.js drawRow` at 11 of 40 (the limit 10) on unchanged code.
 *
 *   npm run bench:compiled -- [--groups N]
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { removeTempDirs } from '../test/support/tmp.js';
import { compilations } from './compiled-once-probe.js';
import { fmt } from './stats.js';

const { values: flags } = parseArgs({ options: { groups: { type: 'string', default: '40' } } });
const groups = Number(flags.groups);
if (!Number.isInteger(groups) || groups < 4) {
  throw new Error('bench:compiled: --groups takes a whole number of at least 4');
}

try {
  const compiled = await compilations(groups);
  const ours = compiled.filter((c) => /^(layout|kinds|template)\//.test(c.file));
  // The run compiled something of ours: the parse of V8's output found its functions.
  if (ours.length < 10) throw new Error('bench:compiled: V8 named none of dist/ compiled');
  ours.sort((a, b) => b.times - a.times);
  const limit = groups / 4;
  for (const c of ours.slice(0, 12)) {
    process.stdout.write(
      `${c.times > limit ? 'AGAIN' : 'ok   '} ×${c.times} ${c.file} ${c.name || '(arrow)'}: ${c.line.slice(0, 60)}\n`,
    );
  }
  const again = ours.filter((c) => c.times > limit).length;
  process.stdout.write(
    `${groups} groups, a full collection after each: ${ours.length} functions of layout/, kinds/, template/ compiled, ` +
      `${again} more than ${fmt(limit)} times; load ${fmt(loadavg()[0] ?? 0)}\n`,
  );
  if (again > 0) process.exitCode = 1;
} finally {
  await removeTempDirs();
}

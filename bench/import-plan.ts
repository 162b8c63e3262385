/**
 * Bench (h-tleft2): the results import's preview (planImport) on a 220-tổ ward with a history —
 * 12 files imported for every tổ, then a leader's correction of each — before and after it read
 * only the file's corrected groups' earlier imports (readImportedValues) instead of the
 * campaign's every imported figure. SQLite in a temporary folder; the median of 15 runs.
 * Also the report's "*" mark of an area's rate (kinds/report.ts), which scans the rows for each
 * area and measure, against one pass per measure into a set of areas (not made: no faster here).
 * Run: npx tsx bench/import-plan.ts
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Group } from '../src/load/types.js';
import { type ImportRow, importFigures, planImport } from '../src/results/import-figures.js';
import { readImportedValues, recordSubmission } from '../src/results/results-store.js';
import { openStore } from '../src/store/open-store.js';

const N = 220;
const FILES = 12;
const MEASURES = [
  { id: 'tham_gia', label: 'Số người tham gia', of: 'people' as const },
  { id: 'cai_app', label: 'Số hộ cài ứng dụng', of: 'households' as const },
  { id: 'da_nop', label: 'Số hộ đã nộp', of: 'households' as const },
];
const scope = { campaign: 'bench-2026', measures: MEASURES };
const groups: Group[] = Array.from({ length: N }, (_, i) => ({
  id: String(i + 1),
  name: `Tổ dân phố số ${i + 1}`,
  population: 1000,
  households: 250,
  source: { file: 'groups.csv', row: i + 2 },
}));
const day = (d: number, h = 8) => new Date(Date.UTC(2026, 10, d, h));
const fileRows = (gs: readonly Group[], base: number): ImportRow[] =>
  gs.map((g, i) => ({
    group: g,
    row: i + 2,
    values: { tham_gia: base + i, cai_app: base + 2 * i, da_nop: base + 3 * i },
  }));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
async function time(f: () => Promise<unknown>): Promise<number> {
  const runs: number[] = [];
  for (let k = 0; k < 15; k++) {
    const t = performance.now();
    await f();
    runs.push(performance.now() - t);
  }
  return median(runs);
}

const dir = await mkdtemp(join(tmpdir(), 'bench-import-plan-'));
const store = await openStore({ dataDir: dir });
try {
  for (let f = 0; f < FILES; f++)
    await importFigures(store.db, scope, fileRows(groups, 10 * f), {
      key: `file-${f}`,
      at: day(f + 1),
      confirmed: true,
    });
  for (const g of groups)
    await recordSubmission(store.db, scope, {
      group: g,
      values: { tham_gia: 999 },
      source: 'leader',
      at: day(20),
    });
  const all = (await readImportedValues(store.db, scope.campaign)).size;
  const cases: [string, ImportRow[]][] = [
    ['the whole ward’s file (220 tổ, every one corrected since)', fileRows(groups, 0)],
    ['one area’s file (20 tổ)', fileRows(groups.slice(0, 20), 0)],
  ];
  const lines = [
    '## h-tleft2: the results import’s preview on a 220-tổ ward',
    '',
    `SQLite, ${N} tổ × ${MEASURES.length} measures, ${FILES} files imported for every tổ and a leader's correction of each since (${FILES * N} imported submissions, ${all} tổ with imported figures); \`planImport\` (the preview; the confirm plans again), median of 15 runs, \`npx tsx bench/import-plan.ts\`.`,
    '',
    '| file | reading every imported figure (before) | planImport now | of which reading the file’s corrected tổ |',
    '| --- | ---: | ---: | ---: |',
  ];
  for (const [name, rows] of cases) {
    const opts = { key: 'new-file', at: day(25) };
    const ids = rows.map((r) => r.group.id);
    const before = await time(() => readImportedValues(store.db, scope.campaign));
    const plan = await time(() => planImport(store.db, scope, rows, opts));
    const read = await time(() => readImportedValues(store.db, scope.campaign, ids));
    lines.push(
      `| ${name} | ${before.toFixed(1)} ms | ${plan.toFixed(1)} ms | ${read.toFixed(1)} ms |`,
    );
  }
  // The report's area marks, on the same ward cut into 11 areas of 20 tổ, one tổ in 9 above.
  const rows = groups.map((_g, i) => ({
    area: `Khu ${Math.floor(i / 20) + 1}`,
    above: MEASURES.map((_, m) => (i + m) % 9 === 0),
  }));
  const areas = [...new Set(rows.map((r) => r.area))];
  const spin = (f: () => unknown) => {
    const t = performance.now();
    for (let k = 0; k < 1000; k++) f();
    return ((performance.now() - t) / 1000) * 1000;
  };
  const scan = spin(() =>
    areas.map((a) => MEASURES.map((_, i) => rows.some((r) => r.area === a && r.above[i]))),
  );
  const pass = spin(() => {
    const sets = MEASURES.map((_, i) => new Set(rows.flatMap((r) => (r.above[i] ? [r.area] : []))));
    return areas.map((a) => MEASURES.map((_, i) => sets[i]?.has(a)));
  });
  lines.push(
    '',
    `The report's "*" of an area's rate, ${areas.length} areas × ${MEASURES.length} measures over ${N} rows: ${scan.toFixed(1)} µs scanning the rows per area and measure (as the report does), ${pass.toFixed(1)} µs in one pass per measure.`,
  );
  console.log(lines.join('\n'));
} finally {
  await store.close();
  await rm(dir, { recursive: true, force: true });
}

/**
 * A city-size build must not hold what it made: the layout stage's caches (words, lines, broken
 * paragraphs) keep only what recurs. Each group brings new names, phones and addresses; after a
 * warm-up, hundreds more groups must leave the live heap where it was. A real child process with
 * the compiled renderer and `--expose-gc`, so the heap is measured after full collections.
 */
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { leaderName, wardCsv } from '../support/ward.js';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const WARM = 150;
// 150 more groups keep this test at half the CPU of 450 (measured growth 1.4–1.8 MB here, 4.2 MB
// for 450: V8's optimised code grows with the run too); a cache that kept each group's new words
// for every kind would pass 3 MB well before.
const MORE = 150;
const LIMIT_MB = 3;

const SCRIPT = `
import { KINDS } from '${DIST}kinds/registry.js';
import { expandOutputs } from '${DIST}kinds/render.js';
import { renderOutput } from '${DIST}render/output.js';
import { loadBuildInputs } from '${DIST}output/inputs.js';
const [campaign, groups, warm, more] = process.argv.slice(1);
const inputs = await loadBuildInputs({ campaign, groups });
const outputs = expandOutputs(KINDS).filter((o) => (o.kind.ext ?? 'pdf') === 'pdf');
const render = async (from, to) => {
  for (let i = from; i < to; i++)
    for (const o of outputs)
      await renderOutput(o.kind, inputs.contextOf(inputs.groups[i]), {
        fonts: inputs.fonts, created: inputs.created, variant: o.variant });
};
const live = () => { globalThis.gc(); globalThis.gc(); return process.memoryUsage().heapUsed; };
await render(0, Number(warm));
const before = live();
await render(Number(warm), Number(warm) + Number(more));
console.log(JSON.stringify({ before, after: live() }));
`;

afterAll(removeTempDirs);

describe('memory over many groups', () => {
  it(`stays flat: ${MORE} more groups after ${WARM} add less than ${LIMIT_MB} MB of live heap`, async () => {
    const dir = await makeTempDir();
    const groups = join(dir, 'groups.csv');
    await writeFile(
      groups,
      wardCsv(WARM + MORE, (i) => `${leaderName(i)} ${i}`),
    );
    const out = execFileSync(
      process.execPath,
      [
        '--expose-gc',
        '--input-type=module',
        '-e',
        SCRIPT,
        EXAMPLE_CAMPAIGN,
        groups,
        `${WARM}`,
        `${MORE}`,
      ],
      { encoding: 'utf8', maxBuffer: 1 << 20 },
    );
    const { before, after } = JSON.parse(out.trim().split('\n').pop() ?? '{}');
    const grownMb = (after - before) / 1024 / 1024;
    expect(before).toBeGreaterThan(0);
    expect(grownMb).toBeLessThan(LIMIT_MB);
    // ~16 s of CPU; on a machine shared with other work (load ~20) it took 129 s of wall time.
    // Speed is the bench's to measure: the limit only catches a hang.
  }, 300_000);
});

/**
 * Live-heap growth of a long run, for `npm run bench:memory` (bench/memory.ts): every PDF output of every kind rendered for `warm`
 * groups, then for `more` groups, in a child process with the compiled renderer and
 * `--expose-gc`, so memory is measured after full collections: the live heap and the memory
 * outside it (Buffers: a kept PDF's bytes are there, not in the heap). Each group brings new
 * names, phones and addresses (the ward written here); what the layout and render stages keep
 * must not grow with them.
 */
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXAMPLE_CAMPAIGN } from './render.js';
import { makeTempDir } from './tmp.js';
import { leaderName, wardCsv } from './ward.js';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

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
const live = () => { globalThis.gc(); globalThis.gc(); const m = process.memoryUsage(); return m.heapUsed + m.external; };
await render(0, Number(warm));
const before = live();
await render(Number(warm), Number(warm) + Number(more));
console.log(JSON.stringify({ before, after: live() }));
`;

export interface HeapGrowth {
  /** Live heap and Buffers (bytes) after the first `warm` groups, and after `more` more. */
  before: number;
  after: number;
  grownMb: number;
}

/** Renders `warm` then `more` groups of a synthetic ward; the live memory between the two. */
export async function heapGrowth(warm: number, more: number): Promise<HeapGrowth> {
  const dir = await makeTempDir('phuong-print-heap-');
  const groups = join(dir, 'groups.csv');
  await writeFile(
    groups,
    wardCsv(warm + more, (i) => `${leaderName(i)} ${i}`),
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
      `${warm}`,
      `${more}`,
    ],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  const { before, after } = JSON.parse(out.trim().split('\n').pop() ?? '{}');
  return { before, after, grownMb: (after - before) / 1024 / 1024 };
}

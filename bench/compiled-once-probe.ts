/**
 * How often V8 compiles each function of the compiled renderer with TurboFan over a run of
 * groups: every PDF output of every kind rendered for `groups` groups of a synthetic ward, in a
 * child process with the compiled renderer (dist/), a full collection after each group, and
 * `--print-opt-source`, which names each compiled function's script and position.
 *
 * Why: V8 keeps a function's optimised code in its feedback vector only weakly. A closure made
 * per call (an arrow handed to `map`, a helper defined inside the function that uses it) holds
 * the code while it lives; at a full collection none lives, the code is dropped, and the next
 * call runs unoptimised until the function is hot again and compiled again. In a build's workers
 * (full collections every dozen groups) that was ~1,000 compilations more in 1,000 groups.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXAMPLE_CAMPAIGN } from '../test/support/render.js';
import { makeTempDir } from '../test/support/tmp.js';
import { leaderName, wardCsv } from '../test/support/ward.js';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

const SCRIPT = `
import { KINDS } from '${DIST}kinds/registry.js';
import { expandOutputs } from '${DIST}kinds/render.js';
import { renderOutput } from '${DIST}render/output.js';
import { loadBuildInputs } from '${DIST}output/inputs.js';
const [campaign, groups, n] = process.argv.slice(1);
const inputs = await loadBuildInputs({ campaign, groups });
const outputs = expandOutputs(KINDS).filter((o) => (o.kind.ext ?? 'pdf') === 'pdf');
for (let i = 0; i < Number(n); i++) {
  for (const o of outputs)
    await renderOutput(o.kind, inputs.contextOf(inputs.groups[i]), {
      fonts: inputs.fonts, created: inputs.created, variant: o.variant });
  globalThis.gc();
}
`;

export interface Compiled {
  /** The function's file under dist/ and its name (empty for an arrow). */
  file: string;
  name: string;
  /** The source line the function starts on. */
  line: string;
  times: number;
}

/** Renders `groups` groups; every function of dist/ compiled, with how many times. */
export async function compilations(groups: number): Promise<Compiled[]> {
  const dir = await makeTempDir('phuong-print-compiled-');
  const csv = join(dir, 'groups.csv');
  await writeFile(
    csv,
    wardCsv(groups, (i) => `${leaderName(i)} ${i}`),
  );
  const out = execFileSync(
    process.execPath,
    [
      '--expose-gc',
      '--print-opt-source',
      '--input-type=module',
      '-e',
      SCRIPT,
      EXAMPLE_CAMPAIGN,
      csv,
      `${groups}`,
    ],
    { encoding: 'utf8', maxBuffer: 256 << 20 },
  );
  // One header per compilation and per function inlined into it; `id{n,-1}` is the compiled one.
  const header =
    /^--- FUNCTION SOURCE \(file:\/\/(.+?):([^)]*)\) id\{\d+,-1\} start\{(\d+)\} ---$/gm;
  const counts = new Map<string, Compiled>();
  for (const [, path = '', name = '', start = '0'] of out.matchAll(header)) {
    if (!path.startsWith(DIST)) continue;
    const key = `${path}:${start}`;
    let c = counts.get(key);
    if (!c) {
      const source = readFileSync(path, 'utf8');
      const from = source.lastIndexOf('\n', Number(start)) + 1;
      const to = source.indexOf('\n', Number(start));
      c = { file: path.slice(DIST.length), name, line: source.slice(from, to).trim(), times: 0 };
      counts.set(key, c);
    }
    c.times++;
  }
  return [...counts.values()];
}

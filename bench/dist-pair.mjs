/**
 * Bench (not a test): two built dist/ folders render the same groups in one process, in
 * alternating rounds, and the CPU of each round is compared (medians). No writes, no threads:
 * the drawing, templates and PDF ends as a worker runs them. Each folder loads its own modules.
 *
 *   node bench/dist-pair.mjs BASE_DIST OTHER_DIST KIND|all GROUPS_CSV [ROUNDS]
 *   e.g. node bench/dist-pair.mjs /tmp/main/dist dist all /tmp/w100.csv 8
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [baseDist, otherDist, kindName, groups, rounds = '6'] = process.argv.slice(2);
if (!groups)
  throw new Error(
    'usage: node bench/dist-pair.mjs BASE_DIST OTHER_DIST KIND|all GROUPS_CSV [ROUNDS]',
  );
const campaign = resolve('examples/hai-phong/campaign.yaml');

async function variant(dist) {
  const root = pathToFileURL(`${resolve(dist)}/`).href;
  const { KINDS } = await import(`${root}kinds/registry.js`);
  const { expandOutputs } = await import(`${root}kinds/render.js`);
  const { renderOutput } = await import(`${root}render/output.js`);
  const { loadBuildInputs } = await import(`${root}output/inputs.js`);
  const inputs = await loadBuildInputs({ campaign, groups: resolve(groups) });
  const outputs = expandOutputs(KINDS).filter((o) =>
    kindName === 'all' ? (o.kind.ext ?? 'pdf') === 'pdf' : o.kind.name === kindName,
  );
  return async () => {
    for (const g of inputs.groups)
      for (const o of outputs)
        await renderOutput(o.kind, inputs.contextOf(g), {
          fonts: inputs.fonts,
          created: inputs.created,
          variant: o.variant,
          forPrint: true,
        });
  };
}

const runs = { base: await variant(baseDist), other: await variant(otherDist) };
const cpu = { base: [], other: [] };
// A first round each, not counted: modules, fonts and caches warm.
await runs.base();
await runs.other();
for (let r = 0; r < Number(rounds); r++) {
  for (const name of r % 2 ? ['other', 'base'] : ['base', 'other']) {
    const start = process.cpuUsage();
    await runs[name]();
    const used = process.cpuUsage(start);
    cpu[name].push((used.user + used.system) / 1000);
  }
}
const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
for (const name of ['base', 'other'])
  console.log(
    `${name}: ${cpu[name].map((x) => x.toFixed(0)).join(' ')} ms, median ${median(cpu[name]).toFixed(0)}`,
  );
console.log(`other/base ${(median(cpu.other) / median(cpu.base)).toFixed(3)}`);

/**
 * Bench (not a test): what tagging a PDF (a structure tree for screen readers) costs, per kind.
 * One built dist/ renders the example's groups, every PDF kind and variant, whole documents, in
 * alternating rounds untagged and tagged (`RenderOptions.tagged`); the CPU of each kind's round
 * and the bytes of its documents are compared (medians of the rounds). No writes, no threads: the
 * drawing and PDF ends as a worker runs them. `serve` renders as serve and the studio's leader
 * pages do (no print share), `build` as a build's jobs do (`forPrint`).
 *
 *   node bench/tag-cost.mjs DIST [ROUNDS] [serve|build] [GROUPS_CSV]
 *   e.g. node bench/tag-cost.mjs dist 9 serve
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [dist = 'dist', rounds = '7', mode = 'serve', groups] = process.argv.slice(2);
const campaign = resolve('examples/hai-phong/campaign.yaml');
const root = pathToFileURL(`${resolve(dist)}/`).href;
const { KINDS } = await import(`${root}kinds/registry.js`);
const { expandOutputs } = await import(`${root}kinds/render.js`);
const { renderOutput } = await import(`${root}render/output.js`);
const { loadBuildInputs } = await import(`${root}output/inputs.js`);
const inputs = await loadBuildInputs({
  campaign,
  groups: resolve(groups ?? 'examples/hai-phong/groups.csv'),
});
const outputs = expandOutputs(KINDS).filter((o) => (o.kind.ext ?? 'pdf') === 'pdf');
const nameOf = (o) => (o.variant ? `${o.kind.name}-${o.variant}` : o.kind.name);

/** One kind's documents for every group: CPU ms and bytes. */
async function round(o, tagged) {
  let bytes = 0;
  const start = process.cpuUsage();
  for (const g of inputs.groups) {
    const out = await renderOutput(o.kind, inputs.contextOf(g), {
      fonts: inputs.fonts,
      created: inputs.created,
      variant: o.variant,
      forPrint: mode === 'build',
      tagged,
    });
    bytes += out.bytes.length;
  }
  const used = process.cpuUsage(start);
  return { ms: (used.user + used.system) / 1000, bytes };
}

const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
const rows = [];
let total = { plain: 0, tagged: 0, plainBytes: 0, taggedBytes: 0 };
for (const o of outputs) {
  // A first round each, not counted: modules, fonts and caches warm.
  await round(o, false);
  await round(o, true);
  const cpu = { plain: [], tagged: [] };
  const bytes = {};
  for (let r = 0; r < Number(rounds); r++) {
    for (const tagged of r % 2 ? [true, false] : [false, true]) {
      const got = await round(o, tagged);
      cpu[tagged ? 'tagged' : 'plain'].push(got.ms);
      bytes[tagged ? 'tagged' : 'plain'] = got.bytes;
    }
  }
  const plain = median(cpu.plain);
  const tagged = median(cpu.tagged);
  total = {
    plain: total.plain + plain,
    tagged: total.tagged + tagged,
    plainBytes: total.plainBytes + bytes.plain,
    taggedBytes: total.taggedBytes + bytes.tagged,
  };
  rows.push([nameOf(o), plain, tagged, bytes.plain, bytes.tagged]);
}
rows.push(['all', total.plain, total.tagged, total.plainBytes, total.taggedBytes]);
const n = inputs.groups.length;
console.log(
  `${n} groups, ${rounds} rounds, mode ${mode}: kind | CPU ms a document untagged → tagged (×) | bytes a document untagged → tagged (×)`,
);
for (const [name, plain, tagged, pb, tb] of rows)
  console.log(
    `| ${name} | ${(plain / n).toFixed(2)} → ${(tagged / n).toFixed(2)} (${(tagged / plain).toFixed(2)}×) | ${Math.round(pb / n)} → ${Math.round(tb / n)} (${(tb / pb).toFixed(2)}×) |`,
  );

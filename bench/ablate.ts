/**
 * Bench (npm run bench:ablate; not a test): what each trick of the PDF back end is worth.
 * Copies src/ to a temporary folder and edits each trick out there behind a switch (the sources
 * here stay as they are); then one process renders documents block by block, each block with one
 * trick switched off, in rotating order, so that other load on the machine falls on every variant
 * alike. Prints the median CPU ms per document for each kind and variant ("base" twice: the
 * spread between the two is the noise).
 *
 *   npm run bench:ablate -- [--groups N] [--rounds R] [--outputs notice.pdf,poster-a4.pdf]
 */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from './cli-run.js';
import { writeWard } from './ward.js';

const { values: flags } = parseArgs({
  options: {
    groups: { type: 'string', default: '200' },
    rounds: { type: 'string', default: '30' },
    outputs: {
      type: 'string',
      default: 'notice.pdf,poster-a4.pdf,flyer.pdf,checklist.pdf,tracker.pdf',
    },
  },
});

const OFF = (name: string) => `(globalThis as { ablate?: Set<string> }).ablate?.has('${name}')`;

/** Each trick, and how it is edited out: [file, text found once, its replacement]. */
const TRICKS: Record<string, { what: string; edits: [string, string, string][] }> = {
  buffer: {
    what: "page operators kept as text, encoded once (pdfkit's write per operator instead)",
    edits: [
      [
        'render/pdf/bytes.ts',
        "import { deflateLatin1 } from './deflate.js';",
        "import { deflateSync } from 'node:zlib';\nimport { deflateLatin1 } from './deflate.js';",
      ],
      [
        'render/pdf/bytes.ts',
        '  // What pdfkit wrote when it opened the page',
        `  if (${OFF('buffer')}) {
    const plain = ref.finalize.bind(ref);
    ref.finalize = () => {
      if (ref.buffer.length) {
        const compressed = new Uint8Array(deflateSync(Buffer.concat(ref.buffer), { level: CONTENT_LEVEL }));
        onCompressed?.(compressed);
        ref.buffer = [compressed];
        ref.compress = false;
        ref.data.Filter = 'FlateDecode';
      }
      plain();
    };
    return;
  }
  // What pdfkit wrote when it opened the page`,
      ],
    ],
  },
  level6: {
    what: "page content at zlib level 1 (zlib's default 6 instead)",
    edits: [
      [
        'render/pdf/bytes.ts',
        '\\n`, CONTENT_LEVEL)',
        `\\n\`, ${OFF('level6')} ? 6 : CONTENT_LEVEL)`,
      ],
    ],
  },
  deflate: {
    what: 'one zlib stream per thread compresses every page (a new one per page instead: deflateSync)',
    edits: [
      [
        'render/pdf/deflate.ts',
        '  let engine = engines.get(level);',
        `  if (${OFF('deflate')}) return undefined;\n  let engine = engines.get(level);`,
      ],
    ],
  },
  runs: {
    what: 'TJ runs encoded once per process (encoded for every line instead)',
    edits: [
      [
        'render/pdf/text.ts',
        '  const known = cache.get(text);',
        `  if (${OFF('runs')}) return encodeRun(font, text, spaceAdjust).run;\n  const known = cache.get(text);`,
      ],
    ],
  },
  words: {
    what: 'words shaped once per process (shaped on every run miss instead)',
    edits: [
      [
        'render/pdf/text.ts',
        '  let word = cache.get(text);',
        `  let word = ${OFF('words')} ? undefined : cache.get(text);`,
      ],
    ],
  },
  embed: {
    what: "font embeddings recorded once and copied (pdfkit's embed() per document instead)",
    edits: [
      [
        'render/pdf/font-embed.ts',
        '  const embed = f.embed.bind(f);',
        `  if (${OFF('embed')}) return;\n  const embed = f.embed.bind(f);`,
      ],
    ],
  },
};

const VARIANTS = ['base', ...Object.keys(TRICKS), 'runs+words', 'base2'];

/** Runs in the copy: renders `rounds` blocks per variant and prints one JSON line per output. */
const RUNNER = `
import { KINDS } from './src/kinds/registry.js';
import { expandOutputs, outputFileName } from './src/kinds/render.js';
import { loadBuildInputs } from './src/output/inputs.js';
import { renderOutput } from './src/render/output.js';
const [campaign, groups, rounds, wanted, variants] = process.argv.slice(2);
const g = globalThis as { ablate?: Set<string> };
const inputs = await loadBuildInputs({ campaign, groups });
const names = variants.split(',');
const BLOCK = 20;
let i = 0;
for (const o of expandOutputs(KINDS).filter((o) => wanted.split(',').includes(outputFileName(o)))) {
  const render = () => {
    const group = inputs.groups[i++ % inputs.groups.length];
    return renderOutput(o.kind, inputs.contextOf(group), { fonts: inputs.fonts, created: inputs.created, variant: o.variant });
  };
  for (let w = 0; w < 50; w++) await render();
  const ms = Object.fromEntries(names.map((v) => [v, [] as number[]]));
  for (let r = 0; r < Number(rounds); r++) {
    const order = [...names.slice(r % names.length), ...names.slice(0, r % names.length)];
    for (const v of order) {
      g.ablate = new Set(v.startsWith('base') ? [] : v.split('+'));
      await render();
      const c = process.cpuUsage();
      for (let k = 0; k < BLOCK; k++) await render();
      const u = process.cpuUsage(c);
      ms[v].push((u.user + u.system) / 1000 / BLOCK);
    }
  }
  const median = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
  console.log(JSON.stringify({ output: outputFileName(o), ms: Object.fromEntries(names.map((v) => [v, median(ms[v])])) }));
}
`;

async function prepareCopy(dir: string): Promise<void> {
  await cp(join(ROOT, 'src'), join(dir, 'src'), { recursive: true });
  for (const name of ['node_modules', 'fonts', 'templates', 'package.json']) {
    await symlink(join(ROOT, name), join(dir, name));
  }
  for (const [name, trick] of Object.entries(TRICKS)) {
    for (const [file, find, replace] of trick.edits) {
      const path = join(dir, 'src', file);
      const text = await readFile(path, 'utf8');
      if (text.split(find).length !== 2) {
        throw new Error(`bench: ablation "${name}" no longer applies: ${file} changed`);
      }
      await writeFile(path, text.replace(find, replace));
    }
  }
  await writeFile(join(dir, 'ablate-runner.ts'), RUNNER);
}

const dir = await mkdtemp(join(tmpdir(), 'phuong-print-ablate-'));
try {
  await prepareCopy(dir);
  const groups = join(dir, 'groups.csv');
  await writeWard(groups, Number(flags.groups));
  const args = [
    join(ROOT, 'examples/hai-phong/campaign.yaml'),
    groups,
    flags.rounds,
    flags.outputs,
    VARIANTS.join(','),
  ];
  const child = spawn(process.execPath, ['--import', 'tsx', 'ablate-runner.ts', ...args], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (d) => {
    out += d;
  });
  const code = await new Promise((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`bench: ablation runner exited ${code}`);
  const rows = out
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { output: string; ms: Record<string, number> });
  console.log(`| output | ${VARIANTS.join(' | ')} |`);
  console.log(`|---|${VARIANTS.map(() => '---:').join('|')}|`);
  for (const r of rows) {
    console.log(`| ${r.output} | ${VARIANTS.map((v) => (r.ms[v] ?? 0).toFixed(2)).join(' | ')} |`);
  }
  console.log('\nCPU ms per document, median of blocks of 20. Variants switch off:');
  for (const [name, t] of Object.entries(TRICKS)) console.log(`- ${name}: ${t.what}`);
} finally {
  await rm(dir, { recursive: true, force: true });
}

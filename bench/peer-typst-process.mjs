// Bench: the Typst peer as a whole process, as a user would time a Typst batch: start, load the
// compiler and the fonts, compile every poster source in a folder and write each PDF to its own
// folder. Plain JavaScript so that no TypeScript loader is part of the peer's time.
//   node bench/peer-typst-process.mjs <peersDir> <fontDir> <srcDir> <outDir>
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const [peersDir, fontDir, srcDir, outDir] = process.argv.slice(2);
const require = createRequire(join(peersDir, 'package.json'));
const { NodeCompiler } = require('@myriaddreamin/typst-ts-node-compiler');
const compiler = NodeCompiler.create({ workspace: peersDir, fontArgs: [{ fontPaths: [fontDir] }] });
const stamp = Date.parse('2025-10-09T00:00:00+07:00') / 1000;
for (const name of readdirSync(srcDir).sort()) {
  const source = readFileSync(join(srcDir, name), 'utf8');
  const pdf = compiler.pdf({ mainFileContent: source }, { creationTimestamp: stamp });
  const folder = join(outDir, name.replace(/\.typ$/, ''));
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'poster-a4.pdf'), pdf);
}

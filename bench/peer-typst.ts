/**
 * Bench: the Typst peer — `@myriaddreamin/typst-ts-node-compiler`, installed on request
 * (`npm run bench -- --peers`) into bench/.peers so that `npm ci` stays light. One compiler for
 * the whole run, fonts from fonts/ (Liberation Serif); each poster is its own Typst source:
 * the same header, justified paragraph and QR module runs as the pdfkit peer.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { CAPTIONS, header, PARAGRAPH, QR_MM, QUIET, qrRuns, TITLE, URLS } from './peer-poster.js';

const PACKAGE = '@myriaddreamin/typst-ts-node-compiler';

/** The part of the compiler's API used here (the package is not a dependency of the project). */
interface TypstCompiler {
  pdf(args: { mainFileContent: string }, opts?: { creationTimestamp?: number }): Buffer;
}
interface TypstModule {
  NodeCompiler: {
    create(args: { workspace?: string; fontArgs?: { fontPaths: string[] }[] }): TypstCompiler;
  };
}

/** Installs the compiler into `dir` unless it is there; throws with npm's own words if not. */
export function installTypst(dir: string): string {
  const entry = join(dir, 'node_modules', PACKAGE, 'package.json');
  if (!existsSync(entry)) {
    execFileSync('npm', ['install', '--prefix', dir, '--no-audit', '--no-fund', PACKAGE], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
  }
  const version = createRequire(entry)(entry).version as string;
  return version;
}

// Typst markup: escape the characters that would start markup in plain text.
const esc = (s: string) => s.replace(/[\\#*_`$@<>[\]~=/-]/g, (c) => `\\${c}`);

function qrBlock(url: string, caption: string): string {
  const qr = qrRuns(url);
  const unit = QR_MM / (qr.size + 2 * QUIET);
  const f = (v: number) => `${v.toFixed(3)}mm`;
  const rects = qr.runs
    .map(
      ([c, r, n]) =>
        `#place(dx: ${f((QUIET + c) * unit)}, dy: ${f((QUIET + r) * unit)}, rect(width: ${f(n * unit)}, height: ${f(unit)}, fill: black, stroke: none))`,
    )
    .join('\n');
  return `#box(width: ${QR_MM}mm)[#block(width: ${QR_MM}mm, height: ${QR_MM}mm)[${rects}]\n#align(center, text(size: 14pt)[${esc(caption)}])]`;
}

export function typstSource(i: number): string {
  return [
    '#set page(paper: "a4", margin: (x: 18mm, top: 16mm, bottom: 16mm))',
    '#set text(font: "Liberation Serif", size: 13pt, lang: "vi")',
    `#align(center, text(weight: "bold")[${esc(header(i))}])`,
    `#align(center, text(size: 26pt, weight: "bold")[${esc(TITLE)}])`,
    `#par(justify: true)[${esc(PARAGRAPH)}]`,
    '#v(1fr)',
    `#grid(columns: (1fr, 1fr), align: (left, right), ${URLS.map((u, k) => `[${qrBlock(u, CAPTIONS[k] ?? '')}]`).join(', ')})`,
    '#v(1fr)',
  ].join('\n');
}

export async function typstPeer(dir: string, fontDir: string): Promise<(i: number) => Uint8Array> {
  const mod = createRequire(join(dir, 'package.json'))(PACKAGE) as TypstModule;
  const compiler = mod.NodeCompiler.create({
    workspace: dir,
    fontArgs: [{ fontPaths: [fontDir] }],
  });
  const stamp = Date.parse('2025-10-09T00:00:00+07:00') / 1000;
  return (i) => compiler.pdf({ mainFileContent: typstSource(i) }, { creationTimestamp: stamp });
}

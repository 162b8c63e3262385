/**
 * Which packages a real CLI process loaded: the process runs with test/support/loaded-modules.mjs
 * preloaded, which records every module file it loads; a file of the bundle (dist/bundle/) stands
 * for the modules inside it, as scripts/bundle.mjs lists them in dist/bundle-inputs.json. Not
 * timing: a command that loads a package it does not need is seen whatever the machine's load.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CliOptions, type CliResult, runCli } from './cli.js';
import { makeTempDir } from './tmp.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const HOOK = fileURLToPath(new URL('./loaded-modules.mjs', import.meta.url));

/** The package a module's path lies in (`@scope/name` or `name`), or undefined for our own code. */
function packageOf(path: string): string | undefined {
  return /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path)?.[1];
}

/** The CLI's result, and the packages (node_modules names) its process loaded. */
export async function runCliLoading(
  args: string[],
  opts: CliOptions = {},
): Promise<CliResult & { packages: Set<string> }> {
  const log = join(await makeTempDir('phuong-print-loaded-'), 'loaded.txt');
  const result = await runCli(args, {
    ...opts,
    env: {
      ...opts.env,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${HOOK}`.trim(),
      PHUONG_PRINT_TEST_LOADED: log,
    },
  });
  const inputs: Record<string, string[]> = JSON.parse(
    await readFile(join(ROOT, 'dist', 'bundle-inputs.json'), 'utf8'),
  );
  const packages = new Set<string>();
  for (const line of (await readFile(log, 'utf8')).split('\n')) {
    const path = line.replace(/^file:\/\//, '');
    const chunk = /\/dist\/bundle\/([^/]+)$/.exec(path)?.[1];
    for (const module of chunk && inputs[chunk] ? inputs[chunk] : [path]) {
      const name = packageOf(module);
      if (name) packages.add(name);
    }
  }
  return { ...result, packages };
}

/** Which of `names` the process loaded, in their order. */
export const loadedOf = (packages: Set<string>, names: string[]): string[] =>
  names.filter((n) => packages.has(n));

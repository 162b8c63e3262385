/**
 * The Vietnamese catalogue: one entry for every English template written with `msg` in src/
 * (test/messages/catalogue.test.ts finds them all and fails on one without its Vietnamese).
 *
 * Each part is a function that makes its table when first asked, not a table made when the module
 * loads: creating the ~800 entries took ~8 ms of every process's start (`--version`, `--help` in
 * English, each worker thread) whether or not anything was said in Vietnamese (bench/results.md
 * "start-up: the Vietnamese catalogue made when first said").
 */
import { CLI } from './cli.js';
import { DOCUMENTS } from './documents.js';
import { INPUT_FILES } from './input-files.js';
import { INPUTS } from './inputs.js';
import { OPTIONS } from './options.js';
import { WORD } from './word.js';

let catalogue: Readonly<Record<string, string>> | undefined;

/** The whole catalogue, made on the first call and kept. */
export function vi(): Readonly<Record<string, string>> {
  catalogue ??= {
    ...CLI(),
    ...INPUTS(),
    ...INPUT_FILES(),
    ...DOCUMENTS(),
    ...WORD(),
    ...OPTIONS(),
  };
  return catalogue;
}

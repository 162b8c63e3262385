/**
 * The Vietnamese catalogue: one entry for every English template written with `msg` in src/
 * (test/messages/catalogue.test.ts finds them all and fails on one without its Vietnamese).
 */
import { CLI } from './cli.js';
import { DOCUMENTS } from './documents.js';
import { INPUT_FILES } from './input-files.js';
import { INPUTS } from './inputs.js';
import { OPTIONS } from './options.js';
import { WORD } from './word.js';

export const VI: Readonly<Record<string, string>> = {
  ...CLI,
  ...INPUTS,
  ...INPUT_FILES,
  ...DOCUMENTS,
  ...WORD,
  ...OPTIONS,
};

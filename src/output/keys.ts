/**
 * Output stage: the key of an output — a hash of everything it is made from (its group's row and
 * roster, the campaign, its template, the fonts, the logo, the tool's code). Same key, same
 * bytes: a re-run reuses every file whose key has not changed.
 */

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Output } from '../kinds/render.js';
import { templateFile } from '../kinds/render.js';
import type { Group } from '../load/types.js';
import { DEFAULT_GROUP_TERM } from '../model/group-term.js';
import { codeVersion } from './code-version.js';
import type { BuildInputs } from './inputs.js';

const fontHashes = new Map<string, string>();

/** Hash of every font file: a new font version rebuilds everything. */
function fontsHash(dir: string): string {
  let h = fontHashes.get(dir);
  if (!h) {
    const hash = createHash('sha256');
    for (const f of readdirSync(dir)
      .filter((n) => n.endsWith('.ttf'))
      .sort())
      hash.update(readFileSync(join(dir, f)));
    h = hash.digest('hex');
    fontHashes.set(dir, h);
  }
  return h;
}

function hash(parts: (string | Uint8Array)[]): string {
  const h = createHash('sha256');
  for (const p of parts) {
    h.update(typeof p === 'string' ? p : Buffer.from(p));
    h.update('\u0000');
  }
  return h.digest('hex');
}

/**
 * What every output of the build shares: campaign, fonts, logo, and the code itself (a changed
 * layout constant must rebuild what it draws; see code-version.ts).
 */
export function sharedKey(inputs: BuildInputs, logo: Uint8Array | undefined): string {
  // The ward's word for its groups comes from every group's name, not only the document's own
  // row: keyed when it is not the default, so the keys of a tổ dân phố ward stay as they were.
  const term = inputs.term.group === DEFAULT_GROUP_TERM ? [] : [inputs.term.group];
  return hash([
    codeVersion(),
    inputs.campaignBytes,
    fontsHash(inputs.fonts.dir),
    logo ?? '',
    ...term,
  ]);
}

/** `extra`: what the build does to the file beyond drawing it (PDF/A, signing: signing.ts). */
export function outputKey(
  inputs: BuildInputs,
  shared: string,
  group: Group,
  o: Output,
  extra = '',
): string {
  const template = inputs.templates.get(templateFile(o.kind, inputs.spec.templateDir)) ?? '';
  const { source: _source, ...row } = group;
  const roster = o.kind.readsRoster ? (inputs.rosters.get(group.id)?.bytes ?? '') : '';
  return hash([
    shared,
    o.kind.name,
    o.variant ?? '',
    template,
    JSON.stringify(row),
    inputs.slugs.get(group.id) ?? '',
    roster,
    // Only when there is something: the keys of plain files stay as they were.
    ...(extra ? [extra] : []),
  ]);
}

/** A combined file's key: the keys of its pages, in order. */
export function combinedKey(keys: string[]): string {
  return hash(keys);
}

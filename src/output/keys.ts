/**
 * Output stage: the key of an output — a hash of everything it is made from (its group's row and
 * roster, the campaign, its template, the fonts, the logo, the tool's code). Same key, same
 * bytes: a re-run reuses every file whose key has not changed.
 */

import { createHash, type Hash } from 'node:crypto';
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

/** Adds each part to a hash, each followed by a NUL. */
function hashParts(h: Hash, parts: (string | Uint8Array)[]): Hash {
  for (const p of parts) {
    h.update(typeof p === 'string' ? p : Buffer.from(p));
    h.update('\u0000');
  }
  return h;
}

function hash(parts: (string | Uint8Array)[]): string {
  return hashParts(createHash('sha256'), parts).digest('hex');
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
  return outputKeyOf(inputs, shared, o, extra)(group);
}

/**
 * `outputKey` of one output for group after group: the parts every group shares (the shared key,
 * the kind, its template's text) hashed once and the hash's state copied for each group, which
 * adds its own. The same bytes in the same order: the same keys. A plan hashed the template
 * (several KB) and looked for its file on disk once per group and output: ~2 s of a 3,000-group
 * build's start under load (`node --cpu-prof`, docs/architecture.md).
 */
export function outputKeyOf(
  inputs: BuildInputs,
  shared: string,
  o: Output,
  extra = '',
): (group: Group) => string {
  const template = inputs.templates.get(templateFile(o.kind, inputs.spec.templateDir)) ?? '';
  const start = hashParts(createHash('sha256'), [shared, o.kind.name, o.variant ?? '', template]);
  return (group) => {
    const { source: _source, ...row } = group;
    const roster = o.kind.readsRoster ? (inputs.rosters.get(group.id)?.bytes ?? '') : '';
    return hashParts(start.copy(), [
      JSON.stringify(row),
      inputs.slugs.get(group.id) ?? '',
      roster,
      // Only when there is something: the keys of plain files stay as they were.
      ...(extra ? [extra] : []),
    ]).digest('hex');
  };
}

/** A combined file's key: the keys of its pages, in order. */
export function combinedKey(keys: string[]): string {
  return hash(keys);
}

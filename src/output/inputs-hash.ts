/**
 * Output stage: the manifest's `inputs`, one hash of what a build read — the campaign, the groups,
 * the templates and the rosters — by their text as the tool reads it, not their bytes. Two shards
 * built on two machines from one campaign (one copy saved by Notepad with Windows line endings,
 * or with a BOM) print the same, and `merge-manifests` joins them; shards of two versions of the
 * campaign or its list are refused (shard-checks.ts).
 */
import { decodeCsvReport } from '../load/groups/decode.js';
import { textDigest } from '../load/text-digest.js';
import { sha256 } from './manifest.js';

/**
 * A file's hash by its text as read: UTF-8 or UTF-16 (a BOM says which), as a groups CSV or
 * Excel's "Unicode Text" is read. A workbook, or bytes that are no such text, by their bytes.
 */
export function textHash(bytes: Uint8Array): string {
  let text: string;
  try {
    text = decodeCsvReport(bytes, '').text;
  } catch {
    return sha256(bytes);
  }
  return textDigest(text);
}

/**
 * The manifest's `inputs`: the campaign, groups, templates and rosters as read. The groups by the
 * text load decoded (`groupsText`, a text table's), else by their bytes (a workbook, a Word table:
 * no text, as textHash finds): a list of thousands of rows is not decoded a second time. A
 * roster likewise, by the digest load took of its text (`textDigest`), else as textHash finds (a
 * workbook by its bytes; a group's part of a ward-wide list by its residents as read).
 */
export function inputsHash(inputs: {
  campaignBytes: Uint8Array;
  groupsBytes: Uint8Array;
  groupsText?: string;
  templates: ReadonlyMap<string, string>;
  rosters: ReadonlyMap<string, { bytes: Uint8Array; textDigest?: string }>;
}): string {
  return sha256(
    [
      textHash(inputs.campaignBytes),
      inputs.groupsText === undefined ? sha256(inputs.groupsBytes) : textDigest(inputs.groupsText),
      ...[...inputs.templates.values()].map(textDigest),
      ...[...inputs.rosters.values()].map((r) => r.textDigest ?? textHash(r.bytes)),
    ].join('\n'),
  );
}

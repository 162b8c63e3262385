/**
 * Output stage: one ZIP per group with its documents, for a leader to download or the office to
 * send in one message (stored-zip.ts: the same files give the same ZIP). Made in the worker that
 * rendered the group, from the bytes it has in hand.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Labels } from '../kinds/labels.js';
import { findKind } from '../kinds/registry.js';
import { writeJobFile } from './atomic-write.js';
import { type ManifestBundle, sha256 } from './manifest.js';
import { storedZip, zipDate } from './stored-zip.js';

export interface ZipSpec {
  path: string;
  /**
   * Every document of the group: its path (reused ones are read from disk) and which document it
   * is, by which it is named in the ZIP (`zipNames`).
   */
  members: { path: string; kind: string; variant?: string }[];
}

/**
 * Each member's name in the ZIP, "Thôn 7 - Thông báo của xã.pdf" (kinds/labels.ts, as the
 * download pages name it), from the group's labels. Named by the thread that makes the ZIP, which
 * has the group's context for its documents anyway: the plan named every group's members
 * up front, a context and a labels template for each group on the main thread before any thread
 * drew (a 3,000-group build's plan ~2.5 s of its start, `node --cpu-prof` under load; ~0.2 s now).
 */
export function zipNames(spec: ZipSpec, labels: Labels): string[] {
  return spec.members.map((m) => {
    const kind = findKind(m.kind);
    if (!kind) throw new Error(`unknown kind ${m.kind}`);
    return labels.fileName({ kind, ...(m.variant ? { variant: m.variant } : {}) });
  });
}

/** What a ZIP is made of: its members' names and contents. Same key, same ZIP. */
export function zipKey(names: readonly string[], hashes: readonly string[]): string {
  return sha256([...hashes, ...names].join(','));
}

export async function writeGroupZip(
  out: string,
  group: string,
  spec: ZipSpec,
  /** The members' names in the ZIP, in their order (`zipNames`). */
  names: readonly string[],
  /** Documents this run made, with their hashes; the others are read from disk. */
  fresh: Map<string, { bytes: Uint8Array; sha256: string }>,
  /** The campaign's issue date (stored-zip.ts `zipDate`). */
  issued: string,
): Promise<ManifestBundle> {
  const members = [];
  const hashes: string[] = [];
  for (const [i, m] of spec.members.entries()) {
    const made = fresh.get(m.path);
    const bytes = made?.bytes ?? new Uint8Array(await readFile(join(out, m.path)));
    members.push({ name: names[i] as string, bytes });
    hashes.push(made?.sha256 ?? sha256(bytes));
  }
  const zip = Buffer.concat(storedZip(members, zipDate(issued)));
  await writeJobFile(join(out, spec.path), zip);
  return {
    kind: 'zip',
    group,
    path: spec.path,
    bytes: zip.length,
    sha256: sha256(zip),
    key: zipKey(names, hashes),
  };
}

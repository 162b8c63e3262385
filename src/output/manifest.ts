/**
 * Output stage: `out/manifest.json`, the list of every file a build wrote, with enough to check
 * it (pages, bytes, SHA-256) and the hash of the inputs it was made from.
 */
import { createHash } from 'node:crypto';

export interface ManifestFile {
  group: string;
  kind: string;
  /** Variant of the kind (poster size), when it has several. */
  variant?: string;
  /** Relative to the output folder, with forward slashes. */
  path: string;
  pages: number;
  bytes: number;
  sha256: string;
}

export interface Manifest {
  tool: string;
  /** SHA-256 over the campaign, groups, templates and fonts the files were made from. */
  inputs: string;
  files: ManifestFile[];
}

export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

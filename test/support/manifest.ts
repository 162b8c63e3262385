/** The build's `manifest.json` as the tests read it back from an output folder. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Manifest } from '../../src/output/manifest.js';

export type { Manifest, ManifestFile } from '../../src/output/manifest.js';

export async function readManifest(out: string): Promise<Manifest> {
  return JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')) as Manifest;
}

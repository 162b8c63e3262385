/**
 * Output stage: `merge-manifests` — joins the outputs of shard builds (`build --shard i/n` on
 * several machines) into one folder: every group's files, one manifest in group order, and each
 * combined print file with the groups' pages back in group order.
 */
import { copyFile, mkdir, readFile, rename } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { Duplex, PDFDocument } from '@cantoo/pdf-lib';
import { UserError } from '../errors.js';
import { msg } from '../messages/message.js';
import { writeFileAtomic } from './atomic-write.js';
import { lockOutputFolder, prepareOutputFolder } from './folder-lock.js';
import { combinedKey } from './keys.js';
import {
  type Manifest,
  type ManifestBundle,
  type ManifestFile,
  sha256,
  writeManifest,
} from './manifest.js';

const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });

async function readShard(dir: string): Promise<Manifest> {
  try {
    return JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  } catch {
    throw new UserError(
      msg`no readable manifest.json here`,
      { file: dir },
      msg`Give the output folders of the shard builds.`,
    );
  }
}

async function copyInto(from: string, out: string, path: string): Promise<void> {
  const src = join(from, path);
  const dst = join(out, path);
  if (resolve(src) === resolve(dst)) return;
  await mkdir(dirname(dst), { recursive: true });
  const tmp = `${dst}.${process.pid}.tmp`;
  await copyFile(src, tmp);
  await rename(tmp, dst);
}

export interface MergeResult {
  manifest: Manifest;
  groups: number;
}

export async function mergeShards(shardDirs: string[], out: string): Promise<MergeResult> {
  const unlock = await lockOutputFolder(out);
  try {
    await prepareOutputFolder(out);
    return await mergeLocked(shardDirs, out);
  } finally {
    await unlock().catch(() => {});
  }
}

async function mergeLocked(shardDirs: string[], out: string): Promise<MergeResult> {
  const shards = await Promise.all(
    shardDirs.map(async (dir) => ({ dir, m: await readShard(dir) })),
  );
  const files: ManifestFile[] = [];
  const zips: ManifestBundle[] = [];
  for (const { dir, m } of shards) {
    for (const f of m.files) {
      await copyInto(dir, out, f.path);
      files.push(f);
    }
    for (const z of m.zips ?? []) {
      await copyInto(dir, out, z.path);
      zips.push(z);
    }
  }
  const byGroup = (a: { group?: string; path: string }, b: { group?: string; path: string }) =>
    collator.compare(a.group ?? '', b.group ?? '') || a.path.localeCompare(b.path);
  files.sort(byGroup);
  zips.sort(byGroup);

  // Each shard's print file holds its own groups in order; take each group's pages from it.
  const print: ManifestBundle[] = [];
  const printPaths = [
    ...new Set(shards.flatMap(({ m }) => (m.print ?? []).map((p) => p.path))),
  ].sort();
  for (const path of printPaths) {
    const parts = shards.filter(({ m }) => m.print?.some((p) => p.path === path));
    const entry = parts[0]?.m.print.find((p) => p.path === path);
    if (!entry) continue;
    const pagesOf = (f: ManifestFile) =>
      f.kind === entry.kind && (f.variant ?? '') === (entry.variant ?? '');
    const merged = await PDFDocument.create({ updateMetadata: false });
    const ranges: { group: string; doc: PDFDocument; start: number; count: number; key: string }[] =
      [];
    for (const { dir, m } of parts) {
      const doc = await PDFDocument.load(await readFile(join(dir, path)), {
        updateMetadata: false,
      });
      // In a duplex shard file, a document of odd page count is followed by a blank page.
      const duplex = m.print?.find((p) => p.path === path)?.duplex === true;
      let start = 0;
      for (const f of m.files.filter(pagesOf).sort(byGroup)) {
        ranges.push({ group: f.group, doc, start, count: f.pages, key: f.key ?? '' });
        start += f.pages + (duplex ? f.pages % 2 : 0);
      }
    }
    ranges.sort((a, b) => collator.compare(a.group, b.group));
    const duplex = entry.duplex === true;
    let pages = 0;
    for (const r of ranges) {
      const indices = Array.from({ length: r.count }, (_, i) => r.start + i);
      const copied = await merged.copyPages(r.doc, indices);
      for (const page of copied) merged.addPage(page);
      pages += r.count;
      const last = copied.at(-1);
      if (duplex && r.count % 2 === 1 && last) {
        merged.addPage([last.getWidth(), last.getHeight()]);
        pages++;
      }
    }
    // As the shards' print files tell a viewer's print dialog (render/print.ts).
    merged.catalog
      .getOrCreateViewerPreferences()
      .setDuplex(duplex ? Duplex.DuplexFlipLongEdge : Duplex.Simplex);
    const bytes = await merged.save({ useObjectStreams: false });
    await writeFileAtomic(join(out, path), bytes);
    print.push({
      ...entry,
      pages,
      bytes: bytes.length,
      sha256: sha256(bytes),
      key: combinedKey(ranges.map((r) => r.key)),
    });
  }
  const manifest: Manifest = {
    tool: 'phuong-print',
    inputs: sha256(shards.map(({ m }) => m.inputs).join('\n')),
    files,
    print,
    zips,
    // Every shard read the whole groups file: the first's ids and names are the ward's.
    groups: shards.find(({ m }) => Array.isArray(m.groups))?.m.groups,
  };
  await writeManifest(out, manifest);
  return { manifest, groups: new Set(files.map((f) => f.group)).size };
}

/**
 * Output stage: `merge-manifests` — joins the outputs of shard builds (`build --shard i/n` on
 * several machines) into one folder: every group's files, one manifest in group order, and each
 * combined print file with the groups' pages back in group order.
 */
import { copyFile, mkdir, readFile, rename } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { Duplex, PDFDocument, PrintScaling } from '@cantoo/pdf-lib';
import { UserError } from '../errors.js';
import { msg } from '../messages/message.js';
import { writeFileAtomic } from './atomic-write.js';
import { type CampaignIdentity, readCampaignIdentity, seenFrom } from './campaign-identity.js';
import { lockOutputFolder, prepareOutputFolder } from './folder-lock.js';
import { combinedKey } from './keys.js';
import {
  type Manifest,
  type ManifestBundle,
  type ManifestFile,
  type PrintDocumentPart,
  sha256,
  writeManifest,
} from './manifest.js';
import { refuseOtherCampaigns, refuseOtherInputs } from './shard-checks.js';

const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });

async function readShard(dir: string): Promise<Manifest> {
  let m: Partial<Manifest> | undefined;
  try {
    m = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Partial<Manifest>;
  } catch {}
  // A record without its list of files (damaged, or not a build's) is no shard's either.
  if (!Array.isArray(m?.files))
    throw new UserError(
      msg`no readable manifest.json here`,
      { file: dir },
      msg`Give the output folders of the shard builds.`,
    );
  return { ...m, files: m.files, print: m.print ?? [], zips: m.zips ?? [] } as Manifest;
}

/** The shards' campaign, its file now seen from the merged folder (none when they differ). */
function mergedCampaign(
  out: string,
  shards: readonly { dir: string; m: Manifest }[],
): CampaignIdentity | undefined {
  const seen = shards.map(({ dir, m }) => {
    const c = readCampaignIdentity(m.campaign);
    return c && { name: c.name, file: seenFrom(out, resolve(dir, c.file)) };
  });
  const [first] = seen;
  return first && seen.every((c) => c?.file === first.file && c.name === first.name)
    ? first
    : undefined;
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

/**
 * Where each group's document is in a shard's print file: as its manifest lists them. A manifest
 * written before that list had its print files in the ids' order (the groups file's order only
 * since qa26 F7): its files' page counts are read in that order, with the blank back page a
 * duplex file has after an odd count. One whose groups are in another order than the ids' may
 * have been printed in either: it is refused rather than cut in the wrong places.
 */
function documentsOf(
  dir: string,
  m: Manifest,
  path: string,
): (PrintDocumentPart & { key: string })[] {
  const entry = m.print.find((p) => p.path === path);
  if (!entry) return [];
  const own = m.files.filter(
    (f) => f.kind === entry.kind && (f.variant ?? '') === (entry.variant ?? ''),
  );
  // Each part with its group's file's key, which the merged manifest's print entry keeps.
  const keys = new Map(own.map((f) => [f.group, f.key ?? '']));
  const keyOf = (group: string) => keys.get(group) ?? '';
  if (Array.isArray(entry.documents))
    return entry.documents.map((d) => ({ ...d, key: keyOf(d.group) }));
  const files = own.sort(
    (a, b) => collator.compare(a.group, b.group) || a.path.localeCompare(b.path),
  );
  const listed = new Set(files.map((f) => f.group));
  const rows = (m.groups ?? []).map((g) => g.id).filter((id) => listed.has(id));
  if (rows.some((id, i) => id !== files[i]?.group)) throw notInStep(dir, path);
  const parts: (PrintDocumentPart & { key: string })[] = [];
  let start = 0;
  for (const f of files) {
    parts.push({ group: f.group, start, pages: f.pages, key: keyOf(f.group) });
    start += f.pages + (entry.duplex === true ? f.pages % 2 : 0);
  }
  return parts;
}

const notInStep = (dir: string, path: string) =>
  new UserError(
    msg`the manifest does not say where each group's pages are in ${path}`,
    { file: dir },
    msg`Build this shard again with this version (build --shard), then merge.`,
  );

export interface MergeResult {
  manifest: Manifest;
  groups: number;
}

/**
 * Refuses shards that hold the same group (a shard built twice, or with another --shard n): the
 * merged print file would have its pages twice, or one shard's silently left out. Checked
 * before the output folder is touched.
 */
function refuseSharedGroups(shards: readonly { dir: string; m: Manifest }[]): void {
  const firstIn = new Map<string, string>();
  for (const { dir, m } of shards) {
    for (const group of new Set(m.files.map((f) => f.group))) {
      const other = firstIn.get(group);
      if (other === undefined) {
        firstIn.set(group, dir);
        continue;
      }
      const name = m.groups?.find((g) => g.id === group)?.name ?? group;
      throw new UserError(
        msg`${name} (id ${group}) is in two shards: ${join(other, 'manifest.json')} and ${join(dir, 'manifest.json')}`,
        { field: 'shards' },
        msg`Give each shard once, every one built with the same n and its own i (build --shard i/n); nothing was written.`,
      );
    }
  }
}

export async function mergeShards(shardDirs: string[], out: string): Promise<MergeResult> {
  const shards = await Promise.all(
    shardDirs.map(async (dir) => ({ dir, m: await readShard(dir) })),
  );
  // Of one campaign, each shard whole, before any group is compared (shard-checks.ts).
  refuseOtherCampaigns(shards);
  refuseOtherInputs(shards);
  refuseSharedGroups(shards);
  const unlock = await lockOutputFolder(out);
  try {
    await prepareOutputFolder(out);
    return await mergeLocked(shards, out);
  } finally {
    await unlock().catch(() => {});
  }
}

async function mergeLocked(
  shards: readonly { dir: string; m: Manifest }[],
  out: string,
): Promise<MergeResult> {
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
  // The ward's order is the groups file's rows (every shard read the whole file); a manifest
  // without the list (older) leaves the ids' order.
  const rows = new Map(
    (shards.find(({ m }) => Array.isArray(m.groups))?.m.groups ?? []).map((g, i) => [g.id, i]),
  );
  const compareGroups = (a: string, b: string) =>
    (rows.get(a) ?? rows.size) - (rows.get(b) ?? rows.size) || collator.compare(a, b);
  const byGroup = (a: { group?: string; path: string }, b: { group?: string; path: string }) =>
    compareGroups(a.group ?? '', b.group ?? '') || a.path.localeCompare(b.path);
  files.sort(byGroup);
  zips.sort(byGroup);

  // Each shard's print file holds its own groups in its own order; take each group's pages from it.
  const print: ManifestBundle[] = [];
  const printPaths = [
    ...new Set(shards.flatMap(({ m }) => (m.print ?? []).map((p) => p.path))),
  ].sort();
  for (const path of printPaths) {
    const parts = shards.filter(({ m }) => m.print?.some((p) => p.path === path));
    const entry = parts[0]?.m.print.find((p) => p.path === path);
    if (!entry) continue;
    const merged = await PDFDocument.create({ updateMetadata: false });
    const ranges: (PrintDocumentPart & { doc: PDFDocument; key: string })[] = [];
    for (const { dir, m } of parts) {
      const doc = await PDFDocument.load(await readFile(join(dir, path)), {
        updateMetadata: false,
      });
      for (const part of documentsOf(dir, m, path)) {
        if (part.start + part.pages > doc.getPageCount()) throw notInStep(dir, path);
        ranges.push({ ...part, doc });
      }
    }
    ranges.sort((a, b) => compareGroups(a.group, b.group));
    const duplex = entry.duplex === true;
    let pages = 0;
    const documents: PrintDocumentPart[] = [];
    for (const r of ranges) {
      documents.push({ group: r.group, start: pages, pages: r.pages });
      const indices = Array.from({ length: r.pages }, (_, i) => r.start + i);
      const copied = await merged.copyPages(r.doc, indices);
      for (const page of copied) merged.addPage(page);
      pages += r.pages;
      const last = copied.at(-1);
      if (duplex && r.pages % 2 === 1 && last) {
        merged.addPage([last.getWidth(), last.getHeight()]);
        pages++;
      }
    }
    // As the shards' print files tell a viewer's print dialog (render/print.ts).
    const prefs = merged.catalog.getOrCreateViewerPreferences();
    prefs.setDuplex(duplex ? Duplex.DuplexFlipLongEdge : Duplex.Simplex);
    prefs.setPrintScaling(PrintScaling.None);
    const bytes = await merged.save({ useObjectStreams: false });
    await writeFileAtomic(join(out, path), bytes);
    print.push({
      ...entry,
      pages,
      bytes: bytes.length,
      sha256: sha256(bytes),
      key: combinedKey(ranges.map((r) => r.key)),
      documents,
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
    // The shards' code when one version drew them all.
    code: new Set(shards.map(({ m }) => m.code)).size === 1 ? shards[0]?.m.code : undefined,
    campaign: mergedCampaign(out, shards),
  };
  await writeManifest(out, manifest);
  return { manifest, groups: new Set(files.map((f) => f.group)).size };
}

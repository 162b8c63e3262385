/**
 * Studio: which campaigns' leader pages are open, kept as small files beside the campaigns:
 * DIR/published/<slug>.json holds the campaign's link secret (the groups' tokens derive from it,
 * as `serve`'s do from PHUONG_PRINT_SECRET), whether its pages are open, and since when. The
 * secret is made once and kept when the pages close, so opening them again gives the leaders the
 * same links. It lives outside the campaign's folder: the folder's ZIP (for the CLI) never
 * carries it. Readable by the studio's user only.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isSlug } from './campaign-folders.js';
import { inTurn } from './in-turn.js';

export interface Publication {
  /** The campaign's link secret (base64url, 32 random bytes). */
  secret: string;
  open: boolean;
  /** When the pages were last opened (ISO), or closed when `open` is false. */
  since: string;
}

export const PUBLISHED_DIR = 'published';

const fileOf = (dataDir: string, slug: string) => {
  if (!isSlug(slug)) throw new Error(`not a campaign folder name: ${slug}`);
  return join(dataDir, PUBLISHED_DIR, `${slug}.json`);
};

/** The cache folder of a published campaign's documents (outside its build's `out/`). */
export const publishedCacheDir = (dataDir: string, slug: string) =>
  join(dataDir, PUBLISHED_DIR, `${slug}.cache`);

export async function readPublication(
  dataDir: string,
  slug: string,
): Promise<Publication | undefined> {
  let text: string;
  try {
    text = await readFile(fileOf(dataDir, slug), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  const p = JSON.parse(text) as Partial<Publication>;
  if (typeof p.secret !== 'string' || p.secret.length < 32) {
    throw new Error(`${fileOf(dataDir, slug)}: no secret`);
  }
  return { secret: p.secret, open: p.open === true, since: String(p.since ?? '') };
}

async function write(dataDir: string, slug: string, p: Publication): Promise<void> {
  await mkdir(join(dataDir, PUBLISHED_DIR), { recursive: true, mode: 0o700 });
  const file = fileOf(dataDir, slug);
  const tmp = `${file}.${randomUUID()}.tmp`;
  try {
    await writeFile(tmp, `${JSON.stringify(p, null, 2)}\n`, { mode: 0o600 });
    await rename(tmp, file);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

/**
 * Opens the campaign's pages; its secret is the one it had, or a new one. One change of the file
 * at a time: two openings at once (a double click) must not each draw a secret, the second
 * overwriting the one the first handed out.
 */
export function openPublication(
  dataDir: string,
  slug: string,
  now = new Date(),
): Promise<Publication> {
  return inTurn(fileOf(dataDir, slug), async () => {
    const before = await readPublication(dataDir, slug);
    const p: Publication = {
      secret: before?.secret ?? randomBytes(32).toString('base64url'),
      open: true,
      since: now.toISOString(),
    };
    await write(dataDir, slug, p);
    return p;
  });
}

/** Closes the campaign's pages; the secret stays for the next opening. */
export function closePublication(dataDir: string, slug: string, now = new Date()): Promise<void> {
  return inTurn(fileOf(dataDir, slug), async () => {
    const before = await readPublication(dataDir, slug);
    if (!before) return;
    await write(dataDir, slug, { ...before, open: false, since: now.toISOString() });
  });
}

/**
 * The serve snapshot reads campaign.yaml once: the text it copies and the images it copies come
 * from the same bytes. Here the office saves a new campaign.yaml (naming another logo) the moment
 * the snapshot has read the file — the worst time. The copy must be one version whole: the text
 * read and the logo that text names, never the new text beside the old text's logo.
 */
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { snapshotInputs } from '../../src/serve/snapshot.js';
import { loadWard } from '../../src/serve/ward.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

/** Reads of one file, and what happens right after the first of them. */
const watched = vi.hoisted(() => ({
  path: '',
  reads: 0,
  afterFirstRead: undefined as (() => Promise<void>) | undefined,
}));

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const readFile = (async (...args: Parameters<typeof fs.readFile>) => {
    const result = await fs.readFile(...args);
    if (String(args[0]) === watched.path) {
      watched.reads++;
      const after = watched.afterFirstRead;
      watched.afterFirstRead = undefined;
      await after?.();
    }
    return result;
  }) as typeof fs.readFile;
  return { ...fs, readFile, default: { ...fs, readFile } };
});

afterAll(removeTempDirs);

const EMBLEM = fileURLToPath(new URL('../../assets/emblem.svg', import.meta.url));
const OTHER_LOGO =
  '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="#c00"/></svg>\n';

describe('serve snapshot of campaign.yaml', () => {
  it('is one version whole when the file is saved again right after it is read', async () => {
    const dir = await makeTempDir('phuong-print-snapshot-read-');
    const campaign = join(dir, 'campaign.yaml');
    const groups = join(dir, 'groups.csv');
    await copyFile(EXAMPLE_GROUPS, groups);
    await copyFile(EMBLEM, join(dir, 'old-logo.svg'));
    await writeFile(join(dir, 'new-logo.svg'), OTHER_LOGO);
    const example = (await readFile(EXAMPLE_CAMPAIGN, 'utf8')).replace(
      /^assets:[\s\S]*?(?=^\S)/m,
      '',
    );
    const version = (logo: string) => `${example}\nassets:\n  logo: ${logo}\n`;
    await writeFile(campaign, version('old-logo.svg'));

    watched.path = campaign;
    watched.reads = 0;
    watched.afterFirstRead = () => writeFile(campaign, version('new-logo.svg'));
    const snapshot = await snapshotInputs({ campaign, groups });
    try {
      expect(watched.afterFirstRead).toBeUndefined(); // the save did happen mid-snapshot
      expect(watched.reads).toBe(1);
      const copied = await readFile(snapshot.options.campaign, 'utf8');
      expect(copied).toBe(version('old-logo.svg'));
      // The copy loads, and its logo is the image the copied text names.
      const ward = await loadWard(snapshot.options);
      const logo = ward.campaign.assets?.logo ?? '';
      expect(logo.startsWith(join(snapshot.options.campaign, '..'))).toBe(true);
      expect(await readFile(logo)).toEqual(await readFile(EMBLEM));
    } finally {
      await snapshot.remove();
    }
  });
});

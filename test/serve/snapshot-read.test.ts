/**
 * The serve snapshot reads campaign.yaml once: the text it copies and the images it copies come
 * from the same bytes. Here the office saves a new campaign.yaml (naming another logo) the moment
 * the snapshot has read the file — the worst time. The copy must be one version whole: the text
 * read and the logo that text names, never the new text beside the old text's logo. The snapshot
 * is taken by the built code in a child process whose fs counts the reads
 * (snapshot-read-child.mjs).
 */
import { execFile } from 'node:child_process';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const CHILD = fileURLToPath(new URL('./snapshot-read-child.mjs', import.meta.url));
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

    const { stdout } = await promisify(execFile)(process.execPath, [
      CHILD,
      campaign,
      groups,
      version('new-logo.svg'),
    ]);
    const r = JSON.parse(stdout);
    expect(r.saved).toBe(true); // the new version was saved mid-snapshot
    expect(await readFile(campaign, 'utf8')).toBe(version('new-logo.svg'));
    expect(r.reads).toBe(1);
    expect(r.copied).toBe(version('old-logo.svg'));
    // The copy loads, and its logo is the image the copied text names, copied with it.
    expect(r.inCopy).toBe(true);
    expect(r.logoBytes).toBe((await readFile(EMBLEM)).toString('base64'));
  });
});

/**
 * watchInputs on real files: an editor's save (a new file renamed over the old) is seen, a file
 * in a watched folder and a folder made after the watch began are seen, files beside the inputs
 * (the output folder) are not, and the events of one save come as one change; after `update`
 * a newly named file is seen and a dropped one is not. inputPaths names what the build reads.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inputPaths } from '../../src/output/input-paths.js';
import { watchInputs } from '../../src/output/watch-inputs.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

/** The changes reported, and a way to wait for the next one. */
function recorder() {
  const changes: string[][] = [];
  let wake: (() => void) | undefined;
  return {
    changes,
    onChange: (changed: string[]) => {
      changes.push([...changed].sort());
      wake?.();
    },
    async next(): Promise<string[]> {
      const seen = changes.length;
      while (changes.length === seen) await new Promise<void>((ok) => (wake = ok));
      return changes[seen] ?? [];
    },
  };
}

describe('watchInputs', () => {
  it('reports each input that changed, as editors save, and nothing else', async () => {
    const dir = await makeTempDir('phuong-print-watch-inputs-');
    const campaign = join(dir, 'campaign.yaml');
    const groups = join(dir, 'groups.csv');
    const templates = join(dir, 'templates');
    const rosters = join(dir, 'rosters');
    await writeFile(campaign, 'a');
    await writeFile(groups, 'a');
    await mkdir(templates);
    await mkdir(join(dir, 'out'));
    const r = recorder();
    const watch = await watchInputs([campaign, templates, groups, rosters], r.onChange);
    try {
      // The build's own output beside the inputs, then a real save: only the save is reported.
      await writeFile(join(dir, 'out', 'notice.pdf'), 'x');
      await writeFile(join(dir, 'notes.txt'), 'x');
      await writeFile(`${campaign}.swp`, 'b');
      await rename(`${campaign}.swp`, campaign);
      expect(await r.next()).toEqual([campaign]);
      // Saved again the same way: the watch survived the rename.
      await writeFile(`${campaign}.swp`, 'c');
      await rename(`${campaign}.swp`, campaign);
      expect(await r.next()).toEqual([campaign]);
      await writeFile(join(templates, 'notice.hbs'), 'x');
      expect(await r.next()).toEqual([templates]);
      // A folder that did not exist when the watch began.
      await mkdir(rosters);
      await writeFile(join(rosters, '5.csv'), 'x');
      expect((await r.next()).includes(rosters)).toBe(true);
      // Two files saved at once: one change naming both.
      await writeFile(groups, 'b');
      await writeFile(campaign, 'd');
      expect(await r.next()).toEqual(expect.arrayContaining([campaign, groups]));
    } finally {
      await watch.close();
    }
  }, 60_000);
});

describe('watchInputs › update', () => {
  it('watches a file named after the watch began, and stops watching one no longer named', async () => {
    const dir = await makeTempDir('phuong-print-watch-update-');
    const campaign = join(dir, 'campaign.yaml');
    const oldLogo = join(dir, 'old.png');
    const newLogo = join(dir, 'assets', 'new.png');
    await writeFile(campaign, 'a');
    await writeFile(oldLogo, 'a');
    await mkdir(join(dir, 'assets'));
    await writeFile(newLogo, 'a');
    const r = recorder();
    const watch = await watchInputs([campaign, oldLogo], r.onChange);
    try {
      await watch.update([campaign, newLogo]);
      expect([...watch.paths].sort()).toEqual([campaign, newLogo].sort());
      await writeFile(oldLogo, 'b'); // no longer an input: not reported
      await writeFile(`${newLogo}.swp`, 'b');
      await rename(`${newLogo}.swp`, newLogo);
      expect(await r.next()).toEqual([newLogo]);
      expect(r.changes).toHaveLength(1);
    } finally {
      await watch.close();
    }
  }, 60_000);
});

describe('inputPaths', () => {
  it("names the campaign, groups, rosters, templates, the images campaign.yaml names and --sign's certificate", async () => {
    const dir = await makeTempDir('phuong-print-input-paths-');
    const campaign = join(dir, 'campaign.yaml');
    await writeFile(
      campaign,
      'assets:\n  logo: assets/logo.png\n  signature: ky.png\n  seal: ../../etc/seal.png\n',
    );
    const paths = await inputPaths({
      campaign,
      groups: join(dir, 'groups.csv'),
      rosters: join(dir, 'rosters'),
      certificate: join(dir, 'chu-tich.p12'),
    });
    // The seal outside the campaign's folder is not read (the loader refuses it).
    expect([...paths].sort()).toEqual(
      [
        campaign,
        join(dir, 'groups.csv'),
        join(dir, 'rosters'),
        join(dir, 'templates'),
        join(dir, 'assets', 'logo.png'),
        join(dir, 'ky.png'),
        join(dir, 'chu-tich.p12'),
      ].sort(),
    );
    // --templates replaces the campaign's own folder; a campaign that does not parse names no image.
    await writeFile(campaign, 'assets: [logo: x.png\n');
    expect(
      await inputPaths({ campaign, groups: join(dir, 'g.csv'), templateDir: join(dir, 'tpl') }),
    ).toEqual([campaign, join(dir, 'g.csv'), join(dir, 'tpl')]);
  });
});

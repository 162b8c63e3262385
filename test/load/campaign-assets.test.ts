/**
 * The rule for the images campaign.yaml names — inside the campaign's folder, links followed —
 * is one function (load/campaign-assets.ts), and `check`, `build` and `serve` refuse a path that
 * leaves the folder with the same words: through `..`, or through a link inside the folder.
 */
import { copyFile, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { isUserError } from '../../src/errors.js';
import { campaignAssetPath } from '../../src/load/campaign-assets.js';
import { assetFilesOf } from '../../src/output/input-paths.js';
import { buildArgs, runCli, runCliInProcess } from '../support/cli.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const EMBLEM = fileURLToPath(new URL('../../assets/emblem.svg', import.meta.url));

/** A campaign folder with an image inside it and a link `linked/` to the folder of EMBLEM. */
async function campaignFolder(): Promise<string> {
  const folder = await makeTempDir('phuong-print-assets-');
  await mkdir(join(folder, 'assets'));
  await copyFile(EMBLEM, join(folder, 'assets', 'emblem.svg'));
  await symlink(dirname(EMBLEM), join(folder, 'linked'));
  await copyFile(EXAMPLE_GROUPS, join(folder, 'groups.csv'));
  return folder;
}

const refusal = async (file: string, given: string) =>
  campaignAssetPath(file, 'logo', given).then(
    () => undefined,
    (e: unknown) => (isUserError(e) ? e.describe('en') : String(e)),
  );

describe('campaignAssetPath', () => {
  it('gives an image inside the folder, and refuses one that leads out of it', async () => {
    const folder = await campaignFolder();
    const file = join(folder, 'campaign.yaml');
    expect(await campaignAssetPath(file, 'logo', 'assets/emblem.svg')).toBe(
      join(folder, 'assets', 'emblem.svg'),
    );
    // Not there yet: not refused here (whoever reads it names the missing file).
    expect(await campaignAssetPath(file, 'seal', 'assets/seal.png')).toBe(
      join(folder, 'assets', 'seal.png'),
    );
    for (const given of ['linked/emblem.svg', '../emblem.svg', 'assets/../../x.png', EMBLEM]) {
      expect(await refusal(file, given)).toBe(
        `${file}, field "assets.logo": the logo image "${given}" is outside the campaign's folder`,
      );
    }
  });

  it('is the rule of what build --watch and serve watch: a refused image is not watched', async () => {
    const folder = await campaignFolder();
    const file = join(folder, 'campaign.yaml');
    await writeFile(
      file,
      'assets:\n  logo: linked/emblem.svg\n  seal: ../seal.png\n  signature: assets/emblem.svg\n',
    );
    expect(await assetFilesOf(file)).toEqual([join('assets', 'emblem.svg')]);
  });
});

describe('check, build and serve', () => {
  const example = readFile(EXAMPLE_CAMPAIGN, 'utf8').then((t) =>
    t.replace(/^assets:[\s\S]*?(?=^\S)/m, ''),
  );

  for (const given of ['linked/emblem.svg', '../emblem.svg']) {
    it(`refuse the logo "${given}" with the same words`, async () => {
      const folder = await campaignFolder();
      const campaign = join(folder, 'campaign.yaml');
      const groups = join(folder, 'groups.csv');
      const yaml = `${await example}\nassets:\n  logo: ${given}\n`;
      await writeFile(campaign, yaml);
      // The field's own line, as every other problem of an image is said (qa14).
      const line = yaml.trimEnd().split('\n').length;
      const inputs = ['--campaign', campaign, '--groups', groups];
      const env = { PHUONG_PRINT_SECRET: 'a-test-secret-of-at-least-32-characters-long' };
      // serve loads the campaign as check and build do: the real program asked once, of the
      // first (a Node start-up and the server's modules, ~1 s of CPU), as campaign-images.test.ts.
      const runs = await Promise.all([
        runCliInProcess(['check', ...inputs]),
        runCliInProcess(buildArgs(campaign, groups, join(folder, 'out'), '--kind', 'flyer')),
        ...(given === 'linked/emblem.svg'
          ? [runCli(['serve', ...inputs, '--port', '0', '--no-watch'], { env, timeoutMs: 60_000 })]
          : []),
      ]);
      const expected = `error: ${campaign}, line ${line}, field "assets.logo": the logo image "${given}" is outside the campaign's folder`;
      for (const r of runs) {
        expect(r.code).toBe(1);
        expect(r.stderr.split('\n')[0]).toBe(expected);
      }
    });
  }
});

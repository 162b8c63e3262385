/**
 * inputPaths on a real campaign folder: what `build --watch` and `serve` watch. The images the
 * campaign names (logo, signature, seal) are inputs; an image outside the folder is not (the
 * loader refuses it), and the templates folder is watched even before it is made.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inputPaths } from '../../src/output/input-paths.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

describe('inputPaths', () => {
  it('lists the campaign, its templates folder and images, the groups and the rosters', async () => {
    const dir = await makeTempDir('phuong-print-input-paths-');
    const campaign = join(dir, 'campaign.yaml');
    await writeFile(
      campaign,
      [
        'assets:',
        '  logo: assets/logo.png',
        '  signature: chu-ky.png',
        '  seal: ../con-dau.png',
        '',
      ].join('\n'),
    );
    const groups = join(dir, 'groups.csv');
    const rosters = join(dir, 'rosters');
    const paths = await inputPaths({ campaign, groups, rosters });
    expect(paths.sort()).toEqual(
      [
        campaign,
        groups,
        rosters,
        join(dir, 'templates'),
        join(dir, 'assets', 'logo.png'),
        join(dir, 'chu-ky.png'),
      ].sort(),
    );
  });

  it('lists the --templates folder in place of the campaign’s own', async () => {
    const dir = await makeTempDir('phuong-print-input-paths-');
    const campaign = join(dir, 'campaign.yaml');
    await writeFile(campaign, 'title: x\n');
    const given = join(dir, 'other-templates');
    const paths = await inputPaths({ campaign, groups: join(dir, 'g.csv'), templateDir: given });
    expect(paths.sort()).toEqual([campaign, join(dir, 'g.csv'), given].sort());
  });
});

/**
 * A campaign's logo that nothing it makes prints is said, not dropped: the second example (a
 * dengue campaign with no app, so no posters) with `assets.logo` is warned
 * about, naming the file and the field, by `build` (even of notices alone) and by `check`, in
 * Vietnamese. The first example with the same logo makes posters: no such warning, whatever
 * kinds a build asks for.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArgs, runCliInProcess } from '../support/cli.js';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

const SECOND = join(dirname(dirname(EXAMPLE_CAMPAIGN)), 'tan-dinh');
const WARNED = /^cảnh báo: .*campaign\.yaml, mục “assets\.logo”: logo sẽ không được in/m;

let dir: string;

/** A copy of an example's folder with a logo beside its campaign.yaml, named by it. */
async function withLogo(example: string, name: string): Promise<string> {
  const to = join(dir, name);
  await cp(example, to, { recursive: true });
  await sharp({ create: { width: 160, height: 160, channels: 3, background: '#b00' } })
    .png()
    .toFile(join(to, 'logo.png'));
  const campaign = join(to, 'campaign.yaml');
  await writeFile(campaign, `${await readFile(campaign, 'utf8')}\nassets:\n  logo: logo.png\n`);
  return campaign;
}

beforeAll(async () => {
  dir = await makeTempDir('phuong-print-unprinted-logo-');
});
afterAll(removeTempDirs);

describe('a logo no document prints', () => {
  it('is said by build, of notices alone too, and by check', async () => {
    const campaign = await withLogo(SECOND, 'tan-dinh');
    const groups = join(dirname(campaign), 'groups.csv');
    const built = await runCliInProcess([
      ...buildArgs(campaign, groups, join(dir, 'out-td'), '--kind', 'notice', '--quiet'),
      '--lang',
      'vi',
    ]);
    expect(built.code, built.stderr).toBe(0);
    expect(built.stderr).toMatch(WARNED);
    expect(built.stderr).toMatch(/^gợi ý: Áp phích in mã QR/m);
    const checked = await runCliInProcess([
      'check',
      '--campaign',
      campaign,
      '--groups',
      groups,
      '--lang',
      'vi',
    ]);
    expect(checked.stderr).toMatch(WARNED);
  });

  it('is not said of a campaign that makes posters, whatever kinds are built', async () => {
    const campaign = await withLogo(dirname(EXAMPLE_CAMPAIGN), 'hai-phong');
    const groups = join(dirname(campaign), 'groups.csv');
    const built = await runCliInProcess([
      ...buildArgs(campaign, groups, join(dir, 'out-hp'), '--kind', 'notice', '--quiet'),
      '--lang',
      'vi',
    ]);
    expect(built.code, built.stderr).toBe(0);
    expect(built.stderr).not.toMatch(/assets\.logo/);
  });
});

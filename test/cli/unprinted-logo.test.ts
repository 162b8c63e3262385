/**
 * A campaign's logo that nothing it makes prints is said, not dropped: a notice alone (no
 * actions, links, time or place, so no posters) with `assets.logo` is warned about, naming the
 * file and the field, by `build` (even of notices alone) and by `check`, in Vietnamese. The
 * examples with the same logo make posters (the second without an app: qa50 p9): no such
 * warning, whatever kinds a build asks for.
 */
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArgs, runCliInProcess } from '../support/cli.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { wardCsv } from '../support/ward.js';

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
    const notice = join(dir, 'notice-only');
    await mkdir(notice);
    await writeFile(join(notice, 'campaign.yaml'), NOTICE_ONLY);
    await writeFile(join(notice, 'groups.csv'), wardCsv(2));
    const campaign = await withLogo(notice, 'notice-only-logo');
    const groups = join(dirname(campaign), 'groups.csv');
    const built = await runCliInProcess([
      ...buildArgs(campaign, groups, join(dir, 'out-td'), '--kind', 'notice', '--quiet'),
      '--lang',
      'vi',
    ]);
    expect(built.code, built.stderr).toBe(0);
    expect(built.stderr).toMatch(WARNED);
    expect(built.stderr).toMatch(
      /^gợi ý: Áp phích làm được khi chiến dịch có việc người dân cần làm/m,
    );
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

  it.each([
    ['the first example (an app)', dirname(EXAMPLE_CAMPAIGN), 'hai-phong'],
    ['the second example (no app)', SECOND, 'tan-dinh'],
  ])(
    'is not said of %s, which makes posters, whatever kinds are built',
    async (_, example, name) => {
      const campaign = await withLogo(example, name);
      const groups = join(dirname(campaign), 'groups.csv');
      const built = await runCliInProcess([
        ...buildArgs(campaign, groups, join(dir, `out-${name}`), '--kind', 'notice', '--quiet'),
        '--lang',
        'vi',
      ]);
      expect(built.code, built.stderr).toBe(0);
      expect(built.stderr).not.toMatch(/assets\.logo/);
    },
  );
});

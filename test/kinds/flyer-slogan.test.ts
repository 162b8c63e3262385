/**
 * A campaign's slogan without an app: no poster carries it, so the flyer prints it under the
 * title and subject (qa22: a fire-safety campaign's "Mỗi nhà một bình chữa cháy" was warned of as
 * printed nowhere). With an app it stays the posters' (the example's flyer has none). Read from
 * the built flyer's text and `check`'s output.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCampaignText, type TextBuild } from '../support/campaign-build.js';
import { checkVi } from '../support/cli.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const SLOGAN = 'Mỗi nhà một bình chữa cháy';
const CAMPAIGN = `${NOTICE_ONLY}title: An toàn phòng cháy, chữa cháy dịp Tết
slogan: ${SLOGAN}
actions:
  - step: Trang bị ít nhất 01 bình chữa cháy xách tay
`;
const GROUPS = 'Mã,Tên khu phố\n1,Khu phố 1\n';

let built: TextBuild;
beforeAll(async () => {
  built = await buildCampaignText(CAMPAIGN, GROUPS, 'flyer');
}, 120_000);

describe('the slogan of a campaign without an app', () => {
  it('is printed on the flyer, under the title, before the steps', async () => {
    expect(built.code, built.stderr).toBe(0);
    const text = (await built.text('khu-pho-1', 'flyer')).replace(/\s+/g, ' ');
    const at = text.indexOf(SLOGAN);
    expect(at, text).toBeGreaterThan(text.indexOf('An toàn phòng cháy'));
    expect(at).toBeLessThan(text.indexOf('Trang bị ít nhất 01 bình'));
  });

  it('is not warned of as printed nowhere', async () => {
    const r = await checkVi(join(built.dir, 'campaign.yaml'), join(built.dir, 'groups.csv'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('khẩu hiệu');
    expect(r.stderr).not.toContain('slogan');
  });
});

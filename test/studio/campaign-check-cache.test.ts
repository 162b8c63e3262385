/**
 * The studio's check of a campaign's text (what the edit page, the build tab, the groups page
 * and the leaders' tab say of it) is made once per state of everything it reads: the same text
 * checked again is answered from the check made then, and a change to the groups file, a picture
 * the text names or a file under the campaign's templates/ is said at the next check, the text
 * unchanged.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { say } from '../../src/messages/message.js';
import { checkCampaignText } from '../../src/studio/campaign-file.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

const png = (side: number, red = 200) =>
  sharp({
    create: { width: side, height: side, channels: 3, background: { r: red, g: 0, b: 0 } },
  })
    .png()
    .toBuffer();

describe('the studio’s check of a campaign, made again when what it reads changes', () => {
  let file: string;
  let groups: string;
  let folder: string;
  let text: string;
  let rows: string[];
  const warnings = async () =>
    (await checkCampaignText(text, file, groups)).warnings.map((w) => say(w.text, 'vi'));

  beforeAll(async () => {
    folder = await makeTempDir('check-cache-');
    file = join(folder, 'campaign.yaml');
    groups = join(folder, 'groups.csv');
    text = readFileSync(EXAMPLE_CAMPAIGN, 'utf8').replace(
      /^issued:/m,
      'assets:\n  logo: logo.png\nissued:',
    );
    writeFileSync(file, text);
    rows = readFileSync(EXAMPLE_GROUPS, 'utf8').split('\n').slice(0, 3);
    writeFileSync(groups, `${rows.join('\n')}\n`);
    writeFileSync(join(folder, 'logo.png'), await png(1200));
  });
  afterAll(removeTempDirs);

  it('says the same of the same state, and a caller’s change to its lists is its own', async () => {
    const first = await checkCampaignText(text, file, groups);
    expect(first.errors).toEqual([]);
    expect(first.warnings).toEqual([]);
    first.warnings.push(first.warnings[0] as never);
    expect(await warnings()).toEqual([]);
  });

  it('says a picture replaced by a smaller one of the same name', async () => {
    expect((await warnings()).some((w) => w.includes('logo.png'))).toBe(false);
    writeFileSync(join(folder, 'logo.png'), await png(30));
    expect(await warnings()).toContain(
      'ảnh logo “logo.png” chỉ có 30 × 30 điểm ảnh: in ra sẽ mờ, thành các ô vuông',
    );
    writeFileSync(join(folder, 'logo.png'), await png(1200));
    expect((await warnings()).some((w) => w.includes('logo.png'))).toBe(false);
  });

  it('answers the same state from the check made before, and checks anew once a file changed', async () => {
    writeFileSync(join(folder, 'logo.png'), await png(30));
    const a = await checkCampaignText(text, file, groups);
    const b = await checkCampaignText(text, file, groups);
    expect(a.warnings.length).toBe(1);
    // The lists are the caller's own, but the warning is the one the first check made: not
    // checked again (~15 ms a studio page).
    expect(b.warnings).not.toBe(a.warnings);
    expect(b.warnings[0]).toBe(a.warnings[0]);
    // Another 30-pixel logo, the same size: the same words, from a check made again.
    writeFileSync(join(folder, 'logo.png'), await png(30, 100));
    const c = await checkCampaignText(text, file, groups);
    expect(c.warnings).toEqual(a.warnings);
    expect(c.warnings[0]).not.toBe(a.warnings[0]);
    writeFileSync(join(folder, 'logo.png'), await png(1200));
  });

  it('says a script put in the campaign’s templates/web/, and no more once it is gone', async () => {
    const script = (ws: string[]) => ws.some((w) => w.includes('templates/web/share.js'));
    expect(script(await warnings())).toBe(false);
    mkdirSync(join(folder, 'templates', 'web'), { recursive: true });
    writeFileSync(join(folder, 'templates', 'web', 'share.js'), '// the office’s own\n');
    expect(script(await warnings())).toBe(true);
    rmSync(join(folder, 'templates'), { recursive: true });
    expect(script(await warnings())).toBe(false);
  });

  it('says a column the groups file no longer has', async () => {
    const households = (ws: string[]) =>
      ws.some((w) => w.startsWith('danh sách không có cột “Số hộ”'));
    expect(households(await warnings())).toBe(false);
    // The households column (the example's sixth) left out of every row.
    writeFileSync(
      groups,
      `${rows
        .map((r) =>
          r
            .split(';')
            .filter((_, i) => i !== 5)
            .join(';'),
        )
        .join('\n')}\n`,
    );
    expect(households(await warnings())).toBe(true);
  });
});

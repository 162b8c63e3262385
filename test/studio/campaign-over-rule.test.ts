/**
 * "The campaign is over": one rule and one sentence in `check` and the studio (read48 #2). The
 * build tab showed `check`'s warning ("chiến dịch đã kết thúc ngày …: giấy in ra sẽ báo một việc
 * đã qua", no contest asked of) and "Tạo tệp in" then asked by a rule of its own, in its own words,
 * of contests too. Now the question page says `check`'s sentence, by `check`'s rule: the fire
 * drill re-dated into the past (no contest) is warned by `check`, warned on the build tab and
 * asked before printing, in one sentence; the example's contest, over since 11/11/2025, is asked
 * in the same sentence by the studio (qa31 M3), and `check` alone leaves it unsaid (the suite's
 * example: campaign-days.ts endedOn).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wardDay } from '../../src/ward-time.js';
import { browserForm } from '../support/browser-form.js';
import { checkVi } from '../support/cli.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { type Client, plainText, studioWithExample, type TestStudio } from './studio.js';

const QA40 = 'test/fixtures/qa40';
const dmy = (iso: string) => iso.split('-').reverse().join('/');
/** The sentence's words before the day it is said (`check`'s today is the tests', the studio's the clock's). */
const OVER = 'hiến dịch đã kết thúc ngày 15/11/2026 (hôm nay là ngày';

/** The fire drill (notice 03/12/2026, drill 06/12/2026) re-dated: notice 10/11, drill 15/11/2026. */
const pastDrill = async () =>
  (await readFile(join(QA40, 'd-pccc.yaml'), 'utf8'))
    .replace('issued: 2026-12-03', 'issued: 2026-11-10')
    .replaceAll('06/12/2026', '15/11/2026');

describe('the campaign over, in check and in the studio', () => {
  let s: TestStudio;
  let c: Client;
  beforeAll(async () => {
    ({ s, c } = await studioWithExample({}, 'thi-2025', undefined, { groups: 2 }));
    const folder = join(s.dataDir, 'campaigns', 'pccc-cu');
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'campaign.yaml'), await pastDrill());
    await writeFile(join(folder, 'groups.csv'), await readFile(join(QA40, 'groups.csv')));
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  const press = async (slug: string) => {
    const tab = await c.get(`/c/${slug}/build`);
    const form = browserForm(tab.text, (f) => f.attribs.action === `/c/${slug}/build`);
    return { tab: plainText(tab.text), answer: await c.postRaw(form.action, form.fields) };
  };

  it('a campaign without a contest: warned by check and the build tab, asked in the same words', async () => {
    const file = join(await makeTempDir(), 'd-pccc.yaml');
    await writeFile(file, await pastDrill());
    const checked = await checkVi(file, join(QA40, 'groups.csv'));
    expect(checked.code, checked.stderr).toBe(0);
    expect(checked.stderr).toContain(`c${OVER}`);

    const { tab, answer } = await press('pccc-cu');
    expect(tab).toMatch(new RegExp(`[Cc]${OVER.replace(/[()]/g, '\\$&')}`));
    expect(answer.status).toBe(200);
    expect(plainText(answer.text)).toContain(
      `C${OVER} ${dmy(wardDay())}): giấy in ra sẽ báo một việc đã qua.`,
    );
  }, 120_000);

  it('a contest over: asked by the studio in the same sentence, not said by check', async () => {
    const checked = await checkVi(EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS);
    expect(checked.code, checked.stderr).toBe(0);
    expect(checked.stderr).not.toContain('đã kết thúc');

    const { answer } = await press('thi-2025');
    expect(answer.status).toBe(200);
    expect(plainText(answer.text)).toContain(
      `Cuộc thi đã kết thúc ngày 11/11/2025 (hôm nay là ngày ${dmy(wardDay())}): giấy in ra sẽ báo một cuộc thi đã qua.`,
    );
    // Where a contest's days are, not "thời gian" (the `when` line: mended, it is asked again).
    expect(plainText(answer.text)).toContain('ngày bắt đầu và ngày kết thúc của cuộc thi');
  }, 180_000);
});

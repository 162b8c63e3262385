/**
 * Who saved a campaign is recorded in the save's own turn (review: recorded after it, a
 * colleague's save refused a moment later could read the record of the state before, and name
 * the wrong colleague or none): saves sent at once from the same opened page, through the page's
 * own form as the office's browsers send it, one is saved and each other is refused naming the
 * account whose save came first — the one whose slogan the page shows afterwards. And the record
 * is in place for the file's very next turn, which only a turn queued in the same tick reaches.
 */
import { cp, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaignForm, campaignVersion, saveCampaignForm } from '../../src/studio/campaign-file.js';
import { readSavedBy } from '../../src/studio/campaign-folders.js';
import { inTurn } from '../../src/studio/in-turn.js';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { openCampaignPage } from './campaign-page.js';
import { addTestUser, Client, plainText, studioWithExample, type TestStudio } from './studio.js';

const STAFF = ['lan.vhxh', 'hung.vp'] as const;
const PASSWORD = 'mật khẩu của phòng văn hoá';

/**
 * The refusal's first sentence: a notice's <p>, or the first <p> of the block a save where both
 * changed the same field gets (its lines and choices follow: qa49 M2).
 */
const alertOf = (page: string) =>
  plainText(/class="notice error" role="alert">(?:<p>)?(.*?)<\/p>/s.exec(page)?.[1] ?? '');

describe('who saved, recorded in the save’s turn', () => {
  let s: TestStudio;
  const staff = new Map<string, Client>();
  const clientOf = (name: string) => {
    const c = staff.get(name);
    if (!c) throw new Error(`no client for ${name}`);
    return c;
  };
  beforeAll(async () => {
    ({ s } = await studioWithExample());
    for (const name of STAFF) {
      await addTestUser(s.store.db, name, PASSWORD);
      const c = new Client(s.url);
      expect((await c.signIn(name, PASSWORD)).status).toBe(303);
      staff.set(name, c);
    }
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it('names, to each save refused at once, the account whose save came first', async () => {
    // Each round: Lan (in two tabs) and Hưng open the page, then all three press Lưu at once.
    for (let round = 0; round < 4; round++) {
      const senders = round % 2 ? ['hung.vp', 'lan.vhxh', 'lan.vhxh'] : [...STAFF, 'lan.vhxh'];
      const opened = await Promise.all(
        senders.map(async (name) => ({ name, fields: await openCampaignPage(clientOf(name)) })),
      );
      const answers = await Promise.all(
        opened.map(({ name, fields }, tab) =>
          clientOf(name).postRaw('/c/hai-phong', {
            ...fields,
            slogan: `Khẩu hiệu ${round} của ${name}, tab ${tab}`,
          }),
        ),
      );
      expect(answers.map((a) => a.status).sort(), `round ${round}`).toEqual([303, 409, 409]);
      const slogan = (await openCampaignPage(clientOf('hung.vp'))).slogan ?? '';
      const first = /của (\S+), tab/.exec(slogan)?.[1];
      expect(STAFF, slogan).toContain(first);
      answers.forEach((a, tab) => {
        if (a.status !== 409) return;
        // Lan's other tab is told it was her account (a tab or a computer); anyone else the name.
        const said = alertOf(a.text);
        if (senders[tab] === first)
          expect(said, `round ${round}`).toMatch(
            new RegExp(
              `^Chưa lưu: Chiến dịch này đã được lưu bằng tài khoản ${first?.replace('.', '\\.')} \\(tài khoản bạn đang dùng\\)`,
            ),
          );
        else
          expect(said, `round ${round}`).toMatch(
            new RegExp(`^Chưa lưu: ${first?.replace('.', '\\.')} đã lưu chiến dịch này lúc `),
          );
      });
    }
  });
});

describe('who saved, in place for the file’s next turn', () => {
  afterAll(removeTempDirs);

  // The record written just after the turn (not in it) leaves a gap of a few microtasks, which
  // requests over HTTP do not reach (the test above passes so); a turn queued at once does.
  it('has the record in place for the file’s next turn, whatever it is', async () => {
    const folder = join(await makeTempDir('phuong-print-saved-by-'), 'hai-phong');
    await cp(dirname(EXAMPLE_CAMPAIGN), folder, { recursive: true });
    await rm(join(folder, 'groups.xlsx'));
    const c = { file: join(folder, 'campaign.yaml'), folder, groups: join(folder, 'groups.csv') };
    for (const user of ['lan.vhxh', 'hung.vp', 'lan.vhxh']) {
      const text = await readFile(c.file, 'utf8');
      const saving = saveCampaignForm(
        c,
        { ...campaignForm(text), slogan: `Khẩu hiệu của ${user}` },
        campaignVersion(text),
        [],
        user,
      );
      // The next change of the file waits for the save's turn: by then, the record names it.
      const next = inTurn(c.file, async () => readSavedBy(folder));
      expect((await saving).saved).toBe(true);
      expect((await next)?.user).toBe(user);
    }
  });
});

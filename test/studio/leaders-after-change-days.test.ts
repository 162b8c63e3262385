/**
 * The leader's "Cập nhật" note says "hạn mới" only when the group's own last day changed (final
 * read of qa26 F4): a `when` that prints each group's own day from the groups file is compared
 * group by group, not with the first group's; a day written without its year is read as the
 * leader's page reads it, in the notice's year. A correction of the notice's number alone says
 * the new number and no new deadline. The QA round's campaign without a contest
 * (test/fixtures/qa26-sxh), its three groups given their own last days.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { Client, plainText, studioWithCampaign, type TestStudio } from './studio.js';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'qa26-sxh');
const SLUG = 'sxh';
/** Each group's last day, in a column of the groups file. */
const DAYS = ['20/12/2026', '25/12/2026', '30/12/2026'];

let s: TestStudio | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
  await removeTempDirs();
});

/** The campaign with `when` as given, its links opened, then its notice renumbered 418 → 419. */
async function renumberedAfterOpening(when: string): Promise<Map<string, string>> {
  const started = await studioWithCampaign(SLUG, [join(FIXTURE, 'campaign.yaml')]);
  s = started.s;
  const office = started.c;
  const file = join(started.folder, 'campaign.yaml');
  const yaml = (await readFile(file, 'utf8')).replace(
    'when: Từ ngày 05/12/2026 đến hết ngày 15/01/2027',
    `when: ${when}`,
  );
  expect(yaml).toContain(`when: ${when}`);
  await writeFile(file, yaml);
  const groups = (await readFile(join(FIXTURE, 'groups.csv'), 'utf8')).trim().split(/\r?\n/);
  await writeFile(
    join(started.folder, 'groups.csv'),
    `${groups.map((l, i) => `${l};${i === 0 ? 'Hạn' : DAYS[i - 1]}`).join('\n')}\n`,
  );
  const leaders = `/c/${SLUG}/leaders`;
  expect((await office.post(`${leaders}/open`, {}, leaders)).status).toBe(303);
  const tab = (await office.get(leaders)).text;
  const links = new Map(
    [
      ...tab.matchAll(
        /class="leader-link">\s*<h2 class="group-name"><strong>([^<]+)<\/strong>[\s\S]*?class="leader-url" value="([^"]+)"/g,
      ),
    ].map((m) => [m[1] ?? '', new URL(m[2] ?? '').pathname]),
  );
  expect(links.size).toBe(3);
  await writeFile(file, yaml.replace('  number: 418 ', '  number: 419 '));
  return links;
}

async function pageOf(links: Map<string, string>, group: string): Promise<string> {
  const url = links.get(group);
  expect(url, group).toBeDefined();
  return plainText((await new Client(s?.url ?? '').get(url ?? '')).text);
}

describe('a renumbered notice, the groups’ last days unchanged', () => {
  it('says no new deadline to a group whose own day differs from the first group’s', async () => {
    const links = await renumberedAfterOpening('Từ ngày 05/12/2026 đến hết ngày {{group.[Hạn]}}');
    for (const group of ['Tổ dân phố 1', 'Tổ dân phố 2', 'Tổ dân phố 3']) {
      const page = await pageOf(links, group);
      expect(page, group).toContain('văn bản mới số 419/UBND-VHXH thay văn bản số 418/UBND-VHXH');
      expect(page, group).not.toContain('hạn mới');
    }
  });

  it('says no new deadline for a last day written without its year', async () => {
    const links = await renumberedAfterOpening('Từ 19h30 ngày 15/12');
    const page = await pageOf(links, 'Tổ dân phố 2');
    expect(page).toContain('văn bản mới số 419/UBND-VHXH thay văn bản số 418/UBND-VHXH');
    expect(page).not.toContain('hạn mới');
  });
});

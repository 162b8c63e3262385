/**
 * A leader's name typed with the tone mark placed the other way ("Hoà" in the file the links went
 * out with, "Hòa" in the one uploaded again: old and new placement, both in use) is the same
 * leader: the leaders tab asks to send no link to a "new" leader, the leader's page says nothing
 * changed, and the name is printed as the new file gives it. A leader really replaced still is.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { GROUPS, openedWithGroups, visible } from './results-figures.js';
import { Client, type TestStudio } from './studio.js';

/** Tổ 2's leader as first listed, then as typed again (tone mark on the o), decomposed too. */
const FIRST = 'Nguyễn Thị Hoà';
const AGAIN = 'Nguyễn Thị Hòa';
/** Tổ 3's leader replaced by another person. */
const REPLACED = 'Phạm Đức Thắng';
const SUCCESSOR = 'Đỗ Văn Toàn';

const listWith = (tổ2: string, tổ3: string) =>
  GROUPS.replace('Trần Thị Thu Hằng', tổ2).replace(REPLACED, tổ3);

describe('a leader’s name with its tone mark placed otherwise', () => {
  let s: TestStudio;
  let office: Client;
  let links: Map<string, string>;

  beforeAll(async () => {
    let folder: string;
    ({ s, office, folder, links } = await openedWithGroups(listWith(FIRST, REPLACED)));
    // Typed again: tổ 2's leader with the other placement (and decomposed), tổ 3's replaced.
    await writeFile(join(folder, 'groups.csv'), listWith(AGAIN.normalize('NFD'), SUCCESSOR));
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  /** The leaders tab's entry of `group`, as read. */
  const entry = (tab: string, group: string) =>
    visible(tab.slice(tab.indexOf(`<strong>${group}</strong>`)).split('</li>')[0] ?? '');

  it('asks for no link to a new leader on the leaders tab, and prints the name as typed again', async () => {
    const tab = (await office.get('/c/hai-phong/leaders')).text;
    const same = entry(tab, 'Tổ dân phố số 2');
    expect(same).toContain(AGAIN);
    expect(same).not.toContain('mới:');
    expect(same).not.toContain('người mới');
    // The control: a leader really replaced is still said to be new.
    expect(entry(tab, 'Tổ dân phố số 3')).toContain(`mới: ${SUCCESSOR}`);
  });

  it('tells the leader of tổ 2 of no change', async () => {
    const leader = new Client(s.url);
    const path = links.get('Tổ dân phố số 2') ?? '';
    const page = visible((await leader.get(path)).text);
    expect(page).not.toContain('Cập nhật ngày');
    expect(page).not.toContain('tổ trưởng mới');
    // The control: tổ 3's leader reads that the list names a new leader.
    const other = links.get('Tổ dân phố số 3') ?? '';
    expect(visible((await leader.get(other)).text)).toContain(`tổ trưởng mới: ${SUCCESSOR}`);
  });
});

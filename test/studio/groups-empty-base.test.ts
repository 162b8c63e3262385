/**
 * A list whose "Số nhân khẩu" is empty in every row, for a campaign whose measures count people
 * (qa21 #2: "22 tổ đọc được." and nothing else, then a report with no rank and no rate): the
 * groups page says it after the upload, and the edit page says it at the measures field, with
 * the fix (fill the column, or count in households, which the list has). The example's list is
 * uploaded with its population column emptied; counts and labels are read from the files.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { removeTempDirs } from '../support/tmp.js';
import { type Client, plainText as plain, studioWithExample, type TestStudio } from './studio.js';

const page = '/c/hai-phong/groups';

describe('a people measure over a list with no population', () => {
  let s: TestStudio;
  let c: Client;
  let rows = 0;
  let people: string[] = [];
  beforeAll(async () => {
    let folder: string;
    ({ s, c, folder } = await studioWithExample());
    const lines = (await readFile(join(folder, 'groups.csv'), 'utf8')).trimEnd().split(/\r?\n/);
    rows = lines.length - 1;
    // The last column, "Số nhân khẩu", emptied in every row.
    const emptied = [lines[0], ...lines.slice(1).map((l) => l.replace(/;[^;]*$/, ';'))];
    const res = await c.upload(page, 'file', 'to.csv', Buffer.from(emptied.join('\r\n')), {}, page);
    expect(res.status, plain(res.text)).toBe(303);
    const campaign = parse(await readFile(join(folder, 'campaign.yaml'), 'utf8'));
    people = campaign.measures
      .filter((m: { of: string }) => m.of === 'people')
      .map((m: { label: string }) => `“${m.label}”`);
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  const said = () =>
    `cột “Số nhân khẩu” trống ở cả ${rows} dòng: ${people.join(', ')} sẽ không có tỷ lệ, không xếp hạng`;

  it('is warned of on the groups page, with the fix', async () => {
    const text = plain((await c.get(page)).text);
    expect(people.length).toBeGreaterThan(0);
    expect(text).toContain(said().replace(/^c/, 'C'));
    // In the studio's words: the measures field, not a campaign.yaml key.
    expect(text).toContain(
      'Ghi số nhân khẩu của từng tổ vào danh sách rồi tải lên lại; hoặc tính theo hộ: ở ô “Chỉ tiêu” (thẻ Nội dung), sau dấu “|” ghi “hộ”.',
    );
    expect(text).not.toContain('of: households');
  });

  it('is warned of on the edit page at the measures field, in the form’s words', async () => {
    const text = plain((await c.get('/c/hai-phong')).text);
    expect(text).toContain(`Mục “Chỉ tiêu”, dòng 1: ${said()}`);
    expect(text).toContain(
      'Ghi số nhân khẩu của từng tổ vào danh sách; hoặc tính theo hộ: sau dấu “|” ghi “hộ”.',
    );
  });
});

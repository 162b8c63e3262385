/**
 * A campaign whose Nội dung holds a typo of a known field, {{group.leadr}} (qa20 finding 6): the
 * groups page told the office to add a column "leadr" to its Excel file. It now says what the
 * edit page says, "Có phải “leader”? Hãy ghi {{group.leader}}", at the field (linked), and a new
 * file is taken without asking for that column; a column the file truly lacks is still asked
 * for. Expected words from the campaign written here and the example's groups file.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { type Client, plainText as plain, studioWithExample, type TestStudio } from './studio.js';

const page = '/c/hai-phong/groups';

describe('the groups page on a campaign whose text misspells a known field', () => {
  let s: TestStudio;
  let c: Client;
  let folder: string;
  beforeAll(async () => {
    ({ s, c, folder } = await studioWithExample());
    const file = join(folder, 'campaign.yaml');
    const yaml = await readFile(file, 'utf8');
    await writeFile(
      file,
      yaml.replace('  body: |\n', '  body: |\n    Tổ trưởng: {{group.leadr}}.\n\n'),
    );
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  it('says which field was meant, as the edit page does, and asks for no column "leadr"', async () => {
    const html = (await c.get(page)).text;
    const text = plain(html);
    expect(text).toContain(
      'Mục “Nội dung” ở thẻ Nội dung ghi {{group.leadr}}. Danh sách tổ không có cột “leadr”. Có phải “leader”? Hãy ghi {{group.leader}}.',
    );
    expect(text).toContain('chưa tạo được tệp in');
    expect(html).toContain('<a href="/c/hai-phong#f-notice-body">“Nội dung”</a>');
    expect(text).not.toContain('cột “leadr” (in ở mục');
    expect(text).not.toContain('thêm cột đó vào tệp');
  });

  it('takes a new file without asking for the column, and says the typo on the page', async () => {
    const csv = await readFile(join(folder, 'groups.csv'));
    const res = await c.upload(page, 'file', 'to.csv', csv, {}, page);
    expect(res.status, plain(res.text)).toBe(303);
    const text = plain((await c.get(page)).text);
    expect(text).toContain('Có phải “leader”? Hãy ghi {{group.leader}}.');
  });

  it('still asks for a column the file truly lacks', async () => {
    const file = join(folder, 'campaign.yaml');
    const yaml = await readFile(file, 'utf8');
    await writeFile(file, yaml.replace('{{group.leadr}}', '{{group.[Nơi niêm yết]}}'));
    const text = plain((await c.get(page)).text);
    expect(text).toContain(
      'Danh sách đang dùng không có cột mà nội dung chiến dịch cần in: cột “Nơi niêm yết” (in ở mục “Nội dung”).',
    );
  });
});

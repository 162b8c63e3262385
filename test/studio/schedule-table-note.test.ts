/**
 * The notice body's schedule table against each tổ's own day and hour columns (qa50 m2): the
 * studio's Nội dung page said the tổ the table says otherwise, but not what to do, which `check`
 * says (qa53). Now the page says it too. Read from the page over HTTP, on the example campaign
 * with a table at the head of its body and a groups list whose tổ 2 has another hour.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';
import { exampleForTests, plainText } from './studio.js';

const GROUPS = [
  'STT;Tên tổ dân phố;Ngày học;Giờ học',
  '1;Tổ dân phố số 1;12/12/2026;07:30',
  '2;Tổ dân phố số 2;13/12/2026;8h00',
  '',
].join('\r\n');
const TABLE = [
  '| **STT** | **Ngày** | **Giờ** |',
  '| --- | --- | --- |',
  '| 1 | Thứ Bảy, 12/12/2026 | 7h30 - 10h00 |',
  '| 2 | Chủ nhật, 13/12/2026 | 14h00 - 16h30 |',
];

describe('the Nội dung page of a notice whose schedule table disagrees with a tổ', () => {
  const ex = exampleForTests();
  beforeAll(async () => {
    const yaml = await readFile(EXAMPLE_CAMPAIGN, 'utf8');
    expect(yaml).toContain('  body: |\n');
    const body = TABLE.map((l) => `    ${l}\n`).join('');
    await writeFile(ex.file, yaml.replace('  body: |\n', `  body: |\n${body}\n`));
    await writeFile(join(dirname(ex.file), 'groups.csv'), GROUPS);
  });

  it('says the tổ, both hours and what to do, as check does', async () => {
    const page = plainText((await ex.c.get('/c/hai-phong')).text);
    expect(page).toContain(
      'Tổ dân phố số 2: bảng lịch trong nội dung thông báo ghi Chủ nhật, 13/12/2026, 14h00 - 16h30',
    );
    expect(page).toContain(
      'sửa bảng trong nội dung thông báo hoặc ô trong danh sách tổ cho khớp nhau',
    );
  });
});

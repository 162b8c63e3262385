/**
 * A groups file renumbered after a deleted row, uploaded once the leaders' pages are open: the
 * links already sent would open other groups' pages, so the studio says which ids moved and keeps
 * the file in use, unless the office ticks that it knows. A name edited on its own row (a real
 * rename) is taken without a question.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleGroupRows, xlsxBytes } from '../support/inputs.js';
import { removeTempDirs } from '../support/tmp.js';
import { type Client, studioWithExample, type TestStudio } from './studio.js';

describe('a renumbered groups file, once the leaders have their links', () => {
  let s: TestStudio;
  let office: Client;
  const page = '/c/hai-phong/groups';
  let header: (string | number)[];
  let rows: (string | number)[][];

  beforeAll(async () => {
    ({ s, c: office } = await studioWithExample());
    [header = [], ...rows] = await exampleGroupRows();
    const open = await office.post('/c/hai-phong/leaders/open', {}, '/c/hai-phong/leaders');
    expect(open.status).toBe(303);
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  // Tổ dân phố số 4 merged away: its row deleted, the rows under it renumbered 4, 5, 6…
  const renumbered = () =>
    xlsxBytes({
      'Danh sách': [
        header,
        ...rows.filter((r) => r[0] !== 4).map((r, i) => [i + 1, ...r.slice(1)]),
      ],
    });

  it('is refused with the ids that moved and what to do; the file in use stays', async () => {
    const before = await readFile(join(s.dataDir, 'campaigns', 'hai-phong', 'groups.csv'));
    const res = await office.upload(page, 'file', 'to.xlsx', await renumbered(), {}, page);
    expect(res.status).toBe(409);
    const text = res.text.replace(/\s+/g, ' ');
    expect(text).toContain(
      'Mã 4 trước là “Tổ dân phố số 4”, nay là “Tổ dân phố số 5”; mã 5 trước là “Tổ dân phố số 5”, nay là “Tổ dân phố số 6”; mã 6 trước là “Tổ dân phố số 6”, nay là “Tổ dân phố số 7” và 25 mã khác: đường dẫn đã gửi cho tổ trưởng sẽ mở sai tổ',
    );
    expect(text).toContain('Giữ nguyên STT cũ của từng tổ');
    expect(text).toContain('Danh sách cũ vẫn giữ nguyên');
    expect(text).toContain('name="confirmShift"');
    expect(await readFile(join(s.dataDir, 'campaigns', 'hai-phong', 'groups.csv'))).toEqual(before);
  });

  it('is taken when the office ticks that it knows', async () => {
    const res = await office.upload(
      page,
      'file',
      'to.xlsx',
      await renumbered(),
      { confirmShift: '1' },
      page,
    );
    expect(res.status).toBe(303);
    expect((await office.get(page)).text).toContain('31 tổ đọc được');
  });

  it('takes a name edited on its own row without a question', async () => {
    // The file in use is now the renumbered one: rename its Tổ dân phố số 7 (id 6).
    const current = [
      header,
      ...rows.filter((r) => r[0] !== 4).map((r, i) => [i + 1, ...r.slice(1)]),
    ];
    const edited = current.map((r) =>
      r[0] === 6 ? [6, 'Tổ dân phố số 7 (Hàng Kênh)', ...r.slice(2)] : r,
    );
    const res = await office.upload(
      page,
      'file',
      'to.xlsx',
      await xlsxBytes({ 'Danh sách': edited }),
      {},
      page,
    );
    expect(res.status).toBe(303);
  });
});

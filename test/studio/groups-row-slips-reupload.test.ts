/**
 * A groups file with ordinary slips (an empty name, an empty STT, "khoảng 130" households)
 * uploaded again once the leaders have their links (qa23 #2). Its faulty rows are groups the
 * list in use has: they are rows to fix, said first with row and column, never "ids gone", and
 * the file is not taken (no box to tick) until they are fixed, so no leader's link dies. An id
 * truly absent from the new file is still asked about with the box.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArgs, runCliInProcess } from '../support/cli.js';
import { exampleGroupRows, xlsxBytes } from '../support/inputs.js';
import { removeTempDirs } from '../support/tmp.js';
import { leaderLinks } from './results-figures.js';
import { type Client, plainText as plain, studioWithExample, type TestStudio } from './studio.js';

/** A page's text as read: a row's link and its column run on ("Dòng 4, cột …"). */
const plainText = (page: string) => plain(page).replace(/ ,/g, ',');

/** The example's rows as cells, STT and the figures (households, people) numbers as Excel keeps them. */
const exampleRows = () => exampleGroupRows([0, 5, 6]);

/** The example's list with three slips: Excel row 4 (id 3) no name, row 7 (id 6) no STT, row 8 (id 7) "khoảng 130" hộ. */
function slipped(header: (string | number)[], rows: (string | number)[][]) {
  return xlsxBytes({
    'Danh sách': [
      header,
      ...rows.map((r) =>
        r[0] === 3
          ? [3, '', ...r.slice(2)]
          : r[0] === 6
            ? ['', ...r.slice(1)]
            : r[0] === 7
              ? [...r.slice(0, 5), 'khoảng 130', r[6] ?? '']
              : r,
      ),
    ],
  });
}

describe('a groups file with row slips, once the campaign was built (its papers carry the links)', () => {
  let s: TestStudio;
  let office: Client;
  let folder: string;
  const page = '/c/hai-phong/groups';

  beforeAll(async () => {
    ({ s, c: office, folder } = await studioWithExample());
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  it('says the rows to fix, not ids gone, and keeps the file in use', async () => {
    // Built into the campaign's out/ (what the studio reads as papers printed: the build's
    // manifest), the leaders' pages never opened. By the CLI's code, the flyers alone: the
    // studio's "Tạo tệp in" drew every kind for the 32 groups, ~250 documents, for a file's
    // existence (its own build is build*.test.ts's).
    const built = await runCliInProcess(
      buildArgs(
        join(folder, 'campaign.yaml'),
        join(folder, 'groups.csv'),
        join(folder, 'out'),
        '--kind',
        'flyer',
        '--quiet',
      ),
    );
    expect(built.code, built.stderr).toBe(0);
    expect(existsSync(join(folder, 'out', 'manifest.json'))).toBe(true);
    const [header = [], ...rows] = await exampleRows();
    const before = await readFile(join(folder, 'groups.csv'));
    const res = await office.upload(
      page,
      'file',
      'to-loi.xlsx',
      await slipped(header, rows),
      {},
      page,
    );
    expect(res.status).toBe(422);
    const text = plainText(res.text);
    expect(text).toContain('Dòng 4, cột “Tên tổ dân phố”');
    expect(text).toContain('mã 6 “Tổ dân phố số 6”: dòng 7');
    expect(text).not.toContain('không còn trong tệp mới');
    expect(res.text).not.toContain('name="confirmShift"');
    expect(await readFile(join(folder, 'groups.csv'))).toEqual(before);
  });
});

describe('a groups file with row slips, once the leaders have their links', () => {
  let s: TestStudio;
  let office: Client;
  let folder: string;
  let links: Map<string, string>;
  const page = '/c/hai-phong/groups';
  let header: (string | number)[];
  let rows: (string | number)[][];

  beforeAll(async () => {
    ({ s, c: office, folder } = await studioWithExample());
    [header = [], ...rows] = await exampleRows();
    links = await leaderLinks(office, 'hai-phong');
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  const withSlips = () => slipped(header, rows);

  it('says the rows to fix first, with row and column, and names no id as gone', async () => {
    const before = await readFile(join(folder, 'groups.csv'));
    const res = await office.upload(page, 'file', 'to-loi.xlsx', await withSlips(), {}, page);
    expect(res.status).toBe(422);
    const text = plainText(res.text);
    // The refusal's notice, before the upload form.
    const notice = text.slice(0, text.indexOf('Tải lên danh sách'));
    expect(notice).toContain('Chưa dùng tệp này');
    expect(notice).toContain('Dòng 4, cột “Tên tổ dân phố”');
    expect(notice).toContain('Dòng 7, cột “STT”');
    expect(notice).toContain('Dòng 8, cột “Số hộ”');
    expect(notice).toContain('“khoảng 130”');
    // Each is a group in use, by its id and name, as a row to fix.
    expect(notice).toContain('mã 3 “Tổ dân phố số 3”: dòng 4');
    expect(notice).toContain('mã 6 “Tổ dân phố số 6”: dòng 7');
    expect(notice).toContain('mã 7 “Tổ dân phố số 7”: dòng 8');
    expect(notice).not.toContain('không còn trong tệp mới');
    // No box to use the file anyway: fixing the rows is the way.
    expect(res.text).not.toContain('name="confirmShift"');
    // The table shown is the new file's, its faulty rows in red.
    expect(text).toContain('Tệp vừa chọn (chưa dùng): to-loi.xlsx');
    expect(text).toContain('29 tổ đọc được, 3 dòng có lỗi');
    expect(res.text).toMatch(/<tr class="bad" id="row-8">.*?khoảng 130/s);
    // The file in use stays, and tổ 3's leader link still opens its page.
    expect(await readFile(join(folder, 'groups.csv'))).toEqual(before);
    const t3 = await office.get(links.get('Tổ dân phố số 3') ?? '/none');
    expect(t3.status).toBe(200);
    expect(plainText(t3.text)).toContain('Tổ dân phố số 3');
  });

  it('is not taken even with the box ticked: the groups of those rows keep their links', async () => {
    const res = await office.upload(
      page,
      'file',
      'to-loi.xlsx',
      await withSlips(),
      { confirmShift: '1' },
      page,
    );
    expect(res.status).toBe(422);
    expect(plainText(res.text)).toContain('Dòng 4, cột “Tên tổ dân phố”');
    expect((await office.get(links.get('Tổ dân phố số 6') ?? '/none')).status).toBe(200);
  });

  it('asks with the box for an id truly removed, not for a row to fix', async () => {
    // Tổ 5's row deleted (tổ 7 now at Excel row 7); tổ 7's row still has "khoảng 130".
    const bytes = await xlsxBytes({
      'Danh sách': [
        header,
        ...rows
          .filter((r) => r[0] !== 5)
          .map((r) => (r[0] === 7 ? [...r.slice(0, 5), 'khoảng 130', r[6] ?? ''] : r)),
      ],
    });
    const res = await office.upload(page, 'file', 'to-bot.xlsx', bytes, {}, page);
    const text = plainText(res.text);
    const notice = text.slice(0, text.indexOf('Tải lên danh sách'));
    expect(notice).toContain('Dòng 7, cột “Số hộ”');
    expect(notice).toContain('mã 7 “Tổ dân phố số 7”: dòng 7');
    expect(notice).toContain('1 mã không còn trong tệp mới (mã 5 “Tổ dân phố số 5”)');
    expect(notice).not.toMatch(/mã 7 “Tổ dân phố số 7”\)/);
    // Rows to fix come first: no box until then.
    expect(res.text).not.toContain('name="confirmShift"');
    // Fixed, only the removed id is left: now the box is offered, for it alone.
    const fixed = await xlsxBytes({
      'Danh sách': [header, ...rows.filter((r) => r[0] !== 5)],
    });
    const again = await office.upload(page, 'file', 'to-bot.xlsx', fixed, {}, page);
    expect(again.status).toBe(409);
    const said = plainText(again.text);
    expect(said).toContain('1 mã không còn trong tệp mới (mã 5 “Tổ dân phố số 5”)');
    expect(said).not.toContain('Dòng 7,');
    expect(again.text).toContain('name="confirmShift"');
    const ticked = await office.upload(
      page,
      'file',
      'to-bot.xlsx',
      fixed,
      { confirmShift: '1' },
      page,
    );
    expect(ticked.status).toBe(303);
    expect((await office.get(links.get('Tổ dân phố số 6') ?? '/none')).status).toBe(200);
  });
});

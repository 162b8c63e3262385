/**
 * qa25b F4: a groups file of 20,000 "tổ" (a households list given as the groups file) was taken
 * without a word by `check` and the studio, and the studio's groups tab sent all of it (2,000
 * rows then) as one page, reading the file again on every visit. Now a list of more than 2,000
 * groups — more than any ward has — is questioned by `check` and on the groups tab (still used),
 * and the tab shows the list a page of rows at a time, with a way to the next page and a search.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkVi } from '../support/cli.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { type Client, plainText, studioWithExample, type TestStudio } from './studio.js';

const GROUPS = '/c/hai-phong/groups';
const EXAMPLE = join(import.meta.dirname, '../../examples/hai-phong/campaign.yaml');

/** `count` groups in the example's columns; group 1777's leader alone is "Phạm Thị Lan". */
const list = (count: number) =>
  `${[
    'STT;Tên tổ dân phố;Tổ trưởng;Số hộ',
    ...Array.from(
      { length: count },
      (_, i) =>
        `${i + 1};Tổ dân phố số ${i + 1};${i + 1 === 1777 ? 'Phạm Thị Lan' : 'Nguyễn Văn An'};120`,
    ),
  ].join('\r\n')}\r\n`;

const QUESTIONED = /có vẻ là danh sách hộ\/người dân, không phải danh sách tổ/;

afterAll(removeTempDirs);

describe('a groups list longer than any ward’s, at check', () => {
  it('is questioned with its count above 2,000 groups, and still checked', async () => {
    const dir = await makeTempDir('phuong-print-large-list-');
    await writeFile(join(dir, 'groups.csv'), list(2001));
    const check = await checkVi(EXAMPLE, join(dir, 'groups.csv'));
    expect(check.code, check.stderr).toBe(0);
    const said = check.stderr.split('\n').filter((l) => QUESTIONED.test(l));
    expect(said).toEqual([
      `cảnh báo: ${join(dir, 'groups.csv')}: danh sách có 2.001 tổ, nhiều hơn hẳn số tổ của một phường, xã (vài chục đến vài trăm): có vẻ là danh sách hộ/người dân, không phải danh sách tổ`,
    ]);
    expect(check.stdout + check.stderr).toContain('2001 tổ');
  });

  it('is not questioned at 2,000 groups', async () => {
    const dir = await makeTempDir('phuong-print-large-list-');
    await writeFile(join(dir, 'groups.csv'), list(2000));
    const check = await checkVi(EXAMPLE, join(dir, 'groups.csv'));
    expect(check.code, check.stderr).toBe(0);
    expect(check.stderr).not.toMatch(QUESTIONED);
  });
});

describe('a groups list longer than any ward’s, in the studio', () => {
  let s: TestStudio;
  let c: Client;
  beforeAll(async () => {
    ({ s, c } = await studioWithExample());
    const answer = await c.upload(
      GROUPS,
      'file',
      'ho-dan.csv',
      new TextEncoder().encode(list(2001)),
      {},
      GROUPS,
    );
    expect(answer.status).toBeLessThan(400);
  });
  afterAll(async () => {
    await s?.close();
  });

  /** The rows of the table, by the number in their first cell. */
  const rowsOf = (page: string) =>
    [...page.matchAll(/<th scope="row"[^>]*>(\d+)<\/th>/g)].map((m) => Number(m[1]));

  it('says the count and the likely cause on the groups tab, and uses the list', async () => {
    const text = plainText((await c.get(GROUPS)).text);
    expect(text).toMatch(
      /Danh sách có 2\.001 tổ, nhiều hơn hẳn số tổ của một phường, xã \(vài chục đến vài trăm\): có vẻ là danh sách hộ\/người dân, không phải danh sách tổ/,
    );
    expect(text).toContain('2001 tổ đọc được');
  });

  it('shows the first 500 rows, folded, and a link to the next page, which shows the next rows', async () => {
    const page = (await c.get(GROUPS)).text;
    // Rows are numbered from the file's header (row 1): groups 1–500 are rows 2–501, in folds
    // of 50 rows (long-lists-browser.test.ts).
    expect(rowsOf(page)).toEqual(Array.from({ length: 500 }, (_, i) => i + 2));
    expect(plainText(page)).toContain('đang xem dòng thứ 1–500 (trang 1/5)');
    expect(page.match(/<details class="rows-fold">/g)).toHaveLength(10);
    const next = /<a href="([^"]+)" rel="next">Trang sau ›<\/a>/.exec(page)?.[1];
    expect(next).toBeDefined();
    const second = (await c.get((next ?? '').replace(/&amp;/g, '&').replace(/#.*/, ''))).text;
    expect(rowsOf(second)).toEqual(Array.from({ length: 500 }, (_, i) => i + 502));
    expect(second).toContain('Tổ dân phố số 999');
    expect(second).not.toContain('Tổ dân phố số 1;');
    expect(second).toContain('rel="prev"');
  });

  it('finds a row beyond the first page by a search', async () => {
    const form = (await c.get(GROUPS)).text;
    expect(form).toMatch(/<input id="tim" name="tim" type="search"/);
    const found = (await c.get(`${GROUPS}?tim=${encodeURIComponent('phạm thị lan')}`)).text;
    expect(rowsOf(found)).toEqual([1778]);
    expect(plainText(found)).toContain('Tổ dân phố số 1777');
    expect(plainText(found)).toContain('1 dòng có “phạm thị lan”');
  });
});

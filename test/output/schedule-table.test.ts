/**
 * A notice whose body has a schedule table and a groups list with each tổ's own day and hour
 * (qa50 m2): `check` says each tổ the table says otherwise (its row, its column, both values) or
 * does not have, and nothing of the tổ it agrees with, whatever the forms of the day ("12/12/2026",
 * "Thứ bảy, 12/12") and the hour ("7h30", "7 giờ 30", "07:30"). A table by tổ: a tổ without a
 * row is said. By the command's code in this process, on the example campaign.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliInProcess } from '../support/cli.js';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

let dir: string;
let yaml: string;
const groups = [
  'STT;Tên tổ dân phố;Ngày học;Giờ học',
  '1;Tổ dân phố số 1;12/12/2026;07:30',
  '2;Tổ dân phố số 2;Thứ bảy, 12/12;7 giờ 30',
  '3;Tổ dân phố số 3;Chủ nhật, 13/12/2026;8h00 - 10h30',
  '4;Tổ dân phố số 4;20/12/2026;8h00',
  '',
].join('\r\n');

beforeAll(async () => {
  dir = await makeTempDir('phuong-print-schedule-');
  yaml = await readFile(EXAMPLE_CAMPAIGN, 'utf8');
  await writeFile(join(dir, 'groups.csv'), groups);
});
afterAll(removeTempDirs);

/** `check` of the example with `table` at the start of its body: its warnings, spaces collapsed. */
async function checked(table: string[], list = 'groups.csv'): Promise<string> {
  expect(yaml).toContain('  body: |\n');
  const text = yaml.replace(
    '  body: |\n',
    `  body: |\n${table.map((l) => `    ${l}\n`).join('')}\n`,
  );
  await writeFile(join(dir, 'campaign.yaml'), text);
  const r = await runCliInProcess(
    ['check', '--campaign', join(dir, 'campaign.yaml'), '--groups', join(dir, list)],
    { env: { LANG: 'vi_VN.UTF-8' } },
  );
  expect(r.code, r.stderr).toBe(0);
  return r.stderr.replace(/\s+/g, ' ');
}

it('says the tổ whose hour or day the table has otherwise, at its row and column, and not the others', async () => {
  const said = await checked([
    '| **STT** | **Ngày** | **Giờ** | **Địa điểm** |',
    '| --- | --- | --- | --- |',
    '| 1 | Thứ Bảy, 12/12/2026 | 7h30 - 10h00 | Nhà văn hóa tổ 3 |',
    '| 2 | Chủ nhật, 13/12/2026 | 14h00 - 16h30 | Hội trường UBND phường |',
  ]);
  const file = join(dir, 'groups.csv');
  expect(said).toContain(
    `${file}, dòng 4, cột “Giờ học”: Tổ dân phố số 3: bảng lịch trong nội dung thông báo ghi Chủ nhật, 13/12/2026, 14h00 - 16h30, nhưng cột “Giờ học” ghi 8h00 - 10h30`,
  );
  expect(said).toContain(
    `${file}, dòng 5, cột “Ngày học”: Tổ dân phố số 4: ngày 20/12/2026 ở cột “Ngày học” không có trong bảng lịch`,
  );
  expect(said).toContain('gợi ý: Thông báo và tờ rơi, phiếu kiểm tra');
  expect(said.match(/bảng lịch/g)).toHaveLength(2);
});

it('says a tổ the table by tổ has no row for', async () => {
  const said = await checked([
    '| Tổ | Ngày | Giờ |',
    '| --- | --- | --- |',
    '| 1, 2 | 12/12/2026 | 7h30 |',
    '| 3 | 13/12/2026 | 8 giờ |',
  ]);
  expect(said).toContain(
    'dòng 5, cột “Ngày học”: Tổ dân phố số 4: bảng lịch trong nội dung thông báo (theo từng tổ) không có dòng nào của tổ này',
  );
  expect(said.match(/bảng lịch/g)).toHaveLength(1);
});

it('gives the tổ no row names to a row of “the others”, and says one whose day that row does not give', async () => {
  const said = await checked([
    '| Tổ dân phố | Ngày | Giờ |',
    '| --- | --- | --- |',
    '| Tổ dân phố số 1 và số 2 | Thứ bảy, 12/12 | 7h30 |',
    '| Các tổ dân phố còn lại | 13/12/2026 | 8 giờ |',
  ]);
  expect(said).toContain(
    'dòng 5, cột “Ngày học”: Tổ dân phố số 4: bảng lịch trong nội dung thông báo ghi 13/12/2026, 8 giờ, nhưng cột “Ngày học” ghi 20/12/2026',
  );
  expect(said.match(/bảng lịch/g)).toHaveLength(1);
});

// review53 #4, #5: a count column "Tổng số trẻ" is no tổ column, and "15 hộ", "20 học sinh" are
// no hours: a table that agrees with every tổ says nothing.
it('takes neither a “Tổng số …” column for the tổ nor a count before a word in “h” for an hour', async () => {
  const said = await checked([
    '| Ngày | Nội dung | Tổng số trẻ |',
    '| --- | --- | --- |',
    '| Thứ Bảy, 12/12/2026 | Tiêm cho 15 hộ có trẻ, từ 7h30 | 20 |',
    '| Chủ nhật, 13/12/2026 | Tiêm cho 20 học sinh, từ 8h00 | 25 |',
    '| Chủ nhật, 20/12/2026 | Tiêm bổ sung, từ 8h00 | 3 |',
  ]);
  expect(said).not.toContain('bảng lịch');
});

// A ward whose groups are "Khu dân cư số N" (any unit word of model/group-term.ts, not only tổ,
// thôn, khu phố…): its table by khu dân cư was read as no table by group, and a khu dân cư whose
// day and hour are another row's was not said.
it('reads a table by “Khu dân cư” as by group, and says the khu dân cư another row gives its day', async () => {
  await writeFile(
    join(dir, 'khu-dan-cu.csv'),
    [
      'STT;Tên khu dân cư;Ngày học;Giờ học',
      '1;Khu dân cư số 1;12/12/2026;7h30',
      '2;Khu dân cư số 2;12/12/2026;7h30',
      '3;Khu dân cư số 3;12/12/2026;7h30',
      '',
    ].join('\r\n'),
  );
  const said = await checked(
    [
      '| Khu dân cư | Ngày | Giờ |',
      '| --- | --- | --- |',
      '| Khu dân cư số 1, 2 | 12/12/2026 | 7h30 |',
      '| Khu dân cư số 3 | 13/12/2026 | 8 giờ |',
    ],
    'khu-dan-cu.csv',
  );
  expect(said).toContain(
    `${join(dir, 'khu-dan-cu.csv')}, dòng 4, cột “Ngày học”: Khu dân cư số 3: bảng lịch trong nội dung thông báo ghi 13/12/2026, 8 giờ, nhưng cột “Ngày học” ghi 12/12/2026`,
  );
  expect(said.match(/bảng lịch/g)).toHaveLength(1);
});

// A table of deadlines by tổ, days alone (no hour: no session), with a column headed as one of
// the list's (qa55: "Hạn nộp phiếu" 20/4/2027 in the plan's table, 21/4/2027 in tổ 2's cell): the
// tổ whose cell says another day is said, at its row and column; a tổ whose day agrees is not.
it('says the tổ whose cell gives another day than the column of the same header in the table by tổ', async () => {
  await writeFile(
    join(dir, 'han-nop.csv'),
    [
      'STT;Tên tổ dân phố;Hạn nộp phiếu',
      '1;Tổ dân phố số 1;20/4/2027',
      '2;Tổ dân phố số 2;21/04/2027',
      '3;Tổ dân phố số 3;22/4/2027',
      '',
    ].join('\r\n'),
  );
  const said = await checked(
    [
      '| Tổ dân phố | Thời gian rà soát | Hạn nộp phiếu |',
      '| --- | --- | --- |',
      '| Tổ 1, Tổ 2 | 12/4 - 16/4/2027 | 20/4/2027 |',
      '| Tổ 3 | 14/4 - 18/4/2027 | 22/4/2027 |',
    ],
    'han-nop.csv',
  );
  expect(said).toContain(
    `${join(dir, 'han-nop.csv')}, dòng 3, cột “Hạn nộp phiếu”: Tổ dân phố số 2: bảng lịch trong nội dung thông báo (${join(dir, 'campaign.yaml')}) ghi hạn nộp phiếu 20/4/2027, nhưng cột “Hạn nộp phiếu” ghi 21/04/2027`,
  );
  expect(said.match(/bảng lịch/g)).toHaveLength(1);
});

// A tổ with two rows of the table, its usual one and another of its own (review55 #5): its cell
// agreeing with either is no disagreement.
it('takes every row of a tổ in the table by tổ, not its first', async () => {
  const said = await checked(
    [
      '| Tổ dân phố | Hạn nộp phiếu |',
      '| --- | --- |',
      '| Tổ dân phố 1, Tổ dân phố 2 | 20/4/2027 |',
      '| Tổ dân phố 2 (đợt bổ sung) | 21/4/2027 |',
      '| Tổ 3 | 22/4/2027 |',
    ],
    'han-nop.csv',
  );
  expect(said).not.toContain('bảng lịch');
});

// A table by tổ "Tổ | Ngày | Giờ | Địa điểm" and a list with the same columns: the hours (the end
// too) and the place are compared as well as the day, each in the forms offices write them
// ("7h30" = "7:30" = "7 giờ 30"; "Nhà văn hoá tổ 3" = "NVH tổ 3"). Each disagreement names the
// list's file, row and column, the campaign file and both values; the tổ that agree say nothing.
it('says the tổ whose hours or place differ from its row of the table by tổ, and not those written otherwise alike', async () => {
  await writeFile(
    join(dir, 'noi-hop.csv'),
    [
      'STT;Tên tổ dân phố;Ngày;Giờ;Địa điểm',
      '1;Tổ dân phố số 1;12/12/2026;7:30 - 11:00;NVH tổ 1',
      '2;Tổ dân phố số 2;12/12/2026;7 giờ 30 đến 11 giờ;Nhà Văn Hóa Tổ số 2',
      '3;Tổ dân phố số 3;13/12/2026;7h30 - 10h30;Nhà văn hoá tổ 3',
      '4;Tổ dân phố số 4;13/12/2026;14h00;Hội trường UBND phường',
      '5;Tổ dân phố số 5;13/12/2026;14h00 - 16h30;NVH tổ 3',
      '',
    ].join('\r\n'),
  );
  const said = await checked(
    [
      '| Tổ | Ngày | Giờ | Địa điểm |',
      '| --- | --- | --- | --- |',
      '| 1 | 12/12/2026 | 7h30 - 11h00 | Nhà văn hoá tổ 1 |',
      '| 2 | 12/12/2026 | 7h30 – 11h00 | NVH tổ 2 |',
      '| 3 | 13/12/2026 | 7h30 - 11h00 | NVH tổ 3 |',
      '| 4 | 13/12/2026 | 14h - 16h30 | Hội trường Ủy ban nhân dân phường, 2 Lạch Tray |',
      '| 5 | 13/12/2026 | 14h00 - 16h30 | Nhà văn hoá tổ 5 |',
    ],
    'noi-hop.csv',
  );
  const list = join(dir, 'noi-hop.csv');
  const campaign = join(dir, 'campaign.yaml');
  expect(said).toContain(
    `${list}, dòng 4, cột “Giờ”: Tổ dân phố số 3: bảng lịch trong nội dung thông báo (${campaign}) ghi giờ 7h30 - 11h00, nhưng cột “Giờ” ghi 7h30 - 10h30`,
  );
  expect(said).toContain(
    `${list}, dòng 6, cột “Địa điểm”: Tổ dân phố số 5: bảng lịch trong nội dung thông báo (${campaign}) ghi địa điểm Nhà văn hoá tổ 5, nhưng cột “Địa điểm” ghi NVH tổ 3`,
  );
  expect(said.match(/bảng lịch/g)).toHaveLength(2);
});

// The same place in the forms offices write a tổ's hall (review56b #5): "NVH tổ 1" = "Nhà văn hóa
// tổ dân phố số 1", "Nhà văn hóa tổ 4" = "Nhà văn hóa TDP 4". A place that differs is said with a
// hint of places, not of times.
it('takes a tổ written "tổ dân phố số 1", "TDP 4" or "tổ 1" for one place, and says a different place with its own hint', async () => {
  await writeFile(
    join(dir, 'noi-hop-tdp.csv'),
    [
      'STT;Tên tổ dân phố;Ngày;Địa điểm',
      '1;Tổ dân phố số 1;12/12/2026;Nhà văn hóa tổ dân phố số 1',
      '2;Tổ dân phố số 2;12/12/2026;Nhà văn hóa tổ 2',
      '3;Tổ dân phố số 3;13/12/2026;Nhà văn hóa khu phố 3',
      '4;Tổ dân phố số 4;13/12/2026;Nhà văn hóa TDP 4',
      '',
    ].join('\r\n'),
  );
  const said = await checked(
    [
      '| Tổ | Ngày | Địa điểm |',
      '| --- | --- | --- |',
      '| 1 | 12/12/2026 | NVH tổ 1 |',
      '| 2 | 12/12/2026 | Nhà văn hóa tổ 5 |',
      '| 3 | 13/12/2026 | Nhà văn hóa tổ 3 |',
      '| 4 | 13/12/2026 | Nhà văn hóa tổ 4 |',
    ],
    'noi-hop-tdp.csv',
  );
  const list = join(dir, 'noi-hop-tdp.csv');
  expect(said).toContain(
    `${list}, dòng 3, cột “Địa điểm”: Tổ dân phố số 2: bảng lịch trong nội dung thông báo (${join(dir, 'campaign.yaml')}) ghi địa điểm Nhà văn hóa tổ 5, nhưng cột “Địa điểm” ghi Nhà văn hóa tổ 2`,
  );
  // A khu phố's hall is not a tổ's.
  expect(said).toContain('Tổ dân phố số 3: bảng lịch');
  expect(said.match(/bảng lịch/g)).toHaveLength(2);
  expect(said).toContain('sẽ ghi địa điểm khác nhau');
  expect(said).not.toContain('sẽ ghi thời gian khác nhau');
});

describe('qa40’s election notice (bau-cu.yaml): its table gives each area “Tổ 1 đến Tổ 5”', () => {
  const qa40 = join(import.meta.dirname, '..', 'fixtures', 'qa40');
  /**
   * `check` of the election notice and its 20 tổ (named "Tổ dân phố Đông Hưng", numbered by STT),
   * the list's polling place under the table's header, tổ 7 (Tân Lập, of "Tổ 6 đến Tổ 10") given
   * the fourth area's place; the second row's tổ written `range`. Its warnings of the table.
   */
  async function electionSays(range: string): Promise<string[]> {
    const campaign = (await readFile(join(qa40, 'bau-cu.yaml'), 'utf8'))
      .replaceAll('[Điểm bỏ phiếu]', '[Địa điểm bỏ phiếu]')
      .replace('| Tổ 6 đến Tổ 10 |', `| ${range} |`);
    expect(campaign).toContain(`| Khu vực bỏ phiếu số 2 | ${range} | Trường Tiểu học Nghĩa Xá |`);
    const list = (await readFile(join(qa40, 'groups20.csv'), 'utf8'))
      .replace(';Điểm bỏ phiếu;', ';Địa điểm bỏ phiếu;')
      .replace(
        /^(7;Tổ dân phố Tân Lập;.*)Trường Tiểu học Nghĩa Xá/mu,
        '$1Nhà văn hóa tổ dân phố Lê Lợi',
      );
    expect(list).toContain(';Nhà văn hóa tổ dân phố Lê Lợi;Thứ Bảy');
    const folder = await makeTempDir('phuong-print-schedule-range-');
    await writeFile(join(folder, 'campaign.yaml'), campaign);
    await writeFile(join(folder, 'groups.csv'), list);
    const r = await runCliInProcess(
      [
        'check',
        '--campaign',
        join(folder, 'campaign.yaml'),
        '--groups',
        join(folder, 'groups.csv'),
      ],
      { env: { LANG: 'vi_VN.UTF-8' } },
    );
    expect(r.code, r.stderr).toBe(0);
    return r.stderr
      .split('\n')
      .filter((l) => l.includes('bảng lịch'))
      .map((l) => l.replace(/^.*groups\.csv, /u, '').replaceAll(`${folder}/`, ''));
  }

  it.each(['Tổ 6 đến Tổ 10', 'Tổ 6 - Tổ 10', 'tổ 6–10'])(
    '“%s” is read as tổ 6 to 10: the one whose place is another is said, no other',
    async (range) => {
      expect(await electionSays(range)).toEqual([
        'dòng 8, cột “Địa điểm bỏ phiếu”: Tổ dân phố Tân Lập: bảng lịch trong nội dung thông báo (' +
          'campaign.yaml) ghi địa điểm bỏ phiếu Trường Tiểu học Nghĩa Xá, nhưng cột “Địa điểm bỏ phiếu” ghi Nhà văn hóa tổ dân phố Lê Lợi',
      ]);
    },
  );
});

// review57a #5: a list mixing named tổ (STT 1 Đông Hưng, 2 Tây Sơn) and numbered ones (STT 3 "Tổ
// dân phố số 1", 4 "số 2"): the table's "Tổ 1, Tổ 2" are the numbered ones, not STT 1 and 2.
describe('a list of named and numbered tổ (rev57a-sch): “Tổ 1” is “Tổ dân phố số 1”, not STT 1', () => {
  const fixture = join(import.meta.dirname, '..', 'fixtures', 'rev57a-sch');

  /** `check` of the election notice and the list with Đông Hưng's and Tây Sơn's places as given. */
  async function placesSaid(dongHung: string, taySon: string): Promise<string[]> {
    const list = (await readFile(join(fixture, 'groups.csv'), 'utf8'))
      .replace(/^(1;Tổ dân phố Đông Hưng;.*;)Trường Tiểu học B$/mu, `$1${dongHung}`)
      .replace(/^(2;Tổ dân phố Tây Sơn;.*;)Trường Tiểu học B$/mu, `$1${taySon}`);
    const folder = await makeTempDir('phuong-print-schedule-mixed-');
    await writeFile(join(folder, 'groups.csv'), list);
    const r = await runCliInProcess(
      ['check', '--campaign', join(fixture, 'bau-cu.yaml'), '--groups', join(folder, 'groups.csv')],
      { env: { LANG: 'vi_VN.UTF-8' } },
    );
    expect(r.code, r.stderr).toBe(0);
    return r.stderr
      .split('\n')
      .filter((l) => l.includes('bảng lịch'))
      .map((l) => l.replace(/^.*groups\.csv, /u, ''));
  }

  it('says nothing of the list as the table has it', async () => {
    expect(await placesSaid('Trường Tiểu học B', 'Trường Tiểu học B')).toEqual([]);
  });

  it('says Đông Hưng given the numbered tổ’s place, and Tây Sơn’s other place against its own row only', async () => {
    expect(await placesSaid('Nhà văn hóa khu A', 'Nhà văn hóa khu C')).toEqual([
      'dòng 2, cột “Địa điểm bỏ phiếu”: Tổ dân phố Đông Hưng: bảng lịch trong nội dung thông báo (' +
        `${join(fixture, 'bau-cu.yaml')}) ghi địa điểm bỏ phiếu Trường Tiểu học B, nhưng cột “Địa điểm bỏ phiếu” ghi Nhà văn hóa khu A`,
      'dòng 3, cột “Địa điểm bỏ phiếu”: Tổ dân phố Tây Sơn: bảng lịch trong nội dung thông báo (' +
        `${join(fixture, 'bau-cu.yaml')}) ghi địa điểm bỏ phiếu Trường Tiểu học B, nhưng cột “Địa điểm bỏ phiếu” ghi Nhà văn hóa khu C`,
    ]);
  });
});

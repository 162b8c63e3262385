/**
 * Load stage, rosters: a group's residents file (CSV or XLSX) → Resident[], a folder of rosters →
 * one roster per group, and the errors a ward office sees (file, row, column; never a resident's
 * value, since rosters are personal data). Inputs are built as bytes so each case shows the file.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { problemsOf } from '../../src/errors.js';
import { loadRoster, parseRoster, parseRosterReport } from '../../src/load/roster.js';
import { loadRosters } from '../../src/load/roster-folder.js';
import { userError, xlsxBytes } from '../support/inputs.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const EXAMPLE = fileURLToPath(new URL('../../examples/hai-phong/rosters/5.csv', import.meta.url));
const BOM = [0xef, 0xbb, 0xbf];
const csv = (lines: string[], bom = true): Uint8Array =>
  new Uint8Array([...(bom ? BOM : []), ...new TextEncoder().encode(`${lines.join('\r\n')}\r\n`)]);

describe('the example roster of group 5', () => {
  it('loads 40 residents in file order, with number, name and address (what the sheet prints)', async () => {
    const residents = await loadRoster(EXAMPLE);
    expect(residents).toHaveLength(40);
    expect(residents[0]).toMatchObject({
      no: '1',
      name: 'Nguyễn Văn An',
      source: { file: EXAMPLE, row: 2 },
    });
    expect(residents[0]?.address).toMatch(/^Số \d+ (ngõ \d+ )?phố Tô Hiệu$/);
    expect(residents[39]).toMatchObject({ no: '40', name: 'Phùng Thị Gấm' });
    for (const r of residents) expect(r.name).toBe(r.name.normalize('NFC'));
  });
});

describe('roster headers', () => {
  it('match without case or accents, with English aliases and "Chủ hộ"', async () => {
    const plain = await parseRoster(
      csv(['HO VA TEN;dia chi:;SDT;nam sinh', 'Lê Văn Tám;Số 1 phố Tô Hiệu;912345678;1960']),
      'a.csv',
    );
    expect(plain).toEqual([
      {
        name: 'Lê Văn Tám',
        address: 'Số 1 phố Tô Hiệu',
        phone: '912345678',
        born: 1960,
        birth: '1960',
        source: { file: 'a.csv', row: 2 },
      },
    ]);
    const english = await parseRoster(
      csv(['no,name,address,born', '7,Đỗ Thị Hoa,"Số 3, ngõ 5",02/03/1971'], false),
      'b.csv',
    );
    expect(english[0]).toMatchObject({ no: '7', name: 'Đỗ Thị Hoa', address: 'Số 3, ngõ 5' });
    expect(english[0]?.born).toBe(1971);
    // Printed as the file writes it (qa56 M4).
    expect(english[0]?.birth).toBe('02/03/1971');
    const households = await parseRoster(csv(['STT;Chủ hộ;Số nhà', '1;Trần Văn Ba;12']), 'c.csv');
    expect(households[0]).toMatchObject({ name: 'Trần Văn Ba', address: '12' });
  });

  it('normalises decomposed text to NFC and skips rows that carry only their number', async () => {
    const nfd = 'Nguyễn Thị Ánh Tuyết'.normalize('NFD');
    const residents = await parseRoster(
      csv(['STT;Họ và tên;Địa chỉ', `1;  ${nfd} ;`, '2;;', ';;', '3;Bùi Văn Lộc;']),
      'd.csv',
    );
    expect(residents.map((r) => r.name)).toEqual(['Nguyễn Thị Ánh Tuyết', 'Bùi Văn Lộc']);
    expect(residents[1]?.source.row).toBe(5);
  });
});

describe('roster errors', () => {
  it('name the missing name column', async () => {
    const e = await userError(() => parseRoster(csv(['STT;Địa chỉ', '1;Số 2']), 'e.csv'));
    expect(e.where).toEqual({ file: 'e.csv', row: 1 });
    expect(e.message).toContain('no "Họ và tên" column');
    expect(e.hint).toContain('Chủ hộ');
  });

  it('name the row and column of an empty name or a bad year, without quoting the value', async () => {
    const empty = await userError(() =>
      parseRoster(csv(['STT;Họ tên;Năm sinh', '1;An;1958', '2;;1960']), 'f.csv'),
    );
    expect(empty.where).toMatchObject({ file: 'f.csv', row: 3, field: 'Họ tên' });
    expect(empty.describe()).toBe('f.csv, row 3, field "Họ tên": the name is empty');
    // A house with no name yet is a row of the sheet: printed, its name cell empty, and said.
    const house = await parseRosterReport(
      csv(['STT;Họ tên;Địa chỉ', '1;An;x', '2;;Số 9 phố Tô Hiệu']),
      'f.csv',
    );
    expect(house.residents.map((r) => [r.name, r.address])).toEqual([
      ['An', 'x'],
      ['', 'Số 9 phố Tô Hiệu'],
    ]);
    expect(house.warnings.map((w) => w.describe())).toEqual([
      'f.csv, row 3, field "Họ tên": the name is empty: the row is printed with an empty name cell',
    ]);
    // A bad year is said (its cell is left empty on the sheet), never quoted.
    const year = (
      await parseRosterReport(csv(['Họ và tên;Năm sinh', 'An;1958', 'Bình;năm 19x2']), 'g.csv')
    ).warnings.find((w) => w.where.row === 3);
    expect(year?.where).toMatchObject({ file: 'g.csv', row: 3, field: 'Năm sinh' });
    expect(year?.describe()).not.toContain('19x2');
    const formula = await userError(() => parseRoster(csv(['Họ và tên', '#REF!']), 'h.csv'));
    expect(formula.where).toMatchObject({ row: 2, field: 'Họ và tên' });
  });

  it('name every bad row and cell of a roster at once, not one per run', async () => {
    const e = await userError(() =>
      parseRoster(
        csv([
          'STT;Họ và tên;Năm sinh',
          '1;An;1958',
          '2;;1960',
          '3;Bình;1961',
          '4;Cúc;năm 1990',
          '5;;abc',
        ]),
        'to-5.csv',
      ),
    );
    // A bad year of birth fails nothing: its cell is printed empty (qa46 F10, qa56 M4).
    expect(problemsOf(e).map((p) => p.describe())).toEqual([
      'to-5.csv, row 3, field "Họ và tên": the name is empty',
      'to-5.csv, row 6, field "Họ và tên": the name is empty',
    ]);
  });

  it('reads a roster whose year of birth does not read, naming the cell, printed empty (qa46 F10, qa56 M4)', async () => {
    const { residents, warnings } = await parseRosterReport(
      csv(['STT;Họ và tên;Năm sinh', '1;An;1958', '2;Bình;năm 1990']),
      'to-5.csv',
    );
    expect(residents.map((r) => r.name)).toEqual(['An', 'Bình']);
    const said = warnings.filter((w) => w.where.row === 3).map((w) => w.describe());
    expect(said).toEqual([
      'to-5.csv, row 3, field "Năm sinh": the date of birth does not read: the row is printed with an empty birth cell',
    ]);
    expect(warnings.find((w) => w.where.row === 3)?.hintIn('vi')).toContain('Ghi năm sinh');
    expect(residents.map((r) => r.birth)).toEqual(['1958', undefined]);
  });

  it("say which columns are printed nowhere (an ID card number is personal data for nothing: qa7 C2; a person's year of birth is printed: qa56 M4)", async () => {
    const { residents, warnings } = await parseRosterReport(
      csv(['STT;Họ và tên;Số CCCD;Năm sinh;Dân tộc', '1;An;001058000123;1958;Kinh']),
      'to-5.csv',
    );
    expect(residents).toHaveLength(1);
    expect(JSON.stringify(residents)).not.toContain('001058000123');
    expect(warnings.map((w) => w.where)).toEqual([
      { file: 'to-5.csv', field: 'Số CCCD' },
      { file: 'to-5.csv', field: 'Dân tộc' },
    ]);
    expect(warnings[0]?.describe()).toBe(
      'to-5.csv, field "Số CCCD": the column "Số CCCD" of the roster is not printed anywhere',
    );
  });

  it('refuse a legacy encoding, a header without residents, and a non-table file', async () => {
    const legacy = iconv.encode('Họ và tên\r\nNguyễn Văn An\r\n', 'windows-1258');
    const e = await userError(() => parseRoster(new Uint8Array(legacy), 'i.csv'));
    expect(e.message).toContain('not UTF-8');
    const none = await userError(() => parseRoster(csv(['STT;Họ và tên', '1;', '2;']), 'j.csv'));
    expect(none.message).toContain('no residents');
    const txt = await userError(() => loadRoster('roster.ods'));
    expect(txt.hint).toContain('.xlsx');
    const missing = await userError(() => loadRoster('/nonexistent/5.csv'));
    expect(missing.message).toContain('does not exist');
  });
});

describe('XLSX rosters', () => {
  it('take the first sheet with a name column and restore a phone stored as a number', async () => {
    const bytes = await xlsxBytes({
      'Ghi chú': [['Danh sách hộ gia đình tổ 5']],
      'Danh sách': [
        ['STT', 'Họ và tên', 'Địa chỉ', 'Số điện thoại', 'Năm sinh'],
        [1, 'Phạm Thị Hồng', 'Số 4 ngõ 34 phố Tô Hiệu', 912345678, 1949],
        [2, 'Vũ Đình Khoa', 'Số 6 ngõ 34 phố Tô Hiệu', null, new Date('1980-05-01')],
      ],
    });
    const residents = await parseRoster(bytes, 'k.xlsx');
    expect(residents).toEqual([
      {
        no: '1',
        name: 'Phạm Thị Hồng',
        address: 'Số 4 ngõ 34 phố Tô Hiệu',
        phone: '0912345678',
        born: 1949,
        birth: '1949',
        source: { file: 'k.xlsx', row: 2 },
      },
      {
        no: '2',
        name: 'Vũ Đình Khoa',
        address: 'Số 6 ngõ 34 phố Tô Hiệu',
        born: 1980,
        // A workbook's date cell, as the office writes a date (qa56 M4).
        birth: '01/05/1980',
        source: { file: 'k.xlsx', row: 3 },
      },
    ]);
  });
});

describe('a folder of rosters', () => {
  async function folder(files: Record<string, Uint8Array | string>): Promise<string> {
    const dir = join(await makeTempDir(), 'rosters');
    await mkdir(dir);
    for (const [name, data] of Object.entries(files)) await writeFile(join(dir, name), data);
    return dir;
  }
  const roster = csv(['Họ và tên', 'Nguyễn Văn An']);

  it('gives each wanted group its file (ids without case); others have none', async () => {
    const dir = await folder({
      '5.csv': roster,
      'TDP7.XLSX': await xlsxBytes({ s: [['Họ tên'], ['Lê Thị Bảy']] }),
      '~$5.xlsx': 'lock',
      'README.txt': 'not a roster',
    });
    const rosters = await loadRosters(dir, ['5', 'tdp7', '6'], ['5', 'tdp7', '6', '8']);
    expect([...rosters.keys()]).toEqual(['5', 'tdp7']);
    expect(rosters.get('tdp7')?.residents[0]?.name).toBe('Lê Thị Bảy');
    expect(rosters.get('5')?.file).toBe(join(dir, '5.csv'));
    // Only the wanted groups are read: a broken roster of another group is not looked at.
    const other = await folder({ '5.csv': roster, '8.csv': 'Họ và tên\r\n\r\n' });
    expect((await loadRosters(other, ['5'], ['5', '8'])).size).toBe(1);
  });

  it('refuses a roster named after no group, two rosters for one group, a missing folder', async () => {
    const stray = await userError(async () =>
      loadRosters(await folder({ '05.csv': roster }), ['5']),
    );
    expect(stray.where.file).toMatch(/05\.csv$/);
    const twice = await userError(async () =>
      loadRosters(await folder({ '5.csv': roster, '5.xlsx': roster }), ['5']),
    );
    expect(twice.message).toContain('two rosters');
    const none = await userError(() => loadRosters('/nonexistent/rosters', ['5']));
    expect(none.where.field).toBe('--rosters');
  });
});

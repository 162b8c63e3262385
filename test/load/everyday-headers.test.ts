/**
 * Load stage, groups: the headers ward office staff type by hand in Excel ("Họ và tên tổ
 * trưởng", "Số ĐT", "Số hộ gia đình", "TDP"…), a list that mixes thôn and tổ dân phố ("Tên
 * thôn/tổ dân phố"), a column that only looks like a field ("Số hộ nghèo", "Tổ phó"), and the
 * totals row a ward list ends with. Each file is written here, so the expected values are the
 * cells under the header.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { problemsOf, UserErrors } from '../../src/errors.js';
import { loadGroupsReport, parseGroupsCsv, parseGroupsXlsx } from '../../src/load/groups/index.js';
import { parseRoster } from '../../src/load/roster.js';
import { checkGroupsFile } from '../support/cli.js';
import { userErrorSync, xlsxBytes } from '../support/inputs.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const utf8 = (lines: readonly string[]) => new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);
const read = (lines: readonly string[]) => parseGroupsCsv(utf8(lines), 'g.csv');

async function report(name: string, lines: readonly string[]) {
  const dir = await makeTempDir();
  const file = join(dir, name);
  await writeFile(file, utf8(lines));
  return loadGroupsReport(file);
}

describe('everyday headers', () => {
  it('reads "STT, Tên tổ dân phố, Họ và tên tổ trưởng, Số ĐT, Số hộ gia đình"', () => {
    const [g] = read([
      'STT,Tên tổ dân phố,Họ và tên tổ trưởng,Số ĐT,Số hộ gia đình',
      '1,Tổ dân phố số 1,Nguyễn Văn A,0912345678,300',
    ]);
    expect(g).toMatchObject({
      id: '1',
      name: 'Tổ dân phố số 1',
      leader: 'Nguyễn Văn A',
      phone: '0912 345 678',
      households: 300,
    });
    expect(g?.columns).toBeUndefined();
  });

  // Each header in a file with the required columns; the cell under it lands in the field.
  it.each([
    ['TT', 'id', '7'],
    ['Số thứ tự', 'id', '7'],
    ['Số TT', 'id', '7'],
    ['S.T.T', 'id', '7'],
    ['Mã KDC', 'id', '7'],
    ['TDP', 'name', 'Tổ dân phố 7'],
    ['Tên TDP', 'name', 'Tổ dân phố 7'],
    ['Tên khu dân cư', 'name', 'Tổ dân phố 7'],
    ['KDC', 'name', 'Tổ dân phố 7'],
    ['KP', 'name', 'Tổ dân phố 7'],
    ['Họ và tên trưởng thôn', 'leader', 'Lò Văn Pả'],
    ['Trưởng KP', 'leader', 'Lò Văn Pả'],
    ['Tổ trưởng TDP', 'leader', 'Lò Văn Pả'],
    ['Di động', 'phone', '0987 654 321'],
    ['SĐT liên hệ', 'phone', '0987 654 321'],
    // A list made for one campaign (qa15).
    ['ĐT liên lạc', 'phone', '0987 654 321'],
    ['Số điện thoại liên lạc', 'phone', '0987 654 321'],
    ['Người phụ trách', 'leader', 'Lò Văn Pả'],
    ['Số điện thoại tổ trưởng', 'phone', '0987 654 321'],
    ['Số điện thoại (Zalo)', 'phone', '0987 654 321'],
    ['Số hộ dân', 'households', 215],
    ['Tổng số hộ', 'households', 215],
    ['Số khẩu', 'population', 215],
    ['Tổng số nhân khẩu', 'population', 215],
    ['Nhà văn hóa thôn', 'venue', 'Nhà văn hóa thôn 7'],
  ] as const)('"%s" is the %s', (header, field, value) => {
    const rest = {
      id: ['Mã', '7'],
      name: ['Tên thôn', 'Tổ dân phố 7'],
    } as const;
    const head: string[] = [];
    const row: string[] = [];
    for (const [f, [h, v]] of Object.entries(rest)) {
      if (f === field) continue;
      head.push(h);
      row.push(v);
    }
    head.push(header);
    row.push(String(value));
    const [g] = read([head.map((h) => `"${h}"`).join(','), row.map((v) => `"${v}"`).join(',')]);
    expect(g?.[field]).toBe(value);
    expect(g?.columns).toBeUndefined();
  });

  // A column about something else that shares words with a field stays the ward's own column.
  it.each([
    ['Số hộ nghèo', 'households'],
    ['Tổ phó', 'leader'],
    ['Phó trưởng thôn', 'leader'],
    ['Số điện thoại tổ phó', 'phone'],
    ['Số hộ kinh doanh', 'households'],
    ['Tổ trưởng/SĐT', 'leader'],
  ] as const)('"%s" is not the %s', (header, field) => {
    const [g] = read([`Mã,Tên thôn,${header}`, '7,Tổ dân phố 7,12']);
    expect(g?.[field]).toBeUndefined();
    expect(g?.columns).toEqual({ [header]: '12' });
  });

  it('takes the unit\'s head for the leader when "Người phụ trách" is beside it, in either order', () => {
    for (const head of ['Người phụ trách,Tổ trưởng', 'Tổ trưởng,Người phụ trách']) {
      const cells = head.startsWith('Người') ? 'Lê Văn Hai,Lò Văn Pả' : 'Lò Văn Pả,Lê Văn Hai';
      const [g] = read([`STT,Tên tổ dân phố,${head}`, `1,Tổ 1,${cells}`]);
      expect(g?.leader).toBe('Lò Văn Pả');
      expect(g?.columns).toEqual({ 'Người phụ trách': 'Lê Văn Hai' });
    }
  });

  it('takes "Số hộ" for the households when "Số hộ nghèo" is beside it, in either order', () => {
    for (const head of ['Số hộ nghèo,Số hộ', 'Số hộ,Số hộ nghèo']) {
      const cells = head === 'Số hộ nghèo,Số hộ' ? '12,300' : '300,12';
      const [g] = read([`STT,Tên tổ dân phố,${head}`, `1,Tổ 1,${cells}`]);
      expect(g?.households).toBe(300);
      expect(g?.columns).toEqual({ 'Số hộ nghèo': '12' });
    }
  });

  it('a bare "ĐT" column: not the leader\'s phone ("ĐT" may be "Diện tích"); its phones grouped, other values as typed', () => {
    const [a, b] = read([
      'STT,Tên tổ dân phố,ĐT,ĐT tổ phó',
      '1,Tổ 1,0912345678,0987654321',
      '2,Tổ 2,"12,5 ha",0987654322',
    ]);
    expect(a?.phone).toBeUndefined();
    // Phones are grouped as a leader's phone is, in either column.
    expect(a?.columns).toEqual({ ĐT: '0912 345 678', 'ĐT tổ phó': '0987 654 321' });
    // An area ("Diện tích") is printed as typed.
    expect(b?.columns).toEqual({ ĐT: '12,5 ha', 'ĐT tổ phó': '0987 654 322' });
  });

  it('reads "Số TT" as the id, never as a count', () => {
    const [g] = read(['Số TT,Tên thôn,Số hộ', '3,Thôn Đông,40']);
    expect(g).toMatchObject({ id: '3', name: 'Thôn Đông', households: 40 });
  });
});

describe('a list of thôn and tổ dân phố together', () => {
  it('reads "Mã thôn, tổ", "Tên thôn/tổ dân phố" and "Trưởng thôn/Tổ trưởng"', () => {
    const groups = read([
      '"Mã thôn, tổ",Tên thôn/tổ dân phố,Trưởng thôn/Tổ trưởng',
      '1,Thôn Đông,Nguyễn Văn A',
      '2,Tổ dân phố Chợ,Lê Thị B',
    ]);
    expect(groups.map(({ id, name, leader }) => ({ id, name, leader }))).toEqual([
      { id: '1', name: 'Thôn Đông', leader: 'Nguyễn Văn A' },
      { id: '2', name: 'Tổ dân phố Chợ', leader: 'Lê Thị B' },
    ]);
  });

  it('reads "Thôn/TDP" as the name and "Mã thôn/TDP" as the id', () => {
    const [g] = read(['Mã thôn/TDP,Thôn/TDP', '5,Tổ dân phố 5']);
    expect(g).toMatchObject({ id: '5', name: 'Tổ dân phố 5' });
  });
});

describe('a column that looks like a field', () => {
  it('is named in a warning with the field it probably means', async () => {
    const r = await report('g.csv', [
      'STT,Tên thôn,Số hộ thường xuyên,Điện thoại nhà riêng',
      '1,Thôn Đông,120,0212 3456 789',
    ]);
    expect(r.groups[0]?.households).toBeUndefined();
    const said = r.warnings.map((w) => [w.where.row, w.where.field, w.say('vi')]);
    expect(said).toEqual([
      [1, 'Số hộ thường xuyên', 'cột “Số hộ thường xuyên” không dùng đến — có phải là “Số hộ”?'],
      [
        1,
        'Điện thoại nhà riêng',
        'cột “Điện thoại nhà riêng” không dùng đến — có phải là “Số điện thoại”?',
      ],
    ]);
    expect(r.warnings[0]?.hintIn('vi')).toContain('đổi tên cột thành “Số hộ”');
    // For the build's "no template prints it" note, which these need not repeat.
    expect(r.lookAlikeColumns).toEqual(['Số hộ thường xuyên', 'Điện thoại nhà riêng']);
  });

  it('offers "Địa điểm" for a place named for the campaign, never a cultural house (qa5 G10)', async () => {
    const r = await report('g.csv', [
      'STT,Tên thôn,Địa điểm bỏ phiếu',
      '1,Thôn Đông,Hội trường UBND xã',
    ]);
    expect(r.warnings.map((w) => w.say('vi'))).toEqual([
      'cột “Địa điểm bỏ phiếu” không dùng đến — có phải là “Địa điểm”?',
    ]);
    expect(r.warnings[0]?.hintIn('vi')).toContain('đổi tên cột thành “Địa điểm”');
  });

  it('offers “Nhà văn hoá” as the groups page spells it, and reads the column renamed so', async () => {
    const r = await report('g.csv', ['STT,Tên thôn,Nơi sinh hoạt', '1,Thôn Đông,Hội trường thôn']);
    expect(r.warnings.map((w) => w.say('vi'))).toEqual([
      'cột “Nơi sinh hoạt” không dùng đến — có phải là “Nhà văn hoá”?',
    ]);
    expect(r.warnings[0]?.hintIn('vi')).toContain('đổi tên cột thành “Nhà văn hoá”');
    const renamed = await report('g.csv', [
      'STT,Tên thôn,Nhà văn hoá',
      '1,Thôn Đông,Hội trường thôn',
    ]);
    expect(renamed.warnings).toEqual([]);
    expect(renamed.groups[0]?.venue).toBe('Hội trường thôn');
  });

  it('is not when the field is there, or the column is about someone else', async () => {
    const r = await report('g.csv', [
      'STT,Tên thôn,Số hộ,Số hộ nghèo,Tổ phó,Bí thư chi bộ',
      '1,Thôn Đông,120,4,Lê C,Hà D',
    ]);
    expect(r.warnings).toEqual([]);
  });
});

describe('a column of two fields, "Trưởng thôn - SĐT" (qa7 L10)', () => {
  it('is said to hold both, with the two columns to split it into, not offered as one of them', async () => {
    const csv = [
      'STT;Tên thôn;Trưởng thôn - SĐT;Số hộ',
      '1;Thôn Đông An;Nguyễn Văn An - 0912345678;120',
      '2;Thôn Đông Bình;Trần Thị Bình - 0987654321;95',
    ].join('\n');
    const r = await checkGroupsFile('thon.csv', csv);
    const [warning, hint] = r.stderr
      .slice(r.stderr.indexOf(`cảnh báo: ${r.file}, dòng 1, cột “Trưởng thôn - SĐT”`))
      .split('\n');
    expect(warning).toBe(
      `cảnh báo: ${r.file}, dòng 1, cột “Trưởng thôn - SĐT”: cột “Trưởng thôn - SĐT” gộp hai mục “Trưởng thôn” và “Số điện thoại”: phần mềm không đọc được mục nào từ cột này`,
    );
    expect(hint).toBe(
      'gợi ý: Tách thành hai cột có tiêu đề “Trưởng thôn” và “Số điện thoại” (trong Excel: Data › Text to Columns), để in được cả hai.',
    );
    expect(r.stderr).not.toContain('có phải là');
  });
});

describe('the totals row', () => {
  it('is skipped with a note naming its row, and its figures agree', async () => {
    const r = await report('g.csv', [
      'STT;Tên thôn;Số hộ;Số nhân khẩu',
      '1;Thôn A Vao;120;530',
      '2;Thôn Ba Nang;98;410',
      ';Tổng cộng;218;940',
    ]);
    expect(r.groups.map((g) => g.name)).toEqual(['Thôn A Vao', 'Thôn Ba Nang']);
    expect(r.failures).toEqual([]);
    expect(r.warnings.map((w) => [w.where.row, w.say('vi')])).toEqual([
      [4, 'đây là dòng tổng cộng (“Tổng cộng”), không phải một tổ dân phố: đã bỏ qua dòng này'],
    ]);
  });

  it('says when its figures are not the sum of the rows above', async () => {
    const r = await report('g.csv', [
      'STT;Tên thôn;Số hộ;Số nhân khẩu',
      '1;Thôn A Vao;120;530',
      '2;Thôn Ba Nang;98;410',
      'Tổng;;228;940',
    ]);
    expect(r.groups).toHaveLength(2);
    const mismatch = r.warnings.filter((w) => w.where.field !== undefined);
    expect(mismatch.map((w) => [w.where.row, w.where.field, w.say('vi')])).toEqual([
      [4, 'Số hộ', 'dòng tổng cộng ghi 228 nhưng cộng các dòng phía trên được 218'],
    ]);
  });

  it('is skipped in a workbook too ("Tổng" under the id, merged across)', async () => {
    const bytes = await xlsxBytes(
      {
        'Danh sách': [
          ['STT', 'Tên thôn', 'Trưởng thôn', 'Số hộ', 'Số nhân khẩu'],
          [1, 'Thôn A Vao', 'Hồ Văn Ỹ', 120, 530],
          [2, 'Thôn Ba Nang', 'Kăn Sỷ', 98, 410],
          ['Tổng', null, null, 218, 940],
        ],
      },
      (ws) => ws.mergeCells('A4:C4'),
    );
    const groups = await parseGroupsXlsx(bytes, 'g.xlsx');
    expect(groups.map((g) => g.id)).toEqual(['1', '2']);
  });

  it('is only a row that says nothing but "Tổng…": "Thôn Tổng" is a group', () => {
    const groups = read(['STT;Tên thôn', '1;Thôn Tổng', '2;Cộng Hòa']);
    expect(groups.map((g) => g.name)).toEqual(['Thôn Tổng', 'Cộng Hòa']);
  });
});

describe('a bad row', () => {
  it('has every problem reported, each at its own column', async () => {
    const r = await report('g.csv', [
      'STT;Tên tổ dân phố;Số hộ;Số nhân khẩu',
      '1;Tổ 1;10;40',
      '2;Tổ 2;khoảng 200;abc',
    ]);
    const [failure] = r.failures;
    expect(failure?.error).toBeInstanceOf(UserErrors);
    const all = problemsOf(failure?.error as UserErrors);
    expect(all.map((e) => [e.where.field, e.say('vi')])).toEqual([
      ['Số hộ', '“khoảng 200” không phải là số nguyên'],
      ['Số nhân khẩu', '“abc” không phải là số nguyên'],
    ]);
  });

  it('says a negative count must not be negative', () => {
    const err = userErrorSync(() => read(['STT;Tên thôn;Số hộ', '1;Tổ 1;-5']));
    expect(err.where).toMatchObject({ row: 2, field: 'Số hộ' });
    expect(err.say('vi')).toBe('“-5”: số này không được âm');
  });
});

describe('a roster typed by hand', () => {
  it('reads "Số thứ tự, Họ và tên chủ hộ, Nơi ở hiện nay, Di động, Ngày tháng năm sinh"', async () => {
    const residents = await parseRoster(
      utf8([
        'Số thứ tự;Họ và tên chủ hộ;Nơi ở hiện nay;Di động;Ngày tháng năm sinh',
        '1;Trần Văn Ba;12 ngõ 5;0912 000 111;02/03/1958',
      ]),
      '5.csv',
    );
    expect(residents.map(({ source: _s, ...r }) => r)).toEqual([
      // "chủ hộ": each row is a household, which the tracking sheet counts as such.
      {
        no: '1',
        name: 'Trần Văn Ba',
        address: '12 ngõ 5',
        phone: '0912 000 111',
        born: 1958,
        // The cell as written, printed on a sheet of persons (roster-extras.ts).
        birth: '02/03/1958',
        household: true,
      },
    ]);
  });
});

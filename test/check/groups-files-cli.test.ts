/**
 * Groups files as offices keep them, read by `check --lang vi` (of the notice: see checkVi) and
 * built (the commands' code in this process, runCliInProcess: the same exit code, output and
 * files as the program), as the clerk sees it on stderr: a workbook keeping last year's list on
 * its first sheet, formula cells saved without their value, a date typed in a number cell, a
 * phone saved by Excel as 84…, codes "01" and "1" in one file, a quote inside a CSV cell,
 * population 0.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { checkGroupsFile, checkVi as checkViOf, runCliInProcess } from '../support/cli.js';
import { workbook } from '../support/inputs.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const HEADER = ['STT', 'Tên tổ dân phố', 'Tổ trưởng', 'Số điện thoại', 'Số hộ', 'Số nhân khẩu'];

/**
 * One kind (`--kind notice`): what these cases read is what check says of reading the groups file
 * (its problems, warnings, hints and count of groups), which is the same whatever kinds it checks
 * (stdout and stderr compared with the default, every kind, when this was written: equal but for
 * the count of kinds, which no case reads), while its trial render of every kind (up to two
 * groups' notice, flyer, checklist, tracking sheet, two posters and share image) is most of a
 * check's CPU.
 */
const ONE_KIND = ['--kind', 'notice'];

/** `check --lang vi --kind notice` of `campaign` and `groups`, the command's code in this process. */
const checkVi = (campaign: string, groups: string) => checkViOf(campaign, groups, {}, ONE_KIND);

/** checkVi of the example campaign with the groups file `name` holding `bytes`, in a new folder. */
const check = (name: string, bytes: string | Uint8Array) =>
  checkGroupsFile(name, bytes, EXAMPLE_CAMPAIGN, ONE_KIND);

/** A folder with the example campaign whose body begins with `line`, and the groups file's path. */
async function campaignWithBodyLine(
  line: string,
  groupsName: string,
): Promise<{ dir: string; campaign: string; groups: string }> {
  const dir = await makeTempDir('phuong-print-body-');
  const campaign = join(dir, 'campaign.yaml');
  const yaml = await readFile(EXAMPLE_CAMPAIGN, 'utf8');
  await writeFile(campaign, yaml.replace('  body: |\n', `  body: |\n    ${line}\n\n`));
  return { dir, campaign, groups: join(dir, groupsName) };
}

/** `build --kind notice` into `dir`/out: the run, and the text of Tổ dân phố 7's notice. */
async function noticeOfGroup7(dir: string, campaign: string, groups: string) {
  const out = join(dir, 'out');
  const args = ['--campaign', campaign, '--groups', groups, '--out', out, '--kind', 'notice'];
  const r = await runCliInProcess(['build', '--lang', 'vi', ...args]);
  expect(r.code, r.stderr).toBe(0);
  const text = collapseSpaces(
    await pdfText(await readFile(join(out, 'to-dan-pho-7', 'notice.pdf'))),
  );
  return { r, text };
}

const list = (n: number, leader: string) =>
  Array.from({ length: n }, (_, i) => [
    i + 1,
    `Tổ dân phố ${i + 1}`,
    `${leader} ${i + 1}`,
    '0912345678',
    100,
    400,
  ]);

describe('a workbook with a list on more than one sheet', () => {
  const OLD = 'DS 2025';
  const NEW = 'DS 2026 (sau sáp nhập)';

  it('reads the sheet open when it was saved, and names it', async () => {
    const bytes = await workbook(
      { [OLD]: [HEADER, ...list(3, 'Trưởng cũ')], [NEW]: [HEADER, ...list(5, 'Trưởng mới')] },
      1,
    );
    const r = await check('two-sheets.xlsx', bytes);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      `cảnh báo: ${r.file}: đọc trang tính “${NEW}” (trang đang mở khi lưu tệp); trang cũng có danh sách nhưng không được đọc: “${OLD}”`,
    );
    expect(r.stdout).toMatch(/^ổn: 5 tổ/m);
  });

  it('refuses, naming the sheets, when the sheet open was another one', async () => {
    const bytes = await workbook(
      {
        Bìa: [['DANH SÁCH TỔ DÂN PHỐ']],
        [OLD]: [HEADER, ...list(3, 'Trưởng cũ')],
        [NEW]: [HEADER, ...list(5, 'Trưởng mới')],
      },
      0,
    );
    const r = await check('three-sheets.xlsx', bytes);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(
      `lỗi: ${r.file}: tệp có 2 trang tính có danh sách: “${OLD}”, “${NEW}”, và khi lưu tệp không trang nào trong số đó đang mở`,
    );
  });

  it("reads the list the office can see, not last year's hidden first sheet, and says so (qa12 Q1)", async () => {
    // Written by another program: no views, so no sheet "open when saved"; the hidden list first.
    const sheets = {
      [OLD]: [HEADER, ...list(3, 'Trưởng cũ')],
      [NEW]: [HEADER, ...list(5, 'Trưởng mới')],
    };
    const r = await check('hidden-old.xlsx', await workbook(sheets, undefined, [OLD]));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^ổn: 5 tổ/m);
    expect(r.stderr).toContain(
      `cảnh báo: ${r.file}: đọc trang tính “${NEW}”; các trang bị ẩn cũng có danh sách nhưng không được đọc: “${OLD}”`,
    );
    expect(r.stderr).not.toContain('đang mở khi lưu');
    // A file that says the hidden sheet was open (Excel never does) opens at the one shown.
    const saidOpen = await check('hidden-open.xlsx', await workbook(sheets, 0, [OLD]));
    expect(saidOpen.stdout).toMatch(/^ổn: 5 tổ/m);
  });

  it('reads the one visible list of several, naming the open one, hidden lists among those not read', async () => {
    const bytes = await workbook(
      {
        'DS 2024': [HEADER, ...list(2, 'Trưởng cũ hơn')],
        [OLD]: [HEADER, ...list(3, 'Trưởng cũ')],
        [NEW]: [HEADER, ...list(5, 'Trưởng mới')],
      },
      2,
      ['DS 2024'],
    );
    const r = await check('hidden-and-two.xlsx', bytes);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^ổn: 5 tổ/m);
    expect(r.stderr).toContain(`không được đọc: “DS 2024”, “${OLD}”`);
  });

  it('says nothing of sheets when one sheet has the list', async () => {
    const bytes = await workbook(
      { 'Ghi chú': [['Danh sách cập nhật 11/2026']], [NEW]: [HEADER, ...list(5, 'Trưởng mới')] },
      0,
    );
    const r = await check('one-list.xlsx', bytes);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('trang tính');
    expect(r.stdout).toMatch(/^ổn: 5 tổ/m);
  });
});

describe('{{group.venue}} in the body of a campaign whose groups file has no such column', () => {
  it("prints as an empty cell does, with one warning naming the field and the file; never Handlebars' English", async () => {
    const { dir, campaign, groups } = await campaignWithBodyLine(
      'Họp tại nhà văn hóa {{group.name}} ({{group.venue}}), gọi {{group.phone}}.',
      'groups.csv',
    );
    await writeFile(
      groups,
      'STT;Tên tổ dân phố;Tổ trưởng\n1;Tổ dân phố Vỹ Dạ 1;Lê Văn An\n2;Tổ dân phố Vỹ Dạ 2;Trần Thị Bình\n',
    );
    const out = join(dir, 'out');
    const [check, build] = await Promise.all([
      checkVi(campaign, groups),
      runCliInProcess([
        'build',
        '--lang',
        'vi',
        '--campaign',
        campaign,
        '--groups',
        groups,
        '--out',
        out,
        '--kind',
        'notice',
        '--group',
        '1',
      ]),
    ]);
    for (const r of [check, build]) {
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).not.toMatch(/not defined|object Object/);
      for (const [field, header] of [
        ['venue', 'Địa chỉ nhà văn hóa'],
        ['phone', 'Số điện thoại'],
      ]) {
        const said = r.stderr.split('\n').filter((l) => l.includes(`{{group.${field}}}`));
        expect(said[0]).toBe(
          `cảnh báo: ${groups}, mục “group.${field}”: tệp không có cột “${header}”: {{group.${field}}} trong notice.body sẽ được để trống`,
        );
      }
    }
    const text = collapseSpaces(
      await pdfText(await readFile(join(out, 'to-dan-pho-vy-da-1', 'notice.pdf'))),
    );
    // The unit word lower case before a proper name inside a sentence (Decree 30; qa10 Q7).
    expect(text).toContain('Họp tại nhà văn hóa tổ dân phố Vỹ Dạ 1 (), gọi .');
  });
});

describe('a column of the groups file typed in lower case or without accents (qa5 G9)', () => {
  it("is refused with the file's own column suggested, as it must be written", async () => {
    const { campaign, groups } = await campaignWithBodyLine(
      'Cử tri bỏ phiếu tại {{group.[khu vực bỏ phiếu]}}, {{group.[Khu vuc bo phieu]}}; liên hệ {{group.[to truong]}}.',
      'groups.csv',
    );
    await writeFile(
      groups,
      'STT;Tên thôn;Trưởng thôn;Khu vực bỏ phiếu\n1;Thôn Ỷ La;Lê Văn An;KVBP số 3\n',
    );
    const r = await checkVi(campaign, groups);
    expect(r.code).toBe(1);
    const hints = r.stderr.split('\n').filter((l) => l.startsWith('gợi ý:'));
    expect(hints).toEqual([
      'gợi ý: Danh sách thôn không có cột “khu vực bỏ phiếu”. Có phải “Khu vực bỏ phiếu”? Hãy ghi {{group.[Khu vực bỏ phiếu]}}.',
      'gợi ý: Danh sách thôn không có cột “Khu vuc bo phieu”. Có phải “Khu vực bỏ phiếu”? Hãy ghi {{group.[Khu vực bỏ phiếu]}}.',
      'gợi ý: Danh sách thôn không có cột “to truong”. Có phải “Tổ trưởng”? Hãy ghi {{group.leader}}.',
    ]);
  });
});

describe('a column name typed with its accents, one tone apart from a header (qa13)', () => {
  it('is not taken for that header: "Trưởng ban" is not "Trưởng bản"', async () => {
    const { campaign, groups } = await campaignWithBodyLine(
      'Kính mời {{group.[Trưởng ban]}} dự họp tại {{group.[Điểm tiep nhận]}}, {{group.[Khu vực hoà giải]}}.',
      'groups.csv',
    );
    await writeFile(
      groups,
      'STT;Tên bản;Trưởng bản;Điểm tiếp nhận;Khu vực hòa giải\n1;Bản Lướt;Lò Văn Piếng;Nhà văn hóa;Khu 1\n',
    );
    const r = await checkVi(campaign, groups);
    expect(r.code).toBe(1);
    const hints = r.stderr.split('\n').filter((l) => l.startsWith('gợi ý:'));
    expect(hints.some((h) => h.includes('không có cột “Trưởng ban”'))).toBe(true);
    expect(r.stderr).not.toContain('Có phải “Trưởng bản”');
    // A bare word that is no Vietnamese word ("tiep"), a tone typed where the old spelling put
    // it ("hoà"): still the file's column (qa8 S1).
    expect(hints).toContain(
      'gợi ý: Danh sách bản không có cột “Điểm tiep nhận”. Có phải “Điểm tiếp nhận”? Hãy ghi {{group.[Điểm tiếp nhận]}}.',
    );
    expect(hints).toContain(
      'gợi ý: Danh sách bản không có cột “Khu vực hoà giải”. Có phải “Khu vực hòa giải”? Hãy ghi {{group.[Khu vực hòa giải]}}.',
    );
  });
});

describe('rows that look alike, and counts of 0', () => {
  it('asks whether ids "01" and "1", or names equal but for capitals, accents or a dot, are one group; 0 is said as 0', async () => {
    const csv = [
      HEADER.join(';'),
      '01;Tổ dân phố 1;Lê Văn An;0912345678;100;400',
      '1;Tổ dân phố 1 (cũ);Trần Văn Bình;0912345679;90;380',
      '2;Tổ Dân Phố 2;Ngô Thị Cúc;0912345680;80;300',
      '3;To dan pho 2.;Đỗ Văn Dũng;0912345681;70;250',
      '4;Tổ dân phố Gia Hội;Phan Thị Em;0912345682;0;0',
    ].join('\n');
    const r = await check('slug.csv', `${csv}\n`);
    expect(r.code, r.stderr).toBe(0);
    const warnings = r.stderr.split('\n').filter((l) => l.startsWith('cảnh báo:'));
    expect(warnings).toContain(
      `cảnh báo: ${r.file}, dòng 3, cột “STT”: mã “01” và “1” (dòng 2, 3) có phải cùng một tổ?`,
    );
    expect(warnings).toContain(
      `cảnh báo: ${r.file}, dòng 5, cột “Tên tổ dân phố”: tên “Tổ Dân Phố 2” và “To dan pho 2.” (dòng 4, 5) chỉ khác nhau ở chữ hoa, dấu, kiểu gạch ngang, kiểu dấu nháy hoặc dấu chấm cuối: có phải cùng một tổ?`,
    );
    // A 0 is said as the list gives it ("tổ có 0 hộ"), never as a figure not known yet.
    for (const [column, unit] of [
      ['Số hộ', 'hộ'],
      ['Số nhân khẩu', 'nhân khẩu'],
    ])
      expect(warnings).toContainEqual(
        expect.stringContaining(
          `cảnh báo: ${r.file}, dòng 6, cột “${column}”: số 0 là tổ có 0 ${unit}: không tính tỷ lệ cho tổ này`,
        ),
      );
    expect(r.stderr).not.toContain('chưa có số: không tính tỷ lệ');
    // Warnings, not errors: every group is made.
    expect(r.stdout).toMatch(/^ổn: 5 tổ/m);
  });

  it('asks it of names equal but for the kind of dash: "-" and the "–" autocorrect types (qa12 Q13)', async () => {
    const csv = [
      HEADER.join(';'),
      '2;Khu phố 3 - Tổ 2;Lê Thị Cúc;0912345678;90;400',
      '10;Khu phố 3 – Tổ 2;Phạm Văn Dũng;0912345679;80;380',
      '11;Khu phố 3-Tổ 3;Đỗ Văn An;0912345680;70;300',
    ].join('\n');
    const r = await check('dash.csv', `${csv}\n`);
    expect(r.code, r.stderr).toBe(0);
    const warnings = r.stderr.split('\n').filter((l) => l.startsWith('cảnh báo:'));
    expect(warnings).toContain(
      `cảnh báo: ${r.file}, dòng 3, cột “Tên tổ dân phố”: tên “Khu phố 3 - Tổ 2” và “Khu phố 3 – Tổ 2” (dòng 2, 3) chỉ khác nhau ở chữ hoa, dấu, kiểu gạch ngang, kiểu dấu nháy hoặc dấu chấm cuối: có phải cùng một tổ?`,
    );
    expect(warnings.filter((l) => l.includes('Tổ 3'))).toEqual([]);
  });
});

describe('a phone typed as +84… into a number cell', () => {
  it('prints with its 0 back', async () => {
    const { dir, campaign, groups } = await campaignWithBodyLine(
      'Điện thoại tổ trưởng: {{group.phone}}.',
      'groups.xlsx',
    );
    await writeFile(
      groups,
      await workbook({ DS: [HEADER, [7, 'Tổ dân phố 7', 'Lê Văn An', 84935000111, 100, 400]] }),
    );
    const { text } = await noticeOfGroup7(dir, campaign, groups);
    expect(text).toContain('Điện thoại tổ trưởng: 0935 000 111.');
  });
  it('two numbers in one cell: both print, each in its form, with no warning', async () => {
    const { dir, campaign, groups } = await campaignWithBodyLine(
      'Điện thoại tổ trưởng: {{group.phone}}.',
      'groups.xlsx',
    );
    await writeFile(
      groups,
      await workbook({
        DS: [HEADER, [7, 'Tổ dân phố 7', 'Lê Văn An', '0912345684 - 02253842111', 100, 400]],
      }),
    );
    const { r, text } = await noticeOfGroup7(dir, campaign, groups);
    expect(text).toContain('Điện thoại tổ trưởng: 0912 345 684 - 0225 3842 111.');
    expect(r.stderr).not.toContain('số điện thoại');
  });
});

describe('the official list: a two-row header under merged titles, signatures under the table (qa5)', () => {
  it('builds every tổ with its schedule and phone in one form, and no failure for the signature lines', async () => {
    const { dir, campaign, groups } = await campaignWithBodyLine(
      'Kiểm tra ngày {{group.[Ngày kiểm tra]}} lúc {{group.[Giờ kiểm tra]}}; tổ trưởng {{group.leader}}, điện thoại {{group.phone}}, {{group.households}} hộ.',
      'groups.xlsx',
    );
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DS TDP 2026');
    ws.addRow(['DANH SÁCH TỔ DÂN PHỐ VÀ LỊCH KIỂM TRA PCCC NĂM 2026']);
    ws.addRow(['STT', 'Tên tổ dân phố', 'Tổ trưởng', null, 'Quy mô', null, 'Lịch kiểm tra']);
    ws.addRow([
      null,
      null,
      'Họ và tên',
      'Số điện thoại',
      'Số hộ',
      'Số nhân khẩu',
      'Ngày kiểm tra',
      'Giờ kiểm tra',
    ]);
    ws.addRow([7, 'Tổ dân phố 7', 'Phùng Thị Kỹ', '84912345684', 230, 745, '17/12/2026', '7:30']);
    ws.addRow([8, 'Tổ dân phố 8', 'Trần Văn Hùng', "'0912345686", 190, 600, '17/12/2026', '14:00']);
    ws.addRow([]);
    ws.addRow(['Ngọc Hà, ngày 01 tháng 12 năm 2026']);
    ws.addRow(['NGƯỜI LẬP BIỂU']);
    for (const range of ['A1:H1', 'A2:A3', 'B2:B3', 'C2:D2', 'E2:F2', 'G2:H2'])
      ws.mergeCells(range);
    await writeFile(groups, new Uint8Array(await wb.xlsx.writeBuffer()));
    const { r, text } = await noticeOfGroup7(dir, campaign, groups);
    expect(text).toContain(
      'Kiểm tra ngày 17/12/2026 lúc 7:30; tổ trưởng Phùng Thị Kỹ, điện thoại 0912 345 684, 230 hộ.',
    );
    expect(r.stderr).toContain(
      'dòng 7–8 nằm dưới bảng (ngày tháng, chữ ký), không phải tổ dân phố: đã bỏ qua',
    );
    expect(r.stderr).not.toContain('lỗi:');
  });
});

describe('cells as Excel saved them', () => {
  it('a formula saved without its result is said as such, not as an empty name; a date in a count as typed', async () => {
    const bytes = await workbook({
      DS: [
        HEADER,
        [1, 'Tổ dân phố 1', 'Lê Văn An', '0912345678', 120, 480],
        [
          2,
          { formula: '"Tổ dân phố "&A3' } as ExcelJS.CellValue,
          'Lê Văn Bình',
          '0912345679',
          100,
          { formula: 'E3*4' } as ExcelJS.CellValue,
        ],
        [3, 'Tổ dân phố 3', 'Trần Văn Cường', '0912345680', new Date(Date.UTC(2026, 0, 5)), 200],
      ],
    });
    const r = await check('formula.xlsx', bytes);
    expect(r.code).toBe(1);
    const errors = r.stderr.split('\n').filter((l) => l.startsWith('lỗi:'));
    // check names the group first ("lỗi: tổ 2: …"), then where.
    const said = (text: string) => errors.some((l) => l.endsWith(text));
    for (const column of ['Tên tổ dân phố', 'Số nhân khẩu'])
      expect(
        said(`${r.file}, dòng 3, cột “${column}”: ô có công thức nhưng tệp chưa lưu kết quả`),
      ).toBe(true);
    expect(r.stderr).toContain('gợi ý: Mở tệp bằng Excel (hoặc LibreOffice) rồi lưu lại');
    expect(r.stderr).not.toContain('thiếu tên');
    expect(said(`${r.file}, dòng 4, cột “Số hộ”: “05/01/2026” không phải là số nguyên`)).toBe(true);
  });
});

describe('cells as Excel shows them', () => {
  it('a notice prints a time, a percentage, money and a decimal as typed; a printed column is not called unused', async () => {
    const line =
      'Họp lúc {{group.[Giờ họp]}} ngày {{group.[Ngày giờ họp]}}; tỷ lệ {{group.[Tỷ lệ tiêm]}}; kinh phí {{group.[Kinh phí]}}; diện tích {{group.[Diện tích]}} ha; {{group.[Nhóm Zalo]}}.';
    const { dir, campaign, groups } = await campaignWithBodyLine(line, 'g.xlsx');
    // No phone column: "Nhóm Zalo" looks like one to the loader, but the body prints it.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DS');
    ws.addRow([
      'STT',
      'Tên tổ dân phố',
      'Tổ trưởng',
      'Số hộ',
      'Số nhân khẩu',
      'Giờ họp',
      'Ngày giờ họp',
      'Tỷ lệ tiêm',
      'Kinh phí',
      'Diện tích',
      'Nhóm Zalo',
    ]);
    ws.addRow([
      7,
      'Tổ dân phố 7',
      'Lê Văn An',
      100,
      400,
      // What Excel stores for "7:30", "15/12/2026 19:30", "85%", "3.000.000 đ", "12,5".
      0.3125,
      new Date(Date.UTC(2026, 11, 15, 19, 30)),
      0.85,
      3_000_000,
      12.5,
      { text: 'Nhóm Zalo tổ 7', hyperlink: 'https://zalo.me/g/to7' },
    ]);
    const row = ws.getRow(2);
    row.getCell(6).numFmt = 'h:mm';
    row.getCell(7).numFmt = 'dd/mm/yyyy h:mm';
    row.getCell(8).numFmt = '0%';
    row.getCell(9).numFmt = '#,##0 "đ"';
    await writeFile(groups, new Uint8Array(await wb.xlsx.writeBuffer()));
    const { r, text } = await noticeOfGroup7(dir, campaign, groups);
    expect(text).toContain(
      'Họp lúc 7 giờ 30 ngày 15/12/2026 19:30; tỷ lệ 85%; kinh phí 3.000.000 đ; diện tích 12,5 ha; Nhóm Zalo tổ 7.',
    );
    expect(r.stderr).not.toContain('Nhóm Zalo');
  });
});

describe('a groups file renumbered after a deleted row, built over the last build', () => {
  it('warns which ids now carry other groups, with what to do; an edited name alone does not', async () => {
    const { dir, campaign, groups } = await campaignWithBodyLine('Kính gửi.', 'g.csv');
    const build = async (rows: string[]) => {
      await writeFile(groups, [HEADER.join(';'), ...rows].join('\n'));
      const args = ['--campaign', campaign, '--groups', groups, '--out', join(dir, 'out')];
      const r = await runCliInProcess(['build', '--lang', 'vi', ...args, '--kind', 'notice']);
      expect(r.code, r.stderr).toBe(0);
      return `${r.stdout}\n${r.stderr}`.replace(/\s+/g, ' ');
    };
    await build([
      '1;Tổ dân phố 1;Lê Văn An;;10;40',
      '2;Tổ dân phố 2;Lê Văn Bình;;10;40',
      '3;Tổ dân phố 3;Lê Văn Cường;;10;40',
    ]);
    // Tổ dân phố 2 merged away; STT renumbered 1, 2.
    const shifted = await build([
      '1;Tổ dân phố 1;Lê Văn An;;10;40',
      '2;Tổ dân phố 3;Lê Văn Cường;;10;40',
    ]);
    expect(shifted).toContain(
      `cảnh báo: ${groups}: mã 2 trước là “Tổ dân phố 2”, nay là “Tổ dân phố 3”: đường dẫn đã gửi cho tổ trưởng sẽ mở sai tổ, và số liệu họ đã báo cáo sẽ tính cho tổ khác`,
    );
    expect(shifted).toContain('gợi ý: Giữ nguyên STT cũ của từng tổ');
    // Tổ dân phố 2's files are removed as a group gone, not reported as a rename of id 2.
    expect(shifted).toContain('đã xoá tệp của 1 tổ không còn trong danh sách');
    expect(shifted).not.toContain('đã đổi tên');
    const renamed = await build([
      '1;Tổ dân phố 1 (Hàng Kênh);Lê Văn An;;10;40',
      '2;Tổ dân phố 3;Lê Văn Cường;;10;40',
    ]);
    expect(renamed).not.toContain('trước là');
    expect(renamed).toContain('1 tổ đã đổi tên');
  });
});

describe('a CSV cell with a quote inside it, typed in Notepad', () => {
  it("is one Vietnamese sentence with the row and a hint, without the parser's English", async () => {
    const r = await check(
      'weird.csv',
      `${HEADER.join(';')}\n5/1;Tổ 5/1 "Cầu Giấy";Lê A;0912345678;10;40\n`,
    );
    expect(r.code).toBe(1);
    const [first, hint] = r.stderr.split('\n');
    expect(first).toBe(
      `lỗi: ${r.file}, dòng 2: tệp CSV không đúng định dạng: có dấu ngoặc kép (") nằm giữa một ô, sau “Tổ 5/1”`,
    );
    expect(hint).toMatch(/^gợi ý: Giá trị có dấu phân cách, dấu ngoặc kép/);
    expect(r.stderr).not.toMatch(/Invalid|quote is found|field \d/);
  });
});

describe('a header of the file that lost a mark the text has (qa18)', () => {
  it('is suggested, with the header to correct in the file', async () => {
    const { campaign, groups } = await campaignWithBodyLine(
      'Tập huấn vào {{group.[Ngày tập huấn]}}.',
      'groups.csv',
    );
    await writeFile(groups, 'STT;Tên tổ dân phố;Ngày tập huân\n1;Tổ dân phố số 1;05/12/2026\n');
    const r = await checkVi(campaign, groups);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'gợi ý: Danh sách tổ không có cột “Ngày tập huấn”. Có phải “Ngày tập huân”? Sửa tiêu đề cột đó trong danh sách thành “Ngày tập huấn”, hoặc ghi {{group.[Ngày tập huân]}}.',
    );
  });
});

describe('a column the file does not have, named differently (qa18)', () => {
  it('suggests the header holding the words typed, else lists the file’s columns', async () => {
    const { campaign, groups } = await campaignWithBodyLine(
      'Cán bộ: {{group.[Cán bộ phụ trách]}}, lúc {{group.[Thời điểm]}}.',
      'groups.csv',
    );
    await writeFile(
      groups,
      'STT;Tên tổ dân phố;Cán bộ Công an phụ trách;Giờ kiểm tra\n1;Tổ dân phố số 1;Lê Văn An;8h00\n',
    );
    const r = await checkVi(campaign, groups);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'gợi ý: Danh sách tổ không có cột “Cán bộ phụ trách”. Có phải “Cán bộ Công an phụ trách”? Hãy ghi {{group.[Cán bộ Công an phụ trách]}}.',
    );
    const listed = r.stderr.split('\n').find((l) => l.includes('cột “Thời điểm”')) ?? '';
    for (const header of ['STT', 'Tên tổ dân phố', 'Cán bộ Công an phụ trách', 'Giờ kiểm tra'])
      expect(listed).toContain(`“${header}”`);
  });
});

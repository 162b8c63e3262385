/**
 * Test support for the loaders: catching the UserError a bad input must give, and making real
 * XLSX workbooks with exceljs.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { expect } from 'vitest';
import { UserError } from '../../src/errors.js';

/** `s` as typed with a TCVN3 (ABC) font (.VnTime): its bytes read as Latin-1, "Lê Hà" → "Lª Hµ". */
export const tcvn3 = (s: string) => iconv.encode(s, 'tcvn').toString('latin1');

/** Runs `fn` (sync or async) and returns the UserError it throws; fails on anything else. */
export async function userError(fn: () => unknown): Promise<UserError> {
  try {
    await fn();
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return e as UserError;
  }
  throw new Error('expected a UserError, nothing was thrown');
}

/** The same for a synchronous call. */
export function userErrorSync(fn: () => unknown): UserError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return e as UserError;
  }
  throw new Error('expected a UserError, nothing was thrown');
}

/** An XLSX workbook of the given sheets; `shape` may merge cells or set types per sheet. */
export async function xlsxBytes(
  sheets: Record<string, ExcelJS.CellValue[][]>,
  shape?: (ws: ExcelJS.Worksheet, name: string) => void,
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const r of rows) ws.addRow(r);
    shape?.(ws, name);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/**
 * A workbook of the given sheets, the sheet `active` open when saved (no
 * views at all when undefined, as files other programs write), the sheets named in `hidden`
 * hidden from Excel's tabs.
 */
export async function workbook(
  sheets: Record<string, ExcelJS.CellValue[][]>,
  active?: number,
  hidden: readonly string[] = [],
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name, { state: hidden.includes(name) ? 'hidden' : 'visible' });
    for (const r of rows) ws.addRow(r);
  }
  if (active !== undefined)
    wb.views = [
      {
        activeTab: active,
        x: 0,
        y: 0,
        width: 10000,
        height: 20000,
        firstSheet: 0,
        visibility: 'visible',
      },
    ];
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A campaign with only what a notice needs (no contest, app, links or measures). */
export const NOTICE_ONLY = `issued: 2026-03-02
issuer:
  name: [ỦY BAN NHÂN DÂN, PHƯỜNG TÂN ĐỊNH]
  ward: phường Tân Định
  place: Tân Định
  office: Phòng Văn hóa - Xã hội
notice:
  number: 27
  symbol: UBND-VHXH
  subject: tăng cường phòng, chống sốt xuất huyết
  recipients: ["{{group.name}}"]
  body: Đề nghị các khu phố triển khai.
  signer: { lines: [KT. CHỦ TỊCH, PHÓ CHỦ TỊCH], name: Trần Thị Mỹ Hạnh }
  cc: [Như trên;]
`;

/** The 1-based line of `text` that holds `needle` (0 when none). */
export const lineOf = (text: string, needle: string) =>
  text.split('\n').findIndex((l) => l.includes(needle)) + 1;

/**
 * A ward's groups workbook whose row 5 (Tổ dân phố số 4, merged into another) is hidden by hand,
 * as offices hide a dissolved group's row, beside a name of two units ("Tổ 3 - Khu 1").
 */
export function groupsWithHiddenRow(): Promise<Uint8Array> {
  return xlsxBytes(
    {
      'Danh sách': [
        ['STT', 'Tên tổ dân phố', 'Số hộ', 'Số nhân khẩu'],
        [1, 'Tổ dân phố số 1', 200, 700],
        [2, 'Tổ dân phố số 2', 210, 720],
        [3, 'Tổ 3 - Khu 1', 180, 650],
        [4, 'Tổ dân phố số 4 (đã sáp nhập)', 90, 300],
        [10, 'Tổ dân phố số 10', 250, 800],
      ],
    },
    (ws) => {
      ws.getRow(5).hidden = true;
    },
  );
}

/**
 * qa23 #4: a VNeID drive's schedule, a day per group in "Ngày làm", which the campaign prints in
 * its time line and its body. Most days are Excel date cells (dd/mm/yyyy); row 4 is the text
 * "5/12" (no year, and the notice's own date 05/12/2026), row 5 "thứ bảy 12/12" (no year), row 6
 * "Chủ nhật, 13/12/2026" (a text with its year), row 8 a date cell 01/12/2026 (before the notice).
 * "Địa chỉ" holds an address "ngõ 5/12", which is no day: its column is not one of dates.
 */
export const SCHEDULE_ISSUED = '05/12/2026';
export const SCHEDULE_CAMPAIGN = `issued: 2026-12-05
issuer:
  name: [ỦY BAN NHÂN DÂN, PHƯỜNG TÂN MAI]
  ward: phường Tân Mai
  place: Hà Nội
  office: Công an phường Tân Mai
notice:
  number: 215
  symbol: TB-UBND
  subject: tổ chức cấp căn cước lưu động
  recipients: ["{{term.Group}} {{group.name}}"]
  body: "{{term.Group}} {{group.name}}: ngày {{group.[Ngày làm]}}, tại {{group.[Địa chỉ]}}."
  signer: { lines: [KT. CHỦ TỊCH, PHÓ CHỦ TỊCH], name: Ngô Văn Hải }
  cc: [Như trên;, "Lưu: VT."]
title: Cấp căn cước lưu động
when: "Ngày {{group.[Ngày làm]}}, {{group.Giờ}}"
actions:
  - { step: Đến nhà văn hóa đúng giờ của tổ, column: Đã đến }
`;
export function scheduleWorkbook(): Promise<Uint8Array> {
  const day = (d: number) => new Date(Date.UTC(2026, 11, d));
  return xlsxBytes(
    {
      Lịch: [
        ['STT', 'Tên tổ dân phố', 'Ngày làm', 'Giờ', 'Địa chỉ'],
        [1, 'Tổ dân phố số 1', day(12), '7h30 - 11h00', 'Nhà văn hóa, ngõ 12 Tân Mai'],
        [2, 'Tổ dân phố số 2', day(12), '13h30 - 16h30', 'Nhà văn hóa, ngõ 12 Tân Mai'],
        [3, 'Tổ dân phố số 3', '5/12', '7h30 - 11h00', 'Nhà văn hóa, ngõ 5/12 Nguyễn Chính'],
        [4, 'Tổ dân phố số 4', 'thứ bảy 12/12', '8h00 - 11h00', 'Nhà văn hóa, 45 Nguyễn Chính'],
        [5, 'Tổ dân phố số 5', 'Chủ nhật, 13/12/2026', '7h30 - 11h00', 'Nhà văn hóa, 3 Tân Mai'],
        [6, 'Tổ dân phố số 6', day(13), '13h30 - 16h30', 'Nhà văn hóa, 3 Tân Mai'],
        [7, 'Tổ dân phố số 7', day(1), '18h00 - 20h30', 'Nhà văn hóa, 88 Trương Định'],
        [8, 'Tổ dân phố số 8', day(14), '18h00 - 20h30', 'Nhà văn hóa, 88 Trương Định'],
      ],
    },
    (ws) => {
      ws.getColumn(3).numFmt = 'dd/mm/yyyy';
    },
  );
}

/**
 * The example's groups file (examples/hai-phong/groups.csv) as rows of cells, the header first,
 * the columns at `numbers` (0-based; STT by default) numbers as Excel keeps them when typed in.
 */
export async function exampleGroupRows(
  numbers: readonly number[] = [0],
): Promise<(string | number)[][]> {
  const file = fileURLToPath(new URL('../../examples/hai-phong/groups.csv', import.meta.url));
  const text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  const [header = [], ...rows] = text
    .trim()
    .split(/\r?\n/)
    .map((l) => l.split(';'));
  return [header, ...rows.map((r) => r.map((v, i) => (numbers.includes(i) ? Number(v) : v)))];
}

/** The issuer of the Sơn Trà campaigns tests write whole, as campaign.yaml's lines. */
export const SON_TRA_ISSUER = `issuer:
  name: [ỦY BAN NHÂN DÂN, PHƯỜNG SƠN TRÀ]
  ward: phường Sơn Trà
  place: Sơn Trà
  office: Văn phòng UBND phường
  phone: "0236 3 831 114"`;

/**
 * A blood drive whose time (`when`) is given whole, so a test can write its days as a ward does
 * ("19h30 ngày 10/12", "19h30 {{group.[Ngày họp]}}"), its notice dated `issued`.
 */
export const bloodDriveCampaign = (issued: string, when: string) => `issued: ${issued}
${SON_TRA_ISSUER}
notice:
  number: 7
  symbol: TB-UBND
  subject: vận động hiến máu tình nguyện
  recipients: [Các tổ dân phố trên địa bàn phường]
  body: Đề nghị các tổ dân phố thông báo đến từng hộ.
  signer: { lines: [CHỦ TỊCH], name: Ngô Văn Hải }
  cc: [Như trên;]
title: Ngày hội hiến máu
when: "${when}"
actions:
  - step: Ăn nhẹ trước khi đến | Đã báo
`;

/**
 * Its groups' meeting days: group 1's either year's after a notice of 20/12/2026, group 2's
 * this December's, group 3's a full date.
 */
export const MEETING_DAYS_GROUPS =
  'STT;Tên tổ dân phố;Số hộ;Ngày họp\n1;Tổ dân phố 1;120;ngày 12/12\n2;Tổ dân phố 2;80;ngày 28/12\n3;Tổ dân phố 3;90;ngày 12/12/2026\n';

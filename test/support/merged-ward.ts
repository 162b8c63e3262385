/**
 * A merged ward's groups list as offices keep it since the 2025 mergers (qa6 a-sxh-hoan-kiem.xlsx):
 * title rows, the header on row 6, then per old ward a section row "I | PHƯỜNG HÀNG BẠC (CŨ)"
 * merged across the table, its groups, its subtotal "Cộng Hàng Bạc"; a grand total, the date and
 * the signer under the table. The same-named groups of the two old wards ("Tổ dân phố số 1", ids
 * 1 and 5) are the normal state of such a ward until its groups are renumbered.
 */
import type ExcelJS from 'exceljs';
import { xlsxBytes } from './inputs.js';

export const HEADER = ['STT', 'Tên tổ dân phố', 'Tổ trưởng', 'SĐT', 'Số hộ', 'Địa điểm tập trung'];

/** Households of old Hàng Bạc's groups (ids 1–4, rows 8–11) and old Hàng Bồ's (5–8, 14–17). */
export const HANG_BAC = [120, 98, 143, 110];
export const HANG_BO = [132, 87, 101, 64];
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

export interface MergedWardOptions {
  /** Old Hàng Bồ's subtotal as typed (default: the right sum, 384). */
  hangBoTotal?: number;
}

export function mergedWardRows(o: MergedWardOptions = {}): ExcelJS.CellValue[][] {
  const names = ['Tổ dân phố số 1', 'Tổ dân phố số 2', 'Tổ dân phố số 3', 'Tổ dân phố số 4'];
  const part = (first: number, households: readonly number[], place: string) =>
    households.map((h, i) => [
      first + i,
      names[i] ?? '',
      `Tổ trưởng ${place} ${i + 1}`,
      `0912 111 ${String(first + i).padStart(3, '0')}`,
      h,
      `Nhà văn hóa ${i + 1} ${place}`,
    ]);
  return [
    ['UBND PHƯỜNG HOÀN KIẾM'],
    [],
    ['DANH SÁCH TỔ DÂN PHỐ - LỊCH RA QUÂN DIỆT BỌ GẬY'],
    ['(Kèm theo Kế hoạch số 142/KH-UBND ngày 01/12/2026)'],
    [],
    HEADER,
    ['I', 'PHƯỜNG HÀNG BẠC (CŨ)'],
    ...part(1, HANG_BAC, 'Hàng Bạc'),
    [null, 'Cộng Hàng Bạc', null, null, sum(HANG_BAC)],
    ['II', 'PHƯỜNG HÀNG BỒ (CŨ)'],
    ...part(5, HANG_BO, 'Hàng Bồ'),
    [null, 'Cộng Hàng Bồ', null, null, o.hangBoTotal ?? sum(HANG_BO)],
    [null, 'Tổng cộng', null, null, sum(HANG_BAC) + sum(HANG_BO)],
    [],
    [null, null, null, 'Hoàn Kiếm, ngày 01 tháng 12 năm 2026'],
    [null, null, null, 'NGƯỜI LẬP BIỂU'],
    [null, null, null, 'Nguyễn Minh Châu'],
  ];
}

/** The list as an .xlsx, the section rows merged across the table (B:F) as offices merge them. */
export function mergedWardXlsx(o: MergedWardOptions = {}): Promise<Uint8Array> {
  return xlsxBytes({ 'Danh sách TDP': mergedWardRows(o) }, (ws) => {
    ws.mergeCells('A1:C1');
    ws.mergeCells('A3:F3');
    ws.mergeCells('A4:F4');
    ws.mergeCells('B7:F7');
    ws.mergeCells('B13:F13');
  });
}

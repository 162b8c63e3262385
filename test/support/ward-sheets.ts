/**
 * A merged ward's groups workbook kept one sheet per old ward (qa17): each sheet the same header
 * (merged-ward.ts HEADER) over its own groups, "Tổ dân phố số 1…" in each; optional title rows
 * above a sheet's header; the sheet open when saved and hidden sheets as Excel writes them.
 */
import type ExcelJS from 'exceljs';
import { workbook } from './inputs.js';
import { HEADER } from './merged-ward.js';

export interface WardSheet {
  /** The sheet's tab name. */
  name: string;
  /** The groups' first id (ids run on from it); the sheet's groups are numbered 1, 2… by name. */
  firstId: number;
  /** Each group's leader (one group per leader). */
  leaders: readonly string[];
  /** Rows above the header ("DANH SÁCH TỔ DÂN PHỐ PHƯỜNG HÀNG BẠC (CŨ)"). */
  titles?: readonly string[];
  hidden?: boolean;
  /** Rows of another kind instead of a list (a notes sheet). */
  rows?: ExcelJS.CellValue[][];
}

/** The rows of a sheet's list, as `wardSheetsXlsx` writes them. */
export function sheetRows(s: WardSheet): ExcelJS.CellValue[][] {
  if (s.rows) return s.rows;
  return [
    ...(s.titles ?? []).map((t) => [t]),
    HEADER,
    ...s.leaders.map((leader, i) => [
      s.firstId + i,
      `Tổ dân phố số ${i + 1}`,
      leader,
      `0912 111 ${String(s.firstId + i).padStart(3, '0')}`,
      100 + i,
      `Nhà văn hóa ${i + 1}`,
    ]),
  ];
}

export async function wardSheetsXlsx(
  sheets: readonly WardSheet[],
  active?: number,
): Promise<Uint8Array> {
  return workbook(
    Object.fromEntries(sheets.map((s) => [s.name, sheetRows(s)])),
    active,
    sheets.filter((s) => s.hidden).map((s) => s.name),
  );
}

/** Two old wards of Hoàn Kiếm, one sheet each: the tests' merged ward. */
export const HANG_BAC: WardSheet = {
  name: 'Phường Hàng Bạc (cũ)',
  firstId: 1,
  leaders: ['Nguyễn Thị Thoa', 'Lê Văn Hùng', 'Trần Văn Bình'],
};

/** The second old ward, its STT from `firstId` (1: restarting, as many lists do). */
export const hangBo = (firstId: number): WardSheet => ({
  name: 'P. Hàng Bồ (cũ)',
  firstId,
  leaders: ['Phạm Văn Tuấn', 'Đỗ Thị Lan'],
});

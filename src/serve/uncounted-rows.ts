/**
 * Serve stage, the office's results: the rows of the groups list the figures cannot count. A row
 * the loader refused (no name, a copy of another row, an id taken) is no group: its leader has no
 * page, its quota is in no total. `phuong-print report` refuses such a list, naming the row; the
 * studio's Kết quả tab and serve's /admin/ket-qua say so in one sentence, and draw no report
 * until the list is mended (qa58 M3; closing56: serve's buttons still drew it).
 */
import type { UserError } from '../errors.js';
import type { GroupFailure } from '../output/inputs.js';
import type { Ward } from './ward.js';

/**
 * The ward's failures whose row is not among its groups: a row whose only fault is a character
 * the fonts lack is still a group (its figures counted, only its papers refused).
 */
export function uncountedRows(ward: Pick<Ward, 'groups' | 'failures'>): GroupFailure[] {
  const at = (row: number | undefined, sheet: string | undefined) => `${sheet ?? ''}\n${row}`;
  const rows = new Set(ward.groups.map((g) => at(g.source.row, g.source.sheet)));
  const ids = new Set(ward.groups.map((g) => g.id));
  return ward.failures.filter((f) =>
    f.row !== undefined ? !rows.has(at(f.row, f.sheet)) : f.id === undefined || !ids.has(f.id),
  );
}

/** Each row as the office finds it in its file: "Dòng 9 (tổ 6): Thiếu tên. Ghi tên tổ…". */
function rowSaid(f: GroupFailure, ward: Pick<Ward, 'term'>, said: (e: UserError) => string) {
  const { term } = ward;
  const row =
    f.row !== undefined ? `Dòng ${f.row}${f.sheet ? ` (trang tính “${f.sheet}”)` : ''}` : '';
  const who = f.name || (f.id ? `${term.short} ${f.id}` : '');
  const head = [row, who && (row ? `(${who})` : who)].filter(Boolean).join(' ');
  return `${head}: ${said(f.error)}`;
}

/**
 * What the office reads instead of the report's buttons (and on a report asked for anyway): the
 * sentence, ended by where the list is mended (`mend`: "và tải tệp lên lại ở thẻ …"), and each row
 * with its problem as `said` words it.
 */
export function uncountedSaid(
  rows: readonly GroupFailure[],
  ward: Pick<Ward, 'term'>,
  mend: string,
  said: (e: UserError) => string,
): { lead: string; each: string[] } {
  const { term } = ward;
  return {
    lead: `Danh sách ${term.short} có ${rows.length} dòng không đọc được, nên không tính vào kết quả: ${term.short} ở dòng đó không có trang ${term.leader}, không có trong bảng dưới, chỉ tiêu (số hộ, số người) của nó không được cộng vào tổng. Báo cáo kết quả (PDF, Excel) chưa tải được cho đến khi sửa các dòng đó trong tệp ${mend}.`,
    each: rows.map((f) => rowSaid(f, ward, said)),
  };
}

/**
 * Load: the bracketed remark at the end of a name or a column's header — "Thôn Phương Chử Tây
 * (gồm cụm dân cư Đồng Khốn …)", "Khu phố Tân Định 2 (Đa Kao cũ)", "Số hộ (hộ)", "Khối lượng (kg)"
 * — which a name is also written without, and whose words may be a unit. One reading for the
 * groups' names (load/results-names.ts), the headers (load/groups/columns.ts), the units of a
 * measure's column (model/measure-base.ts, output/measure-bases.ts), the report's name column
 * (kinds/report.ts) and the names kept whole on a line (layout/names.ts).
 */

/** A bracket at the very end, spaces around it aside; no bracket inside it. */
const FINAL_REMARK = /\s*\(([^()]*)\)\s*$/u;

export interface Remark {
  /** What comes before the bracket, trimmed: "Thôn Phương Chử Tây". */
  before: string;
  /** The bracket as written: "(gồm cụm dân cư Đồng Khốn …)". */
  bracket: string;
  /** Its words, trimmed: "gồm cụm dân cư Đồng Khốn …"; "" for "( )". */
  inside: string;
}

/** The remark a text ends with, if it ends with one. */
export function finalRemark(text: string): Remark | undefined {
  const m = FINAL_REMARK.exec(text);
  if (!m) return undefined;
  const inside = m[1] ?? '';
  return { before: text.slice(0, m.index).trim(), bracket: `(${inside})`, inside: inside.trim() };
}

/** A text without the remark it ends with, trimmed: "Số hộ (hộ)" → "Số hộ". */
export const withoutRemark = (text: string): string => finalRemark(text)?.before ?? text.trim();

/** The words of the remark a text ends with, when it has any: "Chỉ tiêu (lượt)" → "lượt". */
export const remarkWords = (text: string): string | undefined =>
  finalRemark(text)?.inside || undefined;

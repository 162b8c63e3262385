/**
 * Load: the bracketed remark at the end of a name or a column's header — "Thôn Phương Chử Tây
 * (gồm cụm dân cư Đồng Khốn …)", "Khu phố Tân Định 2 (Đa Kao cũ)", "Số hộ (hộ)", "Khối lượng (kg)"
 * — which a name is also written without, and whose words may be a unit. One reading for the
 * groups' names (load/results-names.ts), the headers (load/groups/columns.ts), the units of a
 * measure's column (model/measure-base.ts, output/measure-bases.ts), the report's name column
 * (kinds/report.ts), the names kept whole on a line (layout/names.ts) and shortened on the QR
 * sheet's cards (kinds/qr-sheet.ts), and the unit words a name's remarks never give
 * (model/group-term.ts). A pure function of the text: the later stages import it from here.
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

/**
 * A name without any of its bracketed remarks, wherever they stand and however nested, a bracket
 * left open (a name cut short in the file) running to the end, spaces made one: "Thôn Phú Mỹ
 * Thượng (gồm xóm Đình, xóm Chùa …)" → "Thôn Phú Mỹ Thượng"; "Tổ 3 (cũ) - Khu phố 2" → "Tổ 3 -
 * Khu phố 2". For reading what the name itself says (its unit words), not for printing.
 */
export function withoutRemarks(name: string): string {
  let text = name;
  for (let before = ''; before !== text; ) {
    before = text;
    text = text.replace(/\([^()]*\)/gu, ' ');
  }
  return text.replace(/\(.*$/su, ' ').replace(/\s+/gu, ' ').trim();
}

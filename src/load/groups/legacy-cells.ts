/**
 * Load stage, groups and rosters: the legacy-font check (legacy-fonts.ts) over a table. In: the
 * table, the columns of free text, and whether messages may quote cells. Out: the table with
 * TCVN3 text converted and one warning for the file; or a UserError naming the row and column
 * of text typed with a VNI font or written in VIQR, or of TCVN3 that cannot be converted with
 * certainty. A cell
 * whose only sign of VNI is an "Ñ" (a Central Highlands name: "Y Ñuôn Niê") is printed as typed,
 * with one warning for the file, unless another cell of the file is surely VNI.
 */
import { UserError } from '../../errors.js';
import { msg } from '../../messages/message.js';
import {
  asTcvn3,
  CONVERT_HINT,
  decodeTcvn3,
  detectLegacyFont,
  detectViqr,
  fromTcvn3Font,
  isAmbiguousTcvn3,
  type LegacyText,
  readsConverted,
  UNICODE_VIETNAMESE,
  unikeyHint,
  viqrRefused,
} from '../legacy-fonts.js';
import { verdictOf } from '../vietnamese.js';
import type { RawRow, RawTable } from './table.js';

/**
 * In a file typed with a TCVN3 font, a cell that reads either way is refused, not guessed. Only
 * cells left as the file holds them: a converted one ("Lª Hµ" → "Lê Hà") was TCVN3 for sure.
 */
function refuseAmbiguous(
  table: RawTable,
  before: RawTable,
  indexes: readonly number[],
  names: ReadonlyMap<number, string>,
  file: string,
  quote: boolean,
  fontTypedOver: boolean,
): void {
  const held = [before.header, ...before.rows];
  for (const [r, row] of [table.header, ...table.rows].entries()) {
    for (const i of row === table.header ? row.cells.map((_, k) => k) : indexes) {
      const text = row.cells[i] ?? '';
      if (text !== held[r]?.cells[i] || !isAmbiguousTcvn3(text)) continue;
      // A .Vn font the sheet was shown to be typed over in Unicode: the cell stays as typed.
      if (fontTypedOver && row.tcvn3Font?.[i]) continue;
      throw new UserError(
        quote
          ? msg`the file has text typed with a TCVN3 (ABC) font, and this cell reads as Vietnamese both as it is and converted ("${text}" or "${decodeTcvn3(text)}")`
          : msg`the file has text typed with a TCVN3 (ABC) font, and this cell reads as Vietnamese both as it is and converted`,
        { file, row: row.row, field: row === table.header ? text : (names.get(i) ?? '') },
        CONVERT_HINT,
      );
    }
  }
}

export interface LegacyFix {
  table: RawTable;
  warnings: UserError[];
  /** The header was typed in TCVN3 and nothing in it in Unicode: the whole list likely was. */
  headerTcvn3?: boolean;
}

export interface LegacyOptions {
  /** An earlier pass (the header) found TCVN3: a cell that reads either way is refused. */
  knownTcvn3?: boolean;
  /**
   * The header was typed in TCVN3 (LegacyFix.headerTcvn3): a cell that reads either way is
   * TCVN3 too, unless its row has Unicode Vietnamese (pasted from a newer file).
   */
  headerTcvn3?: boolean;
  /** A known column's name: a header cell that is one once converted is TCVN3 ("Sè hé"). */
  isKnown?: (text: string) => boolean;
}

/**
 * A cell's text as its font draws it: a rich-text cell run by run (RawRow.tcvn3Runs), else the
 * whole text by the cell's font.
 */
function byFont(row: RawRow, i: number, font: 'lower' | 'capitals') {
  const text = row.cells[i] ?? '';
  const runs = row.tcvn3Runs?.[i];
  return runs === undefined
    ? fromTcvn3Font(text, font)
    : { unicode: runs, changed: runs !== text.normalize('NFC') };
}

/**
 * The sheet's ".Vn" font says nothing: some cell set in it was typed in Unicode — it has a
 * Vietnamese letter no 8-bit font writes, or it reads as Vietnamese as it is and not converted
 * ("Thôn Sà Phìn" would be "Thụn SỔ Phỡn"). A template formatted in .VnTime years ago.
 */
function fontTypedOver(table: RawTable): boolean {
  return [table.header, ...table.rows].some((row) =>
    (row.tcvn3Font ?? []).some((font, i) => {
      const text = row.cells[i] ?? '';
      if (!font || verdictOf(text) !== 'vietnamese') return false;
      if (UNICODE_VIETNAMESE.test(text)) return true;
      const converted = byFont(row, i, font);
      return converted?.changed === true && !readsConverted(converted.unicode);
    }),
  );
}

/** A letter Unicode has and no 8-bit font puts in a cell: the row was typed in Unicode. */
const typedInUnicode = (row: RawRow) =>
  row.cells.some((c) => /[\u0100-\uFFFF]/u.test(c) && verdictOf(c) === 'vietnamese');

/** A cell TCVN3 by its .xlsx font, by the column name it converts to, or by its list's header. */
function tcvn3ByContext(
  row: RawRow,
  i: number,
  text: string,
  options: LegacyOptions,
  isHeader: boolean,
  typedOver: boolean,
): LegacyText | undefined {
  // A sheet formatted in .VnTime long ago, typed in Unicode since (shown in another font where
  // .VnTime is not installed): the sheet's or the row's Unicode letters say so.
  // A rich-text cell's runs name their own fonts: its row's Unicode says nothing of them.
  const runs = row.tcvn3Runs?.[i] !== undefined;
  const font = typedOver || (typedInUnicode(row) && !runs) ? undefined : row.tcvn3Font?.[i];
  const drawn = font ? byFont(row, i, font) : undefined;
  if (drawn?.changed && readsConverted(drawn.unicode))
    return { font: 'TCVN3', unicode: drawn.unicode, certain: true };
  if (!isAmbiguousTcvn3(text)) return undefined;
  const { isKnown, headerTcvn3 } = options;
  if (isHeader && isKnown && !isKnown(text) && isKnown(decodeTcvn3(text)))
    return { font: 'TCVN3', unicode: decodeTcvn3(text), certain: true };
  if (!isHeader && headerTcvn3 && !typedInUnicode(row)) return asTcvn3(text);
  return undefined;
}

/**
 * Every cell of the header and of the given columns checked: TCVN3 converted (one warning for the
 * file), anything uncertain a UserError naming row and column. `quote`: show the text in messages
 * (not for rosters: personal data).
 */
export function fixLegacyCells(
  table: RawTable,
  columns: readonly { index: number; header: string }[],
  file: string,
  quote: boolean,
  options: LegacyOptions = {},
): LegacyFix {
  let converted = 0;
  let first: { row: number; field: string; from: string; to: string } | undefined;
  let enye: { row: number; field: string; text: string } | undefined;
  const typedOver = fontTypedOver(table);
  const fixRow = (row: RawRow, indexes: readonly number[], header: (i: number) => string) => {
    let cells: string[] | undefined;
    for (const i of indexes) {
      const text = row.cells[i] ?? '';
      const viqr = detectViqr(text);
      if (viqr) {
        throw new UserError(
          quote
            ? viqrRefused(text, viqr.unicode)
            : msg`the text is written in VIQR (tone marks typed as ^ ( + ' ? ~ . after the letters), not in Unicode`,
          { file, row: row.row, field: header(i) },
          unikeyHint('VIQR'),
        );
      }
      const legacy =
        tcvn3ByContext(row, i, text, options, row === table.header, typedOver) ??
        detectLegacyFont(text);
      if (!legacy) continue;
      const field = header(i);
      if (legacy.font === 'VNI' && legacy.enyeOnly) {
        // Kept as typed; a VNI cell elsewhere in the file still stops the file below.
        enye ??= { row: row.row, field, text };
        continue;
      }
      if (legacy.font === 'VNI' || !legacy.certain) {
        // Said as what the office must do, not as what would print: the file is refused.
        const vni = legacy.font === 'VNI';
        const why = vni
          ? msg`the text was typed with a VNI font, not in Unicode, and the tool does not convert VNI`
          : msg`the text was typed with a TCVN3 (ABC) font, not in Unicode, and cannot be converted with certainty`;
        throw new UserError(
          quote
            ? vni
              ? msg`${why} ("${text}" is probably "${legacy.unicode}")`
              : msg`${why} ("${text}")`
            : why,
          { file, row: row.row, field },
          CONVERT_HINT,
        );
      }
      cells ??= [...row.cells];
      cells[i] = legacy.unicode;
      converted++;
      first ??= { row: row.row, field, from: text, to: legacy.unicode };
    }
    return cells ? { ...row, cells } : row;
  };
  const header = fixRow(
    table.header,
    table.header.cells.map((_, i) => i),
    (i) => table.header.cells[i] ?? '',
  );
  const names = new Map(columns.map((c) => [c.index, c.header]));
  const indexes = columns.map((c) => c.index);
  const rows = table.rows.map((r) => fixRow(r, indexes, (i) => names.get(i) ?? ''));
  if (first || options.knownTcvn3)
    refuseAmbiguous({ header, rows }, table, indexes, names, file, quote, typedOver);
  const warnings = enye ? [enyeWarning(enye, file, quote)] : [];
  if (!first) return { table, warnings };
  const warning = new UserError(
    quote
      ? msg`${converted} cell(s) typed with a TCVN3 (ABC) font were converted to Unicode, e.g. "${first.from}" → "${first.to}"`
      : msg`${converted} cell(s) typed with a TCVN3 (ABC) font were converted to Unicode`,
    { file, row: first.row, field: first.field },
    msg`Check them on the proofs. To fix the file itself: ${CONVERT_HINT}`,
  );
  const headerTcvn3 = header !== table.header && !typedInUnicode(table.header);
  return { table: { header, rows }, warnings: [warning, ...warnings], headerTcvn3 };
}

/**
 * "Y Ñuôn Niê" printed as typed: said once for the file, in case the list was typed with a VNI
 * font after all (there "Ñ" is "Đ") and its other cells happen to look like Unicode.
 */
function enyeWarning(
  at: { row: number; field: string; text: string },
  file: string,
  quote: boolean,
): UserError {
  return new UserError(
    quote
      ? msg`cells with the letter Ñ are printed as typed (e.g. "${at.text}"): Ê Đê, M'Nông and K'Ho names write it`
      : msg`cells with the letter Ñ are printed as typed: Ê Đê, M'Nông and K'Ho names write it`,
    { file, row: at.row, field: at.field },
    msg`If the list was typed with a VNI font instead (where Ñ stands for Đ), convert it: ${CONVERT_HINT}`,
  );
}

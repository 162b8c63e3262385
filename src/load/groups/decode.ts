/**
 * Load stage, groups: CSV bytes → text. In: the file's bytes. Out: the text without a BOM (and a
 * warning when it had to be converted), or a UserError when the bytes are not Unicode text.
 *
 * Accepts what Excel and LibreOffice write: UTF-8 with or without BOM, UTF-16 with BOM ("Unicode
 * text"), and Windows-1258 when the bytes certainly are Vietnamese in it (windows-1258.ts).
 * Anything else is refused rather than guessed: a wrong guess puts mojibake on paper that nobody
 * notices until the posters are up.
 */
import { createRequire } from 'node:module';
import type * as chardet from 'chardet';
import { UserError } from '../../errors.js';
import { msg } from '../../messages/message.js';
import { decodeLegacy } from '../legacy-decode.js';
import { CONVERT_HINT, detectLegacyFont } from '../legacy-fonts.js';
import { notTextTable } from './file-kind.js';
import { decodeWindows1258 } from './windows-1258.js';

export const SAVE_AS_UTF8_HINT = msg`In Excel: File › Save As › "CSV UTF-8 (Comma delimited) (*.csv)"; in LibreOffice: Save As CSV, Character set "Unicode (UTF-8)".`;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function decodeStrict(bytes: Uint8Array, encoding: 'utf-8' | 'utf-16le'): string | undefined {
  try {
    // fatal: invalid sequences throw instead of becoming U+FFFD, which would print as boxes.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Big-endian UTF-16 → little-endian, so one decoder path serves both byte orders. */
function swapBytes(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length - (bytes.length % 2));
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1] as number;
    out[i + 1] = bytes[i] as number;
  }
  return out;
}

// A word with "?" for a letter ("Nguy?n", "T?n"): what Excel on a Western Windows writes for
// each Vietnamese letter its code page lacks.
const LOST_LETTER_WORD = /[\p{L}?]*(?:\p{L}\?|\?\p{L})[\p{L}?]*/gu;

/**
 * Letters already lost: a file saved in a Western code page (Windows-1252) has "?" where
 * Vietnamese letters were. No encoding brings them back; only the original can.
 */
function lostLetters(bytes: Uint8Array, file: string): UserError | undefined {
  const words = decodeLegacy(bytes, 'windows1258').match(LOST_LETTER_WORD) ?? [];
  // A few, so that "Tổ 5?" or a stray "?" in a note is not taken for a lost letter.
  if (words.length < 3) return undefined;
  const example = words.find((w) => w.length >= 5) ?? words[0] ?? '';
  return new UserError(
    msg`the file's Vietnamese letters were replaced by "?" when it was saved (e.g. "${example}"): they are lost and cannot be read back`,
    { file },
    msg`Save the list again from the original (the Excel workbook, or the file it was copied from) as CSV UTF-8, or give the .xlsx itself. ${SAVE_AS_UTF8_HINT}`,
  );
}

/** Most bytes at even or at odd places are NUL: UTF-16 text of Latin letters and digits. */
function looksUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  return n >= 8 && Math.max(even, odd) > n / 4;
}

/**
 * The font a sheet was typed with, when Excel saved it as plain "CSV (Comma delimited)": its
 * bytes are the font's (TCVN3, VNI), not Windows-1258's. Most cells that read as one say so.
 */
function legacyFontOfBytes(bytes: Uint8Array): 'TCVN3' | 'VNI' | undefined {
  const counts = { TCVN3: 0, VNI: 0 };
  for (const cell of Buffer.from(bytes)
    .toString('latin1')
    .split(/[\r\n;,\t]+/)) {
    const legacy = detectLegacyFont(cell);
    if (legacy) counts[legacy.font]++;
  }
  const font = counts.TCVN3 >= counts.VNI ? 'TCVN3' : 'VNI';
  const most = Math.max(counts.TCVN3, counts.VNI);
  // Windows-1258's tone marks read as VNI's now and then: only a clear majority names the font.
  return most >= 3 && most >= 4 * Math.min(counts.TCVN3, counts.VNI) ? font : undefined;
}

function legacyFontFile(font: 'TCVN3' | 'VNI', file: string): UserError {
  return font === 'TCVN3'
    ? new UserError(
        msg`the CSV file was saved as ANSI ("CSV (Comma delimited)"), not UTF-8, with text typed in a TCVN3 (ABC) font`,
        { file },
        msg`Save it again as CSV UTF-8 (the tool then converts the TCVN3 text itself), or give the Excel workbook: ${SAVE_AS_UTF8_HINT}`,
      )
    : new UserError(
        msg`the CSV file was saved as ANSI ("CSV (Comma delimited)"), not UTF-8, with text typed in a VNI font`,
        { file },
        msg`Open it in Excel, then: ${CONVERT_HINT}`,
      );
}

function notUtf8(bytes: Uint8Array, file: string): UserError {
  const lost = lostLetters(bytes, file);
  if (lost) return lost;
  const font = looksUtf16(bytes) ? undefined : legacyFontOfBytes(bytes);
  if (font) return legacyFontFile(font, file);
  // The encoding guesser loads only for a file that is refused.
  const { detect } = createRequire(import.meta.url)('chardet') as typeof chardet;
  // Every other byte NUL is UTF-16 whose byte order mark was lost (a rare save, qa10 Q9):
  // chardet called it windows-1258.
  const guess = looksUtf16(bytes) ? 'UTF-16' : detect(bytes);
  const text =
    guess && !/^utf-8$/i.test(guess)
      ? msg`the file is not UTF-8 (it looks like ${guess})`
      : msg`the file is not UTF-8`;
  return new UserError(text, { file }, SAVE_AS_UTF8_HINT);
}

/**
 * A workbook, a PDF or a Word document saved or picked under a .csv name: said as what it is,
 * not "not UTF-8" (file-kind.ts).
 */
function notCsv(bytes: Uint8Array, file: string): UserError | undefined {
  const other = notTextTable(bytes, file);
  if (other) return other;
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return new UserError(
      msg`the file is an old Excel workbook (.xls), not CSV`,
      { file },
      SAVE_AS_UTF8_HINT,
    );
  }
  return undefined;
}

/**
 * The names a text table goes by: CSV, TSV and Excel's "Unicode Text" save type (.txt: UTF-16 with
 * a BOM, tab-separated). They are read by their content, whatever the name: the encoding here,
 * the delimiter in csv.ts.
 */
export const TEXT_TABLE_EXTENSIONS = ['.csv', '.tsv', '.txt'];

export interface DecodedCsv {
  text: string;
  /** Said to the user, not an error: e.g. the file was converted from Windows-1258. */
  warnings: UserError[];
}

export function decodeCsvReport(bytes: Uint8Array, file: string): DecodedCsv {
  let text: string | undefined;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    text = decodeStrict(bytes.subarray(3), 'utf-8');
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    text = decodeStrict(bytes.subarray(2), 'utf-16le');
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    text = decodeStrict(swapBytes(bytes.subarray(2)), 'utf-16le');
  } else {
    const wrongKind = notCsv(bytes, file);
    if (wrongKind) throw wrongKind;
    // NUL is valid UTF-8 but never in a text CSV: it means UTF-16 without a BOM.
    if (!bytes.includes(0)) text = decodeStrict(bytes, 'utf-8');
    if (text === undefined && !bytes.includes(0)) {
      const legacy = decodeWindows1258(bytes);
      if (legacy !== undefined) {
        const warning = new UserError(
          msg`the file is not UTF-8: it was read as Windows-1258 (Vietnamese) and converted`,
          { file },
          msg`Check the names on the proofs. To stop this warning, save the file as UTF-8: ${SAVE_AS_UTF8_HINT}`,
        );
        return { text: legacy, warnings: [warning] };
      }
    }
  }
  if (text === undefined) throw notUtf8(bytes, file);
  return { text, warnings: [] };
}

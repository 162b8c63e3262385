/**
 * Model stage: numbers and dates in the forms Vietnamese official documents print them.
 * Only digits and punctuation here: the words around them ("ngày", "đồng") are in templates.
 */
import { UNIT_TERMS } from './unit-term.js';

/** Parts of a date for "ngày {{day}} tháng {{month}} năm {{year}}" (Decree 30/2020, Phụ lục I):
 * a leading 0 for days below 10 and for months 1 and 2 only. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
  /** "11/10/2025", "05/9/2026" — the short form a citation uses in running text, numbered as the
   * date line is ("Nghị định số 30/2020/NĐ-CP ngày 05/3/2020"): the month's leading 0 for
   * months 1 and 2 only. */
  short: string;
}

export function dateParts(iso: string): DateParts {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const day = String(d).padStart(2, '0');
  const month = m <= 2 ? String(m).padStart(2, '0') : String(m);
  return { day, month, year: String(y), short: `${day}/${month}/${y}` };
}

/** "3.000.000" — dots group thousands in Vietnamese. */
export function groupThousands(n: number): string {
  return Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** The most decimals a figure has (a quantity's: "95,5 kg", "1,25 tấn"; results/figure-text.ts). */
export const FIGURE_DECIMALS = 2;

/**
 * A figure rounded to its hundredths: what a sum of quantities is kept as, so that 0,1 + 0,2 is
 * 0,3 and not 0,30000000000000004.
 */
export function roundFigure(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Figures added up in hundredths, each rounded first: exact for every figure a form takes. */
export function sumFigures(values: Iterable<number>): number {
  let hundredths = 0;
  for (const v of values) hundredths += Math.round(v * 100);
  return hundredths / 100;
}

/**
 * "1.234,5", "95,5", "0,3", "1.234": a figure as a Vietnamese reader writes it — dots group
 * thousands, a comma before its decimals, at most two of them and no trailing 0 (a whole number
 * prints as groupThousands prints it).
 */
export function formatFigure(n: number): string {
  const hundredths = Math.round(Math.abs(n) * 100);
  const cents = hundredths % 100;
  const whole = groupThousands((hundredths - cents) / 100);
  const decimals = cents === 0 ? '' : `,${String(cents).padStart(2, '0').replace(/0$/, '')}`;
  return `${n < 0 && hundredths > 0 ? '-' : ''}${whole}${decimals}`;
}

/** How many decimals formatFigure prints of a figure: 0, 1 or 2. */
export function figureDecimals(n: number): number {
  const cents = Math.round(Math.abs(n) * 100) % 100;
  return cents === 0 ? 0 : cents % 10 === 0 ? 1 : 2;
}

/**
 * A figure with at least `decimals` decimals (formatFigure's, zeros added): a column's figures
 * all with as many as its most precise one ("1.250,0" under "1.250,5"), so that they line up on
 * the decimal comma when right-aligned (qa54 p11).
 */
export function formatFigureTo(n: number, decimals: number): string {
  const plain = formatFigure(n);
  const have = figureDecimals(n);
  if (have >= decimals) return plain;
  return `${plain}${have === 0 ? ',' : ''}${'0'.repeat(decimals - have)}`;
}

/** Document numbers below 10 get a leading 0: "05/UBND-VHXH". */
export function documentNumber(n: number | null, symbol: string): string {
  return `${n === null ? BLANK.number : String(n).padStart(2, '0')}/${symbol}`;
}

/**
 * What a draft awaiting its number and day prints in their place, for the văn thư to write in by
 * hand ("Số:      /UBND-VP", "ngày      tháng      năm 2026"): figure spaces, as wide as digits,
 * which neither collapse nor break.
 */
export const BLANK = { number: '\u2007'.repeat(4), day: '\u2007'.repeat(3) } as const;

/**
 * The office as a contact line names it: "Phòng Văn hóa - Xã hội, phường Lê Chân", but "Công an
 * phường Ngọc Hà" as it is: its own name already says the ward (qa5 G12 printed "Công an phường
 * Ngọc Hà, phường Ngọc Hà").
 */
export function officeInText(office: string, ward: string): string {
  if (officeNamesWard(office, ward)) return office;
  return officeJoinedToWard(office, ward) ?? `${office}, ${ward}`;
}

/**
 * "Công an xã" of "xã Đông Hưng" → "Công an xã Đông Hưng": an office named with the unit's word
 * at its end ("Trạm Y tế phường", "Văn phòng HĐND và UBND xã") takes the ward's name without
 * saying the word again (qa7 A5 printed "Công an xã, xã Đông Hưng"). Undefined when the office
 * does not end in the word the ward's name begins with.
 */
export function officeJoinedToWard(office: string, ward: string): string | undefined {
  const o = office.normalize('NFC').replace(/\s+/g, ' ').trim();
  const w = ward.normalize('NFC').replace(/\s+/g, ' ').trim();
  for (const word of UNIT_TERMS) {
    const lead = new RegExp(`^${word} (?=\\S)`, 'iu').exec(w);
    if (lead && new RegExp(`(^|[^\\p{L}])${word}$`, 'iu').test(o))
      return `${o} ${w.slice(lead[0].length)}`;
  }
  return undefined;
}

/** Whether the office as a contact line names it already says the ward: no "· ward" beside it. */
export function officeSaysWard(office: string, ward: string): boolean {
  return officeNamesWard(office, ward) || officeJoinedToWard(office, ward) !== undefined;
}

/** Whether the office's own name says the ward ("Công an phường Ngọc Hà"). */
export function officeNamesWard(office: string, ward: string): boolean {
  return textKey(ward) !== '' && textKey(office).includes(textKey(ward));
}

/** A text as compared for sameness: NFC, lower case (Vietnamese), spaces joined and trimmed. */
export function textKey(s: string): string {
  return s.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
}

// The marks stripped ("Tổ dân phố" → "To dan pho", đ → d) and the apostrophes of Ê Đê / Jrai /
// M'Nông names: the search's own (search.ts), which the studio also sends to the browser.
import { APOSTROPHES, withoutMarks } from './search.js';

export { APOSTROPHES, withoutMarks };

/** "to-dan-pho-so-5": ASCII, for file and folder names. */
export function slugify(s: string): string {
  return withoutMarks(s)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Names Windows keeps for its devices (CON, PRN, AUX, NUL, COM1–9, LPT1–9; before Windows 11
 * also with any extension, "aux.zip", "Com1.pdf"), in any case: a folder or file so named cannot
 * be made or copied there ("The specified device name is invalid"). "Cồn", a river islet and a
 * common ấp name, slugs to "con" (qa39 M2).
 */
const WINDOWS_DEVICE =
  /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(?=\s*(?:\.|$))/iu;

/** Whether Windows refuses `name` as a file or folder name, being a device's name. */
export function isWindowsDevice(name: string): boolean {
  return WINDOWS_DEVICE.test(name);
}

/**
 * `name` as Windows takes it as one file or folder name: no trailing dot or space (which
 * Windows drops, so "Tổ 5." and "Tổ 5" would be one folder) and no device's name ("Aux" →
 * "Aux_", "con.zip" → "con_.zip"). Path separators and reserved signs are the caller's.
 */
export function windowsSafe(name: string): string {
  const trimmed = name.replace(/[.\s]+$/u, '');
  return trimmed.replace(WINDOWS_DEVICE, '$&_');
}

/** Words a time begins with, never a name's: "Sáng Chủ nhật", "Từ thứ Hai", "Lúc 7 giờ". */
const TIME_WORDS = new Set([
  'sáng',
  'chiều',
  'tối',
  'trưa',
  'đêm',
  'từ',
  'vào',
  'lúc',
  'ngày',
  'thứ',
]);

/** `s` with its first letter a capital, as Vietnamese writes it: "áp phích" → "Áp phích". */
export const upperFirst = (s: string): string => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/**
 * A headline's capital made a sentence's: "Tổ chức ngày hội" → "tổ chức ngày hội". Left as typed
 * when the first word is an abbreviation ("UBND", "VNeID") or starts a name of several capitalised
 * words ("Hải Phòng", "Công An"), whose capitals are the name's.
 */
export function lowerFirstWord(text: string): string {
  const [first = '', second = ''] = text.trimStart().split(/\s+/u);
  const letters = [...first];
  const [head = ''] = letters;
  if (!/^\p{Lu}$/u.test(head)) return text;
  // "Chủ nhật", the day's name, is written with its capital inside a sentence too.
  if (/^chủ nhật\b/u.test(text.trimStart().toLocaleLowerCase('vi').replace(/\s+/gu, ' ')))
    return text;
  // "UBND", "VNeID", "TP.HCM": more than the first letter upper case.
  if (letters.slice(1).some((c) => /\p{Lu}/u.test(c))) return text;
  // "Hải Phòng": the next word capitalised too, a name; not after a word of time ("Sáng Chủ
  // nhật", "Từ Thứ Hai"), whose next word is the day's name.
  if (/^\p{Lu}/u.test(second) && !TIME_WORDS.has(first.toLocaleLowerCase('vi'))) return text;
  const at = text.indexOf(head);
  return text.slice(0, at) + head.toLocaleLowerCase('vi') + text.slice(at + head.length);
}

/** 1 → "I", 4 → "IV", 12 → "XII": Roman numerals (Word's list numbers, Decree 30's appendices). */
export function roman(n: number): string {
  const parts: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [value, letters] of parts) {
    while (n >= value) {
      out += letters;
      n -= value;
    }
  }
  return out;
}

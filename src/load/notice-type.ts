/**
 * Load stage: what kind of document the notice is. Decree 30/2020/NĐ-CP lays a công văn out
 * with its trích yếu after "V/v" under the number, and a document with a name (Thông báo, Kế
 * hoạch, Quyết định…) with that name in capitals centred under the header and the trích yếu
 * under it; a công điện (CĐ) is a named one addressed "… điện:" to its recipients. In: the campaign's `notice.type` when given, else the notice's symbol, whose first
 * code names the type (Phụ lục III: "07/TB-UBND" a Thông báo; "05/UBND-VHXH", no type code, a
 * công văn). Out: the type's name and whether it is a named one.
 */

import { withoutMarks } from '../model/format.js';

export interface NoticeType {
  /** "Công văn", "Thông báo", "Kế hoạch"… as a sentence writes it. */
  name: string;
  /** A document with a name (not a công văn): its name is its title. */
  named: boolean;
  /**
   * A công điện (Phụ lục III, Mẫu 1.6): under its title it is addressed "<issuer> điện:" to
   * its recipients, in place of "Kính gửi:".
   */
  telegram: boolean;
}

/** A công văn: no type code in its symbol. */
export const CONG_VAN: NoticeType = { name: 'Công văn', named: false, telegram: false };

/**
 * The named types a ward issues and their abbreviations in a symbol, from the Decree's Phụ lục
 * III (the names are the Decree's own words, as the header's are).
 */
const NAMED: readonly { code: string; name: string }[] = [
  { code: 'NQ', name: 'Nghị quyết' },
  { code: 'QĐ', name: 'Quyết định' },
  { code: 'CT', name: 'Chỉ thị' },
  { code: 'QC', name: 'Quy chế' },
  { code: 'QyĐ', name: 'Quy định' },
  { code: 'TC', name: 'Thông cáo' },
  { code: 'TB', name: 'Thông báo' },
  { code: 'HD', name: 'Hướng dẫn' },
  { code: 'CTr', name: 'Chương trình' },
  { code: 'KH', name: 'Kế hoạch' },
  { code: 'PA', name: 'Phương án' },
  { code: 'ĐA', name: 'Đề án' },
  { code: 'BC', name: 'Báo cáo' },
  { code: 'BB', name: 'Biên bản' },
  { code: 'TTr', name: 'Tờ trình' },
  { code: 'GM', name: 'Giấy mời' },
  { code: 'GGT', name: 'Giấy giới thiệu' },
  { code: 'CĐ', name: 'Công điện' },
];

/** The named type of a code or name found in NAMED. */
const namedType = (t: { name: string; code: string }): NoticeType => ({
  name: t.name,
  named: true,
  telegram: t.code === 'CĐ',
});

/** The names `notice.type` may give, as the Decree writes them. */
export const NOTICE_TYPE_NAMES: readonly string[] = [CONG_VAN.name, ...NAMED.map((t) => t.name)];

const key = (s: string) =>
  withoutMarks(s.normalize('NFC'))
    .toLocaleLowerCase('vi')
    .replace(/[\s.]+/g, ' ')
    .trim();

/** The type `text` names ("Thông báo", "thong bao", "TB"), or undefined when it names none. */
export function noticeTypeNamed(text: string): NoticeType | undefined {
  const k = key(text);
  if (k === key(CONG_VAN.name) || k === 'cv') return CONG_VAN;
  // Codes differ by more than their marks ("QĐ", "QyĐ"): compared as written, any case.
  const upper = text.normalize('NFC').trim().toLocaleUpperCase('vi');
  const found = NAMED.find((t) => key(t.name) === k || t.code.toLocaleUpperCase('vi') === upper);
  return found && namedType(found);
}

/**
 * The symbol as Decree 30 writes a ký hiệu (Phụ lục I): in capitals, "ubnd-vhxh" → "UBND-VHXH";
 * a type's own code keeps the Decree's spelling ("TTr", "QyĐ", "CTr": Phụ lục III) (qa42 F12).
 */
export function symbolInCapitals(symbol: string): string {
  return symbol
    .split('-')
    .map((part) => {
      const upper = part.toLocaleUpperCase('vi');
      return NAMED.find((t) => t.code.toLocaleUpperCase('vi') === upper)?.code ?? upper;
    })
    .join('-');
}

/** Named types that Decree 30 addresses "Kính gửi" as a công văn is (Phụ lục III: Mẫu 1.5, 1.8). */
const ADDRESSED = new Set(['Tờ trình', 'Báo cáo']);

/**
 * Whether a document of this type has no "Kính gửi" in Decree 30's models: a named one (Thông
 * báo, Kế hoạch…) is sent by its "Nơi nhận"; a công văn, a tờ trình, a báo cáo have one, and a
 * công điện its "… điện:" line.
 */
export const sentByCcAlone = (type: NoticeType): boolean =>
  type.named && !type.telegram && !ADDRESSED.has(type.name);

/** The type the symbol's first code names ("TB-UBBC" a Thông báo), else a công văn. */
export function noticeTypeOfSymbol(symbol: string): NoticeType {
  const first = symbol.normalize('NFC').trim().split('-')[0] ?? '';
  const upper = first.toLocaleUpperCase('vi');
  const found = NAMED.find((t) => t.code.toLocaleUpperCase('vi') === upper);
  return found ? namedType(found) : CONG_VAN;
}

/** The notice's type: the one `notice.type` names, else its symbol's. */
export function noticeTypeOf(notice: { type?: string; symbol: string }): NoticeType {
  return (notice.type && noticeTypeNamed(notice.type)) || noticeTypeOfSymbol(notice.symbol);
}

/** The code a named type's symbol begins with ("Kế hoạch" → "KH"); undefined for a công văn. */
export function noticeTypeCode(type: NoticeType): string | undefined {
  return NAMED.find((t) => t.name === type.name)?.code;
}

/**
 * The issuing body's code in a notice's symbol: after a named document's type code ("TB-UBBC":
 * UBBC, "KH-UBND": UBND), else its first code ("UBND-VHXH": UBND, "CAP": CAP); a report on the
 * notice is that body's "BC-…" (qa17: an Ủy ban bầu cử's report was numbered BC-UBND).
 */
export function issuerCodeOfSymbol(symbol: string): string | undefined {
  const { codes, named } = symbolCodes(symbol);
  return (named ? codes[1] : codes[0]) || undefined;
}

/**
 * The drafting office's code in a notice's symbol: what follows the issuing body's code
 * ("UBND-VHXH": VHXH; "KH-UBND": none, its UBND is the issuer), or undefined.
 */
export function officeCodeOfSymbol(symbol: string): string | undefined {
  const { codes, named } = symbolCodes(symbol);
  return codes.slice(named ? 2 : 1).join('-') || undefined;
}

function symbolCodes(symbol: string): { codes: string[]; named: boolean } {
  const codes = symbol
    .normalize('NFC')
    .trim()
    .split('-')
    .map((c) => c.trim())
    .filter(Boolean);
  return { codes, named: noticeTypeOfSymbol(symbol).named };
}

/**
 * Load stage: the values the tool itself writes where the office still has a value to give —
 * the Word import's, for a field the document did not have (docx/campaign-yaml.ts), and the
 * studio's blank campaign's (studio/skeleton.ts). Never a real value: `check`, `build`, `serve`
 * and the studio's "Tạo tệp in" and "Mở trang" refuse a campaign that still holds one
 * (campaign-checks.ts `ownPlaceholderRefusals`; qa7 E2 printed "(PHÒNG PHỤ TRÁCH)" on every
 * leader page).
 */
import { textKey } from '../model/format.js';

/** The Word import's placeholders, in Vietnamese: they would print as written. */
export const IMPORT_PLACEHOLDERS = {
  name: ['(TÊN CƠ QUAN BAN HÀNH)'],
  ward: '(tên phường)',
  place: '(địa danh)',
  office: '(phòng phụ trách)',
  // None: printed blank ("Số:      /UBND"), as a draft awaiting its number is.
  number: null,
  symbol: 'UBND',
  subject: '(trích yếu nội dung)',
  recipients: ['(nơi gửi)'],
  body: '(nội dung công văn)',
  signerLines: ['(CHỨC VỤ NGƯỜI KÝ)'],
  signerName: '(họ tên người ký)',
  cc: ['Lưu: VT.'],
} as const;

/** The studio's blank campaign's placeholders (its issuer's lines, place and signer). */
export const BLANK_PLACEHOLDERS = {
  unit: '(PHƯỜNG, XÃ HOẶC ĐẶC KHU)',
  name: '(TÊN)',
  place: '(Địa danh)',
  signerName: '(Họ và tên người ký)',
} as const;

/** Every parenthesised placeholder above, as a key (lower case, spaces single). */
const OWN = new Set(
  [...Object.values(IMPORT_PLACEHOLDERS), ...Object.values(BLANK_PLACEHOLDERS)]
    .flat()
    .flatMap((p: string | null) => (p?.startsWith('(') ? [p] : []))
    .map((p) => textKey(p)),
);

/** The first of the tool's own placeholders in `text` ("(phòng phụ trách)"), as written there. */
export function ownPlaceholderIn(text: string): string | undefined {
  for (const m of text.matchAll(/\([^()]*\)/gu)) if (OWN.has(textKey(m[0]))) return m[0];
  return undefined;
}

/** Whether `found` (a placeholder as the text has it) is one the tool writes itself. */
export const isOwnPlaceholder = (found: string): boolean => OWN.has(textKey(found));

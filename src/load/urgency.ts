/**
 * Load stage: the notice's marks. Its urgency mark (dấu chỉ độ khẩn). Decree 30/2020/NĐ-CP (Art. 15,
 * Phụ lục I) has three levels, printed in capitals in a single-line frame under the number and
 * symbol (ô 10b): KHẨN, THƯỢNG KHẨN, HỎA TỐC. In: `notice.urgency` as the office typed it ("khẩn",
 * "Thượng khẩn", "hoả tốc"); out: the mark as the Decree prints it, or undefined when it names
 * none. Its secrecy mark (độ mật) and circulation mark (phạm vi lưu hành), read the same way.
 */
import { withoutMarks } from '../model/format.js';

/** The Decree's marks, least urgent first. */
export const URGENCY_MARKS = ['KHẨN', 'THƯỢNG KHẨN', 'HỎA TỐC'] as const;
export type UrgencyMark = (typeof URGENCY_MARKS)[number];

const key = (s: string) =>
  withoutMarks(s.normalize('NFC'))
    .toLocaleLowerCase('vi')
    .replace(/[\s.:!]+/g, ' ')
    .trim();

/** `key` without brackets: "trả lại sau khi họp hội nghị" names the mark "(HỘI NGHỊ)" ends. */
const bare = (s: string) => key(s.replace(/[()]/g, ' ')).replace(/\s+/g, ' ');

/** The mark of `marks` that `text` names, however it is cased or accented, else undefined. */
function markOf<M extends string>(marks: readonly M[], text: string): M | undefined {
  const k = key(text);
  return marks.find((m) => key(m) === k);
}

/** The mark `text` names ("khẩn" → KHẨN, "hoả tốc" → HỎA TỐC), else undefined. */
export function urgencyMark(text: string): UrgencyMark | undefined {
  return markOf(URGENCY_MARKS, text);
}

/**
 * The secrecy marks (dấu chỉ độ mật, ô 10a of Decree 30's Phụ lục I), least secret first. The
 * Decree leaves their form to the state-secrets rules (Phụ lục I, Phần I, III.2.a): Thông tư
 * 24/2020/TT-BCA's forms (Mẫu số 01–03), stamped in red ink (its Art. 3(2)).
 */
export const SECRECY_MARKS = ['MẬT', 'TỐI MẬT', 'TUYỆT MẬT'] as const;
export type SecrecyMark = (typeof SECRECY_MARKS)[number];

/** The secrecy mark `text` names ("tối mật" → TỐI MẬT), else undefined. */
export function secrecyMark(text: string): SecrecyMark | undefined {
  return markOf(SECRECY_MARKS, text);
}

/**
 * The circulation marks (chỉ dẫn về phạm vi lưu hành, ô 11 of Phụ lục I) a notice for limited
 * readers carries, as the Decree and the rules before it (Thông tư 01/2011/TT-BNV) word them.
 */
export const CIRCULATION_MARKS = [
  'XEM XONG TRẢ LẠI',
  'LƯU HÀNH NỘI BỘ',
  'TRẢ LẠI SAU KHI HỌP (HỘI NGHỊ)',
] as const;
export type CirculationMark = (typeof CIRCULATION_MARKS)[number];

/**
 * Other ways offices write a mark, printed as the Decree words it: the order of "họp" and "hội
 * nghị" turned round (as this tool printed it before), or either word alone.
 */
const CIRCULATION_SPELLINGS: Readonly<Record<string, CirculationMark>> = Object.fromEntries(
  [
    'TRẢ LẠI SAU HỘI NGHỊ (HỌP)',
    'TRẢ LẠI SAU KHI HỌP',
    'TRẢ LẠI SAU HỘI NGHỊ',
    'TRẢ LẠI SAU KHI HỘI NGHỊ',
    'TRẢ LẠI SAU HỌP',
  ].map((s) => [bare(s), 'TRẢ LẠI SAU KHI HỌP (HỘI NGHỊ)' as const]),
);

/** The circulation mark `text` names ("Lưu hành nội bộ" → LƯU HÀNH NỘI BỘ), else undefined. */
export function circulationMark(text: string): CirculationMark | undefined {
  return CIRCULATION_MARKS.find((m) => bare(m) === bare(text)) ?? CIRCULATION_SPELLINGS[bare(text)];
}

/**
 * The mark a subject or title begins with, as offices wrote it before the field ("KHẨN: chủ
 * động ứng phó…"), with what follows it; undefined when it begins with none.
 */
export function leadingUrgency(text: string): { mark: UrgencyMark; rest: string } | undefined {
  const m = /^\s*([^:–—-]{2,20}?)\s*[:–—-]\s*(.+)$/su.exec(text.normalize('NFC'));
  const mark = m?.[1] !== undefined ? urgencyMark(m[1]) : undefined;
  return mark && m?.[2] ? { mark, rest: m[2].trim() } : undefined;
}

/**
 * Whether the campaign's notice carries a secrecy mark (MẬT, TỐI MẬT, TUYỆT MẬT): a state secret
 * must not go over a network connected to the Internet (Luật Bảo vệ bí mật nhà nước 2018, Điều 5),
 * so the notice is printed only — left out of the leaders' pages, the download site and each
 * group's ZIP, which the office sends by Zalo (serve/ward.ts `webOutputs`, output/plan.ts).
 */
export function noticeIsSecret(campaign: { notice: { secrecy?: string } }): boolean {
  return (campaign.notice.secrecy ?? '').trim() !== '';
}

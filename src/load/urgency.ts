/**
 * Load stage: the notice's urgency mark (dấu chỉ độ khẩn). Decree 30/2020/NĐ-CP (Art. 15,
 * Phụ lục I) has three levels, printed in capitals in a single-line frame under the number and
 * symbol (ô 10b): KHẨN, THƯỢNG KHẨN, HỎA TỐC. In: `notice.urgency` as the office typed it ("khẩn",
 * "Thượng khẩn", "hoả tốc"); out: the mark as the Decree prints it, or undefined when it names
 * none.
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

/** The mark `text` names ("khẩn" → KHẨN, "hoả tốc" → HỎA TỐC), else undefined. */
export function urgencyMark(text: string): UrgencyMark | undefined {
  const k = key(text);
  return URGENCY_MARKS.find((m) => key(m) === k);
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

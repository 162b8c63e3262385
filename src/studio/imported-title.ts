/**
 * Studio: the printed title of a campaign made from a Word notice when the office typed no
 * "Tiêu đề in trên giấy". The flyer's big line, the checklist's, the leaders' page and the Zalo
 * message print the title, else the notice's trích yếu. The campaign's name went there always,
 * so that a 25-word trích yếu was not the flyer's headline (qa17); but the name is the office's
 * own ("Lớp KNS v2"), and residents read it (qa50 p3). The trích yếu is what the ward signed:
 * it is the title when it is short enough to be one, at most TITLE_WORDS words (three lines of
 * the flyer's title, as 13 words take), and the name only when it is longer. The edit page's
 * notes say which, with where to change it.
 */
import { TITLE_WORDS } from '../load/docx/flyer-fields.js';
import { withoutSubjectMark } from '../load/notice-marks.js';
import { IMPORT_PLACEHOLDERS } from '../load/placeholders.js';

/** The most words of a trích yếu printed as the title: the Word import's own bound. */
export { TITLE_WORDS };

const wordsOf = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));

/**
 * The trích yếu as the flyer's title prints it ("Mở Lớp bồi dưỡng …": no "Về việc", first letter
 * capital), and its words; undefined when the notice gave none.
 */
export function subjectTitle(subject: unknown): { shown: string; words: number } | undefined {
  if (typeof subject !== 'string') return undefined;
  const text = subject.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (text === '' || text === IMPORT_PLACEHOLDERS.subject) return undefined;
  const bare = withoutSubjectMark(text);
  return {
    shown: bare.charAt(0).toLocaleUpperCase('vi') + bare.slice(1),
    words: wordsOf(bare).length,
  };
}

/** What the office is told of the title chosen for it: the trích yếu's, or the name's. */
export function titleNote(
  chose: { subject: string } | { name: string; words?: number } | undefined,
): string | undefined {
  if (!chose) return undefined;
  if ('subject' in chose)
    return `Tiêu đề in trên giấy: trích yếu của văn bản, “${chose.subject}”, in to trên tờ rơi, phiếu kiểm tra và trang tổ trưởng. Muốn một tiêu đề ngắn hơn thì ghi ở ô “Tên ngắn của chiến dịch”.`;
  const why =
    chose.words === undefined
      ? 'vì không thấy trích yếu trong văn bản'
      : `vì trích yếu của văn bản dài ${chose.words} chữ (quá ${TITLE_WORDS} chữ để in to)`;
  return `Tiêu đề in trên giấy: tên chiến dịch, “${chose.name}”, ${why}. Người dân đọc tiêu đề này: nếu tên chỉ dùng trong văn phòng thì sửa ở ô “Tên ngắn của chiến dịch”.`;
}

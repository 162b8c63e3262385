/**
 * Studio: a campaign made from scratch starts with the name typed on "Chiến dịch mới" ("Khám
 * NVQS 2027", the office's own words to find it in the list) as its notice's trích yếu and its
 * printed title (skeleton.ts). Printed so, the notice read "THÔNG BÁO / Khám NVQS 2027", the
 * poster and the flyer carried it huge and the report said "về việc Khám NVQS 2027", with no
 * word from the studio (qa56 M1). Decree 30 wants a trích yếu that sums up the content, with no
 * private abbreviations.
 *
 * The skeleton marks the two values it copied with a comment (UNCHANGED_MARK); the mark comes off
 * a field the moment a save changes its value (stale-guesses.ts), so a subject the office typed
 * is never said to be the name, even one that reads the same as the name. While a value keeps
 * its mark and still reads as the name (or the title typed on "Chiến dịch mới"), the campaign's
 * "Lưu ý trước khi in" says so.
 */
import { type Document, isScalar, parseDocument } from 'yaml';
import { UserError } from '../errors.js';
import { verbatim } from '../messages/message.js';
import { readCampaignName } from './campaign-folders.js';
import { isUnchangedMark, UNCHANGED_MARK } from './skeleton.js';

/** The value at `path` when it still carries the mark, else undefined. */
function markedValue(doc: Document, path: readonly string[]): string | undefined {
  const node = doc.getIn(path, true);
  if (!isScalar(node) || typeof node.value !== 'string' || !isUnchangedMark(node.comment))
    return undefined;
  return node.value.normalize('NFC').trim();
}

/**
 * The note for a campaign whose subject or title is still what the skeleton copied into it
 * (`name`: the name the office typed, studio-name.txt); none when both were changed.
 */
export function nameAsSubjectNotes(text: string, name: string | undefined): UserError[] {
  if (!text.includes(UNCHANGED_MARK) || !name) return [];
  const doc = parseDocument(text);
  if (doc.errors.length) return [];
  const title = markedValue(doc, ['title']);
  const subject = markedValue(doc, ['notice', 'subject']);
  // The skeleton copies the name, or the title typed beside it, into the subject.
  const titleTyped = doc.getIn(['title']);
  const subjectSame =
    subject !== undefined && (subject === name || subject === String(titleTyped ?? '').trim());
  const titleSame = title !== undefined && title === name;
  if (!subjectSame && !titleSame) return [];
  const shown = subjectSame ? subject : name;
  const fields = [
    ...(subjectSame ? ['“Trích yếu (V/v)”'] : []),
    ...(titleSame ? ['“Tên ngắn của chiến dịch”'] : []),
  ].join(' và ');
  const printed = [
    ...(subjectSame
      ? ['thông báo in nó làm trích yếu (báo cáo kết quả cũng ghi “về việc …” theo đó)']
      : []),
    ...(titleSame ? ['áp phích, tờ rơi in nó làm tiêu đề lớn'] : []),
  ].join('; ');
  const ask = [
    ...(subjectSame
      ? [
          'ghi trích yếu thật của thông báo: một câu tóm tắt nội dung văn bản, không dùng chữ viết tắt riêng của văn phòng (Nghị định 30/2020/NĐ-CP)',
        ]
      : []),
    ...(titleSame ? ['ghi tên ngắn để người dân đọc trên áp phích'] : []),
  ].join(', và ');
  return [
    new UserError(
      verbatim(`${fields} vẫn là tên ghi khi tạo chiến dịch, “${shown}”: ${printed}. Hãy ${ask}.`),
    ),
  ];
}

/** The note for the campaign of `file`, its studio name read beside it. */
export async function nameAsSubjectNotesOf(text: string, folder: string): Promise<UserError[]> {
  if (!text.includes(UNCHANGED_MARK)) return [];
  return nameAsSubjectNotes(text, await readCampaignName(folder));
}

/**
 * Model: the notice's subject (trích yếu) as a line for residents under a campaign's title on
 * their papers (the flyer, its picture, the leader's Zalo message), or '' when it is no such line.
 *
 * The rule, in one sentence: the subject is left off residents' papers when it starts with a word
 * for the office's own work (tuyên truyền, triển khai, phát động, …) or says no more than the
 * title (the same words, letter case and punctuation aside).
 *
 * qa59 p6: an awareness flyer printed "Tuyên truyền đội mũ bảo hiểm cho trẻ em khi ngồi trên xe
 * máy, xe đạp điện" under its title "Đội mũ bảo hiểm cho trẻ em": what the office does, not a line
 * for the parent reading it, repeating the title and pushing the slogan down. A subject that
 * tells residents something ("Tổ chức tiêm vắc-xin sởi cho trẻ từ 1 đến 5 tuổi") stays.
 */

/**
 * What the office does, at the head of a trích yếu ("Tuyên truyền …", "Triển khai …"): the
 * office's informing and directing, never something residents are asked to do.
 */
export const OFFICE_VERBS: readonly string[] = [
  'tuyên truyền',
  'triển khai',
  'phát động',
  'tăng cường',
  'đẩy mạnh',
  'quán triệt',
  'phổ biến',
];

/** Lower case, NFC, words only: "Đội mũ bảo hiểm, cho trẻ em!" → "đội mũ bảo hiểm cho trẻ em". */
const words = (text: string): string =>
  text
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The subject to print under `title` for residents, or '' (the rule above). */
export function residentSubject(subject: string, title: string | null | undefined): string {
  const said = words(subject);
  if (said === '') return '';
  if (OFFICE_VERBS.some((verb) => said === verb || said.startsWith(`${verb} `))) return '';
  if (title && said === words(title)) return '';
  return subject;
}

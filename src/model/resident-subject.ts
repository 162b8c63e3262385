/**
 * Model: the notice's subject (trích yếu) as a line for residents under a campaign's title on
 * their papers (the flyer, its picture, the leader's Zalo message), or '' when it is no such line.
 *
 * The rule, in one sentence: the subject is left off residents' papers when it starts with a word
 * for the office's own work (tuyên truyền, triển khai, phát động, …) and carries no number, or adds to the title's words
 * only a few others and no number (the second half is the flyer's own, kinds/flyer.ts
 * repeatsTitle, qa8 K7: "Tổ chức diễn tập …" under "Diễn tập …").
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

/** Lower case, NFC, words only: "Tuyên truyền: đội mũ…" → "tuyên truyền đội mũ…". */
const words = (text: string): string =>
  text
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The subject to print under the title for residents, or '' (the rule's first half). */
export function residentSubject(subject: string): string {
  const said = words(subject);
  // A subject carrying a number (ages, a day, a place's number) says what residents need:
  // "Triển khai tiêm vắc-xin … cho trẻ từ 1 đến 5 tuổi … ngày 17/01/2027" (review59b #2).
  if (/\p{N}/u.test(said)) return subject;
  if (OFFICE_VERBS.some((verb) => said === verb || said.startsWith(`${verb} `))) return '';
  return subject;
}

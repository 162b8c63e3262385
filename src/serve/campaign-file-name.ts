/**
 * Serve stage: a download's name with its campaign in it, so an office with two campaigns' files in
 * one Downloads folder (đợt 1, đợt 2) and a leader's phone tell them apart (qa58b M5). In: a file
 * name and the campaign's short title (or its notice's number). Out: "Tổ dân phố số 5 - Tờ rơi -
 * Phòng, chống sốt xuất huyết đợt 2.pdf". The results files name it the same way (results-admin.ts).
 */
import type { Campaign } from '../load/campaign.js';

/** The campaign as a file name says it: its short title, else "số 05-TB-UBND", else ''. */
export function campaignTag(campaign: {
  title: string;
  notice: Pick<Campaign['notice'], 'number' | 'symbol'>;
}): string {
  const { number, symbol } = campaign.notice;
  const which = campaign.title.trim()
    ? campaign.title.trim()
    : number === null
      ? ''
      : `số ${String(number).padStart(2, '0')}-${symbol}`;
  return fileNamePart(which);
}

/** The campaign's tag from a studio form (the campaign may not load, yet its files are named). */
export function campaignTagOfForm(form: Record<string, string | undefined>): string {
  const number = Number.parseInt(form['notice.number']?.trim() ?? '', 10);
  return campaignTag({
    title: form.title ?? '',
    notice: {
      number: Number.isFinite(number) ? number : null,
      symbol: form['notice.symbol'] ?? '',
    },
  });
}

/**
 * The campaign and its ward from a studio form: "Phòng, chống sốt xuất huyết đợt 1 - phường Ngô
 * Quyền". Two wards' studios printing the same campaign gave their files the same names, and at
 * the copy shop ward A's posters could not be told from ward B's (qa59b p3).
 */
export function campaignWardTagOfForm(form: Record<string, string | undefined>): string {
  return [campaignTagOfForm(form), fileNamePart(form['issuer.ward'] ?? '')]
    .filter((part) => part !== '')
    .join(' - ');
}

/** How long a part of a file name may be: a phone's Downloads list shows about this much. */
const PART_CHARS = 60;

/**
 * Characters a file name cannot hold on Windows, and a part kept short enough to read, cut
 * between words: a consultation's "Lấy ý kiến Nhân dân về dự thảo Nghị quyết hỗ trợ người cao
 * tuổi" is "… hỗ trợ người cao", never "… người cao tu".
 */
export function fileNamePart(s: string): string {
  const safe = s.replace(/[\\/:*?"<>|]+/g, '-').trim();
  if (safe.length <= PART_CHARS) return safe;
  const cut = safe.slice(0, PART_CHARS + 1);
  const space = cut.lastIndexOf(' ');
  return withoutJoiningTail(
    space > PART_CHARS / 2 ? cut.slice(0, space) : cut.slice(0, PART_CHARS),
  );
}

/**
 * Words that join what follows to what came before: a cut name never ends on one ("… khơi thông
 * cống rãnh và.pdf", qa59b p4).
 */
const JOINING = new Set(
  'và của cho với hoặc hay về trong tại để các những từ đến theo bằng ở là trên dưới khi mà do vì nếu'.split(
    ' ',
  ),
);

/** `part` less the stops and joining words it ends on (one word is always kept). */
function withoutJoiningTail(part: string): string {
  const words = part
    .replace(/[\s,;.-]+$/u, '')
    .trim()
    .split(/\s+/);
  while (words.length > 1 && JOINING.has((words.at(-1) ?? '').toLocaleLowerCase('vi'))) {
    words.pop();
    words.push((words.pop() ?? '').replace(/[,;.-]+$/u, ''));
  }
  return words.join(' ');
}

/** `name` with " - <tag>" before its extension; unchanged when there is no tag or it has it. */
export function withCampaign(name: string, tag: string): string {
  if (!tag || name.includes(tag)) return name;
  const m = /^(.*?)(\.[a-z0-9]{2,4})?$/iu.exec(name);
  return `${m?.[1] ?? name} - ${tag}${m?.[2] ?? ''}`;
}

/**
 * Model: the word before the campaign's `deadline` on every paper — "Hạn đăng ký" when it is the
 * last day to sign up, "Thời hạn" otherwise. A sign-up list (tally.signUp) says so; so does the
 * campaign's own text where it names that day: a class whose notice says "đăng ký với tổ trưởng
 * … trước ngày 10/12/2026" printed "Thời hạn: 10/12/2026" on the flyer, the checklist and the
 * tracking sheet of a ward given its residents lists (qa50 p1), as if it were the class's end.
 */
import type { Campaign } from '../load/campaign.js';

export type DeadlineWord = 'Hạn đăng ký' | 'Thời hạn';

/**
 * Day and month of each date written "10/12/2026", "10/12", "10-12-2026", "10.12.2026": "10/12".
 * A day a calendar has, and with "-" or "." only with its year: "tổ 5-7", "7 - 9 giờ", "17.00"
 * are no dates (review53 #6).
 */
export const daysIn = (text: string): string[] =>
  [...text.matchAll(/(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{2,4}))?(?![\d/.-]?\d)/g)]
    .filter((m) => {
      const day = Number(m[1]);
      const month = Number(m[3]);
      return day >= 1 && day <= 31 && month >= 1 && month <= 12 && (m[2] === '/' || !!m[4]);
    })
    .map((m) => `${Number(m[1])}/${Number(m[3])}`);

const SIGN_UP = /đăng\s+k[ýí]/iu;

const said = new WeakMap<Pick<Campaign, 'deadline'>, boolean>();

/**
 * Whether a line of the notice's body or an action names the deadline's day with "đăng ký"
 * ("Người cao tuổi có nhu cầu đăng ký … trước ngày 10/12/2026"). Once per campaign.
 */
function saysSignUp(campaign: Pick<Campaign, 'deadline' | 'notice' | 'actions'>): boolean {
  const known = said.get(campaign);
  if (known !== undefined) return known;
  const days = new Set(daysIn(campaign.deadline));
  const lines = [
    ...(campaign.notice.body ?? '').split('\n'),
    ...campaign.actions.map((a) => a.step),
  ].map((l) => l.normalize('NFC'));
  const found =
    days.size > 0 && lines.some((l) => SIGN_UP.test(l) && daysIn(l).some((d) => days.has(d)));
  said.set(campaign, found);
  return found;
}

export function deadlineWordOf(
  campaign: Pick<Campaign, 'deadline' | 'notice' | 'actions'>,
  signUp: boolean,
): DeadlineWord {
  return signUp || saysSignUp(campaign) ? 'Hạn đăng ký' : 'Thời hạn';
}

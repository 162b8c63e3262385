/**
 * Model: the word before the campaign's `deadline` on every paper — "Hạn đăng ký" when it is the
 * last day to sign up, "Thời hạn" otherwise. A sign-up list (tally.signUp) says so; so does the
 * campaign's own text where it names that day: a class whose notice says "đăng ký với tổ trưởng
 * … trước ngày 10/12/2026" printed "Thời hạn: 10/12/2026" on the flyer, the checklist and the
 * tracking sheet of a ward given its residents lists (qa50 p1), as if it were the class's end.
 */
import type { Campaign } from '../load/campaign.js';
import { dayMonthsIn } from '../load/day-first.js';
import { campaignDays } from './campaign-days.js';
import { signsUp } from './measure-base.js';

export type DeadlineWord = 'Hạn đăng ký' | 'Thời hạn';

const SIGN_UP = /đăng\s+k[ýí]/iu;

const said = new WeakMap<Pick<Campaign, 'deadline'>, boolean>();

/**
 * Whether a line of the notice's body or an action names the deadline's day with "đăng ký"
 * ("Người cao tuổi có nhu cầu đăng ký … trước ngày 10/12/2026"). Once per campaign.
 */
function saysSignUp(campaign: Pick<Campaign, 'deadline' | 'notice' | 'actions'>): boolean {
  const known = said.get(campaign);
  if (known !== undefined) return known;
  const days = new Set(dayMonthsIn(campaign.deadline));
  const lines = [
    ...(campaign.notice.body ?? '').split('\n'),
    ...campaign.actions.map((a) => a.step),
  ].map((l) => l.normalize('NFC'));
  const found =
    days.size > 0 && lines.some((l) => SIGN_UP.test(l) && dayMonthsIn(l).some((d) => days.has(d)));
  said.set(campaign, found);
  return found;
}

export function deadlineWordOf(
  campaign: Pick<Campaign, 'deadline' | 'notice' | 'actions'>,
  signUp: boolean,
): DeadlineWord {
  return signUp || saysSignUp(campaign) ? 'Hạn đăng ký' : 'Thời hạn';
}

type SignUpFields = Pick<Campaign, 'deadline' | 'notice' | 'actions' | 'measures' | 'issued'>;

/**
 * Whether the campaign's figures are sign-ups: its first measure says so ("Số trẻ đăng ký học
 * bơi"), or it has a `deadline` printed "Hạn đăng ký". Such figures come before the event: never
 * early (results/early.ts, review57b #9). A quota alone ("Số trẻ đã được tiêm | of: Chỉ tiêu
 * (trẻ)") with no deadline is no sign-up's: its figures are the event's.
 */
export function countsSignUps(campaign: SignUpFields): boolean {
  const [first] = campaign.measures ?? [];
  if (first !== undefined && SIGN_UP.test(first.label.normalize('NFC'))) return true;
  return (
    campaign.deadline.trim() !== '' &&
    deadlineWordOf(campaign, first !== undefined && signsUp(first)) === 'Hạn đăng ký'
  );
}

/**
 * The campaign's `deadline` (YYYY-MM-DD) when its figures are sign-ups (countsSignUps), else
 * undefined: the last day to sign up, which load/deadline-check.ts wants before the first day.
 */
export function signUpDayOf(campaign: SignUpFields): string | undefined {
  if (!countsSignUps(campaign)) return undefined;
  return campaignDays(null, campaign.deadline, campaign.issued.slice(0, 10))?.ends;
}

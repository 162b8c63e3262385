/**
 * Load stage: the list mark an office types (or pastes from Word) before an item of a field it
 * writes one item a line — what to bring, the numbers to call, the actions, Kính gửi and Nơi
 * nhận, a contest's topics, eligibility and rules. Every paper and page that prints these items
 * puts its own mark before each (the flyer's "•", the checklist's tick box, the Zalo message's
 * "- ", the notice's "- ", the steps' numbers), so a typed mark printed after it ("• • Thẻ cử
 * tri", "- • Thẻ cử tri", "2.  - Báo sai sót", qa25 F5). One rule for every such field, used by
 * the studio's form when it saves (studio/campaign-fields.ts) and by the loader for a
 * campaign.yaml written by hand (withoutItemMarks, load/campaign.ts).
 */
import type { Campaign } from './campaign-schema.js';

/** The spaces a mark is followed by: a space, a Tab (Word's list), a no-break space. */
const GAP = '[ \\t\\u00A0\\u202F]';

/**
 * A list mark at the start of a line: a bullet ("•", "·", "◦", "▪", Word's Symbol-font bullet
 * U+F0B7), spaces after it optional; or a hyphen, dash, "+", "*", a number ("1.", "12)") or a
 * letter ("a)", "đ)") followed by at least one space. An item that starts with a figure ("2 ảnh
 * 3x4", "1.250.000 đồng") has no space right after its first mark, and is kept whole.
 */
const LIST_MARK = new RegExp(
  `^${GAP}*(?:[•·◦▪‣\\uF0A7\\uF0B7]${GAP}*|(?:[-–—+*]|\\d{1,2}[.)]|[a-zđ]\\))${GAP}+)`,
  'iu',
);

/** A line without its list mark; a line of nothing but a mark stays as typed (a check names it). */
export function withoutListMark(line: string): string {
  const bare = line.replace(LIST_MARK, '');
  return bare.trim() === '' ? line : bare;
}

/**
 * The campaign with the list marks taken off its items (see above). `whole` says which fields the
 * schema took whole: a field it refused stays as typed (load/campaign.ts `partlyChecked`).
 */
export function withoutItemMarks(
  campaign: Campaign,
  whole: (path: string) => boolean = () => true,
): Campaign {
  const lines = (path: string, items: string[]) =>
    whole(path) && Array.isArray(items) ? items.map(withoutListMark) : items;
  const { contest } = campaign;
  return {
    ...campaign,
    bring: lines('bring', campaign.bring),
    points: lines('points', campaign.points),
    hotlines: lines('hotlines', campaign.hotlines),
    actions:
      whole('actions') && Array.isArray(campaign.actions)
        ? campaign.actions.map((a) => ({ ...a, step: withoutListMark(a.step) }))
        : campaign.actions,
    notice: {
      ...campaign.notice,
      recipients: lines('notice.recipients', campaign.notice.recipients),
      cc: lines('notice.cc', campaign.notice.cc),
    },
    contest: contest
      ? {
          ...contest,
          topics: lines('contest.topics', contest.topics),
          eligible: lines('contest.eligible', contest.eligible),
          rules: lines('contest.rules', contest.rules),
        }
      : contest,
  };
}

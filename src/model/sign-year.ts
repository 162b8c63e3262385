/**
 * Model: the year printed on a sheet signed when the work is done — the tracking sheet's "…, ngày
 * …… tháng …… năm …" (qa56 M5). It was the notice's year: a mừng thọ issued 01/12/2026 for an
 * event on 10/01/2027 (sheets due 15/01/2027) had every leader sign in January 2027 on a line
 * that already said 2026. The work's days are the campaign's event (a contest's starts and ends,
 * else its `when`, the group's own cells filled in) and its `deadline`: all in one year later
 * than the notice's, that year; on both sides of a new year, no year ("năm 20……", written at the
 * signing); none, or all in the notice's year, the notice's year.
 */
import type { Campaign } from '../load/campaign-schema.js';
import type { Group } from '../load/types.js';
import { daysIn } from './campaign-days.js';

/** The year left for the signer to write, when the work spans two years. */
export const BLANK_YEAR = '20……';

/** A `when` a groups column fills ("{{group.[Ngày tiêm]}}"), with the group's own cells. */
const withCells = (text: string, group: Pick<Group, 'columns'>): string =>
  text.replace(
    /\{\{\s*group\.(?:\[([^\]]+)\]|([\p{L}\p{N}_]+))\s*\}\}/gu,
    (_, bracketed?: string, plain?: string) => group.columns?.[bracketed ?? plain ?? ''] ?? '',
  );

export function signYearOf(
  campaign: Pick<Campaign, 'issued' | 'when' | 'deadline' | 'contest'>,
  group: Pick<Group, 'columns'>,
): string {
  const issued = campaign.issued.slice(0, 10);
  const year = issued.slice(0, 4);
  const { contest } = campaign;
  const days = [
    ...(contest
      ? [contest.starts, contest.ends]
      : daysIn(withCells(campaign.when ?? '', group), issued)),
    ...daysIn(withCells(campaign.deadline ?? '', group), issued),
  ];
  const years = [...new Set(days.map((d) => d.slice(0, 4)))];
  if (!years.some((y) => y > year)) return year;
  return years.length === 1 ? (years[0] ?? year) : BLANK_YEAR;
}

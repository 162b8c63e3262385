/**
 * Results: figures a leader sent before the group's event (qa54 p4). The soi campaign vaccinates
 * on 14–15/12/2026; on 07/12 a leader's form took "38 trẻ", and the report printed it "tính đến
 * ngày 07/12/2026" as if the children were vaccinated. Such a figure is not refused — a tổ may
 * send the children it has signed up, or correct it later — but it is marked, as a late one is
 * (late.ts): Kết quả's "Cập nhật", the report's closing and its spreadsheet's "Ghi chú" say "gửi
 * trước ngày diễn ra 14/12/2026", and the leader's form says the day above its boxes. The day is
 * the group's own first day: its `when` as its papers print it (a `when` a groups column fills,
 * "{{group.[Ngày tiêm]}}", gives each group its own), a contest's `starts`. Only a day something
 * begins on (rev55): "Từ nay đến hết ngày 20/12/2026" or "Hạn chót nộp phiếu: 20/12/2026" is an
 * end, and marked every leader's figure "gửi trước ngày diễn ra 20/12/2026"; nor a day on or after
 * `report.deadline` (the page said "Ngày diễn ra: 20/12/2026" after "Hạn báo cáo: 18/12/2026"),
 * nor any day of a campaign of sign-ups ("Hạn đăng ký", "Số trẻ đăng ký học bơi"): they are never
 * early (qa57 M4, review57b #9); nor of a quota's ("Chỉ tiêu (trẻ)") with no report deadline
 * (h-left15a).
 */
import type { Campaign } from '../load/campaign.js';
import { writtenDay } from '../load/day-first.js';
import type { Group } from '../load/types.js';
import { firstWrittenIs, startsOnItsDay } from '../load/when-dates.js';
import { campaignDays, daysBefore, ownDaysOf } from '../model/campaign-days.js';
import { buildContext } from '../model/context.js';
import { countsSignUps } from '../model/deadline-word.js';
import { signsUp } from '../model/measure-base.js';
import { fillValue } from '../template/handlebars.js';
import { unmarked } from '../template/value-marks.js';
import { endOfVietnamDay } from '../ward-time.js';

/** A group's first day (YYYY-MM-DD), undefined when its `when` names none. */
export type EventStart = (group: Group) => string | undefined;

/**
 * The first day of each group's event: the campaign's own (a contest's `starts`, a `when` line
 * with its days) for every group, else the days the group's filled `when` prints. A `when` that
 * cannot be filled for a group (a cell the template names is missing) gives it none.
 */
export function eventStartOf(campaign: Campaign): EventStart {
  // One reading per campaign: Kết quả and each leader's page ask it on every view, and a
  // `when` of the groups' columns fills it for each group (buildContext) once.
  let starts = startsRead.get(campaign);
  if (!starts) {
    starts = readStarts(campaign);
    startsRead.set(campaign, starts);
  }
  return starts;
}

const startsRead = new WeakMap<Campaign, EventStart>();

function readStarts(campaign: Campaign): EventStart {
  // Never a day the figures are due by or after: a `when` of a deadline is no event's day.
  const deadline = campaign.report?.deadline;
  // A sign-up's figures are the people signed up, sent before the event: never early, whatever
  // its deadline (qa57 M4: a swimming class's leader was told to send again after the class
  // began; review57b #9: a deadline after the first day marked the sign-ups of the week before).
  // A sign-up's deadline after the first day is warned by `check` (deadline-check.ts).
  if (countsSignUps(campaign)) return () => undefined;
  // A quota's figures ("Chỉ tiêu (người)": a sign-up list, model/measure-base.ts signsUp) with
  // neither a last day to sign up nor a report deadline: nothing says they are the event's
  // results, due after it, so no day they are early for (h-left15a: a swimming class's "Số trẻ
  // học bơi | Chỉ tiêu (trẻ)" with no "Thời hạn" was marked "gửi trước ngày diễn ra"). With a
  // report deadline after the event (qa54 p4: vaccinated children, due 18/12 after the 14/12
  // session) a figure sent before the day is still early.
  const [first] = campaign.measures;
  if (!deadline && first !== undefined && signsUp(first)) return () => undefined;
  // A deadline on the day itself leaves it (deadline-check.ts: "on or after the first day").
  const start = (day: string | undefined) => (day && deadline && deadline < day ? undefined : day);
  const when = campaign.when ?? '';
  const own = ownDaysOf(campaign);
  if (own) {
    const begins = startsOnItsDay(when) && firstWrittenIs(when, own.starts);
    const day = start(own.contest || begins ? own.starts : undefined);
    return () => day;
  }
  if (!when.includes('{{')) return () => undefined;
  const issued = campaign.issued.slice(0, 10);
  // By the group as loaded: a groups list read again (its days changed) is read again.
  const starts = new WeakMap<Group, string | undefined>();
  return (group) => {
    if (!starts.has(group)) {
      let day: string | undefined;
      try {
        const line = unmarked(fillValue(when, 'when', buildContext(campaign, group, group.id)));
        const first = startsOnItsDay(line) ? campaignDays(null, line, issued)?.starts : undefined;
        day = start(first && firstWrittenIs(line, first) ? first : undefined);
      } catch {
        day = undefined;
      }
      starts.set(group, day);
    }
    return starts.get(group);
  };
}

/**
 * Whether a group's leader sent one of its figures (`cells`, standings.ts) before the day
 * `starts` began (Viet Nam's day). Only a leader's own, as late.ts `sentLate`: the office's
 * entry or import is its own reading of what the group gave.
 */
export function sentEarly(
  cells: readonly { figure?: { at: string; source: string } }[],
  starts: string | undefined,
): boolean {
  if (starts === undefined) return false;
  const begins = endOfVietnamDay(daysBefore(starts, 1));
  return cells.some((c) => c.figure?.source === 'leader' && c.figure.at < begins);
}

/** "trước ngày diễn ra 14/12/2026". */
export const earlyBefore = (starts: string) => `trước ngày diễn ra ${writtenDay(starts)}`;

/** "gửi trước ngày diễn ra 14/12/2026". */
export const earlySaid = (starts: string) => `gửi ${earlyBefore(starts)}`;

/**
 * Serve stage: a leader's figures that would replace figures already sent, once the campaign's
 * report is due (its "Hạn báo cáo", else its last day: results/late.ts `dueDayOf`, the day Kết
 * quả and the report call a figure late against). Not replaced silently (qa58b M1: a leader on
 * last month's link sent this month's figures there, and the finished campaign's total dropped
 * 575 → 500 with nothing said): the form comes back asking to confirm, as it asks of a figure far
 * out of line with its target (`askConfirm`), naming the figure it would replace and, when the
 * office has opened a newer campaign for the group, that campaign.
 */
import type { Campaign } from '../load/campaign.js';
import { writtenDay } from '../load/day-first.js';
import type { Measure } from '../results/figures.js';
import { dueDayOf } from '../results/late.js';
import type { Figure } from '../results/results-store.js';
import type { OpenElsewhere } from './open-elsewhere.js';
import { formatTime, savedFigure } from './results-form.js';

export interface LateReplace {
  /** The measures whose saved figure would be replaced. */
  measures: Measure[];
  /** "hạn báo cáo 05/12/2026", "ngày kết thúc 10/12/2026": the day passed. */
  when: string;
}

/**
 * The measures of `changed` that already hold a figure (`current`) when `today` is past the
 * campaign's due day; undefined when none, or before that day.
 */
export function lateReplaceOf(
  campaign: Campaign,
  measures: readonly Measure[],
  changed: Readonly<Record<string, number>>,
  current: ReadonlyMap<string, Figure> | undefined,
  today: string,
): LateReplace | undefined {
  const due = dueDayOf(campaign);
  if (!due || today <= due.day) return undefined;
  const replaced = measures.filter(
    (m) => changed[m.id] !== undefined && current?.get(m.id) !== undefined,
  );
  if (replaced.length === 0) return undefined;
  return {
    measures: replaced,
    when: `${due.deadline ? 'hạn báo cáo' : 'ngày kết thúc'} ${writtenDay(due.day)}`,
  };
}

/**
 * The form's sentences: each figure and the one it would replace, then why it is asked and what
 * to do — the newer campaign open for the group (`newer`) named first.
 */
export function lateReplaceSaid(
  late: LateReplace,
  changed: Readonly<Record<string, number>>,
  current: ReadonlyMap<string, Figure> | undefined,
  newer: readonly OpenElsewhere[],
): string[] {
  // Only a campaign that follows this one is called its new one: one running alongside is not.
  const other = newer.find((o) => o.follows);
  return [
    ...late.measures.map((m) => {
      const was = current?.get(m.id);
      return `${m.label}: số ${savedFigure(m, changed[m.id] ?? 0)} sẽ thay số đã gửi ${savedFigure(m, was?.value ?? 0)}${was ? ` lúc ${formatTime(was.at)}` : ''}.`;
    }),
    `Chiến dịch này đã qua ${late.when}: số đã gửi có thể đã được báo cáo.${other ? ` Nếu đây là số liệu của chiến dịch mới “${other.title}”, xin báo cáo ở trang của chiến dịch đó (đường dẫn ở đầu trang này).` : ''} Nếu đúng là sửa số của chiến dịch này, đánh dấu “Tôi xác nhận số liệu trên là đúng” rồi bấm Lưu lại.`,
  ];
}

/**
 * Studio: "Tạo tệp in" of a campaign that would print last year's notice (qa31 M3). A copy whose
 * notice number and date are still the earlier campaign's (copy-review.ts, what the copy's own
 * page lists) prints that number and day on every group's notice; a campaign whose days are over
 * prints a campaign already over, by `check`'s rule (campaign-days.ts `endedOn`) and, but for a
 * contest, in its words (output/event-past.ts: the build tab shows that warning above the button;
 * `check` leaves a contest's end unsaid, so its question names the contest). Either asks once, on
 * a page of its own: one sentence naming what is old, "Vẫn in" (the same POST, confirmed) or "Sửa
 * trước" (the campaign's form). A POST without the confirmation gets that page, never a build.
 * In: the saved form, the folder, the loaded campaign, today.
 */
import type { Campaign } from '../load/campaign-schema.js';
import { writtenDay } from '../load/day-first.js';
import { say } from '../messages/message.js';
import { endedOn, ownDaysOf } from '../model/campaign-days.js';
import { upperFirst } from '../model/format.js';
import type { GroupTerm } from '../model/group-term.js';
import { eventPastSaid } from '../output/event-past.js';
import type { Session } from './accounts.js';
import { copyReviewOf } from './copy-review.js';
import { html } from './html.js';
import { campaignHeader, csrfField, notice, page } from './layout.js';

/** The field the confirmation page's form sends, and its value. */
export const PRINT_OLD_FIELD = 'van_in';
const PRINT_OLD_VALUE = 'co';

/**
 * What of the campaign would print as old: a copy's number and date still the earlier
 * campaign's (`copy`: "số văn bản 105 và ngày ban hành 09/10/2026", from campaign `from`), and
 * days that are over (`ended`: the last day, YYYY-MM-DD, `endedOn` of the loaded campaign's own
 * days; none when it does not load: the build then says why). Undefined when nothing is: no
 * number and no date left, or blank ones, say nothing.
 */
export interface OldOnPaper {
  copy?: { what: string; from: string; count: number };
  ended?: { ends: string; contest: boolean };
}

export async function oldOnPaper(
  folder: string,
  form: Record<string, string>,
  campaign: Pick<Campaign, 'contest' | 'when' | 'issued'> | undefined,
  today: string,
): Promise<OldOnPaper | undefined> {
  const old: OldOnPaper = {};
  const review = await copyReviewOf(folder, form);
  const still = new Set(review?.items.map((i) => i.key));
  const number = still.has('notice.number') ? form['notice.number']?.trim() : undefined;
  const issued = still.has('issued') ? form.issued?.trim() : undefined;
  if (review && (number || issued)) {
    const parts = [
      ...(number ? [`số văn bản ${number}`] : []),
      ...(issued ? [`ngày ban hành ${issued}`] : []),
    ];
    old.copy = { what: parts.join(' và '), from: review.from, count: parts.length };
  }
  const days = campaign && ownDaysOf(campaign);
  const ends = endedOn(days, today);
  if (ends) old.ended = { ends, contest: days?.contest === true };
  return old.copy || old.ended ? old : undefined;
}

/** Whether the request's form confirmed printing as it is ("Vẫn in"). */
export const confirmedOld = (value: unknown) => value === PRINT_OLD_VALUE;

/** The page asking once before printing what is old, its form posting the build again. */
export function printOldPage(opts: {
  session: Session;
  slug: string;
  name: string;
  listed?: string;
  old: OldOnPaper;
  today: string;
  printer: string;
  term: GroupTerm;
  /** The campaign's prints were made before: "tạo lại"; else, never printed, "tạo" (qa47 p4). */
  printed: boolean;
}): string {
  const { session, slug, old } = opts;
  const again = opts.printed ? 'tạo lại' : 'tạo';
  // One sentence for each case: what the papers will print, in its own words.
  const sentences: string[] = [];
  if (old.copy) {
    const { what, from, count } = old.copy;
    sentences.push(
      `Nếu tạo tệp in bây giờ, mọi văn bản sẽ in ${what} của chiến dịch “${from}” (bản sao chưa sửa ${count > 1 ? 'hai mục này' : 'mục này'}).`,
    );
  }
  if (old.ended?.contest) {
    // `check` leaves a contest's end unsaid (event-past.ts): the question names the contest and
    // where its days are, or a clerk mends "Thời gian" and is asked again (review49 #2).
    sentences.push(
      `Cuộc thi đã kết thúc ngày ${writtenDay(old.ended.ends)} (hôm nay là ngày ${writtenDay(opts.today)}): giấy in ra sẽ báo một cuộc thi đã qua.`,
    );
  } else if (old.ended) {
    // `check`'s own warning, as the build tab shows it above the button.
    sentences.push(
      upperFirst(say(eventPastSaid(writtenDay(old.ended.ends), writtenDay(opts.today)), 'vi')) +
        '.',
    );
  }
  const title =
    old.copy && old.ended
      ? 'Tạo tệp in với nội dung cũ?'
      : old.copy
        ? 'Tạo tệp in với số và ngày của chiến dịch cũ?'
        : old.ended?.contest
          ? `${upperFirst(again)} tệp in của cuộc thi đã kết thúc?`
          : `${upperFirst(again)} tệp in của chiến dịch đã kết thúc?`;
  const fix = old.ended?.contest
    ? `Sửa ở trang Nội dung (số văn bản, ngày ban hành, ngày bắt đầu và ngày kết thúc của cuộc thi) rồi ${again} tệp in`
    : old.ended
      ? `Sửa ở trang Nội dung (số, ngày, thời gian) rồi ${again} tệp in`
      : `Sửa số và ngày ở trang Nội dung rồi ${again} tệp in`;
  return page({
    title: `${title.slice(0, -1)}: ${opts.name}`,
    session,
    body: html`${campaignHeader(slug, opts.name, 'build', opts.term, opts.listed)}
<h2 id="old-title">${title}</h2>
${notice('warn', html`${sentences.join(' ')}`)}
<form method="post" action="/c/${slug}/build" class="card" aria-labelledby="old-title">
${csrfField(session)}
<input type="hidden" name="may_in" value="${opts.printer}">
<input type="hidden" name="${PRINT_OLD_FIELD}" value="${PRINT_OLD_VALUE}">
<p>${fix}; hoặc vẫn tạo như vậy nếu đó đúng là điều văn phòng cần.</p>
<div class="actions"><a class="button" href="/c/${slug}">Sửa trước</a>
<button type="submit" class="secondary">Vẫn tạo tệp in</button></div>
</form>`,
  });
}

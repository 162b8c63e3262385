/**
 * Studio: "In tất cả" of a campaign that would print last year's notice (qa31 M3). A copy whose
 * notice number and date are still the earlier campaign's (copy-review.ts, what the copy's own
 * page lists) prints that number and day on every group's notice; a contest whose end day is
 * past prints a contest already over. Either asks once, on a page of its own: one sentence naming
 * what is old, "Vẫn in" (the same POST, confirmed) or "Sửa trước" (the campaign's form). A POST
 * without the confirmation gets that page, never a build. In: the saved form, the folder, today.
 */
import type { GroupTerm } from '../model/group-term.js';
import type { Session } from './accounts.js';
import { copyReviewOf } from './copy-review.js';
import { readDate, shownDate } from './form-dates.js';
import { type Html, html } from './html.js';
import { campaignHeader, csrfField, notice, page } from './layout.js';

/** The field the confirmation page's form sends, and its value. */
export const PRINT_OLD_FIELD = 'van_in';
const PRINT_OLD_VALUE = 'co';

/**
 * What of the campaign would print as old, each a clause of the page's sentence ("số văn bản 105
 * và ngày ban hành 09/10/2026 vẫn là của chiến dịch “…”"); [] when nothing is.
 */
export async function oldOnPaper(
  folder: string,
  form: Record<string, string>,
  today: string,
): Promise<string[]> {
  const said: string[] = [];
  const review = await copyReviewOf(folder, form);
  const still = new Set(review?.items.map((i) => i.key));
  const number = still.has('notice.number') ? form['notice.number']?.trim() : undefined;
  const issued = still.has('issued') ? form.issued?.trim() : undefined;
  if (review && (number || issued)) {
    const parts = [
      ...(number ? [`số văn bản ${number}`] : []),
      ...(issued ? [`ngày ban hành ${issued}`] : []),
    ];
    said.push(
      `${parts.join(' và ')} vẫn là của chiến dịch “${review.from}” (bản sao chưa sửa ${parts.length > 1 ? 'hai mục này' : 'mục này'})`,
    );
  }
  const ends = readDate(form['contest.ends'] ?? '');
  if ('iso' in ends && ends.iso.length === 10 && ends.iso < today)
    said.push(
      `cuộc thi kết thúc ngày ${shownDate(ends.iso)}, đã qua (hôm nay là ${shownDate(today)})`,
    );
  return said;
}

/** Whether the request's form confirmed printing as it is ("Vẫn in"). */
export const confirmedOld = (value: unknown) => value === PRINT_OLD_VALUE;

/** The page asking once before printing what is old, its form posting the build again. */
export function printOldPage(opts: {
  session: Session;
  slug: string;
  name: string;
  listed?: string;
  old: readonly string[];
  printer: string;
  term: GroupTerm;
}): string {
  const { session, slug, old } = opts;
  const sentence: Html = html`Nếu in bây giờ, mọi văn bản sẽ in như cũ: ${old.join('; ')}.`;
  return page({
    title: `In như cũ? ${opts.name}`,
    session,
    body: html`${campaignHeader(slug, opts.name, 'build', opts.term, opts.listed)}
<h2 id="old-title">In tài liệu với nội dung cũ?</h2>
${notice('warn', sentence)}
<form method="post" action="/c/${slug}/build" class="card" aria-labelledby="old-title">
${csrfField(session)}
<input type="hidden" name="may_in" value="${opts.printer}">
<input type="hidden" name="${PRINT_OLD_FIELD}" value="${PRINT_OLD_VALUE}">
<p>Sửa ở trang Nội dung (số, ngày, thời gian cuộc thi) rồi in lại; hoặc in như vậy nếu đó đúng là điều văn phòng cần.</p>
<div class="actions"><a class="button" href="/c/${slug}">Sửa trước</a>
<button type="submit" class="secondary">Vẫn in</button></div>
</form>`,
  });
}

/**
 * Studio, Kết quả tab: the rows of the groups list the figures cannot count (serve/uncounted-rows.ts,
 * the rule serve's /admin/ket-qua keeps too), each said in the form's words, and the way to mend
 * the list: the groups tab, where the file is uploaded again.
 */
import type { GroupFailure } from '../output/inputs.js';
import { uncountedSaid as saidOf } from '../serve/uncounted-rows.js';
import type { Ward } from '../serve/ward.js';
import { type Html, html } from './html.js';
import { notice } from './layout.js';
import { inVietnameseWithHint } from './messages.js';

/** What the office reads instead of the report's buttons (and on a report asked for anyway). */
export function uncountedSaid(
  rows: readonly GroupFailure[],
  ward: Pick<Ward, 'term'>,
): { lead: string; each: string[] } {
  return saidOf(rows, ward, `và tải tệp lên lại ở thẻ Danh sách ${ward.term.short}`, (e) =>
    inVietnameseWithHint(e, ward.term),
  );
}

/** The tab's notice, with the way to the groups tab; '' when every row is counted. */
export function uncountedNote(
  rows: readonly GroupFailure[],
  ward: Pick<Ward, 'term'>,
  slug: string,
): Html | string {
  if (rows.length === 0) return '';
  const said = uncountedSaid(rows, ward);
  return notice(
    'error',
    html`<strong>${said.lead}</strong><br>${said.each.map((s) => html`– ${s}<br>`)}<a href="/c/${slug}/groups">Sửa danh sách ${ward.term.short}</a>`,
  );
}

/**
 * Studio: what Kết quả and the leaders' tab say of a campaign with no measures (nothing for the
 * leaders to report). A campaign with something residents do, join or come to (actions, a
 * contest, an app, a time, a place or a deadline) could count it: the office is pointed to add a
 * measure. One with nothing to count (an awareness campaign of points to know, a notice alone) is
 * told so, and not pushed to invent figures (qa59 p4: "Thêm chỉ tiêu ở thẻ Nội dung" to a helmet
 * campaign).
 */
import { fillsFlyerEvent } from '../kinds/flyer-needs.js';
import type { Campaign } from '../load/campaign.js';
import type { GroupTerm } from '../model/group-term.js';
import { type Html, html } from './html.js';

/** Whether the campaign has anything a leader could count: something residents do or come to. */
export const hasSomethingToCount = (
  campaign: Pick<Campaign, 'actions' | 'contest' | 'app' | 'when' | 'where' | 'deadline'>,
): boolean =>
  campaign.actions.length > 0 ||
  Boolean(campaign.contest) ||
  Boolean(campaign.app) ||
  fillsFlyerEvent(campaign);

/**
 * The line for a campaign with no measures, on Kết quả (`results`) or the leaders' tab
 * (`leaders`, whose pages then have documents only).
 */
export function noMeasuresNote(
  campaign: Parameters<typeof hasSomethingToCount>[0],
  term: Pick<GroupTerm, 'leader'>,
  slug: string,
  on: 'results' | 'leaders',
): Html {
  const pages =
    on === 'leaders'
      ? html`trang của ${term.leader} chỉ có tài liệu để tải, không có ô báo cáo số liệu`
      : html`các ${term.leader} không có số liệu để báo cáo`;
  return hasSomethingToCount(campaign)
    ? html`Chiến dịch chưa có chỉ tiêu nào, nên ${pages}. <a href="/c/${slug}#f-measures">Thêm chỉ tiêu ở thẻ Nội dung</a> nếu muốn các ${term.leader} báo cáo số liệu (số hộ đã làm, số người tham gia…).`
    : html`Chiến dịch này không có việc nào để đếm (không có việc người dân cần làm, cuộc thi hay buổi người dân đến), nên không có gì để các ${term.leader} báo cáo: ${pages}.`;
}

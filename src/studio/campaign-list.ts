/**
 * Studio: the campaigns' list of an office with dozens of them (qa27 F4): newest first by the
 * campaign's own date, one group per year (a year whose campaigns have all ended starts folded),
 * each row saying where the campaign stands ("đang diễn ra đến 20/12/2026", "đã kết thúc
 * 15/11/2026", "chưa tạo tệp in", "tạo tệp in chưa xong" or "đã tạo tệp in 02/11/2026", "8/12 tổ đã báo cáo", "trang tổ trưởng đã đóng
 * 20/11/2026"), and a search box: a GET `?q=` without the
 * script, filtering as one types with it (studio.js). In: the campaigns (listCampaigns), today,
 * what the open leaders' pages hold. Out: the list's HTML.
 */

import { writtenDay } from '../load/day-first.js';
import { endedOn } from '../model/campaign-days.js';
import type { GroupTerm } from '../model/group-term.js';
import { matches, searchOf } from '../model/search.js';
import { wardDay } from '../ward-time.js';
import type { CampaignSummary } from './campaign-folders.js';
import { type Html, html } from './html.js';
import { forReader } from './layout.js';

/** What an open campaign's leaders have done: how many of its groups reported, of how many. */
export interface LeadersNow {
  term: GroupTerm;
  reported: number;
  total: number;
}

/** What a campaign is found by: its name, number as printed, date and folder. */
function searchText(c: CampaignSummary, details: string): string {
  return `${c.name} ${details} ${c.number} ${c.slug}`.replace(/\s+/g, ' ').trim();
}

/**
 * Whether the query finds the campaign's search text, by the search rule of every other list
 * (model/search.ts); templates/studio/studio.js filters by the same code, sent to the browser.
 */
export const found = (text: string, query: string) => matches(searchOf(query), text);

/** Where a campaign with days is in them today. */
type Stage = 'upcoming' | 'running' | 'ended';

/**
 * Where the campaign stands, in a few words each (its dates, its prints, its leaders), with its
 * stage when it has days (the first words then say it).
 */
function statusOf(
  c: CampaignSummary,
  today: string,
  leaders?: LeadersNow,
  closedSince?: string,
): { stage?: Stage; said: string[] } {
  const said: string[] = [];
  let stage: Stage | undefined;
  // A copy still dated as the earlier campaign: not that campaign's "đã kết thúc" (qa31 M3);
  // its days once changed (not over) still say where it stands, beside the copy's mark.
  const over = endedOn(c.days, today);
  if (c.days && !(c.copied && over)) {
    if (over) {
      stage = 'ended';
      said.push(`đã kết thúc ${writtenDay(c.days.ends)}`);
    } else if (today < c.days.starts) {
      stage = 'upcoming';
      said.push(`bắt đầu ${writtenDay(c.days.starts)}`);
    } else {
      stage = 'running';
      said.push(`đang diễn ra đến ${writtenDay(c.days.ends)}`);
    }
  }
  if (c.copied)
    said.push(
      `bản sao, chưa sửa ${c.copied.length > 1 ? 'số và ngày' : c.copied[0] === 'issued' ? 'ngày' : 'số'}`,
    );
  // Printed or not, and on which day (qa31 m3: a campaign without days said nothing else).
  if (!c.built) said.push('chưa tạo tệp in');
  else if (c.printed && c.printsOld)
    said.push(`tệp in cũ: đã sửa sau lần tạo tệp in ${writtenDay(c.printed)}`);
  else if (c.printed) said.push(`đã tạo tệp in ${writtenDay(c.printed)}`);
  // Built, but no build went through whole: stopped or failed (qa58b p1), as the print tab says.
  else said.push('tạo tệp in chưa xong');
  if (leaders) {
    said.push(`trang ${leaders.term.leader} ${stage === 'ended' ? 'vẫn' : 'đang'} mở`);
    if (leaders.total)
      said.push(`${leaders.reported}/${leaders.total} ${leaders.term.short} đã báo cáo`);
  } else if (closedSince) {
    said.push(`trang tổ trưởng đã đóng ${writtenDay(wardDay(new Date(closedSince)))}`);
  }
  return { ...(stage ? { stage } : {}), said };
}

/** A year's count while searching: "1 trong 3 chiến dịch" (studio.js writes the same). */
const yearCount = (hits: number, total: number) => `${hits} trong ${total} chiến dịch`;

/** A campaign not yet over: its days not all past (one without days is not counted). */
const running = (c: CampaignSummary, today: string) =>
  c.days !== null && endedOn(c.days, today) === undefined;

/**
 * The list: the search form, then a <details> per year (the year of `dated`), open for the
 * newest year, the current one and any with a campaign still running, and for every year with a
 * match when a search is made. Rows not matching `query` are marked hidden (the page works
 * without its script; with it, typing another query shows them again).
 */
export function campaignList(
  campaigns: readonly CampaignSummary[],
  opts: {
    today: string;
    query: string;
    details: (c: CampaignSummary) => string;
    leaders: ReadonlyMap<string, LeadersNow>;
    /** The campaigns whose leaders' pages were opened and are closed now: since when (ISO). */
    closed?: ReadonlyMap<string, string>;
  },
): Html {
  const { today, query } = opts;
  const rows = campaigns.map((c) => {
    const details = opts.details(c);
    const text = searchText(c, details);
    return { c, details, text, hit: !query || found(text, query) };
  });
  const hits = rows.filter((r) => r.hit).length;
  // Names listed more than once (a folder copied by hand keeps its title): their rows show the
  // folder on a phone too, the one thing telling them apart there.
  const nameKey = (c: CampaignSummary) => c.name.normalize('NFC').trim().toLocaleLowerCase('vi');
  const seen = new Map<string, number>();
  for (const { c } of rows) seen.set(nameKey(c), (seen.get(nameKey(c)) ?? 0) + 1);
  const shared = (c: CampaignSummary) => (seen.get(nameKey(c)) ?? 0) > 1;
  const years = new Map<string, typeof rows>();
  for (const r of rows) {
    const y = r.c.dated.slice(0, 4);
    years.set(y, [...(years.get(y) ?? []), r]);
  }
  const first = [...years.keys()][0];
  const search = html`<form method="get" action="/" class="campaign-search" role="search">
<label for="campaign-q">Tìm chiến dịch</label>
<div class="search-row"><input id="campaign-q" name="q" type="search" value="${query}" placeholder="tên, số văn bản, năm…" autocomplete="off"> <button type="submit" class="secondary">Tìm</button>${query ? html` <a href="/">Bỏ tìm</a>` : ''}</div>
</form>`;
  const count = html`<p class="muted search-count" aria-live="polite">${query ? `${hits}/${rows.length} chiến dịch khớp với “${query}”.` : `${rows.length} chiến dịch.`}</p>`;
  const empty = html`<p class="search-empty"${query && hits === 0 ? '' : html` hidden`}>Không có chiến dịch nào khớp. Thử gõ ít chữ hơn, hoặc số văn bản.</p>`;
  return html`${search}${count}${empty}
${[...years].map(([year, list]) => {
  const any = list.some((r) => r.hit);
  const open =
    (!!query && any) ||
    year === first ||
    year === today.slice(0, 4) ||
    list.some((r) => running(r.c, today));
  // Searching, the year's count is of its matches (review: the unfiltered count read as matches).
  const hitsIn = list.filter((r) => r.hit).length;
  return html`<details class="year"${open ? html` open` : ''}${any ? '' : html` hidden`} data-year="${year}"><summary><h2>${year}</h2> <span class="muted year-count" data-total="${String(list.length)}">${query ? yearCount(hitsIn, list.length) : `${list.length} chiến dịch`}</span></summary>
<ul class="list campaigns">${list.map(({ c, details, text, hit }) => {
    const leaders = opts.leaders.get(c.slug);
    const { stage, said: status } = statusOf(c, today, leaders, opts.closed?.get(c.slug));
    const when = stage === 'ended' ? ' ended' : stage === 'running' ? ' running' : '';
    return html`<li data-search="${text}"${hit ? '' : html` hidden`}><div><a class="open" href="/c/${c.slug}">${c.name}</a><br><span class="muted">${details || 'Chưa có số, ngày'}${status.map((t, i) => (i === 0 && c.days ? html` · <span class="status${when}">${t}</span>` : ` · ${t}`))}${when === ' ended' && leaders ? html` · <a href="/c/${c.slug}/leaders#dong-trang">Đóng trang ${leaders.term.leader}?</a>` : ''}<span class="folder${shared(c) ? ' same-name' : ''}"> · thư mục ${c.slug}</span></span></div>
<span class="row-actions"><a href="/c/${c.slug}/rename">Đổi tên ${forReader(`chiến dịch “${c.name}”`)}</a> <a href="/c/${c.slug}/delete">Xoá ${forReader(`chiến dịch “${c.name}”`)}</a></span></li>`;
  })}</ul></details>`;
})}`;
}

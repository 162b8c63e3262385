/**
 * A figures form opened before the office changed the Chỉ tiêu line (qa43 CRITICAL 1): the
 * leader's page and the office's own group page, each opened while "Số hộ đã nộp phiếu góp ý |
 * hộ" was asked, sent after the office replaced it by a count of people and pressed "Vẫn lưu".
 * A figure typed in the old box was dropped while both pages said "Đã lưu số liệu"; now nothing
 * is stored, the answer (409) names the figure and the measure no longer asked, the form of now
 * is shown, and the group's history names the figure of the retired measure (it printed an empty
 * "Tổ trưởng gửi:"). Real sockets, the studio's store, the leader's page as published.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { saveCampaignPage, saveMeasuresAnyway } from './campaign-page.js';
import {
  GROUPS,
  leaderLinks,
  officeForm,
  officeGroupPath,
  report,
  visible,
} from './results-figures.js';
import { Client, studioWithExample, type TestStudio } from './studio.js';

const SUBMITTED = 'Số hộ đã nộp phiếu góp ý';
const OLD_LINE = `${SUBMITTED} | hộ`;
const NEW_LINE = 'Số người đã góp ý | người';
const NEW_LABEL = 'Số người đã góp ý';

describe('a figures form opened before the office changed the measures', () => {
  let s: TestStudio;
  let office: Client;
  let leader: Client;
  let links: Map<string, string>;
  /** The leader's page of tổ 1 and the office's of tổ 2, both opened before the change. */
  let leaderPage = '';
  let officePage = '';
  let officePath = '';
  const logged: string[] = [];

  beforeAll(async () => {
    ({ s, c: office } = await studioWithExample(
      { logError: (line: string) => logged.push(line), groups: GROUPS },
      'khao-sat',
    ));
    const set = await saveCampaignPage(office, 'khao-sat', { measures: OLD_LINE });
    expect(set.status, visible(set.text).slice(0, 400)).toBe(303);
    links = await leaderLinks(office, 'khao-sat');
    leader = new Client(s.url);
    await report(leader, links.get('Tổ dân phố số 1') ?? '', { [SUBMITTED]: '40' });
    await report(leader, links.get('Tổ dân phố số 2') ?? '', { [SUBMITTED]: '30' });
    leaderPage = (await leader.get(links.get('Tổ dân phố số 1') ?? '')).text;
    officePath = await officeGroupPath(office, 'khao-sat', 'Tổ dân phố số 2');
    officePage = (await office.get(officePath)).text;
    // The office replaces the line and answers "Vẫn lưu".
    const { asked, saved } = await saveMeasuresAnyway(office, 'khao-sat', NEW_LINE);
    expect(asked.status).toBe(409);
    expect(saved.status, visible(saved.text).slice(0, 400)).toBe(303);
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  it("the leader's old form with a figure in the old box: not “Đã lưu”, the figure named, nothing stored", async () => {
    const action = /<form class="figures" method="post" action="([^"#]+)/.exec(leaderPage)?.[1];
    const hidden = (name: string) =>
      new RegExp(`name="${name}" value="([^"]*)"`).exec(leaderPage)?.[1] ?? '';
    const box = /<label for="([^"]+)">Số hộ đã nộp/.exec(leaderPage)?.[1] ?? '';
    const sent = await leader.postRaw(action ?? '', {
      form: hidden('form'),
      base: hidden('base'),
      [box]: '33',
    });
    const text = visible(sent.text);
    expect(sent.status).toBe(409);
    expect(text).not.toContain('Đã lưu số liệu');
    expect(text).toContain(
      `Chưa lưu số nào. Văn phòng đã đổi các chỉ tiêu sau khi anh/chị mở trang này, nên số 33 ghi ở “${SUBMITTED}” không còn chỉ tiêu để lưu.`,
    );
    // The form of now: the new measure's box.
    expect(text).toContain(NEW_LABEL);
    expect(logged.some((l) => l.includes('33') && l.includes(SUBMITTED))).toBe(true);
    // The history names the figure stored before, of the measure taken out; no new entry.
    const page = visible((await leader.get(links.get('Tổ dân phố số 1') ?? '')).text);
    expect(page).toContain('Lịch sử cập nhật (1 lần)');
    expect(page).toContain(`${SUBMITTED} (chỉ tiêu đã bỏ) 40`);
  });

  it("the office's old group page: the same, and its history is no empty entry", async () => {
    const f = officeForm(officePage);
    const hidden = f.html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g);
    const sent = await office.postRaw(f.action, {
      ...Object.fromEntries([...hidden].map((m) => [m[1] ?? '', m[2] ?? ''])),
      [f.box(SUBMITTED)]: '44',
    });
    const text = visible(sent.text);
    expect(sent.status).toBe(409);
    expect(text).not.toContain('Đã lưu số liệu');
    expect(text).toContain(
      `Chưa lưu số nào. Văn phòng đã đổi các chỉ tiêu sau khi bạn mở trang này, nên số 44 ghi ở “${SUBMITTED}” không còn chỉ tiêu để lưu.`,
    );
    expect(text).toContain(
      `Tổ trưởng gửi: ${SUBMITTED} 30 (chỉ tiêu đã bỏ, không tính vào kết quả)`,
    );
    expect(text).not.toMatch(/Tổ trưởng gửi:\s*(<|$|\d{2}:\d{2})/);
    expect(logged.some((l) => l.includes('44') && l.includes(SUBMITTED))).toBe(true);
    const again = visible((await office.get(officePath)).text);
    // 44 as a figure nowhere (a clock time such as "19:44" in the history is not one).
    expect(again).not.toMatch(/(?<![\d:.,])44(?![\d:.,/])/);
  });
});

/**
 * The office takes back figures it entered for the wrong group: on the group's page, "Xoá số
 * liệu của tổ này" opens a confirm page that lists the figures counted now; its button stores a
 * withdrawal (the history keeps the figures, and says "Văn phòng xoá số liệu (admin)"), and the
 * group is "Chưa báo cáo" again everywhere the current figures are read — the Kết quả tab, the
 * report's spreadsheet and PDF, the leader's own page — until its leader sends figures again. A
 * second click stores nothing more; a page older than a save made meanwhile withdraws nothing;
 * no token, no withdrawal. Real sockets on loopback, the data folder's real SQLite file, every
 * expected figure worked out from the groups file (results-figures.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../support/pdf-text.js';
import { removeTempDirs } from '../support/tmp.js';
import {
  APP,
  GROUPS,
  JOINED,
  leaderLinks,
  numbersOf,
  officeGroupPath,
  report,
  reportRows,
  sendOfficeForm,
  visible,
} from './results-figures.js';
import { Client, studioWithExample, type TestStudio } from './studio.js';

const SLUG = 'hai-phong';
const RESULTS = `/c/${SLUG}/results`;
const G2 = 'Tổ dân phố số 2';
const G3 = 'Tổ dân phố số 3';

/** The numbers of a group's row in the report's spreadsheet ("Tải bảng số liệu (Excel)"). */
async function reportNumbers(office: Client, name: string): Promise<unknown[]> {
  const rows = await reportRows(office, SLUG);
  expect(
    rows.some((r) => r.includes(name)),
    name,
  ).toBe(true);
  return numbersOf(rows, name);
}

/** The Kết quả tab's row of a group, as read. */
async function tabRow(office: Client, name: string): Promise<string> {
  const page = await office.get(RESULTS);
  const row = new RegExp(`<tr[^>]*>\\s*<td[^>]*>[^<]*</td>\\s*<th scope="row">${name}<`).exec(
    page.text,
  );
  expect(row, name).toBeTruthy();
  const end = page.text.indexOf('</tr>', row?.index ?? 0);
  return visible(page.text.slice(row?.index ?? 0, end));
}

/** A link's href on a page, found by its text. */
const hrefOf = (page: string, text: string) =>
  new RegExp(`<a[^>]*href="([^"]+)"[^>]*>${text}</a>`).exec(page)?.[1] ?? '';

/** The confirm page's form, sent as its button sends it. */
function confirmForm(page: string) {
  const form = /<form method="post" action="([^"]+)" class="card">[\s\S]*?<\/form>/.exec(page);
  const hidden = (name: string) =>
    new RegExp(`name="${name}" value="([^"]*)"`).exec(form?.[0] ?? '')?.[1] ?? '';
  return {
    action: form?.[1] ?? '',
    fields: { _csrf: hidden('_csrf'), base: hidden('base') },
    button: visible(/<button[^>]*>([^<]+)<\/button>/.exec(form?.[0] ?? '')?.[1] ?? ''),
  };
}

describe('the office takes back the figures of a group', () => {
  let s: TestStudio;
  let office: Client;
  let leader: Client;
  let links: Map<string, string>;
  let groupPath: (name: string) => Promise<string>;

  /** The office's form on a group's page, sent with figures (labels → text). */
  const enter = async (path: string, figures: Record<string, string>) =>
    expect((await sendOfficeForm(office, path, figures)).status).toBe(303);

  beforeAll(async () => {
    ({ s, c: office } = await studioWithExample({ groups: GROUPS }));
    leader = new Client(s.url);
    links = await leaderLinks(office, SLUG);
    // Group 2's leader reports: 200 people, 50 households.
    await report(leader, links.get(G2) ?? '', { [JOINED]: '200', [APP]: '50' });
    groupPath = (name) => officeGroupPath(office, SLUG, name);
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  it('withdraws after a confirm page: the group is not reported anywhere, the history keeps it', async () => {
    // The office types group 2's phoned figures on group 3's page by mistake.
    const path = await groupPath(G3);
    await enter(path, { [JOINED]: '450', [APP]: '30' });
    expect(visible((await office.get(RESULTS)).text)).toContain('Đã báo cáo: 2/4 tổ.');
    // 200 + 450 of the ward's 1.000 + 800 + 500 + 400 people.
    expect(visible((await office.get(RESULTS)).text)).toMatch(
      // While a group is out, the reported groups' rate leads and the ward's figure follows.
      new RegExp(`${JOINED}: [^;]* đã báo cáo [^;]*; toàn phường: 650 / 2\\.700 nhân khẩu`),
    );

    const page = await office.get(path);
    const link = hrefOf(page.text, 'Xoá số liệu của tổ này');
    expect(link).not.toBe('');
    const ask = await office.get(link);
    expect(ask.status).toBe(200);
    const asked = visible(ask.text);
    expect(asked).toContain('Xoá số liệu của Tổ dân phố số 3?');
    expect(asked).toContain(`${JOINED}: 450`);
    expect(asked).toContain(`${APP}: 30`);
    expect(asked).toContain('trở về “Chưa báo cáo”');
    // Nothing is withdrawn by opening the page.
    expect(visible((await office.get(RESULTS)).text)).toContain('Đã báo cáo: 2/4 tổ.');

    const form = confirmForm(ask.text);
    expect(form.button).toBe('Xoá số liệu');
    const done = await office.postRaw(form.action, form.fields);
    expect(done.status).toBe(303);
    const after = visible((await office.get(done.headers.get('location') ?? '')).text);
    expect(after).toContain('Đã xoá số liệu của Tổ dân phố số 3: tổ này trở về “Chưa báo cáo”.');
    // No saved figure above the boxes, the boxes empty, no button to withdraw again.
    expect(after).not.toContain('Số đã lưu');
    expect(after).toContain('Chưa có số liệu.');
    expect(after).not.toContain('Xoá số liệu của tổ này');
    const history = after.slice(after.indexOf('Lịch sử số liệu'));
    expect(history).toMatch(
      new RegExp(
        `Văn phòng xoá số liệu \\(admin\\) \\d\\d:\\d\\d \\d\\d/\\d\\d/\\d{4} · Văn phòng nhập \\(admin\\): ${JOINED} 450; ${APP} 30`,
      ),
    );

    // The tab: group 2 alone, 200 of 2.700; group 3's row "Chưa báo cáo".
    const tab = visible((await office.get(RESULTS)).text);
    expect(tab).toContain('Đã báo cáo: 1/4 tổ.');
    expect(tab).toMatch(
      new RegExp(`${JOINED}: [^;]* đã báo cáo [^;]*; toàn phường: 200 / 2\\.700 nhân khẩu`),
    );
    expect(await tabRow(office, G3)).toContain('Chưa báo cáo');
    // The report's spreadsheet and PDF: group 3 has no figure, the ward's total is 200.
    expect(await reportNumbers(office, G3)).not.toEqual(expect.arrayContaining([450]));
    expect(await reportNumbers(office, G3)).not.toEqual(expect.arrayContaining([30]));
    const pdf = await office.get(`${RESULTS}/bao-cao.pdf`);
    const words = (await pdfText(pdf.bytes)).replace(/\s+/g, ' ');
    expect(words).not.toContain('650');
    expect(words).not.toContain('450');

    // A second click on the same page's button stores no second withdrawal.
    expect((await office.postRaw(form.action, form.fields)).status).toBe(303);
    const again = visible((await office.get(path)).text);
    expect(again.match(/Văn phòng xoá số liệu/g)).toHaveLength(1);
  });

  it("shows the group's leader no figures, and the leader's next figures count again", async () => {
    const mine = await leader.get(links.get(G3) ?? '');
    const form = visible(/<form class="figures"[\s\S]*?<\/form>/.exec(mine.text)?.[0] ?? '');
    expect(form).not.toContain('Đã lưu:');
    expect(form).toContain(`${JOINED} Chưa báo cáo`);
    expect(form).not.toMatch(/value="(450|30)"/);
    expect(visible(mine.text)).toContain('Văn phòng xoá số liệu');

    await report(leader, links.get(G3) ?? '', { [JOINED]: '300' });
    const tab = visible((await office.get(RESULTS)).text);
    expect(tab).toContain('Đã báo cáo: 2/4 tổ.');
    expect(tab).toMatch(
      new RegExp(`${JOINED}: [^;]* đã báo cáo [^;]*; toàn phường: 500 / 2\\.700 nhân khẩu`),
    );
    expect(await reportNumbers(office, G3)).toEqual(expect.arrayContaining([300]));
    // The group's page: the leader's figure, not the one withdrawn; the withdraw button back.
    const page = visible((await office.get(await groupPath(G3))).text);
    expect(page).toContain('Số đã lưu: 300 người / 500 nhân khẩu (60,0%) — Tổ trưởng gửi');
    expect(page).toContain('Xoá số liệu của tổ này');
    // The household figure was withdrawn and not sent again.
    expect(page).toMatch(new RegExp(`${APP} Chưa có số liệu\\. Số hộ của tổ: 150\\.`));
  });

  it("enters figures after a withdrawal as the group's first ones", async () => {
    const path = await groupPath(G3);
    await enter(path, { [APP]: '40' });
    const page = visible((await office.get(path)).text);
    expect(page).toContain('Số đã lưu: 40 hộ / 150 hộ (26,7%) — Văn phòng nhập (admin)');
  });

  it('withdraws nothing from a page older than a save made meanwhile', async () => {
    const path = await groupPath(G2);
    const ask = await office.get(hrefOf((await office.get(path)).text, 'Xoá số liệu của tổ này'));
    const form = confirmForm(ask.text);
    // Group 2's leader corrects a figure while the office's confirm page is open.
    await report(leader, links.get(G2) ?? '', { [JOINED]: '210' });
    const refused = await office.postRaw(form.action, form.fields);
    expect(refused.status).toBe(409);
    const said = visible(refused.text);
    expect(said).toContain(
      'Số liệu của Tổ dân phố số 2 vừa thay đổi sau khi mở trang này nên chưa xoá gì.',
    );
    // The page shows the figures as they are now, to withdraw them knowingly.
    expect(said).toContain(`${JOINED}: 210`);
    expect(await tabRow(office, G2)).not.toContain('Chưa báo cáo');
  });

  it('needs the session and its token', async () => {
    const path = await groupPath(G2);
    const ask = await office.get(hrefOf((await office.get(path)).text, 'Xoá số liệu của tổ này'));
    const form = confirmForm(ask.text);
    const forged = await office.postRaw(form.action, { base: form.fields.base });
    expect(forged.status).toBe(403);
    const stranger = new Client(s.url);
    // Signed out: refused (no session, so no token of one), nothing withdrawn.
    expect((await stranger.postRaw(form.action, form.fields)).status).toBe(403);
    expect((await stranger.get(`${path}/withdraw`)).status).toBe(303);
    expect(await tabRow(office, G2)).not.toContain('Chưa báo cáo');
  });
});

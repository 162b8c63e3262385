/**
 * "Xoá số liệu" by mistake (qa58b p7): the group's page offers the way back while the withdrawal
 * is its latest entry — the figures it took, as sent, and one button. Restored, they are the
 * leader's figures again (not "Văn phòng nhập"), counted on Kết quả and in the signed report, and
 * the history records the undo. A second click is stored once. Real sockets on loopback,
 * the studio's SQLite store, the figures sent through the leader's own form.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../support/pdf-text.js';
import { removeTempDirs } from '../support/tmp.js';
import {
  APP,
  GROUPS,
  JOINED,
  leaderLinks,
  officeGroupPath,
  report,
  visible,
} from './results-figures.js';
import { Client, studioWithExample, type TestStudio } from './studio.js';

const SLUG = 'hai-phong';
const RESULTS = `/c/${SLUG}/results`;
const G2 = 'Tổ dân phố số 2';

/** A page's form posting to an address ending in `end`, as its button sends it. */
function formOf(page: string, end: string) {
  const form = new RegExp(`<form method="post" action="([^"]*${end})"[^>]*>[\\s\\S]*?</form>`).exec(
    page,
  );
  const hidden = (name: string) =>
    new RegExp(`name="${name}" value="([^"]*)"`).exec(form?.[0] ?? '')?.[1] ?? '';
  return { action: form?.[1] ?? '', fields: { _csrf: hidden('_csrf'), base: hidden('base') } };
}

describe('a withdrawal undone', () => {
  let s: TestStudio;
  let office: Client;
  let path: string;

  beforeAll(async () => {
    let folder: string;
    ({ s, c: office, folder } = await studioWithExample());
    await writeFile(join(folder, 'groups.csv'), GROUPS);
    const leader = new Client(s.url);
    const links = await leaderLinks(office, SLUG);
    await report(leader, links.get(G2) ?? '', { [JOINED]: '200', [APP]: '50' });
    path = await officeGroupPath(office, SLUG, G2);
    // Withdrawn by mistake, through the confirm page.
    const ask = await office.get(`${path}/withdraw`);
    const withdraw = formOf(ask.text, '/withdraw');
    expect((await office.postRaw(withdraw.action, withdraw.fields)).status).toBe(303);
    expect(visible((await office.get(RESULTS)).text)).toContain('Đã báo cáo: 0/4 tổ.');
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  it('the group’s page offers the figures withdrawn back, in one click', async () => {
    const page = await office.get(path);
    const text = visible(page.text);
    expect(text).toMatch(
      new RegExp(
        `Số liệu của Tổ dân phố số 2 đã bị xoá lúc \\d\\d:\\d\\d \\d\\d/\\d\\d/\\d{4} \\(admin\\): ${JOINED} 200; ${APP} 50\\. Xoá nhầm\\?`,
      ),
    );
    const restore = formOf(page.text, '/restore');
    const done = await office.postRaw(restore.action, restore.fields);
    expect(done.status, visible(done.text).slice(0, 300)).toBe(303);
    const after = visible((await office.get(done.headers.get('location') ?? '')).text);
    expect(after).toContain('Đã khôi phục số liệu của Tổ dân phố số 2 như trước khi xoá.');
    // The leader's figures, as sent: not retyped by the office.
    expect(after).toMatch(/Số đã lưu: 200 [^—]*— Tổ trưởng gửi lúc/);
    expect(after).not.toContain('Khôi phục số liệu vừa xoá');
    const history = after.slice(after.indexOf('Lịch sử số liệu'));
    expect(history).toMatch(
      /Văn phòng khôi phục số liệu đã xoá \(admin\) \d\d:\d\d \d\d\/\d\d\/\d{4} · Văn phòng xoá số liệu \(admin\) \d\d:\d\d \d\d\/\d\d\/\d{4} · Tổ trưởng gửi: /,
    );
    // A second click (the same form again): stored once.
    const again = await office.postRaw(restore.action, restore.fields);
    expect(again.status).toBe(303);
    const twice = visible((await office.get(path)).text);
    expect(twice.split('Văn phòng khôi phục số liệu đã xoá').length - 1).toBe(1);
  });

  it('Kết quả and the signed report count the figures again', async () => {
    const tab = visible((await office.get(RESULTS)).text);
    expect(tab).toContain('Đã báo cáo: 1/4 tổ.');
    const pdf = await office.get(`${RESULTS}/bao-cao.pdf`);
    expect(pdf.status).toBe(200);
    const words = (await pdfText(pdf.bytes)).replace(/\s+/g, ' ');
    // 200 of tổ 2's 800 people.
    expect(words).toContain('Tổ dân phố số 2 200 25,0');
  });
});

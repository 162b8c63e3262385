/**
 * Studio, Kết quả › a group's page sent after newer figures were saved (review34 #1): a box the
 * office did not touch comes back with the newer figure, not the one the old page showed, so
 * pressing "Lưu lại" as the message says keeps the leader's figure; a box the office edited keeps
 * what it typed; figures withdrawn meanwhile are not brought back. Real sockets on loopback, the
 * example campaign, a leader's page as the phone posts it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import {
  APP,
  JOINED,
  leaderLinks,
  numbersOf,
  officeForm,
  officeGroupPath,
  report,
  reportRows,
  visible,
} from './results-figures.js';
import { Client, studioWithExample, type TestStudio } from './studio.js';

const SLUG = 'hai-phong';
let s: TestStudio;
let office: Client;
let links: Map<string, string>;

beforeAll(async () => {
  ({ s, c: office } = await studioWithExample());
  links = await leaderLinks(office, SLUG);
});
afterAll(async () => {
  await s?.close();
  await removeTempDirs();
});

/** Every box and hidden field of the office's form, as the browser posts it. */
const fieldsOf = (html: string) =>
  Object.fromEntries(
    [...html.matchAll(/<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g)].map((m) => [
      m[1] ?? '',
      m[2] ?? '',
    ]),
  );

/** The office's form of group `n` (in the leaders' tab's order), its boxes as the page fills them. */
async function opened(n: number) {
  const [name, url] = [...links][n] ?? ['', ''];
  return { name, url, path: await officeGroupPath(office, SLUG, name) };
}

describe('a group’s page sent after newer figures were saved', () => {
  it('keeps the leader’s newer figure in the box the office did not touch', async () => {
    const g = await opened(0);
    const leader = new Client(s.url);
    await report(leader, g.url, { [JOINED]: '100', [APP]: '10' });
    // The office opens the page: 100 and 10 in the boxes.
    const shown = officeForm((await office.get(g.path)).text);
    expect(fieldsOf(shown.html)[shown.box(JOINED)]).toBe('100');
    // Meanwhile the leader sends 150 people and 15 households.
    await report(leader, g.url, { [JOINED]: '150', [APP]: '15' });
    // The office changes only the households, 10 → 20 (as phoned in), on the page it opened.
    const sent = await office.postRaw(shown.action, {
      ...fieldsOf(shown.html),
      [shown.box(APP)]: '20',
    });
    expect(sent.status).toBe(409);
    const text = visible(sent.text);
    expect(text).toContain(
      'Chưa lưu. Số liệu của tổ vừa được cập nhật sau khi mở trang này (xem “Số đã lưu” dưới mỗi ô): chưa lưu số nào. Ô bạn đã sửa vẫn giữ số bạn nhập; các ô khác nay ghi số đã lưu mới nhất.',
    );
    // The untouched box: the leader's 150, said so; the edited one: the office's 20.
    const again = officeForm(sent.text);
    expect(fieldsOf(again.html)[again.box(JOINED)]).toBe('150');
    expect(fieldsOf(again.html)[again.box(APP)]).toBe('20');
    expect(text).toContain('Số đã lưu: 150');
    expect(text).toContain('Số đã lưu: 15 ');
    expect(text).toContain('Trong ô: số đã lưu mới nhất (trang trước ghi 100).');
    expect(text).toContain('Trong ô: số bạn vừa nhập, chưa lưu.');
    // "Lưu lại", as the message says: the office's 20 saved, the leader's 150 kept.
    const resent = await office.postRaw(again.action, fieldsOf(again.html));
    expect(resent.status).toBe(303);
    const row = numbersOf(await reportRows(office, SLUG), g.name);
    expect(row).toContain(150);
    expect(row).toContain(20);
    expect(row).not.toContain(100);
  });

  it('saves a box the office edited when the leader changed only another one', async () => {
    const g = await opened(2);
    const leader = new Client(s.url);
    await report(leader, g.url, { [JOINED]: '100', [APP]: '10' });
    const shown = officeForm((await office.get(g.path)).text);
    await report(leader, g.url, { [JOINED]: '150', [APP]: '10' });
    // Nothing the office edited was changed since: saved, the leader's 150 kept.
    const sent = await office.postRaw(shown.action, {
      ...fieldsOf(shown.html),
      [shown.box(APP)]: '20',
    });
    expect(sent.status).toBe(303);
    const row = numbersOf(await reportRows(office, SLUG), g.name);
    expect(row).toContain(150);
    expect(row).toContain(20);
    expect(row).not.toContain(100);
  });

  it('does not bring back figures withdrawn since the page was opened', async () => {
    const g = await opened(1);
    await report(new Client(s.url), g.url, { [JOINED]: '100', [APP]: '10' });
    const shown = officeForm((await office.get(g.path)).text);
    // Another office user withdraws the group's figures (entered for the wrong group).
    const ask = (await office.get(`${g.path}/withdraw`)).text;
    const form = /<form method="post" action="([^"]*\/withdraw)"[\s\S]*?<\/form>/.exec(ask);
    expect(form).toBeTruthy();
    const withdrawn = await office.postRaw(form?.[1] ?? '', fieldsOf(form?.[0] ?? ''));
    expect(withdrawn.status).toBe(303);
    // This user, on the page opened before, types only the households.
    const sent = await office.postRaw(shown.action, {
      ...fieldsOf(shown.html),
      [shown.box(APP)]: '20',
    });
    expect(sent.status).toBe(409);
    const again = officeForm(sent.text);
    expect(fieldsOf(again.html)[again.box(JOINED)]).toBe('');
    expect(fieldsOf(again.html)[again.box(APP)]).toBe('20');
    expect(visible(sent.text)).toContain(
      'Trang trước ghi 100; số liệu này đã bị xoá nên ô để trống.',
    );
    const resent = await office.postRaw(again.action, fieldsOf(again.html));
    expect(resent.status).toBe(303);
    const row = numbersOf(await reportRows(office, SLUG), g.name);
    expect(row).toContain(20);
    expect(row).not.toContain(100);
  });
});

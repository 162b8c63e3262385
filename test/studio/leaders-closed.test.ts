/**
 * qa12 Q19: the office closes the campaign's leader pages ("Đóng trang tổ trưởng") while a leader
 * has the figures form open. The leader's link then says the pages were closed, when, and whom
 * to call (410), never "the link is broken" (a 404 sent the leader to ask for a new link); the
 * figures sent after the closing are said not saved and shown, to be sent another way. Real
 * studio on loopback; the phone and the labels expected from the example campaign's file.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, closeContexts, sharedChromium } from '../serve/chromium.js';
import { browserForm, fieldNameByLabel } from '../support/browser-form.js';
import { removeTempDirs } from '../support/tmp.js';
import { newPageAt, PHONE } from './chromium-pages.js';
import { exampleWithMeasures } from './fee-campaigns.js';
import { APP, GROUPS, JOINED, leaderLinks, report, visible } from './results-figures.js';
import { Client, restartStudio, studioWithExample, type TestStudio } from './studio.js';

const SLUG = 'hai-phong';

describe('a leader’s page after the office closed the campaign’s pages', () => {
  let s: TestStudio;
  let office: Client;
  let leader: Client;
  let url: string;
  let form: string;
  let phone: string;
  beforeAll(async () => {
    let folder: string;
    ({ s, c: office, folder } = await studioWithExample({ groups: GROUPS }));
    phone =
      /^ {2}phone: "([^"]+)"/m.exec(await readFile(join(folder, 'campaign.yaml'), 'utf8'))?.[1] ??
      '?';
    leader = new Client(s.url);
    url = (await leaderLinks(office, SLUG)).get('Tổ dân phố số 2') ?? '';
    // The leader opens the form, then the office closes the pages.
    form = (await leader.get(url)).text;
    const closed = await office.post(`/c/${SLUG}/leaders/stop`, {}, `/c/${SLUG}/leaders`);
    expect(closed.status).toBe(303);
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it('says the pages are closed, when, and whom to call: not a broken link', async () => {
    const page = await leader.get(url);
    expect(page.status).toBe(410);
    const said = visible(page.text);
    expect(said).toContain('Trang đã đóng');
    expect(said).toMatch(
      /đã được phường đóng lúc \d\d:\d\d ngày \d\d\/\d\d\/\d{4}\. Đường dẫn vẫn đúng/,
    );
    expect(said).toContain(`Cần báo số liệu hoặc hỏi thêm, xin gọi cho`);
    expect(said).toContain(phone);
    expect(said).not.toContain('thiếu một phần');
    // A path that is no group's page is still "not found".
    expect((await leader.get(url.replace(/\/g\/[^/]+\//, '/g/khong-co/'))).status).toBe(404);
  });

  it('says the same after a restart of the studio (the ward read from the saved files)', async () => {
    const { app, url: base } = await restartStudio(s);
    try {
      const page = await new Client(base).get(url);
      expect(page.status).toBe(410);
      expect(visible(page.text)).toContain('Trang đã đóng');
      expect(visible(page.text)).toContain(phone);
    } finally {
      await app.close();
    }
  });

  it('a form sent after the closing: its figures not saved, and shown to be sent by Zalo', async () => {
    const action = /<form class="figures" method="post" action="([^"#]+)/.exec(form)?.[1] ?? '';
    const hidden = (name: string) =>
      new RegExp(`name="${name}" value="([^"]*)"`).exec(form)?.[1] ?? '';
    const fieldOf = (label: string) => fieldNameByLabel(form, label);
    const sent = await leader.postRaw(action, {
      form: hidden('form'),
      base: hidden('base'),
      [fieldOf(JOINED)]: '1.234',
      [fieldOf(APP)]: '56',
    });
    expect(sent.status).toBe(410);
    const said = visible(sent.text);
    expect(said).toContain('Số liệu vừa ghi chưa được lưu');
    expect(said).toContain(`${JOINED}: 1.234`);
    expect(said).toContain(`${APP}: 56`);
    expect(said).toContain('Zalo');
    expect(said).toContain(phone);
  });
});

describe.skipIf(!chromiumAvailable)('the same on a leader’s phone, in Chromium', () => {
  let s: TestStudio;
  let browser: Browser;
  afterAll(async () => {
    await closeContexts(browser);
    await s?.close();
    await removeTempDirs();
  });

  it('the leader types figures, the office closes, “Lưu lại” shows them not saved', async () => {
    let office: Client;
    ({ s, c: office } = await studioWithExample({ groups: GROUPS }));
    const url = (await leaderLinks(office, SLUG)).get('Tổ dân phố số 3') ?? '';
    browser = await sharedChromium();
    const page = await newPageAt(browser, PHONE);
    await page.goto(`${s.url}${url}`);
    await page.getByLabel(JOINED).fill('321');
    expect((await office.post(`/c/${SLUG}/leaders/stop`, {}, `/c/${SLUG}/leaders`)).status).toBe(
      303,
    );
    await page.getByRole('button', { name: 'Lưu lại' }).click();
    // Said in the form's box (with script: the page stays, its typed figures with it).
    const box = page.getByRole('alert').filter({ hasText: 'Trang đã đóng' });
    await box.waitFor();
    const said = ((await box.textContent()) ?? '').replace(/\s+/g, ' ');
    expect(said).toMatch(
      /^Số liệu chưa được lưu\. Trang đã đóng: .* Các số vừa nhập vẫn còn trong các ô ở trên\. Xin chép lại hoặc chụp màn hình các số này để gửi qua Zalo/,
    );
    expect(await page.getByLabel(JOINED).inputValue()).toBe('321');
  });
});

/**
 * qa43 minor 12: the closed page listed as "vừa ghi" every box of the form, the figures the page
 * itself showed (saved before) with the one the leader typed, and a sum without its dots
 * ("5000000"). Only the boxes the leader changed are listed, a sum as the page writes sums.
 */
describe('a form sent after the closing lists only the boxes the leader changed', () => {
  const PEOPLE = 'Số người tham gia tổng vệ sinh';
  const MONEY = 'Số tiền đã thu (đồng)';
  const HOMES = 'Số hộ đã nộp phí';
  let s: TestStudio;
  let leader: Client;
  let form: string;
  beforeAll(async () => {
    let office: Client;
    ({ s, c: office } = await exampleWithMeasures([
      `{ id: ho, label: ${HOMES}, of: households }`,
      `{ id: tien, label: ${MONEY}, of: đồng }`,
      `{ id: nguoi, label: ${PEOPLE}, of: people }`,
    ]));
    leader = new Client(s.url);
    const url = (await leaderLinks(office, SLUG)).get('Tổ dân phố số 4') ?? '';
    await report(leader, url, {
      [HOMES]: '5',
      [MONEY]: '5000000',
      [PEOPLE]: '100',
    });
    form = (await leader.get(url)).text;
    expect((await office.post(`/c/${SLUG}/leaders/stop`, {}, `/c/${SLUG}/leaders`)).status).toBe(
      303,
    );
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  /** The form as the phone sends it, the boxes labelled in `typed` holding those texts. */
  const send = (typed: Record<string, string>) => {
    const { action, fields } = browserForm(form, (f) => f.attribs.class === 'figures');
    for (const [label, value] of Object.entries(typed))
      fields[fieldNameByLabel(form, label)] = value;
    return leader.postRaw(action, fields);
  };

  it('only the figure typed is said not saved: the ones the page showed are not', async () => {
    const sent = await send({ [HOMES]: '7' });
    expect(sent.status).toBe(410);
    const said = visible(sent.text);
    expect(said).toContain(`Số liệu vừa ghi chưa được lưu`);
    expect(said).toContain(`${HOMES}: 7`);
    expect(said).not.toContain(MONEY);
    expect(said).not.toContain(PEOPLE);
  });

  it('a sum typed anew is said with its dots, as the page says sums', async () => {
    const sent = await send({ [MONEY]: '6000000' });
    expect(sent.status).toBe(410);
    const said = visible(sent.text);
    expect(said).toContain(`${MONEY}: 6.000.000`);
    expect(said).not.toContain('6000000');
    expect(said).not.toContain(`${HOMES}:`);
  });
});

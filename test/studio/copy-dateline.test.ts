/**
 * A "Bản sao" of last year's campaign whose notice number and date are still the original's
 * (qa31 M3): the campaigns list marks it "bản sao, chưa sửa số và ngày" instead of filing it as
 * the original's ended campaign; "Tạo tệp in" of it, or of a campaign whose contest is over, asks
 * once on a page naming what is old ("Vẫn tạo tệp in" / "Sửa trước"), and a POST without that
 * confirmation gets the page, not a build. Every form is the page's own (browserForm).
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DomUtils, parseDocument } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { wardDay } from '../../src/ward-time.js';
import { browserForm } from '../support/browser-form.js';
import { removeTempDirs } from '../support/tmp.js';
import { saveCampaignPage } from './campaign-page.js';
import { copiedCampaign } from './office-steps.js';
import {
  type Client,
  plainText,
  studioWithCampaign,
  studioWithExample,
  type TestStudio,
} from './studio.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

const slug = 'cong-dan-so-2026';
const copyName = 'Công dân số Hải Phòng 2027';

/** A YYYY-MM-DD date of the campaign file as the office reads it, 09/10/2025. */
const dmy = (iso: string) => iso.split('-').reverse().join('/');

/** The campaigns list's row of campaign `of`, as its reader sees it, and its year group. */
function rowOf(page: string, of: string) {
  const doc = parseDocument(page).children;
  const li = DomUtils.findOne(
    (e) =>
      e.name === 'li' &&
      DomUtils.findOne((a) => a.name === 'a' && a.attribs.href === `/c/${of}`, e.children) !== null,
    doc,
  );
  if (!li) throw new Error(`no row of ${of}`);
  let up = li.parent;
  while (up && !(up.type === 'tag' && up.name === 'details')) up = up.parent;
  const year = up && up.type === 'tag' ? up.attribs['data-year'] : undefined;
  return { text: DomUtils.textContent(li).replace(/\s+/g, ' '), year };
}

describe('a copy of last year’s campaign, its number and date not yet changed', () => {
  let s: TestStudio;
  let c: Client;
  let copy: string;
  let source: { issued: string; number: number; ends: string };

  beforeAll(async () => {
    let folder: string;
    // Two of the example's groups: what is checked is the question before the build and that
    // the build then runs, not the ward's size.
    ({ s, c, folder } = await studioWithExample({}, slug, undefined, { groups: 2 }));
    const data = parse(await readFile(join(folder, 'campaign.yaml'), 'utf8'));
    source = {
      issued: String(data.issued),
      number: Number(data.notice.number),
      ends: String(data.contest.ends),
    };
    copy = await copiedCampaign(c, slug, copyName);
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it('is marked on the campaigns list, not filed as the original’s ended campaign', async () => {
    const list = (await c.get('/')).text;
    const original = rowOf(list, slug);
    expect(original.text).toContain(`đã kết thúc ${dmy(source.ends)}`);
    expect(original.year).toBe(source.issued.slice(0, 4));
    const row = rowOf(list, copy);
    expect(row.text).toContain(copyName);
    expect(row.text).toContain('bản sao, chưa sửa số và ngày');
    expect(row.text).not.toContain('đã kết thúc');
    // Filed by the day it was made (today in Viet Nam), as a draft, not in the original's year.
    const today = new Intl.DateTimeFormat('en', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' });
    expect(row.year).toBe(today.format(new Date()));
    expect(row.year).not.toBe(source.issued.slice(0, 4));
  });

  it('asks once before “Tạo tệp in” prints the old number, date and contest', async () => {
    const tab = await c.get(`/c/${copy}/build`);
    const form = browserForm(tab.text, (f) => f.attribs.action === `/c/${copy}/build`);
    const asked = await c.postRaw(form.action, form.fields);
    expect(asked.status).toBe(200);
    const said = plainText(asked.text);
    expect(said).toContain(
      `Nếu tạo tệp in bây giờ, mọi văn bản sẽ in số văn bản ${source.number} và ngày ban hành ${dmy(source.issued)} của chiến dịch “`,
    );
    // The contest is over too: asked in `check`'s sentence (campaign-days.ts endedOn).
    expect(said).toContain(
      `Cuộc thi đã kết thúc ngày ${dmy(source.ends)} (hôm nay là ngày ${dmy(wardDay())}): giấy in ra sẽ báo một cuộc thi đã qua.`,
    );
    expect(said).toContain('Tạo tệp in với nội dung cũ?');
    expect(said).toContain('Sửa trước');
    const edit = DomUtils.findOne(
      (e) => e.name === 'a' && DomUtils.textContent(e) === 'Sửa trước',
      parseDocument(asked.text).children,
    );
    expect(edit?.attribs.href).toBe(`/c/${copy}`);
    const status = async () =>
      JSON.parse((await c.get(`/c/${copy}/build/status`)).text).state as string;
    expect(await status()).toBe('none');
    // A POST without the confirmation (a script, an old tab) gets the same question.
    const direct = await c.post(`/c/${copy}/build`, {}, `/c/${copy}/build`);
    expect(direct.status).toBe(200);
    expect(plainText(direct.text)).toContain('mọi văn bản sẽ in số văn bản');
    expect(await status()).toBe('none');
    // "Vẫn tạo tệp in": the question page's own form.
    const confirm = browserForm(asked.text, (f) => f.attribs.action === `/c/${copy}/build`);
    const started = await c.postRaw(confirm.action, confirm.fields);
    expect(started.status).toBe(303);
    expect(await status()).not.toBe('none');
    await expect.poll(status, { timeout: 180_000, interval: 100 }).toBe('done');
    expect(existsSync(join(s.dataDir, 'campaigns', copy, 'out'))).toBe(true);
  });

  it('its contest dates changed (number and date not yet): the row says both', async () => {
    const dayFrom = (days: number) => {
      const d = new Date(`${wardDay()}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() + days);
      return dmy(d.toISOString().slice(0, 10));
    };
    const ends = dayFrom(60);
    const saved = await saveCampaignPage(c, copy, {
      'contest.starts': dayFrom(-1),
      'contest.ends': ends,
    });
    expect(saved.status).toBe(303);
    const row = rowOf((await c.get('/')).text, copy);
    expect(row.text).toContain('bản sao, chưa sửa số và ngày');
    expect(row.text).toMatch(
      new RegExp(`đang diễn ra đến ${ends.replace(/^0/, '0?').replace(/\/0/, '/0?')}`),
    );
    expect(row.text).not.toContain('đã kết thúc');
  });

  it('is listed as any campaign once its number and date are changed', async () => {
    const saved = await saveCampaignPage(c, copy, {
      'notice.number': String(source.number + 100),
      issued: '02/01/2027',
    });
    expect(saved.status).toBe(303);
    const row = rowOf((await c.get('/')).text, copy);
    expect(row.text).not.toContain('bản sao');
    expect(row.text).toContain(`Số ${source.number + 100}/`);
    expect(row.year).toBe('2027');
  });
});

describe('a campaign that is not a copy', () => {
  afterAll(removeTempDirs);

  it('its dates ahead: “Tạo tệp in” prints at once, no question', async () => {
    const { s, c, folder } = await studioWithExample({}, 'sap-toi', undefined, { groups: 2 });
    const file = join(folder, 'campaign.yaml');
    const yaml = await readFile(file, 'utf8');
    const ahead = yaml
      .replace('starts: 2025-10-11', 'starts: 2099-10-11')
      .replace('ends: 2025-11-11', 'ends: 2099-11-11');
    expect(ahead).not.toBe(yaml);
    await writeFile(file, ahead);
    const tab = await c.get('/c/sap-toi/build');
    const form = browserForm(tab.text, (f) => f.attribs.action === '/c/sap-toi/build');
    const started = await c.postRaw(form.action, form.fields);
    expect(plainText(started.text)).not.toContain('Vẫn tạo tệp in');
    expect(started.status).toBe(303);
    const status = async () =>
      JSON.parse((await c.get('/c/sap-toi/build/status')).text).state as string;
    await expect.poll(status, { timeout: 120_000, interval: 100 }).toBe('done');
    await s.close();
  }, 180_000);

  it('without a contest, its day over (the list says “đã kết thúc”): asked, in its own words', async () => {
    const { s, c } = await studioWithCampaign('hien-mau', [
      join(FIXTURES, 'hien-mau', 'campaign.yaml'),
      join(FIXTURES, 'hien-mau', 'groups.csv'),
    ]);
    // The campaign's day as its file writes it: "Chủ nhật 29/3/2026, từ 7h00".
    expect(rowOf((await c.get('/')).text, 'hien-mau').text).toMatch(/đã kết thúc 29\/0?3\/2026/);
    const tab = await c.get('/c/hien-mau/build');
    const form = browserForm(tab.text, (f) => f.attribs.action === '/c/hien-mau/build');
    const asked = await c.postRaw(form.action, form.fields);
    expect(asked.status).toBe(200);
    const said = plainText(asked.text);
    // Never printed (qa47 p4): "tạo tệp in", not "tạo lại" of prints that do not exist.
    expect(said).toContain('Tạo tệp in của chiến dịch đã kết thúc?');
    expect(said).toMatch(
      /Chiến dịch đã kết thúc ngày 29\/03\/2026 \(hôm nay là ngày \d\d\/\d\d\/\d{4}\): giấy in ra sẽ báo một việc đã qua\./,
    );
    expect(said).toContain('Sửa ở trang Nội dung (số, ngày, thời gian) rồi tạo tệp in;');
    expect(said).not.toMatch(/tạo lại/i);
    expect(said).not.toContain('Cuộc thi');
    expect(said).not.toContain('như cũ:');
    expect(said).toContain('Vẫn tạo tệp in');
    // Once printed ("Vẫn tạo tệp in"), asked again: now it is "tạo lại".
    const confirm = browserForm(asked.text, (f) => f.attribs.action === '/c/hien-mau/build');
    expect((await c.postRaw(confirm.action, confirm.fields)).status).toBe(303);
    const status = async () =>
      JSON.parse((await c.get('/c/hien-mau/build/status')).text).state as string;
    await expect.poll(status, { timeout: 120_000, interval: 100 }).toBe('done');
    const again = plainText((await c.postRaw(form.action, form.fields)).text);
    expect(again).toContain('Tạo lại tệp in của chiến dịch đã kết thúc?');
    expect(again).toContain('Sửa ở trang Nội dung (số, ngày, thời gian) rồi tạo lại tệp in;');
    await s.close();
  }, 180_000);
});

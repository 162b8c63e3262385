/**
 * A new campaign as a first-day clerk sees it (h-ux). One without a contest or an app (a health
 * drive, VNeID level 2) is the office's usual one: its form starts with the contest's and the
 * app's parts folded, each under a summary that says what is inside, as the bank account is,
 * instead of 26 empty fields (~2,700 px on a phone) between "Số liệu báo cáo" and "Lưu"; a
 * campaign that has a contest and an app (the example) shows both parts open under their titles.
 * The skeleton's warnings (its placeholders, the notice's number and day, no actions yet) are
 * one box above the form, one point a line, not seven boxes before the first field; the print
 * tab lists its own the same way. On the first day, with no campaign to copy, "Chiến dịch mới"
 * asks no "Bắt đầu từ" whose only choice is "Mẫu trống", a campaign's page names no file of the
 * tool (campaign.yaml), and Cài đặt folds what only the installer reads (nginx's header lines,
 * X-Forwarded-*, the command line) under summaries that say so, keeping the office's own parts
 * (the public address, "Tải bản sao lưu") in sight. Read from the pages' HTML.
 */
import type { Element } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserForm } from '../support/browser-form.js';
import { removeTempDirs } from '../support/tmp.js';
import {
  type Client,
  exampleForTests,
  plainText,
  signedInStudio,
  studioWithNewCampaign,
  type TestStudio,
} from './studio.js';

/** A fold's summary, as read. */
const summaryOf = (d: Element) =>
  DomUtils.textContent(
    DomUtils.findOne((e: Element) => e.name === 'summary', d.children, false) ?? d,
  ).trim();

/** The page's folds: each summary's text, whether it starts open, and its fields' names. */
function folds(page: string) {
  return DomUtils.findAll(
    (e: Element) => e.name === 'details' && (e.attribs.class ?? '').includes('optional-part'),
    parseDocument(page).children,
  ).map((d) => ({
    summary: summaryOf(d),
    open: 'open' in d.attribs,
    names: DomUtils.findAll(
      (e: Element) => ['input', 'textarea'].includes(e.name) && !!e.attribs.name,
      d.children,
    ).map((e) => e.attribs.name),
  }));
}

/** The page's main text outside its closed folds, and each closed fold's summary and text. */
function split(page: string) {
  const main = DomUtils.findOne((e: Element) => e.name === 'main', parseDocument(page).children);
  if (!main) throw new Error('the page has no main');
  const closed = DomUtils.findAll(
    (e: Element) => e.name === 'details' && !('open' in e.attribs),
    main.children,
  );
  const shut = closed.map((d) => ({ summary: summaryOf(d), text: DomUtils.textContent(d) }));
  for (const d of closed) DomUtils.removeElement(d);
  return { shown: DomUtils.textContent(main).replace(/\s+/g, ' '), folds: shut };
}
const foldOf = (page: string, field: string) => folds(page).find((f) => f.names.includes(field));

describe('a new campaign without a contest or an app', () => {
  let s: TestStudio;
  let c: Client;
  beforeAll(async () => {
    ({ s, c } = await studioWithNewCampaign('Cài đặt VNeID mức 2'));
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  it('folds the contest’s part, closed, under a summary naming what is inside', async () => {
    const page = await c.get('/c/cai-dat-vneid-muc-2');
    expect(page.status).toBe(200);
    const contest = foldOf(page.text, 'contest.name');
    expect(contest?.open).toBe(false);
    expect(contest?.summary).toMatch(/^Cuộc thi \(nếu có\)/);
    expect(contest?.names).toEqual(
      expect.arrayContaining(['links.contest.url', 'contest.starts', 'contest.rules']),
    );
  });

  it('folds the app’s part, closed, under a summary naming what is inside', async () => {
    const page = (await c.get('/c/cai-dat-vneid-muc-2')).text;
    const app = foldOf(page, 'app.name');
    expect(app?.open).toBe(false);
    expect(app?.summary).toMatch(/^Ứng dụng \(nếu có\)/);
    expect(app?.names).toEqual(expect.arrayContaining(['app.ios.url', 'app.android.url']));
    // The parts every campaign fills stay in sight.
    for (const field of ['notice.body', 'actions', 'when', 'where']) {
      expect(page.includes(`name="${field}"`), `the page has no field ${field}`).toBe(true);
      expect(foldOf(page, field), field).toBeUndefined();
    }
  });

  /** The page's notice boxes before the form, and the points of each. */
  const boxes = (page: string, end = '<form method="post" action="/c/') =>
    DomUtils.findAll(
      (e: Element) => (e.attribs.class ?? '').split(' ').includes('notice'),
      parseDocument(page.slice(0, page.indexOf(end))).children,
    ).map((box) => ({
      kind: box.attribs.class,
      points: DomUtils.findAll(
        (e: Element) => (e.attribs.class ?? '').split(' ').includes('point'),
        box.children,
      ).map((e) => DomUtils.textContent(e).replace(/\s+/g, ' ').trim()),
    }));

  it('says the skeleton’s warnings in one box, one point each, its fields to fill in one', async () => {
    const page = (await c.get('/c/cai-dat-vneid-muc-2')).text;
    // Each field the skeleton leaves to fill, by its label, as the page names it.
    const named = [...plainText(page).matchAll(/Mục “([^”]+)”: /g)].map((m) => m[1]);
    expect(named).toEqual(expect.arrayContaining(['Số văn bản']));
    const shown = boxes(page);
    expect(shown).toHaveLength(1);
    expect(shown[0]?.kind).toBe('notice info');
    for (const label of named)
      expect(shown[0]?.points.filter((p) => p.startsWith(`Mục “${label}”: `))).toHaveLength(1);
    // The fields still holding the skeleton's placeholders: one point naming them (h-ux2).
    const unfilled = shown[0]?.points.filter((p) => /^Còn \d+ mục chưa điền: /.test(p)) ?? [];
    expect(unfilled).toHaveLength(1);
    for (const label of ['Tên cơ quan ban hành', 'Họ và tên người ký'])
      expect(unfilled[0]).toContain(`“${label}” (đang là`);
  });

  it('lists the print tab’s points one a line', async () => {
    const page = (await c.get('/c/cai-dat-vneid-muc-2/build')).text;
    const shown = boxes(page, 'Tạo tệp in</button>');
    const placeholders = shown.find((b) => b.kind === 'notice error');
    expect(placeholders?.points.some((p) => p.startsWith('Mục “Họ và tên người ký”: '))).toBe(true);
    const reminders = shown.find((b) => b.kind === 'notice info');
    expect(reminders?.points.some((p) => p.startsWith('Mục “Số văn bản”: '))).toBe(true);
  });
});

describe('a campaign with a contest and an app', () => {
  const ex = exampleForTests('hai-phong');
  it('shows both parts open under their titles', async () => {
    const page = (await ex.c.get('/c/hai-phong')).text;
    expect(foldOf(page, 'contest.name')).toBeUndefined();
    expect(foldOf(page, 'app.name')).toBeUndefined();
    expect(page).toMatch(/<legend>Cuộc thi \(nếu có\)<\/legend>/);
    expect(page).toMatch(/<legend>Ứng dụng \(nếu có\)<\/legend>/);
  });
});

describe('Chiến dịch mới on the first day, no campaign yet', () => {
  let s: TestStudio;
  let c: Client;
  beforeAll(async () => {
    ({ s, c } = await signedInStudio());
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  it('asks no “Bắt đầu từ”, and makes the blank campaign as the browser sends the form', async () => {
    const page = (await c.get('/new')).text;
    expect(plainText(page)).not.toContain('Bắt đầu từ');
    expect(page).not.toContain('<select');
    const form = browserForm(page, (f) => f.attribs.action === '/new');
    // The form's fields as the browser sends them (its token is the client's own).
    const sent = Object.fromEntries(Object.entries(form.fields).filter(([k]) => k !== '_csrf'));
    expect(sent).toEqual({ from: '', name: '', title: '' });
    const made = await c.upload(
      '/new',
      'docx',
      '',
      new Uint8Array(),
      { ...sent, name: 'Phòng, chống sốt xuất huyết 2026' },
      '/new',
    );
    expect(made.status, plainText(made.text).slice(0, 300)).toBe(303);
    expect(made.headers.get('location')).toBe('/c/phong-chong-sot-xuat-huyet-2026');
    // With a campaign to copy, the choice is back.
    expect(plainText((await c.get('/new')).text)).toContain(
      'Bản sao của: Phòng, chống sốt xuất huyết 2026',
    );
  });

  it('names no file of the tool on the campaign’s page, only what its ZIP holds', async () => {
    const { shown } = split((await c.get('/c/phong-chong-sot-xuat-huyet-2026')).text);
    expect(shown).toContain('Tải thư mục chiến dịch (ZIP): nội dung, danh sách tổ');
    expect(shown).not.toContain('campaign.yaml');
  });

  it('folds Cài đặt’s nginx lines and old-backup command under “Dành cho người cài đặt”', async () => {
    const page = await c.get('/settings');
    expect(page.status).toBe(200);
    const { shown, folds: shut } = split(page.text);
    for (const word of [
      'proxy_set_header',
      'X-Forwarded-Proto',
      '--trust-proxy',
      'restore --from tệp.sqlite',
    ])
      expect(shown, word).not.toContain(word);
    const proxy = shut.find((f) => f.text.includes('proxy_set_header Host $host;'));
    expect(proxy?.summary).toMatch(/^Dành cho người cài đặt: /);
    const old = shut.find((f) => f.text.includes('restore --from tệp.sqlite'));
    expect(old?.summary).toMatch(/^Dành cho người cài đặt: /);
    // What the office does itself is in sight.
    expect(shown).toContain('Địa chỉ công khai');
    expect(shown).toContain('Tải bản sao lưu');
  });
});

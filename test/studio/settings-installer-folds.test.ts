/**
 * Cài đặt as the office's admin (a clerk, not the installer) sees it (h-ux): the proxy's and the
 * old .sqlite backup's instructions — nginx's header lines, X-Forwarded-*, the command line —
 * are folded under summaries that say they are for the installer, closed; what the office does
 * itself (the public address, "Tải bản sao lưu") stays in sight. Read from the page's HTML.
 */
import type { Element } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { type Client, signedInStudio, type TestStudio } from './studio.js';

/** The page's main text outside its closed folds, and each closed fold's summary and text. */
function split(page: string) {
  const main = DomUtils.findOne((e: Element) => e.name === 'main', parseDocument(page).children);
  if (!main) throw new Error('the page has no main');
  const closed = DomUtils.findAll(
    (e: Element) => e.name === 'details' && !('open' in e.attribs),
    main.children,
  );
  const folds = closed.map((d) => ({
    summary: DomUtils.textContent(
      DomUtils.findOne((e: Element) => e.name === 'summary', d.children, false) ?? d,
    ).trim(),
    text: DomUtils.textContent(d),
  }));
  for (const d of closed) DomUtils.removeElement(d);
  return { shown: DomUtils.textContent(main).replace(/\s+/g, ' '), folds };
}

describe('Cài đặt, the installer’s parts', () => {
  let s: TestStudio;
  let c: Client;
  beforeAll(async () => {
    ({ s, c } = await signedInStudio());
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  it('folds nginx’s lines and the old backup’s command under “Dành cho người cài đặt”', async () => {
    const page = await c.get('/settings');
    expect(page.status).toBe(200);
    const { shown, folds } = split(page.text);
    for (const word of [
      'proxy_set_header',
      'X-Forwarded-Proto',
      '--trust-proxy',
      'restore --from tệp.sqlite',
    ])
      expect(shown, word).not.toContain(word);
    const proxy = folds.find((f) => f.text.includes('proxy_set_header Host $host;'));
    expect(proxy?.summary).toMatch(/^Dành cho người cài đặt: /);
    const old = folds.find((f) => f.text.includes('restore --from tệp.sqlite'));
    expect(old?.summary).toMatch(/^Dành cho người cài đặt: /);
    // What the office does itself is in sight.
    expect(shown).toContain('Địa chỉ công khai');
    expect(shown).toContain('Tải bản sao lưu');
  });

  it('names no file of the tool on a campaign’s page, only what its ZIP holds', async () => {
    const made = await c.upload(
      '/new',
      'docx',
      '',
      new Uint8Array(),
      { name: 'Cài đặt VNeID mức 2', from: '' },
      '/new',
    );
    expect(made.status).toBe(303);
    const { shown } = split((await c.get('/c/cai-dat-vneid-muc-2')).text);
    expect(shown).toContain('Tải thư mục chiến dịch (ZIP): nội dung, danh sách tổ');
    expect(shown).not.toContain('campaign.yaml');
  });
});

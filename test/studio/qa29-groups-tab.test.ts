/**
 * qa29 on the studio's Danh sách tổ tab, read from the HTML it answers:
 * - a phone column other than the leader's ("SĐT cán bộ": 0987654321 in the file) shows as the
 *   documents print it, "0987 654 321";
 * - the warnings that name a row come in the row's order, as the office reads the file.
 * Inputs: test/fixtures/qa29 (campaign.yaml and groups.csv, as the QA round had them).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { type Client, studioWithCampaign, type TestStudio } from './studio.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/qa29/', import.meta.url));
const text = (e: Element) => DomUtils.textContent(e).replace(/\s+/g, ' ').trim();

describe('the groups tab of qa29', () => {
  let s: TestStudio;
  let c: Client;
  let page: string;
  beforeAll(async () => {
    ({ s, c } = await studioWithCampaign('vneid', [
      join(FIXTURES, 'campaign.yaml'),
      join(FIXTURES, 'groups.csv'),
    ]));
    const res = await c.get('/c/vneid/groups');
    expect(res.status).toBe(200);
    page = res.text;
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it('shows the officer’s phone column as the documents print it', () => {
    const doc = parseDocument(page).children;
    const cells = DomUtils.findAll(
      (e) => e.name === 'td' && e.attribs['data-label'] === 'SĐT cán bộ',
      doc,
    ).map(text);
    // The file's six rows: 0987654321 twice, 0987000111 twice, 0987222333 twice.
    expect(cells).toEqual([
      '0987 654 321',
      '0987 654 321',
      '0987 000 111',
      '0987 000 111',
      '0987 222 333',
      '0987 222 333',
    ]);
    // The leader's column, as before.
    const leaders = DomUtils.findAll(
      (e) => e.name === 'td' && e.attribs['data-label'] === 'Số điện thoại',
      doc,
    ).map(text);
    expect(leaders[0]).toBe('0912 345 601');
  });

  it('lists the warnings that name a row in the rows’ order', () => {
    const doc = parseDocument(page).children;
    const warn = DomUtils.findOne(
      (e) => e.name === 'ul' && (e.attribs.class ?? '').split(' ').includes('warn'),
      doc,
    );
    const items = warn ? DomUtils.findAll((e) => e.name === 'li', [warn]).map(text) : [];
    const rows = items.map((t) => Number(/^Dòng (\d+)/.exec(t)?.[1]));
    // The file's rows 3 (a Saturday said "Chủ nhật"), 4 (its weekday, its hours), 5 ("25h00"),
    // 6 ("7:75") and 7 (a day before the notice's).
    expect(rows).toEqual([3, 4, 4, 5, 6, 7]);
    // One row's two keep their order: its hours, then its day, as `when` prints them.
    expect(items[1]).toContain('cột “Giờ”');
    expect(items[2]).toContain('cột “Ngày”');
  });
});

describe('the groups tab, a phone column typed other ways', () => {
  let s: TestStudio | undefined;
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it('shows a phone without its 0, or with the country code, as the documents print it', async () => {
    // qa29's list with row 2's officer phone saved from a number cell (its 0 lost) and row 3's
    // typed with the country code.
    const csv = (await readFile(join(FIXTURES, 'groups.csv'), 'utf8')).split(/\r?\n/);
    csv[2] = csv[2]?.replace(/;0987654321$/, ';987654321') ?? '';
    csv[3] = csv[3]?.replace(/;0987000111$/, ';+84 987 000 111') ?? '';
    expect(csv[2]).toMatch(/;987654321$/);
    expect(csv[3]).toMatch(/;\+84 987 000 111$/);
    const dir = await makeTempDir();
    await writeFile(join(dir, 'groups.csv'), csv.join('\r\n'));
    let c: Client;
    ({ s, c } = await studioWithCampaign('vneid', [
      join(FIXTURES, 'campaign.yaml'),
      join(dir, 'groups.csv'),
    ]));
    const res = await c.get('/c/vneid/groups');
    expect(res.status).toBe(200);
    const cells = DomUtils.findAll(
      (e) => e.name === 'td' && e.attribs['data-label'] === 'SĐT cán bộ',
      parseDocument(res.text).children,
    ).map(text);
    expect(cells.slice(0, 4)).toEqual([
      '0987 654 321',
      '0987 654 321',
      '0987 000 111',
      '0987 000 111',
    ]);
  });
});

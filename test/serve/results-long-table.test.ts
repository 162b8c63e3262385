/**
 * serve's own Kết quả page (/admin/ket-qua) of a merged ward's 220 tổ was one row a tổ, all of
 * them (qa44 m8 fixed it in the studio only): now it shows the first 20 tổ in the order chosen,
 * a link to all of them, and folds the long list of tổ yet to report, as the studio's tab does.
 * Real server on loopback; counts from the groups list.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV, ROWS } from '../support/merged-ward-220.js';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';
import { removeTempDirs } from '../support/tmp.js';
import { type ResultsOffice, resultsOffice } from './results-office.js';

/** An href as the browser reads it (Handlebars writes "=" as "&#x3D;"). */
const unescaped = (href: string) => href.replaceAll('&#x3D;', '=').replaceAll('&amp;', '&');

const bodyRows = (page: string) =>
  /<tbody>([\s\S]*?)<\/tbody>/.exec(page)?.[1]?.match(/<tr[\s>]/g)?.length ?? 0;

describe('serve’s Kết quả of a ward of 220 tổ', () => {
  let office: ResultsOffice;
  beforeAll(async () => {
    office = await resultsOffice(await readFile(EXAMPLE_CAMPAIGN, 'utf8'), CSV, 'results-220-');
  });
  afterAll(async () => {
    await office?.close();
    await removeTempDirs();
  });

  it('shows the first 20 tổ, a link to all, and folds the tổ yet to report', async () => {
    const page = await (await office.admin('/admin/ket-qua')).text();
    expect(bodyRows(page)).toBe(20);
    const link = new RegExp(`<a href="([^"]+)">Xem cả ${ROWS.length} tổ</a>`).exec(page)?.[1];
    expect(link).toBeDefined();
    expect(page).toContain(`Đang xem 20 tổ đầu tiên trong ${ROWS.length} tổ`);
    // Nobody reported yet: the 220 tổ to call are one fold, closed, its heading the count.
    const fold = /<details class="missing-fold"([^>]*)><summary>([\s\S]*?)<\/summary>/.exec(page);
    expect(fold?.[1]).not.toContain('open');
    expect(fold?.[2]).toContain(`Chưa báo cáo (${ROWS.length} tổ)`);
    const all = await (await office.admin(`/admin/ket-qua${unescaped(link ?? '')}`)).text();
    expect(bodyRows(all)).toBe(ROWS.length);
    expect(all).not.toContain('Đang xem 20 tổ');
    // Sorted another way, the whole table stays whole.
    const sort = /<p class="sorts">[\s\S]*?<a href="([^"]+)"/.exec(all)?.[1] ?? '';
    const sorted = await (await office.admin(`/admin/ket-qua${unescaped(sort)}`)).text();
    expect(bodyRows(sorted)).toBe(ROWS.length);
  });

  it('shows every tổ a search finds', async () => {
    const page = await (await office.admin('/admin/ket-qua?q=Trưởng')).text();
    expect(bodyRows(page)).toBe(ROWS.length);
  });
});

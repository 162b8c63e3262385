/**
 * A list of truly different units (6 khu phố and 2 ấp) is "khu dân cư" where the studio speaks
 * of all of them, but no one heads a "khu dân cư": where all heads are meant the studio says
 * the real titles together ("Trang trưởng khu phố, trưởng ấp", the leaders' tab), and where one
 * group is meant, that group's own ("Trưởng ấp: …" on its results page). Names of a tổ inside a
 * khu phố ("Khu phố 3 - Tổ 2") are tổ, headed by a "Tổ trưởng"; a plain tổ dân phố list keeps
 * "Trang tổ trưởng". Pages fetched over HTTP; expected titles come from the names written here.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureCampaign } from '../support/measure-campaign.js';
import { removeTempDirs } from '../support/tmp.js';
import { type Client, plainText, signedInStudio, type TestStudio } from './studio.js';

const MIXED = [
  ...[1, 2, 3, 4, 5, 6].map((n) => [`Khu phố ${n}`, 'Nguyễn Văn Hùng']),
  ['Ấp Bình Thới', 'Đặng Văn Út'],
  ['Ấp Tân Hòa', 'Trương Thị Thu Cúc'],
];
const NESTED = [
  ['Khu phố 3 - Tổ 1', 'Lê Văn Tám'],
  ['Khu phố 3 - Tổ 2', 'Trần Thị Mỹ Lệ'],
  ['Khu phố 4 - Tổ 1', 'Phạm Thị Hồng Nhung'],
  ['Ấp Tân Hòa', 'Trương Thị Thu Cúc'],
];
const ONLY_TO = NESTED.slice(0, 3);
const PLAIN = [1, 2, 3].map((n) => [`Tổ dân phố số ${n}`, 'Nguyễn Văn An']);
const csv = (header: string, rows: string[][]) =>
  `STT,${header},Số hộ\n${rows.map(([name, leader], i) => `${i + 1},${name},${leader},100`).join('\n')}\n`;

const tabOf = (page: string) =>
  plainText(/<a [^>]*href="\/c\/[^"]+\/leaders"[^>]*>([^<]*)<\/a>/.exec(page)?.[1] ?? '');

describe('the heads of a list of several kinds of unit, in the studio', () => {
  let s: TestStudio;
  let c: Client;
  const campaign = async (slug: string, groups: string) => {
    const folder = join(s.dataDir, 'campaigns', slug);
    await mkdir(folder, { recursive: true });
    await writeFile(
      join(folder, 'campaign.yaml'),
      measureCampaign('{ id: ho, label: Số hộ đã làm, of: households }'),
    );
    await writeFile(join(folder, 'groups.csv'), groups);
  };
  beforeAll(async () => {
    ({ s, c } = await signedInStudio());
    await campaign('hon-hop', csv('Khu phố / Ấp,Trưởng khu phố', MIXED));
    await campaign('long-nhau', csv('Tên tổ,Tổ trưởng', NESTED));
    await campaign('chi-to', csv('Tên tổ,Tổ trưởng', ONLY_TO));
    await campaign('to-dan-pho', csv('Tên tổ dân phố,Tổ trưởng', PLAIN));
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it.each([
    ['hon-hop', 'Trang trưởng khu phố, trưởng ấp'],
    ['long-nhau', 'Trang tổ trưởng, trưởng ấp'],
    ['chi-to', 'Trang tổ trưởng'],
    ['to-dan-pho', 'Trang tổ trưởng'],
  ])('%s: the leaders’ tab reads "%s", on every tab', async (slug, tab) => {
    for (const path of ['', '/groups', '/build', '/leaders', '/results']) {
      const page = (await c.get(`/c/${slug}${path}`)).text;
      expect(tabOf(page), `${slug}${path}`).toBe(tab);
      expect(plainText(page), `${slug}${path}`).not.toContain('trưởng khu dân cư');
    }
  });

  it('the leaders’ tab asks of all heads by their titles together', async () => {
    const page = plainText((await c.get('/c/hon-hop/leaders')).text);
    expect(page).toContain('Mỗi trưởng khu phố, trưởng ấp có một đường dẫn riêng');
  });

  it.each([
    ['hon-hop', 'Ấp Tân Hòa', 'Trưởng ấp'],
    ['hon-hop', 'Khu phố 2', 'Trưởng khu phố'],
    ['long-nhau', 'Khu phố 3 - Tổ 2', 'Tổ trưởng'],
    ['long-nhau', 'Ấp Tân Hòa', 'Trưởng ấp'],
  ])('%s: the results page of %s names its head "%s"', async (slug, name, title) => {
    const list = MIXED.concat(NESTED);
    const [, leader] = list.find(([n]) => n === name) ?? [];
    const rows = slug === 'hon-hop' ? MIXED : NESTED;
    const id = rows.findIndex(([n]) => n === name) + 1;
    const page = plainText((await c.get(`/c/${slug}/results/group/${id}`)).text);
    expect(page).toContain(`${title}: ${leader}`);
    expect(page).not.toMatch(/Trưởng khu phố, trưởng ấp:|trưởng khu dân cư/i);
  });

  // The office opens links.csv and the results template in Excel: the leader column's header
  // is one noun, the shared "Trưởng" said once, never the sentence's "Trưởng khu phố, trưởng
  // ấp" (read as two headers run together).
  it.each([
    ['hon-hop', 'Trưởng khu phố/ấp'],
    ['long-nhau', 'Tổ trưởng/Trưởng ấp'],
    ['to-dan-pho', 'Tổ trưởng'],
  ])('%s: links.csv and the results template head the leader column "%s"', async (slug, header) => {
    const leaders = `/c/${slug}/leaders`;
    expect((await c.post(`${leaders}/open`, {}, leaders)).status).toBe(303);
    const sheet = (await c.get(`${leaders}/links.csv`)).text.replace(/^\uFEFF/, '');
    expect(sheet.split('\r\n')[0]?.split(';')[2]).toBe(header);

    const xlsx = await c.get(`/c/${slug}/results/mau-nhap-so-lieu.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx.bytes) as unknown as ArrayBuffer);
    const rows = wb.worksheets[0];
    expect(String(rows?.getRow(1).getCell(3).value)).toBe(header);
    // Filled and sent back, its own columns are all read: the leader column too.
    const cell = rows?.getRow(2).getCell(4);
    if (cell) cell.value = 50;
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const path = `/c/${slug}/results/import`;
    const preview = plainText((await c.upload(path, 'file', 'so-lieu.xlsx', bytes, {}, path)).text);
    expect(preview).toMatch(/Tệp so-lieu.xlsx ?: \d+ dòng đọc được ?\. Sẽ lưu số liệu mới của 1 /);
    expect(preview).not.toContain('không được đọc');
  });
});

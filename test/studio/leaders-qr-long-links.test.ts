/**
 * The studio's sheet of QR codes ("In mã QR của các tổ (PDF)") holds the links the studio itself
 * makes: `<address>/p/<campaign folder>/g/<token>/`, whose folder comes from the campaign's name
 * (up to 60 characters) and whose address is the office's real one (qa6 H8: a 36-character
 * https address and a 60-character folder answered "Có lỗi xảy ra"). Every card's code, read
 * from the printed page, opens its group's link. A link no card can hold is one sentence saying
 * what to do, never the error page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeQrCodesEach } from '../support/qr.js';
import { rasterize } from '../support/raster.js';
import { removeTempDirs } from '../support/tmp.js';
import type { Client, TestStudio } from './studio.js';
import { studioWithExample } from './studio.js';

/** The folder the studio made of "Ra quân diệt bọ gậy phòng chống sốt xuất huyết - tháng 12/2026". */
const SLUG = 'ra-quan-diet-bo-gay-phong-chong-sot-xuat-huyet-thang-12-2026';
const BASE = 'https://studio.hoankiem.hanoi.gov.vn';
/**
 * The example's first three groups: the links' length is the point, not their number (the 32
 * were four pages rasterized at 150 dpi and read by zbarimg).
 */
const GROUPS = 3;

/** The links of the tab's spreadsheet, by group name (";"-separated, name in column 2). */
function linksOf(csv: string): Map<string, string> {
  const rows = csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r\n/)
    .slice(1);
  return new Map(rows.map((r) => r.split(';')).map((f) => [f[1] ?? '', f.at(-1) ?? '']));
}

describe('the QR sheet of a campaign with a long name, at a real address', () => {
  let s: TestStudio;
  let c: Client;
  beforeAll(async () => {
    expect(SLUG).toHaveLength(60);
    ({ s, c } = await studioWithExample({ baseUrl: BASE }, SLUG, undefined, { groups: GROUPS }));
    expect((await c.post(`/c/${SLUG}/leaders/open`, {}, `/c/${SLUG}/leaders`)).status).toBe(303);
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it('is made, and every card’s code opens its group’s link', async () => {
    const links = linksOf((await c.get(`/c/${SLUG}/leaders/links.csv`)).text);
    expect(links.size).toBe(GROUPS);
    for (const url of links.values()) expect(url.startsWith(`${BASE}/p/${SLUG}/g/`)).toBe(true);

    const sheet = await c.get(`/c/${SLUG}/leaders/qr.pdf`);
    expect(sheet.status).toBe(200);
    expect(sheet.headers.get('content-type')).toBe('application/pdf');
    const pages = await rasterize(sheet.bytes, { dpi: 150 });
    const decoded = (await decodeQrCodesEach(pages)).flat();
    expect(decoded.sort()).toEqual([...links.values()].sort());
    expect(s.errors).toEqual([]);
  });
});

describe('a link too long for any card', () => {
  let s: TestStudio;
  let c: Client;
  // An address of 400 characters: no card holds a code of it that a phone reads.
  const base = `https://in.phuong.vn/${'tai-lieu-'.repeat(42)}x`;
  beforeAll(async () => {
    ({ s, c } = await studioWithExample({ baseUrl: base }, 'ma-qr-dai', undefined, {
      groups: GROUPS,
    }));
    expect((await c.post('/c/ma-qr-dai/leaders/open', {}, '/c/ma-qr-dai/leaders')).status).toBe(
      303,
    );
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it('is said in one Vietnamese sentence with what to do, not the error page', async () => {
    const page = await c.get('/c/ma-qr-dai/leaders/qr.pdf');
    expect(page.status).toBe(409);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const text = page.text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).not.toContain('Có lỗi xảy ra');
    expect(text).toContain('quá dài để in mã QR');
    expect(text).toContain('địa chỉ ngắn hơn');
    // Said to the office: no command-line option named (qa21 finding 11).
    expect(text).not.toContain('--base-url');
  });
});

/**
 * A monthly fee's households list in the studio. qa59 M1: uploaded, the office's list has each the office's list has each
 * household's "Diện miễn" and "Số tiền phải nộp (đồng)", which the tracking sheet prints (the
 * command line printed them, the studio threw them away "vì không in ở đâu"). Saved, the list
 * keeps every column the sheet reads, the page says so, and the sheet of Tổ dân phố số 1 prints
 * the exemption, the amount each household owes and their total (the list's own figures).
 * qa59 M2: "Bản sao" of the month left the list behind silently. The new-campaign form names the
 * campaign that has one and offers to carry it; a copy without it lists it in its review (and
 * the build tab says it) until it has its own; a copy with it prints the households' names.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collapseSpaces, pdfPageTexts } from '../support/pdf-text.js';
import { removeTempDirs } from '../support/tmp.js';
import { openCampaignPage, saveCampaignPage } from './campaign-page.js';
import { copiedCampaign, pageText, saveRoster } from './office-steps.js';
import { type Client, plainText, studioWithCampaign, type TestStudio } from './studio.js';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'qa59');
const LIST = join(DIR, 'hocupdan-vsmt.csv');

/** The list's rows by header, as the office's file has them. */
async function listRows() {
  const [head, ...lines] = (await readFile(LIST, 'utf8')).trim().split('\n');
  const headers = (head ?? '').split(';');
  return lines.map((l) => Object.fromEntries(l.split(';').map((v, i) => [headers[i] ?? '', v])));
}

describe("a fee's households list with its exemptions and amounts owed (qa59 M1)", () => {
  let s: TestStudio;
  let c: Client;
  beforeAll(async () => {
    ({ s, c } = await studioWithCampaign('vsmt', [
      join(DIR, 'campaign.yaml'),
      join(DIR, 'groups.csv'),
    ]));
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it('is saved with them, and the tracking sheet prints them', async () => {
    const { preview, saved } = await saveRoster(c, 'vsmt', 'hocupdan.csv', await readFile(LIST));
    const previewText = plainText(preview.text);
    expect(previewText).not.toContain('không được lưu');
    const page = plainText((await c.get(saved.headers.get('location') ?? '')).text);
    expect(page).toContain('Đã lưu danh sách hộ, người dân');
    expect(page).not.toContain('không được lưu');

    const pdf = await c.get('/c/vsmt/preview/file?group=1&kind=tracker.pdf');
    expect(pdf.status).toBe(200);
    const text = collapseSpaces((await pdfPageTexts(pdf.bytes)).join('\n'));
    expect(text).toContain('Diện miễn');
    expect(text).toContain('Phải nộp (đồng)');
    // The measure typed "Số tiền đã thu | đồng" says its unit as "| xe" does (qa59 p7).
    expect(text).toContain('Cột “Số tiền đã thu (đồng)”: ghi số tiền hộ đã nộp.');
    const rows = await listRows();
    const exempt = rows.filter((r) => r['Diện miễn'] !== '');
    expect(exempt.length).toBe(2);
    expect(text.match(/Hộ nghèo/g)?.length).toBe(exempt.length);
    for (const r of rows) expect(text).toContain(r['Số tiền phải nộp (đồng)']);
    const owed = rows.reduce(
      (sum, r) => sum + Number((r['Số tiền phải nộp (đồng)'] ?? '').replaceAll('.', '')),
      0,
    );
    expect(text).toContain('Tổng cộng');
    expect(text).toContain(owed.toLocaleString('vi-VN'));
  });

  it('still leaves out a column printed nowhere, and says which and why', async () => {
    const withPhone = (await readFile(LIST, 'utf8'))
      .split('\n')
      .map((l, i) => (l === '' ? l : `${l};${i === 0 ? 'Số điện thoại' : `0904 000 1${i}`}`))
      .join('\n');
    const { preview } = await saveRoster(c, 'vsmt', 'hocupdan-sdt.csv', Buffer.from(withPhone));
    const previewText = plainText(preview.text).replace(/ ,/g, ',');
    expect(previewText).toContain('“Diện miễn”, “Số tiền phải nộp (đồng)”');
    expect(previewText).toContain('cột “Số điện thoại” không được lưu, vì không in ở đâu');
  });

  it('is offered to a copy, and named in the review of a copy left without it (qa59 M2)', async () => {
    const rows = await listRows();
    const form = pageText((await c.get('/new')).text);
    expect(form).toContain(`có danh sách hộ, người dân (${rows.length} dòng)`);
    expect(form).toContain('Mang theo danh sách hộ, người dân của chiến dịch cũ');

    const feb = await copiedCampaign(c, 'vsmt', 'Thu phí vệ sinh môi trường tháng 02/2027');
    const review = pageText((await c.get(`/c/${feb}`)).text);
    expect(review).toContain(
      `Danh sách hộ, người dân : chiến dịch cũ có danh sách hộ, người dân (${rows.length} dòng), bản sao không mang theo`,
    );
    const build = pageText((await c.get(`/c/${feb}/build`)).text);
    expect(build).toContain(`Chiến dịch cũ có danh sách hộ, người dân (${rows.length} dòng)`);
    const pdf = await c.get(`/c/${feb}/preview/file?group=1&kind=tracker.pdf`);
    expect(pdf.status).toBe(200);
    const blank = collapseSpaces((await pdfPageTexts(pdf.bytes)).join('\n'));
    expect(blank).not.toContain(rows[0]?.['Họ tên chủ hộ']);
  });

  it('is carried by a copy when ticked: its sheet prints the households (qa59 M2)', async () => {
    const res = await c.upload('/new', 'docx', '', new Uint8Array(), {
      name: 'Thu phí vệ sinh môi trường tháng 03/2027',
      from: 'vsmt',
      carryRosters: '1',
    });
    expect(res.status).toBe(303);
    const mar = new URL(res.headers.get('location') ?? '', c.base).pathname.split('/')[2] ?? '';
    const review = pageText((await c.get(`/c/${mar}`)).text);
    expect(review).not.toContain('bản sao không mang theo');
    const pdf = await c.get(`/c/${mar}/preview/file?group=1&kind=tracker.pdf`);
    expect(pdf.status).toBe(200);
    const text = collapseSpaces((await pdfPageTexts(pdf.bytes)).join('\n'));
    for (const r of await listRows()) expect(text).toContain(r['Họ tên chủ hộ']);
  });

  it("lists a copy's body that still names the earlier month once edited (qa59 p5)", async () => {
    const apr = await copiedCampaign(c, 'vsmt', 'Thu phí vệ sinh môi trường tháng 04/2027');
    const form = await openCampaignPage(c, apr);
    const body = form['notice.body'] ?? '';
    // The campaign's own month, as its subject writes it; the body says it in its first line.
    const month = /tháng \d\d\/\d{4}/.exec(form['notice.subject'] ?? '')?.[0] ?? '';
    expect(month).toBe('tháng 01/2027');
    expect(body).toContain(month);
    // Every date mended, the subject and title too: the first line still says January.
    const saved = await saveCampaignPage(c, apr, {
      'notice.subject': 'Thu phí vệ sinh môi trường tháng 04/2027',
      title: 'Phí vệ sinh môi trường tháng 04/2027',
      'notice.body': body.replaceAll('/01/2027', '/04/2027'),
    });
    expect(saved.status).toBeLessThan(400);
    const page = pageText((await c.get(`/c/${apr}`)).text);
    expect(page).toContain(`vẫn ghi “${month}” của chiến dịch cũ`);
    // Mended, it is listed no more.
    await saveCampaignPage(c, apr, {
      'notice.body': body.replaceAll('/01/2027', '/04/2027').replaceAll(month, 'tháng 04/2027'),
    });
    expect(pageText((await c.get(`/c/${apr}`)).text)).not.toContain('của chiến dịch cũ; sửa');
  });
});

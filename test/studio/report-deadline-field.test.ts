/**
 * The reporting deadline in the studio (campaign form, "Báo cáo kết quả" › "Hạn báo cáo"): the
 * example Hải Phòng contest ended 11/11/2025 and its figures come after that, so Kết quả marks
 * none late; with the deadline 20/11/2025 saved, a figure a leader sends today is marked "gửi sau
 * hạn báo cáo 20/11/2025" on Kết quả and in the report. The form writes the day YYYY-MM-DD and
 * refuses a day not on the calendar, in Vietnamese, at the field.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { removeTempDirs } from '../support/tmp.js';
import { openCampaignPage } from './campaign-page.js';
import { JOINED, leaderLinks, report, visible } from './results-figures.js';
import { Client, studioWithExample, type TestStudio } from './studio.js';

const LATE = 'gửi sau hạn báo cáo 20/11/2025';

let s: TestStudio;
let c: Client;
let file: string;
beforeAll(async () => {
  ({ s, c, folder: file } = await studioWithExample({}, 'hai-phong'));
  file = join(file, 'campaign.yaml');
  // Tổ 2's leader sends a figure today, long after the contest ended.
  const links = await leaderLinks(c, 'hai-phong');
  await report(new Client(s.url), links.get('Tổ dân phố số 2') ?? '', { [JOINED]: '120' });
});
afterAll(async () => {
  await s?.close();
  await removeTempDirs();
});

const resultsText = async () => visible((await c.get('/c/hai-phong/results')).text);

describe('the reporting deadline in the campaign form', () => {
  it('without one, a contest’s figure sent after it ended is not marked', async () => {
    expect(await resultsText()).not.toContain('gửi sau');
  });

  it('refuses a day not on the calendar, at the field', async () => {
    const form = await openCampaignPage(c, 'hai-phong');
    const refused = await c.postRaw('/c/hai-phong', { ...form, 'report.deadline': '31/11/2025' });
    expect(refused.status).not.toBe(303);
    expect(visible(refused.text)).toContain('“31/11/2025” không phải là ngày có trên lịch.');
    expect(await readFile(file, 'utf8')).not.toContain('deadline');
  });

  it('saves “Hạn báo cáo”, and Kết quả and the report mark the figure sent after it', async () => {
    expect((await c.get('/c/hai-phong')).text).toContain('Hạn báo cáo');
    const form = await openCampaignPage(c, 'hai-phong');
    expect(form['report.deadline']).toBe('');
    const saved = await c.postRaw('/c/hai-phong', { ...form, 'report.deadline': '20/11/2025' });
    expect(saved.status, saved.text.slice(0, 300)).toBe(303);
    expect(parseDocument(await readFile(file, 'utf8')).toJS().report).toEqual({
      deadline: '2025-11-20',
    });
    expect((await openCampaignPage(c, 'hai-phong'))['report.deadline']).toBe('20/11/2025');
    expect((await resultsText()).match(new RegExp(LATE, 'g'))).toHaveLength(1);
    const pdf = collapseSpaces(
      await pdfText((await c.get('/c/hai-phong/results/bao-cao.pdf')).bytes),
    );
    expect(pdf).toContain(
      `Các tổ dân phố ${LATE.replace('gửi', 'gửi số liệu')} (1 tổ): Tổ dân phố số 2.`,
    );
  });

  // qa58b M4: the notice's text asks the figures "trước ngày 20/11/2025"; moving the deadline
  // changes only the leaders' form, so the office is told where the text still says the old day.
  it('moved, says that the notice’s text still names the old day, quoting it', async () => {
    const form = await openCampaignPage(c, 'hai-phong');
    const body = `${form['notice.body']}\nCác tổ báo cáo kết quả về phường trước ngày 20/11/2025.`;
    const first = await c.postRaw('/c/hai-phong', { ...form, 'notice.body': body });
    expect(first.status, first.text.slice(0, 300)).toBe(303);
    // Saved without moving the deadline: nothing to say.
    const same = visible((await c.get(first.headers.get('location') ?? '-')).text);
    expect(same).toContain('Đã lưu.');
    expect(same).not.toContain('vẫn ghi ngày cũ');
    const again = await openCampaignPage(c, 'hai-phong');
    const moved = await c.postRaw('/c/hai-phong', { ...again, 'report.deadline': '25/11/2025' });
    expect(moved.status, moved.text.slice(0, 300)).toBe(303);
    const page = visible((await c.get(moved.headers.get('location') ?? '-')).text);
    expect(page).toContain('Đã lưu.');
    expect(page).toContain(
      'Hạn báo cáo đã đổi từ 20/11/2025 thành 25/11/2025, nhưng văn bản vẫn ghi ngày cũ: mục “Nội dung” ghi “trước ngày 20/11/2025”.',
    );
    // Put back as it was for the cases below.
    const back = await openCampaignPage(c, 'hai-phong');
    await c.postRaw('/c/hai-phong', { ...back, 'notice.body': form['notice.body'] ?? '' });
  });

  // review46 #11: "chiến dịch có cuộc thi thì không ghi" did not say what is not written.
  it('says in its hint what an empty deadline means for a contest', async () => {
    expect(visible((await c.get('/c/hai-phong')).text)).toContain(
      'Để trống: chiến dịch có cuộc thi thì không tổ nào bị ghi là gửi muộn',
    );
  });

  // review46 #2: a year typo marks every figure late; the studio's check (its print tab) says so.
  it('warns of a deadline before the notice’s date', async () => {
    const form = await openCampaignPage(c, 'hai-phong');
    const saved = await c.postRaw('/c/hai-phong', { ...form, 'report.deadline': '01/01/2025' });
    expect(saved.status, saved.text.slice(0, 300)).toBe(303);
    const page = visible((await c.get('/c/hai-phong/build')).text);
    expect(page).toContain(
      'Mục “Hạn báo cáo”: Hạn báo cáo 01/01/2025 trước ngày ban hành văn bản 09/10/2025',
    );
  });
});

/**
 * A measure given another base mid-campaign (qa58b M3: "| hộ" → the list's column "Số hộ nguy cơ
 * cao", saved with "Vẫn lưu"): the groups list did not change, so Kết quả and the signed report
 * say the measure's base changed — its old base in its own words ("khi đó 250 hộ"), its new one —
 * and never blame a new groups list nor call the old households "hộ nguy cơ cao"; a figure stored
 * before the store kept what its base counted is told so too. Real sockets,
 * the studio's store, the figures sent through the leaders' own form.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../support/pdf-text.js';
import { removeTempDirs } from '../support/tmp.js';
import { saveCampaignPage, saveMeasuresAnyway } from './campaign-page.js';
import { leaderLinks, report, visible } from './results-figures.js';
import { Client, studioWithExample, type TestStudio } from './studio.js';

/** The ward's list, with a column of households at risk beside its households (Số hộ). */
const GROUPS = `STT;Tên tổ dân phố;Tổ trưởng;Số điện thoại;Số hộ;Số nhân khẩu;Số hộ nguy cơ cao
1;Tổ dân phố số 1;Nguyễn Văn Hùng;0912 345 678;250;1000;30
2;Tổ dân phố số 2;Trần Thị Thu Hằng;0983 214 567;200;800;25
3;Tổ dân phố số 3;Phạm Đức Thắng;0356 782 104;150;500;20
4;Tổ dân phố số 4;Lê Thị Ngọc Ánh;0868 150 932;100;400;40
`;
const SUBMITTED = 'Số hộ đã nộp phiếu góp ý';

const oneLine = (s: string) => s.replace(/\s+/g, ' ');

describe('a measure given another base after groups reported on it', () => {
  let s: TestStudio;
  let office: Client;

  beforeAll(async () => {
    let folder: string;
    ({ s, c: office, folder } = await studioWithExample({}, 'khao-sat'));
    await writeFile(join(folder, 'groups.csv'), GROUPS);
    const set = await saveCampaignPage(office, 'khao-sat', { measures: `${SUBMITTED} | hộ` });
    expect(set.status, visible(set.text).slice(0, 400)).toBe(303);
    const links = await leaderLinks(office, 'khao-sat');
    const leader = new Client(s.url);
    // 40 of tổ 1's 250 households, 20 of tổ 2's 200.
    await report(leader, links.get('Tổ dân phố số 1') ?? '', { [SUBMITTED]: '40' });
    await report(leader, links.get('Tổ dân phố số 2') ?? '', { [SUBMITTED]: '20' });
    // Tổ 2's as the store held it before it kept what the base counted (migration 0290): the
    // "Vẫn lưu" gives it the measure's base then.
    await sql`update result_values set base_of = null where submission in (select seq from result_submissions where group_id = '2')`.execute(
      s.store.db,
    );
    const { saved } = await saveMeasuresAnyway(
      office,
      'khao-sat',
      `${SUBMITTED} | Số hộ nguy cơ cao`,
    );
    expect(saved.status, visible(saved.text).slice(0, 400)).toBe(303);
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  it('Kết quả says the measure’s base changed, the old base by its own word', async () => {
    const text = visible((await office.get('/c/khao-sat/results')).text);
    expect(text).toContain('Số liệu báo cáo trước khi chỉ tiêu đổi cách tính:');
    expect(text).toContain('(danh sách tổ không đổi)');
    expect(text).toContain(
      'Tổ dân phố số 1: 40 hộ đã nộp phiếu góp ý, báo cáo khi chỉ tiêu còn tính theo số hộ, khi đó 250 hộ, nay 30 hộ nguy cơ cao',
    );
    expect(text).toContain(
      'Tổ dân phố số 2: 20 hộ đã nộp phiếu góp ý, báo cáo khi chỉ tiêu còn tính theo số hộ, khi đó 200 hộ, nay 25 hộ nguy cơ cao',
    );
    // Nothing was split nor merged: no word of a new list, nor of "250 hộ nguy cơ cao".
    expect(text).not.toContain('danh sách tổ cũ');
    expect(text).not.toContain('danh sách tổ mới');
    expect(text).not.toContain('250 hộ nguy cơ cao');
  });

  it('the signed report says the same, not "báo cáo theo danh sách cũ"', async () => {
    const pdf = await office.get('/c/khao-sat/results/bao-cao.pdf');
    expect(pdf.status).toBe(200);
    const words = oneLine(await pdfText(pdf.bytes));
    expect(words).toContain(
      'chưa xác nhận: báo cáo khi chỉ tiêu còn tính theo số hộ, khi đó 250 hộ',
    );
    expect(words).toContain(
      'được báo cáo trước khi chỉ tiêu đổi cách tính (danh sách tổ không đổi)',
    );
    expect(words).toContain('báo cáo trước khi đổi cách tính chỉ tiêu');
    expect(words).not.toContain('danh sách cũ');
    expect(words).not.toContain('250 hộ nguy cơ cao');
  });
});

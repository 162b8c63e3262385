/**
 * The studio's Kết quả table says what the report's table says: no "Hạng" column when no group
 * is ranked (a measure of people in a list without the population), and a ward rate taken over
 * the groups with a population only carries the report's mark, explained by the report's own
 * note under the table. A real studio on loopback, the office typing each group's figure on its
 * page; the report is the tab's own download. Expected figures worked out from the files below.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureCampaign } from '../support/measure-campaign.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { officeGroupPath, sendOfficeForm, visible } from './results-figures.js';
import { type Client, studioWithCampaign, type TestStudio } from './studio.js';

const LABEL = 'Số người tham gia';
const SLUG = 'tham-gia';
const RESULTS = `/c/${SLUG}/results`;

/** A studio with the campaign and `groups`, each group's figure typed by the office. */
async function studioWith(groups: string, figures: Record<string, number>) {
  const dir = await makeTempDir('studio-table-marks-');
  const campaign = join(dir, 'campaign.yaml');
  const list = join(dir, 'groups.csv');
  await writeFile(campaign, measureCampaign(`{ id: nguoi, label: ${LABEL}, of: people }`));
  await writeFile(list, groups);
  const started = await studioWithCampaign(SLUG, [campaign, list]);
  for (const [name, value] of Object.entries(figures)) {
    const path = await officeGroupPath(started.c, SLUG, name);
    const sent = await sendOfficeForm(started.c, path, { [LABEL]: String(value) });
    expect(sent.status, sent.text).toBe(303);
  }
  return started;
}

/** The tab's table: its header cells, and its totals row as read. */
async function tableOf(office: Client) {
  const page = (await office.get(RESULTS)).text;
  const table = /<table class="results-table">[\s\S]*?<\/table>/.exec(page)?.[0] ?? '';
  const head = [...table.matchAll(/<th scope="col">([^<]*)<\/th>/g)].map((m) => m[1]);
  const foot = visible(/<tfoot>([\s\S]*?)<\/tfoot>/.exec(table)?.[1] ?? '').trim();
  const notes = [...page.matchAll(/<p class="muted table-note">([\s\S]*?)<\/p>/g)].map((m) =>
    visible(m[1] ?? '').trim(),
  );
  return { page, table, head, foot, notes };
}

async function reportText(office: Client) {
  const pdf = await office.get(`${RESULTS}/bao-cao.pdf`);
  expect(pdf.status).toBe(200);
  return collapseSpaces(await pdfText(Buffer.from(pdf.bytes)));
}

describe('a list without the population: nothing is ranked', () => {
  let s: TestStudio;
  let office: Client;
  beforeAll(async () => {
    ({ s, c: office } = await studioWith(
      `STT;Tên tổ dân phố;Tổ trưởng;Số hộ
1;Tổ dân phố số 1;Nguyễn Văn A;250
2;Tổ dân phố số 2;Lê Thị B;200
`,
      { 'Tổ dân phố số 1': 250, 'Tổ dân phố số 2': 200 },
    ));
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it('has no "Hạng" column, as the report has none', async () => {
    const { table, head, foot } = await tableOf(office);
    expect(head).toEqual(['Tổ', LABEL, 'Cập nhật']);
    expect(table).not.toContain('data-label="Hạng"');
    // The totals row: the ward's word and the sum, 250 + 200, no rate.
    expect(foot).toBe('Toàn xã 450');
    const report = await reportText(office);
    expect(report).not.toContain('Hạng');
    expect(report).toContain(
      `Tổ dân phố ${LABEL} Tổ dân phố số 1 250 Tổ dân phố số 2 200 Toàn xã 450`,
    );
  });
});

describe('a group without its population: the ward rate over the others, marked', () => {
  let s: TestStudio;
  let office: Client;
  beforeAll(async () => {
    ({ s, c: office } = await studioWith(
      `STT;Tên tổ dân phố;Tổ trưởng;Số hộ;Số nhân khẩu
1;Tổ dân phố số 1;Nguyễn Văn A;250;1000
2;Tổ dân phố số 2;Lê Thị B;200;800
3;Tổ dân phố số 3;Phạm Văn C;150;
`,
      { 'Tổ dân phố số 1': 250, 'Tổ dân phố số 2': 200, 'Tổ dân phố số 3': 120 },
    ));
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it('marks the ward rate "*" and says why under the table, in the report’s words', async () => {
    const { head, foot, notes } = await tableOf(office);
    expect(head).toEqual(['Hạng', 'Tổ', LABEL, 'Cập nhật']);
    // 250 + 200 + 120 = 570 reported; the rate is (250 + 200) / (1.000 + 800) = 25,0 %.
    expect(foot).toBe('Toàn xã 570 (25,0%*)');
    const note =
      '(*) Tỷ lệ “Số người tham gia” của toàn xã tính trên các tổ có số nhân khẩu trong danh sách: 450/1.800 nhân khẩu (không tính 120 người tham gia của 1 tổ chưa có số nhân khẩu).';
    expect(notes).toEqual([note]);
    const report = await reportText(office);
    expect(report).toContain('Toàn xã 570 25,0*');
    expect(report).toContain(note);
  });
});

describe('a target measure with a group without a target: the summary names the base as the report does', () => {
  let s: TestStudio;
  let office: Client;
  const label = 'Số người đăng ký học';
  beforeAll(async () => {
    const dir = await makeTempDir('studio-table-marks-target-');
    const campaign = join(dir, 'campaign.yaml');
    const list = join(dir, 'groups.csv');
    await writeFile(
      campaign,
      measureCampaign(`{ id: dang_ky, label: ${label}, of: Chỉ tiêu (người) }`),
    );
    await writeFile(
      list,
      `STT;Tên tổ dân phố;Tổ trưởng;Số hộ;Số nhân khẩu;Chỉ tiêu (người)
1;Tổ dân phố số 1;Nguyễn Văn A;250;1000;20
2;Tổ dân phố số 2;Lê Thị B;200;800;25
3;Tổ dân phố số 3;Phạm Văn C;150;600;
`,
    );
    ({ s, c: office } = await studioWithCampaign(SLUG, [campaign, list]));
    const figures = { 'Tổ dân phố số 1': 22, 'Tổ dân phố số 2': 10, 'Tổ dân phố số 3': 7 };
    for (const [name, value] of Object.entries(figures)) {
      const path = await officeGroupPath(office, SLUG, name);
      const sent = await sendOfficeForm(office, path, { [label]: String(value) });
      expect(sent.status, sent.text).toBe(303);
    }
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it('says "các tổ có chỉ tiêu" where the report does (qa23 #10)', async () => {
    const page = (await office.get(RESULTS)).text;
    const item = [...page.matchAll(/<li><span>([^<]*)<\/span>:([\s\S]*?)<\/li>/g)].find(
      (m) => m[1] === label,
    );
    const said = visible(item?.[2] ?? '').replace(/\s+/g, ' ');
    // 22 + 10 + 7 = 39 reported; over the targets: 22 + 10 = 32 of 20 + 25 = 45.
    expect(said).toContain('39; các tổ có chỉ tiêu: 32 / 45 người');
    expect(said).toContain('(không tính 7 của 1 tổ chưa có chỉ tiêu trong danh sách)');
    expect(said).not.toContain('có số người');
    expect(await reportText(office)).toContain('các tổ có chỉ tiêu');
  });
});

/**
 * Test support for the studio's results (the "Kết quả" tab): a small ward whose rates are worked
 * out by hand, and its leaders sending figures through their own pages' form, as a phone does.
 */

import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import type { StoreDb } from '../../src/store/open-store.js';
import { browserForm, fieldNameByLabel } from '../support/browser-form.js';
import { openCampaignPage } from './campaign-page.js';
import { type Client, studioWithExample, type TestStudio } from './studio.js';

/** Four groups, their people and households chosen so that every rate below is worked out by hand. */
export const GROUPS = `STT;Tên tổ dân phố;Tổ trưởng;Số điện thoại;Số hộ;Số nhân khẩu
1;Tổ dân phố số 1;Nguyễn Văn Hùng;0912 345 678;250;1000
2;Tổ dân phố số 2;Trần Thị Thu Hằng;0983 214 567;200;800
3;Tổ dân phố số 3;Phạm Đức Thắng;0356 782 104;150;500
4;Tổ dân phố số 4;Lê Thị Ngọc Ánh;0868 150 932;100;400
`;

/** The example's measures, by their labels on the leader's form. */
export const JOINED = 'Số người dân tham gia cuộc thi';
export const APP = 'Số hộ gia đình cài đặt ứng dụng Smart Hải Phòng';

export { visible } from '../support/page-text.js';

/**
 * A leader sends figures on the group's page (labels → numbers), as the form posts them; with
 * `confirm`, the box a figure far out of line asks for ticked ("Tôi xác nhận số liệu trên là đúng").
 */
export async function report(
  leader: Client,
  url: string,
  figures: Record<string, string>,
  confirm = false,
) {
  const page = await leader.get(url);
  const action = /<form class="figures" method="post" action="([^"#]+)/.exec(page.text)?.[1];
  const hidden = (name: string) =>
    new RegExp(`name="${name}" value="([^"]*)"`).exec(page.text)?.[1] ?? '';
  const fields: Record<string, string> = { form: hidden('form'), base: hidden('base') };
  if (confirm) fields.xac_nhan = '1';
  for (const [label, value] of Object.entries(figures)) {
    fields[fieldNameByLabel(page.text, label)] = value;
  }
  const sent = await leader.postRaw(action ?? '', fields);
  expect(sent.status).toBe(303);
}

/** A groups list uploaded on Danh sách tổ as "groups.csv"; `confirm`: "Vẫn dùng tệp này" ticked. */
export const uploadGroups = (office: Client, slug: string, csv: string, confirm: boolean) =>
  office.upload(
    `/c/${slug}/groups`,
    'file',
    'groups.csv',
    Buffer.from(csv),
    confirm ? { confirmShift: '1' } : {},
    `/c/${slug}/groups`,
  );

/** The report's spreadsheet as rows of values (the studio's "Tải bảng số liệu (Excel)"). */
export async function reportRows(office: Client, slug: string): Promise<unknown[][]> {
  const xlsx = await office.get(`/c/${slug}/results/ket-qua.xlsx`);
  expect(xlsx.status).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(xlsx.bytes) as unknown as ArrayBuffer);
  return Array.from(wb.worksheets[0]?.getSheetValues() ?? [], (r) =>
    Array.isArray(r) ? r.slice(1) : [],
  );
}

/** The numbers of a group's row of the report's spreadsheet. */
export const numbersOf = (rows: unknown[][], name: string) =>
  (rows.find((r) => r.includes(name)) ?? []).filter((v) => typeof v === 'number');

/** A group's page of figures, read off the Kết quả tab's link for it (as the office clicks it). */
export async function officeGroupPath(office: Client, slug: string, name: string) {
  const page = await office.get(`/c/${slug}/results`);
  const href = new RegExp(`href="([^"]+)" aria-label="Nhập, sửa số liệu: ${name}"`).exec(
    page.text,
  )?.[1];
  expect(href, name).toBeTruthy();
  return href ?? '';
}

/** The office's form of a group's figures as the page shows it: box by label, hidden fields. */
export function officeForm(page: string) {
  const form =
    /<form method="post" action="([^"]+)" class="card figures-form"[\s\S]*?<\/form>/.exec(page);
  const html = form?.[0] ?? '';
  const box = (label: string) => fieldNameByLabel(html, label);
  const hidden = (name: string) =>
    new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1] ?? '';
  return { action: form?.[1] ?? '', box, hidden, html };
}

/** The office sends a group's form with `figures` (labels → text), as the browser posts it. */
export async function sendOfficeForm(
  office: Client,
  path: string,
  figures: Record<string, string>,
  extra: Record<string, string> = {},
) {
  const f = officeForm((await office.get(path)).text);
  // Every hidden field, as the browser posts them (_csrf, base, the figures shown to confirm).
  const hidden = f.html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g);
  const fields: Record<string, string> = {
    ...Object.fromEntries([...hidden].map((m) => [m[1] ?? '', m[2] ?? ''])),
    ...extra,
  };
  for (const [label, value] of Object.entries(figures)) fields[f.box(label)] = value;
  return office.postRaw(f.action, fields);
}

/**
 * The office opens the campaign's leader pages (Trang tổ trưởng) and reads every group's link
 * off the tab: the group's name → its path on the studio.
 */
export async function leaderLinks(office: Client, slug: string): Promise<Map<string, string>> {
  const opened = await office.post(`/c/${slug}/leaders/open`, {}, `/c/${slug}/leaders`);
  expect(opened.status).toBe(303);
  const tab = await office.get(`/c/${slug}/leaders`);
  return new Map(
    [
      ...tab.text.matchAll(
        /class="leader-link">\s*<h2 class="group-name"><strong>([^<]+)<\/strong>[\s\S]*?class="leader-url" value="([^"]+)"/g,
      ),
    ].map((m) => [m[1] ?? '', (m[2] ?? '').replace(office.base, '')]),
  );
}

/**
 * A figure as the tool before ids stored it: one submission of group `group` under `campaign`
 * (the notice's year, number and symbol as typed), straight into the store.
 */
export async function storeOldFigure(
  db: StoreDb,
  figure: { campaign: string; group: string; measure: string; value: number },
): Promise<void> {
  const row = await db
    .insertInto('result_submissions')
    .values({
      id: `old-${figure.campaign}-${figure.group}`,
      campaign: figure.campaign,
      group_id: figure.group,
      source: 'leader',
      recorded_at: '2026-11-30T03:04:05.000Z',
      confirmed: 0,
    })
    .returning('seq')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('result_values')
    .values({ submission: Number(row.seq), measure: figure.measure, value: figure.value })
    .execute();
}

/**
 * The example as campaign hai-phong with `groups` as its list, its leaders' pages opened: the
 * studio, the office's client, the campaign's folder and each group's link path (by name).
 */
export async function openedWithGroups(groups: string): Promise<{
  s: TestStudio;
  office: Client;
  folder: string;
  links: Map<string, string>;
}> {
  const {
    s,
    c: office,
    folder,
  } = await studioWithExample({
    baseUrl: 'https://in.phuong-le-chan.vn',
    groups,
  });
  const links = new Map(
    [...(await leaderLinks(office, 'hai-phong'))].map(([name, url]) => [
      name,
      url.replace(/^https:\/\/[^/]+/, ''),
    ]),
  );
  return { s, office, folder, links };
}

/**
 * Stores a results file the import previewed (`preview`, the preview's page): its form as the
 * “Lưu số liệu” button sends it, the tick as the page has it, with `typed` (a box ticked).
 */
export async function storePreviewed(
  office: Client,
  preview: string,
  typed: Record<string, string> = {},
) {
  const { action, fields } = browserForm(preview, (f) =>
    (f.attribs.action ?? '').endsWith('/confirm'),
  );
  return office.postRaw(action, { ...fields, ...typed });
}

/**
 * The example's studio over GROUPS, its measures typed on the campaign form as `lines`: the
 * save's answer, and once saved, each group's leader link by name.
 */
export async function studioWithMeasures(lines: string) {
  const { s, c: office, folder } = await studioWithExample({ groups: GROUPS }, 'hai-phong');
  const form = await openCampaignPage(office, 'hai-phong');
  const saved = await office.postRaw('/c/hai-phong', { ...form, measures: lines });
  const links =
    saved.status === 303 ? await leaderLinks(office, 'hai-phong') : new Map<string, string>();
  return { s, office, folder, saved, links };
}

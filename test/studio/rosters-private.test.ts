/**
 * The residents list is personal data: the page promises it is printed on each group's tracking
 * sheet only. The storm campaign of the studio (qa21 finding 4), its groups workbook also given
 * as the residents list: the list, its uploaded name and an upload only previewed are left out of
 * the campaign folder's ZIP and of a copy of the campaign (whose tracking sheets print blank
 * rows); a previewed upload cancelled, or left an hour, is deleted; once the list is deleted, the
 * build tab says the sheets printed still carry the names, and no copy or cached document of the
 * leaders' pages keeps them. The groups page no longer points the workbook's sheet of households
 * at the upload the office has made.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfPageTexts } from '../support/pdf-text.js';
import { removeTempDirs } from '../support/tmp.js';
import { buildUntil, leaderTrackerOf } from './office-steps.js';
import { type Client, plainText, studioWithCampaign, type TestStudio } from './studio.js';
import { workbookFirstGroups } from './workbook-first-groups.js';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'qa21-bao');
const WORKBOOK = join(FIXTURE, 'to-dan-pho-bao-so-3.xlsx');
/**
 * The groups uploaded: the workbook's first 3 (tổ 1–3, those of the residents list), not its 15 — each
 * build draws every group's tracking sheet of ~200 numbered rows.
 */
const GROUPS = 3;
const slug = 'bao-so-3';
const groupsPage = `/c/${slug}/groups`;
const rostersPage = `/c/${slug}/rosters`;

/** From the workbook as Excel holds it: tổ 1's households count and its households to evacuate. */
async function workbookFacts() {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(WORKBOOK);
  const groups = wb.getWorksheet('Tổ dân phố');
  if (!groups) throw new Error('no sheet "Tổ dân phố"');
  const header = (groups.getRow(1).values as unknown[]).map(String);
  const households = Number(groups.getRow(2).getCell(header.indexOf('Số hộ')).value);
  const toEvacuate = Number(groups.getRow(2).getCell(header.indexOf('Số hộ phải sơ tán')).value);
  const names: string[] = [];
  wb.getWorksheet('DS hộ sơ tán')?.eachRow((row, n) => {
    if (n > 1 && String(row.getCell(1).value) === '1') names.push(String(row.getCell(2).value));
  });
  return { households, toEvacuate, names };
}

/** Every file under `dir` (its path inside), [] when it is not there. */
async function filesUnder(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const all = await readdir(dir, { recursive: true, withFileTypes: true });
  return all.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

describe('the residents list stays with the campaign', () => {
  let s: TestStudio;
  let c: Client;
  let folder: string;
  let facts: Awaited<ReturnType<typeof workbookFacts>>;

  /** The workbook uploaded as the residents list and previewed: its pending file's name. */
  const preview = async () => {
    const page = await c.upload(
      rostersPage,
      'file',
      'DS ho so tan.xlsx',
      await readFile(WORKBOOK),
      {},
      rostersPage,
    );
    expect(page.status).toBe(200);
    return { page, pending: /name="pending" value="([^"]+)"/.exec(page.text)?.[1] ?? '' };
  };
  const pendingFiles = async (dir = folder) =>
    (await readdir(dir)).filter((n) => n.startsWith('.upload-'));

  beforeAll(async () => {
    ({ s, c, folder } = await studioWithCampaign(slug, [join(FIXTURE, 'campaign.yaml')]));
    facts = await workbookFacts();
    expect(facts.names).toHaveLength(6);
    const up = await c.upload(
      groupsPage,
      'file',
      'to-dan-pho-bao-so-3.xlsx',
      await workbookFirstGroups(WORKBOOK, 'Tổ dân phố', GROUPS),
      {},
      groupsPage,
    );
    expect(up.status).toBe(303);
    const { pending } = await preview();
    const saved = await c.post(
      `${rostersPage}/save`,
      { pending, name: 'DS ho so tan.xlsx' },
      rostersPage,
    );
    expect(saved.status).toBe(303);
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it('no longer tells the groups page to upload the workbook as the residents list once it is', async () => {
    const text = plainText((await c.get(groupsPage)).text);
    expect(text).toMatch(/Đang dùng DS ho so tan\.xlsx ?: 18 hộ của 3 tổ[,.]/);
    expect(text).not.toContain('tải chính tệp này lên ở mục “Danh sách hộ, người dân”');
  });

  it("leaves the list, its name and an upload only previewed out of the folder's ZIP", async () => {
    await preview();
    expect(await pendingFiles()).toHaveLength(1);
    const zip = await c.get(`/c/${slug}/campaign.zip`);
    expect(zip.status).toBe(200);
    const names = Object.keys(unzipSync(zip.bytes));
    expect(names).toContain(`${slug}/campaign.yaml`);
    expect(names).toContain(`${slug}/groups.xlsx`);
    expect(names.filter((n) => /rosters|\/\.upload-/.test(n))).toEqual([]);
    const page = plainText((await c.get(`/c/${slug}`)).text);
    expect(page).toContain('Không gồm danh sách hộ, người dân');
  });

  it("does not copy the list into a copy of the campaign: the copy's tracking sheet has blank rows", async () => {
    expect(await pendingFiles()).toHaveLength(1);
    const made = await c.upload('/new', 'docx', '', new Uint8Array(), {
      name: 'Bão số 4',
      from: slug,
    });
    expect(made.status).toBe(303);
    const copy = new URL(made.headers.get('location') ?? '', s.url).pathname.split('/')[2] ?? '';
    const copied = await readdir(join(s.dataDir, 'campaigns', copy));
    expect(copied).toContain('groups.xlsx');
    expect(copied.filter((n) => /rosters|^\.upload-/.test(n))).toEqual([]);
    const tracker = await c.get(`/c/${copy}/preview/file?group=1&kind=tracker.pdf`);
    expect(tracker.status).toBe(200);
    const pages = await pdfPageTexts(tracker.bytes);
    for (const name of facts.names) expect(pages.join('\n')).not.toContain(name);
    // Blank numbered rows: one for each household to evacuate and three spare (qa54 M3), its
    // page filled with more; far fewer than the tổ's households.
    const rows = [...pages.join('\n').matchAll(/^\s*(\d{1,4})\s*$/gm)].map((m) => Number(m[1]));
    expect(Math.max(...rows)).toBeGreaterThanOrEqual(facts.toEvacuate + 3);
    expect(Math.max(...rows)).toBeLessThan(facts.households / 2);
    const reminder = plainText((await c.get(`/c/${copy}?copied=${slug}`)).text);
    // Named in the copy's review with its rows (qa59 M2): the office may upload it again.
    expect(reminder).toMatch(
      /chiến dịch cũ có danh sách hộ, người dân \(\d+ dòng\), bản sao không mang theo: bảng theo dõi in các dòng trống đánh số/,
    );
  });

  it('deletes an upload cancelled, and one previewed an hour ago', async () => {
    const { page, pending } = await preview();
    expect(page.text).toContain(`formaction="${rostersPage}/cancel"`);
    expect(await pendingFiles()).toEqual([`.upload-rosters-${pending}`]);
    const cancelled = await c.post(`${rostersPage}/cancel`, { pending }, rostersPage);
    expect(cancelled.status).toBe(303);
    expect(plainText((await c.get(`${rostersPage}?cancelled=1`)).text)).toContain('Đã huỷ');
    expect(await pendingFiles()).toEqual([]);
    // Still the list in use.
    expect(plainText((await c.get(rostersPage)).text)).toContain(
      'Tệp đang dùng: DS ho so tan.xlsx',
    );

    const left = await preview();
    const file = join(folder, `.upload-rosters-${left.pending}`);
    // Shown again now: kept (the office may still save it).
    await c.get(rostersPage);
    expect(existsSync(file)).toBe(true);
    const hourAgo = new Date(Date.now() - 61 * 60 * 1000);
    await utimes(file, hourAgo, hourAgo);
    await c.get(rostersPage);
    expect(existsSync(file)).toBe(false);
  });

  it("says on the build tab that the sheets printed keep the deleted list's names, and the leaders' copies go", async () => {
    const buildPage = `/c/${slug}/build`;
    await buildUntil(c, slug, 'done');
    const deletedSaid = 'Danh sách hộ, người dân đã xoá sau lần tạo tệp in trước';
    expect(plainText((await c.get(buildPage)).text)).not.toContain(deletedSaid);

    // A leader opens tổ 1's tracking sheet: a copy of the inputs and the document cached.
    const trackerText = await leaderTrackerOf(c, s.url, slug, 'Tổ dân phố 1');
    for (const name of facts.names) expect(await trackerText()).toContain(name);
    const published = join(s.dataDir, 'published');
    const served = join(published, `${slug}.served`);
    const cache = join(published, `${slug}.cache`);
    expect((await filesUnder(served)).some((f) => /[\\/]rosters[\\/]/.test(f))).toBe(true);
    const cachedBefore = await filesUnder(cache);
    expect(cachedBefore.length).toBeGreaterThan(0);

    const deleted = await c.post(`${rostersPage}/delete`, {}, rostersPage);
    expect(deleted.status).toBe(303);
    expect(plainText((await c.get(buildPage)).text)).toContain(
      `${deletedSaid}: bảng theo dõi đã tạo vẫn có tên người dân. Bấm “Tạo tệp in” để tạo lại.`,
    );
    // On disk under the published folder: no copy of the list, no tracking sheet drawn from it.
    expect((await filesUnder(served)).filter((f) => /[\\/]rosters[\\/]/.test(f))).toEqual([]);
    expect((await filesUnder(served)).length).toBeGreaterThan(0);
    const cachedAfter = await filesUnder(cache);
    expect(cachedBefore.filter((f) => cachedAfter.includes(f))).toEqual([]);
    // The leader's sheet has its blank rows again.
    const after = await trackerText();
    for (const name of facts.names) expect(after).not.toContain(name);

    // Printed again: nothing more to say.
    await buildUntil(c, slug, 'done');
    expect(plainText((await c.get(buildPage)).text)).not.toContain(deletedSaid);
    await c.post(`/c/${slug}/leaders/stop`, {}, `/c/${slug}/leaders`);
  });
});

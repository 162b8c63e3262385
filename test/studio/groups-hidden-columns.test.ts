/**
 * qa24 F6: a column the office hid in Excel (the leaders' citizen ID numbers) is left out like a
 * hidden row: not read, said once, not shown on the groups page, never suggested for printing,
 * and not in the stored groups.xlsx (so neither in the folder's ZIP); `check` says the same note.
 * A hidden column the tool needs (the groups' names) is read, with a note saying so. Real studio
 * on loopback; the expected names and numbers are the test's own workbook's.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliInProcess } from '../support/cli.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { pdfText } from '../support/pdf-text.js';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { copyOf, folderZip, sendFile } from './campaign-files.js';
import { GROUPS } from './results-figures.js';
import { type Client, plainText, studioWithExample, type TestStudio } from './studio.js';

const SLUG = 'hai-phong';
const ID_HEADER = 'Số CCCD tổ trưởng';
/** The example's groups (results-figures.ts), with each leader's ID number in column G. */
const rows = GROUPS.trim()
  .split('\n')
  .map((line, i) => [...line.split(';'), i === 0 ? ID_HEADER : `00108500000${i}`]);
const header = rows[0] ?? [];
const groupRows = rows.slice(1);
const idNumbers = groupRows.map((r) => r[6] ?? '');
const names = groupRows.map((r) => r[1] ?? '');
const phones = groupRows.map((r) => r[3] ?? '');

/** The workbook with column `hidden` (1-based) hidden in Excel. */
async function workbook(hidden: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Danh sách');
  for (const r of rows) sheet.addRow(r);
  sheet.getColumn(hidden).hidden = true;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Every text a workbook's parts hold (its shared strings, its sheets). */
const textOf = (bytes: Uint8Array) =>
  Object.values(unzipSync(bytes))
    .map((b) => new TextDecoder().decode(b))
    .join('\n');

const count = (text: string, part: string) => text.split(part).length - 1;

describe('a groups workbook with the leaders’ ID numbers in a hidden column', () => {
  let s: TestStudio;
  let c: Client;
  let folder: string;
  let bytes: Uint8Array;
  beforeAll(async () => {
    ({ s, c, folder } = await studioWithExample());
    bytes = await workbook(7);
    const up = await sendFile(c, `/c/${SLUG}/groups`, 'DS to dan pho.xlsx', bytes);
    expect(up.status).toBe(303);
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it('the groups page says once it is hidden and not read, and neither shows nor offers it', async () => {
    const page = await c.get(`/c/${SLUG}/groups`);
    const said = plainText(page.text);
    expect(
      count(
        said,
        `Cột G “${ID_HEADER}” đang ẩn trong Excel: phần mềm không đọc và không lưu cột này`,
      ),
    ).toBe(1);
    for (const n of idNumbers) expect(page.text).not.toContain(n);
    expect(page.text).not.toContain(`<th scope="col">${ID_HEADER}</th>`);
    expect(said).not.toContain(`{{group.[${ID_HEADER}]}}`);
    // The list itself is read: every group's name is on the page.
    for (const n of names) expect(said).toContain(n);
  });

  it('is not in the stored groups.xlsx, nor in the folder’s ZIP', async () => {
    const stored = textOf(new Uint8Array(await readFile(join(folder, 'groups.xlsx'))));
    for (const n of names) expect(stored).toContain(n);
    for (const n of idNumbers) expect(stored).not.toContain(n);
    const zip = await folderZip(c, SLUG);
    const zipped = textOf(zip[`${SLUG}/groups.xlsx`] ?? new Uint8Array());
    expect(zipped).toContain(names[0]);
    for (const n of idNumbers) expect(zipped).not.toContain(n);
    // The office's own file had them: the test's workbook is what it claims.
    for (const n of idNumbers) expect(textOf(bytes)).toContain(n);
  });

  it('a hidden column the tool needs (the names) is read, and said so', async () => {
    const up = await sendFile(c, `/c/${SLUG}/groups`, 'DS to an ten.xlsx', await workbook(2));
    expect(up.status).toBe(303);
    const said = plainText((await c.get(`/c/${SLUG}/groups`)).text);
    expect(said).toContain(
      `Cột B “${header[1]}” đang ẩn trong Excel, nhưng phần mềm cần cột này nên vẫn đọc và in cột này`,
    );
    for (const n of names) expect(said).toContain(n);
  });
});

describe('the CLI’s check with such a workbook', () => {
  afterAll(removeTempDirs);
  it('says the same note once, naming the file and the column', async () => {
    const dir = await makeTempDir('phuong-print-hidden-column-');
    const groups = join(dir, 'to-dan-pho.xlsx');
    await writeFile(groups, await workbook(7));
    const r = await runCliInProcess(['check', '--campaign', EXAMPLE_CAMPAIGN, '--groups', groups], {
      env: { PHUONG_PRINT_LANG: 'vi' },
    });
    expect(r.code).toBe(0);
    const out = `${r.stdout}\n${r.stderr}`;
    const note = `cột G “${ID_HEADER}” đang ẩn trong Excel: phần mềm không đọc và không lưu cột này`;
    expect(count(out, note)).toBe(1);
    expect(out).toContain(`${groups}: ${note}`);
    for (const n of idNumbers) expect(out).not.toContain(n);
  });
});

/** Every file under `dir`, however deep. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

describe('a workbook with a hidden ID column stored by an older studio (or by hand)', () => {
  let s: TestStudio;
  let c: Client;
  let folder: string;
  beforeAll(async () => {
    ({ s, c, folder } = await studioWithExample());
    await rm(join(folder, 'groups.csv'), { force: true });
    // Written into the folder directly, as an older studio stored an upload: the IDs in it.
    await writeFile(join(folder, 'groups.xlsx'), await workbook(7));
    const stored = textOf(new Uint8Array(await readFile(join(folder, 'groups.xlsx'))));
    for (const n of idNumbers) expect(stored).toContain(n);
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it('leaves the folder’s ZIP without a cell of the hidden column, the list whole', async () => {
    const zipped = textOf((await folderZip(c, SLUG))[`${SLUG}/groups.xlsx`] ?? new Uint8Array());
    for (const n of names) expect(zipped).toContain(n);
    for (const n of idNumbers) expect(zipped).not.toContain(n);
  });

  it('is copied into a new campaign without it', async () => {
    const copy = await copyOf(s, c, SLUG, 'Bản sao');
    const copied = textOf(
      new Uint8Array(await readFile(join(s.dataDir, 'campaigns', copy, 'groups.xlsx'))),
    );
    for (const n of names) expect(copied).toContain(n);
    for (const n of idNumbers) expect(copied).not.toContain(n);
  });

  it('is served to the leaders from a copy without it', async () => {
    expect((await c.post(`/c/${SLUG}/leaders/open`, {}, `/c/${SLUG}/leaders`)).status).toBe(303);
    const served = await filesUnder(join(s.dataDir, 'published', `${SLUG}.served`));
    const workbooks = served.filter((f) => f.endsWith('.xlsx'));
    expect(workbooks.length).toBeGreaterThan(0);
    for (const f of workbooks) {
      const text = textOf(new Uint8Array(await readFile(f)));
      expect(text).toContain(names[0]);
      for (const n of idNumbers) expect(text).not.toContain(n);
    }
    await c.post(`/c/${SLUG}/leaders/stop`, {}, `/c/${SLUG}/leaders`);
  });
});

describe('a hidden column the list can be read without (the leaders’ phones)', () => {
  afterAll(removeTempDirs);

  it('is neither read nor printed, and the note says so', async () => {
    const dir = await makeTempDir('phuong-print-hidden-phone-');
    // A campaign whose flyer names each leader and phone (the example's contest does not).
    const campaign = join(dir, 'campaign.yaml');
    await writeFile(campaign, `${NOTICE_ONLY}actions:\n  - step: Phát quang bụi rậm quanh nhà\n`);
    const build = async (hidden: number) => {
      const groups = join(dir, `to-${hidden}.xlsx`);
      await writeFile(groups, await workbook(hidden));
      const out = join(dir, `out-${hidden}`);
      const r = await runCliInProcess(
        ['build', '--campaign', campaign, '--groups', groups, '--kind', 'flyer'].concat([
          '--out',
          out,
          '--lang',
          'vi',
        ]),
      );
      expect(r.code).toBe(0);
      const pdfs = (await filesUnder(out)).filter((f) => f.endsWith('.pdf'));
      expect(pdfs.length).toBeGreaterThan(0);
      const texts = await Promise.all(pdfs.map((f) => pdfText(f)));
      return { said: `${r.stdout}\n${r.stderr}`, printed: texts.join('\n') };
    };
    // With the phones shown, the flyers print them: the check below is no empty one.
    const shown = await build(7);
    expect(shown.printed).toContain(phones[0]);
    const hid = await build(4);
    for (const p of phones) expect(hid.printed).not.toContain(p);
    for (const n of names) expect(hid.printed).toContain(n);
    const note = `cột D “${header[3]}” đang ẩn trong Excel: phần mềm không đọc và không lưu cột này`;
    expect(count(hid.said, note)).toBe(1);
    expect(hid.said).not.toContain('phần mềm cần cột này');
  });

  it('is not shown on the groups page nor stored, and the page says it is not read', async () => {
    const { s, c, folder } = await studioWithExample();
    try {
      const up = await sendFile(c, `/c/${SLUG}/groups`, 'DS to.xlsx', await workbook(4));
      expect(up.status).toBe(303);
      const page = await c.get(`/c/${SLUG}/groups`);
      const said = plainText(page.text);
      for (const p of phones) expect(said).not.toContain(p);
      for (const n of names) expect(said).toContain(n);
      expect(
        count(
          said,
          `Cột D “${header[3]}” đang ẩn trong Excel: phần mềm không đọc và không lưu cột này`,
        ),
      ).toBe(1);
      expect(said).not.toContain('phần mềm cần cột này');
      const stored = textOf(new Uint8Array(await readFile(join(folder, 'groups.xlsx'))));
      for (const p of phones) expect(stored).not.toContain(p);
    } finally {
      await s.close();
    }
  });
});

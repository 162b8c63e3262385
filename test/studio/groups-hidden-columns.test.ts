/**
 * qa24 F6: a column the office hid in Excel (the leaders' citizen ID numbers) is left out like a
 * hidden row: not read, said once, not shown on the groups page, never suggested for printing,
 * and not in the stored groups.xlsx (so neither in the folder's ZIP); `check` says the same note.
 * A hidden column the tool needs (the groups' names) is read, with a note saying so. Real studio
 * on loopback; the expected names and numbers are the test's own workbook's.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliInProcess } from '../support/cli.js';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { folderZip, sendFile } from './campaign-files.js';
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

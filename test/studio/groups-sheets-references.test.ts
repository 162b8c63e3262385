/**
 * A groups workbook kept to its read sheets holds nothing that points at the sheets left out.
 * The storm campaign's workbook (qa21) counts each group's households to evacuate from the
 * households' sheet (COUNTIF('DS hộ sơ tán'!A:A,A2)) and picks the shelter from a list on it
 * (a data validation): kept as they were, the stored copy shows #REF! once Excel recalculates.
 * And a workbook the tool cannot read is not handed out whole (its households' sheet with it).
 * (A count of 0 read as "a formula saved without its result" is checked here too: exceljs's
 * cell value drops a falsy result, and the stored copy must read as the same list.)
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { type Client, studioWithCampaign, type TestStudio } from './studio.js';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'qa21-bao');
const WORKBOOK = join(FIXTURE, 'to-dan-pho-bao-so-3.xlsx');
const GROUPS_SHEET = 'Tổ dân phố';
const HOUSEHOLDS_SHEET = 'DS hộ sơ tán';

/** A sheet's rows as text, every cell's value (a formula's cached result). */
function rowsOf(sheet: ExcelJS.Worksheet | undefined): string[][] {
  const rows: string[][] = [];
  sheet?.eachRow((row) => {
    const cells: string[] = [];
    // A formula's `result` (its `value` drops a result of 0).
    for (let c = 1; c <= row.cellCount; c++) {
      const cell = row.getCell(c);
      cells.push(String((cell.formula ? cell.result : cell.value) ?? ''));
    }
    rows.push(cells);
  });
  return rows;
}

/**
 * The fixture with its "Số hộ phải sơ tán" column (F) counted from the households' sheet, the
 * shelter column (G) picked from a list on it, and a name for the households' addresses.
 */
async function workbookWithReferences(): Promise<{ bytes: Uint8Array; groupRows: string[][] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(WORKBOOK);
  const sheet = wb.getWorksheet(GROUPS_SHEET);
  if (!sheet) throw new Error('no groups sheet');
  const groupRows = rowsOf(sheet);
  for (let r = 2; r <= sheet.rowCount; r++) {
    const cell = sheet.getCell(r, 6);
    if (typeof cell.value !== 'number') continue;
    cell.value = { formula: `COUNTIF('${HOUSEHOLDS_SHEET}'!A:A,A${r})`, result: cell.value };
    sheet.getCell(r, 7).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`'${HOUSEHOLDS_SHEET}'!$C$2:$C$5`],
    };
  }
  wb.definedNames.add(`'${HOUSEHOLDS_SHEET}'!$C$2:$C$19`, 'DiaChiHo');
  return { bytes: new Uint8Array(await wb.xlsx.writeBuffer()), groupRows };
}

/** A workbook's sheets, its groups sheet's rows, its formulas and all its parts' text. */
async function workbookOf(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const formulas: string[] = [];
  wb.getWorksheet(GROUPS_SHEET)?.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.formula) formulas.push(cell.formula);
    }),
  );
  const text = Object.values(unzipSync(bytes))
    .map((b) => new TextDecoder().decode(b))
    .join('\n');
  return {
    sheets: wb.worksheets.map((s) => s.name),
    rows: rowsOf(wb.getWorksheet(GROUPS_SHEET)),
    formulas,
    text,
  };
}

async function folderZip(c: Client, slug: string) {
  const zip = await c.get(`/c/${slug}/campaign.zip`);
  expect(zip.status).toBe(200);
  return unzipSync(zip.bytes);
}

afterAll(removeTempDirs);

describe('a groups workbook whose list refers to its households sheet', () => {
  const slug = 'bao-tham-chieu';
  let s: TestStudio;
  let c: Client;
  let groupRows: string[][];

  beforeAll(async () => {
    const made = await workbookWithReferences();
    groupRows = made.groupRows;
    // The workbook is what the test is about: it refers to the households' sheet.
    const before = await workbookOf(made.bytes);
    expect(before.formulas.some((f) => f.includes(HOUSEHOLDS_SHEET))).toBe(true);
    expect(before.text).toContain(`${HOUSEHOLDS_SHEET}&apos;!$C$2:$C$5`);
    ({ s, c } = await studioWithCampaign(slug, [join(FIXTURE, 'campaign.yaml')]));
    const up = await c.upload(
      `/c/${slug}/groups`,
      'file',
      'To bao so 3 co cong thuc.xlsx',
      made.bytes,
      {},
      `/c/${slug}/groups`,
    );
    expect(up.status).toBe(303);
  });
  afterAll(() => s?.close());

  it("goes into the folder's ZIP with the counts as values, nothing pointing at the sheet left out", async () => {
    const entries = await folderZip(c, slug);
    const wb = await workbookOf(entries[`${slug}/groups.xlsx`] ?? new Uint8Array());
    expect(wb.sheets).toEqual([GROUPS_SHEET]);
    // The counts Excel showed, as numbers: the rows as the office's file had them.
    expect(wb.rows).toEqual(groupRows);
    expect(wb.formulas).toEqual([]);
    expect(wb.text).not.toContain(HOUSEHOLDS_SHEET);
    expect(wb.text).not.toContain('DiaChiHo');
  });
});

describe('a groups workbook the tool cannot read', () => {
  const slug = 'bao-hong';
  let s: TestStudio;
  let c: Client;
  let folder: string;
  let households: string[][];

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(WORKBOOK);
    households = rowsOf(wb.getWorksheet(HOUSEHOLDS_SHEET)).slice(1);
    // The storm workbook with its styles part damaged: no longer read, its households' sheet
    // still in it for anyone who opens the zip.
    const parts = unzipSync(await readFile(WORKBOOK));
    parts['xl/styles.xml'] = strToU8(
      strFromU8(parts['xl/styles.xml'] ?? new Uint8Array()).replace('<fonts', '<fonts <<'),
    );
    ({ s, c, folder } = await studioWithCampaign(slug, [join(FIXTURE, 'campaign.yaml')]));
    await writeFile(join(folder, 'groups.xlsx'), zipSync(parts));
  });
  afterAll(() => s?.close());

  it("is left out of the folder's ZIP, the households with it", async () => {
    const entries = await folderZip(c, slug);
    expect(Object.keys(entries)).toContain(`${slug}/campaign.yaml`);
    expect(entries[`${slug}/groups.xlsx`]).toBeUndefined();
    const everything = Object.values(entries)
      .map((b) => new TextDecoder().decode(b))
      .join('\n');
    expect(households.length).toBeGreaterThan(10);
    for (const row of households) expect(everything).not.toContain(row[1]);
    // The office's own file stays in its folder.
    expect((await readFile(join(folder, 'groups.xlsx'))).length).toBeGreaterThan(0);
  });

  it('is not copied into a new campaign', async () => {
    const made = await c.upload('/new', 'docx', '', new Uint8Array(), {
      name: 'Bão số 5',
      from: slug,
    });
    expect(made.status).toBe(303);
    const copy = new URL(made.headers.get('location') ?? '', s.url).pathname.split('/')[2] ?? '';
    const copied = join(s.dataDir, 'campaigns', copy);
    expect(await readFile(join(copied, 'campaign.yaml'), 'utf8')).not.toBe('');
    expect(existsSync(join(copied, 'groups.xlsx'))).toBe(false);
  });
});

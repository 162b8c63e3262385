/**
 * Two groups of the list with the same name, different ids (qa24 F9: "Tổ 12 - Khu 2" is id 12 and
 * id 43): the results print each with its id, "Tổ 12 - Khu 2 (mã 43)", so the chairman and the
 * office can tell the two rows apart — in the report PDF (table, chart, who has not reported), its
 * spreadsheet, the studio's Kết quả tab and /admin/ket-qua (before: two rows "Tổ 12 - Khu 2" with
 * different figures and ranks). A name no other group has is printed as it is.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordSubmission } from '../../src/results/results-store.js';
import type { Store } from '../../src/store/open-store.js';
import {
  ADMIN_PASSWORD,
  basic,
  startResultsServer,
  type TestServer,
  wardOf,
} from '../serve/server.js';
import { measureCampaign } from '../support/measure-campaign.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import {
  numbersOf,
  officeGroupPath,
  reportRows,
  sendOfficeForm,
  visible,
} from './results-figures.js';
import type { Client, TestStudio } from './studio.js';
import { studioWithCampaign } from './studio.js';

const LABEL = 'Số hộ đã nộp phiếu góp ý';
const TWIN = 'Tổ 12 - Khu 2';
/** id, name, leader, households, reported (undefined: not yet). */
const GROUPS = [
  ['1', 'Tổ 1 - Khu 1', 'Nguyễn Văn An', 200, 120],
  ['12', TWIN, 'Lê Văn Hùng', 164, 150],
  ['13', 'Tổ 13 - Khu 2', 'Trần Thị Mai', 150, undefined],
  ['43', TWIN, 'Lê Thị Hạnh', 95, 80],
  ['44', TWIN, 'Phạm Văn Nam', 120, undefined],
] as const;
const csv = `Mã tổ;Tên tổ dân phố;Tổ trưởng;Số hộ\n${GROUPS.map(
  ([id, name, leader, households]) => `${id};${name};${leader};${households}`,
).join('\n')}\n`;
const campaign = measureCampaign(`{ id: phieu, label: ${LABEL}, of: households }`);
/** A group's name as the results print it: the twins each with its id. */
const printed = (id: string, name: string) => (name === TWIN ? `${name} (mã ${id})` : name);
const rate = (value: number, base: number) => {
  const tenths = Math.round((value * 1000) / base);
  return `${Math.floor(tenths / 10)},${tenths % 10}`;
};
const reported = GROUPS.filter((g) => g[4] !== undefined);
const missing = GROUPS.filter((g) => g[4] === undefined);

afterAll(removeTempDirs);

describe('two groups of the same name, on the studio’s Kết quả and in the report', () => {
  let s: TestStudio;
  let c: Client;
  beforeAll(async () => {
    const dir = await makeTempDir('studio-same-names-');
    await writeFile(join(dir, 'campaign.yaml'), campaign);
    await writeFile(join(dir, 'groups.csv'), csv);
    ({ s, c } = await studioWithCampaign('y-kien', [
      join(dir, 'campaign.yaml'),
      join(dir, 'groups.csv'),
    ]));
    for (const [id, name, , , value] of reported) {
      // The link's label is read as a pattern: its brackets escaped.
      const label = printed(id, name).replace(/[()]/gu, '\\$&');
      const path = await officeGroupPath(c, 'y-kien', label);
      expect((await sendOfficeForm(c, path, { [LABEL]: String(value) })).status).toBe(303);
    }
  });
  afterAll(async () => {
    await s.close();
  });

  it('prints each twin with its id in the report’s table, chart and list of the missing', async () => {
    const pdf = (await c.get('/c/y-kien/results/bao-cao.pdf')).bytes;
    const said = collapseSpaces(await pdfText(pdf));
    const lines = (await pdfText(pdf, { layout: true })).split('\n').map(collapseSpaces);
    for (const [id, name, , households, value] of reported) {
      // Its row: name, figure, rate.
      expect(said).toContain(`${printed(id, name)} ${value} ${rate(value ?? 0, households)}`);
      // Its bar: the label and the rate on one line.
      const bar = `${printed(id, name)} ${rate(value ?? 0, households)}%`;
      expect(lines, bar).toContain(bar);
    }
    expect(said).toContain(`: ${missing.map(([id, name]) => printed(id, name)).join(', ')}.`);
    // No twin without its id.
    expect(said).not.toMatch(new RegExp(`${TWIN}(?! \\(mã)`, 'u'));
  });

  it('names the twins apart in the report’s spreadsheet', async () => {
    const rows = await reportRows(c, 'y-kien');
    for (const [id, name, , , value] of reported) {
      expect(numbersOf(rows, printed(id, name))).toContain(value);
    }
    expect(rows.flat()).not.toContain(TWIN);
  });

  it('names the twins apart on Kết quả: table, list of the missing, the office’s picker', async () => {
    const page = (await c.get('/c/y-kien/results')).text;
    const text = visible(page);
    for (const [id, name, , , value] of reported) {
      expect(text).toContain(`${printed(id, name)} Tổ trưởng:`);
      expect(text).toContain(`${value} (`);
    }
    for (const [id, name] of GROUPS) {
      expect(page).toContain(`<option value="${id}">${printed(id, name)}</option>`);
    }
    for (const [id, name, leader] of missing) {
      expect(text).toContain(`${printed(id, name)} — ${leader}`);
    }
    expect(text).not.toMatch(new RegExp(`${TWIN}(?! \\(mã)`, 'u'));
  });
});

describe('two groups of the same name, on /admin/ket-qua', () => {
  let store: Store;
  const s = {} as TestServer;
  beforeAll(async () => {
    const ward = await wardOf(campaign, csv);
    const served = await startResultsServer(ward, await makeTempDir('results-same-names-'));
    store = served.store;
    Object.assign(s, served);
    const scope = { campaign: served.campaign, measures: ward.campaign.measures };
    for (const [id, , , , value] of reported) {
      const group = ward.groups.find((g) => g.id === id);
      if (!group) throw new Error(id);
      await recordSubmission(store.db, scope, {
        group,
        values: { phieu: value ?? 0 },
        source: 'leader',
      });
    }
  });
  afterAll(async () => {
    await s.app?.close();
    await store?.close();
  });

  it('prints each twin with its id', async () => {
    const page = await (
      await fetch(`${s.url}/admin/ket-qua`, {
        headers: { authorization: basic('admin', ADMIN_PASSWORD) },
      })
    ).text();
    const text = visible(page);
    for (const [id, name] of GROUPS) expect(text).toContain(printed(id, name));
    expect(text).not.toMatch(new RegExp(`${TWIN}(?! \\(mã)`, 'u'));
  });
});

/**
 * The studio's groups page given a merged ward's workbook one sheet per old ward (qa17), the
 * second sheet's ids numbered on from 2 over the first's: every sheet's rows are shown under
 * their sheet's name, the red rows are the second sheet's (their numbers repeat the first
 * sheet's: a row is its sheet and its number), and the list of problems names the sheet of each.
 * Each sheet numbered from 1 (qa20): every row is read, each group's id shown as the ids note
 * gives it (HBo-1) in the STT column.
 */
import { describe, expect, it } from 'vitest';
import { HANG_BAC, hangBo, wardSheetsXlsx } from '../support/ward-sheets.js';
import { exampleForTests } from './studio.js';

const groupsPage = '/c/hai-phong/groups';

/** Old Hàng Bồ numbered on from 2, over old Hàng Bạc's 1–3: its rows' ids are taken. */
const HANG_BO = hangBo(2);

describe('a list one sheet per old ward in the studio', () => {
  const ex = exampleForTests();

  it("shows each sheet's rows under its name, the red rows those of the sheet that reuses ids", async () => {
    const bytes = await wardSheetsXlsx([HANG_BAC, HANG_BO], 0);
    const up = await ex.c.upload(
      groupsPage,
      'file',
      'hoan-kiem.xlsx',
      Buffer.from(bytes),
      {},
      groupsPage,
    );
    expect(up.status).toBe(303);
    const page = (await ex.c.get(groupsPage)).text;
    const text = page.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain(
      `${HANG_BAC.leaders.length} tổ đọc được, ${HANG_BO.leaders.length} dòng có lỗi`,
    );
    for (const sheet of [HANG_BAC, HANG_BO]) expect(text).toContain(`Trang tính “${sheet.name}”`);
    for (const [i] of HANG_BO.leaders.entries())
      expect(text).toContain(`Trang “${HANG_BO.name}”, dòng ${i + 2} , cột “STT”`);
    // The red rows are the second sheet's: each first sheet's leader is on a row not marked bad.
    const bad = [...page.matchAll(/<tr class="bad"[^>]*>(.*?)<\/tr>/gs)].map((m) => m[1] ?? '');
    expect(bad).toHaveLength(HANG_BO.leaders.length);
    for (const leader of HANG_BO.leaders) expect(bad.join('')).toContain(leader);
    for (const leader of HANG_BAC.leaders) expect(bad.join('')).not.toContain(leader);
  });

  it('reads every row of sheets each numbered from 1, showing the ids they are given', async () => {
    const bytes = await wardSheetsXlsx([HANG_BAC, hangBo(1)], 0);
    const up = await ex.c.upload(
      groupsPage,
      'file',
      'hoan-kiem.xlsx',
      Buffer.from(bytes),
      {},
      groupsPage,
    );
    expect(up.status).toBe(303);
    const page = (await ex.c.get(groupsPage)).text;
    const text = page.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('5 tổ đọc được.');
    expect(page).not.toContain('class="bad"');
    expect(text).toContain(
      `trang “${HANG_BAC.name}”: HBac-1, HBac-2, HBac-3; trang “${HANG_BO.name}”: HBo-1, HBo-2`,
    );
    const stt = [...page.matchAll(/<td[^>]*data-label="STT">([^<]*)<\/td>/g)].map((m) => m[1]);
    expect(stt).toEqual(['HBac-1', 'HBac-2', 'HBac-3', 'HBo-1', 'HBo-2']);
  });
});

/**
 * A ward merged in 2025 with 220 tổ from four old wards, each numbering its "Tổ dân phố số 1…"
 * (qa44). M1: one sheet with a "Phường cũ" column, or heading rows per old ward, each old ward's
 * "Mã tổ" restarting at 1 — the layout the studio's help recommends — failed 158 of 220 tổ as
 * duplicate ids, while one sheet per old ward got ids "LTray-1"…: now every layout gets the same
 * ids. M4: the old ward was added only to names that repeat, so merging a tổ in one old ward
 * renamed untouched tổ of another: now, once names repeat across old wards, every tổ of the list
 * carries its old ward, and a change in one old ward leaves the others' names and ids as they were.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGroupsReport } from '../../src/load/groups/index.js';
import { xlsxBytes } from '../support/inputs.js';
import { columnCsv, HEADER, WARDS, wardRows } from '../support/same-names.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

async function load(name: string, bytes: string | Uint8Array) {
  const file = join(await makeTempDir('phuong-print-merged-220-'), name);
  await writeFile(file, bytes);
  return loadGroupsReport(file);
}

describe('one sheet whose old wards each number their tổ from 1 (qa44 M1)', () => {
  it('loads the 220 rows of a "Phường cũ" column as 220 groups, ids as one sheet per old ward', async () => {
    const column = await load('phuong-cu.csv', columnCsv());
    expect(column.failures.map((f) => f.error.message)).toEqual([]);
    expect(column.groups).toHaveLength(220);
    expect(new Set(column.groups.map((g) => g.id)).size).toBe(220);
    // The same ward kept one sheet per old ward: the ids the tool gives those sheets.
    const sheets = await load(
      'sheets.xlsx',
      await xlsxBytes(
        Object.fromEntries(
          WARDS.map(([w, n]) => [
            `${w} cũ`,
            [
              HEADER.filter((h) => h !== 'Phường cũ'),
              ...wardRows(w, n).map(([id, name, , leader, hh]) => [id, name, leader, hh]),
            ],
          ]),
        ),
      ),
    );
    expect(sheets.groups).toHaveLength(220);
    expect(column.groups.map((g) => g.id)).toEqual(sheets.groups.map((g) => g.id));
    expect(column.groups.map((g) => g.name)).toEqual(sheets.groups.map((g) => g.name));
    // Each old ward's own number after its short name; said in one note.
    expect(column.groups[0]?.id).toMatch(/^[A-Za-z]+-1$/);
    expect(column.warnings.map((w) => w.message).join('\n')).toContain(
      'each old ward numbers its groups from 1',
    );
  });

  it('loads heading rows per old ward, numbers restarting under each, the same way', async () => {
    const rows = WARDS.flatMap(([w, n]) => [
      ['', `PHƯỜNG ${w.toUpperCase()} (CŨ)`, '', ''],
      ...wardRows(w, n).map(([id, name, , leader, hh]) => [id, name, leader, hh]),
    ]);
    const headed = await load(
      'headings.xlsx',
      await xlsxBytes({ DS: [['STT', 'Tên tổ dân phố', 'Tổ trưởng', 'Số hộ'], ...rows] }),
    );
    const column = await load('phuong-cu.csv', columnCsv());
    expect(headed.failures.map((f) => f.error.message)).toEqual([]);
    expect(headed.groups.map((g) => g.id)).toEqual(column.groups.map((g) => g.id));
    expect(headed.groups.map((g) => g.name)).toEqual(column.groups.map((g) => g.name));
  });

  it('keeps a running STT as typed, and a clash inside one old ward an error', async () => {
    let stt = 0;
    const running = [
      HEADER.join(';'),
      ...WARDS.flatMap(([w, n]) =>
        wardRows(w, n).map(([, ...rest]) => [String(++stt), ...rest].join(';')),
      ),
    ].join('\r\n');
    const r = await load('running.csv', running);
    expect(r.groups.map((g) => g.id)).toEqual(Array.from({ length: 220 }, (_, i) => String(i + 1)));
    const clash = await load(
      'clash.csv',
      columnCsv({ 'Hàng Kênh': [1, 2, 2, ...Array.from({ length: 55 }, (_, i) => i + 4)] }),
    );
    expect(clash.failures).toHaveLength(1);
    expect(clash.failures[0]?.error.message).toContain('is already used by row');
  });
});

describe('names that stay under a change in another old ward (qa44 M4)', () => {
  it('prints every tổ with its old ward, those whose name no other has too', async () => {
    const r = await load('phuong-cu.csv', columnCsv());
    // Lạch Tray's 59–62: no other old ward has them.
    expect(r.groups.slice(58, 62).map((g) => g.name)).toEqual(
      [59, 60, 61, 62].map((n) => `Tổ dân phố số ${n} (Lạch Tray cũ)`),
    );
    expect(
      r.groups.every((g) => / \((?:Lạch Tray|Hàng Kênh|Dư Hàng Kênh|An Biên) cũ\)$/.test(g.name)),
    ).toBe(true);
  });

  it('merging two tổ in one old ward and adding one in another renames none of the rest', async () => {
    const before = await load('truoc.csv', columnCsv());
    const hangKenh = Array.from({ length: 56 }, (_, i) => i + 1); // 57 and 58 merged into 56
    const anBien = Array.from({ length: 46 }, (_, i) => i + 1); // a new tổ 46
    const after = await load('sau.csv', columnCsv({ 'Hàng Kênh': hangKenh, 'An Biên': anBien }));
    expect(after.failures).toEqual([]);
    const named = (r: typeof before) => new Map(r.groups.map((g) => [g.id, g.name]));
    const was = named(before);
    const now = named(after);
    const gone = [...was.keys()].filter((id) => !now.has(id));
    const added = [...now.keys()].filter((id) => !was.has(id));
    expect(gone).toHaveLength(2);
    expect(added).toHaveLength(1);
    // Every other tổ keeps its id and its printed name: Lạch Tray's 57–62 above all.
    for (const [id, name] of now) if (was.has(id)) expect([id, name]).toEqual([id, was.get(id)]);
    expect(now.size).toBe(219);
    expect([...now.values()]).toContain('Tổ dân phố số 57 (Lạch Tray cũ)');
  });
});

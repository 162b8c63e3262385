/**
 * A merged ward's list as one table with a column naming each group's old ward (qa28 M1): "Phường
 * cũ" or "Khu vực" tells same-named groups apart as a heading row per old ward does. What the
 * office sees: `check --lang vi` (one note naming the column, no same-name warnings, the column not
 * said to be unused), and the flyer's and the notice's text (pdftotext) of the built groups. The
 * expected names are the file's own: its name cell, then its old ward cell.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildExampleVi, checkGroupsFile } from '../support/cli.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

/** Rows: id, old ward, name, leader, households. TDP 1 and 2 are in both old wards; 3 in one. */
const ROWS = [
  ['TB-1', 'Tân Bình', 'Tổ dân phố 1', 'Đặng Văn An', '150'],
  ['TB-2', 'Tân Bình', 'Tổ dân phố 2', 'Đặng Văn Sơn', '166'],
  ['TB-3', 'Tân Bình', 'Tổ dân phố 3', 'Đỗ Văn An', '206'],
  ['HT-1', 'Hải Tân', 'Tổ dân phố 1', 'Hoàng Văn An', '120'],
  ['HT-2', 'Hải Tân', 'Tổ dân phố 2', 'Lê Văn Mai', '98'],
] as const;

const csv = (column: string, rows: readonly (readonly string[])[] = ROWS) =>
  [['Mã tổ', column, 'Tên tổ dân phố', 'Tổ trưởng', 'Số hộ'], ...rows]
    .map((r) => r.join(';'))
    .join('\r\n');

const lines = (stderr: string, kind: 'lỗi' | 'cảnh báo') =>
  stderr.split('\n').filter((l) => l.startsWith(`${kind}: `));

describe('a column naming each group’s old ward (qa28 M1)', () => {
  it('check: one note naming the column, no same-name warnings, the column not unused', async () => {
    const r = await checkGroupsFile('thanh-dong.csv', csv('Phường cũ'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^ổn: 5 tổ, /);
    expect(r.stderr).toContain(
      `cảnh báo: ${r.file}: 4 tổ (dòng 2, 3, 5, 6) trùng tên với tổ có “Phường cũ” khác: mỗi tổ được in kèm “Phường cũ” của mình, ví dụ “Tổ dân phố 1 (Tân Bình cũ)” (dòng 2) và “Tổ dân phố 1 (Hải Tân cũ)” (dòng 5)`,
    );
    expect(r.stderr).not.toContain('tổ cùng tên “');
    expect(r.stderr).not.toContain('Phường cũ”: cột này không phải cột phần mềm tự đọc');
  });

  it('prints each colliding group with its old ward on its flyer and notice; others as typed', async () => {
    const dir = await makeTempDir('phuong-print-old-ward-');
    const groups = join(dir, 'thanh-dong.csv');
    await writeFile(groups, csv('Phường cũ'));
    const out = join(dir, 'out');
    const { r, folders } = await buildExampleVi(groups, out, 'flyer,notice');
    expect(r.code, r.stderr).toBe(0);
    expect(folders).toHaveLength(ROWS.length);
    const seen = await Promise.all(
      folders.map(async (f) => {
        const notice = collapseSpaces(await pdfText(join(out, f, 'notice.pdf')));
        const flyer = collapseSpaces(await pdfText(join(out, f, 'flyer.pdf')));
        return { notice, flyer, sent: /Bản gửi: (.+?), phường/.exec(notice)?.[1] ?? '' };
      }),
    );
    // The file's name cell, then its old ward cell, for the names two old wards share.
    const expected = [
      'Tổ dân phố 1 (Tân Bình cũ)',
      'Tổ dân phố 2 (Tân Bình cũ)',
      // Its old ward too, though no other has its name (qa44 M4: stable under changes elsewhere).
      'Tổ dân phố 3 (Tân Bình cũ)',
      'Tổ dân phố 1 (Hải Tân cũ)',
      'Tổ dân phố 2 (Hải Tân cũ)',
    ];
    expect(seen.map((s) => s.sent).sort()).toEqual([...expected].sort());
    for (const { flyer, sent } of seen) expect(flyer).toContain(sent);
    // Each group's papers name no old ward but its own.
    for (const { flyer, notice, sent } of seen) {
      const named = ['Tân Bình cũ', 'Hải Tân cũ'].filter((w) => `${flyer} ${notice}`.includes(w));
      expect([sent, named]).toEqual([sent, /\((.+)\)$/.exec(sent)?.slice(1) ?? []]);
    }
    // A pair of the same typed name reads differently on paper.
    expect(new Set(seen.map((s) => s.sent)).size).toBe(ROWS.length);
  });

  it('reads a "Khu vực" column as typed, the same rule', async () => {
    const r = await checkGroupsFile('khu-vuc.csv', csv('Khu vực'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      'trùng tên với tổ có “Khu vực” khác: mỗi tổ được in kèm “Khu vực” của mình, ví dụ “Tổ dân phố 1 (Tân Bình)” (dòng 2) và “Tổ dân phố 1 (Hải Tân)” (dòng 5)',
    );
    expect(r.stderr).not.toContain('tổ cùng tên “');
  });

  it('names the file’s own column in the hint of same names it does not tell apart', async () => {
    const rows = [...ROWS, ['TB-9', 'Tân Bình', 'Tổ dân phố 3', 'Lê Văn Hà', '80']];
    const r = await checkGroupsFile('trung.csv', csv('Phường/xã cũ', rows));
    expect(r.code, r.stderr).toBe(0);
    const at = r.stderr.indexOf(`cảnh báo: ${r.file}, dòng 4, cột “Tên tổ dân phố”: `);
    expect(at, r.stderr).toBeGreaterThanOrEqual(0);
    const [warning, hint] = r.stderr.slice(at).split('\n');
    expect(warning).toContain(
      '2 tổ cùng tên “Tổ dân phố 3 (Tân Bình cũ)” (dòng 4, 7; mã TB-3, TB-9)',
    );
    expect(hint).toBe(
      'gợi ý: Nếu là một tổ, chỉ giữ một dòng. Nếu không, ghi phường, xã cũ hoặc khu vực của mỗi tổ vào cột “Phường/xã cũ”, hoặc đặt tên khác cho từng tổ.',
    );
    expect(lines(r.stderr, 'lỗi')).toEqual([]);
  });

  it('leaves "Khu vực bỏ phiếu" alone: not an old ward', async () => {
    const r = await checkGroupsFile('kvbp.csv', csv('Khu vực bỏ phiếu'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('2 tổ cùng tên “Tổ dân phố 1”');
  });
});

/** A file as the office types it: a header, then rows, comma-separated. */
const table = (rows: readonly (readonly string[])[]) => rows.map((r) => r.join(',')).join('\r\n');

/** The names a `check` note shows as printed, from its "ví dụ “…” (dòng …) và “…”" part. */
const shown = (stderr: string) =>
  [...stderr.matchAll(/“(Tổ dân phố [^”]*\))” \(dòng/g)].map((m) => m[1]);

describe('an area column beside old wards’ heading rows (review37 #2)', () => {
  const HEADER = ['STT', 'Tên tổ', 'Khu vực', 'Tổ trưởng', 'Số hộ'];
  // Two old wards as heading rows, a "Khu vực" inside each: TDP 1 is in khu vực 1 of both.
  const ROWS_KV = [
    HEADER,
    ['I', 'PHƯỜNG TÂN BÌNH (CŨ)', '', '', ''],
    ['1', 'Tổ dân phố 1', 'Khu vực 1', 'Nguyễn Văn An', '50'],
    ['2', 'Tổ dân phố 2', 'Khu vực 1', 'Trần Văn Bình', '40'],
    ['II', 'PHƯỜNG HÀNG BỒ (CŨ)', '', '', ''],
    ['3', 'Tổ dân phố 1', 'Khu vực 1', 'Lê Văn Cường', '45'],
    ['4', 'Tổ dân phố 2', 'Khu vực 2', 'Phạm Văn Dũng', '30'],
  ];

  it('prints same-named groups with their old ward, not the area both share', async () => {
    const r = await checkGroupsFile('kv-headings.csv', table(ROWS_KV));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^ổn: 4 tổ, /);
    expect(shown(r.stderr)).toEqual(['Tổ dân phố 1 (Tân Bình cũ)', 'Tổ dân phố 1 (Hàng Bồ cũ)']);
    expect(r.stderr).not.toContain('tổ cùng tên “');
    // Never the advice to write old wards into the area column.
    expect(r.stderr).not.toContain('vào cột “Khu vực”');
  });

  it('adds the area when the old wards alone leave two groups alike', async () => {
    const rows = [...ROWS_KV, ['5', 'Tổ dân phố 1', 'Khu vực 2', 'Võ Văn Em', '60']];
    const r = await checkGroupsFile('kv-both.csv', table(rows));
    expect(r.code, r.stderr).toBe(0);
    expect(shown(r.stderr)).toEqual([
      'Tổ dân phố 1 (Tân Bình cũ, Khu vực 1)',
      'Tổ dân phố 1 (Hàng Bồ cũ, Khu vực 1)',
    ]);
    expect(r.stderr).not.toContain('tổ cùng tên “');
  });

  it('still names a "Phường cũ" column over the heading rows', async () => {
    const rows = ROWS_KV.map((r, i) =>
      i === 0
        ? ['STT', 'Tên tổ', 'Phường cũ', 'Tổ trưởng', 'Số hộ']
        : r[2]
          ? [...r.slice(0, 2), i < 5 ? 'Tân Hòa' : 'Hàng Đào', ...r.slice(3)]
          : r,
    );
    const r = await checkGroupsFile('pc-headings.csv', table(rows));
    expect(shown(r.stderr)).toEqual(['Tổ dân phố 1 (Tân Hòa cũ)', 'Tổ dân phố 1 (Hàng Đào cũ)']);
  });
});

describe('numbered old wards and areas, capitals (review37 #3)', () => {
  const rowsWith = (column: string, a: string, b: string) =>
    table([
      ['STT', 'Tên tổ', column, 'Tổ trưởng', 'Số hộ'],
      ['1', 'Tổ dân phố 1', a, 'Nguyễn Văn An', '50'],
      ['2', 'Tổ dân phố 1', b, 'Lê Văn Cường', '45'],
    ]);

  it('says the column’s word before a number: “phường 12 cũ”, “khu vực 1”', async () => {
    const old = await checkGroupsFile('p12.csv', rowsWith('Phường cũ', '12', 'Phường 13'));
    expect(shown(old.stderr)).toEqual([
      'Tổ dân phố 1 (phường 12 cũ)',
      'Tổ dân phố 1 (phường 13 cũ)',
    ]);
    const kv = await checkGroupsFile('kv1.csv', rowsWith('Khu vực', '1', '2'));
    expect(shown(kv.stderr)).toEqual(['Tổ dân phố 1 (khu vực 1)', 'Tổ dân phố 1 (khu vực 2)']);
  });

  it('writes an old ward typed in capitals as a name, as its heading row would be', async () => {
    const r = await checkGroupsFile('caps.csv', rowsWith('Phường cũ', 'TÂN BÌNH', 'HÀNG BỒ'));
    expect(shown(r.stderr)).toEqual(['Tổ dân phố 1 (Tân Bình cũ)', 'Tổ dân phố 1 (Hàng Bồ cũ)']);
  });
});

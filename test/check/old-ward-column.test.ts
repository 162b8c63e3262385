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

/** A name as printed: with its old ward when another old ward has a group of that name. */
const printed = (column: 'Phường cũ' | 'Khu vực') => {
  const count = (name: string) => ROWS.filter((r) => r[2] === name).length;
  return ROWS.map(([id, ward, name]) => {
    if (count(name) < 2) return [id, name];
    return [id, column === 'Phường cũ' ? `${name} (${ward} cũ)` : `${name} (${ward})`];
  });
};

describe('a column naming each group’s old ward (qa28 M1)', () => {
  it('check: one note naming the column, no same-name warnings, the column not unused', async () => {
    const r = await checkGroupsFile('thanh-dong.csv', csv('Phường cũ'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^ổn: 5 tổ, /);
    expect(r.stderr).toContain(
      `cảnh báo: ${r.file}: 4 tổ (dòng 2, 3, 5, 6) trùng tên với tổ có “Phường cũ” khác: mỗi tổ được in kèm “Phường cũ” của mình, ví dụ “Tổ dân phố 1 (Tân Bình cũ)” (dòng 2) và “Tổ dân phố 1 (Hải Tân cũ)” (dòng 5)`,
    );
    expect(r.stderr).not.toContain('trùng nhau');
    expect(r.stderr).not.toContain('Phường cũ”: cột này không phải cột phần mềm tự đọc');
    expect(r.stderr).not.toContain('Hàng Bồ');
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
    const expected = printed('Phường cũ').map(([, name]) => name ?? '');
    expect(seen.map((s) => s.sent).sort()).toEqual([...expected].sort());
    for (const { flyer, sent } of seen) expect(flyer).toContain(sent);
    // A pair of the same typed name reads differently on paper.
    expect(new Set(seen.map((s) => s.sent)).size).toBe(ROWS.length);
  });

  it('reads a "Khu vực" column as typed, the same rule', async () => {
    const r = await checkGroupsFile('khu-vuc.csv', csv('Khu vực'));
    expect(r.code, r.stderr).toBe(0);
    const [, second] = printed('Khu vực').filter(([, n]) => n?.startsWith('Tổ dân phố 1 ('));
    expect(r.stderr).toContain(
      `trùng tên với tổ có “Khu vực” khác: mỗi tổ được in kèm “Khu vực” của mình, ví dụ “Tổ dân phố 1 (Tân Bình)” (dòng 2) và “${second?.[1]}” (dòng 5)`,
    );
    expect(r.stderr).not.toContain('trùng nhau');
  });

  it('names the file’s own column in the hint of same names it does not tell apart', async () => {
    const rows = [...ROWS, ['TB-9', 'Tân Bình', 'Tổ dân phố 3', 'Lê Văn Hà', '80']];
    const r = await checkGroupsFile('trung.csv', csv('Phường/xã cũ', rows));
    expect(r.code, r.stderr).toBe(0);
    const at = r.stderr.indexOf(`cảnh báo: ${r.file}, dòng 7, cột “Tên tổ dân phố”: `);
    expect(at, r.stderr).toBeGreaterThanOrEqual(0);
    const [warning, hint] = r.stderr.slice(at).split('\n');
    expect(warning).toContain('tên “Tổ dân phố 3” trùng nhau ở dòng 4 và dòng 7');
    expect(hint).toBe(
      'gợi ý: Nếu là một tổ, hãy xóa một trong hai dòng. Nếu là hai tổ, hãy sửa tên trong tệp cho khác nhau, hoặc ghi phường, xã cũ của mỗi tổ vào cột “Phường/xã cũ”: tên trùng nhau của hai phường, xã cũ sẽ được in kèm tên đó.',
    );
    expect(lines(r.stderr, 'lỗi')).toEqual([]);
  });

  it('leaves "Khu vực bỏ phiếu" alone: not an old ward', async () => {
    const r = await checkGroupsFile('kvbp.csv', csv('Khu vực bỏ phiếu'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('tên “Tổ dân phố 1” trùng nhau');
  });
});

/**
 * A ward merged in 2025 keeps its groups list as its old wards' lists one under the other (qa6
 * H1, H9): a section row per old ward merged across the table, its groups, a subtotal "Cộng Hàng
 * Bạc", the next section, a grand total. `check --lang vi` and `build` (the commands' code in this
 * process) read its eight groups, say each heading and subtotal is skipped, check each subtotal
 * against its own part and the grand total against the groups only; the two "Tổ dân phố số 1" are
 * printed with their old ward on their notices (pdftotext). Also what the office sees of: two
 * same-named groups no heading tells apart (qa6 H9), a row hidden in Excel, and a PDF picked as
 * the groups file under a .csv name (qa6 H12).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildExampleVi, checkGroupsFile } from '../support/cli.js';
import { xlsxBytes } from '../support/inputs.js';
import { HANG_BAC, HANG_BO, HEADER, mergedWardXlsx } from '../support/merged-ward.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const lines = (stderr: string, kind: 'lỗi' | 'cảnh báo') =>
  stderr.split('\n').filter((l) => l.startsWith(`${kind}: `));

describe('a merged ward’s list in two parts (qa6 H1)', () => {
  it('check reads the eight groups, skipping each heading and subtotal with a note', async () => {
    const r = await checkGroupsFile('hoan-kiem.xlsx', await mergedWardXlsx());
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^ổn: 8 tổ, /);
    expect(lines(r.stderr, 'lỗi')).toEqual([]);
    const warned = lines(r.stderr, 'cảnh báo');
    for (const [row, heading] of [
      [7, 'PHƯỜNG HÀNG BẠC (CŨ)'],
      [13, 'PHƯỜNG HÀNG BỒ (CŨ)'],
    ])
      expect(warned).toContain(
        `cảnh báo: ${r.file}, dòng ${row}: đây là dòng tiêu đề phần (“${heading}”), không phải một tổ dân phố: đã bỏ qua dòng này`,
      );
    for (const [row, words] of [
      [12, 'Cộng Hàng Bạc'],
      [18, 'Cộng Hàng Bồ'],
      [19, 'Tổng cộng'],
    ])
      expect(warned).toContain(
        `cảnh báo: ${r.file}, dòng ${row}: đây là dòng tổng cộng (“${words}”), không phải một tổ dân phố: đã bỏ qua dòng này`,
      );
    // Every figure is right: no totals warning, and no false sum with the subtotals added in.
    expect(r.stderr).not.toMatch(/dòng (?:tổng )?cộng ghi/);
    expect(r.stderr).not.toContain('1.710');
  });

  it('checks a subtotal against its own part, the grand total against the groups only', async () => {
    const typo = sum(HANG_BO) - 1;
    const r = await checkGroupsFile('hoan-kiem.xlsx', await mergedWardXlsx({ hangBoTotal: typo }));
    expect(r.code, r.stderr).toBe(0);
    expect(lines(r.stderr, 'cảnh báo').filter((l) => l.includes(' ghi '))).toEqual([
      `cảnh báo: ${r.file}, dòng 18, cột “Số hộ”: dòng cộng ghi ${typo} nhưng cộng các dòng phía trên được ${(sum(HANG_BAC) + sum(HANG_BO)).toLocaleString('vi-VN')}, cộng riêng dòng 14–17 được ${sum(HANG_BO)}`,
    ]);
  });

  it('reads the same list saved as CSV, the headings in their own cells', async () => {
    const csv = [
      HEADER.join(';'),
      'I;PHƯỜNG HÀNG BẠC (CŨ);;;;',
      '1;Tổ dân phố số 1;Nguyễn Thị Thoa;0912 111 001;120;Đình Kim Ngân',
      ';Cộng Hàng Bạc;;;120;',
      'II;Phường Hàng Bồ (cũ);;;;',
      '5;Tổ dân phố số 1;Phạm Văn Tuấn;0912 222 001;132;Chùa Vĩnh Khánh',
      ';Cộng phường Hàng Bồ;;;132;',
      ';Tổng cộng;;;252;',
    ].join('\r\n');
    const r = await checkGroupsFile('hoan-kiem.csv', csv);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^ổn: 2 tổ, /);
    expect(r.stderr).toContain(
      `cảnh báo: ${r.file}, dòng 5: đây là dòng tiêu đề phần (“Phường Hàng Bồ (cũ)”), không phải một tổ dân phố: đã bỏ qua dòng này`,
    );
    expect(r.stderr).toContain(
      `cảnh báo: ${r.file}: 2 tổ (dòng 3, 6) trùng tên với tổ ở phần khác của danh sách: mỗi tổ được in kèm tên phần của mình, ví dụ “Tổ dân phố số 1 (Hàng Bạc cũ)” (dòng 3) và “Tổ dân phố số 1 (Hàng Bồ cũ)” (dòng 6)`,
    );
    expect(r.stderr).not.toMatch(/dòng (?:tổng )?cộng ghi/);
  });

  it('still reports a group whose id is missing, not a heading', async () => {
    const csv = [HEADER.join(';'), '1;Tổ dân phố số 1;;;120;', ';Tổ dân phố số 2;;;;'].join('\n');
    const r = await checkGroupsFile('thieu-ma.csv', csv);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(`lỗi: ${r.file}, dòng 3, cột “STT”: thiếu mã tổ`);
  });
});

describe('same-named groups of two old wards on their papers (qa6 H9)', () => {
  it('prints each with its old ward on its notice', async () => {
    const dir = await makeTempDir('phuong-print-merged-');
    const groups = join(dir, 'hoan-kiem.xlsx');
    await writeFile(groups, await mergedWardXlsx());
    const out = join(dir, 'out');
    const { r, folders } = await buildExampleVi(groups, out, 'notice');
    expect(r.code, r.stderr).toBe(0);
    const texts = await Promise.all(
      folders.map(async (f) => collapseSpaces(await pdfText(join(out, f, 'notice.pdf')))),
    );
    const sent = texts.flatMap((t) => /Bản gửi: (.+?), phường/.exec(t)?.[1] ?? []).sort();
    expect(sent).toEqual(
      [
        ...['1', '2', '3'].flatMap((n) => [
          `Tổ dân phố số ${n} (Hàng Bạc cũ)`,
          `Tổ dân phố số ${n} (Hàng Bồ cũ)`,
        ]),
        'Tổ dân phố số 4 (Hàng Bạc cũ)',
        'Tổ dân phố số 4 (Hàng Bồ cũ)',
      ].sort(),
    );
  });

  it('names their rows as ranges, not one number after another (qa7 L4)', async () => {
    const r = await checkGroupsFile('hoan-kiem.xlsx', await mergedWardXlsx());
    expect(r.code, r.stderr).toBe(0);
    // Each old ward's four groups sit on consecutive rows under its heading (support/merged-ward.ts).
    const [note] = lines(r.stderr, 'cảnh báo').filter((l) =>
      l.includes('trùng tên với tổ ở phần khác'),
    );
    const rows = (l: string) => Number(/dòng (\d+)/.exec(l)?.[1]);
    const first = lines(r.stderr, 'cảnh báo')
      .filter((l) => l.includes('tiêu đề phần'))
      .map(rows);
    expect(first).toHaveLength(2);
    const [bac = 0, bo = 0] = first;
    expect(note).toContain(`: 8 tổ (dòng ${bac + 1}–${bac + 4}, ${bo + 1}–${bo + 4}) trùng tên`);
  });

  it('says two names no heading tells apart are identical, and how to tell them apart', async () => {
    const csv = [HEADER.join(';'), '1;Tổ dân phố số 1;;;120;', '5;Tổ dân phố số 1;;;132;'].join(
      '\n',
    );
    const r = await checkGroupsFile('trung-ten.csv', csv);
    expect(r.code, r.stderr).toBe(0);
    // One warning for the name, at its first row (qa44 C1: one per pair before).
    const at = r.stderr.indexOf(`cảnh báo: ${r.file}, dòng 2, cột “Tên tổ dân phố”: `);
    expect(at).toBeGreaterThanOrEqual(0);
    const [warning, hint] = r.stderr.slice(at).split('\n');
    expect(warning).toBe(
      `cảnh báo: ${r.file}, dòng 2, cột “Tên tổ dân phố”: 2 tổ cùng tên “Tổ dân phố số 1” (dòng 2, 3; mã 1, 5): giấy của các tổ này giống hệt nhau ở phần đầu, nên tên được in kèm mã tổ, ví dụ “Tổ dân phố số 1 (mã 5)”`,
    );
    expect(hint).toBe(
      'gợi ý: Nếu là một tổ, chỉ giữ một dòng. Nếu không, thêm cột “Phường cũ” / “Khu vực” ghi phường, xã cũ hoặc khu vực của mỗi tổ, hoặc đặt tên khác cho từng tổ.',
    );
    expect(r.stderr).not.toContain('chỉ khác nhau ở chữ hoa');
  });
});

describe('files as they come (qa6 H12)', () => {
  it('skips a row hidden in Excel with a note naming it', async () => {
    const bytes = await xlsxBytes(
      {
        S: [
          ['Mã thôn', 'Tên thôn', 'Số hộ'],
          ['01', 'Thôn 1', 215],
          ['07', 'Thôn 7', 90],
          ['08', 'Thôn 8', 66],
        ],
      },
      (ws) => {
        ws.getRow(3).hidden = true;
      },
    );
    const r = await checkGroupsFile('thon.xlsx', bytes);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^ổn: 2 thôn, /);
    expect(r.stderr).toContain(
      `cảnh báo: ${r.file}: dòng 3 đang bị ẩn trong Excel (do lọc hoặc ẩn dòng): không đọc dòng này`,
    );
    expect(r.stderr).toContain(
      'gợi ý: Nếu dòng bị ẩn là thôn cần in, hãy hiện lại dòng đó trong Excel (bỏ lọc, hoặc chọn các dòng xung quanh › Bỏ ẩn) rồi lưu tệp.',
    );
  });

  it('says a PDF picked as the groups file under a .csv name is a PDF', async () => {
    // A notice's first bytes, with a link holding "?" further in (what read as lost letters).
    const pdf =
      '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <</URI (https://dichvucong.gov.vn/p?tthc?matt=1)>>\n';
    const r = await checkGroupsFile('groups.csv', Buffer.from(pdf, 'latin1'));
    expect(r.code).not.toBe(0);
    expect(lines(r.stderr, 'lỗi')).toEqual([
      `lỗi: ${r.file}: tệp này là tài liệu PDF, không phải bảng danh sách`,
    ]);
    expect(r.stderr).toContain(
      'gợi ý: Không đọc được bảng từ tệp PDF hay ảnh: hãy đưa sổ tính Excel (.xlsx) gốc của danh sách, hoặc tệp CSV lưu từ sổ tính đó.',
    );
  });
});

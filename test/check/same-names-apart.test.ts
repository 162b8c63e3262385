/**
 * A merged ward's list with nothing telling its old wards apart (qa44 C1, M2): four "Tổ dân phố
 * số 1" got papers that read the same at the top — "Kính gửi: Trưởng Tổ dân phố số 1", "Bản gửi:
 * Tổ dân phố số 1" — though their days differed; `check` said "ổn" after one warning per pair.
 * Now `check --lang vi` says one warning per repeated name (its rows and ids), its summary is not
 * "ổn" but names them, `links` warns of them, and each such tổ's papers carry its id wherever
 * they name it (group.name: "Bản gửi", a "Kính gửi" that names the tổ, headers; pdftotext).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkGroupsFile, runCliInProcess } from '../support/cli.js';
import { idsNamed, noticeTexts, SAME_NAME_CSV, SAME_NAME_ROWS } from '../support/same-names.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

/** A row's number in the file: the header is row 1. */
const rowOf = (id: string) => SAME_NAME_ROWS.findIndex(([i]) => i === id) + 2;

const warnings = (stderr: string) =>
  stderr.split('\n').filter((l) => l.startsWith('cảnh báo: ') && l.includes('cùng tên'));

describe('same names nothing tells apart (qa44 C1)', () => {
  it('check says one warning per name with its rows and ids, and no "ổn"', async () => {
    const r = await checkGroupsFile('trung-ten.csv', SAME_NAME_CSV);
    expect(r.code, r.stderr).toBe(0);
    const said = (name: string) => {
      const ids = idsNamed(name);
      return `cảnh báo: ${r.file}, dòng ${rowOf(ids[0] ?? '')}, cột “Tên tổ dân phố”: ${ids.length} tổ cùng tên “${name}” (dòng ${ids.map(rowOf).join(', ')}; mã ${ids.join(', ')}): giấy của các tổ này giống hệt nhau ở phần đầu, nên tên được in kèm mã tổ, ví dụ “${name} (mã ${ids[1]})”`;
    };
    expect(warnings(r.stderr)).toEqual([said('Tổ dân phố số 1'), said('Tổ dân phố số 2')]);
    expect(r.stderr).toContain(
      'gợi ý: Nếu là một tổ, chỉ giữ một dòng. Nếu không, thêm cột “Phường cũ” / “Khu vực” ghi phường, xã cũ hoặc khu vực của mỗi tổ, hoặc đặt tên khác cho từng tổ.',
    );
    expect(r.stdout).not.toMatch(/^ổn/);
    expect(r.stdout).toBe(
      'cần xem lại: 6 tổ, 7 loại tài liệu; 5 tổ trùng 2 tên mà không có gì phân biệt (“Tổ dân phố số 1”, “Tổ dân phố số 2”): tên mỗi tổ được in kèm mã tổ; xem các cảnh báo “cùng tên” ở trên\n',
    );
  });

  it('says "ổn" for a list whose names all differ', async () => {
    const csv = ['STT;Tên tổ dân phố;Số hộ', '1;Tổ dân phố số 1;100', '2;Tổ dân phố số 2;90'].join(
      '\r\n',
    );
    const r = await checkGroupsFile('khac-ten.csv', csv);
    expect(r.stdout).toMatch(/^ổn: 2 tổ, /);
  });

  it('prints each namesake with its id on every page’s “Bản gửi”', async () => {
    const { r, texts } = await noticeTexts(SAME_NAME_CSV, 'trung-ten.csv');
    expect(r.code, r.stderr).toBe(0);
    const sent = texts.flatMap((t) => /Bản gửi: (.+?), phường/.exec(t)?.[1] ?? []).sort();
    const printed = SAME_NAME_ROWS.map(([id, name]) =>
      idsNamed(name).length > 1 ? `${name} (mã ${id})` : name,
    );
    expect(sent).toEqual([...printed].sort());
    // Every page's "Bản gửi" line of a paper names its own tổ, id and all (5 pages each).
    for (const text of texts) {
      const lines = [...text.matchAll(/Bản gửi: (.+?), phường/g)].map((m) => m[1]);
      expect(lines.length).toBeGreaterThan(1);
      expect(new Set(lines).size).toBe(1);
    }
  });

  it('links warns of them, and each row carries the id in its name', async () => {
    const dir = await makeTempDir('phuong-print-same-names-links-');
    const groups = join(dir, 'trung-ten.csv');
    await writeFile(groups, SAME_NAME_CSV);
    const r = await runCliInProcess([
      'links',
      '--lang',
      'vi',
      '--dev',
      '--groups',
      groups,
      '--base-url',
      'https://phuong.example.vn',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(warnings(r.stderr)).toHaveLength(2);
    const names = r.stdout
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(',')[1]);
    expect(names).toEqual(
      SAME_NAME_ROWS.map(([id, name]) => (idsNamed(name).length > 1 ? `${name} (mã ${id})` : name)),
    );
  });
});

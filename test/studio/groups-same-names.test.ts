/**
 * The studio's groups upload and same names (qa44 C1, m1). A file whose tổ share names with
 * nothing telling them apart was taken without a word ("Đã tải lên danh sách tổ."), and their
 * papers read the same at the top: now the upload asks "Vẫn dùng tệp này" naming each repeated
 * name with its rows, and takes the file once ticked. After a whole merged list (a "Phường cũ"
 * column) merges two tổ, the page no longer tells the clerk to combine the old wards' lists.
 */
import { describe, expect, it } from 'vitest';
import { columnCsv, SAME_NAME_CSV, SAME_NAME_ROWS } from '../support/same-names.js';
import { exampleForTests, plainText as plain } from './studio.js';

const slug = 'hai-phong';
const page = `/c/${slug}/groups`;

const rowsOf = (name: string) =>
  SAME_NAME_ROWS.flatMap(([, n], i) => (n === name ? [String(i + 2)] : [])).join(', ');

describe('same names nothing tells apart, uploaded (qa44 C1)', () => {
  const ex = exampleForTests();

  it('asks before using the file, naming each repeated name and its rows', async () => {
    const res = await ex.c.upload(
      page,
      'file',
      'trung-ten.csv',
      Buffer.from(SAME_NAME_CSV),
      {},
      page,
    );
    expect(res.status).toBe(409);
    const text = plain(res.text);
    expect(text).toContain('Chưa dùng tệp này.');
    expect(text).toContain(
      `Tệp mới có 5 tổ trùng 2 tên mà không có gì phân biệt: 3 tổ cùng tên “Tổ dân phố số 1” (dòng ${rowsOf('Tổ dân phố số 1')}); 2 tổ cùng tên “Tổ dân phố số 2” (dòng ${rowsOf('Tổ dân phố số 2')}).`,
    );
    expect(text).toContain('nên tên được in kèm mã tổ (“Tổ dân phố số 1 (mã 4)”)');
    expect(res.text).toContain('name="confirmShift"');
    expect(text).toContain(
      'Vẫn dùng tệp này: tôi biết 5 tổ trùng tên (“Tổ dân phố số 1”, “Tổ dân phố số 2”) sẽ được in kèm mã tổ để phân biệt',
    );
    expect(text).not.toContain('Đã tải lên danh sách tổ.');
  });

  it('uses the file once the office ticks it', async () => {
    const res = await ex.c.upload(
      page,
      'file',
      'trung-ten.csv',
      Buffer.from(SAME_NAME_CSV),
      { confirmShift: '1' },
      page,
    );
    expect(res.status).toBe(303);
    const text = plain((await ex.c.get(res.headers.get('location') ?? page)).text);
    expect(text).toContain('Đã tải lên danh sách tổ.');
  });

  it('does not ask again for the same names on the same ids, the list in use having them', async () => {
    // Tổ 3's households corrected: nothing new among the same names.
    const csv = SAME_NAME_CSV.replace('3;Tổ dân phố số 3;100', '3;Tổ dân phố số 3;101');
    const res = await ex.c.upload(page, 'file', 'trung-ten.csv', Buffer.from(csv), {}, page);
    expect(res.status).toBe(303);
    // A new tổ of one of those names is asked about.
    const more = `${SAME_NAME_CSV}\r\n7;Tổ dân phố số 2;100`;
    const again = await ex.c.upload(page, 'file', 'trung-ten.csv', Buffer.from(more), {}, page);
    expect(again.status).toBe(409);
    expect(plain(again.text)).toContain('3 tổ cùng tên “Tổ dân phố số 2”');
  });

  it('takes a file whose names all differ without asking', async () => {
    const csv = ['STT;Tên tổ dân phố;Số hộ', '1;Tổ dân phố số 1;100', '2;Tổ dân phố số 2;90'].join(
      '\r\n',
    );
    const res = await ex.c.upload(page, 'file', 'khac-ten.csv', Buffer.from(csv), {}, page);
    expect(res.status).toBe(303);
  });
});

describe('a whole merged list that merges two tổ (qa44 m1)', () => {
  const ex = exampleForTests();
  /** Two old wards of 6 tổ each in one sheet, a "Phường cũ" column, a running STT. */
  const list = (dropped: readonly number[] = []) =>
    [
      'STT;Tên tổ dân phố;Phường cũ;Số hộ',
      ...['Lạch Tray', 'Hàng Kênh'].flatMap((ward, w) =>
        Array.from({ length: 6 }, (_, i) => [w * 6 + i + 1, `Tổ dân phố số ${i + 1}`, ward])
          .filter(([stt]) => !dropped.includes(Number(stt)))
          .map(([stt, name, ward]) => `${stt};${name};${ward};100`),
      ),
    ].join('\r\n');

  it('says the tổ left out, without telling to combine the old wards’ lists', async () => {
    expect((await ex.c.upload(page, 'file', 'ds.csv', Buffer.from(list()), {}, page)).status).toBe(
      303,
    );
    const res = await ex.c.upload(
      page,
      'file',
      'ds.csv',
      Buffer.from(list([11, 12])),
      { confirmShift: '1' },
      page,
    );
    expect(res.status).toBe(303);
    const text = plain((await ex.c.get(res.headers.get('location') ?? page)).text);
    expect(text).toContain('Đã tải lên danh sách tổ.');
    expect(text).toContain(
      '2 tổ của danh sách trước không có trong tệp mới (đã gộp vào tổ khác hoặc bỏ đi)',
    );
    // The upload's note; the field's help above still says how a merged ward gives its list.
    expect(text).not.toContain('hãy gộp danh sách của các phường, xã cũ vào một tệp');
  });
});

describe('a merged list of 220 tổ, each old ward numbered from 1 (qa44 M1)', () => {
  const ex = exampleForTests();

  it('is taken whole: 220 tổ read, no row in error', async () => {
    const res = await ex.c.upload(page, 'file', 'ds.csv', Buffer.from(columnCsv()), {}, page);
    expect(res.status).toBe(303);
    const text = plain((await ex.c.get(res.headers.get('location') ?? page)).text);
    expect(text).toContain('Đã tải lên danh sách tổ.');
    expect(text).toMatch(/220 tổ(?: dân phố)? đọc được\./);
    expect(text).not.toContain('dòng có lỗi');
    expect(text).not.toContain('đánh số lại một trong hai dòng');
  });
});

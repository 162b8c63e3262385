/**
 * A cụm's spreadsheet as the office keeps it (qa43 minors 7, 8, 13): an "STT" column counting
 * the rows, a group written with the ward's abbreviation ("TDP số 3" for "Tổ dân phố số 3"), a
 * figure written with its unit ("200 người", as the leader's form takes "15 hộ"), and a column
 * headed with a measure's label from before it was renamed, whose figures are not read: said at
 * the row (the file has every measure's column, if empty; one leaving a measure without a column
 * beside such figures is refused whole: results-import-unmatched.test.ts). A name like no group's is refused without reading the STT as a group. Real sockets,
 * the studio's store; the figures are the file's own, written below.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workbook } from '../support/inputs.js';
import { removeTempDirs } from '../support/tmp.js';
import {
  APP,
  GROUPS,
  JOINED,
  officeGroupPath,
  openedWithGroups,
  storePreviewed,
  visible,
} from './results-figures.js';
import type { Client, TestStudio } from './studio.js';

const IMPORT = '/c/hai-phong/results/import';
/** The example's measure between JOINED and APP, its column left empty below. */
const CERTIFIED = 'Số người dân nhận giấy chứng nhận';
/** A measure's label before the office renamed it: no measure's now. */
const OLD_HEADER = 'Số hộ cài ứng dụng Smart Hải Phòng';

let s: TestStudio;
let office: Client;
beforeAll(async () => {
  ({ s, office } = await openedWithGroups(GROUPS));
});
afterAll(async () => {
  await s?.close();
  await removeTempDirs();
});

describe('an office’s spreadsheet of figures', () => {
  it('takes "TDP số 3" and "200 người", says the unread column at its row, and refuses a name like no group’s plainly', async () => {
    const bytes = await workbook({
      'Kết quả': [
        ['STT', 'Tên tổ dân phố', JOINED, OLD_HEADER, CERTIFIED, APP],
        [1, 'TDP số 3', '200 người', 40],
        [2, 'TDP Hoà Bình', 50, 10],
      ],
    });
    const preview = await office.upload(IMPORT, 'file', 'cum.xlsx', bytes, {}, IMPORT);
    expect(preview.status).toBe(200);
    const text = visible(preview.text);
    // Row 2: "TDP số 3" is Tổ dân phố số 3, its "200 người" read as 200.
    expect(text).toMatch(/2 Tổ dân phố số 3 200 \(mới\)/);
    expect(text).not.toContain('không phải là số nguyên');
    expect(text).toContain(
      `Sẽ lưu; cột “${OLD_HEADER}” (40) không khớp với chỉ tiêu nào của chiến dịch nên không được lưu`,
    );
    // Row 3: a name like no group's; the STT is not said to be a group.
    expect(text).toContain('tên ghi “TDP Hoà Bình” không phải tên tổ nào trong tệp danh sách');
    expect(text).not.toMatch(/STT 2 là/);
    expect((await storePreviewed(office, preview.text)).status).toBe(200);
    const page = visible(
      (await office.get(await officeGroupPath(office, 'hai-phong', 'Tổ dân phố số 3'))).text,
    );
    expect(page).toContain('Số đã lưu: 200');
  });

  it('says two unread columns of a row as several figures not saved', async () => {
    const bytes = await workbook({
      'Kết quả': [
        ['STT', 'Tên tổ dân phố', JOINED, OLD_HEADER, 'Số tiền ủng hộ (đồng)', CERTIFIED, APP],
        [1, 'TDP số 3', 20, 40, '54.000.000'],
      ],
    });
    const preview = await office.upload(IMPORT, 'file', 'hai-cot.xlsx', bytes, {}, IMPORT);
    expect(preview.status).toBe(200);
    expect(visible(preview.text)).toContain(
      `các cột “${OLD_HEADER}” (40), “Số tiền ủng hộ (đồng)” (54.000.000) không khớp với chỉ tiêu nào của chiến dịch nên các số này không được lưu`,
    );
  });
});

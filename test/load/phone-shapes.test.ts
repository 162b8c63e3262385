/**
 * The groups file's phone check against numbers shaped as Vietnamese numbers are: a mobile is 0
 * and 9 digits after 03/05/07/08/09, a landline 0 and 10 digits after its area code's 2 (024
 * 3864 5113, 0225 3842 111), a 1800/1900 line 8 or 10 digits, the emergency lines 111–115 and a
 * city's 1022. A landline a digit short ("024 3864 511": 10 digits, as many as a mobile's) was
 * taken for a phone and printed without a word (review); it is warned at its row and column.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGroupsReport } from '../../src/load/groups/index.js';
import { normalisePhone } from '../../src/load/groups/values.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

/** Numbers as offices type them, each a real shape of a callable number. */
const VALID = [
  '0912 345 678', // Vinaphone
  '0987654321', // Viettel
  '0358 123 456', // Viettel's 03x (once 016x)
  '0562 345 678', // Vietnamobile's 05x
  '0778.123.456', // MobiFone's 07x (once 012x)
  '0868 111 222', // Viettel's 086
  '+84 912 345 678',
  '84912345678',
  '024 3864 5113', // Hà Nội
  '028 3829 5555', // TP.HCM
  '0225 3842 111', // Hải Phòng
  '0236 3 831 114', // Đà Nẵng, as an office spaces it
  '(0274) 3822 999', // Bình Dương, the area code in brackets
  '+84 24 3845 1234',
  '1800 1090',
  '1900 123 456',
  '113',
  '115',
  '1022',
];

/** Numbers no phone can call: a digit short or too many, a prefix no network has. */
const INVALID = [
  '024 3864 511', // a landline a digit short: 10 digits, after 02
  '0225 384 211', // the same in Hải Phòng
  '028.3829.555',
  '+84 24 3864 511',
  '0123 456 789', // 012x: the old 11-digit mobiles, renumbered to 07x in 2018
  '0412 345 678', // no network begins 04
  '0612 345 678', // nor 06
  '0912 345 67', // a mobile a digit short
  '0912 345 6789', // a mobile a digit too many
  '024 3864 51134', // a landline a digit too many
  '1900 12345', // a 1900 line of 9 digits
  '091 234',
];

describe('which typed phones are numbers one can call in Viet Nam', () => {
  it.each(VALID)('%s is a phone', (typed) => {
    expect(normalisePhone(typed).known).toBe(true);
  });
  it.each(INVALID)('%s is no phone', (typed) => {
    expect(normalisePhone(typed).known).toBe(false);
  });
});

describe("the groups file's phones", () => {
  it('warns of a landline a digit short at its row and column, in Vietnamese, and of no valid number', async () => {
    const dir = await makeTempDir();
    const file = join(dir, 'g.csv');
    const rows = [
      ...VALID.filter((p) => !/^1/.test(p)),
      '024 3864 511',
      '0225 384 211',
      '0412 345 678',
    ];
    const csv = [
      'STT;Tên tổ dân phố;Số điện thoại',
      ...rows.map((p, i) => `${i + 1};Tổ dân phố số ${i + 1};${p}`),
    ];
    await writeFile(file, `${csv.join('\r\n')}\r\n`);
    const r = await loadGroupsReport(file);
    const said = r.warnings.map((w) => w.describe('vi'));
    const rowOf = (p: string) => rows.indexOf(p) + 2;
    expect(said).toEqual([
      `${file}, dòng ${rowOf('024 3864 511')}, cột “Số điện thoại”: số điện thoại “024 3864 511” bắt đầu bằng mã vùng của số cố định (02…) nhưng chỉ có 10 chữ số, trong khi số cố định có 11 chữ số: có thể thiếu một chữ số, sẽ in đúng như đã ghi`,
      `${file}, dòng ${rowOf('0225 384 211')}, cột “Số điện thoại”: số điện thoại “0225 384 211” bắt đầu bằng mã vùng của số cố định (02…) nhưng chỉ có 10 chữ số, trong khi số cố định có 11 chữ số: có thể thiếu một chữ số, sẽ in đúng như đã ghi`,
      `${file}, dòng ${rowOf('0412 345 678')}, cột “Số điện thoại”: số điện thoại “0412 345 678” không giống số điện thoại ở Việt Nam (số 0 và 9 hoặc 10 chữ số): sẽ in đúng như đã ghi`,
    ]);
    // Printed as typed, not regrouped as if it were a number.
    expect(
      r.groups.find((g) => g.name === `Tổ dân phố số ${rowOf('024 3864 511') - 1}`)?.phone,
    ).toBe('024 3864 511');
  });
});

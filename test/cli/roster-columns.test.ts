/**
 * A roster's phone and year of birth are read, and printed nowhere (qa7 C2): the tracking sheet
 * has a number, a name and an address per row. The office was not told, and the hint about other
 * unprinted columns said the sheet printed both. Now `check` says each such column, naming the
 * roster, with why to delete it; the sheet itself shows the names and none of the phones.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildArgs, runCliInProcess } from '../support/cli.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const ROWS = [
  ['Y Bhim Niê', 'Nhà số 1, Buôn Ea Tu', '0912 010 000', '1950'],
  ["H'Nĕ Byă", 'Nhà số 2, Buôn Ea Tu', '0912 010 001', '1962'],
];

it("names the roster's phone and year-of-birth columns as printed nowhere, and prints neither", async () => {
  const dir = await makeTempDir('phuong-print-roster-columns-');
  await mkdir(join(dir, 'rosters'));
  await writeFile(
    join(dir, 'campaign.yaml'),
    `${NOTICE_ONLY}actions:\n  - step: Dự tập huấn phòng cháy, chữa cháy.\n    column: Đã dự\n`,
  );
  await writeFile(join(dir, 'groups.csv'), 'STT;Tên khu phố;Số hộ\n1;Khu phố 1;40\n');
  const roster = join(dir, 'rosters', '1.csv');
  await writeFile(
    roster,
    `STT;Họ và tên chủ hộ;Địa chỉ;Số điện thoại;Năm sinh\n${ROWS.map((r, i) => `${i + 1};${r.join(';')}`).join('\n')}\n`,
  );
  const files = [join(dir, 'campaign.yaml'), join(dir, 'groups.csv')];
  const rosters = ['--rosters', join(dir, 'rosters')];
  const check = await runCliInProcess([
    'check',
    '--lang',
    'vi',
    '--campaign',
    files[0] as string,
    '--groups',
    files[1] as string,
    ...rosters,
  ]);
  expect(check.code, check.stderr).toBe(0);
  for (const column of ['Số điện thoại', 'Năm sinh'])
    expect(check.stderr).toContain(
      `${roster}, mục “${column}”: cột “${column}” của danh sách người dân không được in ở đâu`,
    );
  expect(check.stderr).toContain('Bảng theo dõi in số thứ tự, họ tên và địa chỉ');
  // The hint calls no column personal data nobody needs: the office decides (qa56 M4).
  expect(check.stderr).not.toContain('thông tin cá nhân không cần dùng');

  const out = join(dir, 'out');
  const build = await runCliInProcess([
    ...buildArgs(files[0] as string, files[1] as string, out),
    '--kind',
    'tracker',
    ...rosters,
  ]);
  expect(build.code, build.stderr).toBe(0);
  const text = collapseSpaces(await pdfText(await readFile(join(out, 'khu-pho-1', 'tracker.pdf'))));
  for (const [name, address, phone, born] of ROWS) {
    expect(text).toContain(name);
    expect(text).toContain(address);
    expect(text).not.toContain(phone);
    expect(text).not.toContain(born);
  }
});

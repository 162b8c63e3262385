/**
 * qa10 Q13: one roster row without a name stopped every group's tracking sheet, and nothing was
 * written. A row with an address and no name (a house whose people are not known yet) is a line
 * of the leader's round: it is printed with an empty name cell, and said. A roster that cannot be
 * read (a name that is a formula error) fails its own group only, as a bad row of the groups file
 * does; the other groups' sheets are made. A roster named "1.csv" for the group "01" is asked
 * about by that id.
 */
import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildArgs, runCliInProcess } from '../support/cli.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const CAMPAIGN = `${NOTICE_ONLY}actions:\n  - step: Cài ứng dụng VNeID.\n    column: Đã cài\n`;
const GROUPS = 'Mã tổ;Tên khu phố\n01;Khu phố 1\n02;Khu phố 2\n3;Khu phố 3\n';

async function ward(rosters: Record<string, string>) {
  const dir = await makeTempDir('phuong-print-roster-bad-row-');
  await mkdir(join(dir, 'rosters'));
  await writeFile(join(dir, 'campaign.yaml'), CAMPAIGN);
  await writeFile(join(dir, 'groups.csv'), GROUPS);
  for (const [name, text] of Object.entries(rosters))
    await writeFile(join(dir, 'rosters', name), text);
  return dir;
}

const tracker = (dir: string, out: string) =>
  runCliInProcess([
    ...buildArgs(join(dir, 'campaign.yaml'), join(dir, 'groups.csv'), out),
    '--lang',
    'vi',
    '--kind',
    'tracker',
    '--rosters',
    join(dir, 'rosters'),
  ]);

it('prints a row with an address and no name, with an empty name cell and a warning naming it', async () => {
  const dir = await ward({
    '01.csv':
      'STT,Họ và tên,Địa chỉ\n1,Nguyễn Văn Một,Số 1 ngõ 12 Đội Cấn\n2,Trần Thị Hai,Số 3 ngõ 12\n3,,Số 5 ngõ 12\n',
  });
  const out = join(dir, 'out');
  const r = await tracker(dir, out);
  expect(r.code, r.stderr).toBe(0);
  const roster = join(dir, 'rosters', '01.csv');
  expect(r.stderr).toContain(
    `${roster}, dòng 4, cột “Họ và tên”: thiếu tên: dòng này vẫn được in, ô họ tên để trống`,
  );
  const text = collapseSpaces(
    await pdfText(await readFile(join(out, 'khu-pho-1', 'tracker.pdf')), { layout: true }),
  );
  expect(text).toContain('1 Nguyễn Văn Một Số 1 ngõ 12 Đội Cấn');
  // Row 3: its number, no name, its address.
  expect(text).toContain('3 Số 5 ngõ 12');
  // The other groups, without a roster, get their blank sheets.
  await access(join(out, 'khu-pho-2', 'tracker.pdf'));
  await access(join(out, 'khu-pho-3', 'tracker.pdf'));
});

it("fails only the group whose roster cannot be read; the others' sheets are made", async () => {
  const dir = await ward({
    '01.csv': 'STT;Họ và tên;Năm sinh\n1;Trần Văn Ba;1958\n2;#REF!;1960\n',
    '3.csv': 'STT;Họ và tên\n1;Đỗ Văn Năm\n',
  });
  const out = join(dir, 'out');
  const r = await tracker(dir, out);
  expect(r.code).toBe(1);
  expect(r.stderr).toContain(join(dir, 'rosters', '01.csv'));
  expect(r.stderr).toContain('ô này báo lỗi công thức');
  await expect(access(join(out, 'khu-pho-1', 'tracker.pdf'))).rejects.toThrow();
  await access(join(out, 'khu-pho-2', 'tracker.pdf'));
  const text = collapseSpaces(await pdfText(await readFile(join(out, 'khu-pho-3', 'tracker.pdf'))));
  expect(text).toContain('Đỗ Văn Năm');
});

it('prints a group whose column printed nowhere holds a value that does not read, and names the cell (qa46 F10)', async () => {
  // qa46's roster: a year of birth written in words, a phone Excel wrote as 9.12E+08.
  const rows = [
    ['1', 'Nguyễn Văn Bí Mật', 'Số 1 phố Tô Hiệu', 'một chín sáu mươi', '0912000111'],
    ['2', 'Trần Thị Hai', 'Số 2 phố Tô Hiệu', '1970', '9.12E+08'],
  ];
  const dir = await ward({
    '01.csv': `STT;Họ và tên;Địa chỉ;Năm sinh;Số điện thoại\n${rows.map((r) => r.join(';')).join('\n')}\n`,
  });
  const out = join(dir, 'out');
  const r = await tracker(dir, out);
  expect(r.code, r.stderr).toBe(0);
  const roster = join(dir, 'rosters', '01.csv');
  expect(r.stderr).toContain(
    `${roster}, dòng 2, cột “Năm sinh”: ngày sinh không đọc được: dòng vẫn được in, ô ngày sinh để trống`,
  );

  // No value of the file is quoted.
  expect(r.stderr).not.toContain(rows[0]?.[3]);
  const text = collapseSpaces(await pdfText(await readFile(join(out, 'khu-pho-1', 'tracker.pdf'))));
  for (const row of rows) expect(text).toContain(row[1]);
});

it('asks "is it 01?" of a roster named 1.csv for the group 01', async () => {
  const dir = await ward({ '1.csv': 'STT;Họ và tên\n1;Đỗ Văn Năm\n' });
  const r = await tracker(dir, join(dir, 'out'));
  expect(r.code).toBe(1);
  expect(r.stderr).toContain('có phải mã “01”?');
});

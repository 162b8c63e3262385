/**
 * A merged ward's list with nothing telling its old wards apart (qa44 C1): two old wards' lists
 * one under the other, a running STT, "Tổ dân phố số 1" on three rows and "… số 2" on two. With
 * the notices a build of it prints, each as pdftotext reads it. And qa44's ward of 220 tổ in four
 * old wards, one sheet with a "Phường cũ" column, each old ward numbering its tổ from 1 (M1, M4).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildExampleVi, type CliResult } from './cli.js';
import { collapseSpaces, pdfText } from './pdf-text.js';
import { makeTempDir } from './tmp.js';

export const SAME_NAME_ROWS: readonly [string, string][] = [
  ['1', 'Tổ dân phố số 1'],
  ['2', 'Tổ dân phố số 2'],
  ['3', 'Tổ dân phố số 3'],
  ['4', 'Tổ dân phố số 1'],
  ['5', 'Tổ dân phố số 2'],
  ['6', 'Tổ dân phố số 1'],
];

export const SAME_NAME_CSV = [
  'STT;Tên tổ dân phố;Số hộ',
  ...SAME_NAME_ROWS.map(([id, name]) => `${id};${name};100`),
].join('\r\n');

/** The ids of the rows named `name`, in file order. */
export const idsNamed = (name: string) =>
  SAME_NAME_ROWS.filter(([, n]) => n === name).map(([id]) => id);

/** The example campaign's notices built for `csv` (`build --lang vi`), each as its text. */
export async function noticeTexts(
  csv: string,
  name: string,
): Promise<{ r: CliResult; texts: string[] }> {
  const dir = await makeTempDir('phuong-print-notices-');
  const groups = join(dir, name);
  await writeFile(groups, csv);
  const out = join(dir, 'out');
  const { r, folders } = await buildExampleVi(groups, out, 'notice');
  const texts = await Promise.all(
    folders.map(async (f) => collapseSpaces(await pdfText(join(out, f, 'notice.pdf')))),
  );
  return { r, texts };
}

/** The old wards as the file names them, and how many tổ each has (qa44's ward). */
export const WARDS: readonly [string, number][] = [
  ['Lạch Tray', 62],
  ['Hàng Kênh', 58],
  ['Dư Hàng Kênh', 55],
  ['An Biên', 45],
];

export const HEADER = ['Mã tổ', 'Tên tổ dân phố', 'Phường cũ', 'Tổ trưởng', 'Số hộ'];

/** One old ward's rows: its own numbers from 1, "Tổ dân phố số n". */
export const wardRows = (ward: string, count: number, numbers?: readonly number[]) =>
  (numbers ?? Array.from({ length: count }, (_, i) => i + 1)).map((n) => [
    String(n),
    `Tổ dân phố số ${n}`,
    ward,
    `Nguyễn Văn ${String.fromCharCode(65 + (n % 26))}`,
    '100',
  ]);

/** The list as one sheet with a "Phường cũ" column (`wards`: each ward's own numbers, if not 1…n). */
export const columnCsv = (wards: Partial<Record<string, readonly number[]>> = {}) =>
  [
    HEADER.join(';'),
    ...WARDS.flatMap(([w, n]) => wardRows(w, n, wards[w]).map((r) => r.join(';'))),
  ].join('\r\n');

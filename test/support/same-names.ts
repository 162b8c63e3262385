/**
 * A merged ward's list with nothing telling its old wards apart (qa44 C1): two old wards' lists
 * one under the other, a running STT, "Tổ dân phố số 1" on three rows and "… số 2" on two. With
 * the notices a build of it prints, each as pdftotext reads it.
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

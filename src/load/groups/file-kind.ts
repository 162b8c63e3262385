/**
 * Load stage, groups: a file picked by mistake, said as what it is. In: the bytes of a file
 * given as a table (.csv, .txt, .xlsx). Out: the error that names what the file really is — a
 * PDF, a picture, a Word document, binary data — or undefined when it may be a table.
 *
 * Read from the file's first bytes (its "magic number"), before any decoding: a PDF under a
 * .csv name otherwise reads as text whose letters were lost to "?" (a "?" in a link inside it),
 * and a picture as a file in an unknown encoding — both false leads for the office.
 */
import { UserError } from '../../errors.js';
import { msg } from '../../messages/message.js';

export const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  prefix.every((b, i) => bytes[i] === b);

const asBuffer = (bytes: Uint8Array) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

export const ZIP = [0x50, 0x4b, 0x03, 0x04];
export const OLE = [0xd0, 0xcf, 0x11, 0xe0];

const PICTURES: readonly { name: string; magic: readonly number[] }[] = [
  { name: 'PNG', magic: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG', magic: [0xff, 0xd8, 0xff] },
  { name: 'GIF', magic: [0x47, 0x49, 0x46, 0x38] },
];

const NO_TABLE_HINT = msg`A PDF or a picture cannot be read back into a table: give the list as the Excel workbook (.xlsx) it was made from, or a CSV saved from it.`;

/** A PDF or a picture, whatever its name: no table can be read from it. */
export function documentNotTable(bytes: Uint8Array, file: string): UserError | undefined {
  // "%PDF-" may follow a few bytes of junk; readers look within the first kilobyte.
  if (asBuffer(bytes.subarray(0, 1024)).includes('%PDF-')) {
    return new UserError(msg`the file is a PDF document, not a table`, { file }, NO_TABLE_HINT);
  }
  const picture = PICTURES.find((p) => startsWith(bytes, p.magic));
  if (picture) {
    return new UserError(
      msg`the file is a picture (${picture.name}), not a table`,
      { file },
      NO_TABLE_HINT,
    );
  }
  return undefined;
}

/** Word's parts, stored by name in a .docx (a zip) and an old .doc (an OLE file, UTF-16 names). */
export function isWordDocument(bytes: Uint8Array): boolean {
  const data = asBuffer(bytes);
  if (startsWith(bytes, ZIP))
    return data.includes('word/document.xml') && !data.includes('xl/workbook.xml');
  return startsWith(bytes, OLE) && data.includes(Buffer.from('WordDocument', 'utf16le'));
}

/**
 * What a file handed in as a table holds, whatever its name says: a Word document (.docx), a
 * workbook (.xlsx), an old Word file (.doc), or none of those (text, or what the reader for its
 * name says it is).
 */
export function officeFileKind(bytes: Uint8Array): 'docx' | 'xlsx' | 'doc' | undefined {
  if (startsWith(bytes, ZIP)) {
    const data = asBuffer(bytes);
    if (data.includes('xl/workbook.xml')) return 'xlsx';
    return data.includes('word/document.xml') ? 'docx' : undefined;
  }
  return isWordDocument(bytes) ? 'doc' : undefined;
}

/**
 * Binary data rather than text: NUL bytes that are not UTF-16's (text saved as UTF-16 without a
 * byte-order mark has them in every other byte, on one side).
 */
export function isBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  if (even + odd === 0) return false;
  const oneSided = Math.min(even, odd) <= (even + odd) / 20;
  return !(oneSided && even + odd >= sample.length / 4);
}

export const WORD_HINT = msg`Give the list as an Excel workbook (.xlsx) or CSV: copy the table from Word into Excel and save it as "Excel Workbook (*.xlsx)".`;

/** A file under a text table's name (.csv, .txt, .tsv) that is another kind of file. */
export function notTextTable(bytes: Uint8Array, file: string): UserError | undefined {
  const document = documentNotTable(bytes, file);
  if (document) return document;
  if (isWordDocument(bytes)) {
    return new UserError(msg`the file is a Word document, not CSV`, { file }, WORD_HINT);
  }
  if (startsWith(bytes, ZIP)) {
    return new UserError(
      msg`the file is an Excel workbook (.xlsx), not CSV`,
      { file },
      msg`Rename it to end in .xlsx, or save it again as CSV UTF-8.`,
    );
  }
  if (startsWith(bytes, OLE)) return undefined;
  if (isBinary(bytes)) {
    return new UserError(
      msg`the file is not text: it holds another kind of data under a table's name`,
      { file },
      msg`Check that the right file was picked; give the list as an Excel workbook (.xlsx) or CSV UTF-8.`,
    );
  }
  return undefined;
}

/**
 * Text under a workbook's name: a CSV (or Excel's "Unicode Text") renamed .xlsx, which Excel
 * itself opens without a word. Not a zip, not an old .xls, not binary, not a web page: said as
 * the CSV it is, with the two ways out (h-q10 item 9: it was "not a readable Excel workbook").
 */
export function textNotWorkbook(bytes: Uint8Array, file: string): UserError | undefined {
  if (bytes.length === 0 || startsWith(bytes, ZIP) || startsWith(bytes, OLE)) return undefined;
  if (isBinary(bytes)) return undefined;
  // An HTML or XML export under an .xlsx name is no CSV either: left to the workbook's error.
  if (isMarkup(bytes)) return undefined;
  return new UserError(
    msg`the file is CSV (text), not an Excel workbook`,
    { file },
    msg`Rename it to end in .csv, or open it in Excel and save it again as "Excel Workbook (*.xlsx)".`,
  );
}

/** HTML or XML (a web page or Excel 2003's XML that Excel opens): a byte order mark and UTF-16's zero bytes aside. */
function isMarkup(bytes: Uint8Array): boolean {
  return asBuffer(bytes.subarray(0, 64))
    .toString('latin1')
    .replace(/^(\xef\xbb\xbf|\xff\xfe|\xfe\xff)/, '')
    .replace(/\0/g, '')
    .trimStart()
    .startsWith('<');
}

/**
 * What a file named ".xls" holds: an old Excel workbook, a .xlsx workbook under the old name,
 * markup (a web page or XML that Excel opens), or anything else, read as the text table some
 * programs export under that name.
 */
export function xlsContentKind(bytes: Uint8Array): 'old-workbook' | 'workbook' | 'markup' | 'text' {
  if (startsWith(bytes, OLE)) return 'old-workbook';
  if (startsWith(bytes, ZIP)) return 'workbook';
  return isMarkup(bytes) ? 'markup' : 'text';
}

/**
 * qa9 Q5: an .xlsx of a few hundred KB whose sheet inflates to well over 100 MB (a "zip bomb")
 * is refused from the zip's directory, before anything is inflated, in one Vietnamese sentence:
 * before, the 32 MB bound was on the compressed file only and one upload took the studio to 2.7 GB.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { afterAll, expect, it } from 'vitest';
import { checkVi } from '../support/cli.js';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

/** A zip of one deflated entry (the sheet), as Excel writes one: local header, data, directory. */
function zipOf(name: string, content: Buffer): Buffer {
  const data = deflateRawSync(content, { level: 9 });
  const fileName = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc32(content), 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(content.length, 22);
  local.writeUInt16LE(fileName.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc32(content), 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(content.length, 24);
  central.writeUInt16LE(fileName.length, 28);
  const dirAt = 30 + fileName.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + fileName.length, 12);
  end.writeUInt32LE(dirAt, 16);
  return Buffer.concat([local, fileName, data, central, fileName, end]);
}

it('refuses an .xlsx whose sheet inflates beyond the bound, before reading it', async () => {
  const sheet = Buffer.alloc(120 * 1024 * 1024, 'A');
  const zip = zipOf('xl/worksheets/sheet1.xml', sheet);
  // Small as a file: well under the 32 MB bound on uploads.
  expect(zip.length).toBeLessThan(1024 * 1024);
  const file = join(await makeTempDir('phuong-print-bomb-'), 'danh-sach.xlsx');
  await writeFile(file, zip);
  const res = await checkVi(EXAMPLE_CAMPAIGN, file);
  expect(res.code).toBe(1);
  const lines = res.stderr.trimEnd().split('\n');
  expect(lines[0]).toMatch(/^lỗi: .*danh-sach\.xlsx: tệp Excel này khi mở ra sẽ chiếm hơn 100 MB/);
  expect(lines[1]).toMatch(/^gợi ý: /);
});

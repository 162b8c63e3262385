/**
 * The ZIPs a leader downloads: stored members whose CRC-32 (from zlib) matches their bytes, the
 * names in UTF-8, the same bytes for the same inputs.
 */
import { crc32 } from 'node:zlib';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { storedZip, zipDate } from '../../src/output/stored-zip.js';

const members = [
  { name: 'Tổ dân phố số 5 - Thông báo.pdf', bytes: new TextEncoder().encode('%PDF-1.7 một') },
  { name: 'poster-a4.pdf', bytes: new Uint8Array(70_000).map((_, i) => (i * 31) % 251) },
];
const zipOf = () => Buffer.concat(storedZip(members, zipDate('2025-10-08')));

/** [name, crc, method] of each central directory entry (APPNOTE 4.3.12). */
function centralEntries(zip: Buffer): [string, number, number][] {
  const out: [string, number, number][] = [];
  for (let at = zip.indexOf(Buffer.from([0x50, 0x4b, 1, 2])); at >= 0; ) {
    const nameLength = zip.readUInt16LE(at + 28);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    out.push([name, zip.readUInt32LE(at + 16), zip.readUInt16LE(at + 10)]);
    at = zip.indexOf(Buffer.from([0x50, 0x4b, 1, 2]), at + 46 + nameLength);
  }
  return out;
}

describe('stored ZIP', () => {
  it('holds every member as it was, under its Vietnamese name', () => {
    const files = unzipSync(zipOf());
    expect(Object.keys(files)).toEqual(members.map((m) => m.name));
    for (const m of members) expect(Buffer.from(files[m.name] ?? [])).toEqual(Buffer.from(m.bytes));
  });

  it('records each member stored (method 0) with its true CRC-32', () => {
    expect(centralEntries(zipOf())).toEqual(members.map((m) => [m.name, crc32(m.bytes), 0]));
  });

  it('is the same bytes for the same members', () => {
    expect(zipOf().equals(zipOf())).toBe(true);
  });
});

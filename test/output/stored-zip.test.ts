/**
 * The ZIPs a leader downloads: stored members whose CRC-32 (from zlib) matches their bytes, the
 * names in UTF-8, the same bytes for the same inputs.
 */
import { execFile } from 'node:child_process';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { crc32 } from 'node:zlib';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { memberTimes, StoredZipWriter, storedZip, zipDate } from '../../src/output/stored-zip.js';
import { UTF8_ENV } from '../support/exec.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

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

  // Info-ZIP's unzip 6.0 (Debian, Ubuntu) reads a name flagged UTF-8 from a Windows-made entry as
  // code page 437 ("T�+� d+�n ph�+�"), unless the entry has the Unicode Path field (qa44 m4).
  it('unpacks with Info-ZIP unzip under the Vietnamese names', async () => {
    const dir = await makeTempDir('zip-names-');
    await writeFile(join(dir, 'a.zip'), zipOf());
    await promisify(execFile)('unzip', ['-q', join(dir, 'a.zip'), '-d', join(dir, 'out')], {
      env: UTF8_ENV,
    });
    expect((await readdir(join(dir, 'out'))).sort()).toEqual(members.map((m) => m.name).sort());
    const { stdout } = await promisify(execFile)('unzip', ['-l', join(dir, 'a.zip')], {
      env: UTF8_ENV,
    });
    expect(stdout).toContain(members[0]?.name);
  });
});
afterAll(removeTempDirs);

/** The DOS date and time of each central directory entry, as [year, month, day]. */
function dosDays(zip: Buffer): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (let at = zip.indexOf(Buffer.from([0x50, 0x4b, 1, 2])); at >= 0; ) {
    const date = zip.readUInt16LE(at + 14);
    out.push([1980 + (date >> 9), (date >> 5) & 15, date & 31]);
    at = zip.indexOf(Buffer.from([0x50, 0x4b, 1, 2]), at + 46 + zip.readUInt16LE(at + 28));
  }
  return out;
}

const oneFile = (name: string, mtime: Date) => {
  const writer = new StoredZipWriter(zipDate('2026-05-04'));
  writer.add({ name, bytes: new TextEncoder().encode('{}'), mode: 0o100600, mtime });
  return Buffer.concat([...writer.take(), ...writer.end()]);
};

describe('member dates outside what a DOS date holds', () => {
  it('archives a file dated 1970 or 2100 and gives back its true time', () => {
    for (const when of [new Date(0), new Date('2100-06-01T00:00:00Z')]) {
      const zip = oneFile('campaigns/a/logo.png', when);
      expect(Object.keys(unzipSync(zip))).toEqual(['campaigns/a/logo.png']);
      expect(memberTimes(zip).get('campaigns/a/logo.png')?.getTime()).toBe(when.getTime());
      // The DOS date holds the nearest day it can: 1980-01-01 or 2099-12-31.
      expect(dosDays(zip)).toEqual([when.getFullYear() < 1980 ? [1980, 1, 1] : [2099, 12, 31]]);
    }
  });

  it('reads a DOS date of 0 (Go, some Java tools) as no date, not 1979-11-30', () => {
    const zip = oneFile('campaigns/a/campaign.json', new Date('2026-03-10T02:15:00Z'));
    // Strip the extended timestamp's flag and zero the DOS date and time, as such tools write.
    const central = zip.indexOf(Buffer.from([0x50, 0x4b, 1, 2]));
    zip.writeUInt32LE(0, central + 12);
    const extra = central + 46 + zip.readUInt16LE(central + 28);
    expect(zip.readUInt16LE(extra)).toBe(0x5455);
    zip.writeUInt8(0, extra + 4);
    expect(memberTimes(zip).has('campaigns/a/campaign.json')).toBe(false);
  });

  it('names the entries of a ZIP without the UTF-8 flag as unzip does', () => {
    const zip = oneFile('campaigns/a/Ảnh.png', new Date('2026-03-10T02:15:00Z'));
    // A hand-made ZIP (Windows Explorer) whose names are not flagged UTF-8: clear bit 11.
    for (const sig of [
      [0x50, 0x4b, 3, 4],
      [0x50, 0x4b, 1, 2],
    ]) {
      const at = zip.indexOf(Buffer.from(sig));
      const flagAt = at + (sig[2] === 3 ? 6 : 8);
      zip.writeUInt16LE(zip.readUInt16LE(flagAt) & ~0x800, flagAt);
    }
    const unzipped = Object.keys(unzipSync(zip));
    expect(unzipped).toHaveLength(1);
    expect([...memberTimes(zip).keys()]).toEqual(unzipped);
  });
});

/**
 * The inflated size of a zip counted by inflating it (src/load/zip-inflated.ts), never taken
 * from its headers: a zip whose headers declare a few KB (test/support/zip.ts) counts what it
 * really inflates to; the count stops just past the bound asked, not at the end of the data;
 * and a damaged entry counts what came out of it before the damage, without throwing.
 */
import { describe, expect, it } from 'vitest';
import { zipInflatedBytes } from '../../src/load/limits.js';
import { inflatedBytesUpTo } from '../../src/load/zip-inflated.js';
import { zip } from '../support/zip.js';

const MB = 1024 * 1024;

describe('the bytes a zip inflates to', () => {
  it('counts what its parts inflate to, not what its headers declare', async () => {
    const parts = {
      'word/document.xml': Buffer.alloc(3 * MB, ' '),
      'word/styles.xml': Buffer.alloc(MB / 2, 'x'),
    };
    const lying = zip(parts, 9, () => 1000);
    expect(zipInflatedBytes(lying)).toBe(2000);
    expect(await inflatedBytesUpTo(lying, 100 * MB)).toBe(3 * MB + MB / 2);
  });

  it('stops just past the bound, without inflating the rest', async () => {
    const sheet = [{ bytes: Buffer.alloc(MB, 'A'), times: 120 }];
    const bomb = zip({ 'xl/worksheets/sheet1.xml': sheet }, 9, () => 10);
    const counted = (await inflatedBytesUpTo(bomb, MB)) ?? 0;
    expect(counted).toBeGreaterThan(MB);
    // At most one of zlib's 64 KB chunks past it: far short of the 120 MB the sheet holds.
    expect(counted).toBeLessThanOrEqual(MB + 64 * 1024);
  });

  it('counts a damaged entry up to its damage, and no directory as unknown', async () => {
    const whole = zip({ 'a.xml': Buffer.alloc(2 * MB, 'a') }, 1);
    // Bytes of the deflate data overwritten, as a damaged copy has them: the count does not throw.
    const broken = Buffer.from(whole);
    broken.fill(0xff, 40, 60);
    await expect(inflatedBytesUpTo(broken, 100 * MB)).resolves.toBeLessThan(2 * MB);
    expect(await inflatedBytesUpTo(new Uint8Array(100), 100 * MB)).toBeUndefined();
  });

  it('takes a ZIP64 directory, whose sizes it cannot read, as unbounded', () => {
    const zipped = zip({ 'a.xml': Buffer.alloc(1000, 'a') });
    // The end record's directory offset set to ZIP64's 0xffffffff (JSZip then reads a ZIP64 record).
    zipped.writeUInt32LE(0xffffffff, zipped.length - 22 + 16);
    expect(zipInflatedBytes(zipped)).toBe(Number.POSITIVE_INFINITY);
  });
});

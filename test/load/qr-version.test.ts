/**
 * The campaign check's QR version (load/qr-version.ts) is qrcode's own, found without building the
 * symbol from qrcode's internal modules: it must equal QRCode.create's version for every kind of
 * text (bytes, digits, upper-case letters, mixed, Vietnamese), for sizes up to what fits, and say
 * undefined where create() throws. qrcode must be the exact version package.json pins.
 */
import { readFileSync } from 'node:fs';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { qrVersionM } from '../../src/load/qr-version.js';

const created = (text: string): number | undefined => {
  try {
    return QRCode.create(text, { errorCorrectionLevel: 'M' }).version;
  } catch {
    return undefined;
  }
};

describe('qrVersionM', () => {
  it('qrcode is pinned exactly and installed at that version', () => {
    const pinned = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))
      .dependencies.qrcode;
    const installed = JSON.parse(
      readFileSync(new URL('../../node_modules/qrcode/package.json', import.meta.url), 'utf8'),
    ).version;
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    expect(installed).toBe(pinned);
  });

  it('gives the version QRCode.create gives, for every kind of text and size', () => {
    const pieces = [
      'https://zalo.me/g/abc123',
      '0123456789',
      'HTTPS://EXAMPLE.VN/',
      'Phường Hải An, tổ dân phố số 5',
      'a',
      '?x=1&y=ĐĂNG KÝ',
    ];
    const texts = [...pieces];
    const sizes = [2300, 2331, 2332, 3000];
    for (let n = 1; n <= 2400; n += 149) sizes.push(n);
    for (const n of sizes) {
      for (const p of pieces) texts.push(p.repeat(Math.ceil(n / p.length)).slice(0, n));
      texts.push(`https://example.vn/${'9'.repeat(n)}`);
    }
    const versions = new Set<number | undefined>();
    for (const text of texts) {
      const want = created(text);
      versions.add(want);
      expect(qrVersionM(text), text.slice(0, 40)).toBe(want);
    }
    // The sizes reach version 1 and 40, and texts no QR code holds.
    expect(versions.has(1) && versions.has(40) && versions.has(undefined)).toBe(true);
    expect(qrVersionM('')).toBeUndefined();
  });
});

/**
 * Load stage: the version (size) of the QR code a text makes at level M, found as QRCode.create
 * finds it — segments estimated, optimised, the smallest version that holds them — without
 * encoding the data, its error correction and the matrix (~2 ms of CPU a URL in a cold process,
 * where the campaign check needs the size only; bench/results.md › cold start). qrcode's own
 * modules, pinned (src/types/qrcode-core.d.ts); test/load/qr-version.test.ts holds it to create().
 */
import { M } from 'qrcode/lib/core/error-correction-level.js';
import { fromString, rawSplit } from 'qrcode/lib/core/segments.js';
import { getBestVersionForData } from 'qrcode/lib/core/version.js';

/** The version QRCode.create(text, { errorCorrectionLevel: 'M' }) gives; undefined if none holds it. */
export function qrVersionM(text: string): number | undefined {
  if (text === '') return undefined;
  const estimated = getBestVersionForData(rawSplit(text), M);
  return getBestVersionForData(fromString(text, estimated ?? 40), M);
}

/**
 * Load stage, groups: text in a legacy Vietnamese encoding (Windows-1258, TCVN3) → Unicode, by
 * iconv-lite. Loaded on the first such text: a UTF-8 file, nearly every file, never needs it
 * (~7 ms of CPU less for every build and check).
 */
import { createRequire } from 'node:module';
import type iconvModule from 'iconv-lite';

let iconv: typeof iconvModule | undefined;

/** `bytes` read as `encoding` (an iconv-lite name), composed (NFC). */
export function decodeLegacy(bytes: Uint8Array, encoding: 'windows1258' | 'tcvn'): string {
  iconv ??= createRequire(import.meta.url)('iconv-lite') as typeof iconvModule;
  return iconv.decode(Buffer.from(bytes), encoding).normalize('NFC');
}

/**
 * Load stage: a text file's digest as the tool read it, not as its bytes lie on disk: without a
 * BOM, its lines ended by "\n" (Windows' "\r\n" and an old Mac's "\r" alike). The manifest's
 * inputs hash (output/inputs-hash.ts) is made of such digests, so that a Windows copy of a
 * campaign or a list hashes as the original; a roster's is taken where load decoded it
 * (roster.ts), not by decoding its bytes a second time.
 */
import { createHash } from 'node:crypto';

/** Text without a BOM, its lines ended by "\n". */
export const asRead = (text: string): string => text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

/** The SHA-256 (hex) of the text as read (asRead). */
export const textDigest = (text: string): string =>
  createHash('sha256').update(asRead(text)).digest('hex');

/**
 * The parts of `qrcode` (pinned exactly in package.json) that find a symbol's version without
 * building it: the modules QRCode.create itself uses (lib/core/qrcode.js › createSymbol). Only
 * load/qr-version.ts imports them; test/load/qr-version.test.ts holds it to QRCode.create.
 */
declare module 'qrcode/lib/core/segments.js' {
  export interface Segment {
    readonly mode: unknown;
  }
  /** The text cut where its character classes change, before optimising. */
  export function rawSplit(text: string): Segment[];
  /** The optimal segments for a symbol of at most `version`. */
  export function fromString(text: string, version: number): Segment[];
}
declare module 'qrcode/lib/core/version.js' {
  import type { Level } from 'qrcode/lib/core/error-correction-level.js';
  import type { Segment } from 'qrcode/lib/core/segments.js';
  /** The smallest version (1–40) that holds the segments at the level; undefined if none. */
  export function getBestVersionForData(segments: Segment[], level: Level): number | undefined;
}
declare module 'qrcode/lib/core/error-correction-level.js' {
  export interface Level {
    readonly bit: number;
  }
  export const M: Level;
}

/**
 * Output stage: a ward's combined print file for one kind (`print/notice-all.pdf`): every group's
 * pages in group order, in ONE PDF with one copy of the fonts. Pages stream to a temporary file as
 * they come, so a city's file never sits in memory; it is renamed into place only when whole.
 */

import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { FontSet } from '../layout/fonts.js';
import { createPdfSurface, type DocumentMeta } from '../render/pdf/document.js';
import type { CapturedPage, PdfSurface } from '../render/pdf/pages.js';
import { type Recording, replay } from '../render/recording/recording.js';

export class CombinedFile {
  private readonly tmp: string;
  private readonly surface: PdfSurface;
  private pages = 0;

  constructor(
    readonly path: string,
    fonts: FontSet,
    size: readonly [number, number],
    meta: DocumentMeta,
  ) {
    this.tmp = `${path}.${process.pid}.tmp`;
    this.surface = createPdfSurface(fonts, size, meta, { sink: createWriteStream(this.tmp) });
  }

  static async open(
    path: string,
    fonts: FontSet,
    size: readonly [number, number],
    meta: DocumentMeta,
  ) {
    await mkdir(dirname(path), { recursive: true });
    return new CombinedFile(path, fonts, size, meta);
  }

  add(recording: Recording): void {
    replay(recording, this.surface);
    this.pages += recording.pages;
  }

  /** Pages already made for the group's own PDF, moved in as they are. */
  addPages(pages: CapturedPage[]): void {
    for (const page of pages) this.surface.transplant(page);
    this.pages += pages.length;
  }

  /** Ends the file and moves it into place; returns its size, hash and page count. */
  async close(): Promise<{ pages: number; bytes: number; sha256: string }> {
    await this.surface.finish();
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(this.tmp)) hash.update(chunk as Buffer);
    const { size } = await stat(this.tmp);
    await rename(this.tmp, this.path);
    return { pages: this.pages, bytes: size, sha256: hash.digest('hex') };
  }

  /** Drops the unfinished file; the previous one, if any, stays. */
  async abort(): Promise<void> {
    try {
      await this.surface.finish();
    } catch {
      // The stream may already be broken: all that matters is that the temp file goes.
    }
    await rm(this.tmp, { force: true });
  }
}

/**
 * Output stage: a ward's combined print file for one kind (`print/notice-all.pdf`): every group's
 * pages in group order, in ONE PDF with one copy of the fonts. Pages stream to a temporary file as
 * they come, so a city's file never sits in memory; it is renamed into place only when whole.
 * For duplex printing (the default) every group's document starts on the front of a sheet: after
 * a document with an odd page count comes a blank page, the back of its last sheet.
 */

import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { FontSet } from '../layout/fonts.js';
import type { DocumentMeta } from '../render/pdf/document.js';
import type { CapturedPage } from '../render/pdf/pages.js';
import { type SignOptions, signDocument } from '../render/pdf/sign.js';
import { openPrintDocument, type PrintDocument } from '../render/print.js';
import type { Recording } from '../render/recording/recording.js';

export class CombinedFile {
  private readonly tmp: string;
  private readonly doc: PrintDocument;
  private pages = 0;

  constructor(
    readonly path: string,
    fonts: FontSet,
    size: readonly [number, number],
    meta: DocumentMeta,
    /** Two-sided printing: each document starts on a front page. */
    readonly duplex = true,
    pdfa = false,
    /** Sign the file (build --sign-print): read back whole once written, then signed. */
    private readonly sign?: SignOptions,
  ) {
    this.tmp = `${path}.${process.pid}.tmp`;
    this.doc = openPrintDocument(fonts, size, meta, createWriteStream(this.tmp), pdfa, sign);
  }

  static async open(
    path: string,
    fonts: FontSet,
    size: readonly [number, number],
    meta: DocumentMeta,
    duplex = true,
    pdfa = false,
    sign?: SignOptions,
  ) {
    await mkdir(dirname(path), { recursive: true });
    return new CombinedFile(path, fonts, size, meta, duplex, pdfa, sign);
  }

  /** Pages so far, blank backs included. */
  get pageCount(): number {
    return this.pages;
  }

  /** A group's pages drawn again from its recording. */
  add(recording: Recording): void {
    this.pages += this.doc.add({ recording });
    this.endDocument();
  }

  /** Pages already made for the group's own PDF, moved in as they are. */
  addPages(pages: CapturedPage[]): void {
    this.pages += this.doc.add({ pages });
    this.endDocument();
  }

  /** In duplex, a blank back page after an odd page count: the next document starts on a front. */
  private endDocument(): void {
    if (!this.duplex || this.pages % 2 === 0) return;
    this.doc.blank();
    this.pages++;
  }

  /** Ends the file and moves it into place; returns its size, hash and page count. */
  async close(): Promise<{ pages: number; bytes: number; sha256: string }> {
    await this.doc.finish();
    if (this.sign)
      await writeFile(this.tmp, await signDocument(await readFile(this.tmp), this.sign));
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(this.tmp)) hash.update(chunk as Buffer);
    const { size } = await stat(this.tmp);
    await rename(this.tmp, this.path);
    return { pages: this.pages, bytes: size, sha256: hash.digest('hex') };
  }

  /** Drops the unfinished file; the previous one, if any, stays. */
  async abort(): Promise<void> {
    try {
      await this.doc.finish();
    } catch {
      // The stream may already be broken: all that matters is that the temp file goes.
    }
    await rm(this.tmp, { force: true });
  }
}

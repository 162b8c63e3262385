/**
 * Output stage: a ward's combined print file for one kind (`print/notice-all.pdf`): every group's
 * pages in group order, in ONE PDF with one copy of the fonts. Pages stream to a temporary file as
 * they come, so a city's file never sits in memory; it is renamed into place only when whole.
 * For duplex printing (the default) every group's document starts on the front of a sheet: after
 * a document with an odd page count comes a blank page, the back of its last sheet.
 */

import { createHash, type Hash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Writable } from 'node:stream';
import type { FontSet } from '../layout/fonts.js';
import type { DocumentMeta } from '../render/pdf/document.js';
import type { CapturedPage } from '../render/pdf/pages.js';
import { type SignOptions, signDocument } from '../render/pdf/sign.js';
import { openPrintDocument, type PrintDocument } from '../render/print.js';
import type { Recording } from '../render/recording/recording.js';
import { namingTarget } from './atomic-write.js';
import type { PrintDocumentPart } from './manifest.js';

/**
 * The file's bytes on their way to disk, hashed and counted as they pass: the manifest's SHA-256
 * without reading a city's print file back (300 MB for 3,000 groups of every kind).
 */
class HashingFile extends Writable {
  readonly hash: Hash = createHash('sha256');
  bytes = 0;
  readonly file;
  /** The first error of the file (it could not be made, a write failed): the build stops on it. */
  failure: Error | undefined;

  constructor(path: string) {
    super();
    this.file = createWriteStream(path);
    this.file.on('error', (e) => this.destroy(e));
    // Kept, not thrown: nothing listens to a sink pdfkit writes into, and an unheard 'error'
    // event ended the process with a stack trace (a read-only print folder).
    this.on('error', (e) => {
      this.failure ??= e;
    });
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (e?: Error | null) => void) {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    if (this.file.write(chunk)) done();
    else this.file.once('drain', () => done());
  }

  override _final(done: (e?: Error | null) => void) {
    this.file.end(() => done());
  }

  override _destroy(e: Error | null, done: (e?: Error | null) => void) {
    if (this.file.closed) return done(e);
    this.file.once('close', () => done(e));
    this.file.destroy();
  }
}

export class CombinedFile {
  private readonly tmp: string;
  private readonly sink: HashingFile;
  private readonly doc: PrintDocument;
  private pages = 0;
  /** Each group's document in the file, in its order: first page (0 first) and page count. */
  private readonly documents: PrintDocumentPart[] = [];
  /** The PDF was ended (finish() resolves once only: a second call would wait for ever). */
  private ended = false;

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
    this.sink = new HashingFile(this.tmp);
    this.doc = openPrintDocument(fonts, size, meta, this.sink, pdfa, sign, duplex);
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
    const file = new CombinedFile(path, fonts, size, meta, duplex, pdfa, sign);
    // A folder that cannot be written fails here, before any group is drawn for it.
    // (The sink's error, not the file's: the sink keeps it, a tick after the file fails.)
    await new Promise<void>((resolve) => {
      file.sink.file.once('open', () => resolve());
      file.sink.once('error', () => resolve());
    });
    if (file.sink.failure) {
      await file.abort();
      throw namingTarget(file.sink.failure, file.tmp, path);
    }
    return file;
  }

  /**
   * The stream the file's bytes go out by: the build counts the bytes waiting in it, with the
   * other print files' and the kept pages', and takes no more groups while they are many
   * (backlog.ts). pdfkit writes without waiting for the disk.
   */
  get writing(): Writable {
    return this.sink;
  }

  /** Pages so far, blank backs included. */
  get pageCount(): number {
    return this.pages;
  }

  /** A group's pages drawn again from its recording. */
  add(recording: Recording, group: string): void {
    const start = this.pages;
    this.pages += this.doc.add({ recording });
    this.documents.push({ group, start, pages: this.pages - start });
    this.endDocument();
  }

  /** Pages already made for the group's own PDF, moved in as they are. */
  addPages(pages: CapturedPage[], group: string): void {
    const start = this.pages;
    this.pages += this.doc.add({ pages });
    this.documents.push({ group, start, pages: this.pages - start });
    this.endDocument();
  }

  /** In duplex, a blank back page after an odd page count: the next document starts on a front. */
  private endDocument(): void {
    if (!this.duplex || this.pages % 2 === 0) return;
    this.doc.blank();
    this.pages++;
  }

  /**
   * Ends the file and moves it into place; returns its size, hash and page count. When it cannot
   * be (a folder where the file goes, a file held open on Windows, a full disk), the temporary
   * file goes, the previous file stays, and the error names the file, not its temporary name.
   */
  async close(): Promise<{
    pages: number;
    bytes: number;
    sha256: string;
    documents: PrintDocumentPart[];
  }> {
    try {
      this.ended = true;
      await this.doc.finish();
      if (this.sink.failure) throw this.sink.failure;
      let written = { bytes: this.sink.bytes, sha256: this.sink.hash.digest('hex') };
      if (this.sign) {
        const signed = await signDocument(await readFile(this.tmp), this.sign);
        await writeFile(this.tmp, signed);
        written = {
          bytes: signed.length,
          sha256: createHash('sha256').update(signed).digest('hex'),
        };
      }
      await rename(this.tmp, this.path);
      return { pages: this.pages, ...written, documents: this.documents };
    } catch (e) {
      await this.abort();
      throw namingTarget(e, this.tmp, this.path);
    }
  }

  /** Drops the unfinished file; the previous one, if any, stays. */
  async abort(): Promise<void> {
    if (!this.ended && !this.sink.failure) {
      this.ended = true;
      try {
        await this.doc.finish();
      } catch {
        // The stream may already be broken: all that matters is that the temp file goes.
      }
    }
    if (!this.sink.closed) {
      const closed = once(this.sink, 'close').catch(() => {});
      this.sink.destroy();
      await closed;
    }
    await rm(this.tmp, { force: true });
  }
}

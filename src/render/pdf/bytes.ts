/**
 * Render stage, PDF back end: how a pdfkit document's bytes are gathered, made cheap.
 * pdfkit turns every content operator into its own byte array (a JavaScript loop per character),
 * and pushes every object through a Node stream chunk by chunk. For a 4-page notice that is
 * thousands of small arrays and stream calls. Here a page's operators stay strings until the page
 * ends, then are encoded and compressed in one go; a document's objects are gathered in an array
 * (or handed to a file in large writes) instead of streamed. The objects are pdfkit's; only the
 * page content's compression level is ours.
 */
import { deflateLatin1 } from './deflate.js';
import {
  advanceOffset,
  ObjectWritingDocumentClass,
  type PdfRef,
  type PdfTextSink,
  writePdfObject,
} from './pdfkit-internals.js';

/**
 * zlib level for page content. Level 3 compressed a notice page 2.6× faster than the default 6,
 * for about 450 more bytes a page; level 1 compresses the example's 160 pages of every kind
 * 2–3× faster again (7–13 ms against 20–23 ms, in-process, best of 7) for 5 % more content
 * bytes, ~80 bytes a page (the fonts make up nine tenths of a document).
 */
const CONTENT_LEVEL = 1;

/**
 * Keeps a page's content operators as text; when the page ends they are compressed once.
 * `onCompressed` sees the compressed stream (to move the page into another PDF later).
 */
export function bufferPageContent(
  ref: PdfRef,
  onCompressed?: (bytes: Uint8Array) => void,
): string[] {
  // What pdfkit wrote when it opened the page (its y-down transform), each ending in a newline.
  const ops: string[] = ref.buffer.map((b) => Buffer.from(b).toString('latin1').replace(/\n$/, ''));
  ref.buffer = [];
  ref.write = (chunk) => {
    ops.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('latin1'));
  };
  const finalize = ref.finalize.bind(ref);
  ref.finalize = () => {
    if (ops.length) {
      // pdfkit ends every operator with a newline; latin1 keeps its one-byte-per-char strings.
      const compressed = deflateLatin1(`${ops.join('\n')}\n`, CONTENT_LEVEL);
      onCompressed?.(compressed);
      ref.buffer = [compressed];
      ref.compress = false;
      ref.data.Filter = 'FlateDecode';
    }
    finalize();
  };
  // The page's operators so far, each without its newline: a kept drawing's are read from here.
  return ops;
}

/** Large enough that a print file's objects reach the disk in few writes. */
const SINK_CHUNK = 256 * 1024;

/**
 * pdfkit's text (object headers and dictionaries, the xref) since the last binary chunk, written
 * as bytes as it comes, one a character (latin1, as pdfkit encodes it): no string of it is kept
 * or joined.
 */
class LatinText implements PdfTextSink {
  private bytes = Buffer.allocUnsafe(16 * 1024);
  /** Bytes written since the last take(). */
  length = 0;
  /** Bytes written in all. */
  written = 0;

  add(text: string): void {
    const n = text.length;
    if (this.length + n > this.bytes.length) this.grow(this.length + n);
    if (n < 32) {
      const b = this.bytes;
      let at = this.length;
      for (let i = 0; i < n; i++) b[at++] = text.charCodeAt(i) & 0xff;
    } else this.bytes.write(text, this.length, 'latin1');
    this.length += n;
    this.written += n;
  }

  /** An xref entry: `offset` as 10 digits, then " 00000 n " and a newline (20 bytes). */
  addXrefEntry(offset: number): void {
    if (this.length + 20 > this.bytes.length) this.grow(this.length + 20);
    const b = this.bytes;
    let o = offset;
    for (let i = this.length + 9; i >= this.length; i--) {
      b[i] = 0x30 + (o % 10);
      o = Math.floor(o / 10);
    }
    this.length += 10;
    this.add(' 00000 n \n');
    this.written += 10;
  }

  /** What was written since the last take(), as its own bytes. */
  take(): Buffer {
    const out = Buffer.allocUnsafe(this.length);
    this.bytes.copy(out, 0, 0, this.length);
    this.length = 0;
    return out;
  }

  private grow(needed: number): void {
    let size = this.bytes.length * 2;
    while (size < needed) size *= 2;
    const bytes = Buffer.allocUnsafe(size);
    this.bytes.copy(bytes, 0, 0, this.length);
    this.bytes = bytes;
  }
}

interface Gathering {
  chunks: Uint8Array[];
  text: LatinText;
  pending: number;
  sink?: NodeJS.WritableStream;
  done?: () => void;
  failed?: (e: Error) => void;
}

/**
 * A pdfkit document that gathers its own bytes: an array of chunks (whole documents), or large
 * writes to a sink (print files). It never uses its Node stream side, which would need the event
 * loop to turn between documents to let go of them.
 */
export class GatheredPdf extends ObjectWritingDocumentClass {
  // Not class fields: pdfkit writes the header from its constructor, before fields would be set.
  declare private gathering?: Gathering;

  private state(): Gathering {
    this.gathering ??= { chunks: [], text: new LatinText(), pending: 0 };
    return this.gathering;
  }

  /** pdfkit's one way out for bytes. */
  override _write(data: string | Uint8Array): void {
    const g = this.state();
    let length: number;
    if (typeof data === 'string') {
      // One byte per character (latin1), as pdfkit encodes it: the offset is the text's length.
      g.text.add(data);
      g.text.add('\n');
      length = data.length + 1;
    } else {
      this.encodeText();
      g.chunks.push(data);
      length = data.length;
    }
    advanceOffset(this, length);
    g.pending += length;
    if (g.sink && g.pending >= SINK_CHUNK) this.flush();
  }

  /** An object's dictionary, written as pdfkit's _write(PDFObject.convert(data)) would. */
  override writeObjectData(data: unknown): void {
    const g = this.state();
    const before = g.text.written;
    writePdfObject(data, g.text);
    g.text.add('\n');
    const length = g.text.written - before;
    advanceOffset(this, length);
    g.pending += length;
    if (g.sink && g.pending >= SINK_CHUNK) this.flush();
  }

  /** An object's xref entry, as pdfkit's _write of its padded offset would write it. */
  override writeXrefEntry(offset: number): void {
    const g = this.state();
    g.text.addXrefEntry(offset);
    advanceOffset(this, 20);
    g.pending += 20;
    if (g.sink && g.pending >= SINK_CHUNK) this.flush();
  }

  private encodeText(): void {
    const g = this.state();
    if (g.text.length === 0) return;
    g.chunks.push(g.text.take());
  }

  private flush(): void {
    const g = this.state();
    this.encodeText();
    if (g.sink && g.chunks.length) g.sink.write(Buffer.concat(g.chunks));
    g.chunks = [];
    g.pending = 0;
  }

  /** pdfkit's last act is push(null), once every object is written. */
  override push(chunk: unknown): boolean {
    if (chunk !== null) throw new Error('GatheredPdf: unexpected stream chunk');
    const g = this.state();
    if (g.sink) {
      this.flush();
      g.sink.on('error', (e: Error) => g.failed?.(e));
      g.sink.end(() => g.done?.());
    } else g.done?.();
    return false;
  }

  /** Sends bytes to `sink` from now on (the header is held until the first large write). */
  pipeTo(sink: NodeJS.WritableStream): void {
    this.state().sink = sink;
  }

  /** Ends the document; resolves with its bytes (none when it went to a sink). */
  finish(): Promise<Uint8Array> {
    const g = this.state();
    return new Promise((resolve, reject) => {
      g.failed = reject;
      g.done = () => {
        if (g.sink) return resolve(new Uint8Array());
        this.encodeText();
        const all = Buffer.concat(g.chunks);
        resolve(new Uint8Array(all.buffer, all.byteOffset, all.length));
      };
      this.end();
    });
  }
}

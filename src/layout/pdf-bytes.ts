/**
 * Layout stage: how a pdfkit document's bytes are gathered, made cheap.
 * pdfkit turns every content operator into its own byte array (a JavaScript loop per character),
 * and pushes every object through a Node stream chunk by chunk. For a 4-page notice that is
 * thousands of small arrays and stream calls. Here a page's operators stay strings until the page
 * ends, then are encoded and compressed in one go; a document's objects are gathered in an array
 * (or handed to a file in large writes) instead of streamed. The bytes are the same as pdfkit's.
 */
import { deflateSync } from 'node:zlib';

interface ContentRef {
  write(chunk: string | Uint8Array): void;
  finalize(): void;
  buffer: Uint8Array[];
  compress: boolean;
  data: { Filter?: string };
}

/**
 * Keeps a page's content operators as text; when the page ends they are compressed once.
 * `onCompressed` sees the compressed stream (to move the page into another PDF later).
 */
export function bufferPageContent(content: unknown, onCompressed?: (bytes: Uint8Array) => void) {
  const ref = content as ContentRef;
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
      const compressed = new Uint8Array(deflateSync(Buffer.from(`${ops.join('\n')}\n`, 'latin1')));
      onCompressed?.(compressed);
      ref.buffer = [compressed];
      ref.compress = false;
      ref.data.Filter = 'FlateDecode';
    }
    finalize();
  };
}

interface WritableDoc {
  _write(data: string | Uint8Array): void;
  _offset: number;
  push(chunk: unknown): boolean;
  read(): Buffer | null;
}

/** Large enough that a print file's objects reach the disk in few writes. */
const SINK_CHUNK = 256 * 1024;

/**
 * Gathers the document's bytes itself. Without a sink, `bytes()` returns the whole document once
 * it has ended; with one, bytes go to the sink in large writes and `bytes()` returns nothing.
 */
export function gatherBytes(
  doc: unknown,
  sink?: NodeJS.WritableStream,
): { ended: Promise<void>; bytes(): Uint8Array } {
  const d = doc as WritableDoc;
  // The header pdfkit wrote when it was made waits in its stream buffer.
  let chunks: Uint8Array[] = [];
  for (let c = d.read(); c !== null; c = d.read()) chunks.push(c);
  let pending = 0;
  const flush = () => {
    if (sink && chunks.length) sink.write(Buffer.concat(chunks));
    chunks = [];
    pending = 0;
  };
  d._write = (data) => {
    const bytes = typeof data === 'string' ? Buffer.from(`${data}\n`, 'latin1') : data;
    chunks.push(bytes);
    d._offset += bytes.length;
    pending += bytes.length;
    if (sink && pending >= SINK_CHUNK) flush();
  };
  const ended = new Promise<void>((resolve, reject) => {
    // pdfkit's last act is push(null), once every object is written.
    d.push = (chunk: unknown) => {
      if (chunk !== null) throw new Error('pdf-bytes: unexpected stream chunk');
      if (!sink) {
        resolve();
        return false;
      }
      flush();
      sink.on('error', reject);
      sink.end(() => resolve());
      return false;
    };
  });
  return {
    ended,
    bytes: () => {
      if (sink) return new Uint8Array();
      const all = Buffer.concat(chunks);
      return new Uint8Array(all.buffer, all.byteOffset, all.length);
    },
  };
}

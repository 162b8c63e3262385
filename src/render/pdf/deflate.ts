/**
 * Render stage, PDF back end: page content compressed by one zlib stream per thread, reset
 * between pages, instead of a new one for each page.
 *
 * `zlib.deflateSync` builds a whole Node stream and a zlib state (~256 KB allocated and freed)
 * for every call, then closes it: for a page's few KB of operators that cost ~6x the compression
 * itself (24 KB of content at level 1: 266 µs against 41 µs, the same bytes), and a build of
 * 3,000 groups compresses ~80,000 pages. Node has no public way to reuse a synchronous zlib
 * stream, so this drives the stream's handle as `deflateSync` itself does (`_handle.writeSync`
 * with Z_FINISH, the output length in `_writeState`) and resets it (`deflateReset`): the same
 * zlib, options and input give the same bytes. Where those internals are not there (another Node
 * release), or a call does not finish in one pass, it falls back to `deflateSync`;
 * `test/render/deflate.test.ts` fails when the fast path is gone or its bytes differ.
 */
import { constants, createDeflate, deflateSync } from 'node:zlib';

/** What `deflateSync` drives on a zlib stream (node:zlib's `processChunkSync`). */
interface ZlibHandle {
  writeSync(
    flush: number,
    input: Uint8Array,
    inOffset: number,
    inLength: number,
    output: Uint8Array,
    outOffset: number,
    outLength: number,
  ): void;
  reset(): void;
}

interface Engine {
  handle: ZlibHandle;
  /** [output bytes left, input bytes left] after a writeSync. */
  state: Uint32Array;
  out: Buffer;
  input: Buffer;
  /** Destroyed (synchronously) when zlib reports an error: the engine is then dropped. */
  stream: { readonly destroyed: boolean };
}

const engines = new Map<number, Engine | null>();

function engineFor(level: number): Engine | undefined {
  let engine = engines.get(level);
  if (engine === undefined) {
    engine = null;
    const stream = createDeflate({ level }) as unknown as {
      _handle?: Partial<ZlibHandle>;
      _writeState?: unknown;
      readonly destroyed: boolean;
      on(event: 'error', listener: () => void): void;
    };
    const handle = stream._handle;
    if (
      typeof handle?.writeSync === 'function' &&
      typeof handle.reset === 'function' &&
      stream._writeState instanceof Uint32Array
    ) {
      const made: Engine = {
        handle: handle as ZlibHandle,
        state: stream._writeState,
        out: Buffer.allocUnsafe(64 * 1024),
        input: Buffer.allocUnsafe(64 * 1024),
        stream,
      };
      // zlib's errors destroy the stream (at once) and are emitted a tick later: heard here, so
      // that one is never an uncaught 'error' event; the call that met it falls back.
      stream.on('error', () => {});
      engine = made;
    }
    engines.set(level, engine);
  }
  return engine ?? undefined;
}

/** Whether this Node lets `deflateLatin1` reuse its stream (the contract test asks). */
export function reusesDeflateStream(level: number): boolean {
  return engineFor(level) !== undefined;
}

/**
 * `text` (one byte per character) compressed at `level`: the bytes `deflateSync` gives, in a
 * Uint8Array of their own.
 */
export function deflateLatin1(text: string, level: number): Uint8Array {
  const engine = engineFor(level);
  if (!engine) return new Uint8Array(deflateSync(Buffer.from(text, 'latin1'), { level }));
  if (engine.input.length < text.length) engine.input = Buffer.allocUnsafe(text.length * 2);
  const length = engine.input.write(text, 0, 'latin1');
  // Room for incompressible input and zlib's wrapper: larger than deflateBound.
  const room = length + (length >> 3) + 256;
  if (engine.out.length < room) engine.out = Buffer.allocUnsafe(room * 2);
  const { handle, state, out, input } = engine;
  handle.writeSync(constants.Z_FINISH, input, 0, length, out, 0, out.length);
  if (engine.stream.destroyed) {
    // The handle is closed: this level compresses by deflateSync from now on.
    engines.set(level, null);
    return new Uint8Array(deflateSync(input.subarray(0, length), { level }));
  }
  const outLeft = state[0] ?? 0;
  const inLeft = state[1] ?? 0;
  // Finished in one pass when output room is left and all input taken (the room is ample).
  const bytes =
    outLeft > 0 && inLeft === 0 ? new Uint8Array(out.subarray(0, out.length - outLeft)) : undefined;
  handle.reset();
  return bytes ?? new Uint8Array(deflateSync(input.subarray(0, length), { level }));
}

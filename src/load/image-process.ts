/**
 * Load stage: the campaign's pictures read by sharp (libvips) in a small child process
 * (image-process-child.cts) instead of this one. libvips, once loaded, stays mapped in a process
 * for good (~30 MB of RSS): a build that needs it only to check and prepare the logo at its
 * start would carry it through thousands of groups (bench/results.md "## the logo read in a
 * process of its own"). The child starts with the first picture asked for and ends a moment
 * after the last answer; it never keeps this process running. Should it fail to start, the same
 * code runs here.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Request } from './image-process-child.cjs';

/** A picture's format and size, as its header says. */
export interface ImageHeader {
  format?: string;
  width: number;
  height: number;
}

/** The child's file: beside this module in tsc's output and in the bundle (scripts/bundle.mjs). */
function childFile(): string {
  const here = import.meta.url;
  // From src/ (vitest, tsx), tsc's output of it: the tests' global setup builds dist/.
  const url = here.endsWith('.ts')
    ? new URL('../../dist/load/image-process-child.cjs', here)
    : new URL('./image-process-child.cjs', here);
  return fileURLToPath(url);
}

/**
 * How long the child waits for another picture after its last answer: a build asks for its
 * logo's check when the campaign loads and for the printed logo when its threads start, a
 * moment later.
 */
const IDLE_MS = 2_000;

type Reply = Record<string, unknown> & { failed?: true };
type Answer = (request: Request) => Promise<Reply>;
type Waiting = { resolve: (r: Reply) => void; reject: (e: Error) => void };
/** A request as asked, before it has its number: each kind of request without `id`. */
type Asked = Request extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

/** Said of a request whose child ended before answering it (asked again of a new child). */
const DIED = { died: true } as const;
type Outcome = Reply | typeof DIED;

/** One child process and the requests it has not answered yet. */
class ImageProcess {
  private readonly child: ChildProcess;
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 0;
  private ready = false;
  private idle: NodeJS.Timeout | undefined;
  /** No more requests go to it: it ended, or is ending for want of any. */
  closed = false;

  constructor() {
    this.child = fork(childFile(), [], {
      serialization: 'advanced',
      // Not this process's flags (a test runner's, the launcher's): a plain Node.
      execArgv: [],
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    });
    this.child.on('message', (reply: Reply & { id?: number; ready?: true }) => {
      if (reply.ready) this.ready = true;
      else this.answered(reply.id ?? -1, reply);
    });
    this.child.on('error', (e) => this.end(e.message));
    this.child.on('exit', (code, signal) =>
      this.end(`the image process ended (${signal ?? code})`),
    );
  }

  ask(request: Asked): Promise<Outcome> {
    return new Promise<Outcome>((resolve, reject) => {
      const id = this.nextId++;
      this.waiting.set(id, { resolve, reject });
      clearTimeout(this.idle);
      this.child.ref();
      this.child.channel?.ref();
      // The channel may have closed a moment before its exit is seen: asked again elsewhere.
      const lost = () => {
        if (this.waiting.delete(id)) resolve(DIED);
        this.closed = true;
      };
      try {
        this.child.send({ ...request, id } as Request, (e) => {
          if (e) lost();
        });
      } catch {
        lost();
      }
    });
  }

  private answered(id: number, reply: Reply): void {
    const entry = this.waiting.get(id);
    this.waiting.delete(id);
    entry?.resolve(reply);
    if (this.waiting.size === 0) this.idleUntilExit();
  }

  /** Nothing asked: this process may end without waiting for the child, which ends soon. */
  private idleUntilExit(): void {
    this.child.unref();
    this.child.channel?.unref();
    clearTimeout(this.idle);
    this.idle = setTimeout(() => {
      if (this.waiting.size > 0) return;
      this.closed = true;
      if (this.child.connected) this.child.disconnect();
    }, IDLE_MS);
    this.idle.unref();
  }

  private end(why: string): void {
    this.closed = true;
    clearTimeout(this.idle);
    if (!this.ready) cannotStart = true;
    const lost = [...this.waiting.values()];
    this.waiting.clear();
    // Before it was ready it could not start (no sharp there): the pictures are read here, and
    // no other child is tried. Once ready, it ended while reading (the system stopped it, or
    // libvips crashed on a picture): each request is asked once more of a new child.
    for (const { resolve, reject } of lost) {
      if (this.ready) resolve(DIED);
      else reject(new Error(why));
    }
  }
}

let current: ImageProcess | undefined;
/** A child could not start here (no sharp beside it, no process to spare): none is tried again. */
let cannotStart = false;

/**
 * The same answers, computed in this process (libvips loaded here), when no child can start.
 * A sharp that cannot load throws: an internal error, not a picture refused.
 */
let inProcessAnswer: Answer | undefined;
function answerHere(request: Request): Promise<Reply> {
  inProcessAnswer ??= (createRequire(import.meta.url)(childFile()) as { answer: Answer }).answer;
  return inProcessAnswer(request);
}

/** One try in a child: its answer, DIED, or a rejection when none could start. */
function askChild(request: Asked): Promise<Outcome> {
  if (!current || current.closed) current = new ImageProcess();
  return current.ask(request);
}

async function ask(request: Asked): Promise<Reply> {
  if (!cannotStart) {
    try {
      const first = await askChild(request);
      if (!('died' in first)) return first;
      // Its child ended while it waited; a second that ends too was ended by this picture.
      const second = await askChild(request);
      return 'died' in second ? { failed: true } : second;
    } catch {
      // No child could start: read here.
    }
  }
  return answerHere({ ...request, id: -1 } as Request);
}

/** The picture's header, or undefined when libvips cannot read one. */
export async function imageHeader(bytes: Uint8Array): Promise<ImageHeader | undefined> {
  const reply = await ask({ op: 'header', bytes });
  if (reply.failed) return undefined;
  return {
    format: reply.format as string | undefined,
    width: Number(reply.width),
    height: Number(reply.height),
  };
}

/**
 * Whether the picture's pixels decode (its header may read while they do not: a damaged file);
 * an SVG rendered at `density`.
 */
export async function imageDecodes(bytes: Uint8Array, density?: number): Promise<boolean> {
  return !(await ask({ op: 'decodes', bytes, density })).failed;
}

/** How a picture is printed: see images.ts. */
export interface PngOptions {
  /** An SVG's rendering density (pixels for 72 of its units); none for a raster picture. */
  density?: number;
  /** The longest side in pixels; a smaller picture is not enlarged. */
  maxSide: number;
  /**
   * Keep its transparency (a signature, a seal), flatten it on white, or keep it only when some
   * pixel is not opaque (a logo: a round emblem on the poster's coloured band).
   */
  transparent: boolean | 'if-any';
}

/** The picture as sRGB PNG bytes as options say, or undefined when its pixels cannot be read. */
export async function imagePng(
  bytes: Uint8Array,
  options: PngOptions,
): Promise<Uint8Array | undefined> {
  const reply = await ask({ op: 'png', bytes, ...options });
  return reply.failed ? undefined : (reply.png as Uint8Array);
}

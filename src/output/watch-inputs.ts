/**
 * Output stage: watch a ward's inputs (files and folders) and say, once things settle, which
 * of them changed. For `build --watch` (and `serve`, to reload its inputs); the paths come from
 * input-paths.ts and are asked for again after each rebuild or reload (`update`).
 *
 * A file is watched through its folder, not by itself: editors save by writing a new file and
 * renaming it over the old one, which ends a watch on the old file. Only events on the paths
 * asked for count (the folder may hold the output folder, which the build itself writes).
 * Events within `debounceMs` of each other are one change: a save is several events, and a
 * "save all" several files.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { type FSWatcher, watch } from 'chokidar';

export interface InputWatch {
  /** The paths watched now, as given. */
  readonly paths: readonly string[];
  /**
   * Watches these paths instead (after a rebuild or reload the inputs may name other files): the
   * new watch is in place before the old one ends, so no change in between is missed.
   */
  update(paths: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

export interface WatchOptions {
  /** Quiet time after the last event before onChange is called (default 150 ms). */
  debounceMs?: number;
  /** Told when the file system reports a problem with a watch (default: ignored). */
  onError?: (e: unknown) => void;
}

interface Input {
  given: string;
  abs: string;
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((p) => b.includes(p));

/**
 * Calls `onChange` with the input paths (as given) that changed; a folder's path stands for any
 * file inside it. Resolves, once every watch is in place, to the watch.
 */
export async function watchInputs(
  paths: readonly string[],
  onChange: (changed: string[]) => void,
  opts: WatchOptions = {},
): Promise<InputWatch> {
  const debounceMs = opts.debounceMs ?? 150;
  let inputs: Input[] = [];
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const inputOf = (file: string) =>
    inputs.find((i) => file === i.abs || file.startsWith(i.abs + sep))?.given;
  const onEvent = (_event: string, file: string) => {
    const input = inputOf(resolve(file));
    if (input === undefined) return;
    pending.add(input);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const changed = [...pending];
      pending.clear();
      onChange(changed);
    }, debounceMs);
  };
  let watchers: FSWatcher[] = [];
  let closed = false;
  // The inputs that existed when the watch began: chokidar does not look inside a folder made
  // later (a new templates folder), so a path that came or went is watched afresh.
  let existed = new Set<string>();
  const existing = (given: readonly string[]) =>
    new Set(given.map((p) => resolve(p)).filter((p) => existsSync(p)));
  const start = async (given: readonly string[]): Promise<void> => {
    const next = given.map((p) => ({ given: p, abs: resolve(p) }));
    const nowExisting = existing(given);
    // While both watches run, a change to an old or a new path counts.
    const before = inputs;
    inputs = [...before, ...next];
    const mine = (p: string) => next.some((i) => p === i.abs || p.startsWith(i.abs + sep));
    // A path's folder, watched one level deep, sees it replaced, created or deleted; a folder
    // input is watched to any depth.
    const folders = new Set(next.map((i) => dirname(i.abs)));
    const started = [
      watch([...folders], {
        ignoreInitial: true,
        depth: 0,
        ignored: (p) => !folders.has(p) && !mine(p),
      }),
      watch(
        next.map((i) => i.abs),
        { ignoreInitial: true, ignored: (p) => !mine(p) },
      ),
    ];
    for (const w of started) {
      w.on('all', onEvent);
      if (opts.onError) w.on('error', opts.onError);
    }
    await Promise.all(started.map((w) => new Promise<void>((ok) => w.once('ready', () => ok()))));
    const old = watchers;
    inputs = next;
    watchers = started;
    existed = nowExisting;
    await Promise.all(old.map((w) => w.close()));
  };
  await start(paths);
  // One update at a time, in the order asked.
  let updating = Promise.resolve();
  const watched = () => inputs.map((i) => i.given);
  return {
    get paths() {
      return watched();
    },
    update(next) {
      updating = updating
        .catch(() => {})
        .then(async () => {
          if (closed) return;
          if (!sameSet(next, watched()) || !sameSet([...existing(next)], [...existed]))
            await start(next);
        });
      return updating;
    },
    async close() {
      closed = true;
      await updating.catch(() => {});
      clearTimeout(timer);
      await Promise.all(watchers.map((w) => w.close()));
    },
  };
}

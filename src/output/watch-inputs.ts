/**
 * Output stage: watch a ward's inputs (files and folders) and say, once things settle, which
 * of them changed. For `build --watch` (and `serve`, to reload its inputs).
 *
 * A file is watched through its folder, not by itself: editors save by writing a new file and
 * renaming it over the old one, which ends a watch on the old file. Only events on the paths
 * asked for count (the folder may hold the output folder, which the build itself writes).
 * Events within `debounceMs` of each other are one change: a save is several events, and a
 * "save all" several files.
 */
import { dirname, resolve, sep } from 'node:path';
import { type FSWatcher, watch } from 'chokidar';

export type CloseWatch = () => Promise<void>;

export interface WatchOptions {
  /** Quiet time after the last event before onChange is called (default 150 ms). */
  debounceMs?: number;
  /** Told when the file system reports a problem with a watch (default: ignored). */
  onError?: (e: unknown) => void;
}

/**
 * Calls `onChange` with the input paths (as given) that changed; a folder's path stands for any
 * file inside it. Resolves, once every watch is in place, to the function that stops watching.
 */
export async function watchInputs(
  paths: readonly string[],
  onChange: (changed: string[]) => void,
  opts: WatchOptions = {},
): Promise<CloseWatch> {
  const debounceMs = opts.debounceMs ?? 150;
  const inputs = paths.map((p) => ({ given: p, abs: resolve(p) }));
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
  // A path's folder, watched one level deep, sees it replaced, created or deleted; a folder
  // input is watched to any depth.
  const watchers: FSWatcher[] = [];
  const folders = new Set(inputs.map((i) => dirname(i.abs)));
  watchers.push(
    watch([...folders], {
      ignoreInitial: true,
      depth: 0,
      ignored: (p) => !folders.has(p) && inputOf(p) === undefined,
    }),
  );
  const inside = inputs.map((i) => i.abs);
  watchers.push(
    watch(inside, {
      ignoreInitial: true,
      ignored: (p) => inputOf(p) === undefined,
    }),
  );
  for (const w of watchers) {
    w.on('all', onEvent);
    if (opts.onError) w.on('error', opts.onError);
  }
  await Promise.all(watchers.map((w) => new Promise<void>((ok) => w.once('ready', () => ok()))));
  return async () => {
    clearTimeout(timer);
    await Promise.all(watchers.map((w) => w.close()));
  };
}

/**
 * Studio: one change at a time per file. Two requests that read a file, change it and write it
 * back (a double click, two tabs) would otherwise both read the old content and the second
 * write would undo the first.
 */

const turns = new Map<string, Promise<unknown>>();

/** Runs `change` after the earlier changes of `key` have ended (whether they failed or not). */
export function inTurn<T>(key: string, change: () => Promise<T>): Promise<T> {
  const before = turns.get(key) ?? Promise.resolve();
  const run = before.then(change);
  const settled = run.catch(() => undefined);
  turns.set(key, settled);
  void settled.then(() => {
    if (turns.get(key) === settled) turns.delete(key);
  });
  return run;
}

/**
 * Output stage: at most `n` of the functions given run at once, the others in the order they
 * came — how many tasks a pool of threads is handed at a time, so that one asked for later (a
 * page someone waits for) is not queued behind all of a long job's.
 */
export interface Turns {
  /**
   * Runs `f` in its turn; when `stop` has been aborted by then, `f` never runs and the result
   * is a `NotStarted` rejection (a stopped build's groups still waiting: nothing drawn for them).
   */
  run<R>(f: () => Promise<R>, stop?: AbortSignal): Promise<R>;
}

/** A task its build stopped before it began: nothing of it was made. */
export class NotStarted extends Error {
  constructor() {
    super('not started: the build was stopped');
  }
}

export function turns(n: number): Turns {
  let running = 0;
  const waiting: (() => void)[] = [];
  return {
    async run(f, stop) {
      const waited = running >= n;
      if (waited) await new Promise<void>((go) => waiting.push(go));
      if (stop?.aborted) {
        // The turn it was given passes on at once to the next waiting (another build's, a page's).
        if (waited) waiting.shift()?.();
        throw new NotStarted();
      }
      running++;
      try {
        return await f();
      } finally {
        running--;
        waiting.shift()?.();
      }
    },
  };
}

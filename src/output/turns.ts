/**
 * Output stage: at most `n` of the functions given run at once, the others in the order they
 * came — how many tasks a pool of threads is handed at a time, so that one asked for later (a
 * page someone waits for) is not queued behind all of a long job's.
 */
export interface Turns {
  run<R>(f: () => Promise<R>): Promise<R>;
}

export function turns(n: number): Turns {
  let running = 0;
  const waiting: (() => void)[] = [];
  return {
    async run(f) {
      if (running >= n) await new Promise<void>((go) => waiting.push(go));
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

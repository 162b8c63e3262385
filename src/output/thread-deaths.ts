/**
 * Whether a piscina task failed because its worker thread died under it, not by its own fault:
 * the thread could not load its code (the program's files replaced under it), ran out of memory,
 * exited, or the pool was closed around it. piscina fails the thread's tasks with the error the
 * thread died of, the same object its worker emitted as 'error': those objects are kept here as
 * each thread starts, so that such a task's failure can be told from a task's own error.
 * Shared by a build's own threads (pool.ts) and the servers' document pool (serve/pool-renderer.ts).
 */
import type { Piscina } from 'piscina';

/** A failure that names the thread's end itself (piscina's own errors, or out of memory). */
export const threadEnded = (e: unknown): boolean =>
  e instanceof Error &&
  (e.name === 'AbortError' ||
    (e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY' ||
    /^(Terminating worker thread|worker exited with code)/.test(e.message));

export class ThreadDeaths {
  readonly #died = new WeakSet<object>();
  readonly #heard = new WeakSet<object>();

  /**
   * Hears each of `pool`'s threads as it starts. piscina rejects a dead thread's tasks in a
   * microtask after the thread's synchronous 'error' listeners ran, so the error is known here
   * by then.
   */
  hear(pool: Piscina): void {
    pool.on('workerCreate', () => {
      for (const thread of pool.threads) {
        if (this.#heard.has(thread)) continue;
        this.#heard.add(thread);
        thread.on('error', (e: unknown) => {
          if (typeof e === 'object' && e !== null) this.#died.add(e);
        });
      }
    });
  }

  /** Whether `e`, a task's failure, is its thread's end. */
  of(e: unknown): boolean {
    return threadEnded(e) || (typeof e === 'object' && e !== null && this.#died.has(e));
  }
}

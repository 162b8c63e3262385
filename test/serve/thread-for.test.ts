/**
 * The serve pool's balancer (pool-renderer.ts `threadFor`), as piscina calls it: a thread is
 * `{ id, currentUsage, isRunningAbortableTask }`; null makes the task wait at the head of
 * piscina's queue, where it holds up every task behind it.
 */
import { describe, expect, it } from 'vitest';
import { threadFor } from '../../src/serve/pool-renderer.js';

const thread = (id: number, currentUsage: number) => ({
  id,
  currentUsage,
  isRunningAbortableTask: false,
});
const PER_THREAD = 2;

describe("the serve pool's balancer", () => {
  it('keeps a long job on its own thread while that thread has room', () => {
    const threads = [thread(1, 1), thread(2, 0)];
    expect(threadFor(true, threads, { perThread: PER_THREAD, home: 1, canGrow: false })?.id).toBe(
      1,
    );
  });

  it('starts a long job on the busiest thread with room, and moves it when its thread is full', () => {
    const threads = [thread(1, 0), thread(2, 1)];
    expect(threadFor(true, threads, { perThread: PER_THREAD, canGrow: false })?.id).toBe(2);
    const full = [thread(1, PER_THREAD), thread(2, 0)];
    expect(threadFor(true, full, { perThread: PER_THREAD, home: 1, canGrow: false })?.id).toBe(2);
  });

  it("gives a leader's document an idle thread other than the long job's", () => {
    const threads = [thread(1, 0), thread(2, 0)];
    expect(threadFor(false, threads, { perThread: PER_THREAD, home: 1, canGrow: false })?.id).toBe(
      2,
    );
  });

  it('lets a new thread start for a leader when the pool may grow', () => {
    const threads = [thread(1, 1)];
    expect(threadFor(false, threads, { perThread: PER_THREAD, home: 1, canGrow: true })).toBeNull();
  });

  it('never refuses a task while a thread has room and the pool cannot grow', () => {
    // Both threads busy with one task each: a refusal would queue this leader (and everything
    // after it) until a thread is wholly free.
    const threads = [thread(1, 1), thread(2, 1)];
    const leader = threadFor(false, threads, { perThread: PER_THREAD, home: 1, canGrow: false });
    expect(leader).not.toBeNull();
    const background = threadFor(true, [thread(1, PER_THREAD), thread(2, 1)], {
      perThread: PER_THREAD,
      home: 1,
      canGrow: false,
    });
    expect(background?.id).toBe(2);
  });

  it('refuses only when every thread is full', () => {
    const threads = [thread(1, PER_THREAD), thread(2, PER_THREAD)];
    for (const background of [true, false])
      expect(
        threadFor(background, threads, { perThread: PER_THREAD, home: 1, canGrow: false }),
      ).toBeNull();
  });

  it('leaves a thread running an abortable task alone', () => {
    const busy = { ...thread(2, 0), isRunningAbortableTask: true };
    expect(
      threadFor(false, [thread(1, 1), busy], { perThread: PER_THREAD, home: 1, canGrow: false })
        ?.id,
    ).toBe(1);
  });
});

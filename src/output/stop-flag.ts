/**
 * Output stage: a build's stop as the threads that draw its groups can read it. An AbortSignal
 * stays in the thread that made it; a SharedArrayBuffer crosses to piscina's workers with each
 * job (GroupJob.stop), so a job already handed to a thread, or started, sees the stop before its
 * next document. Apart from render-job.ts, so that the build reads it without loading the drawing.
 */

/** A flag that turns to 1 when `signal` aborts, for GroupJob.stop; none without a signal. */
export function stopFlag(signal: AbortSignal | undefined): Int32Array | undefined {
  if (!signal) return undefined;
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const set = () => Atomics.store(flag, 0, 1);
  if (signal.aborted) set();
  else signal.addEventListener('abort', set, { once: true });
  return flag;
}

/** Whether the job's build has stopped. */
export const stopRequested = (job: { stop?: Int32Array }): boolean =>
  job.stop !== undefined && Atomics.load(job.stop, 0) === 1;

/**
 * Where a build's groups are drawn (src/output/pool.ts): on a command line the main thread draws
 * groups beside its workers; in a server (the studio's builds, `mainThreadDraws: false`) a build
 * on threads sends every group to a worker thread, so the main thread's event loop answers the
 * office's pages while the build runs (qa14: a logo upload waited behind the groups). Seen
 * by the thread each group's result comes from, through the real pool and its worker threads.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadBuildInputs } from '../../src/output/inputs.js';
import { inputsRead } from '../../src/output/inputs-read.js';
import { createRunner } from '../../src/output/pool.js';
import type { GroupJob } from '../../src/output/render-job.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

/** The thread each of the example's first eight groups came back from, sent all at once. */
async function threadsOf(jobs: number, mainThreadDraws?: boolean): Promise<number[]> {
  const spec = { campaign: EXAMPLE_CAMPAIGN, groups: EXAMPLE_GROUPS };
  const inputs = await loadBuildInputs(spec, []);
  const out = await makeTempDir('phuong-print-pool-');
  const runner = await createRunner(jobs, inputs, { mainThreadDraws });
  try {
    const sent = inputs.groups.slice(0, 8).map((g) => {
      // Nothing to draw: where the job runs is the point.
      const job: GroupJob = {
        spec,
        kinds: [],
        read: inputsRead(inputs),
        out,
        groupId: g.id,
        items: [],
      };
      return runner.run(job);
    });
    return (await Promise.all(sent)).map((r) => r.thread);
  } finally {
    await runner.close();
  }
}

describe('where a build draws its groups', () => {
  it('on the command line, the main thread (thread 0) takes groups beside its worker', async () => {
    expect(await threadsOf(2)).toContain(0);
  });

  // The main thread sends a worker its next job only between its own groups: a worker holding
  // two finished them and waited 15–18 % of a 300-group build (docs/architecture.md, the tricks table).
  it('on the command line, the worker is handed four groups before the main thread takes one', async () => {
    const threads = await threadsOf(2);
    expect(threads.slice(0, 4).every((t) => t !== 0)).toBe(true);
    expect(threads).toContain(0);
  });

  it('in a server, a build on threads draws every group on its worker threads', async () => {
    const threads = await threadsOf(2, false);
    expect(threads).toHaveLength(8);
    expect(threads).not.toContain(0);
  });
});

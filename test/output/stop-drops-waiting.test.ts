/**
 * A stopped build (Ctrl-C on `build`, or on the studio's console) draws none of the groups still
 * waiting for a thread: only those being drawn when the stop came go on, to the end of the
 * document being drawn (stop-soon.test.ts), and the build says how many groups it left. Before, every group of the build's window (four a thread) was drawn first:
 * the stop waited seconds for documents the office had stopped.
 */
import { cp, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from '../../src/output/build.js';
import type { GroupThreads } from '../../src/output/pool.js';
import { createDocumentPool } from '../../src/serve/pool-renderer.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { wardCsv } from '../support/ward.js';

afterAll(removeTempDirs);

const CAMPAIGN = join(import.meta.dirname, '..', 'fixtures', 'qa40', 'd-pccc.yaml');
const GROUPS = 12;

/** Builds the flyers of a 12-group ward, stopped when its first group is done. */
async function stoppedAtFirstGroup(
  how: { jobs?: number; groupThreads?: GroupThreads },
  kinds = ['flyer'],
) {
  const dir = await makeTempDir('phuong-print-stop-');
  await cp(CAMPAIGN, join(dir, 'campaign.yaml'));
  await writeFile(join(dir, 'groups.csv'), wardCsv(GROUPS));
  const out = join(dir, 'out');
  const stop = new AbortController();
  const result = await build({
    campaign: join(dir, 'campaign.yaml'),
    groups: join(dir, 'groups.csv'),
    out,
    kinds,
    ...how,
    mainThreadDraws: false,
    signal: stop.signal,
    onProgress: (p) => {
      if (p.done >= 1) stop.abort();
    },
  });
  // The groups made whole: a group the stop came to half-way keeps the documents it made
  // (stop-soon.test.ts), and is not one made.
  const folders = (await readdir(out)).filter((f) => f.startsWith('to-dan-pho-so-'));
  const sizes = await Promise.all(folders.map(async (f) => (await readdir(join(out, f))).length));
  // Whole: as many files as the first group's, made before the stop (a poster is two sizes).
  const made = sizes.filter((n) => n === Math.max(...sizes)).length;
  return { result, made, out };
}

describe('a build stopped after its first group', () => {
  it("on the studio's threads (one): draws the group being drawn, none of those waiting", async () => {
    const pool = createDocumentPool({ threads: 1, minThreads: 1 });
    try {
      const { result, made } = await stoppedAtFirstGroup({ groupThreads: pool.groupJobs });
      expect(result.interrupted).toBe(true);
      // The first, and at most the one the thread took when it was free (the stop flag reaches
      // that one too, before its first document, when the stop comes first): not the window's
      // two more.
      expect(made).toBeGreaterThanOrEqual(1);
      expect(made).toBeLessThanOrEqual(2);
      expect(result.left).toEqual({ groups: GROUPS - made, total: GROUPS });
    } finally {
      await pool.close();
    }
  });

  it("on a build's own threads (--jobs 2): draws those the threads hold, none of those waiting", async () => {
    const { result, made } = await stoppedAtFirstGroup({ jobs: 2 });
    expect(result.interrupted).toBe(true);
    // The first, the three the two threads held (two each), and one for each group that ended
    // before the stop was heard (a thread is sent the next job at once): never the whole window
    // of eight, which every stop drew before (the bound is loose: how many groups end in that
    // moment depends on the machine's load; 4 to 6 were seen).
    expect(made).toBeLessThan(8);
    expect(result.left).toEqual({ groups: GROUPS - made, total: GROUPS });
  });

  it('on the main thread alone (--jobs 1): draws no more than its window, leaves no half file', async () => {
    const { result, made, out } = await stoppedAtFirstGroup({ jobs: 1 }, [
      'notice',
      'flyer',
      'poster',
    ]);
    expect(result.interrupted).toBe(true);
    expect(result.threads).toBe(1);
    // The main thread's turns (the group drawn, the one laid out while its files are written)
    // and those that ended before the stop was heard: within the window of four, never the 12.
    expect(made).toBeLessThanOrEqual(4);
    expect(result.left).toEqual({ groups: GROUPS - made, total: GROUPS });
    // No half file: no temporary file, no print file.
    const all = await readdir(out, { recursive: true });
    expect(all.filter((f) => /\.tmp|\.part/.test(f))).toEqual([]);
    expect(all.filter((f) => f.startsWith('print/'))).toEqual([]);
  });
});

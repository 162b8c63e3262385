/**
 * A `--group` build stopped once the groups asked are made (review s54 #7): the other groups were
 * still lending their pages to the print files. It said "0/N tổ chưa được tạo … chạy lại đúng
 * lệnh này" (none left) as an interrupted build. Now it is not interrupted: the groups asked are
 * made, the print files alone are not remade (no half file), and the build says so.
 */
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { build } from '../../src/output/build.js';
import type { GroupThreads } from '../../src/output/pool.js';
import { NotStarted } from '../../src/output/turns.js';
import { createDocumentPool } from '../../src/serve/pool-renderer.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { leaderName, wardCsv } from '../support/ward.js';

afterAll(removeTempDirs);

const CAMPAIGN = join(import.meta.dirname, '..', 'fixtures', 'qa40', 'd-pccc.yaml');
const GROUPS = 6;

it('stopped after its one group is made: not interrupted, the print files not remade', async () => {
  const dir = await makeTempDir('phuong-print-stop-group-');
  await cp(CAMPAIGN, join(dir, 'campaign.yaml'));
  const groups = join(dir, 'groups.csv');
  await writeFile(groups, wardCsv(GROUPS));
  const out = join(dir, 'out');
  const opts = { campaign: join(dir, 'campaign.yaml'), groups, out, kinds: ['flyer'], jobs: 1 };
  const first = await build({ ...opts, mainThreadDraws: false });
  expect(first.interrupted).toBe(false);
  const printed = await readdir(join(out, 'print'));
  const before = new Map(
    await Promise.all(
      printed.map(async (f) => [f, await readFile(join(out, 'print', f))] as const),
    ),
  );
  // Tổ 1's leader changes; the kept pages go, so the other groups are drawn for the print file.
  await writeFile(
    groups,
    wardCsv(GROUPS, (i) => (i === 1 ? 'Trịnh Văn Mới' : leaderName(i))),
  );
  await rm(join(out, '.cache', 'print-pages'), { recursive: true, force: true });
  const stop = new AbortController();
  // The groups lending their pages wait for a thread until tổ 1 is made (on a busy machine, or
  // a ward of thousands, they are still drawn when the office stops the build).
  const pool = createDocumentPool({ threads: 1, minThreads: 1 });
  const threads: GroupThreads = {
    threads: 1,
    run: async (job, signal) => {
      if (job.groupId !== '1') {
        for (let n = 0; n < 100 && !signal?.aborted; n++)
          await new Promise((f) => setTimeout(f, 20));
        if (signal?.aborted) throw new NotStarted();
      }
      const shared = pool.groupJobs;
      if (!shared) throw new Error('a pool of one thread has its group jobs');
      return shared.run(job, signal);
    },
  };
  const r = await build({
    ...opts,
    groupIds: ['1'],
    groupThreads: threads,
    signal: stop.signal,
    onProgress: (p) => {
      if (p.done >= 1) stop.abort();
    },
  }).finally(() => pool.close());
  expect(r.interrupted).toBe(false);
  expect(r.printCut).toBe(true);
  expect(r.left).toEqual({ groups: 0, total: 1 });
  // The print files as they were: none half made, no temporary file left.
  expect((await readdir(join(out, 'print'))).sort()).toEqual([...printed].sort());
  for (const [f, bytes] of before)
    expect((await readFile(join(out, 'print', f))).equals(bytes), f).toBe(true);
});

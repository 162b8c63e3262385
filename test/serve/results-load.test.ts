/**
 * The figures under load and through a crash, over real HTTP: 50 leaders submitting at once (each
 * tapping "Lưu lại" twice) → every submission stored once; `kill -9` of the serve process while
 * leaders are submitting → the store opens clean and holds every figure the server acknowledged
 * (answered 303), because each submission is one transaction and SQLite writes with
 * synchronous=FULL. The first runs on PostgreSQL too when PHUONG_PRINT_TEST_PG_URL is set.
 */
import { writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { campaignKey } from '../../src/results/campaign-key.js';
import { readHistory, readLatest } from '../../src/results/results-store.js';
import { formToken } from '../../src/serve/results-form.js';
import { DEV_SECRET, groupToken } from '../../src/serve/tokens.js';
import { loadWard } from '../../src/serve/ward.js';
import { openStore } from '../../src/store/open-store.js';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';
import { BACKENDS, dropTestDatabases } from '../support/stores.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { wardCsv } from '../support/ward.js';
import { SECRET, spawnServe, startServer } from './server.js';

afterAll(async () => {
  await dropTestDatabases();
  await removeTempDirs();
});

const LEADERS = 50;
/** Leaders in the crash test: enough that many are still sending when the server dies. */
const CRASH_LEADERS = 200;

/**
 * A leader's first form, as their page gives it (results-form.ts: bound to the group and to base
 * 0, no figures yet), posted from a loopback address of its own: leaders come from many
 * addresses, and one address may hold only so many connections.
 */
function postFirstForm(
  base: string,
  secret: string,
  campaign: string,
  groupId: string,
  figure: number,
  from: number,
): Promise<number> {
  const body = new URLSearchParams({
    form: formToken(secret, campaign, groupId, 0),
    base: '0',
    so_tham_gia: String(figure),
  }).toString();
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: hostname,
        port,
        method: 'POST',
        path: `/g/${groupToken(secret, groupId)}/ket-qua`,
        localAddress: `127.0.${Math.floor(from / 250)}.${(from % 250) + 2}`,
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': Buffer.byteLength(body),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function wardFiles(leaders = LEADERS) {
  const dir = await makeTempDir();
  const groups = join(dir, 'groups.csv');
  await writeFile(groups, wardCsv(leaders));
  return { dir, groups };
}

describe.each(BACKENDS)('figures under load ($name)', ({ open }) => {
  it('50 leaders at once, each sending twice: every submission stored once', async () => {
    const { groups } = await wardFiles();
    const ward = await loadWard({ campaign: EXAMPLE_CAMPAIGN, groups });
    const store = await open();
    const campaign = campaignKey(ward.campaign);
    const server = await startServer({
      ward,
      rateLimit: 10_000,
      results: { db: store.db, campaign, measures: ward.campaign.measures },
    });
    try {
      const ids = ward.groups.map((g) => g.id);
      // Each leader's form sent twice at once (a double tap), all leaders together.
      const statuses = await Promise.all(
        ids.flatMap((id, i) => [
          postFirstForm(server.url, SECRET, campaign, id, 10 + i, 2 * i),
          postFirstForm(server.url, SECRET, campaign, id, 10 + i, 2 * i + 1),
        ]),
      );
      expect(statuses.every((s) => s === 303)).toBe(true);
      const latest = await readLatest(store.db, campaign);
      expect(latest.size).toBe(LEADERS);
      for (const [i, id] of ids.entries()) {
        expect(latest.get(id)?.get('tham_gia')?.value).toBe(10 + i);
        expect(await readHistory(store.db, campaign, id)).toHaveLength(1);
      }
      const count = await store.db
        .selectFrom('result_submissions')
        .select(sql<number>`count(*)`.as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(count.n)).toBe(LEADERS);
    } finally {
      await server.app.close();
      await store.close();
    }
  });
});

describe('figures through a crash', () => {
  it('kill -9 mid-load: the store opens clean and holds every acknowledged figure', async () => {
    const { dir, groups } = await wardFiles(CRASH_LEADERS);
    const data = join(dir, 'data');
    const { child, base, exited } = await spawnServe(EXAMPLE_CAMPAIGN, groups, join(dir, 'cache'), [
      '--data',
      data,
      '--rate-limit',
      '100000',
    ]);
    const campaign = campaignKey((await loadWard({ campaign: EXAMPLE_CAMPAIGN, groups })).campaign);
    // Acknowledged: the groups whose figure the server answered 303 for.
    const acked = new Set<string>();
    const load = Promise.all(
      Array.from({ length: CRASH_LEADERS }, (_, k) => {
        const id = String(k + 1);
        return postFirstForm(base, DEV_SECRET, campaign, id, 100 + k, k).then(
          (status) => {
            if (status === 303) acked.add(id);
          },
          () => undefined, // the server is gone
        );
      }),
    );
    // Killed while submissions are still arriving (and killed whatever happens: no stray server).
    try {
      await expect
        .poll(() => acked.size, { timeout: 60_000, interval: 5 })
        .toBeGreaterThanOrEqual(5);
    } finally {
      child.kill('SIGKILL');
    }
    await exited;
    await load;
    expect(acked.size).toBeLessThan(CRASH_LEADERS);

    const raw = new Database(join(data, 'phuong-print.sqlite'));
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    raw.close();
    const store = await openStore({ dataDir: data });
    const latest = await readLatest(store.db, campaign);
    await store.close();
    for (const id of acked) {
      expect(latest.get(id)?.get('tham_gia')?.value).toBe(100 + Number(id) - 1);
    }
    // Nothing half-written: a stored submission has its figure.
    for (const [id, figures] of latest)
      expect(figures.get('tham_gia')?.value).toBe(99 + Number(id));
  });
});

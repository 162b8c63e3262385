/**
 * A backup carries no open sessions (qa32 m4): a browser signed in on the old computer is not
 * signed in on a copy unzipped by hand from its backup, nor on one put back by `restore`; the
 * users and their passwords come along, so signing in again works.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupDataFolder, backupStore } from '../../src/store/backup.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { UTF8_ENV } from '../support/exec.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { Client, restartStudio, signedInStudio, type TestStudio } from './studio.js';

describe('a backup and the sessions open when it was made', () => {
  let s: TestStudio;
  let c: Client;
  const others: { close(): Promise<unknown> }[] = [];
  beforeAll(async () => {
    ({ s, c } = await signedInStudio());
    expect((await c.get('/')).status).toBe(200);
  });
  afterAll(async () => {
    for (const o of others.reverse()) await o.close();
    await s.close();
    await removeTempDirs();
  });

  /** The studio on `dataDir` (its store opened there), and the old browser's cookies on it. */
  async function moved(dataDir: string): Promise<Client> {
    const store: Store = await openStore({ dataDir });
    const { app, url } = await restartStudio({ ...s, dataDir, store });
    others.push(store, app);
    const old = new Client(url);
    for (const [k, v] of c.cookies) old.cookies.set(k, v);
    return old;
  }

  it('unzipped by hand: the old browser is asked to sign in, and can', async () => {
    const zip = join(await makeTempDir('phuong-print-bk-'), 'sao-luu.zip');
    await backupDataFolder(s.dataDir, zip);
    const dir = await makeTempDir('phuong-print-unzipped-');
    execFileSync('unzip', ['-q', zip, '-d', dir], { env: UTF8_ENV });
    const old = await moved(dir);
    const page = await old.get('/');
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/sign-in');
    expect((await old.signIn()).status).toBe(303);
    expect((await old.get('/')).status).toBe(200);
  });

  it('the store alone (backup --out x.sqlite): no session either', async () => {
    const dir = await makeTempDir('phuong-print-store-');
    await backupStore(s.dataDir, join(dir, 'phuong-print.sqlite'));
    const old = await moved(dir);
    expect((await old.get('/')).status).toBe(303);
  });

  it('while the old studio keeps its own sessions', async () => {
    expect((await c.get('/')).status).toBe(200);
  });
});

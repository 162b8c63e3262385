/**
 * The studio on a store it cannot write (qa25b F1, F2). Started on a read-only store (the
 * program's user may not write the SQLite file: `chattr +i`, which root obeys too) the real
 * program refuses to start — one `lỗi:` line naming the file, a `gợi ý:`, exit 1 — instead of
 * saying it runs while no one can sign in. A studio whose disk fills while it runs (its data
 * folder on a small tmpfs, filled) says so: /healthz is 503; signing in gives the page that the
 * server's disk is full (503), not "Có lỗi xảy ra"; a leader's figures come back in the form with
 * the sentence that they were not saved and whom to call; the log has one line each, no stack.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdir, open, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createInProcessPool } from '../../src/serve/renderer.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { createStudio } from '../../src/studio/app.js';
import { ensureFirstUser } from '../../src/studio/first-user.js';
import { runCli } from '../support/cli.js';
import { makeReadOnly, makeWritable } from '../support/read-only.js';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';
import { diskTempDir, makeTempDir, removeTempDirs } from '../support/tmp.js';
import { ADMIN_PASSWORD, Client, plainText, TEST_PASSWORD_COST } from './studio.js';

afterAll(removeTempDirs);

describe('a store the studio cannot write, at start', () => {
  let dir: string;
  let file: string;
  let locked = false;
  beforeAll(async () => {
    // On the disk: the store is made read-only with chattr +i, which an older kernel's tmpfs refuses.
    dir = await diskTempDir('phuong-print-ro-store-');
    const store = await openStore({ dataDir: dir });
    await ensureFirstUser(store.db, ADMIN_PASSWORD, TEST_PASSWORD_COST);
    await store.close();
    file = join(dir, 'phuong-print.sqlite');
    locked = await makeReadOnly(file);
  });
  afterAll(async () => {
    if (locked) await makeWritable(file);
  });

  it('is refused: the file, that it is read-only, what to do; exit 1', async (t) => {
    if (!locked) t.skip();
    const r = await runCli(['studio', '--data', dir, '--port', '0'], {
      env: { LANG: 'vi_VN.UTF-8' },
      timeoutMs: 60_000,
    });
    expect(r.stdout).not.toMatch(/studio đang chạy/);
    expect(r.stderr).toContain(
      `lỗi: ${file}: không ghi được vào kho dữ liệu: tệp hoặc thư mục của nó chỉ đọc đối với người dùng đang chạy phần mềm`,
    );
    expect(r.stderr).toMatch(/^gợi ý: Cấp quyền ghi thư mục dữ liệu .*Docker/m);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.code).toBe(1);
  });
});

/** A tmpfs of `size` at `at` (root, with mount); false where there is none to be had. */
function mountTmpfs(at: string, size: string): boolean {
  return spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', at]).status === 0;
}

/** Writes zeros into `file` until the disk refuses (ENOSPC). */
async function fillDisk(file: string) {
  const h = await open(file, 'w');
  try {
    for (const size of [1024 * 1024, 4096, 512]) {
      const zeros = Buffer.alloc(size);
      try {
        for (;;) await h.write(zeros);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOSPC') throw e;
      }
    }
  } finally {
    await h.close().catch(() => {});
  }
}

describe('a disk that fills under a running studio', () => {
  let mounted = false;
  let dataDir: string;
  let store: Store;
  let app: Awaited<ReturnType<typeof createStudio>>;
  let url: string;
  const errors: string[] = [];
  let leaderUrl = '';
  let phone = '';
  beforeAll(async () => {
    dataDir = await makeTempDir('phuong-print-full-disk-');
    mounted = mountTmpfs(dataDir, '24m');
    if (!mounted) return;
    store = await openStore({ dataDir });
    await ensureFirstUser(store.db, ADMIN_PASSWORD, TEST_PASSWORD_COST);
    const folder = join(dataDir, 'campaigns', 'hai-phong');
    await mkdir(dirname(folder), { recursive: true });
    await cp(dirname(EXAMPLE_CAMPAIGN), folder, { recursive: true });
    await rm(join(folder, 'groups.xlsx'));
    phone = String(parse(await readFile(EXAMPLE_CAMPAIGN, 'utf8')).issuer.phone ?? '');
    app = await createStudio({
      dataDir,
      store,
      logError: (l) => errors.push(l),
      makeDocumentPool: createInProcessPool,
      passwordCost: TEST_PASSWORD_COST,
    });
    url = await app.listen({ host: '127.0.0.1', port: 0 });
    const office = new Client(url);
    await office.signIn();
    const opened = await office.post('/c/hai-phong/leaders/open', {}, '/c/hai-phong/leaders');
    expect(opened.status).toBe(303);
    const tab = await office.get('/c/hai-phong/leaders');
    leaderUrl = new URL(/class="leader-url" value="([^"]+)"/.exec(tab.text)?.[1] ?? '').pathname;
    // The store's log emptied, so that its next write needs new blocks of the disk.
    await sql`pragma wal_checkpoint(truncate)`.execute(store.db);
    await fillDisk(join(dataDir, 'fill'));
  }, 120_000);
  afterAll(async () => {
    if (!mounted) return;
    await app.close();
    await store.close();
    // A leaders' page may still be writing a document drawn in the background: detached then
    // (lazy), never left mounted under the folder removeTempDirs removes.
    if (spawnSync('umount', [dataDir]).status !== 0) spawnSync('umount', ['-l', dataDir]);
  });

  it('/healthz is not healthy, and says the disk is full', async (t) => {
    if (!mounted) t.skip();
    const r = await fetch(`${url}/healthz`);
    expect(r.status).toBe(503);
    expect(await r.text()).toMatch(/Ổ đĩa của máy chủ đã đầy/);
  });

  it('signing in: the page says the server’s disk is full and what to do', async (t) => {
    if (!mounted) t.skip();
    const r = await new Client(url).signIn();
    expect(r.status).toBe(503);
    const text = plainText(r.text);
    expect(text).toMatch(/Ổ đĩa của máy chủ đã đầy/);
    expect(text).toMatch(/giải phóng bớt dung lượng/);
    expect(text).not.toMatch(/Có lỗi xảy ra/);
  });

  it('a leader’s figures come back in the form, with what happened and whom to call', async (t) => {
    if (!mounted) t.skip();
    const leader = new Client(url);
    const page = await leader.get(leaderUrl);
    expect(page.status).toBe(200);
    const action = /<form class="figures" method="post" action="([^"#]+)/.exec(page.text)?.[1];
    const hidden = (name: string) =>
      new RegExp(`name="${name}" value="([^"]*)"`).exec(page.text)?.[1] ?? '';
    const names = [...page.text.matchAll(/<input[^>]* name="(so_[^"]+)"/g)].map((m) => m[1] ?? '');
    expect(names.length).toBeGreaterThan(0);
    const typed = ['120', '50', '30'];
    const fields: Record<string, string> = { form: hidden('form'), base: hidden('base') };
    names.forEach((n, i) => {
      fields[n] = typed[i] ?? '7';
    });
    const r = await leader.postRaw(action ?? '', fields);
    expect(r.status).toBe(503);
    const text = plainText(r.text);
    expect(text).toContain('Số liệu chưa được lưu');
    expect(text).toMatch(/gửi lại sau, hoặc gọi văn phòng/);
    // The office's number, as the campaign gives it (issuer.phone).
    const called = /gọi văn phòng \(([^)]+)\)/.exec(text)?.[1] ?? '';
    expect(called.replace(/\D/g, '')).toBe(phone.replace(/\D/g, ''));
    // The boxes hold what was typed.
    names.forEach((n, i) => {
      expect(r.text).toMatch(new RegExp(`name="${n}"[^>]* value="${typed[i] ?? '7'}"`));
    });
  });

  it('the log has one line for each, without a stack trace', async (t) => {
    if (!mounted) t.skip();
    expect(errors.filter((l) => l.startsWith('storage fault')).length).toBeGreaterThanOrEqual(2);
    expect(errors.join('\n')).not.toMatch(/\n\s+at /);
    expect(errors.join('\n')).not.toMatch(/^error on/m);
  });
});

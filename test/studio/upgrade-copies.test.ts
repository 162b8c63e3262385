/**
 * The copies of the store kept before upgrades pile up, one whole store per upgrade (qa35): the
 * studio started on an older store keeps the newest three and says which it removed; Cài đặt ›
 * Dung lượng trên máy names each copy with when it was made and its size, and "Xoá bản sao cũ"
 * (admin, the form's token, after a confirmation page) removes all but the newest.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { say } from '../../src/messages/message.js';
import { MIGRATIONS } from '../../src/store/migrations/index.js';
import { openStore, upgradeNotes } from '../../src/store/open-store.js';
import { browserForm } from '../support/browser-form.js';
import { firstSteps, storeOf } from '../support/old-store.js';
import { removeTempDirs } from '../support/tmp.js';
import { addTestUser, Client, plainText, startStudio, studioProcess } from './studio.js';

afterAll(removeTempDirs);

const STORE = 'phuong-print.sqlite';
const MB = 1024 * 1024;

/** Copies an earlier version's upgrades left: name's tail → size in MB. */
async function leftCopies(dir: string, copies: Record<string, number>): Promise<void> {
  for (const [tail, mb] of Object.entries(copies))
    await writeFile(join(dir, `${STORE}.truoc-nang-cap-${tail}`), new Uint8Array(mb * MB));
}

const copiesIn = async (dir: string) =>
  (await readdir(dir)).filter((n) => n.startsWith(`${STORE}.truoc-nang-cap-`)).sort();

/** The page's text as read: no space a tag left before a comma, a bracket or a full stop. */
const read = (html: string) => plainText(html).replace(/ ([,).])/g, '$1');

/** "3,0 MB", as an office reads a size in megabytes. */
const inMb = (bytes: number) => `${(bytes / MB).toFixed(1).replace('.', ',')} MB`;

describe('copies kept before upgrades', () => {
  it('an upgrade keeps the three newest copies and says which older one it removed', async () => {
    const dir = await storeOf(firstSteps(3));
    await leftCopies(dir, {
      '0050-2026-01-02-083000': 1,
      '0100-2026-03-04-091500': 1,
      '0150-2026-05-06-101500': 1,
    });
    const studio = await studioProcess(dir);
    await studio.stop();
    const copies = await copiesIn(dir);
    expect(copies).toHaveLength(3);
    expect(copies.slice(0, 2)).toEqual([
      `${STORE}.truoc-nang-cap-0100-2026-03-04-091500`,
      `${STORE}.truoc-nang-cap-0150-2026-05-06-101500`,
    ]);
    // The copy this start made: the store's last step before it (the third, 0200).
    expect(copies[2]).toMatch(/\.truoc-nang-cap-0200-\d{4}-\d\d-\d\d-\d{6}$/);
    expect(studio.log()).toContain(
      `đã xoá các bản sao cũ giữ lại trước những lần nâng cấp đã qua, chỉ giữ 3 bản mới nhất: ${STORE}.truoc-nang-cap-0050-2026-01-02-083000`,
    );
  });

  it('Cài đặt names each copy with its date and size; "Xoá bản sao cũ" keeps the newest', async () => {
    const dir = await storeOf(MIGRATIONS);
    await leftCopies(dir, {
      '0150-2026-05-06-101500': 1,
      '0200-2026-09-10-071500': 2,
      '0270-2026-12-06-073000': 3,
    });
    const s = await startStudio({ dataDir: dir });
    try {
      const c = new Client(s.url);
      await c.signIn();
      const settings = await c.get('/settings');
      const text = read(settings.text);
      expect(text).toContain(
        `Bản sao kho dữ liệu giữ lại trước khi nâng cấp (để quay lại phiên bản cũ, xem mục “Nâng cấp và quay lại phiên bản cũ”) chiếm ${inMb(6 * MB)}`,
      );
      expect(text).toContain(
        `${STORE}.truoc-nang-cap-0270-2026-12-06-073000, làm lúc 07:30 ngày 06/12/2026, 3,0 MB`,
      );
      expect(text).toContain(
        `${STORE}.truoc-nang-cap-0200-2026-09-10-071500, làm lúc 07:15 ngày 10/09/2026, 2,0 MB`,
      );
      expect(text).toContain(
        `${STORE}.truoc-nang-cap-0150-2026-05-06-101500, làm lúc 10:15 ngày 06/05/2026, 1,0 MB`,
      );
      expect(text).toContain(`các bản cũ hơn (${inMb(3 * MB)}) xoá được`);

      // The page's link, then the confirmation page's form, as a browser follows them.
      const link = /href="([^"]+)">Xoá bản sao cũ</.exec(settings.text)?.[1] ?? '';
      const ask = await c.get(link);
      expect(ask.status).toBe(200);
      const asked = read(ask.text);
      expect(asked).toContain('Xoá bản sao cũ (3,0 MB)?');
      expect(asked).toContain(
        'Sẽ xoá khỏi máy 2 bản sao kho dữ liệu giữ lại trước những lần nâng cấp đã qua:',
      );
      expect(asked).toMatch(/Vẫn giữ bản mới nhất.*0270-2026-12-06-073000/);
      const form = browserForm(ask.text, (f) => f.attribs.action === link);

      // Without the page's token, or by a user who is not an admin: nothing removed.
      const forged = await c.postRaw(form.action, {});
      expect(forged.status).toBe(403);
      await addTestUser(s.store.db, 'can-bo', 'mật-khẩu-cán-bộ');
      const clerk = new Client(s.url);
      await clerk.signIn('can-bo', 'mật-khẩu-cán-bộ');
      const notAdmin = await clerk.post(form.action, {});
      expect(notAdmin.status).toBe(403);
      expect(plainText(notAdmin.text)).toContain('Trang dành cho người quản trị');
      expect(await copiesIn(dir)).toHaveLength(3);

      const done = await c.postRaw(form.action, form.fields);
      expect(done.status).toBe(200);
      expect(read(done.text)).toContain(
        `Đã xoá 2 bản sao cũ (3,0 MB): ${STORE}.truoc-nang-cap-0150-2026-05-06-101500, ${STORE}.truoc-nang-cap-0200-2026-09-10-071500. Vẫn giữ bản mới nhất ${STORE}.truoc-nang-cap-0270-2026-12-06-073000.`,
      );
      expect(await copiesIn(dir)).toEqual([`${STORE}.truoc-nang-cap-0270-2026-12-06-073000`]);
      expect((await stat(join(dir, STORE))).size).toBeGreaterThan(0);

      // The same form sent again (a second click): the newest stays.
      const again = await c.postRaw(form.action, form.fields);
      expect(plainText(again.text)).toContain('Không có bản sao cũ nào để xoá.');
      expect(await copiesIn(dir)).toHaveLength(1);
      const after = await c.get('/settings');
      expect(after.text).not.toContain('>Xoá bản sao cũ<');
      expect(plainText(after.text)).toContain('phần mềm không tự xoá');
    } finally {
      await s.close();
    }
  });

  it('a copy the server may not remove: named with why, the others removed and said', async (ctx) => {
    // An immutable file (chattr +i) cannot be removed even by root, as a copy the server's user
    // may not remove cannot; where chattr is not available, nothing to test.
    if (process.getuid?.() !== 0) ctx.skip();
    const dir = await storeOf(MIGRATIONS);
    await leftCopies(dir, {
      '0150-2026-05-06-101500': 1,
      '0200-2026-09-10-071500': 2,
      '0270-2026-12-06-073000': 3,
    });
    const stuck = join(dir, `${STORE}.truoc-nang-cap-0150-2026-05-06-101500`);
    if (spawnSync('chattr', ['+i', stuck]).status !== 0) ctx.skip();
    const s = await startStudio({ dataDir: dir });
    try {
      const c = new Client(s.url);
      await c.signIn();
      const link =
        /href="([^"]+)">Xoá bản sao cũ</.exec((await c.get('/settings')).text)?.[1] ?? '';
      const ask = await c.get(link);
      const form = browserForm(ask.text, (f) => f.attribs.action === link);
      const done = await c.postRaw(form.action, form.fields);
      const text = read(done.text);
      expect(done.status, text).toBe(200);
      expect(text).not.toMatch(/Phần mềm gặp lỗi|EPERM|internal error/);
      expect(text).toContain(
        `Đã xoá 1 bản sao cũ (2,0 MB): ${STORE}.truoc-nang-cap-0200-2026-09-10-071500.`,
      );
      expect(text).toMatch(
        new RegExp(
          `Không xoá được ${STORE}.truoc-nang-cap-0150-2026-05-06-101500: máy tính không cho phép xoá tệp này`,
        ),
      );
      // The studio's own hint: its data folder is the server's.
      expect(text).toContain('người quản trị máy chủ');
      expect(await copiesIn(dir)).toEqual([
        `${STORE}.truoc-nang-cap-0150-2026-05-06-101500`,
        `${STORE}.truoc-nang-cap-0270-2026-12-06-073000`,
      ]);
    } finally {
      spawnSync('chattr', ['-i', stuck]);
      await s.close();
    }
  });

  it('an upgrade whose clean-up the system refuses says which copy it could not remove', async (ctx) => {
    if (process.getuid?.() !== 0) ctx.skip();
    const dir = await storeOf(firstSteps(3));
    await leftCopies(dir, {
      '0050-2026-01-02-083000': 1,
      '0100-2026-03-04-091500': 1,
      '0150-2026-05-06-101500': 1,
    });
    const stuck = join(dir, `${STORE}.truoc-nang-cap-0050-2026-01-02-083000`);
    if (spawnSync('chattr', ['+i', stuck]).status !== 0) ctx.skip();
    try {
      const store = await openStore({ dataDir: dir });
      const notes = upgradeNotes(store, true).map((m) => say(m, 'vi'));
      await store.close();
      // Said as Cài đặt says it (the test above), not as the system's code.
      expect(notes.join('\n')).toContain(
        `không xoá được ${STORE}.truoc-nang-cap-0050-2026-01-02-083000, bản sao cũ giữ lại trước một lần nâng cấp đã qua: máy tính không cho phép xoá tệp này`,
      );
      expect(notes.join('\n')).not.toContain('EPERM');
      expect(await copiesIn(dir)).toContain(`${STORE}.truoc-nang-cap-0050-2026-01-02-083000`);
    } finally {
      spawnSync('chattr', ['-i', stuck]);
    }
  });

  it('keeps the copy made last, by the time in its name, not the highest step (review41 §5)', async () => {
    const dir = await storeOf(MIGRATIONS);
    // Gone back with the 0270 copy, then upgraded again: the newest copy has the lower step.
    await leftCopies(dir, {
      '0270-2026-11-01-080000': 1,
      '0280-2026-11-20-080000': 1,
      '0270-2026-12-05-080000': 1,
    });
    // A folder with a copy's name is no copy: listed nowhere, never removed, no error page.
    await mkdir(join(dir, `${STORE}.truoc-nang-cap-0100-2026-01-01-000000`));
    const s = await startStudio({ dataDir: dir });
    try {
      const c = new Client(s.url);
      await c.signIn();
      const settings = await c.get('/settings');
      expect(read(settings.text)).not.toContain('0100-2026-01-01-000000');
      const link = /href="([^"]+)">Xoá bản sao cũ</.exec(settings.text)?.[1] ?? '';
      const ask = await c.get(link);
      expect(read(ask.text)).toMatch(/Vẫn giữ bản mới nhất.*0270-2026-12-05-080000/);
      const form = browserForm(ask.text, (f) => f.attribs.action === link);
      const done = await c.postRaw(form.action, form.fields);
      expect(done.status).toBe(200);
      expect(read(done.text)).toContain(
        `Đã xoá 2 bản sao cũ (2,0 MB): ${STORE}.truoc-nang-cap-0270-2026-11-01-080000, ${STORE}.truoc-nang-cap-0280-2026-11-20-080000. Vẫn giữ bản mới nhất ${STORE}.truoc-nang-cap-0270-2026-12-05-080000.`,
      );
      expect(await copiesIn(dir)).toEqual([
        `${STORE}.truoc-nang-cap-0100-2026-01-01-000000`,
        `${STORE}.truoc-nang-cap-0270-2026-12-05-080000`,
      ]);
    } finally {
      await s.close();
    }
  });
});

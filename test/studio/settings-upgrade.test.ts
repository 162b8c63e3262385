/**
 * Cài đặt tells the office how to go back after an upgrade (qa35 MAJOR-2) and how to restore an
 * older `.sqlite` backup (qa35 MINOR-5): a studio opened on an older store lists the copy kept
 * before the upgrade with the command that puts it back, and that command, run by the real CLI
 * with the studio stopped, gives the older store back (its steps, its users).
 */
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { firstSteps, stepsIn, storeOf } from '../support/old-store.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { Client, plainText, startStudio } from './studio.js';

afterAll(removeTempDirs);

/** A command's arguments as a POSIX shell reads it pasted (quotes and all). */
const shellArgs = (command: string) =>
  execFileSync('sh', ['-c', `printf '%s\\n' ${command}`], { encoding: 'utf8' })
    .split('\n')
    .slice(0, -1);

describe('Cài đặt after an upgrade', () => {
  it('lists the copy kept before the upgrade, and the command it says puts the older store back', async () => {
    // A data folder with a space in its name (review41 §6): the command still works pasted.
    const dir = join(await makeTempDir(), 'Van Phong');
    await mkdir(dir);
    await storeOf(firstSteps(3), dir);
    const store = join(dir, 'phuong-print.sqlite');
    const old = Object.keys(firstSteps(3));

    const s = await startStudio({ dataDir: dir });
    const c = new Client(s.url);
    await c.signIn();
    const page = await c.get('/settings');
    await s.close();
    expect(page.status).toBe(200);
    const text = plainText(page.text);
    expect(text).toContain('Nâng cấp và quay lại phiên bản cũ');
    const copy = /phuong-print\.sqlite\.truoc-nang-cap-0200-[\d-]+/.exec(text)?.[0] ?? '';
    expect(copy).not.toBe('');
    // The command as the page gives it, run as the installer would.
    const shown =
      /<code class="whole">phuong-print (restore --from [^<]*truoc-nang-cap[^<]*)<\/code>/.exec(
        page.text,
      )?.[1];
    const args = shellArgs(plainText(shown ?? ''));
    expect(args).toEqual(['restore', '--from', join(dir, copy), '--data', dir]);
    const r = await runCli(args);
    expect(r.code).toBe(0);
    expect(stepsIn(store)).toEqual(old);
    // The older .sqlite backup: said how to restore it, in the same command form.
    expect(text).toContain(`Bản sao lưu cũ dạng .sqlite`);
    const sqlite =
      /<code class="whole">phuong-print (restore --from tệp\.sqlite [^<]*)<\/code>/.exec(
        page.text,
      )?.[1];
    expect(shellArgs(plainText(sqlite ?? ''))).toEqual([
      'restore',
      '--from',
      'tệp.sqlite',
      '--data',
      dir,
    ]);
  });
});

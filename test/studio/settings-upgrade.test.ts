/**
 * Cài đặt tells the office how to go back after an upgrade (qa35 MAJOR-2) and how to restore an
 * older `.sqlite` backup (qa35 MINOR-5): a studio opened on an older store lists the copy kept
 * before the upgrade with the command that puts it back, and that command, run by the real CLI
 * with the studio stopped, gives the older store back (its steps, its users).
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { firstSteps, stepsIn, storeOf } from '../support/old-store.js';
import { removeTempDirs } from '../support/tmp.js';
import { Client, plainText, startStudio } from './studio.js';

afterAll(removeTempDirs);

describe('Cài đặt after an upgrade', () => {
  it('lists the copy kept before the upgrade, and the command it says puts the older store back', async () => {
    const dir = await storeOf(firstSteps(3));
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
    const command = new RegExp(`phuong-print restore --from (\\S+${copy}) --data (\\S+)`).exec(
      text,
    );
    expect(command?.[2]).toBe(dir);
    const r = await runCli(['restore', '--from', command?.[1] ?? '', '--data', command?.[2] ?? '']);
    expect(r.code).toBe(0);
    expect(stepsIn(store)).toEqual(old);
    // The older .sqlite backup: said how to restore it, in the same command form.
    expect(text).toContain(`Bản sao lưu cũ dạng .sqlite`);
    expect(text).toContain(`phuong-print restore --from tệp.sqlite --data ${dir}`);
  });
});

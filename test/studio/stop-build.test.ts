/**
 * Ctrl-C on the studio's console while "Tạo tệp in" runs (qa12 Q17): the build stops as the CLI's
 * does — no group started after it, the groups being made ended after their document, the groups made kept, the manifest written
 * as a build that did not finish, the out/ folder's lock released, what it left said — and the
 * process ends, instead of writing PDFs for minutes after saying "đã dừng". A real process (dist/: `npm run build`
 * first) sent SIGINT, as batch.test.ts stops the CLI's build.
 */
import { spawn } from 'node:child_process';
import { access, cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI_PATH } from '../support/cli.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { wardCsv } from '../support/ward.js';
import { pressPrintAll } from './print-all.js';
import { ADMIN_PASSWORD, Client } from './studio.js';

afterAll(removeTempDirs);

/**
 * A fire drill's campaign (no contest): each group's documents are a third fewer pages than the
 * Hải Phòng example's, and the groups being made when Ctrl-C comes (up to four a thread) are
 * finished before the process ends. What is checked is that the build stops, not what it draws:
 * the studio's process spent 10 s of CPU with it, 15 s with the example (measured alone).
 */
const CAMPAIGN = join(import.meta.dirname, '..', 'fixtures', 'qa40', 'd-pccc.yaml');

/** The campaign's title, as its campaign.yaml has it. */
const TITLE = 'Diễn tập phòng cháy, chữa cháy và cứu nạn, cứu hộ khu dân cư';

/** Enough groups that the whole build takes far longer than stopping it should. */
const GROUPS = 40;

describe('Ctrl-C on the studio during a build', () => {
  it('stops the build and the process; the folder says the build did not finish', async () => {
    const data = await makeTempDir('phuong-print-stop-');
    const folder = join(data, 'campaigns', 'dien-tap');
    await mkdir(folder, { recursive: true });
    await cp(CAMPAIGN, join(folder, 'campaign.yaml'));
    await writeFile(join(folder, 'groups.csv'), wardCsv(GROUPS));
    const out = join(folder, 'out');

    const child = spawn(process.execPath, [CLI_PATH, 'studio', '--data', data, '--port', '0'], {
      env: { ...process.env, PHUONG_PRINT_ADMIN_PASSWORD: ADMIN_PASSWORD, PHUONG_PRINT_LANG: 'vi' },
    });
    let console = '';
    child.stdout.on('data', (d) => {
      console += d;
    });
    child.stderr.on('data', (d) => {
      console += d;
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    try {
      for (let i = 0; i < 600 && !/http:\/\/\S+/.test(console); i++)
        await new Promise((r) => setTimeout(r, 50));
      const url = /(http:\/\/\S+)/.exec(console)?.[1] ?? '';
      expect(url, console).not.toBe('');
      const c = new Client(url);
      await c.signIn();
      await pressPrintAll(c, 'dien-tap');

      // Some groups done (the journal's lines), most still to make: then Ctrl-C.
      const journal = join(out, '.manifest-journal.jsonl');
      const lines = () =>
        readFile(journal, 'utf8').then(
          (t) => t.trim().split('\n').filter(Boolean).length,
          () => 0,
        );
      // Until the build has made its first document (or two minutes: at load ~30 on 2 cores,
      // sixty seconds went by before its threads had made one). Each document more waited for
      // was drawn for nothing: what is checked is what the stop leaves.
      for (const until = Date.now() + 120_000; Date.now() < until && (await lines()) < 1; )
        await new Promise((r) => setTimeout(r, 100));
      expect(await lines()).toBeGreaterThan(0);
      const pressed = Date.now();
      child.kill('SIGINT');
      const code = await Promise.race([
        exited,
        new Promise<'still running'>((r) => setTimeout(() => r('still running'), 60_000)),
      ]);
      expect(code, console).not.toBe('still running');
      const seconds = (Date.now() - pressed) / 1000;

      // The console said it was stopping the build, then that it stopped.
      expect(console).toContain(`đang dừng lần tạo tệp in của “${TITLE}”`);
      expect(console).toContain('đã dừng');
      // The build did not go on to the end: the manifest lists part of the ward, as unfinished.
      const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'));
      expect(manifest.unfinished).toBe(true);
      expect(manifest.builtAt).toBeUndefined();
      const folders = (await readdir(out)).filter((f) => f.startsWith('to-dan-pho-so-'));
      expect(folders.length, `${folders.length} groups in ${seconds} s`).toBeLessThan(GROUPS);
      // Made whole: as many files as the fullest folder (a group the stop came to half-way puts
      // none of its documents in place, and is not one made).
      const sizes = await Promise.all(
        folders.map(async (f) => (await readdir(join(out, f))).length),
      );
      const made = sizes.filter((n) => n === Math.max(...sizes)).length;
      expect(manifest.zips.length).toBeLessThan(GROUPS);
      // It said what it left: the groups it did not make, counted against the folder.
      // The campaign by its title, as the studio names it (its folder is "dien-tap").
      // And the files it kept, as the CLI's stop says them: the manifest's.
      const left = new RegExp(
        `của “${TITLE}” đã dừng: đã tạo xong (\\d+)/(\\d+) tổ, (\\d+) tổ chưa xong; đã giữ (\\d+) tệp đã tạo xong; bấm “Tạo tệp in” để tạo tiếp`,
      ).exec(console);
      expect(left?.slice(1).map(Number), console).toEqual([
        made,
        GROUPS,
        GROUPS - made,
        manifest.files.length,
      ]);
      expect(manifest.files.length).toBeGreaterThan(0);
      // No print file of a stopped build, no temporary file, no lock left.
      const all = (await readdir(out, { recursive: true })).map(String);
      expect(all.filter((f) => f.endsWith('.tmp'))).toEqual([]);
      expect(all.filter((f) => f.startsWith('print/'))).toEqual([]);
      await expect(access(join(out, '.phuong-print.lock'))).rejects.toThrow();
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 180_000);
});

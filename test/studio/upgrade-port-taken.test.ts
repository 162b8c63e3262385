/**
 * The port is checked before an older store is brought up to date (qa35 MAJOR-1), but another
 * program can take it between that check and the listen. The start then fails after the upgrade:
 * the office is told in one sentence how to go back (the copy kept and the `restore` command),
 * and that command, run as said, gives the older store back. The port is taken by a hook loaded
 * into the real CLI process (test/support/take-port-at-listen.mjs), around Node's own listen.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, runCliInProcess } from '../support/cli.js';
import { firstSteps, stepsIn, storeOf } from '../support/old-store.js';
import { freePort } from '../support/package-copy.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { STUDIO_ENV_VI } from './studio.js';

afterAll(removeTempDirs);

const HOOK = pathToFileURL(join(import.meta.dirname, '../support/take-port-at-listen.mjs')).href;

/** The CLI with the port taken between its check and its listen, in Vietnamese. */
async function startWithPortTaken(args: string[], port: number, env: Record<string, string> = {}) {
  return runCli([...args, '--port', String(port)], {
    env: {
      ...env,
      ...STUDIO_ENV_VI,
      PHUONG_PRINT_SECRET: 'x'.repeat(40),
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${HOOK}`,
      TAKE_PORT_AT_LISTEN: String(port),
    },
  });
}

/**
 * The way back the office is told: the copy and the data folder of its `restore` command, as a
 * shell reads the command pasted (a data folder may have a space: "Van Phong").
 */
function wayBackIn(stderr: string): string[] | undefined {
  const command =
    /Kho dữ liệu đã được cập nhật cho phiên bản này trước đó: muốn phiên bản cũ mở lại được kho dữ liệu, hãy chạy lệnh `(phuong-print restore [^`]+)`\./.exec(
      stderr,
    )?.[1];
  if (!command) return undefined;
  const args = execFileSync(
    'sh',
    ['-c', `printf '%s\\n' ${command.replace(/^phuong-print /, '')}`],
    {
      encoding: 'utf8',
    },
  )
    .split('\n')
    .slice(0, -1);
  expect(args).toEqual(['restore', '--from', args[2], '--data', args[4]]);
  return [command, args[2] ?? '', args[4] ?? ''];
}

describe('an upgrade, then the port taken before the listen', () => {
  it('studio: says how to go back, and the restore it names gives the older store back', async () => {
    // A data folder with a space in its name, as "C:\\Users\\Van Phong\\…" on Windows.
    const dir = join(await makeTempDir(), 'Van Phong');
    await mkdir(dir);
    await storeOf(firstSteps(3), dir);
    const old = Object.keys(firstSteps(3));
    const port = await freePort();
    const r = await startWithPortTaken(['studio', '--data', dir], port);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toMatch(new RegExp(`^lỗi: không mở được 127\\.0\\.0\\.1 cổng ${port}: `));
    expect(lines[1]).toMatch(/^gợi ý: /);
    expect(lines).toHaveLength(2);
    const back = wayBackIn(lines[1] ?? '');
    expect(back?.[1]).toMatch(
      new RegExp(`^${dir}/phuong-print\\.sqlite\\.truoc-nang-cap-0200-[\\d-]+$`),
    );
    expect(back?.[2]).toBe(dir);
    // The store was brought up to date: the earlier version would not open it as it is.
    expect(stepsIn(join(dir, 'phuong-print.sqlite')).length).toBeGreaterThan(old.length);

    // The command as said, run by the CLI's code in this process (the real `restore` process:
    // restore-folder.test.ts); the refused start above is the real process, with the hook.
    const restored = await runCliInProcess([
      'restore',
      '--from',
      back?.[1] ?? '',
      '--data',
      back?.[2] ?? '',
    ]);
    expect(restored.code).toBe(0);
    expect(stepsIn(join(dir, 'phuong-print.sqlite'))).toEqual(old);
  });

  it('serve --data: says how to go back', async () => {
    const dir = await storeOf(firstSteps(3));
    const port = await freePort();
    // The inputs are copied after the port check, before the listen: the copy is removed.
    const tmp = await makeTempDir('phuong-print-upgrade-tmp-');
    const r = await startWithPortTaken(
      ['serve', '--campaign', EXAMPLE_CAMPAIGN, '--groups', EXAMPLE_GROUPS, '--data', dir],
      port,
      { TMPDIR: tmp },
    );
    expect(r.code).toBe(1);
    // The sentence of a port found taken by the check (environment-errors.test.ts), and the way back.
    expect(r.stderr).toMatch(
      new RegExp(
        `^lỗi: không mở được 127\\.0\\.0\\.1 cổng ${port}: một chương trình khác đang dùng cổng này\n`,
      ),
    );
    expect(wayBackIn(r.stderr)?.[2]).toBe(dir);
    expect(await readdir(tmp)).toEqual([]);
  });
});

/**
 * What the machine refuses, as the user meets it: a port another program holds, an output folder
 * that cannot be made (a file stands in its path), a full disk, a busy file. The program says so
 * in one `error:` line naming the path or port and one `hint:` line, exits 1, and prints no stack
 * trace — before the work it would throw away (reading the inputs, drawing the groups) where it
 * can know it. The busy port, a folder under a file and a name too long run the real program
 * (bin/phuong-print.js → the bundle), as the office meets them; the other ways a folder cannot be
 * made run the command's code in this process (runCliInProcess: the same exit code, output and
 * files, without a Node start-up each). The errors fed to `systemErrorOf` are real ones, made by
 * the system calls that fail (a worker thread's error arrives as their structured clone).
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  rmdirSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { readdir, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { systemErrorOf } from '../../src/system-errors.js';
import { buildArgs, CLI_PATH, type CliResult, runCli, runCliInProcess } from '../support/cli.js';
import { loadedOf, runCliLoading } from '../support/loaded-modules.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { spawned } from '../support/spawner.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const INPUTS = ['--campaign', EXAMPLE_CAMPAIGN, '--groups', EXAMPLE_GROUPS];

/** The PDFs under `dir`: none where a refusal came before anything was drawn. */
const pdfsIn = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.pdf'));

/** Exit 1, `error:` + `hint:` and nothing else on stderr. */
function expectRefused(r: CliResult, error: string): void {
  expect(r.code, r.stderr).toBe(1);
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines, r.stderr).toHaveLength(2);
  expect(lines[0]).toBe(`error: ${error}`);
  expect(lines[1]).toMatch(/^hint: \S/);
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(r.stderr).not.toContain('internal error');
}

describe('serve and studio on a port in use', () => {
  let blocker: Server | undefined;
  afterAll(
    () => new Promise<void>((resolve) => (blocker ? blocker.close(() => resolve()) : resolve())),
  );
  const busyPort = async (): Promise<number> => {
    if (!blocker) {
      const server = createServer();
      blocker = server;
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    }
    const address = blocker.address();
    return typeof address === 'object' && address ? address.port : 0;
  };

  it('serve: names the address and port, hints at --port, exit 1, before it reads or copies its inputs', async () => {
    const port = await busyPort();
    const cache = await makeTempDir('phuong-print-env-cache-');
    // The server copies its inputs (rosters too: personal data) into the temporary folder.
    const tmp = await makeTempDir('phuong-print-env-tmp-');
    const r = await runCliLoading(
      [
        'serve',
        ...INPUTS,
        '--rosters',
        EXAMPLE_GROUPS.replace(/groups\.csv$/, 'rosters'),
        '--dev',
        '--port',
        String(port),
        '--cache-dir',
        cache,
      ],
      { timeoutMs: 60_000, env: { TMPDIR: tmp } },
    );
    expectRefused(
      r,
      `cannot listen on 127.0.0.1 port ${port}: another program is already using it`,
    );
    expect(r.stderr).toContain('--port');
    expect(await readdir(tmp)).toEqual([]);
    // Said before campaign.yaml is read (yaml) and the web server loaded (fastify): at once.
    expect(loadedOf(r.packages, ['yaml', 'fastify'])).toEqual([]);
  });

  it('studio: the same sentence, before its web application loads, and no data folder left', async () => {
    const port = await busyPort();
    const data = join(await makeTempDir('phuong-print-env-studio-'), 'du-lieu');
    const r = await runCliLoading(['studio', '--data', data, '--port', String(port)], {
      env: { PHUONG_PRINT_ADMIN_PASSWORD: 'mat-khau-dai-10' },
    });
    // The studio speaks Vietnamese only.
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      `lỗi: không mở được 127.0.0.1 cổng ${port}: một chương trình khác đang dùng cổng này`,
      expect.stringMatching(/^gợi ý: .*--port/),
    ]);
    expect(loadedOf(r.packages, ['fastify'])).toEqual([]);
    expect(existsSync(data)).toBe(false);
  });
});

describe('build into an output folder that cannot be made', () => {
  const build = (out: string, more: string[] = [], run = runCliInProcess) =>
    run(
      buildArgs(
        EXAMPLE_CAMPAIGN,
        EXAMPLE_GROUPS,
        out,
        ...'--quiet --kind notice --group 5'.split(' '),
        ...more,
      ),
    );

  // The same refusal from the real process, its two lines and exit code: lazy-loading.test.ts
  // ("a build whose --out lies under a file…"), which also sees what that process loaded.
  it('under a regular file: refused before the inputs are read (a missing groups file is not what is said)', async () => {
    const dir = await makeTempDir('phuong-print-env-out-');
    const file = join(dir, 'report.pdf');
    await writeFile(file, 'not a folder');
    const out = join(file, 'out');
    // Groups the build would refuse once it read them: the folder is said first, at once.
    const groups = join(dir, 'missing-groups.csv');
    expectRefused(
      await runCliInProcess(buildArgs(EXAMPLE_CAMPAIGN, groups, out, '--quiet')),
      `${out}: a part of the path is a file, not a folder`,
    );
    // The folder right, the groups file is what is said.
    const good = await runCliInProcess(buildArgs(EXAMPLE_CAMPAIGN, groups, join(dir, 'out')));
    expect(good.code).toBe(1);
    expect(good.stderr).toContain(groups);
  });

  it('a regular file where the folder should be: names it, exit 1', async () => {
    const dir = await makeTempDir('phuong-print-env-out-');
    const out = join(dir, 'out');
    await writeFile(out, 'not a folder');
    expectRefused(await build(out), `${out}: a file stands where a folder should be made`);
  });

  it("a file where the ZIPs' folder goes: names it before any group is drawn, exit 1", async () => {
    const dir = await makeTempDir('phuong-print-env-out-');
    const out = join(dir, 'out');
    mkdirSync(out);
    // An output folder of an earlier build (else it is refused as someone else's folder).
    writeFileSync(join(out, 'manifest.json'), '{}');
    writeFileSync(join(out, 'zip'), 'in the way');
    // The ZIPs are written in the workers, after the group's documents: said before those.
    expectRefused(
      await build(out),
      `${join(out, 'zip')}: a file stands where a folder should be made`,
    );
    expect(pdfsIn(out)).toEqual([]);
  });

  it('a link to a folder that does not exist: says so, exit 1', async () => {
    const dir = await makeTempDir('phuong-print-env-out-');
    const out = join(dir, 'out');
    const target = join(dir, 'unplugged', 'drive');
    symlinkSync(target, out);
    expectRefused(await build(out), `${out}: it is a link to ${target}, which does not exist`);
  });

  it('on a file system that makes no folder (procfs): refused at once, before the inputs are read', async (ctx) => {
    if (!existsSync('/proc/self')) ctx.skip();
    const out = '/proc/phuong-print-out/x';
    // The groups file is missing: the folder is what is said.
    const groups = join(await makeTempDir('phuong-print-env-out-'), 'missing-groups.csv');
    expectRefused(
      await runCliInProcess(buildArgs(EXAMPLE_CAMPAIGN, groups, out, '--quiet')),
      '/proc/phuong-print-out: the folder cannot be made there: the file system does not allow it',
    );
  });

  it('a folder where the output file goes: names the file (not its temporary name) before any group is drawn, exit 1', async () => {
    const dir = await makeTempDir('phuong-print-env-out-');
    const out = join(dir, 'out');
    const manifest = join(out, 'manifest.json');
    mkdirSync(manifest, { recursive: true });
    expectRefused(await build(out), `${manifest}: a folder stands where a file should be`);
    expect(pdfsIn(out)).toEqual([]);
  });
});

describe('a name in the output path longer than the disk allows (qa38 M2)', () => {
  /** The error line: the path named shortened (not its 300 letters), the length said. */
  function expectTooLong(r: CliResult, dir: string): void {
    expect(r.code, r.stderr).toBe(1);
    const [error = '', hint = '', ...rest] = r.stderr.trimEnd().split('\n');
    expect(rest, r.stderr).toEqual([]);
    // The folder holding the long name and its start, named; a long temporary folder above it
    // (the suite's own in /dev/shm) may be shortened too.
    expect(error.startsWith(`error: ${dir.slice(0, 12)}`), error).toBe(true);
    expect(error, error).toContain(`${basename(dir)}/aaaaaaaaaa`);
    expect(error).toContain('…');
    expect(error).not.toContain('a'.repeat(100));
    expect(error).toMatch(/too long \(300 characters\)/);
    expect(hint).toMatch(/^hint: .*255/);
    expect(r.stderr).not.toMatch(/^\s+at |internal error|ENAMETOOLONG/m);
  }

  // Each said before the inputs are read: a file they name is missing, and is not what is said.
  it('build (the real program): one sentence naming the path shortened, exit 1', async () => {
    const dir = await makeTempDir('phuong-print-env-long-');
    const out = join(dir, 'a'.repeat(300));
    expectTooLong(await build(out, runCli, {}, join(dir, 'missing-groups.csv')), dir);
  });

  it('report and import-docx, which write files too: the same', async () => {
    const dir = await makeTempDir('phuong-print-env-long-');
    const out = join(dir, 'a'.repeat(300));
    const results = join(dir, 'missing-ket-qua.csv');
    expectTooLong(
      await runCliInProcess(['report', ...INPUTS, '--results', results, '--out', out]),
      dir,
    );
    const docx = join(dir, 'missing-cong-van.docx');
    expectTooLong(await runCliInProcess(['import-docx', docx, '--out', out]), dir);
  });

  it('in Vietnamese', async () => {
    const dir = await makeTempDir('phuong-print-env-long-');
    const r = await build(join(dir, 'a'.repeat(300)), runCliInProcess, { PHUONG_PRINT_LANG: 'vi' });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/^lỗi: .*quá dài.*\ngợi ý: /s);
  });

  function build(
    out: string,
    run = runCliInProcess,
    env: Record<string, string> = {},
    groups = EXAMPLE_GROUPS,
  ) {
    return run(buildArgs(EXAMPLE_CAMPAIGN, groups, out, '--quiet', '--kind', 'notice'), { env });
  }
});

describe('a failed write to the standard output (qa38 m1)', () => {
  /** `links` (its CSV goes to stdout) in a shell that redirects or pipes its output. */
  async function links(shell: string, env: Record<string, string> = {}): Promise<CliResult> {
    // pipefail: a pipeline's status is the CLI's, not only the last program's.
    const command = `set -o pipefail; "${process.execPath}" "${CLI_PATH}" links --groups "${EXAMPLE_GROUPS}" --base-url https://phuong.example.vn --secret q38b-secret-q38b-secret-q38b ${shell}`;
    const { error, stdout, stderr } = await spawned('bash', ['-c', command], 'utf8', {
      env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', PHUONG_PRINT_LANG: '', ...env },
      timeoutMs: 60_000,
    });
    return { code: typeof error?.code === 'number' ? error.code : 0, stdout, stderr };
  }

  it('to a full disk (> /dev/full): one sentence naming where, exit 1, no stack', async (ctx) => {
    if (!existsSync('/dev/full')) ctx.skip();
    const r = await links('> /dev/full');
    expectRefused(r, 'cannot write the output to /dev/full: the disk is full');
    const vi = await links('> /dev/full', { PHUONG_PRINT_LANG: 'vi' });
    expect(vi.code).toBe(1);
    expect(vi.stderr).toMatch(/^lỗi: không ghi được .*\/dev\/full: ổ đĩa đã đầy\ngợi ý: \S/);
  });

  it('to a reader that has stopped reading (| true): quiet, the exit code unchanged', async () => {
    const r = await links('| true');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});

/** The error a failing system call throws. */
function thrown(call: () => unknown): NodeJS.ErrnoException {
  try {
    call();
  } catch (e) {
    return e as NodeJS.ErrnoException;
  }
  throw new Error('the call did not fail');
}

describe('systemErrorOf: real system errors, and the same after a worker thread', () => {
  it('a full disk (/dev/full): names the file, hints at space', () => {
    const e = thrown(() => writeFileSync('/dev/full', 'x'.repeat(4096)));
    expect(e.code).toBe('ENOSPC');
    // Node's error names no file for a failed write; atomic-write adds it to the message.
    const named = Object.assign(e, { message: `${e.message} '/data/out/notice.pdf'` });
    for (const error of [named, structuredClone(named)]) {
      const u = systemErrorOf(error);
      expect(u?.describe()).toBe('/data/out/notice.pdf: the disk is full');
      expect(u?.hint).toMatch(/space/);
    }
  });

  it('a folder held by the system (EBUSY)', (ctx) => {
    const e = thrown(() => rmdirSync('/proc'));
    if (e.code !== 'EBUSY') ctx.skip();
    for (const error of [e, structuredClone(e)]) {
      expect(systemErrorOf(error)?.describe()).toBe('/proc: the file is in use by another program');
    }
  });

  it('a file the system will not remove: said as the computer’s, which the CLI on an office PC is too', () => {
    const e = thrown(() => unlinkSync('/proc/self/status'));
    if (e.code !== 'EPERM' && e.code !== 'EACCES') throw new Error(`unexpected ${e.code}`);
    const u = systemErrorOf(e);
    expect(u?.say('vi')).toContain('máy tính không cho phép xoá tệp này');
    expect(u?.hintIn('vi')).toContain('người quản trị máy tính');
    // Neither line speaks of a server: the office PC running a CLI command is none.
    expect(`${u?.say('vi')} ${u?.hintIn('vi')}`).not.toContain('máy chủ');
  });

  it('a bug is not worded as the machine’s fault', () => {
    expect(systemErrorOf(new TypeError('x is undefined'))).toBeUndefined();
    const missing = thrown(() => rmdirSync('/no/such/folder/here'));
    expect(missing.code).toBe('ENOENT');
    expect(systemErrorOf(missing)).toBeUndefined();
  });
});

/**
 * `serve` picks up edited inputs without a restart: the office changes the campaign's subject in
 * campaign.yaml (saved as editors do, a new file renamed over the old) and the notice served
 * says the new subject; an invalid edit leaves the last good inputs served, with one log line
 * naming the file and line; with --no-watch, SIGHUP reloads (here: a group renamed in the groups
 * file, then rows renumbered after a deleted one, which the log warns of). A templates folder made beside campaign.yaml while the server runs, and each edit of
 * its flyer template, is served; a broken groups file keeps the last good version served (no
 * mix of old and new); with --no-watch, edits are not served until SIGHUP, every document from
 * the copy of the inputs taken at start (none mixing versions). Runs the real program from dist/
 * (built by the global setup) on loopback, with real files.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { copyFile, mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, type ExpectStatic, it } from 'vitest';
import { DEV_SECRET, groupToken } from '../../src/serve/tokens.js';
import { CLI_PATH } from '../support/cli.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const POLL = { timeout: 30_000, interval: 300 };
/** For a poll of what the server has printed (a string read, nothing asked of the server). */
const LOG_POLL = { timeout: POLL.timeout, interval: 100 };

interface Served {
  child: ChildProcessWithoutNullStreams;
  base: string;
  stdout(): string;
  stderr(): string;
  /** The folder the server's snapshots go to (its TMPDIR). */
  tmp: string;
  stop(): Promise<number | null>;
}

/** The example campaign copied into a folder of its own, and the server started on it. */
async function serveCopy(dir: string, more: string[] = []): Promise<Served> {
  const campaign = join(dir, 'campaign.yaml');
  const groups = join(dir, 'groups.csv');
  await copyFile(EXAMPLE_CAMPAIGN, campaign);
  await copyFile(EXAMPLE_GROUPS, groups);
  const tmp = await makeTempDir('phuong-print-serve-tmp-');
  const args = ['serve', '--campaign', campaign, '--groups', groups, '--dev', '--port', '0'];
  const child = spawn(
    process.execPath,
    [CLI_PATH, ...args, '--cache-dir', join(dir, 'cache'), ...more],
    { env: { ...process.env, PHUONG_PRINT_SECRET: '', TMPDIR: tmp } },
  );
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString('utf8');
  });
  child.stderr.on('data', (d: Buffer) => {
    err += d.toString('utf8');
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  // Started (a loop, not expect.poll: this also runs in beforeAll, outside any test).
  for (const until = Date.now() + POLL.timeout; !out.includes('edit'); ) {
    if (Date.now() > until) {
      // Not left running after the failed start (one lived on for an hour, with its threads).
      child.kill('SIGKILL');
      throw new Error(`serve did not start: ${out}${err}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const base = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1] ?? '';
  return {
    child,
    base,
    stdout: () => out,
    stderr: () => err,
    tmp,
    stop: () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

/**
 * Resolves once the server has said "reloaded" after `from` characters of its log: a document
 * asked for before that is the old one, and each poll of it a PDF drawn and read for nothing.
 */
const reloadedSince = (expect: ExpectStatic, s: Served, from: number) =>
  expect.poll(() => s.stdout().slice(from), LOG_POLL).toContain('reloaded');

/** Saves as editors do: the whole new text to a temporary file, renamed over the old one. */
async function save(file: string, text: string): Promise<void> {
  await writeFile(`${file}.swp`, text);
  await rename(`${file}.swp`, file);
}

const noticeText = async (s: Served, group: string) => {
  const r = await fetch(`${s.base}/g/${groupToken(DEV_SECRET, group)}/notice.pdf`);
  return collapseSpaces(await pdfText(new Uint8Array(await r.arrayBuffer())));
};

const pdfTextOf = async (s: Served, group: string, file: string) => {
  const r = await fetch(`${s.base}/g/${groupToken(DEV_SECRET, group)}/${file}`);
  return collapseSpaces(await pdfText(new Uint8Array(await r.arrayBuffer())));
};

/** The tool's flyer template, with its kicker (the line over the title) replaced. */
const TOOL_FLYER = fileURLToPath(new URL('../../templates/flyer.hbs', import.meta.url));
const flyerWithKicker = async (kicker: string) =>
  (await readFile(TOOL_FLYER, 'utf8')).replace(/^@@ kicker\n.*$/m, `@@ kicker\n${kicker}`);

/**
 * The two servers of the file (a watching one, one with --no-watch), started together before the
 * first case: each start waits most of its time for the process to load and listen, and one
 * waited for after the other doubled that wait.
 */
const started = {
  watching: {} as { dir: string; s: Served },
  noWatch: {} as { dir: string; s: Served },
};
beforeAll(async () => {
  const start = async (more: string[]) => {
    const dir = await makeTempDir();
    return { dir, s: await serveCopy(dir, more) };
  };
  const [watching, noWatch] = await Promise.allSettled([start([]), start(['--no-watch'])]);
  if (watching.status === 'rejected' || noWatch.status === 'rejected') {
    for (const one of [watching, noWatch])
      if (one.status === 'fulfilled') one.value.s.child.kill('SIGKILL');
    throw watching.status === 'rejected'
      ? watching.reason
      : (noWatch as PromiseRejectedResult).reason;
  }
  started.watching = watching.value;
  started.noWatch = noWatch.value;
});

/**
 * The two servers' cases run side by side (describe.concurrent), each server's in turn
 * (it.sequential): the two are separate processes on separate copies of the inputs, and most of
 * a case is waiting — for a reload, for a document drawn in the server's threads — so one
 * server's waits overlap the other's instead of adding up in the file's time.
 */
describe.concurrent('serve reloads its inputs', () => {
  // One watching server for the edits of the campaign, the templates and the groups, in turn
  // (each process and each reload's worker pool costs a second of CPU): each case starts from
  // good inputs and reads only the log written since it started.
  let dir: string;
  let s: Served;
  beforeAll(() => {
    ({ dir, s } = started.watching);
  });
  afterAll(() => {
    s?.child.kill('SIGKILL');
  });

  it.sequential('serves the edited subject of campaign.yaml; an invalid edit keeps the last good one', async ({
    expect,
  }) => {
    const campaign = join(dir, 'campaign.yaml');
    const yaml = await readFile(campaign, 'utf8');
    const subject = /^\s+subject: "([^"]+)"/m.exec(yaml)?.[1] ?? '';
    expect(subject.length).toBeGreaterThan(10);
    expect(await noticeText(s, '5')).toContain(`V/v ${subject.slice(0, 20)}`);

    const edited = 'họp toàn dân Tổ dân phố tháng 12 năm 2025';
    const mark = s.stdout().length;
    await save(campaign, yaml.replace(subject, edited));
    await reloadedSince(expect, s, mark);
    await expect.poll(() => noticeText(s, '5'), POLL).toContain(`V/v ${edited}`);
    expect(s.stdout()).toMatch(/reloaded \(.*campaign\.yaml changed\): 32 groups/);

    // A broken edit: the server says where, once, and goes on serving the good version.
    await save(campaign, yaml.replace(`subject: "${subject}"`, 'subject: [không đóng'));
    await expect.poll(() => s.stderr(), LOG_POLL).toContain('still serving the last good inputs');
    const lines = s.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(`^warning: reload .* failed, .*: ${campaign.replace(/\./g, '\\.')}, line \\d+: `),
    );
    expect(await noticeText(s, '5')).toContain(`V/v ${edited}`);

    // Good again, for the next case.
    const reloads = s.stdout().split('reloaded').length;
    await save(campaign, yaml);
    await expect.poll(() => s.stdout().split('reloaded').length, LOG_POLL).toBe(reloads + 1);
  });

  it.sequential('keeps the last good campaign when an edit names a logo that is not there', async ({
    expect,
  }) => {
    const campaign = join(dir, 'campaign.yaml');
    const yaml = await readFile(campaign, 'utf8');
    const logged = s.stderr().length;
    const log = () => s.stderr().slice(logged);
    const subject = /^\s+subject: "([^"]+)"/m.exec(yaml)?.[1] ?? '';
    const noLogo = yaml.replace(/^assets:[\s\S]*?(?=^\S)/m, '');
    await save(campaign, `${noLogo.trimEnd()}\nassets:\n  logo: logo-phuong.png\n`);
    await expect.poll(log, LOG_POLL).toContain('still serving the last good inputs');
    // The user's folder, not the server's copy of it.
    expect(log()).toContain(`no file "logo-phuong.png" in the folder ${dir}`);
    expect(log().trim().split('\n')).toHaveLength(1);
    // Served as before the edit. (The notice, not the group's page, here and below: a page's
    // first visit for a changed campaign draws all eight of the group's documents, ~2 s of CPU.)
    expect(await noticeText(s, '5')).toContain(`V/v ${subject.slice(0, 20)}`);

    const reloads = s.stdout().split('reloaded').length;
    await save(campaign, yaml);
    await expect.poll(() => s.stdout().split('reloaded').length, LOG_POLL).toBe(reloads + 1);
  });

  it.sequential('serves a templates folder made while it runs and each edit of it; a broken groups file keeps the last good', async ({
    expect,
  }) => {
    const groups = join(dir, 'groups.csv');
    const logged = s.stderr().length;
    const log = () => s.stderr().slice(logged);
    const kicker = 'NGÀY HỘI XANH PHƯỜNG';
    expect(await pdfTextOf(s, '5', 'flyer.pdf')).not.toContain(kicker);
    // The campaign's own templates folder did not exist when the server started.
    let mark = s.stdout().length;
    await mkdir(join(dir, 'templates'));
    await save(join(dir, 'templates', 'flyer.hbs'), await flyerWithKicker(kicker));
    await reloadedSince(expect, s, mark);
    await expect.poll(() => pdfTextOf(s, '5', 'flyer.pdf'), POLL).toContain(kicker);
    const edited = 'TỔNG VỆ SINH CUỐI TUẦN';
    mark = s.stdout().length;
    await save(join(dir, 'templates', 'flyer.hbs'), await flyerWithKicker(edited));
    await reloadedSince(expect, s, mark);
    await expect.poll(() => pdfTextOf(s, '5', 'flyer.pdf'), POLL).toContain(edited);

    // A groups file whose name column is misnamed, saved with a group renamed: nothing of it
    // is served, the server names the file, the header row and the missing column once.
    const csv = await readFile(groups, 'utf8');
    const renamed = csv.replace('5;Tổ dân phố số 5;', '5;Tổ dân phố Cát Dài;');
    await save(groups, renamed.replace('Tên tổ dân phố', 'Tên gì đó'));
    await expect.poll(log, LOG_POLL).toContain('still serving the last good inputs');
    expect(log()).toMatch(
      new RegExp(
        `${groups.replace(/\./g, '\\.')}, row 1: no "Tên tổ dân phố" column in the header`,
      ),
    );
    const flyer = await pdfTextOf(s, '5', 'flyer.pdf');
    expect(flyer).toContain(edited);
    expect(flyer).toContain('Tổ dân phố số 5');
    expect(flyer).not.toContain('Cát Dài');

    // Fixed: the new name in the flyer, with the edited template.
    mark = s.stdout().length;
    await save(groups, renamed);
    await reloadedSince(expect, s, mark);
    await expect.poll(() => pdfTextOf(s, '5', 'flyer.pdf'), POLL).toContain('Cát Dài');
    expect(await pdfTextOf(s, '5', 'flyer.pdf')).toContain(edited);
  });

  it.sequential('stops on SIGTERM, every snapshot of the inputs removed', async ({ expect }) => {
    expect(await s.stop()).toBe(0);
    expect(await readdir(s.tmp)).toEqual([]);
  });
});

describe.concurrent('serve --no-watch', () => {
  // One server for the SIGHUP cases, in turn: unchanged inputs reloaded twice, then a group
  // renamed, then rows renumbered.
  let dir: string;
  let s: Served;
  beforeAll(() => {
    ({ dir, s } = started.noWatch);
  });
  afterAll(() => {
    s?.child.kill('SIGKILL');
  });
  const reloads = () => s.stdout().split('reloaded (SIGHUP): 32 groups').length - 1;

  // `serve` works from a copy of the inputs, taken whole: the office editing the groups file
  // while the server runs must not give documents that mix versions (the render workers read
  // inputs lazily, on their first document). Without SIGHUP the copy stays the one taken at
  // start. (Its own server once, snapshot.test.ts: a second process for what this one is.)
  it.sequential('keeps serving the version it started with, in every document, while the groups file is edited', async ({
    expect,
  }) => {
    const groups = join(dir, 'groups.csv');
    const files = `${s.base}/g/${groupToken(DEV_SECRET, '5')}/`;
    // The office renames group 5 (and, a moment later, saves a broken file).
    const text = await readFile(groups, 'utf8');
    await writeFile(groups, text.replace('Tổ dân phố số 5', 'Tổ dân phố Hoa Sen'));
    const flyer = await fetch(`${files}flyer.pdf`);
    expect(flyer.status).toBe(200);
    const flyerText = collapseSpaces(await pdfText(new Uint8Array(await flyer.arrayBuffer())));
    expect(flyerText).toContain('Tổ dân phố số 5');
    expect(flyerText).not.toContain('Hoa Sen');
    await writeFile(groups, 'not;a;groups;file\n');
    const page = await (await fetch(files)).text();
    expect(page).toContain('Tổ dân phố số 5');
    expect((await fetch(`${files}checklist.pdf`)).status).toBe(200);
    // The example's file again for the SIGHUP cases (nothing reloads it without a signal).
    await writeFile(groups, text);
  });

  // Linux: the process's thread count is read from /proc.
  it.sequential('renders every reload in the same threads: reloading twice starts none', {
    skip: process.platform !== 'linux',
  }, async ({ expect }) => {
    const threads = async () =>
      Number(/^Threads:\s+(\d+)/m.exec(await readFile(`/proc/${s.child.pid}/status`, 'utf8'))?.[1]);
    const notice = async (group: string) =>
      (await fetch(`${s.base}/g/${groupToken(DEV_SECRET, group)}/notice.pdf`)).status;
    expect(await notice('1')).toBe(200);
    const before = await threads();
    // Two reloads tell one pool from a pool each: that would be two more threads.
    for (let i = 1; i <= 2; i++) {
      s.child.kill('SIGHUP');
      await expect.poll(reloads, LOG_POLL).toBe(i);
      // A cold document of the reloaded ward, drawn by a render thread.
      expect(await notice(String(i + 1))).toBe(200);
    }
    // A pool per reload started a thread each time (kept 35 s for requests under way).
    expect(await threads()).toBeLessThanOrEqual(before + 1);
    expect(await noticeText(s, '5')).toContain('Bản gửi: Tổ dân phố số 5,');
  });

  it.sequential('on SIGHUP: a group renamed in the groups file', async ({ expect }) => {
    const groups = join(dir, 'groups.csv');
    expect(await noticeText(s, '5')).toContain('Bản gửi: Tổ dân phố số 5,');
    const csv = await readFile(groups, 'utf8');
    await save(groups, csv.replace('5;Tổ dân phố số 5;', '5;Tổ dân phố Cát Dài;'));
    const before = reloads();
    s.child.kill('SIGHUP');
    await expect.poll(reloads, LOG_POLL).toBe(before + 1);
    expect(await noticeText(s, '5')).toContain('Bản gửi: tổ dân phố Cát Dài,');
    // A name edited on its own row is a rename: no word about moved ids.
    expect(s.stderr()).not.toContain(' was "');
  });

  it.sequential('on SIGHUP: rows renumbered after a deleted row, with the ids that moved in the log', async ({
    expect,
  }) => {
    const groups = join(dir, 'groups.csv');
    const [header, ...rows] = (await readFile(groups, 'utf8')).trim().split('\n');
    const renumbered = rows
      .filter((r) => !r.startsWith('4;'))
      .map((r, i) => r.replace(/^\d+;/, `${i + 1};`));
    await save(groups, `${[header, ...renumbered].join('\n')}\n`);
    const before = s.stdout().split('reloaded (SIGHUP): 31 groups').length;
    s.child.kill('SIGHUP');
    await expect
      .poll(() => s.stdout().split('reloaded (SIGHUP): 31 groups').length, LOG_POLL)
      .toBe(before + 1);
    await expect
      .poll(() => s.stderr().replace(/\s+/g, ' '), LOG_POLL)
      .toContain(
        `warning: ${groups}: id 4 was "Tổ dân phố số 4", now "Tổ dân phố Cát Dài"; id 5 was "Tổ dân phố Cát Dài", now "Tổ dân phố số 6"; id 6 was "Tổ dân phố số 6", now "Tổ dân phố số 7" and 25 more ids: the links already sent to the group leaders would open the wrong group's page`,
      );
    // The last id is gone from the list: its leader's link opens nothing now (qa10 Q1). Its
    // own warning, written after the one above (a loaded machine can hand them over apart).
    await expect
      .poll(() => s.stderr().replace(/\s+/g, ' '), LOG_POLL)
      .toContain(
        `warning: ${groups}: 1 ids of the list in use are not in the new list: id 32 ("Tổ dân phố số 32"); the links already sent to their leaders no longer open`,
      );
    // Each line says "warning:" once (it said it twice).
    expect(s.stderr()).not.toContain('warning: warning:');
  });

  it.sequential('stops on SIGTERM', async ({ expect }) => {
    expect(await s.stop()).toBe(0);
  });
});

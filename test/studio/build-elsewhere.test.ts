/**
 * A studio (re)started while a build it did not start still writes into the campaign's out/ —
 * the one the last studio was stopped in, still ending, or a CLI build — says "Đang tạo tệp in" and
 * offers neither the files nor "Tạo tệp in" (qa12 Q17: it said "Lần in gần nhất xong lúc…" while
 * that build was writing). The other build is a live process holding out/'s lock, as
 * output/folder-lock.ts leaves it: the lock folder, fresh, and its owner's pid and machine.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { wardCsv } from '../support/ward.js';
import { type Client, plainText, studioWithExample, type TestStudio } from './studio.js';

const slug = 'hai-phong';

describe('a build of another process writing into out/', () => {
  let s: TestStudio;
  let c: Client;
  let folder: string;
  let other: ChildProcess;
  beforeAll(async () => {
    ({ s, c, folder } = await studioWithExample({ groups: wardCsv(2) }));
    other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
  });
  afterAll(async () => {
    other.kill();
    await s.close();
    await removeTempDirs();
  });

  it('is said as running, never as finished; once it is gone, the button is back', async () => {
    const out = join(folder, 'out');
    await mkdir(join(out, '.phuong-print.lock'), { recursive: true });
    await writeFile(
      join(out, '.phuong-print.lock.owner'),
      JSON.stringify({ pid: other.pid, host: hostname() }),
    );
    await writeFile(
      join(out, 'manifest.json'),
      '{"tool":"phuong-print","files":[],"print":[],"zips":[{"kind":"zip","group":"1","path":"zip/to-1.zip","bytes":1,"sha256":"x","key":"k"}]}',
    );
    const page = (await c.get(`/c/${slug}/build`)).text;
    expect(plainText(page)).toContain('Đang tạo tệp in (lần tạo bắt đầu trước đó, chưa xong)');
    expect(plainText(page)).not.toContain('xong lúc');
    expect(page).toContain('<button type="submit" disabled>Tạo tệp in</button>');

    // Its process ended (killed): the lock is a dead one's, the tab is usable again.
    other.kill('SIGKILL');
    await new Promise((r) => other.once('exit', r));
    const after = (await c.get(`/c/${slug}/build`)).text;
    expect(plainText(after)).not.toContain('Đang tạo tệp in');
    expect(after).toContain('<button type="submit">Tạo tệp in</button>');
    await rm(join(out, '.phuong-print.lock'), { recursive: true, force: true });
  });
});

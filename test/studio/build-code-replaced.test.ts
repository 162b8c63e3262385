/**
 * "In tất cả" right after an update was unpacked under the running studio (review39 #2): the
 * build loads some of its code only when first needed (the ward's print file, the worker pool,
 * the Excel reader), and with those files gone it failed as "Phần mềm gặp lỗi khi in. Hãy thử
 * lại", which retrying does not fix, with a stack in the log. Now the build tab says the software
 * changed and to restart the studio, the log one line. The same for one group whose drawing
 * failed so (a worker thread's error reaches the build as text). The build's loss of its chunk is
 * made here by a build that fails as Node fails it: a module of the package's own folder missing.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { pressPrintAll } from './print-all.js';
import { Client, plainText, studioWithExample, type TestStudio } from './studio.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const missing = join(ROOT, 'dist', 'bundle', 'chunk-GONE.js');
const importedFrom = join(ROOT, 'dist', 'bundle', 'chunk-BUILD.js');

/** What Node throws when an `import()` finds its file gone. */
function moduleGone(): Error {
  const e = new Error(`Cannot find module '${missing}' imported from ${importedFrom}`);
  (e as NodeJS.ErrnoException).code = 'ERR_MODULE_NOT_FOUND';
  return e;
}

const mode = vi.hoisted(() => ({ now: 'whole' as 'whole' | 'group' }));

vi.mock('../../src/output/build.js', async (original) => {
  const real = await original<typeof import('../../src/output/build.js')>();
  return {
    ...real,
    build: async (...args: Parameters<typeof real.build>) => {
      if (mode.now === 'whole') throw moduleGone();
      const result = await real.build(...args);
      return {
        ...result,
        failed: [
          ...result.failed,
          { group: 'T9', name: 'Tổ 9', message: moduleGone().message, where: {} },
        ],
      };
    },
  };
});

afterAll(removeTempDirs);

async function ended(c: Client, slug: string): Promise<void> {
  await expect
    .poll(async () => JSON.parse((await c.get(`/c/${slug}/build/status`)).text).state, {
      timeout: 60_000,
      interval: 250,
    })
    .not.toBe('running');
}

describe('a build after the program’s files were replaced', () => {
  let s: TestStudio | undefined;
  afterAll(async () => s?.close());

  it('says to restart the studio, logs one line without a stack', async () => {
    const started = await studioWithExample();
    s = started.s;
    const { c } = started;
    mode.now = 'whole';
    expect((await pressPrintAll(c, 'hai-phong')).status).toBe(303);
    await ended(c, 'hai-phong');
    const text = plainText((await c.get('/c/hai-phong/build')).text);
    expect(text).toContain('Các tệp của phần mềm đã thay đổi trong khi studio đang chạy');
    expect(text).toContain('Hãy tắt studio rồi mở lại');
    // A broken install (a package missing) is not mended by a restart: said too.
    expect(text).toContain('Nếu mở lại vẫn báo như vậy, hãy cài lại phần mềm');
    expect(text).not.toContain('Hãy thử lại');
    expect(s.errors).toHaveLength(1);
    expect(s.errors[0]).toMatch(/the program's files changed while this server runs.*restart/);
    expect(s.errors[0]).not.toMatch(/\n\s+at /);
  });

  it('one group that could not be drawn so: the same words for it', async () => {
    if (!s) throw new Error('no studio');
    const c = new Client(s.url);
    await c.signIn();
    s.errors.length = 0;
    mode.now = 'group';
    expect((await pressPrintAll(c, 'hai-phong')).status).toBe(303);
    await ended(c, 'hai-phong');
    const text = plainText((await c.get('/c/hai-phong/build')).text);
    expect(text).toContain('Hãy tắt studio rồi mở lại');
    expect(text).not.toMatch(/Không in được .* này\. Hãy thử lại/);
    expect(s.errors.join('\n')).toMatch(/the program's files changed/);
  }, 120_000);
});

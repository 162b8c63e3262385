/**
 * The program's files replaced under a running studio (qa31 m5: `dist/` rebuilt, or an update
 * unpacked, while the office's studio ran): a page whose code the studio loads only when first
 * asked for could not be loaded, and the office got "Có lỗi xảy ra … thử lại", which retrying does
 * not fix, with a stack in the log. Now: the page says the software changed and to restart the
 * studio (503), the log one line saying the same, no stack; the pages work again once the files
 * are back. A real studio process started from a copy of the package, whose bundle's chunks are
 * then moved away as an update's unpacking would.
 */
import { cp, mkdir, readdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyOfPackage, startFromCopy } from '../support/package-copy.js';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { ADMIN_PASSWORD, Client, plainText } from './studio.js';

afterAll(removeTempDirs);

describe('the program’s files replaced while the studio runs', () => {
  it('says to restart the studio (503), logs one line without a stack; works once they are back', async () => {
    const dir = await makeTempDir('phuong-print-code-replaced-');
    const pkg = join(dir, 'pkg');
    await copyOfPackage(pkg);
    const data = join(dir, 'data');
    const folder = join(data, 'campaigns', 'hai-phong');
    await mkdir(dirname(folder), { recursive: true });
    await cp(dirname(EXAMPLE_CAMPAIGN), folder, { recursive: true });

    const server = await startFromCopy(pkg, ['studio', '--data', data, '--port', '0'], {
      PHUONG_PRINT_ADMIN_PASSWORD: ADMIN_PASSWORD,
      PHUONG_PRINT_LANG: 'vi',
    });
    const { url, log } = server;
    try {
      const c = new Client(url);
      expect((await c.signIn()).status).toBe(303);

      // The update: the bundle's chunks gone while the studio runs (the new ones not yet there).
      const bundle = join(pkg, 'dist', 'bundle');
      const away = join(dir, 'away');
      await mkdir(away);
      const chunks = (await readdir(bundle)).filter((f) => f.startsWith('chunk-'));
      for (const f of chunks) await rename(join(bundle, f), join(away, f));

      const page = await c.get('/c/hai-phong/build');
      const text = plainText(page.text);
      expect(page.status, text).toBe(503);
      expect(text).toContain('Phần mềm vừa được cập nhật');
      expect(text).toContain('Hãy tắt studio rồi mở lại');
      expect(text).not.toContain('Có lỗi xảy ra');
      // One page asked for, one line: what happened and what to do.
      expect(
        log().match(/the program's files changed while this server runs .*restart the server/g),
        log(),
      ).toHaveLength(1);
      expect(log()).not.toMatch(/\n\s+at /);

      for (const f of chunks) await rename(join(away, f), join(bundle, f));
      const again = await c.get('/c/hai-phong/build');
      expect(again.status).toBe(200);
    } finally {
      await server.stop();
      await rm(pkg, { recursive: true, force: true }).catch(() => {});
    }
  });
});

/**
 * Prints made by an older version of the program (qa35 MINOR-3): after an upgrade the build tab
 * listed them as current while the leaders' pages already drew the new layout, so the copies
 * printed and the copy a leader downloads differed line for line. The tab now says the prints
 * were made by the previous version and that "Tạo tệp in" prints them again. Prints this version
 * made say nothing of it. A real build of the example (its first two groups) in the studio, the studio restarted (the
 * tab then reads the campaign's print record, out/manifest.json, as after an upgrade).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { buildAndWait } from './build-wait.js';
import { Client, plainText, restartStudio, studioWithExample } from './studio.js';

afterAll(removeTempDirs);

describe('prints made by an older version', () => {
  it('are said to be, with "Tạo tệp in" to print them again; this version’s are not', async () => {
    // Two groups: what the tab says depends on the print record, not on the ward's size.
    const { s, c } = await studioWithExample({}, 'hai-phong', undefined, { groups: 2 });
    expect((await buildAndWait(c, 'hai-phong')).state).toBe('done');
    await s.app.close();
    const tab = async () => {
      const { app, url } = await restartStudio(s);
      try {
        const office = new Client(url);
        await office.signIn();
        return plainText((await office.get('/c/hai-phong/build')).text);
      } finally {
        await app.close();
      }
    };
    try {
      const now = await tab();
      expect(now).toContain('Đã tạo tệp in lúc');
      expect(now).not.toContain('phiên bản trước');

      // The record an older version wrote: the same files, no word of the code that drew them.
      const file = join(s.dataDir, 'campaigns', 'hai-phong', 'out', 'manifest.json');
      const record = JSON.parse(await readFile(file, 'utf8'));
      delete record.code;
      await writeFile(file, JSON.stringify(record, null, 2));
      const older = await tab();
      expect(older).toContain('Đã tạo tệp in lúc');
      expect(older).toMatch(
        /được tạo bằng phiên bản trước của phần mềm[^.]*\. [^.]*bấm “Tạo tệp in” để tạo lại/,
      );
    } finally {
      await s.store.close();
    }
  });
});

/**
 * How the studio reads a groups list (groups-read.ts): a list of a few hundred rows — a workbook
 * of some 20 KB — is read on the studio's thread and starts no thread (starting
 * the preview's threads for one cost ~3.5 s of its first visit: review34 F6); a list the thread
 * cannot read (here: over the thread's heap) is still shown, read on the studio's thread, and the
 * studio's log says so in one `warning:` line naming the file and why (review34 F2: it fell back
 * silently).
 */
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { groupsReadsInThread } from '../../src/studio/groups-read.js';
import { xlsxBytes } from '../support/inputs.js';
import { removeTempDirs } from '../support/tmp.js';
import { wardCsv } from '../support/ward.js';
import { plainText, studioWithExample, type TestStudio } from './studio.js';

const studios: TestStudio[] = [];
afterAll(async () => {
  for (const s of studios) await s.close();
  await removeTempDirs();
});

describe('the groups list read by the studio', () => {
  it('reads a workbook of 300 groups (~20 KB) on its own thread, starting none', async () => {
    const { s, c, folder } = await studioWithExample();
    studios.push(s);
    const rows = [
      ['STT', 'Tên tổ dân phố', 'Tổ trưởng', 'Số điện thoại', 'Số hộ', 'Số nhân khẩu', 'Địa chỉ'],
      ...Array.from({ length: 300 }, (_, i) => [
        i + 1,
        `Tổ dân phố số ${i + 1}`,
        `Nguyễn Văn Hùng ${i + 1}`,
        `09${String(i + 1).padStart(8, '0')}`,
        100 + (i % 50),
        400 + (i % 200),
        `Số ${i + 1} đường Lê Lợi`,
      ]),
    ];
    const bytes = await xlsxBytes({ 'Danh sách': rows });
    expect(bytes.length).toBeGreaterThan(17 * 1024);
    await rm(join(folder, 'groups.csv'));
    await writeFile(join(folder, 'groups.xlsx'), bytes);
    const before = groupsReadsInThread();
    const page = await c.get('/c/hai-phong/groups');
    expect(page.status).toBe(200);
    expect(plainText(page.text)).toContain('300 tổ đọc được');
    expect(groupsReadsInThread()).toBe(before);
    expect(s.errors).toEqual([]);
  }, 60_000);

  it('shows a list its thread cannot hold, read here, and logs why', async () => {
    // Every list in a thread, and a thread of 8 MB: the reader's code alone does not fit.
    const { s, c } = await studioWithExample(
      { groupsReading: { inThreadFrom: { text: 0, zipped: 0 }, threadHeapMb: 8 } },
      'lon',
    );
    studios.push(s);
    const folder = join(s.dataDir, 'campaigns', 'lon');
    const list = join(folder, 'groups.csv');
    await writeFile(list, wardCsv(3000));
    const before = groupsReadsInThread();
    const page = await c.get('/c/lon/groups');
    expect(page.status).toBe(200);
    const text = plainText(page.text);
    expect(text).toContain('3000 tổ đọc được');
    expect(groupsReadsInThread()).toBe(before);
    const warned = s.errors.filter((l) => l.startsWith('warning:'));
    expect(warned).toHaveLength(1);
    expect(warned[0]).toContain(list);
    expect(warned[0]).toContain('ERR_WORKER_OUT_OF_MEMORY');
  }, 120_000);
});

/**
 * The Trang tổ trưởng tab when a time is missing from the campaign's record of its pages (a
 * record written by hand, or by an older version): the sentence is said without the time, never
 * "đang mở từ ." or "Đã cấp đường dẫn mới lúc :" (review37 #6).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLISHED_DIR } from '../../src/studio/publications.js';
import { removeTempDirs } from '../support/tmp.js';
import { GROUPS, openedWithGroups, visible } from './results-figures.js';
import type { Client, TestStudio } from './studio.js';

describe('the leaders’ tab with a time missing', () => {
  let s: TestStudio;
  let office: Client;
  beforeAll(async () => {
    ({ s, office } = await openedWithGroups(GROUPS));
  });
  afterAll(async () => {
    await s?.app.close();
    await s?.store.close();
    await removeTempDirs();
  });

  it('says the pages are open, and a renewed link, without a time', async () => {
    const record = join(s.dataDir, PUBLISHED_DIR, 'hai-phong.json');
    const p = JSON.parse(await readFile(record, 'utf8')) as Record<string, unknown>;
    const first = GROUPS.trim().split('\n')[1]?.split(';')[0] ?? '';
    delete p.since;
    p.renewed = { [first]: { n: 1, at: '' } };
    await writeFile(record, JSON.stringify(p));
    const text = visible((await office.get('/c/hai-phong/leaders')).text);
    expect(text).toContain('Trang tổ trưởng đang mở.');
    expect(text).toContain('Đã cấp đường dẫn mới: đường dẫn cũ không còn mở được');
    expect(text).not.toMatch(/ (?:từ|lúc) [.:)]/);
  });
});

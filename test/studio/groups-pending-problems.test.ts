/**
 * A new groups file awaiting the office's "Vẫn dùng tệp này" shows its rows' problems before the
 * office confirms replacing the list (qa36 F5): a letter the fonts lack (a Khmer letter pasted
 * into a name) and a name that differs from another only in capitals, as the page says them once
 * the file is in use, not only after the tick.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_GROUPS } from '../support/render.js';
import { removeTempDirs } from '../support/tmp.js';
import { type Client, studioWithExample, type TestStudio } from './studio.js';

describe('a new groups file the office is asked to confirm', () => {
  let s: TestStudio;
  let office: Client;
  const page = '/c/hai-phong/groups';

  beforeAll(async () => {
    ({ s, c: office } = await studioWithExample());
    const open = await office.post('/c/hai-phong/leaders/open', {}, '/c/hai-phong/leaders');
    expect(open.status).toBe(303);
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  it('shows the row the fonts cannot print and the near-duplicate name before the tick', async () => {
    const lines = (await readFile(EXAMPLE_GROUPS, 'utf8')).trimEnd().split('\n');
    // The last group dropped (the links sent to it die: the office is asked to confirm), tổ 3's
    // leader pasted with a Khmer letter, a new row naming tổ 1 in capitals.
    const edited = [
      ...lines
        .slice(0, -1)
        .map((l) => (l.startsWith('3;') ? l.replace(/^(3;[^;]*;)[^;]*/, '$1Thạch ភូមិ') : l)),
      '99;TỔ DÂN PHỐ SỐ 1;Lê Văn Nam;0912 000 099;Nhà văn hóa tổ 1;10;40',
    ].join('\n');
    const res = await office.upload(
      page,
      'file',
      'to.csv',
      new TextEncoder().encode(edited),
      {},
      page,
    );
    const text = res.text.replace(/\s+/g, ' ');
    expect(res.status, text.replace(/<[^>]*>/g, '').slice(0, 3000)).toBe(409);
    expect(text).toContain('name="confirmShift"');
    expect(text).toContain('1 dòng có lỗi');
    expect(text).toContain('(U+1797)');
    expect(text).toContain('có phải cùng một tổ?');
  });
});

/**
 * A double click on "Mở trang tổ trưởng": two openings of one campaign's leader pages at once,
 * on a fresh data folder (no secret yet). Both must answer as one click does, and every link the
 * office's tab then lists must open its leader's page: the served site and the office's links
 * come from one secret. Real sockets on loopback, the example's first three groups: a wrong
 * secret would fail every link alike, and each link opened renders its group's every document.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_GROUPS } from '../support/render.js';
import { removeTempDirs } from '../support/tmp.js';
import { type Client, studioWithExample, type TestStudio } from './studio.js';

describe('opening the leaders’ pages twice at once (a double click)', () => {
  let s: TestStudio;
  let office: Client;

  beforeAll(async () => {
    const lines = (await readFile(EXAMPLE_GROUPS, 'utf8')).split(/(?<=\n)/);
    ({ s, c: office } = await studioWithExample({ groups: lines.slice(0, 4).join('') }));
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  it('answers both clicks, and every link the office’s tab lists opens its leader’s page', async () => {
    const token = await office.tokenOf('/c/hai-phong/leaders');
    const open = () => office.postRaw('/c/hai-phong/leaders/open', { _csrf: token });
    const answers = await Promise.all([open(), open()]);
    expect(answers.map((a) => a.status)).toEqual([303, 303]);

    const page = await office.get('/c/hai-phong/leaders');
    const links = [...page.text.matchAll(/class="leader-url" value="([^"]+)"/g)].map(
      (m) => m[1] ?? '',
    );
    expect(links).toHaveLength(3);
    for (const link of links) {
      const path = new URL(link).pathname;
      expect({ link, status: (await office.get(path)).status }).toEqual({ link, status: 200 });
    }
    expect(s.errors).toEqual([]);
  });
});

/**
 * Two groups of the list with the same name once read (one typed in Unicode, one with a TCVN3
 * font and converted: qa37 m4): the studio's preview picker and serve's office page /admin name
 * each of them with its id ("Tổ dân phố số 1 (mã 3)"), as the results do, so the office can
 * tell which is which. A name that is not repeated is shown as it is.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWard } from '../../src/serve/ward.js';
import { studioWithExample } from '../studio/studio.js';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { fromHtml } from './leader-page.js';
import { ADMIN_PASSWORD, basic, startServer } from './server.js';

// Row 4 is row 2's name typed with a .VnTime font ("Tæ d©n phè sè 1" → "Tổ dân phố số 1").
const CSV =
  '\uFEFFSTT;Tên tổ dân phố;Tổ trưởng;Số hộ;Số nhân khẩu\r\n' +
  '1;Tổ dân phố số 1;Nguyễn Văn Hùng;248;861\r\n' +
  '2;Tổ dân phố số 2;Trần Thị Thu Hằng;345;1152\r\n' +
  '3;Tæ d©n phè sè 1;Lª V¨n Nam;100;300\r\n';

describe('groups with the same name are told apart by their id', () => {
  it("in serve's /admin list", async () => {
    const dir = await makeTempDir('phuong-print-same-');
    const groups = join(dir, 'groups.csv');
    await writeFile(groups, CSV);
    const ward = await loadWard({ campaign: EXAMPLE_CAMPAIGN, groups });
    const s = await startServer({ ward });
    try {
      const res = await fetch(`${s.url}/admin`, {
        headers: { authorization: basic('admin', ADMIN_PASSWORD) },
      });
      const names = [...fromHtml(await res.text()).matchAll(/<h2>([^<]+)<\/h2>/g)].map((m) => m[1]);
      expect(names).toEqual([
        'Tổ dân phố số 1 (mã 1)',
        'Tổ dân phố số 2',
        'Tổ dân phố số 1 (mã 3)',
      ]);
    } finally {
      await s.app.close();
      await removeTempDirs();
    }
  });

  it("in the studio's preview picker", async () => {
    const { s, c } = await studioWithExample({ groups: CSV });
    try {
      const panel = await c.get('/c/hai-phong/preview/panel?group=3&kind=notice.pdf');
      expect(panel.status).toBe(200);
      const options = [
        ...fromHtml(panel.text).matchAll(/<option value="(\d+)"[^>]*>([^<]+)<\/option>/g),
      ];
      expect(options.map((m) => [m[1], m[2]])).toEqual([
        ['1', 'Tổ dân phố số 1 (mã 1)'],
        ['2', 'Tổ dân phố số 2'],
        ['3', 'Tổ dân phố số 1 (mã 3)'],
      ]);
    } finally {
      await s.close();
      await removeTempDirs();
    }
  });
});

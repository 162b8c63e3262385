/**
 * qa57 M5: a leader's cell of two numbers ("0912 005 484; 0983 100 004", a mobile and a
 * landline "0912 004 113 - 0225 3 846 103", as the merged ward's list writes 1 row in 3) was one
 * `tel:` link of 20 digits on the office's "Chưa báo cáo" call list: a tap dialled a number that
 * does not exist. Each number is its own link now, on serve's /admin/ket-qua and on the studio's
 * Kết quả and a group's entry page (real HTTP on loopback), split as the flyer prints them.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWard } from '../../src/serve/ward.js';
import { type Client, studioWithExample, type TestStudio } from '../studio/studio.js';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { ADMIN_PASSWORD, basic, startResultsServer } from './server.js';

// The cells as qa57's s1/groups-b.xlsx writes them.
const GROUPS = `STT;Tên tổ dân phố;Tổ trưởng;Số điện thoại;Số hộ;Số nhân khẩu
1;Tổ dân phố số 1;Nguyễn Văn Hùng;0912 005 484; 0983 100 004;250;1000
2;Tổ dân phố số 2;Trần Thị Thu Hằng;0912 004 113 - 0225 3 846 103;200;800
3;Tổ dân phố số 3;Phạm Đức Thắng;0356 782 104;150;500
4;Tổ dân phố số 4;Lê Văn Bình;1900 1234, nhánh 2;120;400
5;Tổ dân phố số 5;Đỗ Thị Mai;0225.3846.555 (máy lẻ 12);100;300
`.replace('0912 005 484; 0983 100 004', '"0912 005 484; 0983 100 004"');

/** Each `tel:` link of the page with the text it shows. */
const telLinks = (html: string) =>
  [...html.matchAll(/<a(?: class="tel")? href="tel:([^"]*)">([^<]*)<\/a>/g)].map(
    (m) => `${m[1]} ${m[2]}`,
  );

/** What a cell's two numbers must be: each its own 10 or 11 digits, as the cell shows it. */
const EACH_NUMBER = [
  '0912005484 0912 005 484',
  '0983100004 0983 100 004',
  '0912004113 0912 004 113',
  '02253846103 0225 3846 103',
  '0356782104 0356 782 104',
  // review57b #6: an extension is no number of its own, nor dialled into the number.
  '19001234 1900 1234',
  '02253846555 0225.3846.555',
];

describe('serve’s Kết quả: a cell of two phones', () => {
  let close: () => Promise<void>;
  let html = '';
  beforeAll(async () => {
    const dir = await makeTempDir('phuong-print-two-phones-');
    await writeFile(join(dir, 'groups.csv'), GROUPS);
    const ward = await loadWard({ campaign: EXAMPLE_CAMPAIGN, groups: join(dir, 'groups.csv') });
    const s = await startResultsServer(ward, dir);
    close = async () => {
      await s.app.close();
      await s.store.close();
    };
    const res = await fetch(`${s.url}/admin/ket-qua`, {
      headers: { authorization: basic('admin', ADMIN_PASSWORD) },
    });
    expect(res.status).toBe(200);
    html = await res.text();
  }, 60_000);
  afterAll(async () => {
    await close?.();
    await removeTempDirs();
  });

  it('links each number of the call list on its own', () => {
    const list = /<ul class="(?:list )?missing-list">[\s\S]*?<\/ul>/.exec(html)?.[0] ?? '';
    expect(telLinks(list)).toEqual(EACH_NUMBER);
    // The cell's own mark stays between them.
    expect(list).toContain('0912 005 484</a>; <a');
    expect(list).toContain('0912 004 113</a> - <a');
    // The extension printed after its number's link.
    expect(list).toContain('1900 1234</a>, nhánh 2');
    expect(list).toContain('0225.3846.555</a> (máy lẻ 12)');
  });
});

describe('the studio’s Kết quả: a cell of two phones', () => {
  let s: TestStudio;
  let office: Client;
  beforeAll(async () => {
    ({ s, c: office } = await studioWithExample({ groups: GROUPS }));
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  it('links each number of the call list on its own', async () => {
    const page = await office.get('/c/hai-phong/results');
    expect(page.status).toBe(200);
    const list = /<ul class="(?:list )?missing-list">[\s\S]*?<\/ul>/.exec(page.text)?.[0] ?? '';
    expect(telLinks(list)).toEqual(EACH_NUMBER);
  });

  it('links each number on the group’s page where the office types its figures', async () => {
    const page = await office.get('/c/hai-phong/results/group/2');
    expect(page.status).toBe(200);
    expect(telLinks(page.text)).toEqual(EACH_NUMBER.slice(2, 4));
  });
});

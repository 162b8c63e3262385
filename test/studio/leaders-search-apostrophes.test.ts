/**
 * The leaders tab's search (Tìm khu dân cư) treats the apostrophes of Ê Đê / Jrai names as one
 * (qa36 F4): ' ’ ʼ and ` are typed interchangeably (Word turns ' into ’, a phone types ʼ), and a
 * name searched without it ("mhang") finds it too, as marks are optional.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { openedWithGroups } from './results-figures.js';
import type { Client, TestStudio } from './studio.js';

const GROUPS = `STT;Tên tổ dân phố;Tổ trưởng;Số điện thoại;Số hộ;Số nhân khẩu
1;Buôn H'Drai;H'Hen Niê;0912 345 678;250;1000
2;Buôn H’Drai;H’Hen Êban;0983 214 567;200;800
3;Buôn HʼDrai;HʼHen Mlô;0356 782 104;150;500
4;Buôn MʼHăng;Y Thŏ Byă;0868 150 932;100;400
`;
const NAMES = ["Buôn H'Drai", 'Buôn H’Drai', 'Buôn HʼDrai', 'Buôn MʼHăng'];

describe('searching the leaders tab for a name with an apostrophe', () => {
  let s: TestStudio;
  let office: Client;
  beforeAll(async () => {
    ({ s, office } = await openedWithGroups(GROUPS));
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  /** The groups the tab lists for the search `q`, by name. */
  const found = async (q: string) => {
    const page = (await office.get(`/c/hai-phong/leaders?${new URLSearchParams({ q })}`)).text;
    return NAMES.filter((n) => page.includes(`<strong>${escaped(n)}</strong>`));
  };
  const escaped = (n: string) => n.replace("'", '&#39;');

  it.each(["H'Drai", 'H’Drai', 'HʼDrai', 'H`Drai', 'hdrai'])(
    'finds all three spellings for %s',
    async (q) => {
      expect(await found(q)).toEqual(NAMES.slice(0, 3));
    },
  );

  it.each(["M'Hăng", 'M’Hang', 'mhang', 'm hang'])('finds Buôn MʼHăng for %s', async (q) => {
    expect(await found(q)).toEqual(['Buôn MʼHăng']);
  });

  it("finds each leader spelt H'Hen, H’Hen or HʼHen", async () => {
    expect(await found("H'Hen")).toEqual(NAMES.slice(0, 3));
  });
});

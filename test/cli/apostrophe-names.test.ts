/**
 * Ê Đê / Jrai names typed with different apostrophes (qa36 F3, F7): ' ’ ʼ ` are typed
 * interchangeably (Word turns ' into ’, a phone types ʼ), so a groups file with "Buôn H'Drai" and
 * "Buôn H’Drai" asks whether they are one buôn, as names differing in accents or dashes do; and a
 * results file's "Buôn M'Hăng" is the groups file's "Buôn MʼHăng". The command's code runs in
 * this process (runCliInProcess), read as the clerk reads stderr and the report.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkVi } from '../support/cli.js';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { figuresIn, reportInVietnamese } from './report-figures.js';

afterAll(removeTempDirs);

const MEASURE = 'Số người dân tham gia cuộc thi';
const GROUPS = `STT;Tên buôn;Trưởng buôn;Số điện thoại;Số hộ;Số nhân khẩu
1;Buôn H'Drai;H'Hen Niê;0905 000 001;50;200
2;Buôn H’Drai;H’Hen Êban;0905 000 002;50;200
3;Buôn HʼDrai;HʼHen Mlô;0905 000 003;50;200
4;Buôn H\`Drai;Y Ngông;0905 000 004;50;200
5;Buôn MʼHăng;Y Thŏ Byă;0905 000 005;60;250
6;Buôn Ko Tam;Y Khu;0905 000 006;50;200
`;

let dir: string;
let groups: string;
beforeAll(async () => {
  dir = await makeTempDir('phuong-print-apostrophes-');
  groups = join(dir, 'groups.csv');
  await writeFile(groups, GROUPS);
});

describe('names typed with different apostrophes', () => {
  it('are asked about as one buôn by check', async () => {
    const r = await checkVi(EXAMPLE_CAMPAIGN, groups, {}, ['--kind', 'notice']);
    const err = `${r.stdout} ${r.stderr}`.replace(/\s+/g, ' ');
    for (const [other, row] of [
      ['Buôn H’Drai', 3],
      ['Buôn HʼDrai', 4],
      ['Buôn H`Drai', 5],
    ])
      expect(err).toContain(`tên “Buôn H'Drai” và “${other}” (dòng 2, ${row})`);
    expect(err).toContain('có phải cùng một buôn?');
  });

  it("match the groups file's name in a results file", async () => {
    const only = join(dir, 'groups-one.csv');
    await writeFile(
      only,
      GROUPS.split('\n')
        .filter((l, i) => i === 0 || l.startsWith('5;'))
        .join('\n'),
    );
    const results = join(dir, 'kq.csv');
    await writeFile(results, `Tên buôn;${MEASURE}\nBuôn M'Hăng;150\n`);
    const out = join(dir, 'report');
    const r = await reportInVietnamese({
      campaign: EXAMPLE_CAMPAIGN,
      groups: only,
      results,
      out,
      date: '2025-11-12',
    });
    expect(r.code, r.stderr).toBe(0);
    expect((await figuresIn(out, MEASURE, 'Buôn')).get('Buôn MʼHăng')).toBe(150);
  });
});

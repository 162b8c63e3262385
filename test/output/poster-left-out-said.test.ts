/**
 * qa59b M1: a poster part left out for a group's long place was said as "templates/poster.hbs,
 * mục “steps”: … phần “@@ steps”" (a built-in file and a section the office never wrote), named
 * neither the khu phố nor the cell to shorten, and the studio's build page said nothing. Now
 * `check` names the groups file's row and column, the khu phố and the part by its printed
 * heading, and the studio's "Tạo tệp in" page says the same. The place here is qa59b's KP1 place
 * written three times (over 700 characters): too long even for the A3 in its smallest type.
 */
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainText, studioWithCampaign, type TestStudio } from '../studio/studio.js';
import { checkVi } from '../support/cli.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

const FIXTURE = new URL('../fixtures/qa59b-long-place/', import.meta.url).pathname;
const COLUMN = 'Địa điểm tập trung';
let dir: string;
let group1: string;
/** The long cell's length, in characters. */
let long: number;

beforeAll(async () => {
  dir = await makeTempDir('phuong-print-left-out-');
  await copyFile(join(FIXTURE, 'campaign.yaml'), join(dir, 'campaign.yaml'));
  const csv = await readFile(join(FIXTURE, 'groups.csv'), 'utf8');
  const row = csv.split('\n')[1] ?? '';
  // Row 2's place: the cell after its time, quoted.
  const place = /"(Sân Nhà văn hóa khu phố 1[^"]+)"/.exec(row)?.[1] ?? '';
  expect(place.length).toBeGreaterThan(200);
  long = place.length * 3 + 2 * '; '.length;
  group1 = /^1,"([^"]+)"/.exec(row)?.[1] ?? '';
  await writeFile(join(dir, 'groups.csv'), csv.replace(place, [place, place, place].join('; ')));
});
afterAll(removeTempDirs);

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What a warning about a part left out must say, and must not. */
function saysItInTheOfficesWords(text: string) {
  const said = text.split('\n').filter((l) => l.includes('không đủ chỗ'));
  expect(said.length, text).toBeGreaterThan(0);
  for (const line of said) {
    expect(line).toContain(group1);
    expect(line).toMatch(/“(Người dân cần làm gì\?|Cần mang theo)”/);
    expect(line).not.toContain('poster.hbs');
    expect(line).not.toContain('@@');
  }
  return said;
}

describe('a poster part left out for a long place', () => {
  it('is said by check at the groups file’s row and column, with the khu phố and the heading', async () => {
    const r = await checkVi(join(dir, 'campaign.yaml'), join(dir, 'groups.csv'));
    const said = saysItInTheOfficesWords(r.stderr);
    for (const line of said) expect(line).toContain(`groups.csv, dòng 2, cột “${COLUMN}”`);
    expect(r.stderr).toContain(`Rút ngắn ô “${COLUMN}” của ${group1} (dài ${long} ký tự`);
  });

  it('is said on the studio’s “Tạo tệp in” page', async () => {
    let s: TestStudio | undefined;
    try {
      const started = await studioWithCampaign('ra-quan', [
        join(dir, 'campaign.yaml'),
        join(dir, 'groups.csv'),
      ]);
      s = started.s;
      const page = await started.c.get('/c/ra-quan/build');
      expect(page.status).toBe(200);
      const text = plainText(page.text);
      expect(text).toMatch(
        new RegExp(
          `của ${escaped(group1)} không đủ chỗ cho phần “(Người dân cần làm gì\\?|Cần mang theo)”`,
        ),
      );
      expect(text).not.toContain('poster.hbs');
      expect(text).not.toContain('@@');
    } finally {
      await s?.close();
    }
  });
});

/**
 * Campaigns of several years beside the example (campaign-list-years.test.ts,
 * campaign-search-browser.test.ts): copies of it redated, their contest's days too, one ended
 * in 2024, one ended some 300 days ago, one running now; the oldest saved last.
 */
import { cp, mkdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { wardDay } from '../../src/ward-time.js';

/** "2026-12-05" + n days. */
const plus = (iso: string, n: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
/** "2026-12-05" → "05/12/2026". */
export const shown = (iso: string) => iso.split('-').reverse().join('/');

export const TODAY = wardDay();

/** `iso`, or 1 January of TODAY's year when it falls in the year before. */
const inThisYear = (iso: string) =>
  iso < `${TODAY.slice(0, 4)}-01-01` ? `${TODAY.slice(0, 4)}-01-01` : iso;
/** The campaigns added beside the example, each a copy of it redated (its contest's days too). */
export const CAMPAIGNS = [
  {
    slug: 'tong-ve-sinh-1-2024',
    name: 'Tổng vệ sinh môi trường 1/2024',
    number: 12,
    issued: '2024-01-15',
    starts: '2024-01-20',
    ends: '2024-02-15',
    /** Its days written day first, as an office types them ("15/01/2024"; review36b #1). */
    dayFirst: true,
  },
  {
    slug: 'kich-hoat-vneid',
    name: 'Kích hoạt VNeID mức 2',
    number: 318,
    issued: plus(TODAY, -300),
    starts: plus(TODAY, -295),
    ends: plus(TODAY, -280),
  },
  {
    slug: 'trao-qua-tet',
    name: 'Trao quà Tết Đinh Mùi',
    number: 281,
    // This year's, also on 1–4 January: the tests read the current year's heading from it.
    issued: inThisYear(plus(TODAY, -4)),
    starts: inThisYear(plus(TODAY, -3)),
    ends: plus(TODAY, 15),
  },
];

/**
 * Writes CAMPAIGNS into the studio's campaigns folder beside the example's `folder`; the 2024
 * one's campaign.yaml last (a phone number fixed): its file is the newest. The example's date.
 */
export async function addDatedCampaigns(dataDir: string, folder: string): Promise<string> {
  const yaml = await readFile(join(folder, 'campaign.yaml'), 'utf8');
  for (const k of CAMPAIGNS) {
    const dir = join(dataDir, 'campaigns', k.slug);
    await mkdir(dir, { recursive: true });
    await cp(join(folder, 'groups.csv'), join(dir, 'groups.csv'));
    const day = (iso: string) => ('dayFirst' in k ? `"${shown(iso)}"` : iso);
    await writeFile(
      join(dir, 'campaign.yaml'),
      yaml
        .replace(/^issued: \S+/m, `issued: ${day(k.issued)}`)
        .replace(/^( {2}number:) \S+/m, `$1 ${k.number}`)
        .replace(/^( {2}starts:) \S+/m, `$1 ${day(k.starts)}`)
        .replace(/^( {2}ends:) \S+/m, `$1 ${day(k.ends)}`),
    );
    await writeFile(join(dir, 'studio-name.txt'), `${k.name}\n`);
  }
  const later = new Date(Date.now() + 60_000);
  await utimes(join(dataDir, 'campaigns', CAMPAIGNS[0]?.slug ?? '', 'campaign.yaml'), later, later);
  return /^issued: (\S+)/m.exec(yaml)?.[1] ?? '';
}

/**
 * How many to print, on the studio's build tab (qa21 finding 13): beside the whole ward's flyer
 * and checklist files, the sheets and copies the ward's households (or people) need, each
 * group's own count as its leader's page says it, added up; the groups the list gives no count
 * for are named as not counted. A sign-up campaign (its first measure a quota of people) hands
 * its checklists to whoever signs up: no count, for a group without a quota too (qa23 #6: that
 * group's whole population was the ward's total). Expected figures are worked out from the
 * groups file here.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureCampaign } from '../support/measure-campaign.js';
import { removeTempDirs } from '../support/tmp.js';
import { pressPrintAll } from './print-all.js';
import { type Client, plainText, signedInStudio, type TestStudio } from './studio.js';

/** Households and population of each thôn; Thôn 3's are not in the list. */
const ROWS: [number, number | '', number | ''][] = [
  [1, 231, 852],
  [2, 120, 387],
  [3, '', ''],
  [4, 57, 190],
];
const GROUPS = `${[
  'STT;Tên thôn;Trưởng thôn;Số hộ;Số nhân khẩu',
  ...ROWS.map(([id, h, p]) => `${id};Thôn ${id};Nguyễn Văn Bình;${h};${p}`),
].join('\n')}\n`;

const counted = ROWS.filter(([, h]) => h !== '') as [number, number, number][];
const dotted = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
const households = counted.reduce((a, [, h]) => a + h, 0);
const people = counted.reduce((a, [, , p]) => a + p, 0);
/** Two flyers to an A4 sheet, each thôn's sheet printed for its own households. */
const sheets = counted.reduce((a, [, h]) => a + Math.ceil(h / 2), 0);

/** An election's list: its voters ("Số cử tri") fewer than its people (children are none). */
const VOTER_ROWS: [number, number][] = [
  [1, 331],
  [2, 290],
  [4, 140],
];
const VOTERS = `${[
  'STT;Tên thôn;Trưởng thôn;Số hộ;Số nhân khẩu;Số cử tri',
  ...ROWS.map(([id, h, p]) => {
    const v = VOTER_ROWS.find(([i]) => i === id)?.[1] ?? '';
    return `${id};Thôn ${id};Nguyễn Văn Bình;${h};${p};${v}`;
  }),
].join('\n')}\n`;
const voters = VOTER_ROWS.reduce((a, [, v]) => a + v, 0);

/** A class's quotas ("Chỉ tiêu (người)"); Thôn 4's cell left empty. */
const QUOTAS: [number, number | ''][] = [
  [1, 20],
  [2, 25],
  [3, 15],
  [4, ''],
];
const SIGN_UP = `${[
  'STT;Tên thôn;Trưởng thôn;Số hộ;Số nhân khẩu;Chỉ tiêu (người)',
  ...ROWS.map(
    ([id, h, p]) =>
      `${id};Thôn ${id};Nguyễn Văn Bình;${h};${p};${QUOTAS.find(([i]) => i === id)?.[1] ?? ''}`,
  ),
].join('\n')}\n`;

/**
 * A vaccination day's list (qa24 F8): the children due in each thôn, Thôn 2 none ("0": nothing to
 * do there), Thôn 3's cell empty; no "Số nhân khẩu" column, as the office's own sheet has none.
 */
const DUE_HEADER = 'Số trẻ cần tiêm';
const DUE: [number, number | ''][] = [
  [1, 48],
  [2, 0],
  [3, ''],
  [4, 37],
];
const VACCINATION = `${[
  `STT;Tên thôn;Trưởng thôn;${DUE_HEADER}`,
  ...DUE.map(([id, n]) => `${id};Thôn ${id};Nguyễn Văn Bình;${n}`),
].join('\n')}\n`;
/** What the column counts, as its header says it: "trẻ cần tiêm". */
const dueNoun = DUE_HEADER.replace(/^Số /, '');
const due = DUE.reduce((a, [, n]) => a + (n === '' ? 0 : n), 0);

/** The same thôn, Thôn 2's households and people given as 0 (none there), Thôn 3's empty. */
const ZERO_ROWS = ROWS.map(([id, h, p]): [number, number | '', number | ''] =>
  id === 2 ? [id, 0, 0] : [id, h, p],
);
const ZERO_GROUPS = `${[
  'STT;Tên thôn;Trưởng thôn;Số hộ;Số nhân khẩu',
  ...ZERO_ROWS.map(([id, h, p]) => `${id};Thôn ${id};Nguyễn Văn Bình;${h};${p}`),
].join('\n')}\n`;

/**
 * An election's list without a population column (qa25 c1): Thôn 2 has no voters ("0"), Thôn 3's
 * cell is empty.
 */
const VOTER_ZERO: [number, number | ''][] = [
  [1, 331],
  [2, 0],
  [3, ''],
  [4, 140],
];
const VOTERS_ZERO = `${[
  'STT;Tên thôn;Trưởng thôn;Số hộ;Số cử tri',
  ...VOTER_ZERO.map(([id, v]) => `${id};Thôn ${id};Nguyễn Văn Bình;${ROWS[id - 1]?.[1]};${v}`),
].join('\n')}\n`;

const WAIT_MS = 90_000;

async function build(c: Client, slug: string): Promise<string> {
  expect((await pressPrintAll(c, slug)).status).toBe(303);
  const until = Date.now() + WAIT_MS;
  for (;;) {
    const status = JSON.parse((await c.get(`/c/${slug}/build/status`)).text);
    if (status.state !== 'running') break;
    if (Date.now() > until) throw new Error(`build of ${slug} still runs`);
    // A status is a small in-process answer: asked often, the case goes on as the build ends
    // (six builds here; at 300 ms a build's end waited ~150 ms on average).
    await new Promise((r) => setTimeout(r, 50));
  }
  return (await c.get(`/c/${slug}/build`)).text;
}

/** The print-count line of each print file of the tab, by the file's label. */
const countsOf = (page: string) =>
  new Map(
    [
      ...page.matchAll(/<li><a href="[^"]+" data-file-name="[^"]+">([^<]+)<\/a>[\s\S]*?<\/li>/g),
    ].map((m) => [
      m[1] ?? '',
      plainText(/<span class="print-count">([\s\S]*?)<\/span>/.exec(m[0])?.[1] ?? '').trim(),
    ]),
  );

describe('the build tab’s print counts', () => {
  let s: TestStudio;
  let c: Client;
  const campaign = async (slug: string, measure: string, groups = GROUPS) => {
    const folder = join(s.dataDir, 'campaigns', slug);
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'campaign.yaml'), measureCampaign(measure));
    await writeFile(join(folder, 'groups.csv'), groups);
  };
  beforeAll(async () => {
    ({ s, c } = await signedInStudio());
    await campaign('theo-ho', '{ id: ho, label: Số hộ đã làm, of: households }');
    await campaign(
      'theo-cu-tri',
      '{ id: cu_tri, label: Số cử tri đã đi bầu, of: Số cử tri }',
      VOTERS,
    );
    await campaign(
      'tiem-chung',
      `{ id: da_tiem, label: Số trẻ đã được tiêm, of: ${DUE_HEADER} }`,
      VACCINATION,
    );
    await campaign(
      'nguoi-bang-0',
      '{ id: nguoi, label: Số người đã làm, of: people }',
      ZERO_GROUPS,
    );
    await campaign(
      'cu-tri-bang-0',
      '{ id: cu_tri, label: Số cử tri đã đi bầu, of: Số cử tri }',
      VOTERS_ZERO,
    );
    await campaign(
      'dang-ky',
      '{ id: dang_ky, label: Số người đăng ký học, of: Chỉ tiêu (người) }',
      SIGN_UP,
    );
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it('says the sheets of flyers and the checklists the households need', async () => {
    const counts = countsOf(await build(c, 'theo-ho'));
    const flyer = [...counts].find(([label]) => /tờ rơi/i.test(label))?.[1];
    expect(flyer).toBe(
      `Cả xã cần in ${dotted(sheets)} tờ A4 (${dotted(households)} hộ, mỗi tờ 2 tờ rơi): mỗi thôn in tờ của thôn mình cho đủ số hộ; chưa tính 1 thôn chưa có số hộ trong danh sách (Thôn 3).`,
    );
    const checklist = [...counts].find(([label]) => /cần làm/i.test(label))?.[1];
    expect(checklist).toBe(
      `Cả xã cần in ${dotted(households)} bản (mỗi hộ một bản): mỗi thôn in bản của thôn mình cho đủ số hộ; chưa tính 1 thôn chưa có số hộ trong danh sách (Thôn 3).`,
    );
    // The notice and the tracking sheet are the group's own, one each: no count.
    const others = [...counts].filter(([label]) => !/tờ rơi|cần làm/i.test(label));
    expect(others.length).toBeGreaterThan(0);
    for (const [, said] of others) expect(said).toBe('');
  });

  it('counts an election’s checklists by voter, not by resident (qa22)', async () => {
    const counts = countsOf(await build(c, 'theo-cu-tri'));
    const checklist = [...counts].find(([label]) => /việc cần làm|kiểm tra/i.test(label))?.[1];
    expect(checklist).toContain(`Cả xã cần in ${dotted(voters)} bản (mỗi cử tri một bản)`);
    expect(checklist).not.toContain(dotted(people));
  });

  it('names a thôn whose due column says 0 as needing none, and counts by the column’s noun (qa24 F8)', async () => {
    const counts = countsOf(await build(c, 'tiem-chung'));
    const checklist = [...counts].find(([label]) => /cần làm/i.test(label))?.[1];
    const none = DUE.filter(([, n]) => n === 0).map(([id]) => `Thôn ${id}`);
    const missing = DUE.filter(([, n]) => n === '').map(([id]) => `Thôn ${id}`);
    expect(checklist).toBe(
      `Cả xã cần in ${dotted(due)} bản (mỗi ${dueNoun} một bản): mỗi thôn in bản của thôn mình cho đủ số ${dueNoun}; không cần in cho ${none.join(', ')} (0 ${dueNoun}); chưa tính 1 thôn chưa có số ${dueNoun} trong danh sách (${missing.join(', ')}).`,
    );
    expect(checklist).not.toContain('nhân khẩu');
  });

  it('counts the checklists by person when the campaign counts people, and names a thôn whose households (people) the list gives as 0 as needing none, apart from an empty cell', async () => {
    const zero = ZERO_ROWS.filter(([, h]) => h === 0).map(([id]) => `Thôn ${id}`);
    const empty = ZERO_ROWS.filter(([, h]) => h === '').map(([id]) => `Thôn ${id}`);
    const zeroPeople = ZERO_ROWS.reduce((a, [, , p]) => a + (p === '' ? 0 : p), 0);
    // One build for both counts (~2 s of CPU a build): the flyers are counted by household
    // whatever the campaign counts (the first case's, of a campaign counting households, say the
    // same of their list), the checklists here by person.
    const counts = countsOf(await build(c, 'nguoi-bang-0'));
    const flyer = [...counts].find(([label]) => /tờ rơi/i.test(label))?.[1];
    expect(flyer).toContain(
      `không cần in cho ${zero.join(', ')} (0 hộ); chưa tính 1 thôn chưa có số hộ trong danh sách (${empty.join(', ')}).`,
    );
    const checklist = [...counts].find(([label]) => /cần làm/i.test(label))?.[1];
    expect(checklist).toBe(
      `Cả xã cần in ${dotted(zeroPeople)} bản (mỗi người một bản): mỗi thôn in bản của thôn mình cho đủ số người; không cần in cho ${zero.join(', ')} (0 nhân khẩu); chưa tính 1 thôn chưa có số nhân khẩu trong danh sách (${empty.join(', ')}).`,
    );
    expect(s.errors).toEqual([]);
    expect(`${flyer} ${checklist}`).not.toMatch(/chưa có số [^(]*\([^)]*Thôn 2/);
  });

  it('names a thôn whose voters the list gives as 0 as needing none, not as “chưa có số” (qa25)', async () => {
    const counts = countsOf(await build(c, 'cu-tri-bang-0'));
    const checklist = [...counts].find(([label]) => /việc cần làm|kiểm tra/i.test(label))?.[1];
    const zero = VOTER_ZERO.filter(([, v]) => v === 0).map(([id]) => `Thôn ${id}`);
    const empty = VOTER_ZERO.filter(([, v]) => v === '').map(([id]) => `Thôn ${id}`);
    const all = VOTER_ZERO.reduce((a, [, v]) => a + (v === '' ? 0 : v), 0);
    expect(checklist).toBe(
      `Cả xã cần in ${dotted(all)} bản (mỗi cử tri một bản): mỗi thôn in bản của thôn mình cho đủ số cử tri; không cần in cho ${zero.join(', ')} (0 cử tri); chưa tính 1 thôn chưa có số cử tri trong danh sách (${empty.join(', ')}).`,
    );
  });

  it('counts no checklist of a sign-up campaign, for a thôn without a quota either (qa23 #6)', async () => {
    const counts = countsOf(await build(c, 'dang-ky'));
    const checklist = [...counts].find(([label]) => /cần làm/i.test(label));
    expect(checklist).toBeDefined();
    expect(checklist?.[1]).toBe('');
    // Thôn 4 (no quota) is not the ward's total by its population.
    const empty = ROWS.find(([id]) => id === 4) as [number, number, number];
    expect([...counts.values()].join(' ')).not.toContain(`${dotted(empty[2])} bản`);
    // The flyers still go to every household.
    const flyer = [...counts].find(([label]) => /tờ rơi/i.test(label))?.[1];
    expect(flyer).toContain(`Cả xã cần in ${dotted(sheets)} tờ A4 (${dotted(households)} hộ`);
  });
});

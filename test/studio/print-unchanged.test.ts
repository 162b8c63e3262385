/**
 * After a fix that changes only the notice's body, the flyers' print file comes out byte for
 * byte as before: the office is told which print files need not be printed again (qa49 m1:
 * "Cả phường cần in 2.740 tờ A4" of flyers that had not changed). Two builds of a ward of two
 * groups, the body edited in between, by the command's code in this process; then what the
 * build says and what the studio's "In và tải về" tab says of each print file.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildArgs, runCliInProcess } from '../support/cli.js';
import { removeTempDirs } from '../support/tmp.js';
import { type Client, plainText, studioWithExample, type TestStudio } from './studio.js';

let s: TestStudio;
let c: Client;
let folder: string;
let second: { code: number; stdout: string; stderr: string };
let before: { notice: string; flyer: string };

const sha = (manifest: { print: { path: string; sha256: string }[] }, path: string) =>
  manifest.print.find((p) => p.path === path)?.sha256 ?? '';

beforeAll(async () => {
  ({ s, c, folder } = await studioWithExample({}, 'hai-phong', undefined, { groups: 2 }));
  const campaign = join(folder, 'campaign.yaml');
  const build = () =>
    runCliInProcess(
      buildArgs(
        campaign,
        join(folder, 'groups.csv'),
        join(folder, 'out'),
        '--kind',
        'notice,flyer',
      ),
      { env: { PHUONG_PRINT_LANG: 'vi' } },
    );
  expect((await build()).code).toBe(0);
  const m1 = JSON.parse(await readFile(join(folder, 'out', 'manifest.json'), 'utf8'));
  before = { notice: sha(m1, 'print/notice-all.pdf'), flyer: sha(m1, 'print/flyer-all.pdf') };
  // One word of the notice's body: the flyer does not print the body.
  const yaml = await readFile(campaign, 'utf8');
  expect(yaml).toContain('Hưởng ứng phong trào');
  await writeFile(campaign, yaml.replace('Hưởng ứng phong trào', 'Để hưởng ứng phong trào'));
  second = await build();
  const m2 = JSON.parse(await readFile(join(folder, 'out', 'manifest.json'), 'utf8'));
  // The premise, from the files themselves: the notice changed, the flyers did not.
  expect(sha(m2, 'print/notice-all.pdf')).not.toBe(before.notice);
  expect(sha(m2, 'print/flyer-all.pdf')).toBe(before.flyer);
});
afterAll(async () => {
  await s?.close();
  await removeTempDirs();
});

it('the build names the print files that need not be printed again, and only those', () => {
  expect(second.code, second.stderr).toBe(0);
  const line = second.stdout.split('\n').find((l) => l.includes('không cần in lại'));
  expect(line).toBe(
    'giống hệt lần tạo trước (nếu đã in các tệp đó thì không cần in lại): print/flyer-all.pdf',
  );
});

it('the studio marks the unchanged print file beside it, not the changed one', async () => {
  const page = plainText((await c.get('/c/hai-phong/build')).text);
  const files = page.slice(page.indexOf('Tệp in cho cả'), page.indexOf('Tệp ZIP của từng'));
  const flyer = files.slice(files.indexOf('Tờ rơi cuộc thi'));
  const notice = files.slice(
    files.indexOf('Thông báo của phường'),
    files.indexOf('Tờ rơi cuộc thi'),
  );
  expect(flyer).toMatch(
    /Giống hệt tệp của lần tạo tệp in bắt đầu lúc \d\d:\d\d ngày \d\d\/\d\d\/\d{4}: nếu đã in tệp đó, không cần in lại/,
  );
  expect(notice).not.toContain('Giống hệt');
});

it('a build of the notice alone says nothing of the flyers it did not make', async () => {
  // Both papers fixed, the notice alone built: the flyers' print file is not current, whatever
  // its bytes were.
  const campaign = join(folder, 'campaign.yaml');
  const yaml = await readFile(campaign, 'utf8');
  await writeFile(campaign, yaml.replace('Để hưởng ứng phong trào', 'Nhằm hưởng ứng phong trào'));
  const r = await runCliInProcess(
    buildArgs(
      campaign,
      join(folder, 'groups.csv'),
      join(folder, 'out'),
      '--kind',
      'notice',
      '--json',
    ),
  );
  expect(r.code, r.stderr).toBe(0);
  expect(JSON.parse(r.stdout.trim().split('\n').at(-1) ?? '{}').unchanged).toEqual([]);
  const page = plainText((await c.get('/c/hai-phong/build')).text);
  expect(page).not.toContain('Giống hệt');
});

it('the campaign list says the print files are old once the campaign or its list is changed after them', async () => {
  const row = async () => {
    const page = plainText((await c.get('/')).text);
    return page.slice(page.indexOf('tệp in') - 200, page.indexOf('tệp in') + 200);
  };
  // The flyers, not made by the notice's build after the last edit, are still old…
  const day = async () => {
    const m = JSON.parse(await readFile(join(folder, 'out', 'manifest.json'), 'utf8'));
    return new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh' }).format(m.builtAt);
  };
  expect(await row()).toContain('tệp in cũ');
  // …until they are built too.
  const campaign = join(folder, 'campaign.yaml');
  const r = await runCliInProcess(
    buildArgs(campaign, join(folder, 'groups.csv'), join(folder, 'out'), '--kind', 'flyer'),
  );
  expect(r.code, r.stderr).toBe(0);
  expect(await row()).toContain(`đã tạo tệp in ${await day()}`);
  // The list uploaded again after the print (the same rows: only its time is the point).
  const groups = join(folder, 'groups.csv');
  await writeFile(groups, await readFile(groups));
  const later = await row();
  expect(later).toContain(`tệp in cũ: đã sửa sau lần tạo tệp in ${await day()}`);
  expect(later).not.toContain('đã tạo tệp in');
});

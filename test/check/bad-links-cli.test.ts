/**
 * `check` says every bad link of a campaign in one run (QA: a link the schema refuses, one with
 * no "https://", stopped the address check, so the body's and the app's bad links were said only
 * once it was fixed). The example campaign with four bad links in four places: two `links`
 * entries the schema refuses (no scheme, an ftp address), the app's Android link with a password
 * in it, and two addresses typed into the body (no domain, a malformed one). Each is said with
 * its file, line and field, and the run fails. A group's own links, a column the body prints
 * (`{{group.[Link đăng ký]}}`), are checked alike, each bad one at its row and column.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkVi } from '../support/cli.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

const NO_SCHEME = 'zalo.me/g/motzcq639';
const FTP = 'ftp://docs.google.com/huong-dan';
const PASSWORD = 'https://user:pw@play.google.com/store/apps';
const NO_DOMAIN = 'https://drive_google/video';
const BAD_DOMAIN = 'https://hoc..haiphong.gov.vn/dang-ky';

let yaml: string;
let result: Awaited<ReturnType<typeof checkVi>>;
beforeAll(async () => {
  const example = await readFile(EXAMPLE_CAMPAIGN, 'utf8');
  yaml = example
    .replace('url: "https://zalo.me/g/motzcq639"', `url: "${NO_SCHEME}"`)
    .replace(
      'url: "https://docs.google.com/document/d/1caLTXEfTl2wTt2pHLLFySlQ-6JSEgfOc/edit"',
      `url: "${FTP}"`,
    )
    .replace(
      'url: "https://play.google.com/store/search?q=Smart%20H%E1%BA%A3i%20Ph%C3%B2ng&c=apps"',
      `url: "${PASSWORD}"`,
    )
    .replace(
      'Video hướng dẫn tham gia cuộc thi: {{links.video.url}}',
      `Video hướng dẫn tham gia cuộc thi: ${NO_DOMAIN}`,
    )
    .replace('Nhóm Zalo Hỗ trợ cuộc thi: {{links.zalo.url}}', `Đăng ký tại ${BAD_DOMAIN}`);
  for (const url of [NO_SCHEME, FTP, PASSWORD, NO_DOMAIN, BAD_DOMAIN]) expect(yaml).toContain(url);
  const dir = await makeTempDir('phuong-print-bad-links-');
  await writeFile(join(dir, 'campaign.yaml'), yaml);
  result = await checkVi(join(dir, 'campaign.yaml'), EXAMPLE_GROUPS);
});
afterAll(removeTempDirs);

/** The line of campaign.yaml that holds `text`, 1-based. */
const lineOf = (text: string) => yaml.slice(0, yaml.indexOf(text)).split('\n').length;

it('fails', () => {
  expect(result.code).toBe(1);
});

it.each([
  [NO_SCHEME, 'links.zalo.url', 'phải là địa chỉ web đầy đủ, bắt đầu bằng https:// hoặc http://'],
  [FTP, 'links.guide.url', 'phải là địa chỉ web đầy đủ, bắt đầu bằng https:// hoặc http://'],
  [PASSWORD, 'app.android.url', 'không được chứa tên đăng nhập hay mật khẩu'],
  [NO_DOMAIN, 'notice.body', 'thiếu tên miền'],
  [BAD_DOMAIN, 'notice.body', 'không đúng'],
])('says %s at its line and field', (url, field, words) => {
  const said = result.stderr
    .split('\n')
    .filter((l) => l.startsWith('lỗi: ') && l.includes(`“${url}”`));
  expect(said, result.stderr).toHaveLength(1);
  expect(said[0]).toContain(`campaign.yaml, dòng ${lineOf(url)}, mục “${field}”`);
  expect(said[0]).toContain(words);
});

describe('a group’s own link the notice prints', () => {
  const LINKS = [
    'https://forms.gle/to1dangky',
    'https://forms gle/to2',
    'ftp://forms.gle/to3',
    'https://localhost/to4',
  ];
  let groups: string;
  let run: Awaited<ReturnType<typeof checkVi>>;
  beforeAll(async () => {
    const example = await readFile(EXAMPLE_CAMPAIGN, 'utf8');
    const campaign = example.replace(
      'Nhóm Zalo Hỗ trợ cuộc thi: {{links.zalo.url}}',
      'Đăng ký theo tổ: {{group.[Link đăng ký]}}',
    );
    expect(campaign).toContain('{{group.[Link đăng ký]}}');
    const rows = (await readFile(EXAMPLE_GROUPS, 'utf8')).replace(/^\uFEFF/, '').split(/\r?\n/);
    groups = [
      `${rows[0]};Link đăng ký`,
      ...rows
        .slice(1)
        .filter(Boolean)
        .map((r, i) => `${r};${LINKS[i] ?? `https://forms.gle/to${i + 1}`}`),
    ].join('\n');
    const dir = await makeTempDir('phuong-print-group-links-');
    await writeFile(join(dir, 'campaign.yaml'), campaign);
    await writeFile(join(dir, 'groups.csv'), `${groups}\n`);
    run = await checkVi(join(dir, 'campaign.yaml'), join(dir, 'groups.csv'));
  });

  it('fails', () => {
    expect(run.code).toBe(1);
  });

  it.each([
    [LINKS[1] as string, 'có dấu cách'],
    [LINKS[2] as string, 'phải bắt đầu bằng https:// hoặc http://'],
    [LINKS[3] as string, 'thiếu tên miền'],
  ])('says %s at its row and column', (url, words) => {
    const said = run.stderr
      .split('\n')
      .filter((l) => l.startsWith('lỗi: ') && l.includes(`“${url}”`));
    expect(said, run.stderr).toHaveLength(1);
    const row = groups.split('\n').findIndex((l) => l.endsWith(`;${url}`)) + 1;
    expect(said[0]).toContain(`groups.csv, dòng ${row}, cột “Link đăng ký”`);
    expect(said[0]).toContain(words);
  });

  it('says nothing of a good link', () => {
    expect(run.stderr).not.toContain(LINKS[0]);
  });
});

/**
 * Every QR code of the notice's annex says what it is (QA: a group's own link, and addresses
 * typed in the body a little apart from their `links` entry, printed with no caption). The
 * example campaign's body is given a group's registration link (`{{group.[Link đăng ký]}}`, a
 * column of the groups file), the Zalo group's page typed with a final "/", the video's page
 * typed with http and another share query, a link written as a Markdown link and an address
 * with no words before it. The annex's codes are decoded (zbarimg) and each one's caption is
 * read from the text just above its printed address (pdftotext), the expected captions taken
 * from the campaign as written: the `links` label of the page, the words before the link, the
 * link's own text, else the site.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notice } from '../../src/kinds/notice.js';
import { loadCampaign } from '../../src/load/campaign.js';
import { loadGroups } from '../../src/load/groups/index.js';
import { collapseSpaces, pdfPageTexts } from '../support/pdf-text.js';
import { decodeQrCodesEach } from '../support/qr.js';
import { rasterize } from '../support/raster.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS, renderFor } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

const ZALO = 'https://zalo.me/g/motzcq639';
const VIDEO = 'https://drive.google.com/file/d/1wXv6ooui5i3PxzGptGiulCf_mDGgM0ug/view';
const CONTEST =
  'https://onetouch.mic.gov.vn/khoa-hoc/cuoc-thi-cong-dan-so-hai-phong-su-dung-thong-minh-song-an-toan-nam-2025';
/** The lines the body gets, and what each one's link should be captioned by. */
const REGISTER_WORDS = 'Đăng ký tham gia theo tổ dân phố';
const SURVEY_TEXT = 'Phiếu khảo sát sau cuộc thi';
const SURVEY = 'https://forms.gle/khaosat2025';
const BARE = 'https://hoc.haiphong.gov.vn/dang-ky';
const LINES = [
  `- Nhóm Zalo Hỗ trợ cuộc thi: ${ZALO}/`,
  `- ${REGISTER_WORDS} tại địa chỉ website: {{group.[Link đăng ký]}}`,
  `- Góp ý về cuộc thi qua [${SURVEY_TEXT}](${SURVEY}).`,
  `- Địa chỉ truy cập: ${BARE}`,
];
/** Each group's own link: one with no `links` entry, one the contest's page with a final "/". */
const GROUP_LINKS = ['https://forms.gle/to1dangky', `${CONTEST}/`];

let dir: string;
let labels: Map<string, string>;
let yaml: string;
/** The app's two store links and the captions campaign.yaml gives their codes. */
let app: [string, string][];
beforeAll(async () => {
  dir = await makeTempDir('phuong-print-annex-captions-');
  const example = await readFile(EXAMPLE_CAMPAIGN, 'utf8');
  yaml = example
    .replace(
      '    - Nhóm Zalo Hỗ trợ cuộc thi: {{links.zalo.url}}\n',
      `${LINES.map((l) => `    ${l}\n\n`).join('')}`,
    )
    .replace('{{links.video.url}}', `${VIDEO.replace('https:', 'http:')}?usp=sharing`);
  expect(yaml).not.toBe(example);
  expect(yaml).toContain(`${ZALO}/\n`);
  expect(yaml).toContain('http://drive.google.com/');
  await writeFile(join(dir, 'campaign.yaml'), yaml);
  const csv = (await readFile(EXAMPLE_GROUPS, 'utf8')).replace(/^\uFEFF/, '').split(/\r?\n/);
  const rows = [`${csv[0]};Link đăng ký`, ...GROUP_LINKS.map((link, i) => `${csv[i + 1]};${link}`)];
  await writeFile(join(dir, 'groups.csv'), `${rows.join('\n')}\n`);
  // The labels as the campaign writes them: `links.<name>: { url: "…", label: … }`.
  const { campaign } = await loadCampaign(join(dir, 'campaign.yaml'));
  labels = new Map(Object.values(campaign.links).map((l) => [l.url, l.label]));
  for (const l of Object.values(campaign.links)) expect(yaml).toContain(l.label);
  const a = campaign.app;
  app = a
    ? [
        [a.ios.url, a.qr_caption_ios],
        [a.android.url, a.qr_caption_android],
      ]
    : [];
  for (const [, caption] of app) expect(yaml).toContain(caption);
  expect(app).toHaveLength(2);
});
afterAll(removeTempDirs);

/** A code's address as printed under it: no scheme, no final "/", Vietnamese letters readable. */
const printed = (url: string) => decodeURI(url.replace(/^https?:\/\//, '').replace(/\/$/, ''));

/** The annex's codes and text of group `n`'s notice (the pages from "PHỤ LỤC" on). */
async function annexOf(n: number) {
  const { campaign } = await loadCampaign(join(dir, 'campaign.yaml'));
  const group = (await loadGroups(join(dir, 'groups.csv')))[n];
  if (!group) throw new Error(`no group ${n}`);
  const pdf = (await renderFor(notice, campaign, group)).bytes;
  const pages = await pdfPageTexts(pdf);
  const first = pages.findIndex((p) => p.includes('PHỤ LỤC'));
  expect(first).toBeGreaterThan(0);
  const images = (await rasterize(pdf, { dpi: 150 })).slice(first);
  const codes = (await decodeQrCodesEach(images)).flat();
  return { codes, text: collapseSpaces(pages.slice(first).join('\n')) };
}

/** The caption printed right above the address of `url` (the code's own lines). */
function captionAbove(text: string, url: string): string {
  const at = text.indexOf(printed(url));
  expect(at, `${printed(url)} printed under its code`).toBeGreaterThan(0);
  return text.slice(0, at).trim();
}

describe('the annex names every code', () => {
  it('a group’s own link: the words before it; a typed address: its page’s label', async () => {
    const { codes, text } = await annexOf(0);
    // Every link of the body once, then the app's two store codes: every code with a caption.
    const expected = new Map<string, string>([
      [CONTEST, labels.get(CONTEST) as string],
      [`${ZALO}/`, labels.get(ZALO) as string],
      [GROUP_LINKS[0] as string, REGISTER_WORDS],
      [SURVEY, SURVEY_TEXT],
      [BARE, new URL(BARE).hostname],
      [...labels].find(([u]) => u.includes('docs.google.com')) as [string, string],
      [
        `${VIDEO.replace('https:', 'http:')}?usp=sharing`,
        labels.get(`${VIDEO}?usp=drive_link`) as string,
      ],
      ...app,
    ]);
    expect([...codes].sort()).toEqual([...expected.keys()].sort());
    for (const [url, caption] of expected)
      expect(captionAbove(text, url).endsWith(caption), `${url}: ${caption}`).toBe(true);
  });

  it('a group’s link that is a page of the links: one code, with that page’s label', async () => {
    const { codes, text } = await annexOf(1);
    expect(codes.filter((c) => c.startsWith(CONTEST))).toEqual([CONTEST]);
    expect(captionAbove(text, CONTEST).endsWith(labels.get(CONTEST) as string)).toBe(true);
    expect(text).not.toContain(REGISTER_WORDS);
  });
});

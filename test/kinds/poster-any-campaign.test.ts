/**
 * A poster for every campaign (QA qa50 p9): a campaign without an app gets an A4 and an A3 poster
 * and a share image with its title, when and where (the group's own place), what residents are
 * asked to do, and its links as QR codes, each captioned by its label; the links past the two a
 * poster has room for are named in a warning. A clean-up day with no link gets a poster too,
 * without a code. Expected values are read from the campaign and groups written here, and the
 * codes decoded by zbarimg from the pages as printed.
 * One build per campaign of group 2 of a ward of 2 (its own place, not the first group's),
 * posters and share images only, shared by the cases.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/output/build.js';
import { pdfTextItems } from '../support/pdf-items.js';
import { collapseSpaces, pdfPageTexts, pdfText } from '../support/pdf-text.js';
import { decodeQrCodes, decodeQrCodesEach } from '../support/qr.js';
import { rasterize } from '../support/raster.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { wardCsv } from '../support/ward.js';

const HEAD = `issued: 2026-12-01
issuer:
  name: [ỦY BAN NHÂN DÂN, PHƯỜNG NGỌC HÀ]
  ward: phường Ngọc Hà
  place: Hà Nội
  office: Văn phòng HĐND và UBND phường
  phone: "024 3823 4567"
notice:
  number: 12
  symbol: TB-UBND
  subject: mở lớp bồi dưỡng kỹ năng số cho người cao tuổi
  recipients: ["{{group.name}}"]
  body: Đề nghị các tổ dân phố thông báo đến từng hộ gia đình.
  signer:
    lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
    name: Nguyễn Thị Lan
  cc: [Như trên;, "Lưu: VT."]
`;

const LINKS = {
  zalo: { url: 'https://zalo.me/g/ngocha-knsnct', label: 'Nhóm Zalo lớp kỹ năng số' },
  form: { url: 'https://forms.gle/KyNangSoNgocHa26', label: 'Phiếu đăng ký lớp học' },
  guide: { url: 'https://ngocha.hanoi.gov.vn/ky-nang-so', label: 'Tài liệu hướng dẫn' },
};
const WHEN = 'Thứ Bảy, 19/12/2026, 8h00 - 10h30';
const ACTION = 'Mang theo điện thoại thông minh đã sạc đầy pin';
const CLASS = `${HEAD}title: Lớp bồi dưỡng kỹ năng số cho người cao tuổi
when: "${WHEN}"
where: "{{group.venue}}"
deadline: 15/12/2026
actions:
  - step: Đăng ký với tổ trưởng tổ dân phố trước ngày 15/12/2026
  - step: ${ACTION}
links:
${Object.entries(LINKS)
  .map(([key, l]) => `  ${key}:\n    url: "${l.url}"\n    label: ${l.label}\n`)
  .join('')}`;

const CLEAN_UP = `${HEAD.replace('mở lớp bồi dưỡng kỹ năng số cho người cao tuổi', 'ra quân tổng vệ sinh môi trường')}title: Ngày Chủ nhật xanh
when: "7h00, Chủ nhật 20/12/2026"
where: "{{group.venue}}"
actions:
  - step: Dọn vệ sinh trước cửa nhà và ngõ xóm
`;

const GROUPS = wardCsv(2);
/** Group 2's venue as the groups file gives it (its "Địa chỉ nhà văn hóa" column). */
const VENUE2 = GROUPS.split('\r\n')[2]?.split(';')[4] ?? '';

let dir: string;
const built = new Map<string, ReturnType<typeof buildOf>>();
async function buildOf(name: string, campaign: string, templateDir?: string) {
  const file = join(dir, `${name}.yaml`);
  await writeFile(file, campaign);
  const out = join(dir, name);
  const result = await build({
    campaign: file,
    groups: join(dir, 'groups.csv'),
    out,
    jobs: 1,
    kinds: ['poster', 'share'],
    // Group 2 alone: every case reads its files (group 1 drawn as well cost twice the CPU).
    groupIds: ['2'],
    templateDir,
  });
  return { group2: join(out, 'to-dan-pho-so-2'), result };
}
/** Each campaign built once, shared by its cases. */
const once = (name: string, campaign: string, templateDir?: string) => {
  let b = built.get(name);
  if (!b) {
    b = buildOf(name, campaign, templateDir);
    built.set(name, b);
  }
  return b;
};

beforeAll(async () => {
  dir = await makeTempDir('phuong-print-poster-any-');
  await writeFile(join(dir, 'groups.csv'), GROUPS);
});
afterAll(removeTempDirs);

describe('the poster of a class without an app, with three links', () => {
  it('prints its title, when, the group’s own place, the deadline and an action', async () => {
    expect(VENUE2).toContain('Tổ dân phố số 2');
    const { group2 } = await once('class', CLASS);
    const text = collapseSpaces(await pdfText(join(group2, 'poster-a4.pdf')));
    expect(text).toContain('Lớp bồi dưỡng kỹ năng số cho người cao tuổi');
    expect(text).toContain(`Thời gian: ${WHEN}`);
    expect(text).toContain(`Địa điểm: ${VENUE2}`);
    expect(text).toContain('15/12/2026');
    expect(text).toContain(ACTION);
    // The links' labels under their codes, not an app store's.
    expect(text).toContain(LINKS.zalo.label);
    expect(text).not.toMatch(/kho ứng dụng|iPhone|Android/);
  });

  it('has the first two links as codes that scan, on A4 side by side and on A3 one a sheet', async () => {
    const { group2 } = await once('class', CLASS);
    const a4 = await rasterize(join(group2, 'poster-a4.pdf'), { dpi: 100 });
    const a3 = await rasterize(join(group2, 'poster-a3.pdf'), { dpi: 72 });
    expect(a3).toHaveLength(2);
    const [a4Codes, ...a3Codes] = await decodeQrCodesEach([...a4, ...a3]);
    const firstTwo = [LINKS.zalo.url, LINKS.form.url];
    expect([...(a4Codes ?? [])].sort()).toEqual([...firstTwo].sort());
    expect(a3Codes).toEqual([[LINKS.zalo.url], [LINKS.form.url]]);
    // Each A3 sheet is the whole poster: its time and place on both.
    const sheets = (await pdfPageTexts(join(group2, 'poster-a3.pdf'))).map(collapseSpaces);
    for (const sheet of sheets) expect(sheet).toContain(VENUE2);
  });

  it('makes a share image whose codes scan, with the same two links', async () => {
    const { group2 } = await once('class', CLASS);
    const codes = await decodeQrCodes(join(group2, 'share.png'));
    expect(codes.sort()).toEqual([LINKS.zalo.url, LINKS.form.url].sort());
  });

  it('names the third link in one warning, and where it is printed instead', async () => {
    const { result } = await once('class', CLASS);
    const said = result.warnings.filter((w) => w.message.includes(LINKS.guide.url));
    expect(said).toHaveLength(1);
    const [warning] = said;
    // At the link's line of the campaign file, in the office's words, with where it is printed.
    expect(warning?.where.field).toBe('links.guide');
    const lines = CLASS.split('\n');
    expect(warning?.where.line).toBe(lines.indexOf(`    url: "${LINKS.guide.url}"`) + 1);
    expect(warning?.describe('vi')).toContain(`“${LINKS.guide.label}”`);
    // The share image named as the leader page names it, no app: “Ảnh áp phích”.
    expect(warning?.describe('vi')).toContain('áp phích và ảnh áp phích chỉ đủ chỗ cho 2 mã QR');
    expect(warning?.hintIn('vi')).toContain('Muốn đường dẫn này có trên áp phích');
    // Not that the flyer prints it: a campaign of links alone has none (review52 #6).
    expect(warning?.hintIn('vi')).not.toContain('Tờ rơi');
    // No warning of the two links printed.
    expect(result.warnings.some((w) => w.message.includes(LINKS.form.url))).toBe(false);
  });
});

describe('the poster of a clean-up day with no link', () => {
  it('is made at A4 and A3 with its time and place, and no code', async () => {
    const { group2, result } = await once('clean-up', CLEAN_UP);
    expect(result.failed).toEqual([]);
    const text = collapseSpaces(await pdfText(join(group2, 'poster-a4.pdf')));
    expect(text).toContain('Ngày Chủ nhật xanh');
    expect(text).toContain('Thời gian: 7h00, Chủ nhật 20/12/2026');
    expect(text).toContain(`Địa điểm: ${VENUE2}`);
    expect(text).toContain('Dọn vệ sinh trước cửa nhà và ngõ xóm');
    // Nothing to scan: no code, and no line telling to scan one.
    expect(text).not.toContain('mã QR');
    const a3 = await pdfPageTexts(join(group2, 'poster-a3.pdf'));
    expect(a3).toHaveLength(1);
    const pages = [
      ...(await rasterize(join(group2, 'poster-a4.pdf'), { dpi: 50 })),
      join(group2, 'share.png'),
    ];
    expect(await decodeQrCodesEach(pages)).toEqual([[], []]);
  });
});

/**
 * An office's own poster.hbs copied before every campaign had a poster: the app's install steps in
 * "@@ steps" whatever the campaign, no "@@ event" (review52 #1).
 */
const OLDER_POSTER = `@@ meta-title
Áp phích – {{group.name}}
@@ header
{{upper group.name}}
@@ kicker
{{#if app}}CÀI ĐẶT ỨNG DỤNG{{/if}}
@@ app-name
{{#if app}}{{app.name}}{{else}}{{title}}{{/if}}
@@ call-to-action
{{#if app}}Quét mã QR để tải ứng dụng {{app.name}}{{/if}}
@@ qr
{{#if app}}
{{app.ios.url}} {{app.ios.label}}
{{app.android.url}} {{app.android.label}}
{{/if}}
@@ steps
**1.** Mở camera hoặc Zalo trên điện thoại, hướng vào mã QR đúng loại máy.
**2.** Bấm vào đường dẫn hiện ra để mở kho ứng dụng.
@@ venue
{{#if (fill when source="when")}}**Thời gian:** {{md (fill when source="when")}}{{/if}}
@@ contact
Liên hệ: {{officeInText}}
`;

describe('an office’s own older poster template, for a campaign without an app', () => {
  it('makes no poster telling residents to install an app (its steps are the app’s)', async () => {
    const own = join(dir, 'own-templates');
    await mkdir(own, { recursive: true });
    await writeFile(join(own, 'poster.hbs'), OLDER_POSTER);
    // Posters and share images were all that was asked: the build says it makes none.
    await expect(once('older-template', CLEAN_UP, own)).rejects.toThrow(/posters, share images/);
    expect(existsSync(join(dir, 'older-template', 'to-dan-pho-so-2', 'poster-a4.pdf'))).toBe(false);
  });
});

describe('a poster whose many actions stand beside two codes', () => {
  it('prints every action it keeps in type of 9 pt or more', async () => {
    const many = Array.from(
      { length: 10 },
      (_, i) =>
        `  - step: Việc thứ ${i + 1}, kiểm tra, dọn dẹp, lật úp các vật dụng chứa nước đọng quanh nhà và báo cho tổ trưởng khi phát hiện ổ lăng quăng`,
    ).join('\n');
    const campaign = CLASS.replace(/actions:\n( {2}- step: .*\n)+/, `actions:\n${many}\n`);
    expect(campaign).toContain('Việc thứ 10');
    const { group2, result } = await once('many-actions', campaign);
    const [page] = await pdfTextItems(await readFile(join(group2, 'poster-a4.pdf')));
    const actions = (page?.items ?? []).filter((i) => /Việc thứ|lăng quăng/.test(i.str));
    // Printed, each at 9 pt or more; or left off, and the A4 poster named in a warning.
    const leftOff = result.warnings.some(
      (w) => w.where.field === 'steps' && w.message.includes('A4 poster'),
    );
    expect(actions.length > 0 || leftOff).toBe(true);
    for (const item of actions) expect(item.fontSize).toBeGreaterThanOrEqual(8.99);
  });
});

describe('the poster of a contest without an app and without a “when”', () => {
  it('prints the contest’s days, as its flyer does (review52 #3)', async () => {
    const contest = `${HEAD}contest:
  name: Tìm hiểu Luật Căn cước
  platform: Cổng thi trực tuyến của thành phố
  starts: 2026-12-10
  ends: 2026-12-31
links:
  contest:
    url: "https://thi.example.gov.vn/luat-can-cuoc"
    label: Trang cuộc thi
`;
    const { group2 } = await once('contest', contest);
    const text = collapseSpaces(await pdfText(join(group2, 'poster-a4.pdf')));
    expect(text).toContain('Từ ngày 10/12/2026 đến ngày 31/12/2026');
  });
});

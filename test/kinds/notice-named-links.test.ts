/**
 * A notice's body that names a campaign link by the label the office gave it under "Đường dẫn"
 * (qa24 F5): "đăng ký trước qua đường link “Đăng ký tiêm”" printed neither the address nor its
 * QR code, while the flyer and the checklist of the same build did. The body's mention of a
 * label — quoted (even without its diacritics), or unquoted after a link word or 3 words long
 * with its diacritics — gets that link's code
 * in the annex, captioned with the label, and the pointer to the annex follows the mention; a link
 * the body does not name gets no code. A short label that is also a common word ("Đăng ký") counts
 * only quoted or right after a link word, never as the verb (review32 F5). A body that says "quét mã QR" naming no link is warned by
 * `check` at "Nội dung". What the reader sees: the notice's text, its annex's codes decoded.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCampaignText, type TextBuild } from '../support/campaign-build.js';
import { checkVi } from '../support/cli.js';
import { collapseSpaces, pdfPageTexts } from '../support/pdf-text.js';
import { decodeQrCodesEach } from '../support/qr.js';
import { rasterize } from '../support/raster.js';
import { STORM_GROUPS, stormCampaign } from '../support/storm-campaign.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

/** The campaign's links: two the body names, one it does not. */
const REGISTER = { url: 'https://soncha.danang.gov.vn/dang-ky-so-tan', label: 'Đăng ký sơ tán' };
const MAP = {
  url: 'https://soncha.danang.gov.vn/ban-do-diem-tranh-tru',
  label: 'Bản đồ điểm tránh trú',
};
const ZALO = { url: 'https://zalo.me/g/sontra-pctt', label: 'Nhóm Zalo PCTT' };
const LINKS = `links:
  dangky: { url: "${REGISTER.url}", label: ${REGISTER.label} }
  bando: { url: "${MAP.url}", label: ${MAP.label} }
  zalo: { url: "${ZALO.url}", label: ${ZALO.label} }
`;
const ORIGINAL_BODY = '  body: Đề nghị các tổ dân phố thông báo khẩn đến từng hộ.';
/**
 * The register link named quoted as its label is written; the map's unquoted in capitals, with
 * its diacritics (a label of 3 words or more counts anywhere).
 */
const BODY = `  body: |-
    Hộ cần hỗ trợ sơ tán đăng ký trước qua đường link “${REGISTER.label}”.

    Các hộ xem điểm tránh trú gần nhất trên ${MAP.label.toLocaleUpperCase('vi')} của phường.`;

const campaign = (body: string) => stormCampaign({ before: LINKS }).replace(ORIGINAL_BODY, body);

let built: TextBuild;
beforeAll(async () => {
  const yaml = campaign(BODY);
  expect(yaml).toContain(BODY);
  built = await buildCampaignText(yaml, STORM_GROUPS, 'notice');
}, 120_000);
afterAll(removeTempDirs);

describe('a link named by its label in the notice’s body', () => {
  it('builds', () => {
    expect(built.code, built.stderr).toBe(0);
  });

  it('gets its QR code in the annex, captioned with its label; a link not named gets none', async () => {
    const pdf = await readFile(join(built.dir, 'out', 'to-dan-pho-1', 'notice.pdf'));
    const pages = await pdfPageTexts(pdf);
    const first = pages.findIndex((p) => p.includes('PHỤ LỤC'));
    expect(first, pages.join('\n---\n')).toBeGreaterThan(0);
    const annex = collapseSpaces(pages.slice(first).join('\n'));
    expect(annex).toContain(REGISTER.label);
    expect(annex).toContain(MAP.label);
    expect(annex).not.toContain(ZALO.label);
    const images = (await rasterize(pdf, { dpi: 150 })).slice(first);
    const codes = (await decodeQrCodesEach(images)).flat();
    expect([...codes].sort()).toEqual([REGISTER.url, MAP.url].sort());
  });

  it('points to the annex right after the mention, outside its quotes', async () => {
    const text = await built.text('to-dan-pho-1', 'notice');
    expect(text).toContain(
      `qua đường link “${REGISTER.label}” (mã QR của các đường dẫn tại Phụ lục kèm theo).`,
    );
  });
});

/** The pointer to the annex, as the notice prints it after its first link. */
const POINTER = '(mã QR của đường dẫn tại Phụ lục kèm theo)';
/** A link with a short label that is also an everyday verb (review32 F5). */
const SHORT = { url: 'https://soncha.danang.gov.vn/dang-ky', label: 'Đăng ký' };
/**
 * Bodies naming the short label or only using the verb, and what the notice prints: the text
 * with the pointer where the link is named, or the body untouched (no pointer anywhere).
 */
const SHORT_BODIES: { case: string; body: string; printed: string; named: boolean }[] = [
  {
    case: 'the verb, the quoted name a longer one (review32 F5 repro)',
    body: 'Đề nghị cha mẹ đăng ký trước qua đường link “Đăng ký tiêm”.',
    printed: 'Đề nghị cha mẹ đăng ký trước qua đường link “Đăng ký tiêm”.',
    named: false,
  },
  {
    case: 'the verb only',
    body: 'Đề nghị cha mẹ đăng ký trước ngày 25/9 với tổ trưởng.',
    printed: 'Đề nghị cha mẹ đăng ký trước ngày 25/9 với tổ trưởng.',
    named: false,
  },
  {
    case: 'quoted, after the verb',
    body: 'Đề nghị cha mẹ đăng ký trước qua “Đăng ký”.',
    printed: `Đề nghị cha mẹ đăng ký trước qua “Đăng ký” ${POINTER}.`,
    named: true,
  },
  {
    case: 'unquoted right after "đường link", after the verb',
    body: 'Đề nghị cha mẹ đăng ký trước qua đường link Đăng ký của phường.',
    printed: `Đề nghị cha mẹ đăng ký trước qua đường link Đăng ký ${POINTER} của phường.`,
    named: true,
  },
  {
    case: 'unquoted after "trang" but without its diacritics',
    body: 'Đề nghị cha mẹ đăng ký trước tại trang Dang ky của phường.',
    printed: 'Đề nghị cha mẹ đăng ký trước tại trang Dang ky của phường.',
    named: false,
  },
  {
    case: 'unquoted after a bold "đường link" (two runs, as a Word body gives them)',
    body: 'Đề nghị cha mẹ đăng ký trước qua **đường link** Đăng ký của phường.',
    printed: `Đề nghị cha mẹ đăng ký trước qua đường link Đăng ký ${POINTER} của phường.`,
    named: true,
  },
  {
    case: 'quoted, the label bold inside plain quotes (three runs)',
    body: 'Đề nghị cha mẹ đăng ký trước qua “**Đăng ký**”.',
    printed: `Đề nghị cha mẹ đăng ký trước qua “Đăng ký” ${POINTER}.`,
    named: true,
  },
  {
    case: 'the verb between two names in straight quotes (paired left to right)',
    body: 'Cha mẹ vào mục "Tiêm chủng" đăng ký "Mũi nhắc lại" cho trẻ.',
    printed: 'Cha mẹ vào mục "Tiêm chủng" đăng ký "Mũi nhắc lại" cho trẻ.',
    named: false,
  },
];

describe('a short label that is also an everyday word', () => {
  const builds = new Map<string, TextBuild>();
  beforeAll(async () => {
    const links = `links:\n  dangky: { url: "${SHORT.url}", label: ${SHORT.label} }\n`;
    for (const row of SHORT_BODIES) {
      const yaml = stormCampaign({ before: links }).replace(ORIGINAL_BODY, `  body: ${row.body}`);
      expect(yaml).toContain(row.body);
      builds.set(row.case, await buildCampaignText(yaml, STORM_GROUPS, 'notice'));
    }
  }, 240_000);

  it.each(SHORT_BODIES)('$case', async (row) => {
    const built = builds.get(row.case) as TextBuild;
    expect(built.code, built.stderr).toBe(0);
    const text = await built.text('to-dan-pho-1', 'notice');
    expect(text).toContain(row.printed);
    if (!row.named) {
      expect(text).not.toContain(POINTER);
      return;
    }
    const pdf = await readFile(join(built.dir, 'out', 'to-dan-pho-1', 'notice.pdf'));
    const pages = await pdfPageTexts(pdf);
    const first = pages.findIndex((p) => p.includes('PHỤ LỤC'));
    expect(first, pages.join('\n---\n')).toBeGreaterThan(0);
    const images = (await rasterize(pdf, { dpi: 150 })).slice(first);
    expect((await decodeQrCodesEach(images)).flat()).toEqual([SHORT.url]);
  });
});

describe('check', () => {
  it('warns of a body that says "quét mã QR" naming no link, at "Nội dung", with the labels', async () => {
    const dir = await makeTempDir('phuong-print-named-links-');
    await writeFile(join(dir, 'groups.csv'), STORM_GROUPS);
    const file = join(dir, 'campaign.yaml');
    const said = 'quét mã QR';
    await writeFile(file, campaign(`  body: Các hộ ${said} để đăng ký.`));
    const run = await checkVi(file, join(dir, 'groups.csv'));
    expect(run.code, run.stderr).toBe(0);
    const out = `${run.stdout}\n${run.stderr}`.replace(/\s+/g, ' ');
    expect(out).toContain(
      `mục “notice.body”: văn bản nói “${said}” nhưng không ghi tên hay địa chỉ đường dẫn nào`,
    );
    for (const l of [REGISTER, MAP, ZALO]) expect(out).toContain(`“${l.label}”`);
    // Named by its label: nothing to warn of.
    await writeFile(file, campaign(`  body: Các hộ ${said} “${REGISTER.label}” để đăng ký.`));
    const named = await checkVi(file, join(dir, 'groups.csv'));
    expect(`${named.stdout}\n${named.stderr}`).not.toContain('không ghi tên hay địa chỉ đường dẫn');
    // Named unquoted after a bold link word, as a Word body gives it: nothing to warn of either.
    const short = `links:\n  dangky: { url: "${SHORT.url}", label: ${SHORT.label} }\n`;
    await writeFile(
      file,
      stormCampaign({ before: short }).replace(
        ORIGINAL_BODY,
        '  body: Đề nghị cha mẹ đăng ký qua **đường link** Đăng ký của phường.',
      ),
    );
    const bold = await checkVi(file, join(dir, 'groups.csv'));
    expect(bold.code, bold.stderr).toBe(0);
    expect(`${bold.stdout}\n${bold.stderr}`).not.toContain('không ghi tên hay địa chỉ đường dẫn');
  });
});

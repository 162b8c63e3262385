/**
 * A notice's body that names a campaign link by the label the office gave it under "Đường dẫn"
 * (qa24 F5): "đăng ký trước qua đường link “Đăng ký tiêm”" printed neither the address nor its
 * QR code, while the flyer and the checklist of the same build did. The body's mention of a
 * label — quoted or not, in other letter case or without its diacritics — gets that link's code
 * in the annex, captioned with the label, and the pointer to the annex follows the mention; a link
 * the body does not name gets no code. A body that says "quét mã QR" naming no link is warned by
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
/** The register link named quoted as its label is written; the map's in small letters, no diacritics. */
const BODY = `  body: |-
    Hộ cần hỗ trợ sơ tán đăng ký trước qua đường link “${REGISTER.label}”.

    Các hộ xem điểm tránh trú gần nhất trên ban do diem tranh tru của phường.`;

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
  });
});

/**
 * A link named as a clerk writes a group's name: what it is, then its name in quotes (qa53 M1).
 * "tham gia nhóm Zalo “Lớp KNS Ngọc Hà”" names the link "Nhóm Zalo Lớp KNS Ngọc Hà": the notice's
 * annex prints its code, captioned with the label, as for a label quoted whole. A body that quotes
 * only part of a label ("nhóm “Lớp KNS Ngọc Hà”") gets no code, and `check` says so at "Nội dung"
 * instead of leaving it out silently. What the reader sees: the notice's text; check's words.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCampaignText, type TextBuild } from '../support/campaign-build.js';
import { checkVi } from '../support/cli.js';
import { STORM_GROUPS, stormCampaign } from '../support/storm-campaign.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

const ZALO = { url: 'https://zalo.me/g/knsngocha26', label: 'Nhóm Zalo Lớp KNS Ngọc Hà' };
const LINKS = `links:\n  zalo: { url: "${ZALO.url}", label: ${ZALO.label} }\n`;
const ORIGINAL_BODY = '  body: Đề nghị các tổ dân phố thông báo khẩn đến từng hộ.';
const campaign = (body: string) =>
  stormCampaign({ before: LINKS }).replace(ORIGINAL_BODY, `  body: ${body}`);

let built: TextBuild;
beforeAll(async () => {
  built = await buildCampaignText(
    campaign('Các cụ tham gia nhóm Zalo “Lớp KNS Ngọc Hà” để nhận thông tin lớp.'),
    STORM_GROUPS,
    'notice',
  );
}, 60_000);
afterAll(removeTempDirs);

describe('a link named by its first words then its name in quotes', () => {
  it('gets its code in the annex, captioned with its label, the pointer after the quotes', async () => {
    expect(built.code, built.stderr).toBe(0);
    const text = await built.text('to-dan-pho-1', 'notice');
    expect(text).toContain(
      'tham gia nhóm Zalo “Lớp KNS Ngọc Hà” (mã QR của đường dẫn tại Phụ lục kèm theo) để nhận',
    );
    // One link: said of one, in the pointer above and the annex's title (qa53 p1).
    expect(text.slice(text.indexOf('PHỤ LỤC'))).toContain(
      `Mã QR của đường dẫn trong văn bản (Kèm theo`,
    );
    expect(text.slice(text.indexOf('PHỤ LỤC'))).toContain(ZALO.label);
  });

  it('check warns of a body quoting only part of the label, at "Nội dung"', async () => {
    const dir = await makeTempDir('phuong-print-quoted-link-');
    await writeFile(join(dir, 'groups.csv'), STORM_GROUPS);
    const file = join(dir, 'campaign.yaml');
    await writeFile(file, campaign('Các cụ tham gia nhóm “Lớp KNS Ngọc Hà” để nhận thông tin.'));
    const run = await checkVi(file, join(dir, 'groups.csv'));
    expect(run.code, run.stderr).toBe(0);
    expect(`${run.stdout}\n${run.stderr}`.replace(/\s+/g, ' ')).toContain(
      `mục “notice.body”: văn bản nhắc “Lớp KNS Ngọc Hà”, một phần tên đường dẫn “${ZALO.label}”, nhưng không ghi đủ tên đường dẫn đó: văn bản không in mã QR của nó`,
    );
  });
});

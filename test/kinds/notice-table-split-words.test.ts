/**
 * qa11 Q9's last case: a notice body table so wide that even every column at its longest word
 * does not fit the page (two long links side by side, nowhere to break them) prints with its
 * words split — that is the only way to print it — and the build now says so, naming the
 * campaign file, the table and the column, in Vietnamese for the office. The links stay
 * reachable: each has its QR code in the annex.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { vneidCampaign } from '../fixtures/vneid-campaign.js';
import { runCliInProcess } from '../support/cli.js';
import { pdfInfo } from '../support/pdf-text.js';
import { decodeQrCodes } from '../support/qr.js';
import { rasterize } from '../support/raster.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

/** Google Docs addresses: their 44-character ids have no place to break a line. */
const FORM =
  'https://docs.google.com/document/d/1caLTXEfTl2wTt2pHLLFySlQ6JSEgfOcXyZw1234567890/edit';
const GUIDE =
  'https://docs.google.com/document/d/1wXv6ooui5i3PxzGptGiulCfmDGgM0ugAbCd0987654321/edit';

/** `table` in the body of the VNeID campaign, after its first paragraph. */
function withTable(table: string): string {
  return vneidCampaign(['Cài đặt ứng dụng VNeID']).replace(
    'body: Đề nghị các thôn vận động người dân cài đặt ứng dụng VNeID./.',
    `body: |\n    Đề nghị các thôn vận động người dân cài đặt ứng dụng VNeID theo các tài liệu sau:\n\n${table
      .split('\n')
      .map((l) => `    ${l}`)
      .join('\n')}\n\n    Trân trọng./.`,
  );
}

async function build(campaign: string, lang = 'vi_VN.UTF-8') {
  const dir = await makeTempDir('phuong-print-table-split-');
  await writeFile(join(dir, 'campaign.yaml'), campaign);
  await writeFile(join(dir, 'groups.csv'), 'STT;Tên thôn\n1;Thôn Đông Hòa\n');
  const r = await runCliInProcess(
    ['build', '--campaign', join(dir, 'campaign.yaml'), '--groups', join(dir, 'groups.csv')].concat(
      ['--out', join(dir, 'out'), '--kind', 'notice'],
    ),
    { env: { LANG: lang } },
  );
  expect(r.code, r.stderr).toBe(0);
  const pdf = new Uint8Array(await readFile(join(dir, 'out', 'thon-dong-hoa', 'notice.pdf')));
  return { ...r, pdf };
}

let wide: Awaited<ReturnType<typeof build>>;
beforeAll(async () => {
  wide = await build(
    withTable(`| Mẫu đơn đăng ký | Tài liệu hướng dẫn |\n|---|---|\n| ${FORM} | ${GUIDE} |`),
  );
});
afterAll(removeTempDirs);

it('warns in Vietnamese, naming campaign.yaml, notice.body, the table and the column', () => {
  const warning = wide.stderr
    .split('\n')
    .find((l) => l.includes('bảng thứ 1') && l.includes('nội dung thông báo'));
  expect(warning, wide.stderr).toBeDefined();
  expect(warning).toContain('campaign.yaml');
  expect(warning).toContain('notice.body');
  expect(warning).toMatch(/cột “(Mẫu đơn đăng ký|Tài liệu hướng dẫn)”/);
});

it('gives each link of the table its QR code in the annex', async () => {
  const { pages } = await pdfInfo(wide.pdf);
  const [annex] = (await rasterize(wide.pdf, { dpi: 150, page: pages })) as [string];
  const decoded = await decodeQrCodes(annex);
  expect(decoded).toContain(FORM);
  expect(decoded).toContain(GUIDE);
});

it('says nothing of a table whose words all fit', async () => {
  const narrow = await build(
    withTable(`| Tài liệu | Đường dẫn |\n|---|---|\n| Mẫu đơn | ${FORM} |`),
  );
  expect(narrow.stderr).not.toContain('bảng thứ');
});

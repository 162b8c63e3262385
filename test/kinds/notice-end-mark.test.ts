/**
 * A notice ends with the administrative end mark "./.", and a closing sentence often ends on a
 * URL: the mark ends the sentence, never the link. What a resident sees: the printed address and
 * the QR code of the annex are the URL as written in `links`, captioned with its label.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notice } from '../../src/kinds/notice.js';
import { bareUrls } from '../../src/load/bare-urls.js';
import { loadCampaign } from '../../src/load/campaign.js';
import type { Group } from '../../src/load/types.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { decodeQrCodesEach } from '../support/qr.js';
import { rasterize } from '../support/raster.js';
import { renderFor } from '../support/render.js';
import { cleanupTempDir, makeTempDir } from '../support/tmp.js';

const URL = 'https://iagrai.gialai.gov.vn/bau-cu/danh-sach-cu-tri';
const LABEL = 'Danh sách cử tri';
const group: Group = { id: '1', name: 'Làng Dơk Ktu', source: { file: 'groups.csv', row: 2 } };

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(() => cleanupTempDir(dir));

async function noticeEnding(last: string): Promise<{ text: string; codes: string[] }> {
  const yaml = NOTICE_ONLY.replace(
    '  body: Đề nghị các khu phố triển khai.\n',
    `  body: |\n    Đề nghị các thôn, làng niêm yết danh sách.\n\n    ${last}\n`,
  ).concat(`links:\n  ds: { url: "${URL}", label: ${LABEL} }\n`);
  const file = join(dir, 'campaign.yaml');
  await writeFile(file, yaml);
  const { campaign } = await loadCampaign(file);
  const { bytes } = await renderFor(notice, campaign, group);
  const text = collapseSpaces(await pdfText(bytes));
  const codes = (await decodeQrCodesEach(await rasterize(bytes, { dpi: 150 }))).flat();
  return { text, codes };
}

describe('a URL right before the end mark "./."', () => {
  it('prints the URL, then the end mark; the QR code is the URL of links, under its label', async () => {
    const { text, codes } = await noticeEnding(`Tra cứu danh sách tại ${URL}./.`);
    expect(codes).toEqual([URL]);
    expect(text).toContain(
      `Tra cứu danh sách tại ${URL} (mã QR của đường dẫn tại Phụ lục kèm theo)./.`,
    );
    expect(text).toContain(LABEL);
    expect(text).not.toContain(`${URL}./`);
  });

  it.each([
    ['.', `Xem ${URL}.`],
    [',', `Xem ${URL}, rồi báo lại.`],
    [';', `- Tra cứu: ${URL};`],
    [')', `(xem ${URL})`],
  ])('ends the link before a final "%s"', async (_mark, line) => {
    const { codes } = await noticeEnding(line);
    expect(codes).toEqual([URL]);
  });
});

describe('the URLs check reads', () => {
  it('are the ones printed', () => {
    expect(bareUrls(`tại ${URL}./. và (${URL}/a_(b)) rồi ${URL}?q=1.`)).toEqual([
      URL,
      `${URL}/a_(b)`,
      `${URL}?q=1`,
    ]);
  });
});

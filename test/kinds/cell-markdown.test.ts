/**
 * h-q10 item 10: a groups cell holding Markdown's marks ("*chợ*", "_Hoa_", "`A`", "[cũ]") is the
 * office's text, printed as typed — asterisks and all, in the notice's body, its "Bản gửi" line
 * and the PDF's title — never turned italic with its marks lost. A campaign's own text keeps its
 * Markdown ("**…**" is still bold).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { notice } from '../../src/kinds/notice.js';
import type { Campaign } from '../../src/load/campaign.js';
import { collapseSpaces, pdfInfo, pdfText } from '../support/pdf-text.js';
import { exampleInputs, exampleWithBody, renderFor } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

const NAME = 'Tổ dân phố số 1 *chợ* [cũ]';
const LEADER = 'Trần Thị _Hoa_ `A`';
/** The body prints the group's cells, as a ward's body does, inside the campaign's own bold. */
const LINE =
  'Giao **{{group.name}}** (Tổ trưởng: {{group.leader}}) chủ trì thực hiện. Nhóm Zalo: {{group.[Nhóm Zalo]}}';
/** A link in a cell keeps its own "_": no escape goes into the address. */
const ZALO = 'https://zalo.me/g/to_1_cho';

let campaign: Campaign;
beforeAll(async () => {
  const dir = await makeTempDir('phuong-print-cell-md-');
  campaign = await exampleWithBody(dir, 'campaign', (body) => `${LINE}\n\n${body}`);
});
afterAll(removeTempDirs);

it('prints a group’s cells with Markdown marks as typed', async () => {
  const { groups } = await exampleInputs();
  const first = groups[0] as (typeof groups)[0];
  const group = { ...first, name: NAME, leader: LEADER, columns: { 'Nhóm Zalo': ZALO } };
  const { bytes } = await renderFor(notice, campaign, group);
  const text = collapseSpaces(await pdfText(bytes));
  expect(text).toContain(`Giao ${NAME} (Tổ trưởng: ${LEADER}) chủ trì`);
  // The "Bản gửi" line at the page's foot names the group as typed too, without a "\".
  expect(text).toContain('*chợ* [cũ]');
  expect(text).toContain(`Nhóm Zalo: ${ZALO}`);
  expect(text).not.toContain('\\');
  const info = await pdfInfo(bytes);
  expect(JSON.stringify(info)).not.toContain('\\\\*');
});

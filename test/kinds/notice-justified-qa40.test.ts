/**
 * qa40 m1: in a justified paragraph, the line just before a number or a name kept on one line
 * ("ngày 10/12/2024 của" before "Hội đồng nhân dân thành phố", "… Công an phường:" before the
 * phone "0225.3.857.114") was left short of the right margin. Every line of the notice's body but
 * a paragraph's last ends at the 15 mm margin Decree 30 sets, read from the PDF's word boxes
 * (pdftotext -bbox). The campaigns: the QA's fee (e) and fire drill (d) notices (fixtures/qa40).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { notice } from '../../src/kinds/notice.js';
import { loadCampaign } from '../../src/load/campaign.js';
import { loadGroups } from '../../src/load/groups/index.js';
import {
  LEFT,
  MM,
  marginReport,
  noticeBodyLines,
  lineStart as start,
  lineText as text,
} from '../support/notice-margins.js';
import { pdfWords } from '../support/pdf-text.js';
import { renderFor } from '../support/render.js';

const fixture = (file: string) =>
  fileURLToPath(new URL(`../fixtures/qa40/${file}`, import.meta.url));

describe('justified body lines before a kept number or name end at the margin (qa40 m1)', () => {
  it.each([
    ['e-thu-phi.yaml', 'ngày 10/12/2024 của'],
    ['d-pccc.yaml', 'Công an phường:'],
  ])('%s: every line but a paragraph’s last ends at 15 mm', async (file, named) => {
    const { campaign } = await loadCampaign(fixture(file));
    const group = (await loadGroups(fixture('groups.csv'))).find((g) => g.id === '7');
    if (!group) throw new Error('the QA’s groups file has tổ 7');
    const lines = noticeBodyLines(await pdfWords((await renderFor(notice, campaign, group)).bytes));
    // The body's lines: at the left margin, or at a paragraph's first-line indent (a table's
    // cells start elsewhere).
    const indent = lines.map(start).find((x) => x > LEFT + 5 * MM && x < LEFT + 20 * MM);
    const body = lines.filter(
      (l) => Math.abs(start(l) - LEFT) < 0.5 || (indent && Math.abs(start(l) - indent) < 0.5),
    );
    expect(body.map(text).join('\n')).toContain(named);
    expect(marginReport(body)).toEqual([]);
  });
});

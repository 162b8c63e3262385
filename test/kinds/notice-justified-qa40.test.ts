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
import { type PdfWord, pdfWords, wordLines } from '../support/pdf-text.js';
import { renderFor } from '../support/render.js';

const fixture = (file: string) =>
  fileURLToPath(new URL(`../fixtures/qa40/${file}`, import.meta.url));

const MM = 72 / 25.4;
/** Decree 30's margins for an administrative document: left 30 mm, right 15 mm. */
const LEFT = 30 * MM;
const RIGHT_EDGE = 210 * MM - 15 * MM;

const text = (l: readonly PdfWord[]) => l.map((w) => w.text).join(' ');
const start = (l: readonly PdfWord[]) => (l[0] as PdfWord).xMin;
const end = (l: readonly PdfWord[]) => (l[l.length - 1] as PdfWord).xMax;

describe('justified body lines before a kept number or name end at the margin (qa40 m1)', () => {
  it.each([
    ['e-thu-phi.yaml', 'ngày 10/12/2024 của'],
    ['d-pccc.yaml', 'Công an phường:'],
  ])('%s: every line but a paragraph’s last ends at 15 mm', async (file, named) => {
    const { campaign } = await loadCampaign(fixture(file));
    const group = (await loadGroups(fixture('groups.csv'))).find((g) => g.id === '7');
    if (!group) throw new Error('the QA’s groups file has tổ 7');
    const all = wordLines(await pdfWords((await renderFor(notice, campaign, group)).bytes));
    const from = all.findIndex((l) => text(l).startsWith('Kính gửi'));
    const to = all.findIndex((l) => text(l).startsWith('Nơi nhận'));
    expect(from, all.map(text).join('\n')).toBeGreaterThan(0);
    // The body's lines: at the left margin, or at a paragraph's first-line indent (a table's
    // cells start elsewhere).
    const indent = all
      .slice(from + 1, to)
      .map(start)
      .find((x) => x > LEFT + 5 * MM && x < LEFT + 20 * MM);
    const body = all
      .slice(from + 1, to)
      .filter(
        (l) => Math.abs(start(l) - LEFT) < 0.5 || (indent && Math.abs(start(l) - indent) < 0.5),
      );
    expect(body.map(text).join('\n')).toContain(named);
    const report: string[] = [];
    for (const [i, l] of body.entries()) {
      const next = body[i + 1];
      // A paragraph's last line: the next one starts indented, or the body ends.
      const last = !next || start(next) > LEFT + 5;
      const mm = ((RIGHT_EDGE - end(l)) / MM).toFixed(2);
      if (end(l) > RIGHT_EDGE + 0.3) report.push(`past the margin by ${-mm} mm: ${text(l)}`);
      else if (!last && l.length > 1 && end(l) < RIGHT_EDGE - 0.3)
        report.push(`ragged, ${mm} mm short: ${text(l)}`);
    }
    expect(report).toEqual([]);
  });
});

/**
 * Names as phones, Word and Excel deliver them — decomposed (NFD), with zero-width characters,
 * non-breaking spaces, tabs and runs of spaces — go through load → template → layout and come out
 * of the PDF as the clean NFC name. And a ward of 10,000 groups loads whole, in order.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { notice } from '../../src/kinds/notice.js';
import { tracker } from '../../src/kinds/tracker.js';
import { loadGroupsReport, parseGroupsCsv } from '../../src/load/groups/index.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { exampleInputs, renderFor } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { wardCsv, wardRow } from '../support/ward.js';

afterAll(removeTempDirs);

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('dirty names through the whole pipeline', () => {
  it.each([
    ['decomposed (NFD)', 'Tổ dân phố Đồng Quốc Bình'.normalize('NFD')],
    ['zero-width characters', '\u200BTổ dân\u200C phố\u200D Đồng\uFEFF Quốc Bình'],
    ['non-breaking spaces', 'Tổ\u00A0dân\u00A0phố Đồng\u00A0Quốc Bình'],
    ['tabs and repeated spaces', '  Tổ\tdân   phố \t Đồng Quốc    Bình '],
  ])('%s: the PDF shows the clean NFC name', async (_, dirty) => {
    const { campaign } = await exampleInputs();
    const leader = 'Nguyễn\u00A0\u00A0Thị\u200B Thu Hằng'.normalize('NFD');
    const [group] = parseGroupsCsv(
      utf8(`STT;Tên tổ dân phố;Tổ trưởng\n1;${dirty};${leader}\n`),
      'dirty.csv',
    );
    expect(group?.name).toBe('Tổ dân phố Đồng Quốc Bình');
    const doc = await renderFor(notice, campaign, group as NonNullable<typeof group>);
    const text = collapseSpaces(await pdfText(doc.bytes));
    // In running text the unit word before a proper name is lower case (Decree 30, qa8 K3).
    expect(text).toContain('Bản gửi: tổ dân phố Đồng Quốc Bình, phường Lê Chân');
    expect(text).not.toMatch(/[\u200B-\u200D\uFEFF\u00A0]/);
    // The notice names no leader (its "Kính gửi" is the campaign's list): the tracking sheet does.
    const sheet = await renderFor(tracker, campaign, group as NonNullable<typeof group>);
    const sheetText = collapseSpaces(await pdfText(sheet.bytes));
    expect(sheetText).toContain(
      'Tổ dân phố Đồng Quốc Bình – phường Lê Chân · Tổ trưởng: Nguyễn Thị Thu Hằng',
    );
    expect(sheetText).not.toMatch(/[\u200B-\u200D\uFEFF\u00A0]/);
  });
});

describe('Ê Đê names with Ñ (qa11 Q15: once refused as VNI-font text)', () => {
  it('print as typed on the tracking sheet, leader and all', async () => {
    const { campaign } = await exampleInputs();
    const [group] = parseGroupsCsv(
      utf8('STT;Tên buôn;Trưởng buôn\n1;Buôn Ñing;Y Ñuôn Niê\n'),
      'ede.csv',
    );
    const sheet = await renderFor(tracker, campaign, group as NonNullable<typeof group>);
    expect(collapseSpaces(await pdfText(sheet.bytes))).toContain(
      'Buôn Ñing – phường Lê Chân · Trưởng buôn: Y Ñuôn Niê',
    );
  });
});

describe('10,000 groups', () => {
  // Whole and in order; how fast is the bench's to measure (a timed test fails on a loaded machine).
  it('loads a 10,000-row CSV, every row in order', async () => {
    const file = join(await makeTempDir('phuong-print-10k-'), 'groups.csv');
    await writeFile(file, wardCsv(10_000));
    const report = await loadGroupsReport(file);
    expect(report.failures).toEqual([]);
    expect(report.groups).toHaveLength(10_000);
    expect(report.groups.map((g) => g.id)).toEqual(
      Array.from({ length: 10_000 }, (_, i) => String(i + 1)),
    );
    // The last row, as the generator wrote it (test/support/ward.ts).
    const last = wardRow(10_000).split(';');
    expect(report.groups[9_999]).toMatchObject({
      id: '10000',
      name: last[1],
      leader: last[2],
      phone: last[3],
      households: Number(last[5]),
      source: { row: 10_001 },
    });
  });
});

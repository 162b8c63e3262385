/**
 * The tracking sheet's tick columns get the width their titles need (qa: a fire-safety campaign's
 * eight actions, titles of three to eight words, were squeezed into the room the name and
 * address left, one or two words a line, up to seven lines, the header row a third of the page's
 * rows tall, while the name and address columns kept their full width). The sheet is the one a
 * ward prints: the Hải Phòng example's campaign without its contest and app, eight actions, a
 * roster whose names and addresses are as long as a ward's are. Read from the PDF as drawn
 * (pdf.js text items: a cell's line is one item; a header cell's lines are centred in it, so the
 * lines of one column share their centre).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { tracker } from '../../src/kinds/tracker.js';
import { loadFonts } from '../../src/layout/fonts.js';
import { loadCampaign } from '../../src/load/campaign.js';
import { loadGroups } from '../../src/load/groups/index.js';
import { loadRoster } from '../../src/load/roster.js';
import { buildContext } from '../../src/model/context.js';
import { renderOutput } from '../../src/render/output.js';
import { type PageItems, pdfTextItems, type TextItem } from '../support/pdf-items.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

/** A fire-safety campaign's actions, their columns as an office writes them. */
const EIGHT = [
  'Kiểm tra bình chữa cháy',
  'Ngắt điện thiết bị khi ra khỏi nhà',
  'Lắp thiết bị báo cháy tự động',
  'Có lối thoát nạn thứ hai',
  'Không để xe sát cửa ra vào',
  'Cất giữ chất dễ cháy an toàn',
  'Thuộc số điện thoại cứu hỏa 114',
  'Tham gia tập huấn kỹ năng thoát nạn',
];

/** Residents with a long full name and a long street address, as rosters have them. */
const RESIDENTS = [
  ['Nguyễn Thị Thanh Hương', 'Số 112 ngõ 52 phố Tô Hiệu'],
  ['Tôn Nữ Thị Phương Thảo', 'Số 108 ngõ 34 phố Tô Hiệu'],
  ['Lê Văn An', 'Số 8 phố Tô Hiệu'],
];

/** The example campaign with neither contest nor app, and these columns as its actions. */
async function campaignWith(dir: string, columns: readonly string[]): Promise<string> {
  const doc = parseDocument(await readFile(EXAMPLE_CAMPAIGN, 'utf8'));
  for (const key of ['contest', 'app', 'links', 'slogan']) doc.delete(key);
  doc.setIn(['notice', 'body'], 'Đề nghị các hộ gia đình thực hiện các việc sau.');
  doc.set('title', 'Phòng cháy, chữa cháy tại hộ gia đình');
  doc.set('measures', [{ id: 'ho', label: 'Số hộ thực hiện đủ các việc', of: 'households' }]);
  doc.set(
    'actions',
    columns.map((column, i) => ({ step: `Việc thứ ${i + 1}.`, column })),
  );
  const file = join(dir, 'campaign.yaml');
  await writeFile(file, doc.toString());
  return file;
}

/** Group 1's sheet with the roster above: its first page's text items. */
async function firstPage(columns: readonly string[]): Promise<PageItems> {
  const dir = await makeTempDir('phuong-print-tracker-widths-');
  const { campaign } = await loadCampaign(await campaignWith(dir, columns));
  const [group] = await loadGroups(EXAMPLE_GROUPS);
  if (!group) throw new Error('the example has no groups');
  const rosterFile = join(dir, 'roster.csv');
  const rows = RESIDENTS.map(([name, address], i) => `${i + 1};${name};${address}`);
  await writeFile(rosterFile, ['STT;Họ và tên;Địa chỉ', ...rows].join('\n'));
  const roster = await loadRoster(rosterFile);
  const { bytes } = await renderOutput(tracker, buildContext(campaign, group, 'to', roster), {
    fonts: loadFonts(),
    created: new Date(`${campaign.issued}T00:00:00+07:00`),
  });
  const [page] = await pdfTextItems(bytes);
  if (!page) throw new Error('the sheet has no page');
  return page;
}

/**
 * The header row's cells as printed: the items between the instructions line above the table
 * and the first row's number, grouped by their centre (a header cell's lines are centred), each
 * cell's lines top to bottom.
 */
function headerCells(page: PageItems): string[][] {
  const above = page.items.find((i) => i.str.startsWith('Đánh dấu'));
  const stt = page.items.find((i) => i.str.trim() === 'STT');
  const one = page.items.find((i) => i.str.trim() === '1' && stt && i.yTopMm > stt.yTopMm);
  if (!above || !stt || !one) throw new Error('no instructions, header row or first row');
  const head = page.items.filter((i) => i.yTopMm > above.yTopMm && i.yTopMm < one.yTopMm);
  const centre = (i: TextItem) => i.xMm + i.widthMm / 2;
  const cells: TextItem[][] = [];
  for (const item of [...head].sort((a, b) => centre(a) - centre(b))) {
    const last = cells.at(-1);
    if (last && Math.abs(centre(last[0] as TextItem) - centre(item)) < 1) last.push(item);
    else cells.push([item]);
  }
  return cells.map((c) => c.sort((a, b) => a.yTopMm - b.yTopMm).map((i) => i.str.trim()));
}

/** Each title's printed lines, found as the header cell whose lines read the title. */
function titleLines(page: PageItems, titles: readonly string[]): Map<string, number> {
  const cells = headerCells(page);
  return new Map(
    titles.map((t) => [t, cells.find((lines) => lines.join(' ') === t)?.length ?? Infinity]),
  );
}

describe('tracker tick columns as wide as their titles need', () => {
  it('sets eight titles of up to eight words in four lines, a name still on one', {
    timeout: 60_000,
  }, async () => {
    const page = await firstPage(EIGHT);
    // Every title printed whole, in four lines at most (its longest, eight words, two a line;
    // three lines for all would leave the name and address columns too narrow for the roster).
    const lines = titleLines(page, EIGHT);
    expect([...lines].filter(([, n]) => n > 4)).toEqual([]);
    // The roster's names and addresses each on one line of their cell, as written.
    const printed = page.items.map((i) => i.str.trim());
    for (const [name, address] of RESIDENTS) {
      expect(printed).toContain(name);
      expect(printed).toContain(address);
    }
  });

  it('sets six titles in three lines', { timeout: 60_000 }, async () => {
    const six = EIGHT.slice(0, 6);
    const page = await firstPage(six);
    const lines = titleLines(page, six);
    expect([...lines].filter(([, n]) => n > 3)).toEqual([]);
    const printed = page.items.map((i) => i.str.trim());
    for (const [name, address] of RESIDENTS) {
      expect(printed).toContain(name);
      expect(printed).toContain(address);
    }
  });
});

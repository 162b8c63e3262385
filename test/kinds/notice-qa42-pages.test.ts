/**
 * QA42's page-flow findings, on the văn thư's own notices (test/fixtures/qa42-pages, groups cut
 * to the first tổ): read from the printed PDF (pdftotext -bbox) as she checks it against Decree
 * 30 — nothing printed under the bottom margin (297 − 20 mm) but the "Bản gửi" copy mark, every
 * "Kính gửi" and "Nơi nhận" line on some page, the signature never alone on its page.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { notice } from '../../src/kinds/notice.js';
import { loadCampaign } from '../../src/load/campaign.js';
import { loadGroups } from '../../src/load/groups/index.js';
import { runCliInProcess } from '../support/cli.js';
import { bottomMm, lineText, TEXT_BOTTOM, underMargin } from '../support/notice-margins.js';
import { collapseSpaces, type PdfWord, pdfWords, wordLines } from '../support/pdf-text.js';
import { renderFor } from '../support/render.js';
import { removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/qa42-pages/${name}`, import.meta.url));

async function printed(campaignFile: string, groupsFile = 'groups.csv') {
  const { campaign } = await loadCampaign(fixture(campaignFile));
  const [group] = await loadGroups(fixture(groupsFile));
  if (!group) throw new Error(`no group in ${groupsFile}`);
  const { bytes, pages } = await renderFor(notice, campaign, group);
  const words = await pdfWords(bytes);
  const lines = wordLines(words);
  return { campaign, pages, words, lines };
}

/** The whole text of the notice, words in reading order, spaces collapsed. */
const allText = (words: readonly PdfWord[]) => collapseSpaces(words.map((w) => w.text).join(' '));

/** An entry as printed: its end mark ";"/"." is the notice's. */
const entryText = (entry: string) => collapseSpaces(entry).replace(/[;.]$/, '');

/** The first word `text` on the page, failing the test when it is not there. */
function wordOn(words: readonly PdfWord[], w: string, page?: number): PdfWord {
  const found = words.find((x) => x.text === w && (page === undefined || x.page === page));
  if (!found) throw new Error(`no word "${w}"${page ? ` on page ${page}` : ''}`);
  return found;
}

describe('a long "Kính gửi" list flows onto the next page (qa42 F2)', () => {
  it('prints the 32 tổ trưởng of the ward inside the margins, the list going on on page 2', async () => {
    const { campaign, pages, words, lines } = await printed('kinh-gui-32.yaml');
    expect(underMargin(lines)).toEqual([]);
    const all = allText(words);
    for (const r of campaign.notice?.recipients ?? []) expect(all).toContain(entryText(r));
    expect(pages).toBe(2);
    // Page 2 is numbered, and the list goes on there before the body.
    const two = lines.filter((l) => l[0]?.page === 2);
    expect(lineText(two[0] ?? [])).toBe('2');
    expect(lineText(two[1] ?? [])).toMatch(/^- Trưởng Tổ dân phố số \d+;$/);
  });

  it('loses none of 39 recipients', async () => {
    const { campaign, words, lines } = await printed('kinh-gui-39.yaml');
    expect(underMargin(lines)).toEqual([]);
    const all = allText(words);
    const recipients = campaign.notice?.recipients ?? [];
    expect(recipients.length).toBe(39);
    for (const r of recipients) expect(all).toContain(entryText(r));
  });
});

describe('"Kính gửi" of several recipients as Decree 30 sets it (qa42 F7)', () => {
  it('has "Kính gửi:" on a line of its own, the dashes aligned under its colon', async () => {
    const { words, lines } = await printed('kinh-gui-32.yaml');
    const label = lines.find((l) => lineText(l).startsWith('Kính'));
    expect(lineText(label ?? [])).toBe('Kính gửi:');
    const colonWord = wordOn(words, 'gửi:');
    const dashes = lines
      .filter((l) => /^- Trưởng Tổ dân phố/.test(lineText(l)))
      .map((l) => (l[0] as PdfWord).xMin);
    expect(dashes.length).toBe(32);
    for (const x of dashes) expect(x).toBeCloseTo(dashes[0] as number, 0);
    // Under the colon: inside the label's last word, at its end.
    expect(dashes[0]).toBeGreaterThan(colonWord.xMax - 5);
    expect(dashes[0]).toBeLessThan(colonWord.xMax);
  });

  it('keeps one recipient on the "Kính gửi:" line', async () => {
    const { lines } = await printed('ten-to-dai.yaml', 'groups-ten-dai.csv');
    const label = lines.find((l) => lineText(l).startsWith('Kính'));
    expect(lineText(label ?? [])).toMatch(/^Kính gửi: Trưởng Tổ dân phố số 12/);
  });
});

describe('a long "Nơi nhận" goes on to the next page (qa42 F1)', () => {
  for (const [file, count] of [
    ['noi-nhan-60.yaml', 60],
    ['noi-nhan-30-dai.yaml', 30],
  ] as const)
    it(`prints all ${count} entries of ${file} above the bottom margin, the signature with the text`, async () => {
      const { campaign, words, lines } = await printed(file);
      expect(underMargin(lines)).toEqual([]);
      const cc = campaign.notice?.cc ?? [];
      expect(cc.length).toBe(count);
      const all = allText(words);
      for (const entry of cc) expect(all).toContain(entryText(entry));
      expect(all).toContain('- Lưu: VT, VHXH.');
      // The page of the signature holds the body's last line above "Nơi nhận:".
      const ccLabel = wordOn(words, 'Nơi');
      const signPage = lines.filter((l) => l[0]?.page === ccLabel.page);
      const above = signPage.filter(
        (l) => (l[0] as PdfWord).yMax < ccLabel.yMin && !/^\d+$/.test(lineText(l)),
      );
      expect(above.map(lineText).join(' ')).toContain('giải quyết./.');
    });
});

describe('a body ending with a table keeps rows with the signature (qa42 F6)', () => {
  for (const [file, rows] of [
    ['bang-12.yaml', 12],
    ['bang-13.yaml', 13],
    ['bang-14.yaml', 14],
  ] as const)
    it(`carries the last row of ${rows}, under the repeated header, to the signature page`, async () => {
      const { words, lines, pages } = await printed(file);
      expect(pages).toBe(2);
      expect(underMargin(lines)).toEqual([]);
      const ccLabel = wordOn(words, 'Nơi');
      const signPage = lines.filter((l) => l[0]?.page === ccLabel.page);
      const above = signPage.filter((l) => (l[0] as PdfWord).yMax < ccLabel.yMin).map(lineText);
      expect(above.some((l) => l.startsWith('STT Tổ dân phố'))).toBe(true);
      expect(above.some((l) => l.startsWith(`${rows} Tổ dân phố số ${rows}`))).toBe(true);
    });
});

describe('the "Bản gửi" copy mark of a long tổ name (qa42 F11)', () => {
  it('stays inside the bottom margin, "Bản gửi:" never alone', async () => {
    const { lines } = await printed('ten-to-dai.yaml', 'groups-ten-dai.csv');
    const tag = lines.filter((l) => bottomMm(l) > TEXT_BOTTOM);
    expect(lineText(tag[0] ?? [])).toMatch(/^Bản gửi: Tổ/);
    // The one-line mark of a short name ends 287.5 mm down: no lower, ≥ 9 mm from the edge.
    for (const l of tag) expect(bottomMm(l)).toBeLessThan(288);
    expect(collapseSpaces(tag.map(lineText).join(' '))).toContain('Khu nhà ở xã hội Hoàng Huy');
  });

  it('wraps a name too long even in small type upward, with a warning from check', async () => {
    const { lines } = await printed('ten-to-dai.yaml', 'groups-ten-rat-dai.csv');
    const tag = lines.filter((l) => bottomMm(l) > TEXT_BOTTOM);
    expect(tag.length).toBeGreaterThan(1);
    expect(lineText(tag[0] ?? [])).toMatch(/^Bản gửi: Tổ/);
    for (const l of tag) expect(bottomMm(l)).toBeLessThan(288);
    expect(collapseSpaces(tag.map(lineText).join(' '))).toContain('Khu tập thể Đông Khê');
    const check = await runCliInProcess([
      'check',
      '--campaign',
      fixture('ten-to-dai.yaml'),
      '--groups',
      fixture('groups-ten-rat-dai.csv'),
      '--kind',
      'notice',
    ]);
    expect(check.stderr + check.stdout).toMatch(/copy mark at the foot of each page/);
  });
});

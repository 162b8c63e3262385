/**
 * qa55 p5: a Trung thu campaign hands out gifts "đúng đối tượng, có ký nhận"; its action "Nhận quà
 * và ký nhận" and its measure "Số thiếu nhi tham gia" over the list's "Số thiếu nhi" (Tổ 2: 38
 * children, 95 households). The tracking sheet was 5 pages of household rows ("Họ và tên chủ hộ",
 * "ghi vào ô số thiếu nhi trong hộ đã làm xong việc đó"), the signing action a count cell: no use
 * as the receipt list. Now its rows are the children (38 and a few spare), and that action's
 * column is "Ký nhận", where the one who takes the gift signs. A campaign whose actions ask for no
 * signature keeps its sheet. Read from the sheet's text.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tracker } from '../../src/kinds/tracker.js';
import { loadFonts } from '../../src/layout/fonts.js';
import { loadCampaign } from '../../src/load/campaign.js';
import type { Group } from '../../src/load/types.js';
import { buildContext } from '../../src/model/context.js';
import { asksSignature } from '../../src/model/receipt.js';
import { renderOutput } from '../../src/render/output.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { collapseSpaces, pdfPageTexts, pdfWords } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { TRUNG_THU_STEPS } from '../support/trung-thu.js';

afterAll(removeTempDirs);

const campaignOf = (gift: string) => `${NOTICE_ONLY}title: Vui Tết Trung thu 2027
actions:
  - step: Đưa con em đến nhà văn hoá tổ đúng giờ
  - step: ${gift}
measures:
  - { id: thamgia, label: Số thiếu nhi tham gia, of: Số thiếu nhi }
  - { id: qua, label: Số suất quà đã phát, of: Số suất quà }
`;

const group: Group = {
  id: '2',
  name: 'Tổ dân phố số 2',
  households: 95,
  columns: { 'Số thiếu nhi': '38', 'Số suất quà': '38' },
  source: { file: 'trungthu-groups.csv', row: 3 },
};

async function sheetPdf(gift: string) {
  const dir = await makeTempDir('phuong-print-tracker-receipt-');
  const file = join(dir, 'campaign.yaml');
  await writeFile(file, campaignOf(gift));
  const { campaign } = await loadCampaign(file);
  const { bytes } = await renderOutput(tracker, buildContext(campaign, group, 'to-2'), {
    fonts: loadFonts(),
    created: new Date('2027-08-25T00:00:00+07:00'),
  });
  return bytes;
}

const sheet = async (gift: string) =>
  (await pdfPageTexts(await sheetPdf(gift))).map(collapseSpaces);

const MM = 72 / 25.4;

/** The numbered rows' numbers, in the order printed: a cell's number alone on its line. */
const rowNumbers = (pages: string[]) =>
  pages.flatMap((p) => [...p.matchAll(/(?:^| )(\d{1,3})(?= )/g)].map((m) => Number(m[1])));

describe('a gift handed out "ký nhận": the sheet is the receipt list (qa55 p5)', () => {
  it('has a row per child, 38 and a few spare, and a "Ký nhận" column to sign in', async () => {
    const pages = await sheet('Nhận quà và ký nhận');
    const text = pages.join(' ');
    expect(text).toContain('Họ và tên trẻ');
    // The column is titled "Ký nhận", not by the action's sentence.
    expect(text.replace('Cột “Ký nhận”', '')).toContain('Ký nhận');
    expect(text).not.toContain('Nhận quà và ký nhận');
    expect(text).toContain('Cột “Ký nhận”: người nhận ký tên');
    expect(text).not.toContain('Họ và tên chủ hộ');
    expect(text).not.toContain('ghi vào ô số thiếu nhi');
    const numbers = rowNumbers(pages);
    expect(numbers).toContain(38);
    // A row per child and a page's spare rows, not one per household (95).
    expect(Math.max(...numbers.filter((n) => n < 100))).toBeLessThan(95);
    expect(pages.length).toBeLessThan(5);
  });

  it('gives the signature room: "Ký nhận" is 30 mm wide, not its title\'s 17 mm', async () => {
    const words = (await pdfWords(await sheetPdf('Nhận quà và ký nhận'))).filter(
      (w) => w.page === 1,
    );
    // A header's two words, on one line ("nhận" is in the instruction above too).
    const title = (first: string, second: string) => {
      const a = words.find((w) => w.text === first);
      const b = a && words.find((w) => w.text === second && Math.abs(w.yMin - a.yMin) < 1);
      if (!a || !b) throw new Error(`no "${first} ${second}" header`);
      return [a, b] as const;
    };
    const [ky, nhan] = title('Ký', 'nhận');
    const [ghi, chu] = title('Ghi', 'chú');
    // Header titles are centred: theirs stand half of each column's width apart. "Ghi chú" is
    // 30 mm and more (38 mm here) with or without the wider column beside it; "Ký nhận" was
    // 17 mm: (17 + 38) / 2 = 27,5 mm apart, now (30 + 38) / 2 = 34 mm.
    const apart = (ghi.xMin + chu.xMax) / 2 - (ky.xMin + nhan.xMax) / 2;
    expect(apart).toBeGreaterThanOrEqual(((30 + 30) / 2 - 0.5) * MM);
  });

  it('keeps the household sheet when no action asks for a signature', async () => {
    const pages = await sheet('Nhận quà tại nhà văn hoá');
    const text = pages.join(' ');
    expect(text).toContain('Họ và tên chủ hộ');
    expect(text).toContain('ghi vào ô số thiếu nhi trong hộ đã làm xong việc đó');
    expect(text).not.toContain('Ký nhận');
  });

  it('takes "ký nhận" for a signature, not "đăng ký nhận tin" nor "ký xác nhận"', () => {
    expect(asksSignature({ step: 'Nhận quà và ký nhận' })).toBe(true);
    expect(asksSignature({ step: 'Phát quà', column: 'Kí nhận' })).toBe(true);
    expect(asksSignature({ step: 'Đăng ký nhận tin qua Zalo tổ dân phố' })).toBe(false);
    expect(asksSignature({ step: 'Ký xác nhận của chủ hộ' })).toBe(false);
  });
});

/** The sheet's text of a campaign with these actions and its first measure's line. */
async function sheetOf(
  steps: string[],
  measure = '{ id: thamgia, label: Số thiếu nhi tham gia, of: Số thiếu nhi }',
) {
  const dir = await makeTempDir('phuong-print-tracker-receipt-');
  const file = join(dir, 'campaign.yaml');
  await writeFile(
    file,
    `${NOTICE_ONLY}title: Vui Tết Trung thu 2027
actions:
${steps.map((s) => `  - step: ${s}`).join('\n')}
measures:
  - ${measure}
`,
  );
  const { campaign } = await loadCampaign(file);
  const { bytes } = await renderOutput(tracker, buildContext(campaign, group, 'to-2'), {
    fonts: loadFonts(),
    created: new Date('2027-08-25T00:00:00+07:00'),
  });
  return (await pdfPageTexts(bytes)).map(collapseSpaces);
}

const OTHER_STEPS = TRUNG_THU_STEPS;

describe('the receipt list among many actions, and over a whole population (review55b)', () => {
  // #1: the children's "Ngày sinh" took a tick's room the count left out: 13 columns, no sheet.
  it("prints 8 actions of a children's list, the signature column among them", async () => {
    const pages = await sheetOf([...OTHER_STEPS.slice(0, 7), 'Nhận quà và ký nhận']);
    const text = pages.join(' ');
    expect(text).toContain('Họ và tên trẻ');
    expect(text).toContain('Ngày sinh');
    expect(text).toContain('Cột “Ký nhận”: người nhận ký tên');
  });

  // #2: more actions than the sheet has room for: the signature column is kept, as the app's is.
  it('keeps the signature column when the actions are folded into one', async () => {
    const pages = await sheetOf([...OTHER_STEPS, 'Nhận quà và ký nhận']);
    const text = pages.join(' ');
    expect(text).toContain('Đã làm đủ 9 việc');
    expect(text).toContain('Cột “Ký nhận”: người nhận ký tên');
  });

  // #7: a measure of every resident ("| người") is no list of receivers: household rows.
  it('keeps household rows for a measure over the whole population', async () => {
    const pages = await sheetOf(
      ['Nhận quà và ký nhận'],
      '{ id: nguoi, label: Số người nhận quà, of: people }',
    );
    const text = pages.join(' ');
    expect(text).toContain('Họ và tên chủ hộ');
    expect(text).not.toContain('Họ và tên trẻ');
  });
});

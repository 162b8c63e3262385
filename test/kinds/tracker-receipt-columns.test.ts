/**
 * review55b's leftovers on the receipt list's "Ký nhận" column (qa55 p5). #1: two actions asking
 * "ký nhận" ("Nhận quà và ký nhận", "Nhận tiền hỗ trợ, ký nhận") shared one column, one of them
 * dropped with a warning naming the built-in templates/tracker.hbs; each now has its own column,
 * titled by what is received. #4: "Tổ trưởng ký nhận danh sách" (the leader signs once) made the
 * per-person column. #5: among seven actions of a children's list the signature column stayed
 * 11 mm while "Ghi chú" kept 30 mm. #6: a receipt list past 1,000 rows was cut without a word.
 * Read from the sheet's text and word positions, and from `check --lang vi`.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tracker } from '../../src/kinds/tracker.js';
import { loadFonts } from '../../src/layout/fonts.js';
import { loadCampaign } from '../../src/load/campaign.js';
import type { Group } from '../../src/load/types.js';
import { buildContext } from '../../src/model/context.js';
import { asksSignature, signTitlesOf } from '../../src/model/receipt.js';
import { renderOutput } from '../../src/render/output.js';
import { checkVi } from '../support/cli.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { collapseSpaces, pdfPageTexts, pdfWords } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { TRUNG_THU_STEPS } from '../support/trung-thu.js';

afterAll(removeTempDirs);

const MM = 72 / 25.4;

const campaignText = (steps: readonly string[]) => `${NOTICE_ONLY}title: Vui Tết Trung thu 2027
actions:
${steps.map((s) => `  - step: ${s}`).join('\n')}
measures:
  - { id: thamgia, label: Số thiếu nhi tham gia, of: Số thiếu nhi }
`;

const group: Group = {
  id: '2',
  name: 'Tổ dân phố số 2',
  households: 95,
  columns: { 'Số thiếu nhi': '38' },
  source: { file: 'trungthu-groups.csv', row: 3 },
};

async function campaignFile(steps: readonly string[]) {
  const file = join(await makeTempDir('phuong-print-receipt-columns-'), 'campaign.yaml');
  await writeFile(file, campaignText(steps));
  return file;
}

/** The sheet's PDF and text. */
async function sheetOf(steps: readonly string[]) {
  const { campaign } = await loadCampaign(await campaignFile(steps));
  const { bytes } = await renderOutput(tracker, buildContext(campaign, group, 'to-2'), {
    fonts: loadFonts(),
    created: new Date('2027-08-25T00:00:00+07:00'),
  });
  const pages = (await pdfPageTexts(bytes)).map(collapseSpaces);
  return { bytes, text: pages.join(' ') };
}

/** A groups file of two tổ: the second's 1,500 children (its 400 households are under the cap). */
async function groupsFile() {
  const file = join(await makeTempDir('phuong-print-receipt-columns-'), 'groups.csv');
  await writeFile(
    file,
    'STT;Tên tổ dân phố;Số hộ;Số nhân khẩu;Số thiếu nhi\n1;Tổ dân phố số 1;95;300;38\n2;Tổ dân phố số 2;400;4000;1500\n',
  );
  return file;
}

/** Six actions besides the gift's: with it, seven tick columns. */
const STEPS = TRUNG_THU_STEPS.slice(0, 6);

describe('two actions asking "ký nhận" (#1)', () => {
  it('gives each its own column, titled by what is received, and drops none', async () => {
    const steps = [STEPS[0] as string, 'Nhận quà và ký nhận', 'Nhận tiền hỗ trợ, ký nhận'];
    const { bytes, text } = await sheetOf(steps);
    // No column printed once for two ("in một lần"), no built-in template named to the office.
    const { stderr } = await checkVi(await campaignFile(steps), await groupsFile());
    expect(stderr).not.toContain('tracker.hbs');
    expect(stderr).not.toContain('Ký nhận');
    expect(text).toContain('Cột “Ký nhận quà”: người nhận ký tên');
    expect(text).toContain('Cột “Ký nhận tiền hỗ trợ”: người nhận ký tên');
    // Two header titles beginning "Ký" (the instruction's are "“Ký"): two columns to sign in.
    const heads = (await pdfWords(bytes)).filter((w) => w.page === 1 && w.text === 'Ký');
    expect(heads).toHaveLength(2);
  });
});

describe('an official signing for the group (#4)', () => {
  it('is no per-person signature: "Tổ trưởng ký nhận danh sách" keeps the household sheet', async () => {
    expect(asksSignature({ step: 'Tổ trưởng ký nhận danh sách' })).toBe(false);
    expect(asksSignature({ step: 'Ký nhận biên bản bàn giao quà' })).toBe(false);
    expect(asksSignature({ step: 'Trưởng thôn nhận quà và ký nhận' })).toBe(false);
    // Each receiver signing, on the list or after an official's clause, still is.
    expect(asksSignature({ step: 'Nhận quà và ký nhận vào danh sách' })).toBe(true);
    expect(asksSignature({ step: 'Tổ trưởng phát quà, phụ huynh ký nhận' })).toBe(true);
    const { text } = await sheetOf(['Nhận quà tại nhà văn hoá', 'Tổ trưởng ký nhận danh sách']);
    expect(text).toContain('Họ và tên chủ hộ');
    expect(text).not.toContain('Cột “Ký nhận”');
  });
});

describe('the signature column among seven actions (#5)', () => {
  it('is 25 mm wide at least, the notes giving room for it', async () => {
    const { bytes } = await sheetOf([...STEPS, 'Nhận quà và ký nhận']);
    const words = (await pdfWords(bytes)).filter((w) => w.page === 1);
    // The table's right edge is the page number's ("Trang 1/N", right-aligned with it).
    const right = Math.max(...words.filter((w) => /^\d+\/\d+$/.test(w.text)).map((w) => w.xMax));
    const head = (first: string, second: string) => {
      const a = words.find((w) => w.text === first);
      const b = a && words.find((w) => w.text === second && Math.abs(w.yMin - a.yMin) < 1);
      if (!a || !b) throw new Error(`no "${first} ${second}" header`);
      return (a.xMin + b.xMax) / 2;
    };
    // Header titles are centred in their columns: the notes' from the right edge, the
    // signature's from the notes' left edge.
    const notesW = 2 * (right - head('Ghi', 'chú'));
    const signW = 2 * (right - notesW - head('Ký', 'nhận'));
    expect(signW).toBeGreaterThanOrEqual(24.5 * MM);
    expect(notesW).toBeGreaterThanOrEqual(15 * MM);
  });
});

describe('a receipt list past 1,000 rows (#6)', () => {
  it('is said, naming the group, its count and the rows printed', async () => {
    const campaign = await campaignFile([STEPS[0] as string, 'Nhận quà và ký nhận']);
    const { stderr } = await checkVi(campaign, await groupsFile());
    expect(collapseSpaces(stderr)).toContain(
      'dòng 3, cột “Số thiếu nhi”: bảng theo dõi: Tổ dân phố số 2 có 1.500 thiếu nhi; danh sách ký nhận chỉ in 1.000 dòng',
    );
  });
});

describe("a household's representative signing (review56a #2)", () => {
  it('is each receiver\'s signature; "đại diện" is an official only with an office after it', () => {
    for (const step of [
      'Đại diện hộ nhận quà và ký nhận',
      'Đại diện gia đình ký nhận quà',
      'Người đại diện ký nhận',
      // A notebook each receiver takes; "sổ" is the group's book only as "sổ sách", "sổ theo dõi".
      'Ký nhận sổ tay',
    ])
      expect(asksSignature({ step }), step).toBe(true);
    for (const step of [
      'Đại diện tổ ký nhận quà',
      'Đại diện UBND phường ký nhận',
      'Ký nhận sổ sách',
      'Ký nhận sổ theo dõi',
    ])
      expect(asksSignature({ step }), step).toBe(false);
  });
});

describe('a thousands dot in what is received (review56a #6)', () => {
  it('does not cut the column title: "Ký nhận 200.000 đồng", not "Ký nhận 200"', () => {
    expect(
      signTitlesOf([{ step: 'Nhận quà và ký nhận' }, { step: 'Nhận 200.000 đồng và ký nhận' }]),
    ).toEqual(['Ký nhận quà', 'Ký nhận 200.000 đồng']);
  });
});

describe('two signing actions both typing "column: Ký nhận" (review56a #7)', () => {
  it('get a column each, titled by what is received', async () => {
    const { campaign } = await loadCampaign(
      await campaignFile([
        'Nhận quà và ký nhận\n    column: Ký nhận',
        'Nhận tiền hỗ trợ, ký nhận\n    column: ký  nhận',
      ]),
    );
    const { bytes } = await renderOutput(tracker, buildContext(campaign, group, 'to-2'), {
      fonts: loadFonts(),
      created: new Date('2027-08-25T00:00:00+07:00'),
    });
    const text = (await pdfPageTexts(bytes)).map(collapseSpaces).join(' ');
    expect(text).toContain('Cột “Ký nhận quà”: người nhận ký tên');
    expect(text).toContain('Cột “Ký nhận tiền hỗ trợ”: người nhận ký tên');
  });
});

describe("eight untitled actions on a children's list (review56a #10)", () => {
  it('are said to share one column, "Đã làm đủ 8 việc", as the sheet prints', async () => {
    const steps = [...TRUNG_THU_STEPS.slice(0, 7), 'Nhận quà và ký nhận'];
    const { text } = await sheetOf(steps);
    expect(text).toContain('Đã làm đủ 8 việc');
    const { stderr } = await checkVi(await campaignFile(steps), await groupsFile());
    const said = collapseSpaces(stderr);
    expect(said).toContain('chiến dịch có 8 việc');
    expect(said).toContain('bảng có một cột chung “Đã làm đủ 8 việc”');
    expect(said).not.toContain('đã đặt tiêu đề cột');
  });
});

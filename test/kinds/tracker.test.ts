/**
 * The tracking sheet as a group leader gets it: extracted text (poppler) page by page, where each
 * piece of text sits (pdfjs positions) against the table's columns as the printed page draws them
 * (its vertical rules, found in a raster of the page), and the `build` plumbing that feeds it
 * rosters from a folder.
 */
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import type { DocumentKind } from '../../src/kinds/kind.js';
import { findKind } from '../../src/kinds/registry.js';
import { tracker } from '../../src/kinds/tracker.js';
import { loadFonts } from '../../src/layout/fonts.js';
import type { Campaign } from '../../src/load/campaign.js';
import { loadRoster } from '../../src/load/roster.js';
import type { Group, Resident } from '../../src/load/types.js';
import { buildContext } from '../../src/model/context.js';
import { build } from '../../src/output/build.js';
import { loadBuildInputs } from '../../src/output/inputs.js';
import { renderOutput } from '../../src/render/output.js';
import { type PageItems, pdfTextItems, type TextItem } from '../support/pdf-items.js';
import { collapseSpaces, pdfInfo, pdfPageTexts, pdfText } from '../support/pdf-text.js';
import { greyImage } from '../support/qr-extent.js';
import { rasterize } from '../support/raster.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS, exampleInputs, seedApp } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

const ROSTERS = fileURLToPath(new URL('../../examples/hai-phong/rosters', import.meta.url));
interface Column {
  left: number;
  right: number;
}

let campaign: Campaign;
/** The rate line's name: the campaign's first measure, as the sheet names its line. */
const rateName = () => campaign.measures[0]?.label ?? '(no measure)';
let groups: Group[];
let group5: Group;
let roster5: Resident[];
/** The table's columns, in mm from the page's left edge, between its printed vertical rules. */
let COLUMNS: Column[];
let NAME_COLUMN: Column;
/**
 * Group 5's sheet without a roster (a blank numbered row per household: ten pages) and its
 * pdfjs text: rendered and read once, for the columns below and for the "without a roster" case.
 */
let blank: { pdf: Uint8Array; pages: PageItems[] };

/**
 * The columns of the table on a page as printed: x positions (mm) where a dark line runs down at
 * least 80 % of the table's height (from the header row's top to the privacy line), rasterised at
 * 150 dpi. Adjacent pixel columns of one rule are one rule.
 */
async function printedColumns(pdf: Uint8Array, page: PageItems): Promise<Column[]> {
  const DPI = 150;
  const px = (mm: number) => Math.round((mm / 25.4) * DPI);
  const top = page.items.find((i) => i.str.trim() === 'STT')?.yTopMm;
  const bottom = page.items.find((i) => i.str.includes('Nghị định 13/2023'))?.yTopMm;
  if (top === undefined || bottom === undefined) throw new Error('no table header or privacy line');
  const [png] = await rasterize(pdf, { dpi: DPI, page: 1 });
  const img = await greyImage(png as string);
  const rules: number[][] = [];
  for (let x = 0; x < img.width; x++) {
    let dark = 0;
    for (let y = px(top); y < px(bottom); y++) if (img.at(x, y) < 200) dark++;
    if (dark < 0.8 * (px(bottom) - px(top))) continue;
    const last = rules.at(-1);
    if (last && x - (last.at(-1) ?? 0) <= 1) last.push(x);
    else rules.push([x]);
  }
  const mm = rules.map((r) => (((r[0] ?? 0) + (r.at(-1) ?? 0)) / 2 / DPI) * 25.4);
  return mm.slice(1).map((right, i) => ({ left: mm[i] ?? 0, right }));
}

beforeAll(async () => {
  ({ campaign, groups } = await exampleInputs());
  group5 = groups.find((g) => g.id === '5') as Group;
  roster5 = await loadRoster(join(ROSTERS, '5.csv'));
  const pdf = (await render(group5)).bytes;
  blank = { pdf, pages: await pdfTextItems(pdf) };
  COLUMNS = await printedColumns(pdf, blank.pages[0] as PageItems);
  NAME_COLUMN = COLUMNS[1] as Column;
});
afterAll(removeTempDirs);

/** The page's privacy line: only it may be printed under the table's frame. */
const privacyLine = (p: PageItems) => p.items.find((i) => i.str.includes('Nghị định 13/2023'));

function render(group: Group, roster?: Resident[]) {
  return renderOutput(tracker, buildContext(campaign, group, 'to', roster), {
    fonts: loadFonts(),
    created: new Date(`${campaign.issued}T00:00:00+07:00`),
  });
}

const inColumn = (i: TextItem, c: Column) =>
  i.xMm >= c.left - 0.05 && i.xMm + i.widthMm <= c.right + 0.05;
const find = (p: PageItems, s: string) => p.items.find((i) => i.str.trim() === s);

/** The header's name column and the rows that sum the ticks: not residents. */
const isLabel = (s: string) =>
  ['Họ và tên', 'Họ và tên chủ hộ', 'Tổng cộng'].includes(s.trim()) || SUBTOTAL.test(s);
const SUBTOTAL = /^\s*Cộng trang (\d+)\s*$/;

/** Items of the name column, page by page, top to bottom: the names as a reader goes down. */
function nameColumnText(pages: PageItems[]): string {
  const items = pages.flatMap((p, n) =>
    p.items
      .filter((i) => inColumn(i, NAME_COLUMN) && !isLabel(i.str))
      .map((i) => ({ ...i, page: n })),
  );
  items.sort((a, b) => a.page - b.page || a.yTopMm - b.yTopMm || a.xMm - b.xMm);
  return collapseSpaces(items.map((i) => i.str).join(' '));
}

describe('tracker with the example roster of group 5', () => {
  let pdf: Uint8Array;
  /** pdftotext of the sheet, read once: the whole text and its pages (split at form feeds). */
  let text: string;
  let perPage: string[];
  beforeAll(async () => {
    pdf = (await render(group5, roster5)).bytes;
    const raw = await pdfText(pdf);
    text = collapseSpaces(raw);
    const pages = raw.split('\f');
    // pdftotext ends every page with a form feed: the empty remainder is no page.
    if (pages.at(-1)?.trim() === '') pages.pop();
    perPage = pages.map(collapseSpaces);
  });

  it("draws one column per title of the template's columns section, inside the margins", () => {
    // STT, Họ và tên, Địa chỉ, five steps of the contest (app, registered, finished, shared,
    // certificate), Ghi chú.
    expect(COLUMNS).toHaveLength(9);
    expect(COLUMNS[0]?.left).toBeGreaterThan(10);
    expect(COLUMNS.at(-1)?.right).toBeLessThan(297 - 10);
    // The names' column is the widest but one (the address): a 60-character name wraps once.
    expect(NAME_COLUMN.right - NAME_COLUMN.left).toBeGreaterThan(50);
    for (const c of COLUMNS) expect(c.right - c.left).toBeGreaterThan(10);
  });

  it('is A4 landscape on every page', async () => {
    const info = await pdfInfo(pdf);
    expect(info.pages).toBeGreaterThan(1);
    for (const size of info.pageSizesMm) {
      expect(size.width).toBeCloseTo(297, 0);
      expect(size.height).toBeCloseTo(210, 0);
    }
  });

  it('lists every resident, in roster order, with the number of the file', async () => {
    expect(roster5).toHaveLength(40);
    for (const r of roster5) expect(text).toContain(r.name);
    expect(nameColumnText(await pdfTextItems(pdf))).toBe(roster5.map((r) => r.name).join(' '));
  });

  it('repeats the group header, the page number and the table header row on every page', () => {
    perPage.forEach((t, n) => {
      expect(t).toContain('Tổ dân phố số 5 – phường Lê Chân · Tổ trưởng: Vũ Quang Trường');
      expect(t).toContain(`Trang ${n + 1}/${perPage.length}`);
      for (const title of ['STT', 'Họ và tên', 'Địa chỉ', 'Đã cài', 'Đã đăng ký', 'Đã chia sẻ'])
        expect(t).toContain(title);
    });
    expect(perPage[0]).toContain(
      `BẢNG THEO DÕI THAM GIA CUỘC THI VÀ CÀI ĐẶT ỨNG DỤNG ${seedApp(campaign).name}`,
    );
  });

  it('ends with the totals row and the participation rate against the population', () => {
    const last = perPage[perPage.length - 1] ?? '';
    expect(last).toContain('Tổng cộng');
    expect(last).toContain(`${rateName()}: ……… người / 1.052 nhân khẩu = ……… %`);
    expect(perPage.slice(0, -1).join(' ')).not.toContain('Tổng cộng');
  });
});

/** 400 distinct residents; every ninth has a 60-character name, every seventh a long address. */
function bigRoster(): Resident[] {
  const family = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'];
  const middle = ['Văn', 'Thị', 'Đức', 'Minh', 'Thu', 'Quốc', 'Ngọc', 'Hữu'];
  const given = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hải', 'Khánh', 'Linh', 'Phúc', 'Quyên'];
  const filler = 'Tôn Nữ Hoàng Phương Thảo Nguyên Khánh Ngọc Bích Diệu Huyền Mỹ Lệ Xuân Hạ';
  return Array.from({ length: 400 }, (_, i) => {
    const base = `${family[i % 10]} ${middle[Math.floor(i / 10) % 8]} ${given[Math.floor(i / 80)]}`;
    const name = i % 9 === 4 ? `${base} ${filler}`.slice(0, 60).trimEnd() : base;
    const address =
      i % 7 === 3
        ? `Số ${i + 1} ngách ${i % 13} ngõ 34 phố Tô Hiệu, cạnh nhà văn hóa tổ dân phố số 5`
        : `Số ${i + 1} ngõ 34 phố Tô Hiệu`;
    return { no: String(i + 1), name, address, source: { file: 'big.csv', row: i + 2 } };
  });
}

describe('a 400-row roster', () => {
  const roster = bigRoster();
  let pages: PageItems[];
  let perPage: string[];
  beforeAll(async () => {
    const pdf = (await render(group5, roster)).bytes;
    pages = await pdfTextItems(pdf);
    perPage = (await pdfPageTexts(pdf)).map(collapseSpaces);
  });

  it('has long names to wrap', () => {
    expect(Math.max(...roster.map((r) => r.name.length))).toBe(60);
    expect(roster.filter((r) => r.name.length >= 59).length).toBeGreaterThan(40);
  });

  it('runs over several pages, each with the group and the table header', () => {
    expect(pages.length).toBeGreaterThan(10);
    for (const t of perPage) {
      expect(t).toContain('Tổ dân phố số 5 – phường Lê Chân');
      expect(t).toContain('Đã đăng ký');
      expect(t).toContain('Họ và tên');
    }
  });

  it('ends every page with its own subtotal row, the last one above the totals', () => {
    const faults: string[] = [];
    pages.forEach((page, n) => {
      const label = page.items.find((i) => /^Trang \d+\/\d+$/.test(i.str.trim()));
      const own = label?.str.trim().split(/[ /]/)[1];
      const sub = page.items.filter((i) => SUBTOTAL.test(i.str));
      if (sub.length !== 1 || SUBTOTAL.exec(sub[0]?.str ?? '')?.[1] !== own) {
        faults.push(
          `p${n + 1} (${label?.str}): ${sub.map((i) => i.str).join(', ') || 'no subtotal'}`,
        );
        return;
      }
      const at = (sub[0] as TextItem).yTopMm;
      // Below every resident's number on its page.
      const numbers = page.items.filter(
        (i) =>
          inColumn(i, COLUMNS[0] as { left: number; right: number }) && /^\d+$/.test(i.str.trim()),
      );
      if (numbers.some((i) => i.yTopMm > at)) faults.push(`p${n + 1}: a row under the subtotal`);
      const totals = find(page, 'Tổng cộng');
      if (n === pages.length - 1 ? !totals || totals.yTopMm < at : totals)
        faults.push(`p${n + 1}: totals misplaced`);
    });
    expect(faults).toEqual([]);
  });

  it('prints all 400 names, each whole and in order', () => {
    expect(nameColumnText(pages)).toBe(roster.map((r) => r.name).join(' '));
  });

  it('keeps every text inside the page, and every table text inside its column', () => {
    const problems: string[] = [];
    pages.forEach((page, n) => {
      const at = (i: TextItem) =>
        `p${n + 1} "${i.str}" @${i.xMm.toFixed(1)},${i.yTopMm.toFixed(1)}`;
      const privacy = privacyLine(page);
      const headTop = page.items.find((i) => i.str.trim().startsWith('Đã cài'))?.yTopMm;
      const rate = page.items.find((i) => i.str.includes(rateName()));
      if (!privacy || headTop === undefined) {
        problems.push(`p${n + 1}: no privacy line or table header`);
        return;
      }
      const bottom = rate ? rate.yTopMm - 0.5 : privacy.yTopMm;
      for (const i of page.items) {
        const outside =
          i.xMm < 0 || i.xMm + i.widthMm > 297 || i.yTopMm < 0 || i.yTopMm + i.heightMm > 210;
        if (outside) problems.push(`outside the page: ${at(i)}`);
        // Only the privacy line lives under the frame: a row running past it would show here.
        if (i.yTopMm + i.heightMm > privacy.yTopMm && i.baselineMm !== privacy.baselineMm)
          problems.push(`under the frame: ${at(i)}`);
        const mid = i.yTopMm + i.heightMm / 2;
        if (mid < headTop - 0.5 || mid > bottom) continue;
        const inTable =
          i.str.trim() === 'Tổng cộng' || SUBTOTAL.test(i.str)
            ? inColumn(i, { left: COLUMNS[0]?.left ?? 0, right: COLUMNS[2]?.right ?? 0 })
            : COLUMNS.some((c) => inColumn(i, c));
        if (!inTable) problems.push(`across columns: ${at(i)}`);
      }
      // Down each column, lines never overlap: a row grows with its text instead of spilling.
      for (const c of COLUMNS) {
        const col = page.items
          .filter((i) => inColumn(i, c) && i.yTopMm >= headTop - 0.5 && i.yTopMm < bottom)
          .sort((a, b) => a.yTopMm - b.yTopMm);
        col.slice(1).forEach((i, k) => {
          const prev = col[k] as TextItem;
          if (i.yTopMm < prev.yTopMm + prev.heightMm - 0.3) problems.push(`overlaps: ${at(i)}`);
        });
      }
    });
    expect(problems).toEqual([]);
  });
});

describe('without a roster', () => {
  const numbers = (pages: PageItems[]) =>
    pages.flatMap((p) =>
      p.items
        .filter((i) => inColumn(i, COLUMNS[0] as Column))
        .map((i) => i.str.trim())
        .filter((s) => /^\d+$/.test(s)),
    );

  it('prints a blank numbered row per household, filling the last page, and the population', async () => {
    const { pdf, pages } = blank;
    const nums = numbers(pages);
    // As many rows as the groups file gives households, and at most one page more.
    const households = group5.households ?? 0;
    expect(households).toBeGreaterThan(100);
    expect(nums.length).toBeGreaterThanOrEqual(households);
    expect(nums.length - households).toBeLessThan(nums.length / pages.length);
    expect(nums).toEqual(nums.map((_, i) => String(i + 1)));
    // Only numbers in the table: no names, no addresses.
    expect(nameColumnText(pages)).toBe('');
    const last = pages[pages.length - 1] as PageItems;
    const signer = find(last, 'Vũ Quang Trường');
    expect(signer).toBeDefined();
    // The page is full: under the leader's name there is no room for another row (as tall as
    // the printed rows: from one row number's baseline to the next).
    const rowNumbers = last.items.filter(
      (i) => inColumn(i, COLUMNS[0] as Column) && /^\d+$/.test(i.str.trim()),
    );
    const rowMm =
      ((rowNumbers.at(-1)?.baselineMm ?? 0) - (rowNumbers[0]?.baselineMm ?? 0)) /
      (rowNumbers.length - 1);
    expect(rowMm).toBeGreaterThan(5);
    const room =
      (privacyLine(last)?.yTopMm ?? 0) - ((signer?.yTopMm ?? 0) + (signer?.heightMm ?? 0));
    // A full page before it leaves under its table what no row fills either (the foot the
    // privacy line sits in, and less than a row): the last page leaves less than a row more.
    // Its table ends under the "Cộng trang" row, whose label is centred in a row as tall as
    // the others.
    const full = pages[pages.length - 2] as PageItems;
    const label = full.items.find((i) => SUBTOTAL.test(i.str)) as TextItem;
    const fullEnd = label.yTopMm + label.heightMm / 2 + rowMm / 2;
    const fullRoom = (privacyLine(full)?.yTopMm ?? 0) - fullEnd;
    expect(room).toBeLessThan(fullRoom + rowMm);
    expect(room).toBeGreaterThan(fullRoom - rowMm);
    const text = collapseSpaces(await pdfText(pdf));
    expect(text).toContain(`${rateName()}: ……… người / 1.052 nhân khẩu = ……… %`);
  });

  it('starts from the household count when smaller, and asks only the count when the list has no base', async () => {
    const small: Group = {
      id: 'x',
      name: 'Tổ dân phố số 40',
      households: 12,
      source: { file: 'g.csv', row: 2 },
    };
    const pdf = (await render(small)).bytes;
    const pages = await pdfTextItems(pdf);
    expect(pages).toHaveLength(1);
    expect(numbers(pages).length).toBeGreaterThanOrEqual(12);
    // One page: no page subtotal, only the totals.
    expect(pages[0]?.items.some((i) => SUBTOTAL.test(i.str))).toBe(false);
    const text = collapseSpaces(await pdfText(pdf));
    // No population in the list: no rate to work out on the sheet, the count alone (qa21 #2:
    // "……… người / ……… nhân khẩu = ……… %" asked the leader for what the office lacks).
    expect(text).toContain(`${rateName()}: ……… người`);
    expect(text).not.toContain('nhân khẩu =');
    expect(text).not.toContain(`${rateName()}: ……… người /`);
    // The campaign's other measures have their own lines (qa25 F9): the households' has its base.
    expect(text).toContain('Số người dân nhận giấy chứng nhận: ……… người Số hộ');
    expect(text).toContain('Smart Hải Phòng: ……… hộ / 12 hộ = ……… %');
    expect(text).toContain('Tổ dân phố số 40 – phường Lê Chân');
    expect(text).not.toContain('Tổ trưởng:');
  });
});

describe('the template', () => {
  it('takes its columns from the template: fewer tick columns print, too many is an error with the count that fits', async () => {
    const source = fileURLToPath(new URL('../../templates/tracker.hbs', import.meta.url));
    const original = await readFile(source, 'utf8');
    const render = async (text: string) => {
      const dir = await makeTempDir();
      await writeFile(join(dir, 'tracker.hbs'), text);
      return renderOutput(tracker, buildContext(campaign, group5, 'to'), {
        fonts: loadFonts(),
        created: new Date(0),
        templateDir: dir,
      });
    };
    // Two tick columns fewer: the sheet has the other three, and not the two dropped.
    const fewer = original
      .replace('{{#if contest.share_message}}Đã chia sẻ{{/if}}\n', '')
      .replace('{{#if contest.certificate_button}}Đã nhận chứng nhận{{/if}}\n', '');
    expect(fewer).not.toBe(original);
    const text = await pdfText((await render(fewer)).bytes);
    expect(text).toContain('Đã hoàn thành');
    expect(text).not.toContain('Đã chia sẻ');
    // Six more: 15 columns on an A4 landscape page.
    const extra = Array.from({ length: 6 }, (_, i) => `Bước thêm ${i + 1}`).join('\n');
    const many = original.replace('Ghi chú\n', `${extra}\nGhi chú\n`);
    const err = await render(many).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toMatch(
      /has 15 columns; an A4 landscape page fits at most \d+/,
    );
  });
});

describe('build with a rosters folder', () => {
  const opts = (out: string, rosters?: string) => ({
    campaign: EXAMPLE_CAMPAIGN,
    groups: EXAMPLE_GROUPS,
    out,
    kinds: ['tracker'],
    groupIds: ['5'],
    rosters,
  });

  it("prints the group's roster, counts it as an input, and never logs a resident", async () => {
    const out = await makeTempDir();
    const log: string[] = [];
    const result = await build({ ...opts(out, ROSTERS), log: (l) => log.push(l) });
    expect(result.written.map((f) => f.path)).toEqual(['to-dan-pho-so-5/tracker.pdf']);
    const text = collapseSpaces(await pdfText(join(out, 'to-dan-pho-so-5/tracker.pdf')));
    expect(text).toContain('Phùng Thị Gấm');
    for (const r of roster5) for (const line of log) expect(line).not.toContain(r.name);
    const blank = await build(opts(await makeTempDir()));
    expect(blank.manifest.inputs).not.toBe(result.manifest.inputs);
  });

  it('a changed roster rebuilds the tracking sheet, and no other document', async () => {
    const rosters = join(await makeTempDir(), 'rosters');
    await mkdir(rosters);
    await copyFile(join(ROSTERS, '5.csv'), join(rosters, '5.csv'));
    const out = await makeTempDir();
    const both = { ...opts(out, rosters), kinds: ['tracker', 'flyer'] };
    expect((await build(both)).built).toBe(2);
    const text = await readFile(join(rosters, '5.csv'), 'utf8');
    await writeFile(join(rosters, '5.csv'), text.replace('Phùng Thị Gấm', 'Phùng Thị Gấm Nhung'));
    const again = await build(both);
    expect(again.written.map((f) => f.path)).toEqual(['to-dan-pho-so-5/tracker.pdf']);
    expect(again.reused).toBe(1);
    const sheet = collapseSpaces(await pdfText(join(out, 'to-dan-pho-so-5/tracker.pdf')));
    expect(sheet).toContain('Phùng Thị Gấm Nhung');
  });

  it('fails the group of a broken roster, naming file and row; prints a house without a name (qa10 Q13)', async () => {
    const rosters = join(await makeTempDir(), 'rosters');
    await mkdir(rosters);
    await copyFile(join(ROSTERS, '5.csv'), join(rosters, '5.csv'));
    const bytes = await readFile(join(rosters, '5.csv'), 'utf8');
    // A row with no name, no address and a year that is none: the group fails, not the build.
    await writeFile(
      join(rosters, '5.csv'),
      `STT;Họ và tên;Địa chỉ;Năm sinh\r\n1;An;Số 1;1958\r\n2;;;năm ngoái\r\n`,
    );
    const out = join(await makeTempDir(), 'out');
    const result = await build(opts(out, rosters));
    const [failed] = result.failed;
    expect(failed?.group).toBe('5');
    expect(failed?.where).toMatchObject({ file: join(rosters, '5.csv'), row: 3 });
    await expect(readdir(join(out, 'to-dan-pho-so-5'))).rejects.toThrow();
    // Row 4 loses only its name: printed with an empty name cell, and said.
    await writeFile(join(rosters, '5.csv'), bytes.replace(/\r\n3;[^;]+;/, '\r\n3;;'));
    const again = await build(opts(out, rosters));
    expect(again.failed).toEqual([]);
    expect(again.warnings.map((w) => w.describe())).toContain(
      `${join(rosters, '5.csv')}, row 4, field "Họ và tên": the name is empty: the row is printed with an empty name cell`,
    );
    const sheet = collapseSpaces(
      await pdfText(await readFile(join(out, 'to-dan-pho-so-5/tracker.pdf')), { layout: true }),
    );
    expect(sheet).toContain('3 Số 89 ngõ 34 phố Tô Hiệu');
  });

  it('refuses a resident with a character the fonts lack, naming row and column only', async () => {
    const rosters = join(await makeTempDir(), 'rosters');
    await mkdir(rosters);
    await writeFile(
      join(rosters, '5.csv'),
      '\uFEFFHọ và tên;Địa chỉ\r\nAn;Số 1\r\nVương 王 Bình;Số 2\r\n',
    );
    const out = join(await makeTempDir(), 'out');
    const err = (await build(opts(out, rosters)).catch((e: unknown) => e)) as UserError;
    expect(err).toBeInstanceOf(UserError);
    expect(err.where).toMatchObject({ file: join(rosters, '5.csv'), row: 3, field: 'Họ và tên' });
    expect(err.message).toContain('U+738B');
    expect(err.message).not.toContain('Vương');
    await expect(readdir(out)).rejects.toThrow();
  });
});

describe('rosters of every length', () => {
  it('never leave a last page with fewer than 3 residents above the totals', async () => {
    const all = bigRoster();
    const short: string[] = [];
    // Lengths around one and two full pages, where a last page of 1–2 rows would fall.
    for (const n of [18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 46, 47, 48, 49, 50, 51, 52]) {
      const roster = all.slice(0, n).map((r) => ({ ...r, name: r.name.slice(0, 20) }));
      const pages = await pdfTextItems((await render(group5, roster)).bytes);
      if (pages.length < 2) continue;
      const last = pages.at(-1) as PageItems;
      const names = last.items.filter(
        (i) => inColumn(i, NAME_COLUMN) && roster.some((r) => r.name === i.str.trim()),
      );
      if (names.length < 3) short.push(`${n} residents: ${names.length} on page ${pages.length}`);
    }
    expect(short).toEqual([]);
  }, 120_000);
});

describe('a household count beyond a blank sheet', () => {
  it('is said, naming the groups file, the row and the column, not cut silently', async () => {
    const lines = (await readFile(EXAMPLE_GROUPS, 'utf8')).split('\n');
    const at = lines.findIndex((l) => l.startsWith('5;'));
    const cells = (lines[at] as string).split(';');
    cells[5] = '1500';
    lines[at] = cells.join(';');
    const groups = join(await makeTempDir(), 'groups.csv');
    await writeFile(groups, lines.join('\n'));
    const spec = { campaign: EXAMPLE_CAMPAIGN, groups };
    const said = (await loadBuildInputs(spec, [tracker])).warnings.map((w) => w.describe('vi'));
    const note = said.filter((w) => w.includes('1.500'));
    expect(note).toHaveLength(1);
    // Numbers as Vietnamese writes them, thousands with a dot.
    expect(note[0]).toContain('Tổ dân phố số 5 có 1.500 hộ; bảng theo dõi trống chỉ in 1.000 dòng');
    expect(note[0]).toContain(groups);
    expect(note[0]).toContain(`dòng ${at + 1}`);
    expect(note[0]).toContain('Số hộ');
    expect(note[0]).toContain('Tổ dân phố số 5');
    // Only where the blank sheet prints: not for other kinds, nor over a roster.
    const flyer = findKind('flyer') as DocumentKind;
    const sayVi = (ws: { describe(lang: 'vi'): string }[]) =>
      ws.map((w) => w.describe('vi')).join('\n');
    expect(sayVi((await loadBuildInputs(spec, [flyer])).warnings)).not.toContain('1.500');
    const rostered = (await loadBuildInputs({ ...spec, rosters: ROSTERS }, [tracker])).warnings;
    expect(sayVi(rostered)).not.toContain('1.500');
  });
});

/**
 * A blood-donation day’s tracking sheet (a QA round): each khu phố was given a target of donors,
 * "Chỉ tiêu (người)", and the campaign counts people against it. A group without a roster gets a
 * sign-up sheet: one numbered row per person of its target and spare rows filling the last page
 * (not a row per household: 18 pages for 20 donors), "Họ và tên", ticked per person, and the rate
 * line "……… người / chỉ tiêu 20 người". A group whose target cell is empty gets the sign-up sheet
 * all the same, a page of blank rows with no target (qa23 #6: it got a row per household); a
 * target counted in households ("Chỉ tiêu (hộ)") keeps a row per household. Expected figures are read from the
 * fixture's groups file (test/fixtures/hien-mau).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildArgs, runCliInProcess } from '../support/cli.js';
import { collapseSpaces, pdfPageTexts } from '../support/pdf-text.js';
import { testFolder } from '../support/tmp.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/hien-mau/', import.meta.url));
const COLUMN = 'Chỉ tiêu (người)';
const LABEL = 'Số người đăng ký hiến máu';

const { write, path } = testFolder('phuong-print-sign-up-');

interface Row {
  id: string;
  name: string;
  households: number;
  target: number | undefined;
}

/** The fixture's groups, as its CSV writes them. */
async function fixtureGroups(): Promise<{ csv: string; rows: Row[] }> {
  const csv = await readFile(join(FIXTURE, 'groups.csv'), 'utf8');
  const [head = '', ...lines] = csv.trim().split('\n');
  const h = head.split(';');
  const rows = lines.map((l) => {
    const c = l.split(';');
    const cell = (name: string) => c[h.indexOf(name)]?.trim() ?? '';
    const target = cell(COLUMN);
    return {
      id: cell('STT'),
      name: cell('Tên khu phố'),
      households: Number(cell('Số hộ')),
      target: target === '' ? undefined : Number(target),
    };
  });
  return { csv, rows };
}

const slugOf = (name: string) =>
  name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, '-');

/** `build --kind tracker` of the campaign and groups given: each group's pages, and stderr. */
async function build(
  name: string,
  campaign: string,
  groups: string,
): Promise<{ pages: (slug: string) => Promise<string[]>; stderr: string }> {
  const out = path(`out-${name}`);
  const run = await runCliInProcess(
    buildArgs(
      await write(`campaign-${name}.yaml`, campaign),
      await write(`groups-${name}.csv`, groups),
      out,
      '--kind',
      'tracker',
      '--lang',
      'vi',
    ),
  );
  expect(run.code, run.stderr).toBe(0);
  return {
    pages: async (slug) =>
      (await pdfPageTexts(join(out, slug, 'tracker.pdf'))).map((p) => p.normalize('NFC')),
    stderr: run.stderr,
  };
}

/**
 * The numbers of the sheet's rows, in order: the lines of the table's first column that are a
 * number alone (pdftotext reads a blank row's number as a line of its own).
 */
const rowNumbers = (pages: readonly string[]) =>
  pages.flatMap((p) =>
    p
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => /^\d+$/.test(l))
      .map(Number),
  );

/** The rows a sheet numbers 1..N, N being what it returns (the numbers in order, none missing). */
function numberedRows(pages: readonly string[]): number {
  const numbers = rowNumbers(pages);
  expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  return numbers.length;
}

describe('the tracking sheet of a campaign counting people against a target', () => {
  let campaign: string;
  let groups: { csv: string; rows: Row[] };
  let built: Awaited<ReturnType<typeof build>>;
  beforeAll(async () => {
    campaign = await readFile(join(FIXTURE, 'campaign.yaml'), 'utf8');
    groups = await fixtureGroups();
    built = await build('quota', campaign, groups.csv);
  });

  it('is a sign-up sheet: a numbered row per person of the target, spare rows filling the page', async () => {
    const withTarget = groups.rows.filter((r) => r.target !== undefined);
    expect(withTarget.length).toBeGreaterThan(1);
    for (const g of withTarget) {
      const target = g.target as number;
      const pages = await built.pages(slugOf(g.name));
      const n = numberedRows(pages);
      // Every person of the target has a row, and a few more can sign up beyond it.
      expect(n, g.name).toBeGreaterThanOrEqual(target + 3);
      // Not a row per household: a page or two, not a dozen.
      expect(n, g.name).toBeLessThan(g.households);
      expect(pages.length, g.name).toBeLessThanOrEqual(2);
      const text = collapseSpaces(pages.join('\n'));
      expect(text).toContain('Họ và tên');
      expect(text).not.toContain('chủ hộ');
      expect(text).not.toContain('Mỗi dòng là một hộ');
      expect(text).toContain('Mỗi dòng ghi một người');
      expect(text).toContain(`${LABEL}: ……… người / chỉ tiêu ${target} người = ……… %`);
      // Trang 1/2 … Trang 2/2: the page count it says is the one it has.
      expect(text).toContain(`Trang ${pages.length}/${pages.length}`);
    }
  });

  it('fills its last page, and a target filling it exactly still has spare rows', async () => {
    const g = groups.rows.find((r) => r.target !== undefined) as Row;
    const pages = await built.pages(slugOf(g.name));
    const n = numberedRows(pages);
    // A target whose rows and three spare rows are one more than the sheet holds: another page
    // (no spare rows, or the pages not filled, and it would fit on these).
    const more = n + 1 - 3;
    const csv = groups.csv.replace(
      new RegExp(`^(${g.id};${g.name};.*;)${g.target}$`, 'm'),
      `$1${more}`,
    );
    expect(csv).not.toBe(groups.csv);
    const bigger = await (await build('one-more', campaign, csv)).pages(slugOf(g.name));
    expect(bigger.length).toBe(pages.length + 1);
    expect(numberedRows(bigger)).toBeGreaterThanOrEqual(more + 3);
  });

  it('gives a group whose target cell is empty the sign-up sheet, blank rows with no target', async () => {
    const g = groups.rows.find((r) => r.target === undefined) as Row;
    const pages = await built.pages(slugOf(g.name));
    // Rows to write names on, not a row per household (qa23 #6: 175 rows, 10 pages).
    expect(pages.length).toBeLessThanOrEqual(2);
    expect(numberedRows(pages)).toBeLessThan(g.households);
    const text = collapseSpaces(pages.join('\n'));
    expect(text).toContain('DANH SÁCH ĐĂNG KÝ THAM GIA');
    expect(text).toContain('Mỗi dòng ghi một người');
    expect(text).not.toContain('chủ hộ');
    expect(text).not.toContain('Mỗi dòng là một hộ');
    // No target to take a rate against: the count alone (results/h-bases: the leader's own
    // rate over a target nobody gave could not be used).
    expect(text).toContain(`${LABEL}: ……… người`);
    expect(text).not.toContain('chỉ tiêu ………');
    // The build says the row has no target, naming the group, and what that changes.
    const said = collapseSpaces(built.stderr);
    expect(said).toContain(COLUMN);
    expect(said).toContain(g.name);
    expect(said).toContain(
      'danh sách đăng ký của các khu phố đó in dòng trống, không ghi chỉ tiêu',
    );
  });

  it('says a target larger than a sheet prints, naming the group and its column', async () => {
    const g = groups.rows.find((r) => r.target !== undefined) as Row;
    // A slip of the keyboard: 2000 for 20.
    const slip = (g.target as number) * 100;
    const csv = groups.csv.replace(
      new RegExp(`^(${g.id};${g.name};.*;)${g.target}$`, 'm'),
      `$1${slip}`,
    );
    const { pages, stderr } = await build('slip', campaign, csv);
    const said = collapseSpaces(stderr);
    expect(said).toContain(`${g.name} có chỉ tiêu ${slip.toLocaleString('vi-VN')} người`);
    expect(said).toContain(COLUMN);
    // The rows it says it prints are printed (and spare rows filling the last page), fewer
    // than the target.
    const rows = Number(/chỉ in ([\d.]+) dòng/.exec(said)?.[1]?.replace(/\./g, ''));
    const printed = numberedRows(await pages(slugOf(g.name)));
    expect(printed).toBeGreaterThanOrEqual(rows);
    expect(printed).toBeLessThan(slip);
  });

  it('keeps a row per household for a target counted in households', async () => {
    const label = 'Số hộ có người đăng ký hiến máu';
    const column = 'Chỉ tiêu (hộ)';
    const own = await build(
      'households',
      campaign.replace(LABEL, label).replace(COLUMN, column),
      groups.csv.replace(COLUMN, column),
    );
    const g = groups.rows.find((r) => r.target !== undefined) as Row;
    const pages = await own.pages(slugOf(g.name));
    expect(numberedRows(pages)).toBeGreaterThanOrEqual(g.households);
    const text = collapseSpaces(pages.join('\n'));
    expect(text).toContain('Họ và tên chủ hộ');
    expect(text).toContain(`${label}: ……… hộ / chỉ tiêu ${g.target} hộ = ……… %`);
  });
});

/**
 * Kind "tracker": the group's tracking sheet (bảng theo dõi), A4 landscape. One row per resident
 * of the group's roster, then blank numbered rows up to the group's count when the roster is
 * shorter (model/roster-rows.ts) — or one blank numbered row per household to fill in by hand,
 * filling whole pages — with the tick columns its template names (the contest's steps, the campaign's actions), a subtotal
 * row per page when there are several, a totals row, and the participation rate line the
 * community prize ranks wards by. The group header and the table's header row are on every page.
 * The roster is personal data: it is drawn, never logged.
 */
import { CheapLru } from '../cheap-lru.js';
import { UserError } from '../errors.js';
import { drawParagraph, paragraphHeight } from '../layout/draw-text.js';
import type { FontSet } from '../layout/fonts.js';
import { keepTitle } from '../layout/keep-words.js';
import { type Measurer, sharedMeasurer } from '../layout/line-break.js';
import { type Surface, tagged } from '../layout/surface.js';
import {
  drawTable,
  type MeasuredRow,
  measureRow,
  planTable,
  type TableCell,
  type TablePlan,
  type TableSpec,
} from '../layout/table.js';
import { columnHeight, drawColumn } from '../layout/text-column.js';
import { MM, type TextStyle } from '../layout/text-model.js';
import type { Campaign } from '../load/campaign.js';
import type { Group, Resident } from '../load/types.js';
import { count, msg } from '../messages/message.js';
import { tallyOf } from '../model/context.js';
import { groupThousands, textKey } from '../model/format.js';
import { listsPeople } from '../model/measure-base.js';
import { amountText } from '../model/roster-extras.js';
import {
  countedHouseholds,
  rosterRowsOf,
  SPARE_SIGN_UP_ROWS,
  sheetRowsOf,
} from '../model/roster-rows.js';
import type { Run } from '../template/blocks.js';
import type { Sections } from '../template/sections.js';
import type { DocumentKind, RenderInput, SectionNote } from './kind.js';
import { described } from './names.js';
import { MAX_TICK_COLUMNS, OTHER_COLUMNS, trackerColumns } from './tracker-columns.js';
import {
  type ExtraColumns,
  extraCells,
  extraColumnsOf,
  rowFigures,
  sumAmounts,
  withExtraWidths,
} from './tracker-extras.js';
import { titleKey, withSignColumns } from './tracker-sign.js';

const PAGE: [number, number] = [297 * MM, 210 * MM];
const MARGIN = { top: 10 * MM, bottom: 13 * MM, left: 15 * MM, right: 12 * MM };
const CONTENT_W = PAGE[0] - MARGIN.left - MARGIN.right;

const S = {
  group: { family: 'serif', size: 11, leading: 1.2, align: 'left' },
  pageNumber: { family: 'serif', size: 10, leading: 1.2, align: 'right' },
  title: { family: 'serif', size: 14, leading: 1.25, align: 'center', bold: true, balance: 'lone' },
  subtitle: { family: 'serif', size: 11, leading: 1.25, align: 'center', italic: true },
  instructions: { family: 'serif', size: 10, leading: 1.2, align: 'center' },
  rate: { family: 'serif', size: 12, leading: 1.3, align: 'left' },
  rateNote: { family: 'serif', size: 10, leading: 1.2, align: 'left' },
  placeDate: { family: 'serif', size: 11, leading: 1.25, align: 'center', italic: true },
  signer: { family: 'serif', size: 12, leading: 1.25, align: 'center', bold: true },
  privacy: { family: 'serif', size: 9, leading: 1.1, align: 'center', italic: true },
} satisfies Record<string, TextStyle>;

/** Where the table may run: under the page header, above the privacy line (privacyTop). */
const TRACKER_FRAME = { top: 19 * MM, bottom: PAGE[1] - MARGIN.bottom };
/**
 * The privacy line's foot, from the paper's edge: the foot of its line box, which puts the bottom
 * of its letters 9.8 mm from the edge (pdftotext -bbox), at least as far in as the notice's
 * "Bản gửi" line (its letters 9.5 mm from the edge; tracker-privacy-edge.test.ts measures both),
 * never the nearest thing to the edge (it was at 5.3 mm, qa39 m10): a printer's unprintable edge
 * or a shop's trim would clip this legal reminder first.
 */
const PRIVACY_FOOT = 10 * MM;
/** Between the table (or the lines under it) and the privacy line. */
const PRIVACY_GAP = 2 * MM;
const RULE_Y = 16 * MM;
const TITLE_GAP = 3 * MM;
const AFTER_GAP = 4 * MM;
const SIGNATURE_W = 95 * MM;
const SIGNATURE_SPACE = 16 * MM;
/**
 * Each block of a group with two leaders or more (load/leaders.ts) — the title, a space to sign,
 * the name — side by side, as Decree 30/2020 lays out the signatures of several signers: each
 * signs under their own title, none in another's space (qa40 m3: both names stacked under one
 * "TỔ TRƯỞNG" left the second no space to sign).
 */
const JOINT_SIGNATURE_W = 70 * MM;
/** The least width the rate lines keep on the left beside several leaders' blocks. */
const RATE_MIN_W = 100 * MM;
/**
 * Blank rows without a roster: one per household (then the last page is filled), 25 when the
 * groups file does not say. At most MAX_BLANK_ROWS: more households than a residential group
 * has (the largest are a few hundred) is a typing slip, not 80 pages to print.
 */
export const MAX_BLANK_ROWS = 1_000;
const blankCount = (households = 0) => (households > 0 ? Math.min(households, MAX_BLANK_ROWS) : 25);

/**
 * A sign-up sheet for seats (the campaign says its target is a most: model/context.ts Tally.cap)
 * has a row a seat, no more: five numbered rows under "tối đa 5 người", not five and eight spare
 * ones filling the page (qa40 m4).
 */
const capped = (ctx: RenderInput['ctx']): boolean =>
  ctx.tally.signUp && ctx.tally.cap && ctx.tally.base !== null;

/**
 * The blank rows a group's sheet starts with: a sign-up sheet's, one per person of its target and
 * a few spare (model/context.ts tallyOf `signUp`), a page of them when the group has no target;
 * the households the campaign counts and a few spare, when they are some of the group's
 * (model/roster-rows.ts countedHouseholds); else one per household.
 */
function blankRowsFor(ctx: RenderInput['ctx']): number {
  const { tally, group } = ctx;
  // A meeting's list of those present: a page of rows, filled to its end (meetingOf).
  if (tally.attendees) return blankCount();
  // A receipt list (tally.receipt), a list of children or of the people called (qa56 M2): a row
  // per person counted, as a sign-up sheet's.
  if (tally.signUp || tally.receipt || tally.children || tally.named) {
    const base = tally.base;
    return base === null
      ? blankCount()
      : Math.min(base + (capped(ctx) ? 0 : SPARE_SIGN_UP_ROWS), MAX_BLANK_ROWS);
  }
  // Some of the group's households (its 14 food businesses of 210): theirs, and a few spare.
  const counted = countedHouseholds(tally, group.households);
  if (counted !== undefined) return Math.min(counted + SPARE_SIGN_UP_ROWS, MAX_BLANK_ROWS);
  return blankCount(group.households);
}

/**
 * A blank sheet is capped at MAX_BLANK_ROWS: a larger household count, a sign-up sheet's target
 * or a receipt list's count with its spare rows, is said, not dropped. So are the blank rows
 * after a roster's `listed` rows (its children on a children's list), counted as drawn
 * (rosterRowsOf), not as the roster's residents.
 */
function groupNotes(group: Group, listed: readonly Resident[] | undefined, campaign: Campaign) {
  if (listed) return rosterNotes(group, listed, campaign);
  const tally = tallyOf(campaign, group);
  // A meeting's list has a page of rows, whatever the group's count (blankRowsFor).
  if (tally.attendees) return [];
  // A sign-up sheet's rows are its target's people, a receipt list's the people its count
  // names (blankRowsFor): a count over the cap is theirs, not the households' (review55b-left #6).
  // So are a list of children's and a list of names' (review57a #2: 1,500 "cần tiêm" cut at 1,000).
  const [first] = campaign.measures;
  if (tally.signUp || tally.receipt || tally.children || tally.named) {
    const expected = tally.base ?? 0;
    if (!first || expected + SPARE_SIGN_UP_ROWS <= MAX_BLANK_ROWS) return [];
    return [
      {
        field: first.of,
        message: tally.signUp
          ? msg`tracker: ${group.name} has a target of ${count(expected)} ${tally.unit}; its sign-up sheet prints ${count(MAX_BLANK_ROWS)} rows`
          : tally.receipt
            ? msg`tracker: ${group.name} has ${count(expected)} ${tally.unit}; its receipt list prints ${count(MAX_BLANK_ROWS)} rows`
            : msg`tracker: ${group.name} has ${count(expected)} ${tally.unit}; its list of names prints ${count(MAX_BLANK_ROWS)} rows`,
        hint: tally.signUp
          ? msg`Check the target (a typing slip?), or give the group a residents roster (--rosters).`
          : msg`Check the figure (a typing slip?), or give the group a residents roster (--rosters).`,
      },
    ];
  }
  // People to list by name, too many for a list (model/context.ts namesFit): household rows, said.
  const tooMany =
    first && listsPeople(first) && tally.base !== null
      ? [
          {
            field: first.of,
            message: msg`tracker: ${group.name} has ${count(tally.base)} ${tally.unit}, far more than its ${count(group.households ?? 0)} households: its sheet has a row per household, not a row per person`,
            hint: msg`Check the figure (a typing slip?); else each household's row takes how many of its people, or give the group a residents roster (--rosters).`,
          },
        ]
      : [];
  const households = group.households ?? 0;
  if (households <= MAX_BLANK_ROWS) return tooMany;
  return [
    ...tooMany,
    {
      field: 'households' as const,
      message: msg`tracker: ${group.name} has ${count(households)} households; its blank tracking sheet prints ${count(MAX_BLANK_ROWS)} rows`,
      hint: msg`Check the figure (a residential group has a few hundred households at most), or give the group a residents roster (--rosters).`,
    },
  ];
}

/** The blank rows after a roster's rows cut at MAX_BLANK_ROWS (groupNotes), said. */
function rosterNotes(group: Group, listed: readonly Resident[], campaign: Campaign) {
  const tally = tallyOf(campaign, group, listed);
  const rows = rosterRowsOf(tally, group.households, listed.length);
  const whole = sheetRowsOf(tally, group.households);
  // The roster's own rows are all printed: only blank rows after them are cut.
  if (!whole || rows <= MAX_BLANK_ROWS || listed.length >= MAX_BLANK_ROWS) return [];
  const field = tally.base === whole.rows ? campaign.measures[0]?.of : undefined;
  return [
    {
      field: field ?? ('households' as const),
      message: tally.receipt
        ? msg`tracker: ${group.name} has ${count(whole.rows)} ${whole.unit}; its receipt list prints ${count(MAX_BLANK_ROWS)} rows`
        : msg`tracker: ${group.name} has ${count(whole.rows)} ${whole.unit}; its tracking sheet prints ${count(MAX_BLANK_ROWS)} rows`,
      hint: msg`Check the figure (a typing slip?): the roster's rows are printed, then blank rows up to the figure, ${count(MAX_BLANK_ROWS)} rows at most.`,
    },
  ];
}

const text = (s: string): Run[] => (s ? [{ text: s }] : []);

/**
 * The column titles with a tick column dropped when an earlier one has the same title: the
 * template's "Đã cài VNeID" for the app and a campaign action whose column says the same thing
 * would have the leader tick one thing twice.
 */
function distinctTicks(titles: Run[][]): Run[][] {
  const seen = new Set<string>();
  return titles.filter((runs, i) => {
    if (i < OTHER_COLUMNS - 1 || i === titles.length - 1) return true;
    const key = titleKey(runs);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The table the template's "columns" section asks for, and its header cells. */
function columnsOf(
  measure: Measurer,
  input: RenderInput,
): { table: TableSpec; titles: TableCell[]; extras: ExtraColumns } {
  const titles = checkColumns(input.sections);
  const { table } = trackerColumns(measure, titles);
  // A signing action's column is room to sign in, not to tick (tracker-sign.ts); a written
  // one's, room to write what each row chose (qa57 p5: a pool and shift).
  const ticks = input.ctx.trackerTicks;
  const signed = ticks.filter((t) => t.sign).map((t) => textKey(t.signTitle));
  const written = ticks.filter((t) => t.write).map((t) => textKey(t.column.trim() || t.step));
  return {
    table: withSignColumns(table, titles, signed, written),
    titles: titles.map((runs) => ({ runs })),
    extras: extraColumnsOf(input.ctx, titles, [...signed, ...written]),
  };
}

/**
 * The tick titles with a word wider than its column even in the header's smallest type: printed
 * broken inside that word, which the build says (naming the campaign's line when an action's).
 */
function tooWideNotes(sections: Sections, fonts: FontSet): SectionNote[] {
  const titles = checkColumns(sections);
  const { tooWide } = trackerColumns(sharedMeasurer(fonts), titles);
  return tooWide.map(({ tick, word, size }) => {
    const title = (titles[OTHER_COLUMNS - 1 + tick] ?? []).map((r) => r.text).join('');
    return {
      text: msg`the tick column "${title}" is too narrow for its word "${word}", even with the header in ${size} pt type: the word is broken across lines`,
      hint: msg`Shorten the column's title (a shorter word, or "column:" for a long step), or keep fewer tick columns.`,
      title,
    };
  });
}

/**
 * The "columns" section's titles, when the page can hold them. The same for every group (the
 * built-in template makes a tick column of each of the campaign's actions), so the build asks
 * once, before anything is written.
 */
function checkColumns(sections: Sections): Run[][] {
  const titles = distinctTicks(sections.lines('columns'));
  const ticks = titles.length - OTHER_COLUMNS;
  if (ticks < 0 || ticks > MAX_TICK_COLUMNS) {
    throw new UserError(
      ticks < 0
        ? msg`the "columns" section has ${titles.length} lines; the tracking sheet needs at least ${OTHER_COLUMNS} (STT, name, address, notes)`
        : msg`the "columns" section has ${titles.length} columns; an A4 landscape page fits at most ${MAX_TICK_COLUMNS + OTHER_COLUMNS} (STT, name, address, ${MAX_TICK_COLUMNS} tick columns, notes)`,
      { file: sections.file, field: 'columns' },
      ticks < 0
        ? msg`Write one column title per line: STT, name, address, one line per step to tick, notes.`
        : msg`Each of the campaign's actions (and installing its app) is a column to tick: keep at most ${MAX_TICK_COLUMNS} of them, or give a template with fewer columns (--templates).`,
    );
  }
  return titles;
}

/**
 * A body row: number, name, address (and a child's year of birth); the tick and note cells stay empty for the pen. A row with
 * a number only (a sheet without a roster) is blank: a tagged PDF does not read it.
 */
function row(
  surface: Surface,
  table: TableSpec,
  no: string,
  name = '',
  address = '',
  extra: readonly [number, string][] = [],
): MeasuredRow {
  if (name === '' && address === '') return blankRow(surface, table, no);
  const given = [no, name, address];
  for (const [i, value] of extra) given[i] = value;
  const cells: TableCell[] = [];
  for (let i = 0; i < table.columns.length; i++) cells.push({ runs: text(given[i] ?? '') });
  return measureRow(surface, table, cells);
}

/**
 * Blank rows measured once per thread: every sheet without a roster has rows "1"…"200"-odd of
 * the same table, and measuring each again (its number, and nine empty cells) was a tenth of
 * the sheet's CPU. By the fonts' measurer, then the table's columns (the tick count) and number.
 * A row is never changed once measured, so documents can share it.
 */
const blankRows = new WeakMap<Measurer, CheapLru<string, Map<string, MeasuredRow>>>();

/** The columns' widths as a key: the campaign's titles size the tick columns (tracker-columns.ts). */
const widthsKeys = new WeakMap<TableSpec, string>();
function widthsKey(table: TableSpec): string {
  let key = widthsKeys.get(table);
  if (key === undefined) {
    key = `${table.columns.map((c) => c.width).join(',')}/${table.style.minRowHeight}`;
    widthsKeys.set(table, key);
  }
  return key;
}

// The last table's rows, looked up without a key string per row (a sheet asks for ~350).
let lastTable: { table: TableSpec; measure: Measurer; rows: Map<string, MeasuredRow> } | undefined;

function blankRowsOf(surface: Surface, table: TableSpec): Map<string, MeasuredRow> {
  if (lastTable?.table === table && lastTable.measure === surface.measure) return lastTable.rows;
  let tables = blankRows.get(surface.measure);
  if (!tables) {
    // A few tables a build (the tick columns differ by template); each holds a sheet's rows.
    tables = new CheapLru({ max: 8 });
    blankRows.set(surface.measure, tables);
  }
  const key = widthsKey(table);
  let rows = tables.get(key);
  if (!rows) {
    rows = new Map();
    tables.set(key, rows);
  }
  lastTable = { table, measure: surface.measure, rows };
  return rows;
}

function blankRow(surface: Surface, table: TableSpec, no: string): MeasuredRow {
  const rows = blankRowsOf(surface, table);
  let measured = rows.get(no);
  if (!measured) {
    const cells: TableCell[] = [];
    for (let i = 0; i < table.columns.length; i++) cells.push({ runs: text(i === 0 ? no : '') });
    measured = { ...measureRow(surface, table, cells), blank: true };
    // Bounded: the numbers of the largest sheet and its spare rows.
    if (rows.size >= 2 * MAX_BLANK_ROWS) rows.clear();
    rows.set(no, measured);
  }
  return measured;
}

const GROUP_W = CONTENT_W - 30 * MM;

/** How far a group line longer than one line pushes the rule and the table down, on every page. */
function headerExtra(surface: Surface, input: RenderInput): number {
  const h = columnHeight(surface, input.sections.lines('group'), S.group, GROUP_W);
  return Math.max(0, h - paragraphHeight(surface, [{ text: 'x' }], S.group, GROUP_W));
}

/**
 * Group line and page number at the top of every page. A tagged PDF reads the group line once,
 * on the first page; the rest is page furniture (artifacts).
 */
function drawFurniture(
  surface: Surface,
  input: RenderInput,
  page: number,
  pages: number,
  extra: number,
): void {
  const { sections } = input;
  const half = CONTENT_W / 2;
  tagged(surface, page === 1 ? 'P' : 'Artifact', () => {
    for (const runs of sections.lines('group'))
      drawParagraph(surface, runs, S.group, MARGIN.left, MARGIN.top, GROUP_W);
  });
  // "Trang {page}/{pages}": the template has the words, the layout knows the numbers.
  const number = (sections.lines('page-number')[0] ?? []).map((r) => ({
    ...r,
    text: r.text.replace('{page}', String(page)).replace('{pages}', String(pages)),
  }));
  tagged(surface, 'Artifact', () => {
    drawParagraph(surface, number, S.pageNumber, MARGIN.left + half, MARGIN.top + 0.5, half);
    const ruleY = RULE_Y + extra;
    surface.strokeLine(MARGIN.left, ruleY, MARGIN.left + CONTENT_W, ruleY, 0.6, 'black');
  });
}

/**
 * The privacy reminder at the foot of every page: drawn after the page's table so that a tagged
 * PDF reads it once, at the end of the last page (elsewhere it is an artifact).
 */
function drawPrivacy(surface: Surface, input: RenderInput, last: boolean): void {
  tagged(surface, last ? 'P' : 'Artifact', () => {
    let y = privacyTop(surface, input);
    for (const runs of input.sections.lines('privacy')) {
      drawParagraph(surface, runs, S.privacy, MARGIN.left, y, CONTENT_W);
      y += paragraphHeight(surface, runs, S.privacy, CONTENT_W);
    }
  });
}

/** Where the privacy line begins: its last line's foot PRIVACY_FOOT from the paper's edge. */
function privacyTop(surface: Surface, input: RenderInput): number {
  const lines = input.sections.lines('privacy');
  return PAGE[1] - PRIVACY_FOOT - columnHeight(surface, lines, S.privacy, CONTENT_W);
}

/** Title, contest line and instructions on page 1; returns where the table starts. */
function title(surface: Surface, input: RenderInput, draw: boolean, top: number): number {
  let y = top;
  for (const name of ['title', 'subtitle', 'instructions'] as const) {
    // The title's names and two-syllable words whole on even lines, as every kind's title.
    const lines =
      name === 'title' ? input.sections.lines(name).map(keepTitle) : input.sections.lines(name);
    y += draw
      ? drawColumn(
          surface,
          lines,
          S[name],
          MARGIN.left,
          y,
          CONTENT_W,
          name === 'title' ? 'H1' : 'P',
        )
      : columnHeight(surface, lines, S[name], CONTENT_W);
  }
  return y + TITLE_GAP;
}

/** Rate line and its note on the left, date and the leader's signature on the right; returns
 * the height used under the table. */
function afterTable(surface: Surface, input: RenderInput, y: number, draw: boolean): number {
  const names = input.sections.lines('signer-name');
  const leaders = input.ctx.leaderNames?.length ?? 0;
  const several = leaders >= 2 && names.length === leaders;
  // Several leaders' blocks take 70 mm each from the right, the rate lines keeping 100 mm.
  const signW = several
    ? Math.min(names.length * JOINT_SIGNATURE_W, CONTENT_W - RATE_MIN_W - 10 * MM)
    : SIGNATURE_W;
  const left = { x: MARGIN.left, w: CONTENT_W - signW - 10 * MM };
  const right = { x: MARGIN.left + CONTENT_W - signW, w: signW };
  const put = (name: string, style: TextStyle, at: { x: number; w: number }, top: number) => {
    const lines = input.sections.lines(name);
    return draw
      ? drawColumn(surface, lines, style, at.x, top, at.w)
      : columnHeight(surface, lines, style, at.w);
  };
  let ly = y + AFTER_GAP;
  ly += put('rate', S.rate, left, ly);
  ly += put('rate-note', S.rateNote, left, ly);
  let ry = y + AFTER_GAP;
  ry += put('place-date', S.placeDate, right, ry);
  if (!several) {
    ry += put('signer', S.signer, right, ry) + SIGNATURE_SPACE;
    ry += put('signer-name', S.signer, right, ry);
    return Math.max(ly, ry) - y;
  }
  // Several leaders: the date over them all, then a block each, side by side.
  const block = signW / names.length;
  const title = input.sections.lines('signer');
  const column = (lines: Run[][], x: number, top: number) =>
    draw
      ? drawColumn(surface, lines, S.signer, x, top, block)
      : columnHeight(surface, lines, S.signer, block);
  const heights = names.map((name, i) => {
    const x = right.x + i * block;
    const h = column(title, x, ry) + SIGNATURE_SPACE;
    return h + column([name], x, ry + h);
  });
  return Math.max(ly - y, ry + Math.max(...heights) - y);
}

/**
 * The lowest row a list is squeezed to, to print on one page, and its cells' padding above and
 * below the line (tracker-columns.ts: 7 mm rows, 1.2 mm: a line of 10 pt sets a row of 6.9 mm).
 */
const TIGHT_ROW = 6 * MM;
const TIGHT_PAD = 0.8 * MM;

/** Fewest residents' rows on a last page, above the totals row (a sheet is not printed for two). */
const MIN_LAST_ROWS = 3;

/**
 * When the last page would hold fewer than MIN_LAST_ROWS rows and the totals, the page before
 * gives it its last rows, up to MIN_LAST_ROWS (as far as the last page has room, the lines under
 * the table included): the pages before stay full, as a sheet is read and filled in from the
 * top (qa25 F9: 18 households were split 9 + 9, half of page 1 empty). The totals row, when the
 * sheet has one (`tail`), is the last row of the plan.
 */
function balanceLastPage(
  plan: TablePlan,
  frame: { bottom: number },
  afterH: number,
  tail: number,
): TablePlan {
  const last = plan.pages.at(-1);
  const before = plan.pages.at(-2);
  if (!last || !before || last.length - tail >= MIN_LAST_ROWS) return plan;
  let end = plan.end;
  while (last.length - tail < MIN_LAST_ROWS && before.length > MIN_LAST_ROWS) {
    const row = before.at(-1) as MeasuredRow;
    if (end + row.height + afterH > frame.bottom + 0.01) break;
    last.unshift(before.pop() as MeasuredRow);
    end += row.height;
  }
  return { pages: plan.pages, end };
}

function draw(surface: Surface, input: RenderInput): void {
  const { sections, ctx } = input;
  const { table: sized, titles, extras } = columnsOf(surface.measure, input);
  // The roster's birth and amount cells, each on one line (tracker-extras.ts).
  const rosterTotal = amountText(sumAmounts(ctx.roster));
  const full = withExtraWidths(
    sized,
    extras,
    surface.measure,
    ctx.roster ?? [],
    rosterTotal,
    ctx.roster === undefined,
  );
  // Measured before drawing: the plan needs where the table starts and the room it leaves.
  const afterH = afterTable(surface, input, 0, false);
  const extra = headerExtra(surface, input);
  const top = TRACKER_FRAME.top + extra;
  const bottom = Math.min(TRACKER_FRAME.bottom, privacyTop(surface, input) - PRIVACY_GAP);
  const frame = { firstTop: title(surface, input, false, top), top, bottom };
  // "Tổng cộng" across the first three columns; its tick cells are summed by hand, and so are
  // those of each page's "Cộng trang" row on a sheet of several pages.
  // On a receipt list, the amount column's cell carries the sum of the amounts above it.
  const layout = (table: TableSpec) => {
    const head = measureRow(surface, table, titles, 'head');
    const labelRow = (runs: Run[], totals?: ReadonlyMap<number, string>) =>
      measureRow(surface, table, [
        { runs, span: 3, bold: true },
        ...table.columns.slice(3).map((_, i) => ({
          runs: text(totals?.get(i + 3) ?? ''),
          bold: true,
        })),
      ]);
    // A sheet with no column to sum (a sign-up list of names alone, a receipt list of signatures
    // and birth dates) has no totals rows: the rate line asks how many signed up, and a row
    // spanning the name column would be a blank to fill (qa56 M4).
    const sums = extras.sums;
    // Each roster row's amount and counts ("Số chó", "Số mèo"), by column, for the totals of its
    // page and of the sheet (closing56: the counts were left off "Tổng cộng").
    const figures = new Map<MeasuredRow, Map<number, number>>();
    const summed = [
      ...(extras.amount >= 0 ? [extras.amount] : []),
      ...extras.counts.map(([i]) => i),
    ];
    // A total only of rows that all give the figure (review56b #1: "Tổng cộng 1.700.000" above a
    // blank amount cell, or above blank rows the leader fills by hand): else the cell is left empty.
    const sumOf = (rs: readonly MeasuredRow[]) =>
      new Map(
        summed.flatMap((col): [number, string][] => {
          if (!rs.every((r) => figures.get(r)?.has(col))) return [];
          const sum = rs.reduce((a, r) => a + (figures.get(r)?.get(col) ?? 0), 0);
          return [[col, col === extras.amount ? amountText(sum) : groupThousands(sum)]];
        }),
      );
    const subtotalRuns =
      sums && sections.has('subtotal') ? (sections.lines('subtotal')[0] ?? []) : [];
    const subtotal = (page: number, sums?: ReadonlyMap<number, string>) =>
      labelRow(
        subtotalRuns.map((r) => ({ ...r, text: r.text.replace('{page}', String(page)) })),
        sums,
      );
    const rows: MeasuredRow[] = [];
    // Blank numbered rows fill the last page: a sheet without a list, and one whose list is
    // shorter than the group (the leader writes the others in).
    let fill = !ctx.roster && !capped(ctx);
    // A list short of its count: blank numbered rows follow the listed ones.
    let short = false;
    if (ctx.roster) {
      // The sheet numbers its rows 1..n, a leader reading STT as how many (a ward's list numbered
      // 12, 13, 15 for a tổ of 6 ran on to 24): the roster's own numbers, when other, are printed
      // in a column of their own (extraCells). A children's list numbers its children so too.
      for (const [i, r] of ctx.roster.entries()) {
        const measured = row(
          surface,
          table,
          String(i + 1),
          r.name,
          r.address,
          extraCells(extras, r),
        );
        figures.set(measured, rowFigures(extras, r));
        rows.push(measured);
      }
      // A partial list (6 households of a thôn of 212, qa22 #2; 3 elders of a receipt list's 6):
      // blank numbered rows after the listed ones up to the group's count, as the sheet without a
      // list has them, and a children's list's spare rows (model/roster-rows.ts rosterRowsOf).
      const upTo = Math.min(
        rosterRowsOf(ctx.tally, ctx.group.households, ctx.roster.length),
        MAX_BLANK_ROWS,
      );
      for (let i = ctx.roster.length; i < upTo; i++) rows.push(row(surface, table, `${i + 1}`));
      fill = upTo > ctx.roster.length;
      short = fill;
    } else {
      const blank = blankRowsFor(ctx);
      for (let i = 0; i < blank; i++) rows.push(row(surface, table, `${i + 1}`));
    }
    // A short receipt list's amounts add up to no whole: "Tổng cộng" is left for the leader to
    // write after the rows written in by hand, and the printed rows' sum stands above it,
    // labelled as theirs alone (review57a #11d), from which the leader goes on adding.
    const listed = short ? sumOf(rows.slice(0, ctx.roster?.length ?? 0)) : undefined;
    const totals = sums
      ? [
          ...(listed?.size && sections.has('listed')
            ? [labelRow(sections.lines('listed')[0] ?? [], listed)]
            : []),
          labelRow(sections.lines('totals')[0] ?? [], sumOf(rows)),
        ]
      : [];
    const planned = (f: typeof frame) => {
      const body = [...rows];
      let plan = planTable(head, [...body, ...totals], f, afterH);
      // Fill the rest of the last page: spare rows cost nothing and a sheet is printed whole.
      // Again after each fill: rows the last page took from the page before may go back there.
      const rowH = row(surface, table, '0').height;
      for (let round = 0; fill && round < 4; round++) {
        const spare = Math.floor((f.bottom - plan.end - afterH + 0.01) / rowH);
        if (spare <= 0) break;
        for (let k = 0; k < spare; k++) body.push(row(surface, table, String(body.length + 1)));
        plan = planTable(head, [...body, ...totals], f, afterH);
      }
      return balanceLastPage(plan, f, afterH, totals.length);
    };
    let plan = planned(frame);
    if (plan.pages.length > 1 && subtotalRuns.length > 0) {
      // Each page keeps room for its subtotal row, which ends its rows (above the totals).
      plan = planned({ ...frame, bottom: frame.bottom - subtotal(1).height });
      plan.pages.forEach((pageRows, i) => {
        const at = i === plan.pages.length - 1 ? pageRows.length - totals.length : pageRows.length;
        pageRows.splice(at, 0, subtotal(i + 1, sumOf(pageRows.slice(0, at))));
      });
    }
    return { table, head, plan };
  };
  let { table, head, plan } = layout(full);
  // A list a few rows over one page (14 households and a money column: 11 rows on page 1, 40 %
  // of it blank, 3 on page 2; qa57 p3) takes rows a little lower, down to TIGHT_ROW, when that
  // prints it on one page: one sheet to carry from door to door.
  if (ctx.roster && plan.pages.length === 2 && full.style.minRowHeight > TIGHT_ROW) {
    const style = { ...full.style, minRowHeight: TIGHT_ROW, padY: TIGHT_PAD };
    const tight = layout({ ...full, style });
    if (tight.plan.pages.length === 1) ({ table, head, plan } = tight);
  }
  const pages = plan.pages.length;
  // One table over every page (a tagged PDF reads it once), then the lines under it.
  drawTable(
    surface,
    table,
    head,
    plan.pages,
    (i) => {
      surface.addPage();
      drawFurniture(surface, input, i + 1, pages, extra);
      return i === 0 ? title(surface, input, true, top) : top;
    },
    (i, end) => {
      if (i === pages - 1) afterTable(surface, input, end, true);
      drawPrivacy(surface, input, i === pages - 1);
    },
  );
}

export const tracker: DocumentKind = {
  ...described('tracker'),
  template: 'tracker.hbs',
  family: 'serif',
  readsRoster: true,
  // With nothing to tick (no contest, app or action) and no target to reach, the sheet would be
  // a bare list of households: not made. A target makes a sign-up sheet or a result column.
  needs: 'instructions',
  groupNotes,
  checkSections: (sections, fonts) => {
    checkColumns(sections);
    const all = sections.lines('columns');
    const printed = distinctTicks(all);
    const twice = all
      .filter((runs) => !printed.includes(runs))
      .map((runs) => {
        const title = runs.map((r) => r.text).join('');
        return {
          text: msg`the tick column "${title}" is named twice; it is printed once`,
          title,
          twice: true,
        };
      });
    return [...twice, ...tooWideNotes(sections, fonts)];
  },
  tagged: true,
  pageSize: () => PAGE,
  draw,
};

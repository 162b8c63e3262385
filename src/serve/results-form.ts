/**
 * Serve stage, the participation loop on the leader's page: the form of the campaign's measures
 * and the group's saved figures. In: the results service (store + campaign), the group, what was
 * typed (after a refused submission). Out: the view of leader.hbs's "results" section, and the
 * form's hidden fields.
 *
 * The form is bound to its group and to the figures it was shown on top of: its `form` field is
 * HMAC(secret, campaign, group, base), `base` being the group's latest submission when the page
 * was made. The same form sent twice (a double tap, a resend after a lost answer) is the same
 * submission and is stored once; a form of another group, or forged, is refused. The page has no
 * cookies, so a cross-site form cannot ride on a session; the route also refuses a request a
 * browser marks as cross-site.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { writtenDay } from '../load/day-first.js';
import type { Group } from '../load/types.js';
import { msg, say } from '../messages/message.js';
import { formatFigure } from '../model/format.js';
import { type GroupTerm, nameInText } from '../model/group-term.js';
import {
  amountUnitOf,
  baseOf,
  baseSaid,
  countedOf,
  isQuantity,
  isTarget,
  moneyScaleOf,
  moneyUnitOf,
  quantityUnitOf,
} from '../model/measure-base.js';
import { sinceWithdrawal } from '../results/edited-figures.js';
import { readFigureText } from '../results/figure-text.js';
import {
  type FigureProblem,
  MAX_PEOPLE_PER_HOUSEHOLD,
  type Measure,
  THIN_GROUP_SUM,
  THIN_PER_HOUSEHOLD,
  timesSaid,
  zerosInQuestion,
} from '../results/figures.js';
import { readMeasureFigure } from '../results/measure-figure.js';
import { columnLabel, oldListNowSaid } from '../results/report-model.js';
import {
  type HistoryEntry,
  readHistory,
  readLatest,
  type Source,
} from '../results/results-store.js';
import { labelOfLine } from '../results/retired-boxes.js';
import { formatRate, rateOf, standingsOf } from '../results/standings.js';
import { zeroBaseSaid } from '../results/unrated-said.js';
import type { StoreDb } from '../store/open-store.js';
import { wardTime } from '../ward-time.js';

/** What the server needs to take and show figures. */
export interface ResultsService {
  db: StoreDb;
  campaign: string;
  measures: readonly Measure[];
  /**
   * The measures the office took out, each one's line by its id (the studio keeps them:
   * studio/retired-measures.ts): a form made before names the figure it could not save.
   */
  retired?: () => Promise<ReadonlyMap<string, string>>;
}

/** Where the form posts, under the group's link: /g/<token>/ket-qua. */
export const RESULTS_PATH = 'ket-qua';
/** The page's query after a save: /g/<token>/?da-luu shows "Đã lưu". */
export const SAVED_QUERY = 'da-luu';

/**
 * The saved page's query naming a figure typed with a dot as its decimal point ("95.5" kg), read
 * as a results file reads it (results/figure-text.ts): "dau-cham=rac_kg:95.5", once a figure.
 * The page then says how it was read (dotNotes), next to "Đã lưu".
 */
export const DOT_QUERY = 'dau-cham';

/** The figures typed with a decimal dot (measure id → the figure as typed), as the query says. */
export function dotQuery(dotted: Readonly<Record<string, string>>): string {
  return Object.entries(dotted)
    .map(([id, text]) => `&${DOT_QUERY}=${encodeURIComponent(`${id}:${text}`)}`)
    .join('');
}

/** The query's figures typed with a decimal dot: measure id → the figure as typed. */
export function dottedOf(query: unknown): Record<string, string> {
  const given = Array.isArray(query) ? query : [query];
  const out: Record<string, string> = {};
  for (const q of given) {
    if (typeof q !== 'string') continue;
    const m = /^([a-z][a-z0-9_]{0,31}):(\d{1,16}\.\d{1,16})$/.exec(q);
    if (m?.[1] && m[2]) out[m[1]] = m[2];
  }
  return out;
}

/**
 * What a figure typed with a dot was read as, said as the results file says it: "“Khối lượng rác
 * thu gom”: “95.5” được đọc là 95,5 kg: dấu chấm được hiểu là dấu thập phân. Tiếng Việt dùng dấu
 * phẩy …". Only of a figure saved as so read (`saved`): a query older than the figure says nothing.
 */
export function dotNotes(
  measures: readonly Measure[],
  dotted: Readonly<Record<string, string>>,
  saved: (id: string) => number | undefined,
): string[] {
  return measures.flatMap((m) => {
    const text = dotted[m.id];
    if (text === undefined || !isQuantity(m)) return [];
    const read = readFigureText(text, true);
    if ('problem' in read || !read.dotDecimal || saved(m.id) !== read.value) return [];
    const figure = formatFigure(read.value);
    const unit = quantityUnitOf(m) ?? '';
    return [
      `“${m.label}”: ${say(msg`"${text}" is read as ${figure} ${unit}: its dot is taken as a decimal point`, 'vi')}. ${say(msg`Vietnamese writes decimals with a comma (${figure}) and groups thousands with a dot (1.234): check the figure, and write it so.`, 'vi')}`,
    ];
  });
}

/** The form field of a measure's figure: "so_<id>" (never a group id: the URL's token decides). */
export const fieldOf = (m: Measure) => `so_${m.id}`;

/**
 * The hidden field beside a measure's box: the figure saved when the page was made, as the box
 * wrote it ("" when none). A form that reaches a closed page (studio/closed-pages.ts) lists as
 * "vừa ghi" only the boxes holding something else (qa43 minor 12).
 */
export const shownFieldOf = (m: Measure) => `da_xem_${m.id}`;

export function formToken(secret: string, campaign: string, groupId: string, base: number) {
  return createHmac('sha256', secret)
    .update(`results-form\u0000${campaign}\u0000${groupId}\u0000${base}`, 'utf8')
    .digest('base64url')
    .slice(0, 32);
}

export function formTokenOk(
  secret: string,
  campaign: string,
  groupId: string,
  base: number,
  given: string,
): boolean {
  const want = Buffer.from(formToken(secret, campaign, groupId, base));
  const got = Buffer.from(given);
  return want.length === got.length && timingSafeEqual(want, got);
}

/** The submission's key in the store: one per group and base, so a resend is stored once. */
export const submissionId = (campaign: string, groupId: string, base: number) =>
  `leader:${campaign}:${groupId}:${base}`;

/** "08:05 20/10/2025", Vietnam's time: when a figure was saved, as a leader reads a clock. */
export function formatTime(iso: string): string {
  const [day, time] = wardTime(new Date(iso)).split(' ');
  return `${time} ${day}`;
}

/** "1.234", "95,5": figures as a Vietnamese reader writes them (model/format.ts formatFigure). */
export const formatCount = (n: number) => formatFigure(n);

/**
 * A saved figure as the leader's and the office's pages say it: a sum or a weight in its unit
 * ("12.000.000 đồng", "95,5 kg"), a count alone (its unit is in the note beside it, "trên 228 hộ").
 */
export function savedFigure(m: Measure, value: number): string {
  const unit = ownUnitOf(m);
  return unit ? `${formatCount(value)} ${unit}` : formatCount(value);
}

/** A quantity's, a sum's or an amount's unit ("kg", "đồng"), which its saved figure carries. */
const ownUnitOf = (m: Measure) => quantityUnitOf(m) ?? moneyUnitOf(m) ?? amountUnitOf(m);

/**
 * What a count's saved figure counts, said after it on the leader's form: "Đã lưu: 6 cụ (100,0%
 * trên 6 cụ mừng thọ)" (qa56 p6: "Đã lưu: 6 (…)", where the money line said "đồng"); '' for a
 * figure whose unit savedFigure gives.
 */
export const savedNounOf = (m: Measure): string => (ownUnitOf(m) ? '' : countedOf(m).noun);

/**
 * A saved figure in its box, to be sent back as it is: "1234", a quantity's "1234,5" (the
 * decimal comma the form reads; no thousands dots, as a count's box has none); a sum in whole
 * đồng with its dots, "12.500.000", as it is typed and said under the box (qa43 m10: "12500000").
 */
export const figureInBox = (n: number, m?: Measure) =>
  inDong(m) ? formatFigure(n) : formatFigure(n).replace(/\./g, '');

/**
 * Who gave a figure: "Tổ trưởng gửi", "Trưởng khu phố gửi" (the ward's word), the office: "Văn
 * phòng nhập" for the group's first figures, "Văn phòng sửa" for a figure given before (qa17:
 * the office's first entry read as a correction).
 */
export function sourceLabel(source: Source, term: GroupTerm, first = false): string {
  if (source === 'leader') return `${term.Leader} gửi`;
  if (source === 'import') return 'Văn phòng nhập từ tệp';
  return first ? 'Văn phòng nhập' : 'Văn phòng sửa';
}

/**
 * Whether a history's entry (newest first) gives only figures no older entry gave: the group's
 * first figures of those measures, not a correction.
 */
export function firstFigures(
  history: readonly {
    values: Readonly<Record<string, number>>;
    withdrawn: boolean;
    restored?: true;
  }[],
  i: number,
  /** Only these measures' figures (a figure's own line); else every figure of the entry. */
  ids?: readonly string[],
): boolean {
  const own = ids ?? Object.keys(history[i]?.values ?? {});
  // The figures before the office withdrew them are gone (unless it undid that): the next ones
  // are entered anew.
  return sinceWithdrawal(history.slice(i + 1)).every((h) =>
    own.every((id) => h.values[id] === undefined),
  );
}

/** The history's entry of the office's withdrawal of a group's figures: "Văn phòng xoá số liệu". */
export const withdrawnLabel = () => say(msg`The office withdrew the figures`, 'vi');

/** Who made a history's entry, as the leader's page says it (no account named). */
export const entryLabel = (
  h: Pick<HistoryEntry, 'source' | 'withdrawn' | 'restored'>,
  term: GroupTerm,
  first: boolean,
) =>
  h.withdrawn ? withdrawnLabel() : h.restored ? RESTORED_LABEL : sourceLabel(h.source, term, first);

/** The history's entry of the office's undo of a withdrawal (qa58b p7). */
export const RESTORED_LABEL = 'Văn phòng khôi phục số liệu đã xoá';

/** What a figure is above, naming the group and its figure: "lớn hơn số cử tri của Thôn Ỷ La (560)." */
function aboveWhat(p: Extract<FigureProblem, { kind: 'above' }>, term?: GroupTerm): string {
  const limit = formatCount(p.limit);
  // "Quyết Thắng" in a list headed "Tên thôn" is said "thôn Quyết Thắng" (model/group-term.ts).
  const group = nameInText(p.group, term);
  switch (p.base) {
    case 'population':
      return `lớn hơn số nhân khẩu của ${group} (${limit}).`;
    case 'voters':
      return `lớn hơn số cử tri của ${group} (${limit}).`;
    case 'households':
      return `lớn hơn số hộ của ${group} (${limit}).`;
    case 'column':
      return `lớn hơn ${p.name ?? `số ${p.unit}`} của ${group} (${limit}).`;
    case 'people-per-household':
      return `người là quá nhiều so với ${formatCount(p.limit / MAX_PEOPLE_PER_HOUSEHOLD)} hộ của ${group} (hơn ${MAX_PEOPLE_PER_HOUSEHOLD} người một hộ).`;
  }
}

/** The figure as typed, said before what is wrong with it ("“2,5”"); "số này" when not given. */
const said = (p: { typed?: string }) => (p.typed ? `“${p.typed}”` : 'số này');

/**
 * A figure far out of line with its target, in words a leader reads (qa24 F2): "150.000.000 đồng
 * là gấp 10 lần chỉ tiêu 15.000.000 đồng. Kiểm tra lại số chữ số 0…" (under ten times: "Kiểm tra
 * lại số đã ghi…"); a sum in đồng far under it,
 * as one typed in thousands: "9.500 đồng chưa bằng 1% chỉ tiêu 10.000.000 đồng. Có phải đã ghi
 * theo nghìn đồng? Ghi đủ số đồng, ví dụ 9.500.000…".
 */
export function offTargetText(
  p: Extract<FigureProblem, { kind: 'off-target' }>,
  label: string,
  term?: GroupTerm,
): string {
  const value = formatCount(p.value);
  const target = formatCount(p.target);
  // A figure where the list gives 0 (qa25 F3): "1.000.000 đồng, nhưng danh sách ghi thôn Bắc Sơn
  // có kinh phí bằng 0".
  if (p.zero)
    return say(
      msg`"${label}": ${value} ${p.valueUnit}, but the groups list gives ${nameInText(p.group, term)} ${zeroBaseSaid(p.word)}. Check the figure. If it is right, tick the box below and press Lưu lại.`,
      'vi',
    );
  // Ten times or more (as said: "gấp 10 lần"): a zero too many is the likely slip. A sum of
  // money 3 to 10 times its target (MONEY_HIGH_TIMES) has no zero in question (review32 F10).
  if (zerosInQuestion(p))
    return say(
      msg`"${label}": ${value} ${p.unit} is ${timesSaid(p.times)} times the ${p.word} of ${target} ${p.unit}. Check the number of zeros. If it is right, tick the box below and press Lưu lại.`,
      'vi',
    );
  if (!p.low)
    return say(
      msg`"${label}": ${value} ${p.unit} is ${timesSaid(p.times)} times the ${p.word} of ${target} ${p.unit}. Check the figure. If it is right, tick the box below and press Lưu lại.`,
      'vi',
    );
  // A fee or fund's sum with no target, too small to be believed (qa43 M3).
  if (p.thin)
    return say(
      p.thin.households === undefined
        ? msg`"${label}": ${value} đồng, less than ${formatCount(THIN_GROUP_SUM)} đồng for the whole ${term?.short ?? 'tổ'}. Was it written in thousands of đồng? Write the whole sum in đồng, e.g. ${formatCount(p.value * 1000)}. If it is right, tick the box below and press Lưu lại.`
        : msg`"${label}": ${value} đồng, less than ${formatCount(THIN_PER_HOUSEHOLD)} đồng for each of the ${formatCount(p.thin.households)} households of ${nameInText(p.group, term)}. Was it written in thousands of đồng? Write the whole sum in đồng, e.g. ${formatCount(p.value * 1000)}. If it is right, tick the box below and press Lưu lại.`,
      'vi',
    );
  return p.money === 1
    ? say(
        msg`"${label}": ${value} ${p.unit} is less than 1% of the ${p.word} of ${target} ${p.unit}. Was it written in thousands of đồng? Write the whole sum in đồng, e.g. ${formatCount(p.value * 1000)}. If it is right, tick the box below and press Lưu lại.`,
        'vi',
      )
    : say(
        msg`"${label}": ${value} ${p.unit} is less than 1% of the ${p.word} of ${target} ${p.unit}. Check the figure. If it is right, tick the box below and press Lưu lại.`,
        'vi',
      );
}

/** A sum in whole đồng (not in millions, a quantity): its refusals give money's examples. */
const inDong = (m: Measure | undefined) =>
  m !== undefined && moneyScaleOf(m) === 1 && !isQuantity(m);

/** A refused figure, in words a leader reads. */
export function problemText(
  p: FigureProblem & { typed?: string },
  measures: readonly Measure[],
  term?: GroupTerm,
): string {
  const m = measures.find((x) => x.id === p.measure);
  const label = m?.label ?? p.measure;
  switch (p.kind) {
    case 'not-a-count':
      if (inDong(m))
        return say(
          msg`"${label}": write the whole sum in đồng, in digits, e.g. 12.500.000 (or 12,5 triệu).`,
          'vi',
        );
      return m && isQuantity(m)
        ? `“${label}”: chỉ ghi số, ví dụ 95 hoặc 95,5 (không ghi chữ hay dấu %).`
        : `“${label}”: chỉ ghi chữ số, ví dụ 125 hoặc 1.250 (không ghi chữ, dấu phẩy hay dấu %).`;
    case 'negative':
      return `“${label}”: số liệu không thể là số âm.`;
    case 'fraction':
      if (inDong(m))
        return say(
          msg`"${label}": ${said(p)} has a decimal part, but a sum in đồng is whole: write the whole sum in đồng, e.g. 12.500.000 (or 12,5 triệu).`,
          'vi',
        );
      return `“${label}”: ${said(p)} là số thập phân, nhưng số ${m ? countedOf(m).noun : 'người'} phải là số nguyên: ghi số nguyên, ví dụ 125 hoặc 1.250.`;
    case 'decimals':
      return `“${label}”: ${said(p)} có hơn 2 chữ số thập phân hoặc dấu không rõ nghĩa. Ghi tối đa 2 chữ số sau dấu phẩy, dấu chấm tách hàng nghìn, ví dụ 95,5 hoặc 1.234,75${m ? ` ${quantityUnitOf(m) ?? ''}`.trimEnd() : ''}.`;
    case 'too-large':
      return `“${label}”: số này quá lớn, hãy xem lại số đã ghi.`;
    case 'above':
      return `“${label}”: ${formatCount(p.value)} ${aboveWhat(p, term)} Nếu đúng là như vậy, hãy đánh dấu ô xác nhận bên dưới rồi bấm Lưu lại.`;
    case 'off-target':
      return offTargetText(p, label, term);
    case 'unknown-measure':
      return `“${label}” không phải là số liệu của đợt vận động này.`;
  }
}

/** A form's figures as typed (measure id → text) and read (→ count), and what is wrong with them. */
export interface TypedFigures {
  typed: Record<string, string>;
  values: Record<string, number>;
  /** The problems of what is not a count, in words a reader of the form reads. */
  errors: string[];
  /** The measures whose box holds no count. */
  invalid: string[];
  /** The figures typed with a dot as their decimal point ("95.5" kg): measure id → as read. */
  dotted: Record<string, string>;
}

/**
 * The figures of a form of the campaign's measures (`field(m)` → what was typed): a box left
 * empty keeps its figure, a count is read as a Vietnamese reader writes it ("1.250"), and
 * anything else (words, a fraction, a negative) is refused with its measure named. The leader's
 * page and the office's form on the studio's Kết quả tab read their boxes alike.
 */
export function readTypedFigures(
  measures: readonly Measure[],
  field: (m: Measure) => unknown,
): TypedFigures {
  const read: TypedFigures = { typed: {}, values: {}, errors: [], invalid: [], dotted: {} };
  for (const m of measures) {
    const text = String(field(m) ?? '').trim();
    read.typed[m.id] = text;
    if (text === '') continue;
    // The reader a results file's cell is read by too (qa43 minor 13): "15 hộ", "12,5 triệu".
    const { figure, number } = readMeasureFigure(text, m);
    if ('problem' in figure) {
      const kind = figure.problem === 'not-a-number' ? 'not-a-count' : figure.problem;
      read.errors.push(problemText({ kind, measure: m.id, typed: text }, measures));
      read.invalid.push(m.id);
    } else {
      read.values[m.id] = figure.value;
      // "95.5" kg is 95,5, as a results file reads it; the saved page says so (dotNotes).
      // A sum of money's figure without its currency or scale words ("12.5" of "12.5đ").
      if (figure.dotDecimal) read.dotted[m.id] = (number ?? text.replace(/[^\d.,]/g, '')).trim();
    }
  }
  return read;
}

/** The same figures (measure id → count): a form stored already with what it sends now. */
export const sameFigures = (a: Record<string, number>, b: Record<string, number>) =>
  Object.keys(a).length === Object.keys(b).length &&
  Object.entries(a).every(([k, v]) => b[k] === v);

export interface FormState {
  /** What the leader typed, by measure id (after a refused submission). */
  typed?: Record<string, string>;
  errors?: string[];
  /**
   * The measure each of `errors` is about (same order; undefined for the form's own): its box
   * names that sentence as its description, so a screen reader on the box hears why (qa25c F6).
   */
  errorsOf?: readonly (string | undefined)[];
  /** The measures whose figure was refused: their boxes are marked (aria-invalid, red). */
  invalid?: readonly string[];
  /** Ask to confirm figures above the group's population/households. */
  askConfirm?: boolean;
  saved?: boolean;
  /** The figures just saved that were typed with a decimal dot: measure id → as typed (dotNotes). */
  dotted?: Record<string, string>;
  /**
   * The submission the refused form was made on: the form shown again keeps it, so that sent
   * again it is still checked against the figures its leader saw (a save made in between is
   * not written over unseen). Absent: the group's latest.
   */
  base?: number;
}

/**
 * The group's last stored submission (0 when none): the base the next form is made on. The
 * highest in store order, not the first of the history (newest by the time it speaks for): an
 * imported file's figures, older than the page, still make a form shown before them stale.
 */
export function latestSeq(history: readonly HistoryEntry[]): number {
  return history.reduce((most, h) => Math.max(most, h.seq), 0);
}

/**
 * The office's reporting deadline (`report.deadline`) as the form says it above its boxes (review46
 * #3): Kết quả and the report call a leader late against this day, so the leader is told it,
 * "Hạn báo cáo: 20/11/2025", and once it has passed (Viet Nam's `today`), that figures are still
 * taken. null when the campaign gives none.
 */
export function dueView(deadline: string | undefined, today: string) {
  return deadline ? { on: writtenDay(deadline), passed: today > deadline } : null;
}

/**
 * The group's first day as the form says it above its boxes while it is still ahead (Viet Nam's
 * `today` before it, qa54 p4): figures are taken, and marked "gửi trước ngày diễn ra" on Kết quả
 * and in the report. null on or after that day, or when the group's `when` names none.
 */
export function earlyView(starts: string | undefined, today: string) {
  return starts !== undefined && today < starts ? { on: writtenDay(starts) } : null;
}

/** The id of the form's `i`th error sentence (its box's aria-describedby names it). */
const errorId = (i: number) => `ket-qua-loi-${i + 1}`;

export async function resultsFormView(
  service: ResultsService,
  secret: string,
  group: Group,
  term: GroupTerm,
  action: string,
  state: FormState = {},
) {
  const { db, campaign, measures } = service;
  const [all, history] = await Promise.all([
    readLatest(db, campaign),
    readHistory(db, campaign, group.id),
  ]);
  const latest = all.get(group.id);
  const retired = await service.retired?.().catch(() => undefined);
  // A figure sent against the groups list before it changed the group's target (a tổ split, two
  // merged, a target corrected): said as the office's pages say it, never rated against the new
  // target as if reported against it (standings.ts `oldList`, qa26 F5).
  const cells = standingsOf([group], measures, all).rows[0]?.cells ?? [];
  const base = state.base ?? latestSeq(history);
  const errors = state.errors ?? [];
  /** The ids of the error sentences about measure `id`, after its own note. */
  const describedBy = (m: Measure) =>
    [
      `${fieldOf(m)}-saved`,
      ...errors.flatMap((_, i) => (state.errorsOf?.[i] === m.id ? [errorId(i)] : [])),
    ].join(' ');
  return {
    action,
    form: formToken(secret, campaign, group.id, base),
    base,
    term,
    saved: state.saved ?? false,
    // Said only with "Đã lưu": what the figures just saved were read as.
    dotNotes: state.saved
      ? dotNotes(measures, state.dotted ?? {}, (id) => latest?.get(id)?.value)
      : [],
    // Each sentence about a box links to it (tapped: the box has the focus), as the studio's do.
    errors: errors.map((text, i) => {
      const about = measures.find((m) => m.id === state.errorsOf?.[i]);
      return { id: errorId(i), text, field: about ? fieldOf(about) : undefined };
    }),
    askConfirm: state.askConfirm ?? false,
    measures: measures.map((m, i) => {
      const figure = latest?.get(m.id);
      const limit = baseOf(group, m);
      const old = cells[i]?.oldList;
      return {
        field: fieldOf(m),
        // A figure in a unit of its own is labelled with it, as the tracking sheet's column is:
        // "Số đơn vị máu (túi)" (qa55 p4: "Số đơn vị máu" alone, then "Đã lưu: 14 túi").
        label: columnLabel({ ...m, noun: countedOf(m).noun }),
        invalid: state.invalid?.includes(m.id) ?? false,
        describedBy: describedBy(m),
        value: state.typed?.[m.id] ?? (figure ? figureInBox(figure.value, m) : ''),
        shownField: shownFieldOf(m),
        shown: figure ? figureInBox(figure.value, m) : '',
        // A quantity's box opens the keyboard with a decimal comma ("95,5 kg").
        inputmode: isQuantity(m) ? 'decimal' : 'numeric',
        // A count's box: iOS before 12.2 and Android WebViews before Chrome 66 ignore inputmode
        // and show the number pad for this pattern (qa34 m5); the form has novalidate, so a
        // "1.250" or "mười" still reaches the server, which reads or refuses it in Vietnamese.
        pattern: isQuantity(m) ? '' : '[0-9]*',
        // "Đã lưu: 12.000.000 đồng", "Đã lưu: 150 (65,8% trên 228 hộ)".
        saved: figure ? savedFigure(m, figure.value) : null,
        savedNoun: savedNounOf(m),
        savedAt: figure ? formatTime(figure.at) : null,
        rate: figure && !old ? formatRate(rateOf(figure.value, limit)) : '',
        // "báo cáo theo danh sách cũ, khi đó là Tổ dân phố 12, chỉ tiêu 148 hộ, nay chỉ tiêu 63 hộ".
        oldList: old ? oldListNowSaid(m, old, limit) : '',
        // A target is said as one ("chỉ tiêu 25 người"), a count as the whole ("trên 75 chó").
        of:
          limit === undefined
            ? ''
            : `${isTarget(m) ? '' : 'trên '}${baseSaid(m, formatCount(limit))}`,
      };
    }),
    history: history.map((h, i) => ({
      at: formatTime(h.at),
      source: entryLabel(h, term, firstFigures(history, i)),
      figures: [
        ...measures
          .filter((m) => h.values[m.id] !== undefined)
          .map((m) => ({ label: m.label, value: formatCount(h.values[m.id] ?? 0) })),
        // A figure of a measure the office took out since (qa43): named, not an empty entry.
        ...Object.entries(h.values)
          .filter(([id]) => !measures.some((m) => m.id === id))
          .map(([id, v]) => ({
            label: `${labelOfLine(retired?.get(id) ?? '') ?? 'Chỉ tiêu cũ'} (chỉ tiêu đã bỏ)`,
            value: formatCount(v),
          })),
      ],
    })),
  };
}

/**
 * Model stage: what a measure's rate is taken against. A measure counts people (its base the
 * group's population), households (its households), or what a column of the groups file counts:
 * an election's "Số cử tri", a VNeID drive's "Số người từ 14 tuổi trở lên" (qa17: a turnout
 * taken against the population read 60 % for a thôn where every voter voted). The one place that
 * reads a base, so the tracking sheet, the leader's form, the office's pages, the report and its
 * spreadsheet all say the same figure and the same word.
 */
import { headerNamed, normaliseHeader } from '../load/groups/columns.js';
import { parseCount } from '../load/groups/values.js';
import { finalRemark, remarkWords } from '../load/remark.js';
import type { Group } from '../load/types.js';
import { readFigureText, readMoneyText } from '../results/figure-text.js';
import { textKey } from './format.js';

/** A measure as far as its base goes: `of` is "people", "households", or a column's header. */
export interface MeasureOf {
  of: string;
  /** What the office calls it ("Số người đăng ký hiến máu"): a target's unit when its column gives none. */
  label?: string;
}

/**
 * `of` for a plain amount, no rate: a sum of money collected (qa40 M4: "Số tiền đã thu (đồng)"
 * taken against the households refused a tổ's 12.000.000 as "more than its 228 households").
 * Written so (or "đồng", "tiền": load/measure-of.ts), or left out of a measure whose label is in
 * đồng (load/measure-of.ts defaultOf).
 */
export const AMOUNT = 'amount';

/**
 * `of` for a plain count of people or households, no rate (qa56 p7): absentees, cases found are
 * not a share of the population ("1/700 nhân khẩu, chiếm tỷ lệ 0,0%" for one absentee). Written
 * "người (không tính tỉ lệ)" / "hộ (không tính tỉ lệ)" (load/measure-of.ts), summed and said in
 * "người" / "hộ" as a unit of its own is.
 */
export const PLAIN_COUNTS: Readonly<Record<string, string>> = {
  'people-count': 'người',
  'households-count': 'hộ',
};

/** Whether `of` is a plain count of people or households (PLAIN_COUNTS). */
export const isPlainCount = (of: string | undefined): boolean =>
  typeof of === 'string' && Object.hasOwn(PLAIN_COUNTS, of);

/**
 * A plain amount (`of: amount`): a sum of money collected, taken against nothing. No rate, no
 * bound, no base column; summed and said in đồng (qa40 M4).
 */
export const isAmount = (m: Pick<MeasureOf, 'of'>): boolean =>
  m.of === AMOUNT || isOwnUnit(m.of) || isPlainCount(m.of);

/**
 * Units of two words a count is said in, which no groups list heads a column with: blood is
 * counted in "đơn vị" (qa55 p3: `of: đơn vị` was refused as a column the list lacks).
 */
const COUNT_UNITS: ReadonlySet<string> = new Set(['đơn vị'.normalize('NFC')]);

/** A Vietnamese syllable written without its marks ("bao", "con", "thung"), as an English word is not. */
const BARE_SYLLABLE =
  /^(?:ngh|ng|ch|gh|gi|kh|nh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$/u;

/**
 * A measure's own unit, written after its "|" ("Rác thu gom | kg", "Số bao rác | bao", "| lượt"):
 * a plain quantity in that unit, as a sum in đồng is (qa51 m1: a clean-up's "kg rác" was
 * refused, only người/hộ/đồng taken): no rate, no bound, summed and said with its unit. Told
 * from a column's header by its form: one lower-case word, or a unit of two the product knows
 * ("mét khối", "triệu đồng"), no "Số"/"Chỉ tiêu" at its head, as a header is written as the list
 * writes it ("Số cử tri"); a word without marks only when it is a unit the product knows ("kg",
 * "m2") or reads as a Vietnamese syllable ("bao"), so a misspelt keyword ("families") is still
 * refused.
 */
export function isOwnUnit(of: string | undefined): boolean {
  // A measure read from a results file's row may have no `of` at all.
  if (typeof of !== 'string') return false;
  const unit = of.normalize('NFC');
  if (
    unit === AMOUNT ||
    unit === 'people' ||
    unit === 'households' ||
    isPlainCount(unit) ||
    unit.length > 16
  )
    return false;
  if (!/^\p{Ll}[\p{Ll}\p{M}\d²³-]*(?: \p{Ll}[\p{Ll}\p{M}-]*)?$/u.test(unit)) return false;
  if (/^(?:số|tổng|chỉ)(?:\s|$)/u.test(unit)) return false;
  if (QUANTITY_UNITS.has(unit) || MONEY_UNITS.has(unit) || COUNT_UNITS.has(unit)) return true;
  // Two words that name a kind of the list's people or households ("cử tri", "hộ nghèo", "học
  // sinh": review53 #1) are a column's header: read as the list's column, so that a misspelt one
  // is still refused with the list's columns, and a rate taken against it. Any other two words
  // are a unit of their own (qa58 M5: "Số ý kiến góp ý | ý kiến" was refused as a column).
  if (unit.includes(' ')) return !namesPeopleOrHouseholds(unit);
  return !/^[a-z]+$/.test(unit) || BARE_SYLLABLE.test(unit);
}

/**
 * The word a plain amount's figures are said in: its own unit ("kg", "bao"), a sum's money unit
 * ("đồng", "triệu đồng"); undefined for a measure with a base.
 */
export function amountUnitOf(m: MeasureOf): string | undefined {
  if (!isAmount(m)) return undefined;
  if (isPlainCount(m.of)) return PLAIN_COUNTS[m.of];
  return moneyUnitOf(m) ?? m.of.normalize('NFC');
}

/**
 * Units a group counts of its own doing, never a household's: the trips, sessions and rounds
 * of the operation ("Số buổi tuyên truyền | buổi", "Số chuyến | chuyến"). Not tonnes or classes:
 * a household sells its rice in tấn, registers its children for a lớp (review59a #1). The
 * tracking sheet asks such a figure once for the group, on its rate lines, not in a column of
 * every household's row (qa59 M5: "ghi số xe của từng hộ").
 */
const GROUP_UNITS: ReadonlySet<string> = new Set(
  ['chuyến', 'buổi', 'đợt', 'cuộc'].map((u) => u.normalize('NFC')),
);

/**
 * A label that says households or people do it ("Số buổi tập huấn hộ tham gia", "Số chuyến
 * đăng ký"): their figure, one a row, whatever its unit (review59a #1).
 */
const HOUSEHOLDS_DO = /(?<![\p{L}\p{M}])(?:hộ|người|đăng ký|tham gia|tham dự)(?![\p{L}\p{M}])/iu;

/**
 * A vehicle of the operation, said by what it carries or does ("Số xe rác thu gom | xe", "xe
 * chở rác", "xe cứu thương"): the group's, where a household's own "Số xe máy | xe" is not.
 */
const OPERATION_VEHICLE =
  /(?<![\p{L}\p{M}])xe\s+(?:rác|chở|thu\s+gom|vận\s+chuyển|cứu\s+thương|chữa\s+cháy|tải|phun)(?![\p{L}\p{M}])/iu;

/**
 * Whether a plain amount is the group's own figure, no household's (GROUP_UNITS, a vehicle of the
 * operation): asked once for the group, not on each household's row.
 */
export function isGroupsOwnAmount(m: MeasureOf): boolean {
  if (!isOwnUnit(m.of) || HOUSEHOLDS_DO.test((m.label ?? '').normalize('NFC'))) return false;
  const unit = m.of.normalize('NFC');
  if (GROUP_UNITS.has(unit)) return true;
  return unit === 'xe' && OPERATION_VEHICLE.test((m.label ?? '').normalize('NFC'));
}

/** The header of the groups column a measure is taken against; undefined for people/households/an amount. */
export function baseColumnOf(m: MeasureOf): string | undefined {
  return m.of === 'people' || m.of === 'households' || isAmount(m) ? undefined : m.of;
}

/** What a target is called, said before its figure: "chỉ tiêu 25 người", "dự kiến 120 kg". */
export type TargetWord = 'chỉ tiêu' | 'dự kiến' | 'kế hoạch';

/** An estimate's or a plan's words inside a header: "Khối lượng dự kiến (kg)", "Số hộ theo kế hoạch". */
const AIM_WORDS = /\s*(?:theo\s+)?(dự\s+kiến|kế\s+hoạch)(?![\p{L}\p{M}]).*$/iu;

/**
 * What the base is when it is a target the group was given, not a count of what it has: a column
 * whose header begins "Chỉ tiêu" ("Chỉ tiêu (người)", a blood-donation day's quota per khu phố;
 * qa19 finding 4), or one that says it is an estimate or a plan ("Khối lượng dự kiến (kg)", "Số
 * hộ theo kế hoạch"; qa20 finding 9: going over an estimate of rubbish collected was refused as
 * "too high"). Going over it is good news: no "above" question, no "*", "vượt chỉ tiêu" / "vượt
 * dự kiến" in the report; the rate is "đạt … chỉ tiêu". Undefined for a count.
 */
export function targetWord(m: MeasureOf): TargetWord | undefined {
  const column = baseColumnOf(m);
  if (column === undefined) return undefined;
  if (/^chi tieu(?:\s|\(|$)/u.test(normaliseHeader(column))) return 'chỉ tiêu';
  const aim = AIM_WORDS.exec(column.normalize('NFC'))?.[1];
  if (aim === undefined) return undefined;
  return normaliseHeader(aim) === 'du kien' ? 'dự kiến' : 'kế hoạch';
}

/**
 * Whether the measure counts people who sign up against a quota ("Chỉ tiêu (người)"): its groups
 * keep a sign-up list, not a household sheet (model/context.ts tallyOf `signUp`).
 */
export const signsUp = (m: MeasureOf): boolean =>
  targetWord(m) === 'chỉ tiêu' && countedOf(m).kind === 'people';

/** Whether the base is a target, an estimate or a plan (`targetWord`): no upper bound. */
export const isTarget = (m: MeasureOf): boolean => targetWord(m) !== undefined;

/**
 * What the groups a rate counts have, named as every results surface names it ("các tổ có chỉ
 * tiêu", "các tổ có số cử tri"): a target's word, else "số" and the base's unit.
 */
export const baseName = (m: MeasureOf): string => {
  const word = targetWord(m);
  if (word !== undefined) return word;
  // A sum or an amount is not counted: "Kinh phí (đồng)" is named "kinh phí", not "số đồng kinh
  // phí" nor "số kinh phí (đồng)" (qa25 F1).
  const measured = measuredColumn(m);
  if (measured) return lowerFirst(measured.before);
  return `số ${baseUnit(m)}`;
};

/** A base said after its figure, as a reader reads it: "75 chó", a target's "chỉ tiêu 25 người". */
export const baseSaid = (m: MeasureOf, figure: string) => {
  const word = targetWord(m);
  return `${word ? `${word} ` : ''}${figure} ${baseUnit(m)}`;
};

/** The cell of the group's column named `header` (as the office typed it, case and spaces aside). */
export function columnCell(group: Pick<Group, 'columns'>, header: string): string | undefined {
  const columns = group.columns ?? {};
  // "Số cử tri" over "Tổng số | Trong đó: nữ" is its first column under it (headerNamed).
  const h = headerNamed(header, Object.keys(columns));
  return h === undefined ? undefined : columns[h];
}

/** A cell's count ("1.052", "1 052", "820"), as the list's own counts are read; else undefined. */
export const countOf = (cell: string | undefined) => parseCount((cell ?? '').trim()) ?? undefined;

/** The group's figure a measure's rate is taken against (undefined when the list has none). */
export function baseOf(
  group: Pick<Group, 'population' | 'households' | 'columns'>,
  m: MeasureOf,
): number | undefined {
  const column = baseColumnOf(m);
  if (column !== undefined) {
    const cell = columnCell(group, column);
    // A quantity's target or estimate may have decimals ("120,5" in "Chỉ tiêu (kg)"); a sum of
    // money is read as the leader's form and the results file read one ("4,28 triệu": qa57 p8).
    const money = baseMoneyScale(m);
    if (money !== undefined) return knownMoney(cell, money, isQuantity(m));
    return isQuantity(m) ? knownQuantity(cell) : knownCount(cell);
  }
  if (isAmount(m)) return undefined;
  // Children counted as people ("Số trẻ đăng ký học bơi | trẻ"): the list gives no count of
  // them, and its 620 residents are not they (review57b #3): no base, no rate, no rows for each.
  if (childrenCountedOf(m) !== undefined) return undefined;
  return m.of === 'people' ? group.population : group.households;
}

/**
 * Whether the base column counts what the group must do, not what it has: its header says "phải"
 * or "cần" ("Số hộ phải sơ tán", "Số người cần tiêm") or "thuộc diện" ("Số trẻ thuộc diện tiêm").
 *
 * Which 0s are real (qa21 #7): a count of what a group has — its population, households,
 * voters, pupils — is never 0 for a group that exists, so a 0 there is what an Excel list shows
 * for "not counted yet", and is taken as not known (knownCount). A count of what the group must
 * do is the office's share of a task, and a 0 is a true answer: nothing to do there (no household
 * of the tổ has to be evacuated). Either way a 0 gives no rate, and the results say it as the
 * list gives it (zeroBase: "1 tổ có 0 cử tri"); a due column's 0 is said as such ("không có hộ
 * phải sơ tán": the report, the warnings), never as a figure the list lacks.
 */
export function countsWhatIsDue(m: MeasureOf): boolean {
  const column = baseColumnOf(m);
  if (column === undefined || isTarget(m)) return false;
  return /(?:^|\s)(?:phải|cần|thuộc\s+diện)(?=\s|$)/u.test(textKey(column));
}

/**
 * Whether the measure counts people the office singled out by name for the task, whom the leader
 * lists (qa56 M2: "Số công dân đã khám | Số công dân gọi khám", 9 young men of Tổ 1's 210
 * households, printed on an 11-page household sheet): a count of people against a column of its
 * own, neither a target nor the population, whose header says they are due ("Số người cần
 * tiêm", countsWhatIsDue) or called ("gọi khám", "gọi nhập ngũ", "triệu tập"). A column of who
 * the group simply has ("Số cử tri", "Số học sinh") keeps its household rows, each household
 * writing how many of its own. README (Documents › tracker) says the rule.
 */
export function listsPeople(m: MeasureOf): boolean {
  const column = baseColumnOf(m);
  if (column === undefined || isTarget(m) || countedOf(m).kind !== 'people') return false;
  return countsWhatIsDue(m) || /(?:^|\s)(?:gọi|triệu\s+tập)(?=\s|$)/u.test(textKey(column));
}

/** The group has nothing to do for `m`: its due column (countsWhatIsDue) holds 0. */
export function nothingDue(group: Pick<Group, 'columns'>, m: MeasureOf): boolean {
  const column = baseColumnOf(m);
  return column !== undefined && countsWhatIsDue(m) && countOf(columnCell(group, column)) === 0;
}

/**
 * The list writes 0 in the column the group's rate is taken against: a target of 0 ("Chỉ tiêu
 * (người)" = 0), a count of what is due ("Số trẻ cần tiêm" = 0: nothingDue), or a count of what
 * the group has ("Số cử tri" = 0). No base to rate against (no rate, no rank, its figure left
 * out of the rate as a group with no base's is), yet the list does give a figure, so every
 * results surface says it apart ("2 tổ có chỉ tiêu bằng 0", "1 ấp có 0 trẻ cần tiêm"), as check
 * and build do, never as a figure the list lacks ("chưa có …": an empty cell). People and
 * households: the list's "Số nhân khẩu" or "Số hộ" cell holds 0 (Group.zeroCells: read as no
 * base at load, said "1 tổ có 0 hộ", as a count column's 0 is).
 */
export function zeroBase(group: Pick<Group, 'columns' | 'zeroCells'>, m: MeasureOf): boolean {
  const column = baseColumnOf(m);
  if (isAmount(m)) return false;
  if (column === undefined) {
    return (group.zeroCells ?? []).includes(m.of === 'people' ? 'population' : 'households');
  }
  const text = (columnCell(group, column) ?? '').trim();
  if (text === '') return false;
  if (countOf(text) === 0) return true;
  if (!isTarget(m) && !isQuantity(m)) return false;
  const read = readFigureText(text, true);
  return !('problem' in read) && read.value === 0;
}

/**
 * A base cell's count, 0 taken as not known: what an Excel list often shows for "not counted
 * yet", as a 0 in the list's households or population is (load/groups/rows.ts known): no rate,
 * no "above" question, warned at check (output/measure-bases.ts).
 */
export function knownCount(cell: string | undefined): number | undefined {
  const n = countOf(cell);
  return n === 0 ? undefined : n;
}

/**
 * A quantity's base cell ("120,5", "1.234,5", "120"): read as a quantity's figure is typed the
 * Vietnamese way (results/figure-text.ts), two decimals at most; 0 taken as not known, as
 * knownCount's. A dot before other than three digits ("120.5") is not guessed at in the groups
 * file: the cell is said to hold no figure (output/measure-bases.ts), with what it holds.
 */
export function knownQuantity(cell: string | undefined): number | undefined {
  const text = (cell ?? '').trim();
  if (text === '') return undefined;
  const read = readFigureText(text, true);
  if ('problem' in read || read.dotDecimal || read.value === 0) return undefined;
  return read.value;
}

/**
 * How many đồng a unit of a money measure's base column is: its own bracket's ("Số tiền phải thu
 * (triệu đồng)"), else the measure's; undefined for a measure of no money.
 */
export function baseMoneyScale(m: MeasureOf): number | undefined {
  const column = baseColumnOf(m);
  if (column === undefined || !isMoney(m)) return undefined;
  const own = bracketUnit(column);
  return (own === undefined ? undefined : MONEY_UNITS.get(own)) ?? moneyScaleOf(m);
}

/**
 * A money base cell ("380.000", "380.000 đ", "4,28 triệu") in units of `scale` đồng, read by the
 * one money reader the leader's form and the results file use (results/figure-text.ts
 * readMoneyText); `quantity`: whether the unit takes decimals (triệu đồng; đồng do not). 0 taken
 * as not known, as knownQuantity's.
 */
export function knownMoney(
  cell: string | undefined,
  scale: number,
  quantity: boolean,
): number | undefined {
  const text = (cell ?? '').trim();
  if (text === '') return undefined;
  const read = readMoneyText(text, scale, quantity);
  if ('problem' in read || read.dotDecimal || read.value === 0) return undefined;
  return read.value;
}

/**
 * A count cell holding a decimal number ("120,5", "1.234,5", "120.5"): no count, and said as
 * such when its measure counts (output/measure-bases.ts), not as a cell holding no number.
 */
export const isDecimalCell = (cell: string | undefined): boolean => {
  const text = (cell ?? '').trim();
  if (text === '' || countOf(text) !== undefined) return false;
  const read = readFigureText(text, true);
  return !('problem' in read) && !Number.isInteger(read.value);
};

/**
 * The words of a count column that name people, each the start of what the column counts after
 * its "Số" ("Số học sinh", "Số người từ 14 tuổi trở lên", "Số cử tri"): a measure taken against
 * such a column counts people (a household's row takes how many of its people did a step). A
 * column whose words start with a household word ("Số hộ vùng trũng", "Số hộ kinh doanh") counts
 * households (a row is ticked "x"); any other ("Số chó", "Số con mèo") counts what it names, the
 * word said on both sides of the tracking sheet's rate line ("……… chó / 75 chó"). README
 * (Measures) lists them.
 */
export const PERSON_NOUNS = [
  'người',
  'lượt người',
  'nhân khẩu',
  'khẩu',
  'dân',
  'cư dân',
  'cử tri',
  'công dân',
  'học sinh',
  'sinh viên',
  'học viên',
  'trẻ',
  'trẻ em',
  'trẻ gái',
  'trẻ em gái',
  'cháu',
  'thanh niên',
  'thiếu niên',
  'thiếu nhi',
  'đoàn viên',
  'hội viên',
  'đảng viên',
  'thành viên',
  'tình nguyện viên',
  'lao động',
  'công nhân',
  'nhân viên',
  'cán bộ',
  'công chức',
  'viên chức',
  'giáo viên',
  'phụ huynh',
  'phụ nữ',
  'bà mẹ',
  'nam',
  'nữ',
  'cụ',
  'thí sinh',
  'bệnh nhân',
  'sản phụ',
  'thai phụ',
  'cựu chiến binh',
  'quân nhân',
] as const;

/**
 * Units of two words a count is said in that the product knows (qa58 M5: "Số ý kiến góp ý | ý
 * kiến"), besides the money, quantity and count units: any other two words taken as a unit of
 * their own may be a column the list lacks or a misspelt one ("phụ nũ", review58a #3), so the
 * build says so (output/measure-bases.ts guessedUnitNotes).
 */
const TWO_WORD_UNITS: ReadonlySet<string> = new Set(
  ['ý kiến', 'kiến nghị', 'góp ý', 'phản ánh', 'câu hỏi', 'lượt xem', 'lượt truy cập'].map((u) =>
    u.normalize('NFC'),
  ),
);

/**
 * Whether `of` is taken as a unit of two words the product does not know ("phụ nũ", "bà con"):
 * read as a plain amount with no rate, where the office may have meant a column of the list.
 */
export function isGuessedUnit(of: string | undefined): boolean {
  if (!isOwnUnit(of) || typeof of !== 'string') return false;
  const unit = of.normalize('NFC');
  return (
    unit.includes(' ') &&
    !TWO_WORD_UNITS.has(unit) &&
    !QUANTITY_UNITS.has(unit) &&
    !MONEY_UNITS.has(unit) &&
    !COUNT_UNITS.has(unit)
  );
}

/**
 * The person nouns that name children (qa54 p3): a sign-up sheet of a measure counting them
 * ("Chỉ tiêu (trẻ)", a vaccination) lists children — their name, date of birth and parent — not
 * adults who put their own names down. The leader's figure may say any of them ("38 cháu").
 */
export const CHILD_NOUNS: readonly string[] = ['trẻ', 'trẻ em', 'trẻ gái', 'trẻ em gái', 'cháu'];

/**
 * Whether words begin with a people or households noun ("hộ nghèo", "người cao tuổi", "học
 * sinh"): a kind of the list's people or households, counted in a column of its own.
 */
const namesPeopleOrHouseholds = (words: string): boolean =>
  [...PERSON_NOUNS, ...HOUSEHOLD_NOUNS].some((n) => words === n || words.startsWith(`${n} `));

/**
 * The people nouns that are everyone of the list ("người", "nhân khẩu", "cư dân"): with no
 * column of their own their base is the list's population. Any other ("phụ nữ", "trẻ", "cử
 * tri") is some of them: with no column counting it, it is rated against nothing (closing56: a
 * women's screening was rated against every resident, men and children too).
 */
const EVERYONE = ['người', 'lượt người', 'nhân khẩu', 'khẩu', 'dân', 'cư dân', 'công dân'];

/** Whether a people noun counts everyone of the list (EVERYONE). */
export const isEveryone = (of: string): boolean => EVERYONE.includes(textKey(of));

/** Whether an `of` is a people noun ("trẻ", "công dân", "học sinh"): PERSON_NOUNS. */
export const isPersonNoun = (of: string | undefined): boolean =>
  typeof of === 'string' && (PERSON_NOUNS as readonly string[]).includes(textKey(of));

/**
 * The children a count of people says it counts ("Số trẻ đăng ký học bơi | trẻ", read as people:
 * load/measure-of.ts) → "trẻ"; undefined for any other measure. Its sheet lists the children.
 */
export const childrenCountedOf = (m: MeasureOf): string | undefined =>
  m.of === 'people' ? leadingNoun(unitWords(m.label ?? ''), CHILD_NOUNS) : undefined;

/** The words of a count column that name households: "Số hộ …", "Số chủ hộ", "Số gia đình". */
export const HOUSEHOLD_NOUNS = ['hộ', 'hộ gia đình', 'hộ dân', 'chủ hộ', 'gia đình'] as const;

/** The words that count things in Vietnamese: "Số chó (con)" is counted in "con chó". */
const CLASSIFIERS: readonly string[] = ['con', 'cái', 'chiếc'];

/** Words a bracket at the end of a header gives as its unit: "Chỉ tiêu (người)". */
const BRACKET_UNITS: readonly string[] = [...PERSON_NOUNS, ...HOUSEHOLD_NOUNS, ...CLASSIFIERS];

/** Whether a bracket's word is a count's (people, households, a classifier), not a unit of its own. */
export const countsIn = (unit: string): boolean =>
  BRACKET_UNITS.includes(unit.normalize('NFC').toLocaleLowerCase('vi'));

/** What a measure counts: people, households, or another thing (a column's: dogs). */
export type CountedKind = 'people' | 'households' | 'things';

export interface Counted {
  kind: CountedKind;
  /**
   * The word a figure is said with ("……… học sinh / 210 học sinh"): "người", "hộ", the person
   * noun a column starts with ("cử tri", "học sinh"), or, for things, the column's unit ("chó").
   */
  noun: string;
}

/** The longest of `nouns` that `words` begins with, as a whole word; undefined when none. */
function leadingNoun(words: string, nouns: readonly string[]): string | undefined {
  const w = textKey(words);
  return [...nouns]
    .sort((a, b) => b.length - a.length)
    .find((n) => w === n || (w.startsWith(n) && /^[\s(,;:-]/u.test(w.slice(n.length))));
}

/** What the measure counts, and the word its figure is said with. */
export function countedOf(m: MeasureOf): Counted {
  if (isAmount(m)) return { kind: 'things', noun: amountUnitOf(m) ?? 'đồng' };
  if (baseColumnOf(m) === undefined) {
    return m.of === 'people'
      ? { kind: 'people', noun: 'người' }
      : { kind: 'households', noun: 'hộ' };
  }
  // A sum or an amount is said in its unit: "……… đồng / 9.000.000 đồng kinh phí".
  const measured = measuredColumn(m);
  if (measured) return { kind: 'things', noun: measured.unit };
  const unit = baseUnit(m);
  if (leadingNoun(unit, HOUSEHOLD_NOUNS)) return { kind: 'households', noun: 'hộ' };
  const person = leadingNoun(unit, PERSON_NOUNS);
  if (person) return { kind: 'people', noun: person };
  return { kind: 'things', noun: unit };
}

/** A label's or header's counting words before what it counts: "Số", "Tổng số", "Số lượng". */
export const COUNT_WORDS = /^(?:tổng\s+)?số(?:\s+lượng)?\s+/iu;

/** "Số chó" → "chó": a header less its "Số"/"Tổng số"/"Số lượng", as a unit is written. */
function unitWords(header: string): string {
  const words = header.trim().replace(COUNT_WORDS, '').trim();
  if (!words) return header.trim();
  return lowerFirst(words);
}

/**
 * A target's unit: the word in its column's bracket ("Chỉ tiêu (lượt)" → "lượt", "Khối lượng dự
 * kiến (kg)" → "kg"), else an estimate's words before its "dự kiến", else the noun
 * its measure's label counts ("Số người đăng ký hiến máu" → "người"), else people: "Chỉ tiêu" is
 * no unit ("……… chỉ tiêu / chỉ tiêu 25 chỉ tiêu", the session's review).
 */
function targetUnit(column: string, label = ''): string {
  const inside = remarkWords(column);
  if (inside) return textKey(inside);
  // An estimate's own words before "dự kiến" ("Số chó dự kiến" → "chó"); "Chỉ tiêu" has none.
  const before = column.normalize('NFC').replace(AIM_WORDS, '').trim();
  if (before && before !== column.normalize('NFC').trim() && !/^chỉ\s+tiêu/iu.test(before))
    return unitWords(before);
  const words = unitWords(label);
  return leadingNoun(words, HOUSEHOLD_NOUNS) ?? leadingNoun(words, PERSON_NOUNS) ?? 'người';
}

/**
 * What the base counts, after a figure ("820 cử tri"): "nhân khẩu", "hộ", or the column's header
 * less its "Số"/"Tổng số" ("Số cử tri" → "cử tri", "Số người từ 14 tuổi" → "người từ 14 tuổi").
 * A header ending in a bracketed unit word is counted in it: "Chỉ tiêu (người)" → "người", "Số
 * chó (con)" → "con chó"; a header whose own words already say it keeps them ("Số hộ nghèo (hộ)"
 * → "hộ nghèo", "Số học sinh (người)" → "học sinh").
 */
export function baseUnit(m: MeasureOf): string {
  const column = baseColumnOf(m);
  if (isAmount(m)) return amountUnitOf(m) ?? 'đồng';
  if (column === undefined) return m.of === 'people' ? 'nhân khẩu' : 'hộ';
  if (isTarget(m)) return targetUnit(column, m.label);
  const measured = measuredColumn(m);
  if (measured) {
    // "Kinh phí (đồng)" → "đồng kinh phí", "Diện tích (m2)" → "m2 diện tích", "Số tiền được
    // phân bổ (đồng)" → "đồng được phân bổ": the unit first, as a sum is said (qa25 F1).
    const words = unitWords(measured.before).replace(/^tiền(?:\s+|$)/u, '');
    return words ? `${measured.unit} ${words}` : measured.unit;
  }
  const bracket = finalRemark(column);
  const inside = bracket ? textKey(bracket.inside) : '';
  if (bracket && BRACKET_UNITS.includes(inside)) {
    const before = unitWords(bracket.before);
    if (CLASSIFIERS.includes(inside)) {
      return leadingNoun(before, [inside]) ? before : `${inside} ${before}`;
    }
    const alike = (PERSON_NOUNS as readonly string[]).includes(inside)
      ? PERSON_NOUNS
      : HOUSEHOLD_NOUNS;
    return leadingNoun(before, alike) ? before : inside;
  }
  return unitWords(column);
}

/**
 * What the reported figure counts, after it ("48 trẻ đã được tiêm"): the measure's label less its
 * "Số"/"Tổng số" ("Số trẻ đã được tiêm" → "trẻ đã được tiêm"), not its base's noun (qa24 F1: "toàn
 * phường: 48 trẻ cần tiêm" for 48 children vaccinated). A target's, an estimate's or a quantity's
 * figure is in its unit ("đồng", "người", "kg"), as its base is; a label that is no "Số …" ("Tham
 * gia") keeps the base's noun. A bracket at the label's end is
 * its unit, not part of the noun ("Số chó đã tiêm (con)" → "chó đã tiêm").
 */
export function reportedUnit(m: MeasureOf): string {
  const quantity = quantityUnitOf(m) ?? moneyUnitOf(m);
  if (isTarget(m) || quantity !== undefined) return quantity ?? baseUnit(m);
  const label = (m.label ?? '').normalize('NFC').replace(/\s+/gu, ' ').trim();
  const words = finalRemark(label)?.before.trim() || label;
  if (!COUNT_WORDS.test(words) || !words.replace(COUNT_WORDS, '').trim()) return baseUnit(m);
  return unitWords(words);
}

/**
 * Units a figure is measured in rather than counted: a weight, a volume, a length, an area, a sum
 * of money in thousands or millions of đồng. Such a measure's figures may have a decimal part
 * ("95,5 kg", "1,5 triệu đồng"; results/figure-text.ts), two decimals at most; every other
 * measure counts people, households or things, whose figures are whole numbers.
 */
const QUANTITY_UNITS = new Set(
  [
    'kg',
    'g',
    'gam',
    'ki-lô-gam',
    'kilôgam',
    'kilogam',
    'lạng',
    'tạ',
    'tấn',
    'yến',
    'lít',
    'l',
    'ml',
    'm',
    'mét',
    'cm',
    'km',
    'm2',
    'm²',
    'mét vuông',
    'm3',
    'm³',
    'mét khối',
    'ha',
    'héc-ta',
    'hecta',
    'nghìn đồng',
    'ngàn đồng',
    'triệu đồng',
    'tỷ đồng',
    'tỉ đồng',
    'triệu',
    'tỷ',
    'tỉ',
  ].map((u) => u.normalize('NFC')),
);

/** The unit in a bracket at the end of a text: "Khối lượng rác thu gom (kg)" → "kg". */
const bracketUnit = (text: string) =>
  remarkWords(text.normalize('NFC'))?.toLocaleLowerCase('vi').replace(/\s+/gu, ' ');

/**
 * The quantity unit a measure's label or base column gives ("Khối lượng rác thu gom (kg)" → "kg",
 * "Số tiền ủng hộ (triệu đồng)" → "triệu đồng"); undefined for a count.
 */
export function quantityUnitOf(m: MeasureOf): string | undefined {
  // A measure's own unit ("| kg") before its label's bracket: the figures are in what it says.
  const own = isOwnUnit(m.of) ? m.of.normalize('NFC') : undefined;
  return [own, bracketUnit(m.label ?? ''), bracketUnit(baseColumnOf(m) ?? '')].find(
    (u) => u !== undefined && QUANTITY_UNITS.has(u),
  );
}

/** Whether the measure's figures are a quantity (may have decimals), not a count. */
export const isQuantity = (m: MeasureOf): boolean => quantityUnitOf(m) !== undefined;

/**
 * Money units, and how many đồng each is: a measure counted in đồng ("Số tiền đã vận động
 * (đồng)", "Chỉ tiêu (đồng)": whole đồng, a count) or in thousands, millions, billions of đồng
 * (a quantity: "1,5 triệu đồng").
 */
const MONEY_UNITS: ReadonlyMap<string, number> = new Map(
  (
    [
      ['đồng', 1],
      ['vnđ', 1],
      ['vnd', 1],
      ['đ', 1],
      ['nghìn đồng', 1e3],
      ['ngàn đồng', 1e3],
      ['triệu đồng', 1e6],
      ['triệu', 1e6],
      ['tỷ đồng', 1e9],
      ['tỉ đồng', 1e9],
      ['tỷ', 1e9],
      ['tỉ', 1e9],
    ] as const
  ).map(([u, n]) => [u.normalize('NFC'), n]),
);

/**
 * How many đồng one unit of the measure's figures is, when it counts money: 1 for "(đồng)",
 * 1.000.000 for "(triệu đồng)"; undefined for any other measure. Read from the bracket of its
 * label or of its base column (a target's "Chỉ tiêu (đồng)").
 */
export function moneyScaleOf(m: MeasureOf): number | undefined {
  // A plain amount in its own unit is money only when the unit is ("| triệu đồng"), not "| kg".
  if (isOwnUnit(m.of)) return MONEY_UNITS.get(m.of.normalize('NFC'));
  for (const u of [bracketUnit(m.label ?? ''), bracketUnit(baseColumnOf(m) ?? '')]) {
    const scale = u === undefined ? undefined : MONEY_UNITS.get(u);
    if (scale !== undefined) return scale;
  }
  // `of: đồng` under a label without its unit ("Tiền ủng hộ quỹ"): a sum in đồng.
  return m.of === AMOUNT ? 1 : undefined;
}

/**
 * The money unit a measure's figures are said in ("đồng", "triệu đồng"): a sum in đồng is said
 * "đồng" however its bracket writes it ("(VNĐ)", "(đ)"); undefined for any other measure.
 */
export function moneyUnitOf(m: MeasureOf): string | undefined {
  const own = isOwnUnit(m.of) ? [m.of.normalize('NFC')] : [];
  for (const u of [...own, bracketUnit(m.label ?? ''), bracketUnit(baseColumnOf(m) ?? '')]) {
    const scale = u === undefined ? undefined : MONEY_UNITS.get(u);
    if (u !== undefined && scale !== undefined) return scale === 1 ? 'đồng' : u;
    // "| kg" under "Tiền … (đồng)": the unit the office wrote after the "|" is the figures'.
    if (own.length > 0) return undefined;
  }
  return m.of === AMOUNT ? 'đồng' : undefined;
}

/**
 * A base column that measures rather than counts, its unit in the bracket at its end: a sum of
 * money ("Kinh phí (đồng)", "Số tiền được phân bổ (triệu đồng)") or an amount ("Diện tích (m2)",
 * "Khối lượng (kg)"). Its unit is said after a figure and its words are the base's name:
 * "20.500.000 đồng kinh phí", "các thôn có kinh phí"; never "kinh phí (đồng)" as a noun (qa25
 * F1). Undefined for people, households, a target and a count column.
 */
export function measuredColumn(m: MeasureOf): { unit: string; before: string } | undefined {
  const column = baseColumnOf(m);
  if (column === undefined || isTarget(m)) return undefined;
  const bracket = finalRemark(column.normalize('NFC'));
  if (!bracket?.before) return undefined;
  const inside = textKey(bracket.inside);
  const scale = MONEY_UNITS.get(inside);
  if (scale !== undefined) return { unit: scale === 1 ? 'đồng' : inside, before: bracket.before };
  return QUANTITY_UNITS.has(inside) ? { unit: inside, before: bracket.before } : undefined;
}

/**
 * A header's words as said inside a sentence: the header's capital is the header's, not the
 * unit's; an acronym ("CCCD") keeps its case.
 */
function lowerFirst(words: string): string {
  const [first = '', second = ''] = [...words];
  return second && second === second.toLocaleUpperCase('vi') && /\p{Lu}/u.test(second)
    ? words
    : first.toLocaleLowerCase('vi') + words.slice(first.length);
}

/**
 * A measure's label where its rate is named ("tỷ lệ số tiền đã vận động", "Biểu đồ tỷ lệ …"): a
 * rate has no unit, so a unit in the bracket at the label's end ("(đồng)", "(kg)", "(người)")
 * is left out; a bracket that is no unit ("(Smart Hải Phòng)") is kept.
 */
export function rateLabel(m: Pick<MeasureOf, 'label'>): string {
  const label = (m.label ?? '').trim();
  const bracket = finalRemark(label.normalize('NFC'));
  if (!bracket?.before) return label;
  const inside = textKey(bracket.inside);
  const unit =
    QUANTITY_UNITS.has(inside) ||
    MONEY_UNITS.has(inside) ||
    COUNT_UNITS.has(inside) ||
    countsIn(inside);
  return unit ? bracket.before.trimEnd() : label;
}

/** Whether the measure's figures are sums of money (moneyScaleOf). */
export const isMoney = (m: MeasureOf): boolean => moneyScaleOf(m) !== undefined;

/**
 * Studio: what a copied campaign still says of the campaign it was copied from (qa24 F3: a
 * charity drive copied from a vaccination drive printed "Cần mang theo: Sổ tiêm chủng của trẻ").
 * At the copy, each of the campaign's own fields that holds something is remembered with its
 * text (COPY_REVIEW_FILE); it stays "to review" until a save changes it or the office ticks
 * "Giữ như cũ" for it. The ward's own fields (who issues and signs, the ward's name, the kind of
 * document, the logo, the groups column to total by) are the same for every campaign and are
 * never listed; nor is the ward's standing text in the others (`standingLine`, `standingOffice`:
 * "Kính gửi" and "Nơi nhận" lines naming the ward's own bodies, the committee's office to ask
 * and its phone). What is listed is the campaign's own: its title, subject, body, dates, slogan,
 * actions, links, measures, things to bring, contest, app, and any other recipient.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { UNITS } from '../load/unit-words.js';
import { writeFileAtomic } from '../output/atomic-write.js';
import { FIELDS, type FieldDef, fieldName, formValues, SECTIONS } from './campaign-fields.js';

/**
 * A copied campaign's fields that still hold the earlier campaign's own content, with what they
 * said when copied: the edit page and the build tab list them until each is changed or kept
 * knowingly. Of this copy only: another copy makes its own.
 */
export const COPY_REVIEW_FILE = 'studio-copy-review.json';

/** The fields that belong to the ward, not to one campaign: a copy keeps them as they are. */
export const WARD_FIELDS: readonly string[] = [
  'issuer.parent',
  'issuer.name',
  'issuer.ward',
  'issuer.place',
  'issuer.group_term',
  'notice.symbol',
  'notice.type',
  'notice.undated',
  'notice.signer.lines',
  'notice.signer.name',
  'assets.logo',
  'assets.logo_on_qr',
  'totals_by',
];

/** The parts whose fields are listed as one item (a contest has up to 19 fields). */
const GROUPED: Record<string, string> = {
  contest: 'Cuộc thi',
  app: 'Ứng dụng',
  payment: 'Chuyển khoản',
};
/** A contest's dates are the event's own: each its own item. */
const OWN_ITEMS = new Set(['contest.starts', 'contest.ends']);
const ITEM_LABELS: Record<string, string> = {
  'contest.starts': 'Ngày bắt đầu cuộc thi',
  'contest.ends': 'Ngày kết thúc cuộc thi',
};

/** The fields a copy carries of the earlier campaign's own content. */
export const CAMPAIGN_FIELDS: readonly FieldDef[] = FIELDS.filter(
  (d) => !WARD_FIELDS.includes(fieldName(d)),
);

/** The item a field is listed under: its own, or its part's (the contest, the app). */
function itemOf(name: string): string {
  if (OWN_ITEMS.has(name)) return name;
  const section = SECTIONS.find((s) => s.fields.some((d) => fieldName(d) === name));
  return section?.optionalKey && GROUPED[section.optionalKey] ? section.optionalKey : name;
}

/**
 * The ward's standing text is told by a fixed rule, not by what the ward's other campaigns hold
 * (a ward whose first campaign is copied has none to compare with). A line of "Kính gửi" or "Nơi
 * nhận" is standing when it is addressed to each group by its placeholder ("{{group.name}}"), or
 * when the whole line has one of the shapes of the ward's own addressees (`STANDING`): "Như
 * trên", "Lưu: VT…", the Party committee, the People's Council and Committee (its Chủ tịch, PCT,
 * offices), the Fatherland Front and its member organisations, the ward's police and military
 * command, its offices and units as a whole, the ward's groups ("Các tổ dân phố trên địa bàn
 * phường", "Trưởng các thôn"), everyone "trên địa bàn" of the ward ("Các cơ quan, tổ chức, doanh
 * nghiệp…", "Nhân dân…"). The schools, the clinics — a sector a campaign is about — are its own
 * partners however they are named: "Các trường học trên địa bàn phường" and "Ban Giám hiệu các
 * trường học trên địa bàn phường" alike (a Tết gifts plan copied from a helmet drive for
 * schoolchildren would print the schools' line unasked if it named their boards). A shape is matched against the whole
 * line, word by word, so a line that only contains such a word ("Trường Mầm non Hoa Sen thôn 3",
 * "(bản điện tử)", "Báo Công an Nhân dân") is the campaign's. Lines are compared lower-cased,
 * both spellings of "ủy/uỷ", "hóa/hoá", any dash as "-", without the leading "- " and the
 * closing ";" or ".".
 */
/** The committee's own offices, which answer for every campaign. */
const COMMITTEE_OFFICE = `văn phòng (?:hđnd và ubnd|hđnd - ubnd|ubnd|hội đồng nhân dân và ủy ban nhân dân)|phòng văn hóa - xã hội|phòng kinh tế(?:,? hạ tầng (?:và|&) đô thị)?|bộ phận (?:một cửa|tiếp nhận và trả kết quả)`;
/** The ward, as a line ends: "phường", "xã Tân Định", "phường 7" (no "và"/"các" in its name). */
const W = String.raw`(?:phường|xã|thị trấn|đặc khu)(?: (?!(?:và|các|cùng|với)(?!\p{L}))[\p{L}\d]+){0,4}`;
/** The ward's groups, by any of their names (load/unit-words.ts; "tổ" alone is no group's name). */
const GROUP = `(?:${UNITS.filter((u) => !u.noHeader)
  .flatMap((u) => (u.short ? [u.word, u.short.toLowerCase()] : [u.word]))
  .sort((a, b) => b.length - a.length)
  .join('|')})`;
const shape = (s: string) => new RegExp(`^(?:${s})$`, 'u');
const STANDING: readonly RegExp[] = [
  shape('như trên'),
  shape(`lưu:? ?(?:vt|văn thư)(?:[, ].*)?`),
  shape(`(?:(?:ban )?thường trực |ban thường vụ |ban chấp hành |bch )?đảng ủy(?: ${W})?`),
  shape(`(?:bí thư )?các chi bộ(?: trực thuộc)?(?: ${GROUP})?(?: (?:thuộc |trên địa bàn )?${W})?`),
  shape(`(?:thường trực |tt )?(?:hội đồng nhân dân|hđnd)(?: ${W})?`),
  shape(`(?:ủy ban nhân dân|ubnd)(?: ${W})?`),
  shape(
    String.raw`(?:(?:đ\/c )?(?:các )?(?:chủ tịch|ct|phó chủ tịch|pct)(?:,| và|, các|,? và các)? )+(?:ủy ban nhân dân|ubnd|hội đồng nhân dân|hđnd|(?:ủy ban |ub)?mttq(?:vn)?)(?: ${W})?`,
  ),
  shape(
    `(?:ban thường trực |thường trực )?(?:ủy ban |ub)?(?:mttq(?:vn)?|mặt trận tổ quốc(?: việt nam)?)(?: ${W})?(?:,? và các (?:tổ chức thành viên|đoàn thể(?: chính trị - xã hội)?))?`,
  ),
  shape(
    `(?:ban chấp hành |thường trực )?(?:đoàn thanh niên(?: cộng sản hồ chí minh)?|đoàn tncs hồ chí minh|hội liên hiệp phụ nữ|hội lhpn|hội phụ nữ|hội cựu chiến binh|hội ccb|hội nông dân|hội người cao tuổi) ${W}`,
  ),
  shape(
    `các (?:tổ chức chính trị - xã hội|đoàn thể(?: chính trị - xã hội)?|hội,? đoàn thể)(?: (?:thuộc |của )?${W})?`,
  ),
  shape(
    `(?:công an|ban chỉ huy quân sự|bch quân sự|bchqs)(?: ${W})?(?:(?:,| và|, ) ?(?:công an|ban chỉ huy quân sự|bch quân sự|bchqs)(?: ${W})?)?`,
  ),
  shape(
    `các (?:cơ quan chuyên môn|phòng chuyên môn|đơn vị sự nghiệp|ban, ngành|phòng, ban)(?:(?:,| và|,? và) (?:cơ quan chuyên môn|đơn vị sự nghiệp|phòng chuyên môn|ban, ngành|đoàn thể))*(?: (?:thuộc|trực thuộc|của) (?:ubnd |ủy ban nhân dân )?${W}| ${W})?`,
  ),
  shape(`(?:${COMMITTEE_OFFICE})(?: (?:thuộc |của )?(?:ubnd )?${W})?`),
  shape(
    `(?:ban điều hành |bí thư chi bộ,? |(?:các )?(?:tổ trưởng|trưởng|ban điều hành)(?: các)? )?(?:các )?${GROUP}(?: (?:trên địa bàn|thuộc) ${W}| ${W})?`,
  ),
  shape(
    `(?:toàn thể )?(?:các cơ quan,(?: đơn vị,)? tổ chức(?:,? (?:và )?doanh nghiệp)?(?: đóng trụ sở)?|các cơ quan, đơn vị|nhân dân|cán bộ và nhân dân|các hộ gia đình|các hộ dân) trên địa bàn ${W}`,
  ),
];

/** A line as its shape is matched: see STANDING. */
const said = (line: string) =>
  line
    .normalize('NFC')
    .toLowerCase()
    .replace(/uỷ/gu, 'ủy')
    .replace(/hoá/gu, 'hóa')
    .replace(/\s*[-–—]\s*/gu, ' - ')
    .replace(/^[-–•+\s]+/u, '')
    .replace(/[\s;.,]+$/u, '')
    .replace(/\s+/gu, ' ');

/** A standing line of "Kính gửi" or "Nơi nhận" (the rule above). */
const standingLine = (name: string, line: string) => {
  if (name === 'notice.recipients' && line.includes('{{')) return true;
  const l = said(line);
  return STANDING.some((r) => r.test(l));
};

/**
 * The office to ask ("Bộ phận giải đáp") is the ward's standing contact only when it is one of the
 * committee's own offices ("Phòng Văn hoá - Xã hội", "Văn phòng HĐND và UBND", "Bộ phận một
 * cửa", the ward's "Phòng Kinh tế"); any other ("Trạm Y tế phường", "Phòng khám đa khoa…", "Phòng
 * Y tế quận 1", even the Front's standing committee) is the campaign's partner, listed.
 */
const OFFICE = shape(`(?:${COMMITTEE_OFFICE})(?: (?:thuộc |của )?(?:ubnd )?${W})?`);
const standingOffice = (office: string) => OFFICE.test(said(office));

/** A field's text as compared: lines trimmed, empty ones dropped. */
const plain = (value: string | undefined) =>
  (value ?? '')
    .normalize('NFC')
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);

/**
 * What of a field is the campaign's own: all of it; of Kính gửi and Nơi nhận the lines that are
 * not standing; of the office to ask, nothing when it is the committee's own office.
 */
export function ownLines(name: string, value: string | undefined): string[] {
  const lines = plain(value);
  if (name === 'notice.recipients' || name === 'notice.cc') {
    return lines.filter((l) => !standingLine(name, l));
  }
  if (name === 'issuer.office') return lines.filter((l) => !standingOffice(l));
  return lines;
}

/** As `ownLines`, of a form: the contact phone is the campaign's only with its office. */
function ownLinesIn(name: string, form: Record<string, string>): string[] {
  if (name === 'issuer.phone' && ownLines('issuer.office', form['issuer.office']).length === 0) {
    return [];
  }
  return ownLines(name, form[name]);
}

interface Review {
  /** The campaign copied from: its name then, and its folder. */
  from: string;
  fromSlug: string;
  /** Each field still to review, with its text when copied. */
  pending: Record<string, string>;
  /**
   * The earlier campaign's residents list, not carried (personal data: the office chose), by
   * its rows (0: not read): listed until the copy has a list of its own or the office ticks it
   * (qa59 M2).
   */
  rosters?: number;
  /**
   * The periods the earlier campaign's name, title and subject named ("tháng 01/2027": periodsIn
   * keys): a body that still names one the copy's title and subject no longer do is listed, even
   * once edited (qa59 p5: "thông báo thu phí … tháng 01/2027" under a February subject).
   */
  periods?: string[];
}

/**
 * The month, quarter or year a text names, by key ("m:1/2027", "q:1/2027", "y:2026"), each with
 * the words it is written in: "tháng 01/2027", "tháng 1 năm 2027", "quý I/2027", "năm 2026".
 */
export function periodsIn(text: string): Map<string, string> {
  const found = new Map<string, string>();
  const roman: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };
  const add = (key: string, words: string) => {
    if (!found.has(key)) found.set(key, words);
  };
  const t = text.normalize('NFC');
  for (const m of t.matchAll(/tháng\s+(\d{1,2})\s*(?:[/-]|\s+năm\s+)(\d{4})/giu))
    add(`m:${Number(m[1])}/${m[2]}`, m[0]);
  for (const m of t.matchAll(/quý\s+(IV|I{1,3}|[1-4])\s*(?:[/-]|\s+năm\s+)(\d{4})/giu))
    add(`q:${roman[(m[1] ?? '').toUpperCase()] ?? Number(m[1])}/${m[2]}`, m[0]);
  // A year alone: not the year of a month or quarter written above.
  for (const m of t.matchAll(/(?<!tháng\s+\d{1,2}\s+|quý\s+\S+\s+)năm\s+(\d{4})/giu))
    add(`y:${m[1]}`, m[0]);
  return found;
}

/** The item of the earlier campaign's residents list left behind (Review.rosters). */
export const ROSTERS_ITEM = 'rosters';

export interface CopyItem {
  /** What a "Giữ như cũ" tick sends: a field's name, or its part's key. */
  key: string;
  /** The fields of the item still holding the earlier campaign's text. */
  fields: string[];
  label: string;
  /** ROSTERS_ITEM's: the rows of the list left behind. */
  rows?: number;
  /** The body's: the earlier campaign's periods it still names, as written (Review.periods). */
  periods?: string[];
}

export interface CopyReview {
  from: string;
  fromSlug: string;
  items: CopyItem[];
}

const reviewFile = (folder: string) => join(folder, COPY_REVIEW_FILE);

async function readReview(folder: string): Promise<Review | undefined> {
  try {
    const r = JSON.parse(await readFile(reviewFile(folder), 'utf8')) as Review;
    return typeof r?.from === 'string' && r.pending && typeof r.pending === 'object'
      ? r
      : undefined;
  } catch {
    return undefined;
  }
}

async function writeReview(folder: string, r: Review): Promise<void> {
  if (Object.keys(r.pending).length === 0 && r.rosters === undefined && !r.periods?.length) {
    await rm(reviewFile(folder), { force: true });
    return;
  }
  await writeFileAtomic(reviewFile(folder), `${JSON.stringify(r, null, 1)}\n`);
}

/** At the copy: every campaign field that holds something of its own, with its text. */
export async function rememberCopy(
  folder: string,
  from: { name: string; slug: string },
  form: Record<string, string>,
  typed: readonly string[] = [],
  /** The rows of the earlier campaign's residents list, when not carried. */
  rostersLeft?: number,
): Promise<void> {
  const pending: Record<string, string> = {};
  for (const d of CAMPAIGN_FIELDS) {
    const name = fieldName(d);
    // A field the office typed when making the copy (its printed title) is its own already.
    if (typed.includes(name)) continue;
    if (ownLinesIn(name, form).length > 0) pending[name] = plain(form[name]).join('\n');
  }
  const periods = [...periodsIn([from.name, form.title, form['notice.subject']].join('\n')).keys()];
  await writeReview(folder, {
    from: from.name,
    fromSlug: from.slug,
    pending,
    ...(periods.length ? { periods } : {}),
    ...(rostersLeft !== undefined ? { rosters: rostersLeft } : {}),
  });
}

/**
 * The fields of `form` (the saved file's, or a form as typed) still as copied, in the form's
 * order, as items; undefined when the campaign is no copy or nothing is left to review.
 */
export async function copyReviewOf(
  folder: string,
  form: Record<string, string>,
  /** The copy has a residents list of its own now: the earlier one's is no item. */
  ownRosters = false,
): Promise<CopyReview | undefined> {
  const r = await readReview(folder);
  if (!r) return undefined;
  const items: CopyItem[] = [];
  for (const d of CAMPAIGN_FIELDS) {
    const name = fieldName(d);
    const was = r.pending[name];
    if (was === undefined || plain(form[name]).join('\n') !== was) continue;
    if (ownLinesIn(name, form).length === 0) continue;
    const key = itemOf(name);
    const item = items.find((i) => i.key === key);
    if (item) item.fields.push(name);
    else items.push({ key, fields: [name], label: GROUPED[key] ?? ITEM_LABELS[name] ?? d.label });
  }
  const stale = stalePeriods(r, form);
  if (stale.length) {
    const body = items.find((i) => i.key === BODY);
    if (body) body.periods = stale;
    else {
      const d = CAMPAIGN_FIELDS.find((f) => fieldName(f) === BODY);
      items.push({ key: BODY, fields: [BODY], label: d?.label ?? 'Nội dung', periods: stale });
    }
  }
  if (r.rosters !== undefined && !ownRosters)
    items.push({
      key: ROSTERS_ITEM,
      fields: [],
      label: 'Danh sách hộ, người dân',
      rows: r.rosters,
    });
  return items.length ? { from: r.from, fromSlug: r.fromSlug, items } : undefined;
}

/**
 * After a save (`saved`: the saved file's form): a field the save changed is reviewed, and so
 * is every field of an item the office ticked "Giữ như cũ" (`kept`: item keys).
 */
export async function reviewSaved(
  folder: string,
  saved: Record<string, string>,
  kept: readonly string[],
): Promise<void> {
  const r = await readReview(folder);
  if (!r) return;
  for (const [name, was] of Object.entries(r.pending)) {
    if (plain(saved[name]).join('\n') !== was || kept.includes(itemOf(name))) {
      delete r.pending[name];
    }
  }
  if (kept.includes(ROSTERS_ITEM)) delete r.rosters;
  if (kept.includes(BODY)) delete r.periods;
  await writeReview(folder, r);
}

const BODY = 'notice.body';

/**
 * The earlier campaign's periods the body still names, as written, when the copy's title and
 * subject name them no more (a copy of a campaign of the same month names it in both).
 */
function stalePeriods(r: Review, form: Record<string, string>): string[] {
  if (!r.periods?.length) return [];
  const now = periodsIn([form.title, form['notice.subject']].join('\n'));
  const body = periodsIn(form[BODY] ?? '');
  return r.periods.filter((k) => !now.has(k) && body.has(k)).map((k) => body.get(k) ?? k);
}

/** The notice's number and date: a copy still holding the earlier one's is last year's notice. */
const DATELINE_FIELDS = ['notice.number', 'issued'] as const;

/**
 * Which of the notice's number and date (DATELINE_FIELDS) a copy still holds as copied, from
 * the campaign file's data as parsed (`copyReviewOf`'s rule: what its page lists); undefined
 * for a campaign that is no copy or has changed both (qa31 M3: the list marks such a copy).
 */
export async function copiedDatelineOf(
  folder: string,
  data: unknown,
): Promise<string[] | undefined> {
  const review = await copyReviewOf(folder, formValues(data));
  const still = (review?.items ?? []).filter((i) =>
    (DATELINE_FIELDS as readonly string[]).includes(i.key),
  );
  return still.length ? still.map((i) => i.key) : undefined;
}

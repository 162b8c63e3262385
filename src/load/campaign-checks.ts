/**
 * Load stage: what the schema cannot say about a campaign. In: a schema-valid Campaign and a way
 * to find a field's line in the file. Out: errors (the build must not start) and warnings.
 *
 * - Every URL that is printed as a QR code (links.*, app.ios/android, bare URLs in notice.body)
 *   is a web address a phone can open: http(s), a real domain, no spaces or passwords.
 * - Each of them fits a QR code that still scans at the smallest size a kind prints one.
 * - The contest does not end before it starts; a notice dated after the start is a warning.
 * - The period `when` writes does not end before it starts ("Từ ngày 05/12/2026 đến hết ngày
 *   15/01/2026"); the notice's body that gives the campaign's end gives the one `when` gives
 *   (a warning: the notice would print one deadline, the other papers another).
 * - A contest has its page (`links.contest`): the flyer's and checklist's first step is its QR code.
 * - No field still holds a blank form's placeholder ("(Họ và tên người ký)", "PHƯỜNG (TÊN
 *   PHƯỜNG)", the Word import's "(phòng phụ trách)"): printed on every group's notice, it is a
 *   warning; the tool's own placeholders are refused where it prints (ownPlaceholderRefusals).
 */
import { LRUCache } from 'lru-cache';
import qrCore from 'qrcode/lib/core/qrcode.js';
import { UserError } from '../errors.js';
import { decimal, type Message, msg } from '../messages/message.js';
import { trackerTicksOf } from '../model/context.js';
import { textKey, upperFirst } from '../model/format.js';
import { linkAsSent } from '../model/link-as-sent.js';
import { countedOf, moneyUnitOf, quantityUnitOf, signsUp } from '../model/measure-base.js';
import { labelMention, nearMentions, SPEAKS_OF_LINK } from '../model/named-links.js';
import { firstPhone } from '../model/phone-numbers.js';
import { bareUrls } from './bare-urls.js';
import type { Campaign } from './campaign-schema.js';
import { writtenDay, writtenIssued } from './day-first.js';
import { deadlineWarnings, signUpDayWarnings } from './deadline-check.js';
import { eventDayWarnings } from './event-day-check.js';
import { PHONE_FORM_HINT } from './groups/values.js';
import { hotlineDisagreements } from './hotline-body-check.js';
import { readHotline, unknownPhones, unsplitHotline } from './hotlines.js';
import { issuerUnitWarnings } from './issuer-unit.js';
import {
  NOTICE_TYPE_NAMES,
  type NoticeType,
  noticeTypeCode,
  noticeTypeNamed,
  noticeTypeOf,
  noticeTypeOfSymbol,
  sentByCcAlone,
  symbolInCapitals,
} from './notice-type.js';
import { isOwnPlaceholder, ownPlaceholderIn } from './placeholders.js';
import { checkDayTimeSlips, checkScheduleElsewhere } from './schedule-checks.js';
import { timelessWarnings } from './timeless-check.js';
import { circulationMark, leadingUrgency, secrecyMark, urgencyMark } from './urgency.js';
import { endsIn, meantEnd, periodsIn, reversedPeriod } from './when-dates.js';

/**
 * The smallest QR code any kind prints (the notice's annex, quiet zone included), and the
 * smallest module a phone camera reliably resolves on paper at reading distance.
 */
export const QR_MIN_PRINT_MM = 32;
export const QR_MIN_MODULE_MM = 0.4;
const QUIET_ZONE = 4;
/** Modules across the symbol (quiet zone excluded) that keep modules ≥ QR_MIN_MODULE_MM. */
const MAX_MODULES = Math.floor(QR_MIN_PRINT_MM / QR_MIN_MODULE_MM) - 2 * QUIET_ZONE;

/** The line of a field (`['links','zalo','url']`), or of line `lineInValue` of a block text. */
export type LineOf = (path: readonly string[], lineInValue?: number) => number | undefined;

export interface CampaignFindings {
  errors: UserError[];
  warnings: UserError[];
}

export const URL_HINT = msg`Write the full address as a browser shows it, e.g. https://zalo.me/g/abc123.`;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const TOP_LEVEL = /^(?:[a-z]{2,63}|xn--[a-z0-9-]+)$/;
const IP = /^(?:\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-f:.]+\])$/;

/** Why `text` is not a web address a phone can open, or undefined when it is one. */
export function urlProblem(text: string): Message | undefined {
  if (/\s/u.test(text)) return msg`the URL "${text}" contains a space`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return msg`the URL "${text}" is not a web address`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return msg`the URL "${text}" must start with https:// or http://`;
  if (!/^https?:\/\/[^/?#]/i.test(text))
    return msg`the URL "${text}" must start with https:// or http:// and a domain`;
  if (url.username || url.password)
    return msg`the URL "${text}" must not contain a user name or password`;
  const host = url.hostname;
  if (IP.test(host)) return undefined;
  const labels = host.split('.');
  if (labels.length < 2)
    return msg`the URL "${text}" has no domain ("${host}" is not a web site's name)`;
  if (!labels.every((l) => LABEL.test(l)) || !TOP_LEVEL.test(labels.at(-1) ?? ''))
    return msg`the URL "${text}" has a malformed domain ("${host}")`;
  return undefined;
}

let byteCapacity: number | undefined;

/**
 * The modules across a QR code of `text` at level M. The mask is fixed: it does not change the
 * symbol's version, and choosing the best of eight (as a drawn code does) was two thirds of the
 * check's time, ~20 ms of CPU for the example's six URLs at every build's start.
 */
const qrModulesOf = (text: string): number =>
  17 + 4 * qrCore.create(text, { errorCorrectionLevel: 'M', maskPattern: 0 }).version;

/** `qrModulesOf`, kept by text (qrSides). */
const qrModules = (text: string): number => {
  let modules = qrSides.get(text);
  if (modules === undefined) {
    modules = qrModulesOf(text);
    qrSides.set(text, modules);
  }
  return modules;
};

/**
 * The sides found, by text: a campaign's links are checked at each read of a new campaign text or
 * file (the studio's every save, a new copy of it), ~3 ms of CPU each, the same links each time;
 * so is every group's own link (output/group-links.ts). Read in list order each time, a ward's
 * links more than the cache holds would find none of them (review46 #7): 10,000 numbers are well
 * under 2 MB.
 */
const qrSides = new LRUCache<string, number>({ max: 10_000 });

/** How many bytes fit a QR code of at most MAX_MODULES at level M (found once, by bisection). */
function capacity(): number {
  if (byteCapacity === undefined) {
    let lo = 1;
    let hi = 2331;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      // Not kept: these ~12 texts are read once.
      if (qrModulesOf('a'.repeat(mid)) <= MAX_MODULES) lo = mid;
      else hi = mid - 1;
    }
    byteCapacity = lo;
  }
  return byteCapacity;
}

/** Why `url` makes a QR code too dense to scan where it is printed, or undefined. */
export function qrProblem(url: string): Message | undefined {
  // What the code holds: an address with Vietnamese letters percent-encoded, longer than typed.
  const bytes = new TextEncoder().encode(linkAsSent(url)).length;
  let modules: number;
  try {
    modules = qrModules(linkAsSent(url));
  } catch {
    modules = Number.POSITIVE_INFINITY;
  }
  if (modules <= MAX_MODULES) return undefined;
  const size = Number.isFinite(modules)
    ? msg`${modules}×${modules} modules of ${decimal(QR_MIN_PRINT_MM / (modules + 2 * QUIET_ZONE), 2)} mm`
    : msg`more than any QR code holds`;
  return msg`the URL is too long for a printed QR code: ${bytes} bytes need ${size} in a ${QR_MIN_PRINT_MM} mm code (phones need modules of at least ${QR_MIN_MODULE_MM} mm; about ${capacity()} bytes fit)`;
}

/**
 * Every URL printed as a QR code, with the field it comes from. `refused` says which fields the
 * schema refused (a campaign it took in part): their values are left unread, so that a refused
 * link ("zalo.me/g/abc", said by the schema) leaves every other link checked in the same run.
 */
function qrUrls(
  c: Campaign,
  lineOf: LineOf,
  refused: (path: readonly string[]) => boolean = () => false,
): { url: string; field: string; line?: number }[] {
  const paths: string[][] = [
    ...(refused(['links']) ? [] : Object.keys(c.links).map((key) => ['links', key, 'url'])),
    ...(refused(['app']) || !c.app
      ? []
      : [
          ['app', 'ios', 'url'],
          ['app', 'android', 'url'],
        ]),
  ];
  const fields = paths
    .filter((path) => !refused(path))
    .map((path) => ({
      url: valueAt(c, path),
      field: path.join('.'),
      line: lineOf(path),
    }))
    .filter(
      (f): f is { url: string; field: string; line: number | undefined } => f.url !== undefined,
    );
  // Bare URLs in the body become links, and every link of the notice gets a QR code.
  const body = refused(['notice', 'body']) ? undefined : valueAt(c, ['notice', 'body']);
  const bare = (body ?? '').split('\n').flatMap((text, i) =>
    bareUrls(text).map((url) => ({
      url,
      field: 'notice.body',
      line: lineOf(['notice', 'body'], i + 1),
    })),
  );
  return [...fields, ...bare];
}

/** The text at `path` of the campaign, or undefined when there is none there. */
function valueAt(c: Campaign, path: readonly string[]): string | undefined {
  let at: unknown = c;
  for (const key of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return typeof at === 'string' ? at : undefined;
}

/** What the campaign is loaded for. */
export interface CampaignUse {
  /**
   * False when the figures the groups report are not kept this run (`report --results` without
   * `--data` makes the report from the file): a campaign with no key to keep them under is fine.
   */
  keepsFigures?: boolean;
  /**
   * Of a campaign the schema refused in part (partial-campaign.ts): whether reading `path` reads
   * a refused value. A check made of independent parts (each URL) leaves those parts unread and
   * checks the rest; any other check that reads one is left out whole.
   */
  refused?: (path: readonly string[]) => boolean;
}

/**
 * One check of the campaign: what it finds goes into `findings`. Each reads the campaign on its
 * own, so the checks of a campaign the schema refused in part can run one by one on what it took
 * (partial-campaign.ts), each left out when it reads a refused field.
 */
export type CampaignCheck = (
  c: Campaign,
  file: string,
  lineOf: LineOf,
  findings: CampaignFindings,
  use: CampaignUse,
) => void;

/** Every check, in the order their findings are said. */
export const CAMPAIGN_CHECKS: readonly CampaignCheck[] = [
  checkUrls,
  (c, file, lineOf, findings) => {
    if (c.contest) checkContestDates(c, c.contest, file, lineOf, findings);
  },
  checkWhenDates,
  (c, file, lineOf, { warnings }) => {
    warnings.push(
      ...deadlineWarnings(c, file, lineOf),
      ...signUpDayWarnings(c, file, lineOf),
      ...eventDayWarnings(c, file, lineOf),
    );
  },
  (c, file, lineOf, { warnings }) => {
    warnings.push(...timelessWarnings(c, file, lineOf));
  },
  checkDayTimeSlips,
  checkScheduleElsewhere,
  (c, file, lineOf, { errors }) => {
    if (c.contest && !c.links.contest) errors.push(noContestPage(file, lineOf));
  },
  (c, file, lineOf, { warnings }) => {
    warnings.push(...unprinted(c, file, lineOf));
  },
  checkMeasures,
  checkMeasureUnits,
  checkPlaceholders,
  checkSampleBody,
  checkGroupTerm,
  (c, file, lineOf, { warnings }) => {
    warnings.push(...issuerUnitWarnings(c, file, lineOf));
  },
  checkDraft,
  checkNoticeType,
  // Apart from the notice type's: it reads the subject and the title, which a form may have
  // left empty, and the type's "Kính gửi" must still be said then (studio, one round).
  checkUrgency,
  checkRestrictionMarks,
  checkAsAbove,
  checkSymbolCase,
  checkKeptCopy,
  checkAddressedNamed,
  checkActionBars,
  checkPrintedBars,
  checkActionColumns,
  checkBringActions,
  checkHotlines,
  checkHotlineInBody,
  checkLinkWords,
  checkNearlyNamedLinks,
  checkOfficePhones,
  checkTitleLength,
  checkSymbolNumber,
  (c, file, _lineOf, findings, use) => {
    if (use.keepsFigures !== false) checkFiguresKey(c, file, findings);
  },
];

export function checkCampaign(
  c: Campaign,
  file: string,
  lineOf: LineOf,
  use: CampaignUse = {},
): CampaignFindings {
  const findings: CampaignFindings = { errors: [], warnings: [] };
  for (const check of CAMPAIGN_CHECKS) check(c, file, lineOf, findings, use);
  return findings;
}

/**
 * Every URL printed as a QR code is a web address a phone opens, and fits a printed code: each
 * URL on its own, so one bad link never hides another (every one is said in the same run).
 */
function checkUrls(
  c: Campaign,
  file: string,
  lineOf: LineOf,
  { errors }: CampaignFindings,
  use: CampaignUse,
) {
  for (const { url, field, line } of qrUrls(c, lineOf, use.refused)) {
    const bad = urlProblem(url);
    const where = { file, line, field };
    if (bad) errors.push(new UserError(bad, where, URL_HINT));
    else {
      const dense = qrProblem(url);
      if (dense) {
        errors.push(
          new UserError(
            dense,
            where,
            msg`Use a shorter link: the page's short address, or a link shortener.`,
          ),
        );
      }
    }
  }
}

/**
 * `issuer.group_term` is one word that every page puts in its sentences ("Trưởng thôn", "đề
 * nghị các thôn"): a list of the ward's words ("thôn, buôn") printed "Trưởng thôn, buôn: Y Bhim
 * Niê" on every document. A ward of several units leaves it empty: each group's documents then
 * say the group's own word (model/group-term.ts).
 */
function checkGroupTerm(c: Campaign, file: string, lineOf: LineOf, { errors }: CampaignFindings) {
  const term = c.issuer.group_term;
  if (!term || !/[,;/&+]|\s(?:và|hoặc|hay)\s/u.test(term)) return;
  errors.push(
    new UserError(
      msg`the ward's word for its groups is one word ("thôn"), not a list ("${term}")`,
      { file, line: lineOf(['issuer', 'group_term']), field: 'issuer.group_term' },
      msg`Leave it empty when the groups are called differently (Thôn …, Buôn …): each group's documents then say its own word.`,
    ),
  );
}

/**
 * The symbol typed with the notice's number ("12/QĐ-UBND"): printed after `notice.number` it read
 * "Số: 27/12/QĐ-UBND", and its type code was not found (a công văn's "V/v" on a Quyết định).
 */
function checkSymbolNumber(
  c: Campaign,
  file: string,
  lineOf: LineOf,
  { errors }: CampaignFindings,
) {
  const symbol = c.notice.symbol.trim();
  const typed = /^(\d+)\s*\/\s*(\S.*)$/.exec(symbol);
  if (!typed) return;
  errors.push(
    new UserError(
      msg`the symbol "${symbol}" starts with a number: the notice would print "Số: ${String(c.notice.number ?? '')}/${symbol}"`,
      { file, line: lineOf(['notice', 'symbol']), field: 'notice.symbol' },
      msg`Write the number in notice.number (${typed[1] ?? ''}) and the symbol alone: ${typed[2] ?? ''}.`,
    ),
  );
}

/**
 * `notice.type` names a kind of document the Decree lays out (its name printed as the title, or
 * a công văn's "V/v"): another word would print as a title no document has.
 */
function checkNoticeType(
  c: Campaign,
  file: string,
  lineOf: LineOf,
  { errors, warnings }: CampaignFindings,
) {
  if (c.notice.recipients.length === 0 && noticeTypeOf(c.notice).telegram) {
    errors.push(
      new UserError(
        msg`a công điện names whom it is sent to (after "… điện:"): notice.recipients has no line`,
        {
          file,
          line: lineOf(['notice', 'recipients']) ?? lineOf(['notice']),
          field: 'notice.recipients',
        },
        msg`Write the recipients, one a line ({{group.name}} is each group's name): they print under "… điện:".`,
      ),
    );
  }
  if (c.notice.recipients.length === 0 && !noticeTypeOf(c.notice).named) {
    errors.push(
      new UserError(
        msg`a công văn names whom it is sent to ("Kính gửi"): notice.recipients has no line`,
        {
          file,
          line: lineOf(['notice', 'recipients']) ?? lineOf(['notice']),
          field: 'notice.recipients',
        },
        msg`Write the recipients, one a line ({{group.name}} is each group's name); a Thông báo or Kế hoạch (notice.type) may have none and lists them under "Nơi nhận".`,
      ),
    );
  }
  const type = c.notice.type;
  if (type === undefined) return;
  const named = noticeTypeNamed(type);
  if (named) {
    checkTypeAgainstSymbol(c, named, file, lineOf, warnings);
    return;
  }
  errors.push(
    new UserError(
      msg`"${type}" is not a kind of document the notice can be laid out as`,
      { file, line: lineOf(['notice', 'type']), field: 'notice.type' },
      msg`Write one of: ${NOTICE_TYPE_NAMES.join(', ')}; or leave it empty to take it from the symbol (TB-… a Thông báo, KH-… a Kế hoạch, UBND-… a Công văn).`,
    ),
  );
}

/**
 * `notice.urgency` is one of the Decree's three marks; an urgency typed into the subject, as
 * offices did before the field ("V/v KHẨN: …" printed under the number), is pointed to it.
 */
function checkUrgency(
  c: Campaign,
  file: string,
  lineOf: LineOf,
  { errors, warnings }: CampaignFindings,
) {
  const urgency = c.notice.urgency;
  if (urgency !== undefined && urgencyMark(urgency) === undefined)
    errors.push(
      new UserError(
        msg`"${urgency}" is not one of Decree 30's urgency marks`,
        { file, line: lineOf(['notice', 'urgency']), field: 'notice.urgency' },
        msg`Write KHẨN, THƯỢNG KHẨN or HỎA TỐC; leave "Độ khẩn" (notice.urgency) empty for a notice that is not urgent.`,
      ),
    );
  const typed = leadingUrgency(c.notice.subject);
  if (typed)
    warnings.push(
      new UserError(
        msg`the subject begins with "${typed.mark}": it prints as part of the subject line`,
        { file, line: lineOf(['notice', 'subject']), field: 'notice.subject' },
        msg`Choose "${typed.mark}" as "Độ khẩn" (notice.urgency), which Decree 30 prints in a frame under the number, and take it out of the subject: "${typed.rest}".`,
      ),
    );
  // The title, printed on the posters, the flyers and the leader's page (review: "KHẨN: Ứng phó
  // bão số 3" there said nothing).
  const titled = leadingUrgency(c.title);
  if (titled)
    warnings.push(
      new UserError(
        msg`the title begins with "${titled.mark}": it prints as part of the campaign's name on the posters, the flyers and the leader's page`,
        { file, line: lineOf(['title']), field: 'title' },
        msg`Choose "${titled.mark}" as "Độ khẩn" (notice.urgency), which Decree 30 prints in a frame under the number, and take it out of the title: "${titled.rest}".`,
      ),
    );
}

/**
 * `notice.secrecy` (độ mật) and `notice.circulation` (phạm vi lưu hành) are marks the Decree and
 * the state-secrets rules name (load/urgency.ts): another word is refused, the accepted ones
 * named, rather than printed as a stamp no văn thư would recognise.
 */
function checkRestrictionMarks(
  c: Campaign,
  file: string,
  lineOf: LineOf,
  { errors, warnings }: CampaignFindings,
) {
  const { secrecy, circulation } = c.notice;
  if (secrecy !== undefined && secrecyMark(secrecy) === undefined)
    errors.push(
      new UserError(
        msg`"${secrecy}" is not a secrecy mark: write MẬT, TỐI MẬT or TUYỆT MẬT`,
        { file, line: lineOf(['notice', 'secrecy']), field: 'notice.secrecy' },
        msg`Leave "Độ mật" (notice.secrecy) empty for a notice that holds no state secret.`,
      ),
    );
  // A state secret must not go over a network connected to the Internet (Luật Bảo vệ bí mật
  // nhà nước 2018, Điều 5): the leaders' pages, `build --site` and the studio's published pages
  // leave such a notice out (serve/ward.ts `webOutputs`); it is printed as before (review44 #4).
  const mark = secrecy === undefined ? undefined : secrecyMark(secrecy);
  if (mark)
    warnings.push(
      onNoticeOnly(
        new UserError(
          msg`the notice is marked ${mark}: it is not put on the leaders' pages, the download site nor the groups' ZIPs`,
          { file, line: lineOf(['notice', 'secrecy']), field: 'notice.secrecy' },
          msg`A state secret must not go over a network connected to the Internet (Luật Bảo vệ bí mật nhà nước 2018, Điều 5): the notice is printed and handed out on paper only; the other papers are published as before.`,
        ),
      ),
    );
  if (circulation !== undefined && circulationMark(circulation) === undefined)
    errors.push(
      new UserError(
        msg`"${circulation}" is not one of Decree 30's circulation marks`,
        { file, line: lineOf(['notice', 'circulation']), field: 'notice.circulation' },
        msg`Write XEM XONG TRẢ LẠI, LƯU HÀNH NỘI BỘ or TRẢ LẠI SAU KHI HỌP (HỘI NGHỊ); leave "Phạm vi lưu hành" (notice.circulation) empty for a notice anyone may read.`,
      ),
    );
  // A notice for limited readers is the leader's to read, not the board's (qa55 M3): the leader
  // page tells the leader so instead of "dán ở nhà văn hóa" (templates/web/leader.hbs).
  const limited = circulation === undefined ? undefined : circulationMark(circulation);
  if (limited)
    warnings.push(
      onNoticeOnly(
        new UserError(
          msg`the notice is marked ${limited}: the leaders' pages tell the leaders to print it for themselves, not to post it on the board nor send it to the Zalo group`,
          { file, line: lineOf(['notice', 'circulation']), field: 'notice.circulation' },
          msg`The poster, the flyer and the message for the Zalo group are for the residents and are published as before; leave "Phạm vi lưu hành" (notice.circulation) empty for a notice to post on the board.`,
        ),
      ),
    );
}

/** Words a tick column's title holds at most before it reads as a sentence, not a title. */
const TITLE_WORDS = 8;

/** Beyond this a title is no short name: a heading of 4 lines and more on the A5 flyer. */
const TITLE_CHARS = 100;

/**
 * A title as long as a subject (qa20: 232 characters): the flyer's heading took 8 lines and its
 * steps shrank for the room, the studio's list and pages a heading of three lines. `title` is
 * the campaign's short name; the notice prints the subject in full.
 */
function checkTitleLength(
  c: Campaign,
  file: string,
  lineOf: LineOf,
  { warnings }: CampaignFindings,
) {
  const length = [...c.title.trim()].length;
  if (length <= TITLE_CHARS) return;
  warnings.push(
    new UserError(
      msg`the title has ${length} characters: it is the campaign's short name, the heading of the flyer, the checklist and the tracking sheet, where it takes several lines and leaves the steps less room`,
      { file, line: lineOf(['title']), field: 'title' },
      msg`Give a name of a few words (at most ${TITLE_CHARS} characters), e.g. "Ngày Chủ nhật xanh"; the notice prints the subject in full.`,
    ),
  );
}

/**
 * More actions than the tracking sheet has tick columns: it ticks those given a column title, or
 * one column for all (model/context.ts trackerTicksOf); every other paper prints them all.
 */
function tooManyTicks(
  actions: number,
  { ticks, mode, room }: ReturnType<typeof trackerTicksOf>,
  file: string,
  lineOf: LineOf,
): UserError {
  const where = { file, line: lineOf(['actions']), field: 'actions' };
  const hint = msg`To follow some actions one by one on the sheet, give each of them (at most ${room}) a short column title: after the step, "| Đã …" on its line in the studio; column: in campaign.yaml.`;
  // The room the sheet has (a children's list's "Ngày sinh" and an amount's column take some),
  // and what it prints: the titled actions' columns, or one for all (review56a #10: "3 việc đã
  // đặt tiêu đề cột" of a list whose 8 actions had no title, and which printed "Đã làm đủ 8 việc").
  const titled = ticks.filter((t) => t.app === null && t.all === 0).length;
  return mode === 'titled'
    ? new UserError(
        msg`the campaign has ${actions} actions, more than the tracking sheet's ${room} tick columns: it ticks only the ${titled} given a column title (the checklist and the flyer print all of them)`,
        where,
        hint,
      )
    : new UserError(
        msg`the campaign has ${actions} actions, more than the tracking sheet's ${room} tick columns: it has one column for all of them, "Đã làm đủ ${actions} việc" (the checklist and the flyer print each)`,
        where,
        hint,
      );
}

/** The hint of checkActionColumns' note: in the file, and as the studio's form says it. */
export const ACTION_COLUMN_FILE_HINT = msg`Optional: for a shorter column title, write it on a line of its own under the action's step, e.g. "column: Đã dọn". Left as it is, the tracking sheet prints the whole sentence.`;
export const ACTION_COLUMN_FORM_HINT = msg`Optional: for a shorter column title, write one at the end of the action's line, after "|", e.g. "… | Đã dọn". Left as it is, the tracking sheet prints the whole sentence.`;

/**
 * An action without a column title: the tracking sheet heads its tick column with the whole
 * step, a sentence squeezed into a narrow column (qa17: "Báo ngay cho trưởng xóm nếu tên bị sai
 * hoặc bị bỏ sót." with its full stop).
 */
function checkActionColumns(
  c: Campaign,
  file: string,
  lineOf: LineOf,
  { warnings }: CampaignFindings,
) {
  const ticks = trackerTicksOf(c);
  if (ticks.mode !== 'each') {
    warnings.push(tooManyTicks(c.actions.length, ticks, file, lineOf));
    return;
  }
  c.actions.forEach((a, i) => {
    const step = a.step.trim();
    // Refused by checkActionBars: one note is enough.
    if (step.includes('|')) return;
    const sentence = step.split(/\s+/).length > TITLE_WORDS || /[.;!?]$/.test(step);
    // A thing to bring is said by checkBringActions: it belongs in `bring`, not in a column.
    if (a.column.trim() !== '' || !sentence || bringOf(step) !== undefined) return;
    warnings.push(
      new UserError(
        msg`the action "${step}" has no short title: the tracking sheet heads its tick column with the whole sentence`,
        { file, line: lineOf(['actions', String(i), 'step']), field: `actions.${i}.step` },
        // Said in the file's words (the key to write under the step); the studio says its
        // form's ("after the |") instead: actionColumnFormHint (qa40 M2: the form's words,
        // followed in campaign.yaml, printed "… | Đã tắt điện" on every paper).
        ACTION_COLUMN_FILE_HINT,
      ),
    );
  });
}

/**
 * A "|" left in an action (qa40 M2): "step: … | Đã tắt điện" with a `column` given too, or with
 * more than one "|" (one alone is read as the column's title, campaign-schema.ts), and any "|"
 * in a column title. Printed, it would reach the flyer, the checklist and the tracking sheet's
 * header as typed: refused at its line, with what to write in the file.
 */
function checkActionBars(c: Campaign, file: string, lineOf: LineOf, { errors }: CampaignFindings) {
  c.actions.forEach((a, i) => {
    const where = (key: string) => ({
      file,
      line: lineOf(['actions', String(i), key]),
      field: `actions.${i}.${key}`,
    });
    const [step = '', ...rest] = a.step.split('|').map((p) => p.trim());
    const column = a.column.trim();
    if (rest.length > 0)
      errors.push(
        new UserError(
          msg`the action "${a.step.trim()}" has a "|" that would be printed on the flyer, the checklist and the tracking sheet`,
          where('step'),
          column !== ''
            ? msg`The action has its column title already ("column: ${column}"): write the step without "|", "step: ${step}".`
            : msg`Write the step without "|", "step: ${step}", and its column title on a line of its own under it, e.g. "column: ${rest.filter(Boolean).join(' ')}".`,
        ),
      );
    if (column.includes('|'))
      errors.push(
        new UserError(
          msg`the column title "${column}" has a "|" that would be printed on the tracking sheet`,
          where('column'),
          msg`Write the column title without "|", e.g. "column: ${column.replace(/\s*\|\s*/g, ' ').trim()}".`,
        ),
      );
  });
}

/** A text's parts outside its Handlebars expressions ("{{#each x as |y|}}" is no typed "|"). */
const outsideExpressions = (text: string): string[] =>
  text.split(/({{[\s\S]*?}})/).filter((_, i) => i % 2 === 0);

/** The text with each "|" typed outside an expression written as `by`. */
const barsAs = (text: string, by: string): string =>
  text
    .split(/({{[\s\S]*?}})/)
    .map((part, i) => (i % 2 === 0 ? part.replace(/\s*\|\s*/g, by) : part))
    .join('')
    .trim();

const hasBar = (text: string): boolean => outsideExpressions(text).some((p) => p.includes('|'));

/**
 * A "|" in `when`, `where`, `bring` or `hotlines`: only an action's line is split at its "|"
 * (checkActionBars), these print it as typed ("Công an phường | 0236 3 888 999" on the flyer's
 * box) — the studio's "việc | tên cột" followed in another field. None of them has a use for the
 * mark (a "|" inside a {{…}} expression is Handlebars', not printed), but one typed on purpose as
 * a separator prints as the office wants it: a warning at its line, with what to write instead.
 */
function checkPrintedBars(
  c: Campaign,
  file: string,
  lineOf: LineOf,
  { warnings }: CampaignFindings,
) {
  for (const key of ['when', 'where'] as const) {
    const text = c[key].trim();
    if (!hasBar(text)) continue;
    warnings.push(
      new UserError(
        key === 'when'
          ? msg`the time (when) "${text}" has a "|": the flyer, the checklist and the tracking sheet print it as typed`
          : msg`the place (where) "${text}" has a "|": the flyer, the checklist and the tracking sheet print it as typed`,
        { file, line: lineOf([key]), field: key },
        msg`Only an action's line is split at "|" (its step, then its column title): here write a comma instead, e.g. "${barsAs(text, ', ')}"; a "|" meant to be printed can stay.`,
      ),
    );
  }
  // bring and hotlines print a {{…}} as typed (output/printed-as-typed.ts says so): a "|" inside
  // one is printed too, so it is counted here, unlike in when/where (hasBar).
  c.bring.forEach((line, i) => {
    if (!line.includes('|')) return;
    const [first = '', next = ''] = line
      .split('|')
      .map((p) => p.trim())
      .filter(Boolean);
    warnings.push(
      new UserError(
        msg`line ${i + 1} of what to bring, "${line.trim()}", has a "|": the flyer and the Zalo message print it as typed`,
        { file, line: lineOf(['bring', String(i)]), field: `bring.${i}` },
        msg`Write one thing a line, without "|", e.g. "${first}" on this line and "${next}" on the next; only an action's line is split at "|".`,
      ),
    );
  });
  c.hotlines.forEach((line, i) => {
    if (!line.includes('|')) return;
    const [who = '', ...rest] = line.split('|').map((p) => p.trim());
    warnings.push(
      new UserError(
        msg`line ${i + 1} of the numbers to call, "${line.trim()}", has a "|": the flyer, the Zalo message and the leader's page print it as typed`,
        { file, line: lineOf(['hotlines', String(i)]), field: `hotlines.${i}` },
        msg`Write whom it calls, a colon, then the number, without "|", e.g. "${who}: ${rest.filter(Boolean).join(' ')}"; only an action's line is split at "|".`,
      ),
    );
  });
}

/**
 * An action that only says what to bring ("Mang theo thẻ căn cước gắn chip và điện thoại"): what
 * it names, without its verb ("thẻ căn cước gắn chip và điện thoại") nor where it is brought
 * ("… đã sạc đầy pin đến lớp": "đến lớp" is no thing to bring, qa40 m7); undefined for any other.
 */
export function bringOf(step: string): string | undefined {
  const m = /^(?:(?:nhớ|cần|hãy)\s+)?(?:mang|đem|cầm)(?:\s+(?:theo|đủ|đầy đủ))*\s+(\S.*)$/iu.exec(
    step.normalize('NFC').trim(),
  );
  const what = m?.[1]
    ?.replace(/[.;]+$/u, '')
    .replace(/\s+(?:khi\s+|lúc\s+)?(?:đến|tới)\s.*$/iu, '')
    .trim();
  return what || undefined;
}

/**
 * An action saying what to bring (qa21 finding 14): a tick column of the tracking sheet (of the
 * sign-up list, when its rows are people signing up) no leader can tick, its header two lines of
 * a sentence. A warning pointing to `bring`, which the flyer and the Zalo message print as a list
 * — or, when `bring` lists the thing already, saying so (qa40 m7); the action is printed as it is.
 */
function checkBringActions(
  c: Campaign,
  file: string,
  lineOf: LineOf,
  { warnings }: CampaignFindings,
) {
  const [first] = c.measures;
  const signUp = signsUp(first ?? { of: c.contest ? 'people' : 'households' });
  c.actions.forEach((a, i) => {
    const what = bringOf(a.step);
    if (what === undefined) return;
    const item = upperFirst(what);
    const listed = c.bring.find((b) => textKey(b) === textKey(what));
    const step = a.step.trim();
    warnings.push(
      new UserError(
        signUp
          ? msg`the action "${step}" says what to bring: the sign-up list gives it a tick column`
          : msg`the action "${step}" says what to bring: the tracking sheet gives it a tick column`,
        { file, line: lineOf(['actions', String(i), 'step']), field: `actions.${i}.step` },
        listed !== undefined
          ? msg`What to bring (bring; the studio's "Cần mang theo") lists "${listed}" already: remove this action. The flyer and the Zalo message print that list.`
          : msg`Move it to what to bring (bring; the studio's "Cần mang theo"), one thing a line: "${item}". The flyer and the Zalo message print those as a list.`,
      ),
    );
  });
}

/**
 * A number to call must give its number: the flyer would print a name with nothing to call. A
 * number that is no callable one ("0988.456.12", a digit missing) is warned as the groups file's
 * phones are (qa23 #7): the flyer prints it and the leader's page makes it a tel: link.
 */
function checkHotlines(
  c: Campaign,
  file: string,
  lineOf: LineOf,
  { errors, warnings }: CampaignFindings,
) {
  c.hotlines.forEach((line, i) => {
    const where = { file, line: lineOf(['hotlines', String(i)]), field: `hotlines.${i}` };
    const read = readHotline(line);
    if (read.number !== '') {
      for (const typed of unknownPhones(line))
        warnings.push(new UserError(phoneSlip(typed), where, PHONE_FORM_HINT));
      // A line the flyer would print split in the wrong place (qa24 F11: "Sở Y tế (: 1900 9095)").
      // A "|" between the two is said by checkPrintedBars, with the line to write.
      if (unsplitHotline(read) && !line.includes('|')) {
        const printed = read.who !== '' ? `${read.who}: ${read.number}` : read.number;
        warnings.push(
          new UserError(
            msg`line ${i + 1} of the numbers to call, "${line.trim()}", does not split into whom it calls and the number: the papers print "${printed}"`,
            where,
            msg`Write whom it calls, a colon, then the number, e.g. "Công an phường: 0236 3 888 999".`,
          ),
        );
      }
      return;
    }
    // A group's own number asked for ("Tổ trưởng: {{group.phone}}", qa50 p8): the line is printed
    // as typed on every group's papers, so it has no number; said as that, not as a number forgotten.
    if (line.includes('{{')) {
      errors.push(
        new UserError(
          msg`line ${i + 1} of the numbers to call, "${line.trim()}", takes its number from the groups file ({{…}}): the numbers to call print the same on every group's papers, as typed, so this line has no number`,
          where,
          msg`Leave this line out: the flyer and the leader's page already give each group's leader and phone from the groups file's columns ("Tổ trưởng", "Số điện thoại"). Here, write only numbers the same for every group, e.g. "Công an phường: 0236 3 888 999".`,
        ),
      );
      return;
    }
    errors.push(
      new UserError(
        msg`line ${i + 1} of the numbers to call, "${line.trim()}", has no phone number`,
        where,
        msg`Write the number after whom it calls, e.g. "Công an phường: 0236 3 888 999" (or 113, 114, 115); a line that is no number to call belongs in the notice's body.`,
      ),
    );
  });
}

/**
 * A number to call typed in the notice's body and again under "Số điện thoại cần biết", and
 * corrected in one of them only (qa49 m3): the notice would print one number, the flyer, the
 * Zalo message and the leader's page another. A warning at the hotline's line.
 */
function checkHotlineInBody(
  c: Campaign,
  file: string,
  lineOf: LineOf,
  { warnings }: CampaignFindings,
) {
  const texts = [c.notice.body, ...c.notice.appendix.map((a) => a.body)];
  const others = [c.issuer.phone, c.contest?.support_phone ?? ''];
  for (const d of hotlineDisagreements(c.hotlines, texts, others)) {
    const line = c.hotlines[d.index]?.trim() ?? '';
    warnings.push(
      new UserError(
        msg`line ${d.index + 1} of the numbers to call, "${line}", gives ${d.number}, but the notice's body writes ${d.inBody.trim()} for it: the notice would print one number, the flyer, the Zalo message and the leader's page the other`,
        { file, line: lineOf(['hotlines', String(d.index)]), field: `hotlines.${d.index}` },
        msg`Correct the one that is out of date, in the body (notice.body) or in the numbers to call (hotlines), so that every paper gives the same number.`,
      ),
    );
  }
}

/**
 * A notice's body that speaks of a link or a code to scan ("đăng ký qua đường link", "quét mã
 * QR") but names none (no address, no link's label, no placeholder that prints one) while the
 * campaign has links: the notice prints no address and no code for the reader to open (qa24 F5).
 * A link named by its label gets its code in the annex (kinds/notice.ts withNamedLinks). An app
 * campaign's annex holds the stores' codes: "quét mã QR để tải ứng dụng" means those.
 */
function checkLinkWords(c: Campaign, file: string, lineOf: LineOf, { warnings }: CampaignFindings) {
  const links = Object.values(c.links ?? {});
  const body = c.notice.body;
  const said = SPEAKS_OF_LINK.exec(body)?.[0];
  if (links.length === 0 || c.app || said === undefined) return;
  if (bareUrls(body).length > 0) return;
  // "{{links.dangky.url}}", "{{group.[Link đăng ký]}}": a placeholder that prints an address.
  if (/\{\{[^}]*(?:links\.|url|link|đường dẫn)[^}]*\}\}/iu.test(body)) return;
  // Read as printed: "qua **đường link** Đăng ký" (a Word body's bold) names the link too.
  const printed = body.replace(/\*+|_{2,}/g, '');
  if (links.some((l) => labelMention(printed, l.label) !== undefined)) return;
  const labels = links.map((l) => `“${l.label.trim()}”`).filter((l) => l !== '“”');
  warnings.push(
    new UserError(
      msg`the notice's body says "${said}" but names none of the campaign's links: the notice prints no address and no QR code for it`,
      { file, line: lineOf(['notice', 'body']), field: 'notice.body' },
      msg`Name the link in the body by its label under "Đường dẫn" (links): ${labels.join(', ')}, or write its address: the notice then prints its QR code in the annex.`,
    ),
  );
}

/**
 * A link the body names only in part (qa53 M1): "tham gia nhóm “Lớp KNS Ngọc Hà”" for the link
 * "Nhóm Zalo Lớp KNS Ngọc Hà". The notice links only a label it names (model/named-links.ts), so
 * that link got no code in the annex and its address appeared nowhere in the notice, silently.
 */
function checkNearlyNamedLinks(
  c: Campaign,
  file: string,
  lineOf: LineOf,
  { warnings }: CampaignFindings,
) {
  const printed = c.notice.body.replace(/\*+|_{2,}/g, '');
  for (const l of Object.values(c.links ?? {})) {
    const label = l.label.trim();
    if (label === '' || printed.includes(l.url) || labelMention(printed, label)) continue;
    const said = nearMentions(printed, label)[0];
    if (said === undefined) continue;
    warnings.push(
      new UserError(
        msg`the notice's body names "${said}", part of the link "${label}", but not the link itself: the notice prints no QR code for it`,
        { file, line: lineOf(['notice', 'body']), field: 'notice.body' },
        msg`Write the link's whole label in the body ("${label}"), or shorten the label under "Đường dẫn" (links) to "${said}".`,
      ),
    );
  }
}

/** The groups file's words for a phone that is no callable number (load/groups/rows.ts). */
const phoneSlip = (typed: string) =>
  msg`the phone "${typed}" is not a phone number in Viet Nam (0 and 9 or 10 digits): it is printed as typed`;

/**
 * The office's phone (every paper's footer) and the contest's support phone, checked as the
 * groups' phones and the hotlines are (qa23 #7): a full number that is no callable one, or a text
 * with no number at all ("0988.456", digits missing), is a warning at its field.
 */
function checkOfficePhones(
  c: Campaign,
  file: string,
  lineOf: LineOf,
  { warnings }: CampaignFindings,
) {
  const phones = [
    ['issuer', 'phone', c.issuer.phone],
    ['contest', 'support_phone', c.contest?.support_phone ?? ''],
  ] as const;
  for (const [part, key, text] of phones) {
    const typed = text.trim();
    if (typed === '') continue;
    const slips = firstPhone(typed) ? unknownPhones(typed) : [typed];
    const where = { file, line: lineOf([part, key]), field: `${part}.${key}` };
    for (const slip of slips) warnings.push(new UserError(phoneSlip(slip), where, PHONE_FORM_HINT));
  }
}

/**
 * Warnings about what only the notice prints ("Kính gửi", "Nơi nhận"): a build or check that
 * makes no notice (`--kind poster`) does not say them (output/inputs.ts), as a paper not printed
 * needs no fixing now.
 */
const noticeOnly = new WeakSet<UserError>();

/** Whether the warning is about what only the notice prints (`noticeOnly`). */
export const isNoticeOnlyWarning = (w: UserError): boolean => noticeOnly.has(w);

/** The warning, marked as one about what only the notice prints. */
function onNoticeOnly(w: UserError): UserError {
  noticeOnly.add(w);
  return w;
}

/**
 * "Như trên" in "Nơi nhận" stands for the recipients under "Kính gửi": a named document with no
 * "Kính gửi" (a Thông báo to the groups) prints it as a recipient no one can read (qa16).
 */
function checkAsAbove(c: Campaign, file: string, lineOf: LineOf, { warnings }: CampaignFindings) {
  if (c.notice.recipients.length > 0) return;
  c.notice.cc.forEach((line, i) => {
    if (!/^\s*như trên\b/iu.test(line)) return;
    warnings.push(
      onNoticeOnly(
        new UserError(
          msg`"Nơi nhận" has "${line.trim()}", which stands for the recipients under "Kính gửi", but the notice has no "Kính gửi"`,
          { file, line: lineOf(['notice', 'cc', String(i)]), field: `notice.cc.${i}` },
          msg`Write under "Nơi nhận" (notice.cc) whom the notice is sent to, in place of "Như trên" (e.g. "Các tổ dân phố;").`,
        ),
      ),
    );
  });
}

/**
 * Decree 30 writes a ký hiệu in capitals (Phụ lục I): a symbol typed otherwise is printed so
 * ("ubnd-vhxh" → "UBND-VHXH", a type's code as the Decree spells it, "TTr") and the office is
 * told, for its register to say the same (qa42 F12).
 */
function checkSymbolCase(
  c: Campaign,
  file: string,
  lineOf: LineOf,
  { warnings }: CampaignFindings,
) {
  const typed = c.notice.symbol.trim();
  const printed = symbolInCapitals(typed);
  if (typed === '' || printed === typed) return;
  warnings.push(
    new UserError(
      msg`the symbol "${typed}" is printed in capitals, "${printed}", as Decree 30 writes a ký hiệu`,
      { file, line: lineOf(['notice', 'symbol']), field: 'notice.symbol' },
      msg`Write it so in notice.symbol (${printed}), as the văn thư registers it.`,
    ),
  );
}

/**
 * "Nơi nhận" ends with "Lưu: VT, <the drafting office>" (Phụ lục I, ô 9b): the copy the văn thư
 * keeps. One without it is said, naming the field (qa42 F12).
 */
function checkKeptCopy(c: Campaign, file: string, lineOf: LineOf, { warnings }: CampaignFindings) {
  if (c.notice.cc.length === 0) return;
  if (c.notice.cc.some((line) => /^\s*[-–]?\s*lưu\s*:/iu.test(line.normalize('NFC')))) return;
  warnings.push(
    onNoticeOnly(
      new UserError(
        msg`"Nơi nhận" has no "Lưu: VT, …" entry: Decree 30 ends the list with the copy the văn thư keeps`,
        { file, line: lineOf(['notice', 'cc']), field: 'notice.cc' },
        msg`Add "Lưu: VT, <the drafting office's code>." as the last line of notice.cc (e.g. "Lưu: VT, VHXH.").`,
      ),
    ),
  );
}

/**
 * Decree 30 addresses "Kính gửi" in a công văn (and a tờ trình, a báo cáo); a Thông báo, a Kế
 * hoạch… is sent by its "Nơi nhận" alone (Phụ lục III, Mẫu 1.1–1.3): one with recipients is said,
 * naming the field, before a reprint (qa42 F9).
 */
function checkAddressedNamed(
  c: Campaign,
  file: string,
  lineOf: LineOf,
  { warnings }: CampaignFindings,
) {
  const type = noticeTypeOf(c.notice);
  if (!sentByCcAlone(type) || c.notice.recipients.length === 0) return;
  warnings.push(
    onNoticeOnly(
      new UserError(
        msg`a ${type.name} prints "Kính gửi" (notice.recipients): Decree 30 gives "Kính gửi" to a công văn, a tờ trình or a báo cáo; a ${type.name} is sent by its "Nơi nhận"`,
        { file, line: lineOf(['notice', 'recipients']), field: 'notice.recipients' },
        msg`Leave notice.recipients empty and name the recipients in notice.cc ("Nơi nhận"), or make it a công văn (a symbol without the type's code, e.g. UBND-VHXH).`,
      ),
    ),
  );
}

/**
 * `notice.type` and the symbol's first code say the same kind of document: Decree 30 (Phụ lục
 * III) begins a named document's symbol with its type's code ("05/KH-UBND" a Kế hoạch), and a
 * công văn's has none ("05/UBND-VHXH"). A Kế hoạch numbered "…/UBND-VHXH" is printed as the type
 * says, but one of the two is a mistake the văn thư would send back (qa15).
 */
function checkTypeAgainstSymbol(
  c: Campaign,
  type: NoticeType,
  file: string,
  lineOf: LineOf,
  warnings: UserError[],
) {
  const bySymbol = noticeTypeOfSymbol(c.notice.symbol);
  if (bySymbol.name === type.name) return;
  const code = noticeTypeCode(type);
  warnings.push(
    new UserError(
      msg`notice.type is "${type.name}" but the symbol "${c.notice.symbol}" is a ${bySymbol.name.toLocaleLowerCase('vi')}'s`,
      { file, line: lineOf(['notice', 'type']), field: 'notice.type' },
      code === undefined
        ? msg`A công văn's symbol has no type code ("UBND-VHXH"): correct the symbol, or notice.type.`
        : msg`A ${type.name.toLocaleLowerCase('vi')}'s symbol begins with its code, "${code}-" ("Số: 05/${code}-UBND"): correct the symbol, or notice.type.`,
    ),
  );
}

/**
 * A draft awaiting its number or day prints them blank for the văn thư (the official way):
 * said, so that no one sends it out unnumbered by mistake.
 */
function checkDraft(c: Campaign, file: string, lineOf: LineOf, { warnings }: CampaignFindings) {
  const hint =
    c.notice.undated === true
      ? msg`Once the notice is issued, give its number and day ("Số văn bản", "Ngày ban hành"; in campaign.yaml notice.number and issued) and untick "Dự thảo chưa có ngày" (remove notice.undated).`
      : msg`Once the notice is issued, give its number and whole day ("Số văn bản", "Ngày ban hành"; in campaign.yaml notice.number and issued).`;
  if (c.notice.number === null)
    warnings.push(
      new UserError(
        msg`the notice has no number yet: "Số:" prints blank for the clerk to fill in`,
        { file, line: lineOf(['notice', 'number']), field: 'notice.number' },
        hint,
      ),
    );
  if (c.notice.undated === 'day')
    warnings.push(
      new UserError(
        msg`the notice has its month but no day yet: "ngày …" prints blank for the clerk to fill in`,
        { file, line: lineOf(['issued']), field: 'issued' },
        msg`Once the notice is issued, write its whole day in "Ngày ban hành" (issued in campaign.yaml), e.g. 05/12/2026.`,
      ),
    );
  else if (c.notice.undated)
    warnings.push(
      new UserError(
        msg`the notice has no date yet: "ngày … tháng …" prints blank for the clerk to fill in`,
        { file, line: lineOf(['notice', 'undated']), field: 'notice.undated' },
        hint,
      ),
    );
}

/**
 * The figures the groups report are kept under the campaign's id, or, in a file without one,
 * under its notice's number (load/notice-key.ts). A draft awaiting its number has neither: its
 * figures would be lost when the number is filled in, and shared by every such draft of the year
 * with the same symbol. Refused, with what to add (the studio and import-docx write an id).
 */
function checkFiguresKey(c: Campaign, file: string, { errors }: CampaignFindings) {
  if (c.id !== undefined || c.measures.length === 0) return;
  errors.push(
    new UserError(
      msg`the campaign has no id and its notice no number yet, so the figures its groups report would have nothing to be kept under`,
      // Said where the id goes, as the hint says: the top of the file (qa8 R2).
      { file, line: 1, field: 'id' },
      msg`Add a line "id: " and a name of your own for this campaign at the top of campaign.yaml (e.g. id: 2026-phong-chong-sot-xuat-huyet), and keep it when the number is filled in.`,
    ),
  );
}

/**
 * A blank form's "fill in here": a parenthesised name, the signer's full name or a place name, as
 * the studio's blank campaign and most Word templates of a notice write them.
 */
const PLACEHOLDER = /\((?:tên|họ và tên|họ tên|địa danh)(?:\s[^()]*)?\)/iu;

/** Every text of the campaign with its path, in the file's order. */
function* texts(value: unknown, path: string[] = []): Generator<[string, string[]]> {
  if (typeof value === 'string') yield [value, path];
  else if (Array.isArray(value))
    for (const [i, v] of value.entries()) yield* texts(v, [...path, String(i)]);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) yield* texts(v, [...path, k]);
}

const placeholderText = (found: string) =>
  msg`this still holds the placeholder "${found}", printed as it is on every notice`;
/** The tool's own placeholder, which nothing prints with (ownPlaceholderRefusals; qa16). */
const ownPlaceholderText = (found: string) =>
  msg`this still holds the placeholder "${found}": nothing prints until it is filled in`;

/** A field still holding a blank form's placeholder (the studio refuses to print it so). */
export const isPlaceholderWarning = (w: UserError): boolean =>
  w.text.key === placeholderText('').key || w.text.key === ownPlaceholderText('').key;

/** One of the tool's own placeholders ("(Họ và tên người ký)"), which nothing prints with. */
export const isOwnPlaceholderWarning = (w: UserError): boolean =>
  w.text.key === ownPlaceholderText('').key;

/** The placeholder a placeholder warning names ("(phòng phụ trách)"). */
export const placeholderOf = (w: UserError): string => String(w.text.values[0] ?? '');

/**
 * The warnings about the tool's own placeholders (load/placeholders.ts: the Word import's and the
 * blank campaign's) as the errors `check`, `build` and `serve` stop on: such a value is never
 * meant to print. A look-alike the office typed ("(tên cũ: Xóm Chùa)") stays a warning.
 */
export function ownPlaceholderRefusals(warnings: readonly UserError[]): UserError[] {
  return warnings
    .filter((w) => isPlaceholderWarning(w) && isOwnPlaceholder(placeholderOf(w)))
    .map(
      (w) =>
        new UserError(
          msg`this still holds "${placeholderOf(w)}", written in place of a value to fill in: nothing is printed or published until it is`,
          w.where,
          msg`Write the real value in place of "${placeholderOf(w)}" (the Word import and the blank campaign write such a value in brackets where they had none).`,
        ),
    );
}

function checkPlaceholders(
  c: Campaign,
  file: string,
  lineOf: LineOf,
  { warnings }: CampaignFindings,
) {
  for (const [text, path] of texts(c)) {
    // A blank form's "(tên …)", or the tool's own ("(phòng phụ trách)", which the pattern does
    // not know): the tool's own said first, so that the refusal finds it.
    const typed = PLACEHOLDER.exec(text)?.[0];
    const own = ownPlaceholderIn(text);
    const found = typed && (isOwnPlaceholder(typed) || !own) ? typed : own;
    if (!found) continue;
    warnings.push(
      new UserError(
        isOwnPlaceholder(found) ? ownPlaceholderText(found) : placeholderText(found),
        { file, line: lineOf(path), field: path.join('.') },
        // The placeholder named, not "vào chỗ đó" (h-left15a: a place the office must guess).
        msg`Write the real value in place of "${found}".`,
      ),
    );
  }
}

/**
 * The blank campaign's sample lines of the body (studio/skeleton.ts), left as they are (qa49):
 * every notice printed "1. Mục đích, yêu cầu – Nội dung thứ nhất. – Nội dung thứ hai." without a
 * word, while the bracketed placeholders beside them were refused. A line that is the sample
 * alone; the same words inside a sentence of the office's are its own.
 */
const SAMPLE_LINE = /^[^\S\n]*(?:[-–•][^\S\n]*)?(Nội dung thứ (?:nhất|hai)\.?)[^\S\n]*$/mu;

function checkSampleBody(
  c: Campaign,
  file: string,
  lineOf: LineOf,
  { warnings }: CampaignFindings,
) {
  const found = SAMPLE_LINE.exec(c.notice?.body ?? '')?.[1];
  if (!found) return;
  warnings.push(
    new UserError(
      msg`the body still holds the blank campaign's sample line "${found}", printed as it is on every notice`,
      { file, line: lineOf(['notice', 'body']), field: 'notice.body' },
      msg`Replace the sample lines with the notice's own content.`,
    ),
  );
}

/** Two measures with one id would report into one figure; two with one label, look alike. */
function checkMeasures(c: Campaign, file: string, lineOf: LineOf, { errors }: CampaignFindings) {
  const seen = new Map<string, number>();
  c.measures.forEach((m, i) => {
    for (const key of ['id', 'label'] as const) {
      const value = key === 'id' ? m.id : m.label.toLocaleLowerCase('vi');
      const first = seen.get(`${key}\u0000${value}`);
      if (first === undefined) {
        seen.set(`${key}\u0000${value}`, i);
        continue;
      }
      errors.push(
        new UserError(
          key === 'id'
            ? msg`measure ${i + 1} has the same id as measure ${first + 1} ("${m.id}")`
            : msg`measure ${i + 1} has the same label as measure ${first + 1} ("${m.label}")`,
          { file, line: lineOf(['measures', String(i), key]), field: `measures.${i}.${key}` },
          key === 'id'
            ? msg`Give each measure its own id, e.g. tham_gia, chung_nhan, cai_app.`
            : msg`Give each measure its own label: a leader must tell the boxes apart.`,
        ),
      );
    }
  });
}

/**
 * A measure whose label counts households ("Số hộ …") taken against people, or one counting
 * people ("Số người …", "Số nhân khẩu …") taken against households: the tracking sheet's rate
 * line read "Số hộ tham gia: ……… người / 702 nhân khẩu" (qa18). A slip of `of`, most likely.
 */
function checkMeasureUnits(
  c: Campaign,
  file: string,
  lineOf: LineOf,
  { warnings }: CampaignFindings,
) {
  c.measures.forEach((m, i) => {
    const label = m.label.trim().toLocaleLowerCase('vi').replace(/\s+/g, ' ');
    const households = /^(?:tổng )?số hộ(?:\s|$)/u.test(label);
    const people = /^(?:tổng )?số (?:người|nhân khẩu|lượt người)(?:\s|$)/u.test(label);
    // A column counts what its header says (model/measure-base.ts): "Số hộ vùng trũng" is
    // households, and a label counting households is right to be taken against it (qa19).
    const counted = countedOf(m).kind;
    if (households && counted !== 'households') {
      warnings.push(
        new UserError(
          m.of === 'people'
            ? msg`"${m.label}" counts households, but its rate is taken against the population`
            : msg`"${m.label}" counts households, but its rate is taken against the column "${m.of}"`,
          { file, line: lineOf(['measures', String(i), 'of']), field: `measures.${i}.of` },
          msg`Write of: households (in the studio, "| hộ" after the label), or begin the label with what it counts.`,
        ),
      );
    } else if (people && counted === 'households') {
      warnings.push(
        new UserError(
          m.of === 'households'
            ? msg`"${m.label}" counts people, but its rate is taken against the households`
            : msg`"${m.label}" counts people, but its rate is taken against the column "${m.of}", which counts households`,
          { file, line: lineOf(['measures', String(i), 'of']), field: `measures.${i}.of` },
          msg`Write of: people (in the studio, "| người" after the label), or begin the label with what it counts.`,
        ),
      );
    }
    // A sum of money over a count of people or households is no rate either: the tracking
    // sheet's foot read "……… đồng / 228 đồng = ……… %" for "Số tiền đã thu (đồng)" with
    // `of: households` (qa40); it now says who paid (model/rate-lines.ts `paid`), but the report
    // still rates the sum. Said, not guessed: the label or the `of` may be the slip.
    const money = m.of === 'people' || m.of === 'households' ? moneyUnitOf(m) : undefined;
    if (money !== undefined) {
      warnings.push(
        new UserError(
          m.of === 'people'
            ? msg`"${m.label}" is a sum of money (${money}), but its rate is taken against the population: the report would print a sum as a share of the people`
            : msg`"${m.label}" is a sum of money (${money}), but its rate is taken against the households: the report would print a sum as a share of the households`,
          { file, line: lineOf(['measures', String(i), 'of']), field: `measures.${i}.of` },
          msg`A sum collected is a plain amount: leave "of" out (or write of: đồng; in the studio, "| đồng" after the label), or take it against a column of the groups file in đồng, e.g. "Chỉ tiêu (đồng)". A count of households begins its label with "Số hộ".`,
        ),
      );
    }
    // A weight or a volume over a count of people or households is no rate: "1.842,3/3.077 hộ,
    // đạt 59,9%", and a leader's 500 kg refused as "more than the households" (review).
    const unit = quantityUnitOf(m);
    if (unit !== undefined && (m.of === 'people' || m.of === 'households')) {
      warnings.push(
        new UserError(
          m.of === 'people'
            ? msg`"${m.label}" is measured in ${unit}, but its rate is taken against the population: a figure in ${unit} is no share of people, and one above the population is refused`
            : msg`"${m.label}" is measured in ${unit}, but its rate is taken against the households: a figure in ${unit} is no share of households, and one above their number is refused`,
          { file, line: lineOf(['measures', String(i), 'of']), field: `measures.${i}.of` },
          msg`Count it in its own unit: of: ${unit} (in the studio, "| ${unit}" after the label); or take it against a column of the groups file in ${unit}, e.g. "Khối lượng dự kiến (${unit})".`,
        ),
      );
    }
  });
}

/** A date as the office writes and reads it (dd/mm/yyyy), in messages. */
function checkContestDates(
  c: Campaign,
  contest: NonNullable<Campaign['contest']>,
  file: string,
  lineOf: LineOf,
  { errors, warnings }: CampaignFindings,
): void {
  const { starts, ends } = contest;
  if (ends < starts) {
    errors.push(
      new UserError(
        msg`the contest ends (${writtenDay(ends)}) before it starts (${writtenDay(starts)})`,
        { file, line: lineOf(['contest', 'ends']), field: 'contest.ends' },
        msg`Check that the contest's start and end dates are not swapped.`,
      ),
    );
  }
  // A contest over before the notice's date also started before it: one mistake, said once,
  // the stronger way, at the day most likely kept from the contest before (read48 #1).
  if (c.issued > ends) {
    warnings.push(
      new UserError(
        msg`the contest ends on ${writtenDay(ends)}, before the notice's date ${writtenIssued(c)}: the notice would announce a contest already over`,
        { file, line: lineOf(['contest', 'ends']), field: 'contest.ends' },
        msg`Check the contest's end "contest.ends" (and the notice's body), or the notice's date "issued": a notice copied from an earlier contest keeps its old days.`,
      ),
    );
  } else if (c.issued > starts) {
    warnings.push(
      new UserError(
        msg`the notice is dated ${writtenIssued(c)}, after the contest starts (${writtenDay(starts)})`,
        { file, line: lineOf(['issued']), field: 'issued' },
        msg`A notice usually comes out before the contest; check "issued".`,
      ),
    );
  }
  warnings.push(...bodyContestDates(c, contest, file, lineOf));
}

const endDayText = (body: string, when: string) =>
  msg`the notice's body says "${body}", but "when" ends on ${when} (the flyer, checklist, tracking sheet, leaders' page and Zalo message print ${when})`;

/**
 * The warning that the body's end day is not the one of `when` (checkWhenDates): the notice and
 * the other papers would print two deadlines on every copy, so the studio's print tab says it
 * among what to look at again before printing, not among the reminders.
 */
export const isEndDayWarning = (w: UserError): boolean => w.text.key === endDayText('', '').key;

/**
 * The campaign's period as `when` writes it, which the flyer, checklist, tracking sheet, the
 * leaders' page and the Zalo message print (qa26). A period that ends before it starts is
 * refused: a deadline moved into January with the old year typed ("đến hết ngày 15/01/2026" for
 * 2027) would be printed on every paper. A body whose end day(s) ("từ … đến hết ngày …", "đến
 * hết ngày …") are none of them the one `when` ends on is a warning at its line: the office
 * moved the deadline in one place and not the other. A contest's body is checked against the
 * contest's own dates (bodyContestDates).
 */
function checkWhenDates(
  c: Campaign,
  file: string,
  lineOf: LineOf,
  { errors, warnings }: CampaignFindings,
): void {
  const reversed = reversedPeriod(c.when);
  if (reversed) {
    const meant = meantEnd(reversed);
    errors.push(
      new UserError(
        msg`"when" ends on ${writtenDay(reversed.to)}, before it starts on ${writtenDay(reversed.from)}`,
        { file, line: lineOf(['when']), field: 'when' },
        meant
          ? msg`Is the end ${writtenDay(meant)} (the year ${meant.slice(0, 4)})? Correct the end day's year.`
          : msg`Check that the start and end days are not swapped.`,
      ),
    );
    return;
  }
  const ends = new Set(endsIn(c.when).map((e) => e.day));
  const [end] = ends;
  if (c.contest || end === undefined || ends.size > 1) return;
  const said = c.notice.body
    .split('\n')
    .map((text, i) => ({ line: i + 1, ends: endsIn(text) }))
    .filter((l) => l.ends.length > 0);
  const first = said[0];
  if (!first || said.some((l) => l.ends.some((e) => e.day === end))) return;
  warnings.push(
    new UserError(
      endDayText(first.ends.map((e) => e.said).join('”, “'), writtenDay(end)),
      { file, line: lineOf(['notice', 'body'], first.line), field: 'notice.body' },
      msg`Write the same end day in both, "Thời gian" and the notice's body; or write {{when}} in the body instead of its days.`,
    ),
  );
}

/**
 * What the office typed that no document of the tool's prints, each a warning at its field: a
 * contest's step fields once its steps come from `actions` (unless an action or the body says
 * them). A slogan always prints: on the posters, and without an app on the flyer too.
 */
function unprinted(c: Campaign, file: string, lineOf: LineOf): UserError[] {
  const out: UserError[] = [];
  const warn = (path: string[], text: Message, hint: Message) =>
    out.push(new UserError(text, { file, line: lineOf(path), field: path.join('.') }, hint));
  const { contest } = c;
  if (contest && c.actions.length > 0) {
    const said = [c.notice.body, ...c.actions.map((a) => a.step)].join('\n');
    const steps: [string, string[]][] = [
      ['topics', contest.topics],
      ['questions', contest.questions > 0 ? [String(contest.questions)] : []],
      ['share_message', [contest.share_message]],
      ['certificate_button', [contest.certificate_button]],
    ];
    for (const [key, values] of steps) {
      const missed = values.filter((v) => v !== '' && !said.includes(v));
      if (missed.length === 0) continue;
      warn(
        ['contest', key],
        msg`"${missed.join('; ')}" is not printed: the contest's steps are its actions, and none of them says it`,
        msg`Say it in one of the actions (or in the notice's body), or leave the field empty.`,
      );
    }
  }
  return out;
}

/**
 * A contest without its page cannot be joined from the paper: the flyer and checklist print the
 * page's QR code as the first step. Said at `links.contest.url` (the studio's "Trang cuộc thi"),
 * at the line of `links`, else of `contest`, since the key itself is not in the file.
 */
function noContestPage(file: string, lineOf: LineOf): UserError {
  return new UserError(
    msg`the contest has no page: the flyer and checklist print the QR code of links.contest, the contest's web page`,
    { file, line: lineOf(['links']) ?? lineOf(['contest']), field: 'links.contest.url' },
    msg`Give the contest's page: in the studio, the field "Trang cuộc thi" of the contest's part; in campaign.yaml, under links: contest: { url: "https://…", label: Trang cuộc thi }.`,
  );
}

/**
 * "thi" as a word of its own: JavaScript's \b counts only ASCII letters as word letters, so
 * /\bthi\b/ also found "thi" in "thiết", "thiện" and "cần thiết".
 */
const CONTEST_WORD = /(?<![\p{L}\p{M}])thi(?![\p{L}\p{M}])/iu;

/**
 * A period typed into the body on a line about the contest ("Thời gian thi: Từ ngày … đến ngày
 * …") that lies outside the contest's dates: last round's dates left in a copy, while the flyer
 * and checklist print the new ones. Only a period on a line naming the contest ("thi") is read,
 * so other dates of the body are left alone; it is read as `when`'s are (when-dates.ts
 * `periodsIn`: "từ ngày … đến hết ngày …", "từ … tới …", "… – …", a first day without its year).
 */
function bodyContestDates(
  c: Campaign,
  contest: NonNullable<Campaign['contest']>,
  file: string,
  lineOf: LineOf,
): UserError[] {
  return c.notice.body.split('\n').flatMap((text, i) => {
    if (!CONTEST_WORD.test(text)) return [];
    const outside = periodsIn(text).find((p) => p.from < contest.starts || p.to > contest.ends);
    if (!outside) return [];
    const { from, to } = outside;
    return [
      new UserError(
        msg`the body gives the contest's dates as ${writtenDay(from)}–${writtenDay(to)}, but the contest runs ${writtenDay(contest.starts)}–${writtenDay(contest.ends)} (the flyer and checklist print these)`,
        { file, line: lineOf(['notice', 'body'], i + 1), field: 'notice.body' },
        msg`Write {{contestDates.starts.short}} and {{contestDates.ends.short}} in the body instead of the dates, so the notice follows contest.starts and contest.ends.`,
      ),
    ];
  });
}

/**
 * Serve stage: the data the web pages show, shared by the server and the static site so both
 * give the same pages. In: the library (ward, labels, rendered files) and where the links point.
 * Out: the views of templates/web/leader.hbs and admin.hbs.
 */

import { LRUCache } from 'lru-cache';
import QRCode from 'qrcode';
import type { UserError } from '../errors.js';
import { FLYERS_PER_SHEET } from '../kinds/flyer.js';
import { kindNames } from '../kinds/registry.js';
import { type Output, outputFileName } from '../kinds/render.js';
import { noticeTypeCode } from '../load/notice-type.js';
import { campaignDays } from '../model/campaign-days.js';
import { type DocContext, householdNoun, nothingToPrint, type Tally } from '../model/context.js';
import {
  formatFigure,
  groupThousands,
  officeInText,
  officeSaysWard,
  upperFirst,
} from '../model/format.js';
import { groupOwnTerm } from '../model/group-term.js';
import { linkAsSent } from '../model/link-as-sent.js';
import { baseName, baseOf, baseUnit } from '../model/measure-base.js';
import { countedHouseholds } from '../model/roster-rows.js';
import { matches, searchOf } from '../model/search.js';
import { unitTermOf } from '../model/unit-term.js';
import { campaignKey } from '../results/campaign-key.js';
import { toldApart } from '../results/told-apart.js';
import { renderTemplate } from '../template/handlebars.js';
import { unmarked } from '../template/value-marks.js';
import { campaignTag, withCampaign } from './campaign-file-name.js';
import { mapView } from './campaign-map.js';
import {
  type DocumentLibrary,
  GROUP_ZIP,
  PAGE_IMAGE_WIDTH,
  pageImageName,
  pagePreviewName,
  pagesViewName,
  type ServedFile,
} from './library.js';
import { samePersonGroups } from './links.js';
import type { OpenElsewhere } from './open-elsewhere.js';
import { eachPageOnce, groupOwnLinks, type LabelledLink } from './own-links.js';
import { NO_PERIOD, periodView, siteDaysOf } from './period.js';
import {
  type FirstPapers,
  firstOfGroup,
  type GroupNow,
  type LeaderUpdate,
  updateAfterEnd,
  updateView,
} from './update-note.js';
import type { Ward } from './ward.js';
import { zaloMessage } from './zalo-message.js';

/** "91 KB", "1,2 MB": sizes as a Vietnamese reader writes them (decimal comma). */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}

export interface LeaderLinks {
  /** Prefix of the group's files: "/g/<token>/" on the server, "" in a static site. */
  files: string;
  /** Where style.css is. */
  assets: string;
  /**
   * The query that asks for a file inline ("?view" on the server); a static site has none (its
   * host serves PDFs and images without `attachment`, so a browser shows them).
   */
  viewQuery: string;
  /**
   * "Xem" of a PDF opens its page-by-page view (pictures of its pages) rather than the PDF:
   * Zalo's in-app browser on Android cannot show a PDF, every browser shows a PNG.
   */
  pageViews?: boolean;
  /**
   * Opened inside Zalo's or Facebook's own browser (from the User-Agent): the page says how to
   * leave it. 'unknown' on a static site, made once for every browser: the note is in the page,
   * hidden, and share.js shows it when the phone's browser names itself Zalo's or Facebook's
   * (qa48 M1: the site's pages never said it).
   */
  inApp?: boolean | 'unknown';
  /**
   * Today in Viet Nam (YYYY-MM-DD), from the server's clock (ServerOptions.today): the page says
   * whether the campaign has started or ended (period.ts). A static site has none: its pages,
   * made once, say nothing that a day would make untrue.
   */
  today?: string;
  /** The campaign changed since its papers first went out (the studio's record, update-note.ts). */
  update?: LeaderUpdate;
  /** The map's address when it is not among the group's files (a static site's one copy). */
  map?: string;
  /**
   * The address of another group's page (its token's path), for a leader who leads several
   * groups: the page links to the others. Without it, the page names them only.
   */
  groupHref?: (groupId: string) => string;
}

/** Zalo's and Facebook's in-app browsers name themselves in the User-Agent. */
export function isInAppBrowser(userAgent: string | undefined): boolean {
  return /\bZalo\b|FBAN|FBAV|FB_IAB/i.test(userAgent ?? '');
}

/** The in-app note as a page's template says it: shown, or in the page for share.js to show. */
function inAppOf(links: LeaderLinks) {
  return { inApp: links.inApp === true, inAppUnknown: links.inApp === 'unknown' };
}

/** Only what the pages print of a group's context: it also carries the roster, which stays in its PDF. */
function groupHeading(lib: DocumentLibrary, groupId: string) {
  const own = groupOwnLinks(lib.ward.group(groupId), lib.ward.printedFields());
  return headingOf(lib.ward.contextOf(groupId), own);
}

/** What the leader page's header says of the group and its campaign (`doc` in leader.hbs). */
export function headingOf(ctx: DocContext, ownLinks: readonly LabelledLink[] = []) {
  return {
    group: { id: ctx.group.id, name: ctx.group.name },
    /** The name as running text says it ("chỉ dành cho thôn Đoàn Kết"). */
    groupInText: ctx.groupInText,
    issuer: ctx.issuer,
    officeInText: ctx.officeInText,
    /** The office's contact name says the ward itself: the header prints it alone. */
    officeSaysWard: officeSaysWard(ctx.issuer.office, ctx.issuer.ward),
    term: ctx.term,
    contest: ctx.contest,
    contestDates: ctx.contestDates,
    app: ctx.app,
    title: ctx.title,
    /**
     * The title has its own ":" ("KHẨN: Ứng phó bão số 3"): the lead line quotes it rather
     * than set it after a second colon (qa21: "Tài liệu của phường: KHẨN: Ứng phó…").
     */
    titleQuoted: ctx.title.includes(':'),
    subject: ctx.notice.subject,
    /** The notice's own name (a Kế hoạch, a Thông báo), as its card's title says it. */
    noticeType: ctx.noticeType,
    /**
     * A Giấy mời is handed to the people it invites, not posted on the board (qa19: "In giấy mời
     * của phường, dán ở nhà văn hóa…").
     */
    invitation: noticeTypeCode(ctx.noticeType) === 'GM',
    /**
     * The notice's circulation mark ("LƯU HÀNH NỘI BỘ", ô 11 of Decree 30), else null: it is for
     * the leader to read and keep, not to post on the board (qa55 M3).
     */
    circulation: ctx.circulation,
    /**
     * The numbers to call (`hotlines`: who, number, dial), as the flyer's box prints them: a call
     * a finger starts on the leader's phone.
     */
    hotlines: ctx.hotlines,
    /** The group's own time and place, as its flyer prints them ('' when the line is left out). */
    when: printedValue(ctx, 'when'),
    where: printedValue(ctx, 'where'),
    /**
     * What the tracking sheet's rows are and what its cells take (model/context.ts tallyOf): the
     * page's step says what the sheet asks, a count of people per household or a tick (qa8 L1),
     * in the words the sheet says it with ("số học sinh", "số chó của hộ": qa19).
     */
    tally: {
      count: ctx.tally.count,
      rowsPeople: ctx.tally.rowsPeople,
      noun: ctx.tally.noun,
      things: ctx.tally.things,
      /**
       * Who the checklist goes to and what the sheet is: a campaign counting people hands it to
       * each person, a sign-up sheet is the list of those who put their names down (no steps:
       * no ticks), a sheet with nothing to tick has its result column.
       */
      people: checklistPerPerson(ctx.tally),
      signUp: ctx.tally.signUp,
      // A list of children, a row of a kind of household: said as the sheet says them (qa54).
      children: ctx.tally.children,
      // A meeting's list of those present, each signing (qa58 M6): "người dự hội nghị".
      attendees: ctx.tally.attendees,
      householdWord: ctx.tally.householdWord,
      step: ctx.tally.step,
      result: ctx.tally.result,
    },
    /**
     * Every action column of the sheet is a signature ("Người nộp ký tên"): the sheet says no
     * "x" to tick, the page's step names the columns signed in (qa57 p6).
     */
    signedColumns: ctx.allSigned ? ctx.trackerTicks.map((t) => t.signTitle) : [],
    /**
     * The paying columns of a sheet whose cells count ("Đã nộp tiền" beside "Số con đã tiêm"):
     * each takes an "x", as the sheet says (qa58 p4).
     */
    paidColumns: ctx.tally.count
      ? ctx.trackerTicks.filter((t) => t.paid).map((t) => t.column.trim() || t.step)
      : [],
    /**
     * The campaign's links (a registration form, the contest's page), then the group's own that
     * its papers print (a column of the groups file: its tổ's Zalo group, its prefilled form),
     * each page once, as a leader pastes them into the group's Zalo (qa20 8b: the page offered
     * documents only).
     */
    links: eachPageOnce([
      ...Object.values(ctx.links ?? {}).map((l) => ({ label: l.label, url: l.url })),
      ...ownLinks,
    ]),
  };
}

/**
 * A campaign value that is a template (`when`, `where`) as the group's papers print it: filled
 * by the documents' own `fill` helper, as plain text (the page escapes it), '' when it prints
 * nothing for this group.
 */
function printedValue(ctx: DocContext, field: 'when' | 'where'): string {
  const line = `{{fill ${field} source="${field}"}}`;
  return unmarked(renderTemplate({ text: line, file: 'web/leader.hbs' }, ctx)).trim();
}

/**
 * The group as its page compares it with the list its links were sent with (update-note.ts):
 * its name, leader, and each measure's base, said as "chỉ tiêu mới của tổ: 200 hộ (trước là
 * 139 hộ)" when it changed.
 */
function groupNow(lib: DocumentLibrary, groupId: string): GroupNow | undefined {
  const group = lib.ward.group(groupId);
  if (!group) return undefined;
  const { short } = lib.ward.term;
  return {
    id: group.id,
    name: group.name,
    leader: group.leader,
    phone: group.phone,
    bases: lib.ward.campaign.measures.map((m) => {
      const now = baseOf(group, m);
      const unit = baseUnit(m);
      return {
        id: m.id,
        now,
        said: (was: number, is?: number) =>
          is === undefined
            ? `danh sách mới không còn ghi ${baseName(m)} của ${short} (trước là ${formatFigure(was)} ${unit})`
            : `${baseName(m)} mới của ${short}: ${formatFigure(is)} ${unit} (trước là ${formatFigure(was)} ${unit})`,
      };
    }),
  };
}

/**
 * What a group's papers say that a leader acts on: the campaign's last day and the notice's
 * number (update-note.ts compares them with what the papers said when first sent).
 */
export function papersSaid(ward: Ward, groupId: string): FirstPapers {
  return {
    ends: groupDays(ward, groupId)?.ends ?? null,
    notice: ward.contextOf(groupId).noticeNumber,
  };
}

/**
 * A group's campaign days as its papers print them (the notice's date as leaderView reads it: a
 * day without its year is the campaign's); null when they name none.
 */
export function groupDays(ward: Ward, groupId: string) {
  const ctx = ward.contextOf(groupId);
  return campaignDays(ctx.contest, printedValue(ctx, 'when'), ward.campaign.issued);
}

/**
 * How many to print of a document that goes to each household or person, when the groups file
 * gives the count (qa21 finding 13): the flyer, a household a flyer, FLYERS_PER_SHEET to an A4
 * sheet; the checklist, one to each person when the campaign counts people (as the page's step
 * says: "đưa cho từng người"), else to each household. A sign-up's or a contest's checklist goes
 * to whoever joins: no count. As numbers: the studio's build tab adds up a ward's (build-files.ts).
 */
export function printNeed(
  kind: string,
  counts: { households?: number; population?: number } | undefined,
  ctx: Pick<DocContext, 'tally' | 'contest'>,
): PrintNeed | null {
  const by = countedBy(kind, ctx);
  // People: those the campaign counts, its first measure's base (the voters of an election's
  // "Số cử tri", a roster's residents), else the population (qa22: an election's checklists were
  // counted for every resident, children too).
  // A group with nothing due ("Số trẻ cần tiêm" 0) needs no copy for each of them, whatever its
  // population (qa24 F8).
  // A count the list gives as 0 ("Số cử tri" 0) is none to print for either, not the population's.
  if (by === 'population' && nothingToPrint(ctx.tally)) return null;
  // Children counted as people ("| trẻ", qa57 M3): the list gives no count of them, and its 620
  // residents are not they: no base (model/measure-base.ts baseOf). No count said, as for a group
  // the list gives none.
  if (by === 'population' && ctx.tally.children && ctx.tally.base === null) return null;
  const n = by === 'population' ? (ctx.tally.base ?? counts?.population) : by && counts?.[by];
  if (!n) return null;
  if (kind === 'flyer') {
    return {
      sheets: Math.ceil(n / FLYERS_PER_SHEET),
      copies: null,
      households: n,
      people: false,
      noun: 'hộ',
    };
  }
  const people = by === 'population';
  // The households the campaign counts, when they are some of the group's (its food
  // businesses): a copy for each of them (qa54 M3), as the tracking sheet has a row for each.
  const counted = people ? undefined : countedHouseholds(ctx.tally, n);
  if (counted !== undefined)
    return {
      sheets: null,
      copies: counted,
      households: counted,
      people,
      noun: householdNoun(ctx.tally.unit),
    };
  const noun = people ? copyNoun(ctx.tally) : 'hộ';
  return { sheets: null, copies: n, households: people ? null : n, people, noun };
}

/**
 * Whom each copy of a checklist counted by people is for: the base column's own noun when the
 * count is that column's ("trẻ cần tiêm", "cử tri": qa24 F8, "mỗi người một bản" over a count of
 * the children due), else "người" (the population, a roster's residents).
 */
export function copyNoun(tally: Pick<Tally, 'base' | 'unit'>): string {
  return tally.base !== null && tally.unit !== 'nhân khẩu' ? tally.unit : 'người';
}

/**
 * The count of the groups file a document's print count is made from (`printNeed`), or null
 * when it has none: a document for the group, not each household, or a checklist that goes to
 * whoever joins (a sign-up, a contest).
 */
export function countedBy(
  kind: string,
  ctx: Pick<DocContext, 'tally' | 'contest'>,
): 'households' | 'population' | null {
  if (kind === 'flyer') return 'households';
  if (kind !== 'checklist' || ctx.contest || ctx.tally.signUp) return null;
  return checklistPerPerson(ctx.tally) ? 'population' : 'households';
}

/**
 * Whether the checklist goes to each person: the campaign counts people, and its steps are not a
 * household's ("Cử ít nhất 01 người của hộ tham gia": one copy a household, qa54 M4).
 */
const checklistPerPerson = (tally: Pick<Tally, 'people' | 'householdSteps'>): boolean =>
  tally.people && !tally.householdSteps;

/**
 * How many to print of a flyer (`sheets` of A4, FLYERS_PER_SHEET flyers to a sheet, for
 * `households`) or a checklist (`copies`, one for each household or, `people`, each person).
 */
export interface PrintNeed {
  sheets: number | null;
  copies: number | null;
  households: number | null;
  people: boolean;
  /** Whom each copy is for: "hộ", "người", the base column's noun ("trẻ cần tiêm"). */
  noun: string;
}

/** `printNeed` as the leader's page prints it: numbers as a Vietnamese reader writes them ("1.234"). */
export function printCount(
  kind: string,
  counts: { households?: number; population?: number } | undefined,
  ctx: Pick<DocContext, 'tally' | 'contest'>,
): PrintCount | null {
  const need = printNeed(kind, counts, ctx);
  if (!need) return null;
  const grouped = (n: number | null) => (n === null ? null : groupThousands(n));
  return {
    sheets: grouped(need.sheets),
    perSheet: need.sheets === null ? null : FLYERS_PER_SHEET,
    copies: grouped(need.copies),
    households: grouped(need.households),
    people: need.people,
    noun: need.noun,
  };
}

/**
 * A print count (leader.hbs, beside the document's card): A4 sheets of flyers, or copies of a
 * checklist, one for each household or (`people`) each person. Every key present: the page's
 * template is strict.
 */
export interface PrintCount {
  sheets: string | null;
  perSheet: number | null;
  copies: string | null;
  households: string | null;
  people: boolean;
  /** Whom each copy is for (PrintNeed's noun). */
  noun: string;
}

/** Where "Xem" of a document goes: its page-by-page view, or the file shown inline. */
function viewHref(output: Output, links: LeaderLinks): string {
  if (links.pageViews && output.kind.ext !== 'png') return `${links.files}${pagesViewName(output)}`;
  return `${links.files}${outputFileName(output)}${links.viewQuery}`;
}

/**
 * Which documents the page offers, by kind ("poster", "share", "notice"…): "Việc cần làm" names
 * only what the leader can find below it (a notice alone has no poster to print).
 */
export function offeredKinds(outputs: readonly Output[]): Record<string, boolean> {
  // Every kind named (false when not offered): the pages' templates are strict.
  const offered = new Set(outputs.map((o) => o.kind.name));
  return Object.fromEntries(kindNames().map((k) => [k, offered.has(k)]));
}

/**
 * Why a group has no documents to download, for its leader: the character and the column, not
 * the file's path (the office's, on its own computer).
 */
function unprintableNote(e: UserError): { reason: string; field?: string } {
  return { reason: e.say('vi'), field: e.where.field };
}

/**
 * The leader's page of a group. `drawn: 'all'` (a static site, made once) draws every document
 * first, for the page counts and sizes it prints; `'so-far'` (the server) shows them for the
 * documents drawn already and none for the others, so a first visit is answered at once rather
 * than after ~2 s of drawing (the caller draws the rest afterwards, DocumentLibrary.drawLater).
 */
export async function leaderView(
  lib: DocumentLibrary,
  groupId: string,
  links: LeaderLinks,
  drawn: 'all' | 'so-far' = 'all',
) {
  const labels = lib.labelsOf(groupId);
  // The names the phone saves them under say the campaign, as the answers' do (qa58b M5).
  const tag = campaignTag(lib.ward.campaign);
  const docs: { output: Output; file?: ServedFile }[] =
    drawn === 'all' ? await lib.documents(groupId) : await lib.drawnDocuments(groupId);
  const zip =
    drawn === 'all' ? await lib.file(groupId, GROUP_ZIP) : await lib.drawn(groupId, GROUP_ZIP);
  const { issuer } = lib.ward.campaign;
  const refused = lib.ward.unprintable(groupId);
  const ctx = lib.ward.contextOf(groupId);
  const doc = groupHeading(lib, groupId);
  const days = campaignDays(ctx.contest, doc.when, lib.ward.campaign.issued);
  const period = (links.today === undefined ? null : periodView(days, links.today)) ?? NO_PERIOD;
  const changed = updateView(
    firstOfGroup(links.update, groupId),
    { ends: days?.ends ?? null, notice: ctx.noticeNumber },
    groupNow(lib, groupId),
  );
  // Past the last day, a corrected last day is said with "đã kết thúc", not as a new deadline.
  const { update, endsCorrectedOn } = period.ended
    ? updateAfterEnd(changed)
    : { update: changed, endsCorrectedOn: null };
  return {
    /** Before a contest, or after the campaign's last day: what the page says of it (period.ts). */
    period,
    /** Past the last day: the day it was corrected since the papers went out, else null. */
    endsCorrectedOn,
    /**
     * A static site's page, made once, knows no day: the campaign's days, which it prints, and
     * from which share.js says the same notes by the phone's date (period.ts `siteDaysOf`).
     */
    siteDays: links.today === undefined ? siteDaysOf(days) : null,
    /** What changed since the papers first went out (update-note.ts); null when nothing did. */
    update,
    /** Other campaigns open for the group (leaderPageHtml fills them in past the last day). */
    elsewhere: [] as readonly OpenElsewhere[],
    /**
     * Nothing left to send or print for this campaign: past its last day, or (leaderPageHtml)
     * followed by a newer one open for the group (closing56: its page still asked to print and
     * send again under the pointer to the new one). Only the figures are left to report.
     */
    settled: period.ended,
    /** The Zalo message changed since it was first sent: the first step asks to send it again. */
    resend: changed?.message ?? false,
    // The group's row has a character the fonts lack: no document, and why (the office's to fix).
    unprintable: refused ? unprintableNote(refused) : null,
    assets: links.assets,
    ...inAppOf(links),
    /**
     * The campaign as the page's title and its link's card name it (qa48 m1: every campaign's
     * link of a group showed the same card, "Tài liệu Tổ dân phố số 1 — phường Lê Chân").
     */
    campaignName: doc.title || doc.contest?.name || upperFirst(doc.subject),
    doc,
    /**
     * The other groups this group's leader leads (one name, one phone: qa44 m3), each with its
     * page: one person gets a link, papers and a figures form per group, and the page says so.
     */
    sameLeader: (samePersonGroups(lib.ward.groups).get(groupId) ?? []).map((g) => ({
      name: g.name,
      href: links.groupHref?.(g.id) ?? null,
    })),
    /** The campaign's map (assets.map), to show residents where to go; null without one. */
    map: await mapView(ctx, links.files, links.viewQuery, links.map),
    /**
     * The message to forward to the group's Zalo chat: its flyer's words, with the links
     * (zalo-message.ts); the box's rows, about 30 characters a row on a 360 px phone.
     */
    message: messageBox(zaloMessage(ctx, doc.links, lib.ward.templateDir)),
    /** "phường", "xã"…: whose notice it is ("Thông báo của xã"). */
    unit: unitTermOf(issuer.name, issuer.ward),
    offers: offeredKinds(docs.map((d) => d.output)),
    documents: docs.map(({ output, file }) => ({
      title: labels.title(output),
      note: labels.note(output),
      href: `${links.files}${outputFileName(output)}`,
      view: viewHref(output, links),
      share: output.kind.ext === 'png',
      // A campaign without an app: its share image is the poster's picture, for posts (Facebook,
      // Nhật ký Zalo), when the group's chat is sent the flyer's picture (labels.hbs); without
      // the flyer's picture, the steps send the poster's to the chat, and so does its hint.
      forPosts:
        output.kind.name === 'share' &&
        !doc.app &&
        docs.some((d) => d.output.kind.name === 'share-flyer'),
      downloadName: withCampaign(labels.fileName(output), tag),
      type: (output.kind.ext ?? 'pdf').toUpperCase(),
      image: output.kind.ext === 'png',
      // Null for a document not drawn yet (`drawn: 'so-far'`): the page says its type alone.
      pages: file?.pages ?? null,
      // A poster's pages are sheets to hang side by side, printed one-sided: "2 tờ", not
      // "2 trang", which a print shop may print back to back (qa5 G12).
      sheets: output.kind.wallSheet === true,
      size: file ? formatSize(file.bytes.length) : null,
      // A built file that was signed (build --sign --site serves the build's own files).
      signed: file?.signed === true,
      preview: `${links.files}${pagePreviewName(output)}`,
      // How many to print for the group's households or people, when the groups file says.
      // Not once the campaign has ended: its papers are kept, not printed for every household.
      count: period?.ended ? null : printCount(output.kind.name, lib.ward.group(groupId), ctx),
    })),
    // The participation form: the server fills it in (results-form.ts); a static site has none.
    results: null,
    zip: {
      href: `${links.files}${GROUP_ZIP}`,
      downloadName: withCampaign(`${labels.groupZip}.zip`, tag),
      size: zip ? formatSize(zip.bytes.length) : null,
    },
  };
}

/**
 * The characters of the message a row of its box holds on the narrowest phone at larger text:
 * 320 px at 130 % (qa34 m3: counted for 360 px at 100 %, 30 a row, the box hid its last lines,
 * 200 px, with JavaScript off, where share.js cannot fit it). 24 a row fitted the example's
 * message to the pixel in Chromium's font (1,191 px); one fewer leaves a phone's wider font a
 * few rows. A wider screen or smaller text gets room to spare below the text.
 */
const MESSAGE_CHARS_A_ROW = 23;

/**
 * The message and the rows its box takes to show it whole on a 320 px phone at 130 % text, for
 * a browser that does not size the box to its text (style.css) and runs no script: all of them,
 * no box scrolling inside the page (qa25c F5); on a wider screen the box has room to spare.
 */
function messageBox(text: string): { text: string; rows: number } {
  const rows = text.split('\n').reduce((n, line) => n + rowsOfLine(line), 0);
  return { text, rows: Math.max(3, rows) };
}

/**
 * The rows one line of the message takes, wrapped as a browser wraps a box's text: word by word,
 * a word that does not fit the row's rest on a new row, a word longer than a row (a store link,
 * "https://play.google.com/…%20H%E1%BA%A3i…") broken across rows of its own. Counting the line's
 * characters alone missed the rest of the row a link leaves its line's words: with an app's two
 * store links the box hid its last two rows at 320 px (qa48 M2's message).
 */
function rowsOfLine(line: string): number {
  let rows = 1;
  let used = 0;
  for (const word of line.split(' ')) {
    const need = used === 0 ? word.length : used + 1 + word.length;
    if (need <= MESSAGE_CHARS_A_ROW) {
      used = need;
      continue;
    }
    if (used > 0) rows += 1;
    rows += Math.ceil(word.length / MESSAGE_CHARS_A_ROW) - 1;
    used = word.length % MESSAGE_CHARS_A_ROW || MESSAGE_CHARS_A_ROW;
  }
  return rows;
}

/**
 * The page-by-page view of one document (templates/web/pages.hbs): a picture of each page,
 * phone-wide, each opening alone and larger on tap, then the file to save or open.
 */
export async function pagesView(
  lib: DocumentLibrary,
  groupId: string,
  output: Output,
  links: LeaderLinks & { back: string },
) {
  const labels = lib.labelsOf(groupId);
  const file = await lib.file(groupId, outputFileName(output));
  const total = file?.pages ?? 0;
  const title = labels.title(output);
  const [w, h] = output.kind.pageSize(output.variant);
  const texts = file ? await lib.pageTexts(groupId, output) : [];
  return {
    assets: links.assets,
    ...inAppOf(links),
    doc: groupHeading(lib, groupId),
    document: {
      title,
      note: labels.note(output),
      pages: total,
      sheets: output.kind.wallSheet === true,
    },
    back: links.back,
    pages: Array.from({ length: total }, (_, i) => ({
      n: i + 1,
      src: `${links.files}${pageImageName(output, i + 1)}`,
      // Tapped: the page alone, larger, for zooming into its small print.
      large: `${links.files}${pageImageName(output, i + 1, true)}`,
      alt: `${title}, trang ${i + 1} trên ${total}`,
      width: PAGE_IMAGE_WIDTH,
      height: Math.round((PAGE_IMAGE_WIDTH * h) / w),
      // The first page at once; the others as the leader scrolls (a cheap phone's data plan).
      lazy: i > 0,
      // What the page says, for a screen reader (and a reader who needs larger text): a picture
      // of text is no text to them (qa41 M3).
      text: (texts[i] ?? []).map((b) => ({ text: b.text, h2: b.h === 1, h3: b.h === 2 })),
    })),
    file: {
      href: `${links.files}${outputFileName(output)}`,
      view: `${links.files}${outputFileName(output)}${links.viewQuery}`,
      downloadName: withCampaign(
        file?.downloadName ?? outputFileName(output),
        campaignTag(lib.ward.campaign),
      ),
      type: (output.kind.ext ?? 'pdf').toUpperCase(),
      size: formatSize(file?.bytes.length ?? 0),
    },
  };
}

export interface GroupLink {
  id: string;
  name: string;
  /** The full link sent to the leader, or the site-relative one when no base URL is known. */
  url: string;
  /** Where the admin page's anchor points. */
  href: string;
}

/**
 * The QR codes made, per campaign, by the link they say: the admin page draws one for each group
 * it lists (~1 ms of CPU each, 32 for the example's ward) on every visit, for links that stay the
 * same for the campaign's life. ~2.6 KB each: QR_PER_CAMPAIGN of them, a district's ward, is
 * ~3 MB. Kept per campaign (the studio serves all its open campaigns from one process): one
 * campaign's pages of a big ward paged through evict only that campaign's codes, never the
 * others'. QR_CAMPAIGNS campaigns kept at most (~20 MB were each a ward of 1,000 groups).
 */
const QR_PER_CAMPAIGN = 1000;
const QR_CAMPAIGNS = 8;
const qrCodes = new LRUCache<string, LRUCache<string, Promise<string>>>({ max: QR_CAMPAIGNS });

/**
 * An SVG QR code of `url` (as a browser sends it: linkAsSent): quiet zone 4, correction M.
 * `campaign`: whose link it is (results/campaign-key.ts), whose codes it is kept with.
 */
export function qrSvg(url: string, campaign: string): Promise<string> {
  const link = linkAsSent(url);
  let codes = qrCodes.get(campaign);
  if (!codes) {
    codes = new LRUCache({ max: QR_PER_CAMPAIGN });
    qrCodes.set(campaign, codes);
  }
  let svg = codes.get(link);
  if (!svg) {
    const kept = codes;
    svg = QRCode.toString(link, { type: 'svg', margin: 4, errorCorrectionLevel: 'M' });
    kept.set(link, svg);
    // A link QRCode cannot encode is told each time, not remembered.
    svg.catch(() => kept.delete(link));
  }
  return svg;
}

/** An SVG QR code of `url` as a data: URI (the CSP allows data: images, not inline scripts). */
export async function qrDataUri(url: string, campaign: string): Promise<string> {
  return `data:image/svg+xml;base64,${Buffer.from(await qrSvg(url, campaign)).toString('base64')}`;
}

/**
 * The groups' links with their leaders, those a search asks for: every word of `query` in the
 * name, id or leader where a word begins (model/search.ts); all of them for an empty query.
 */
export function searchLinks(
  lib: DocumentLibrary,
  links: readonly GroupLink[],
  query = '',
): (GroupLink & { leader: string; phone?: string | undefined })[] {
  return findLinks(lib.ward.groups, links, query);
}

/** `searchLinks` over a ward's groups (the studio's leaders tab has a ward, not a library). */
export function findLinks(
  groups: readonly { id: string; leader?: string; phone?: string }[],
  links: readonly GroupLink[],
  query = '',
): (GroupLink & { leader: string; phone?: string | undefined })[] {
  const byId = new Map(groups.map((g) => [g.id, g]));
  const search = searchOf(query);
  return links
    .map((l) => ({ ...l, leader: byId.get(l.id)?.leader ?? '', phone: byId.get(l.id)?.phone }))
    .filter((l) => matches(search, `${l.name} ${l.id} ${l.leader}`));
}

/**
 * Groups with their QR codes on one office page: each code is ~3 KB inline, so a city's 5,000
 * groups made a 15 MB page a laptop struggles with and a phone cannot open.
 */
export const ADMIN_PAGE_SIZE = 100;

/** Where a paged list is: its page (1-based), pages and the numbers shown, said as the pages say them. */
export interface Pager {
  page: number;
  pages: string;
  first: string;
  last: string;
  found: string;
  prev: string | null;
  next: string | null;
}

/**
 * The page of `found` that `paged.page` asks for (clamped), ADMIN_PAGE_SIZE items each, and its
 * pager, or none when the list fits on one page: the office's page here and the studio's
 * leaders tab page their lists alike.
 */
export function pageOfList<T>(
  found: readonly T[],
  paged: { page: number; href(page: number): string },
): { shown: T[]; pager: Pager | null } {
  const pages = Math.max(1, Math.ceil(found.length / ADMIN_PAGE_SIZE));
  const page = Math.min(pages, Math.max(1, Math.floor(paged.page) || 1));
  const from = (page - 1) * ADMIN_PAGE_SIZE;
  const shown = found.slice(from, from + ADMIN_PAGE_SIZE);
  const pager =
    pages > 1
      ? {
          page,
          pages: groupThousands(pages),
          first: groupThousands(from + 1),
          last: groupThousands(from + shown.length),
          found: groupThousands(found.length),
          prev: page > 1 ? paged.href(page - 1) : null,
          next: page < pages ? paged.href(page + 1) : null,
        }
      : null;
  return { shown, pager };
}

export async function adminView(
  lib: DocumentLibrary,
  opts: {
    links: GroupLink[];
    wardZip: string;
    linksCsv: string | null;
    assets: string;
    qr: boolean;
    /** The printable A4 sheet of the shown groups' QR codes, when there are codes. */
    qrSheet?: string;
    /** The search box (server only: a static page has nobody to answer `?q=`). */
    search?: { query: string };
    /** The ward's figures page, when the server keeps figures (results-admin.ts). */
    results?: string;
    /**
     * The page of the list to show, ADMIN_PAGE_SIZE groups each (server only: a static page
     * shows them all); `href(n)` is page n's address.
     */
    paged?: { page: number; href(page: number): string };
  },
) {
  const { issuer } = lib.ward.campaign;
  const found = searchLinks(lib, opts.links, opts.search?.query);
  const { shown, pager } = opts.paged
    ? pageOfList(found, opts.paged)
    : { shown: found, pager: null };
  // Two groups of one name (qa37 m4) are told apart by their id, as the results name them.
  const told = toldApart(lib.ward.groups);
  return {
    assets: opts.assets,
    ward: issuer.ward,
    office: issuer.office,
    officeInText: officeInText(issuer.office, issuer.ward),
    officeSaysWard: officeSaysWard(issuer.office, issuer.ward),
    term: lib.ward.term,
    /** "phường", "xã"…: the unit "cả …" means. */
    unit: unitTermOf(issuer.name, issuer.ward),
    wardZip: opts.wardZip,
    linksCsv: opts.linksCsv,
    hasQr: opts.qr,
    qrSheet: opts.qr && opts.qrSheet ? opts.qrSheet : null,
    search: opts.search ?? null,
    results: opts.results ?? null,
    total: opts.links.length,
    found: found.length,
    pager,
    groups: await Promise.all(
      shown.map(async (l) => ({
        ...l,
        name: told(l),
        // The group's own word for itself and its head (qa11 Q8: a plei listed "Trưởng buôn").
        own: groupOwnTerm(issuer.group_term, l.name, lib.ward.term),
        qr: opts.qr ? await qrDataUri(l.url, campaignKey(lib.ward.campaign)) : null,
      })),
    ),
  };
}

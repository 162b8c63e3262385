/**
 * Model stage: one plain-data context per group, shared by every document kind of that group.
 * Templates read it; nothing here knows about pages or fonts.
 */

import type { Campaign } from '../load/campaign.js';
import type { Field } from '../load/groups/columns.js';
import { type Hotline, readHotline } from '../load/hotlines.js';
import { leaderContacts, leaderNames } from '../load/leaders.js';
import { type NoticeType, noticeTypeOf, symbolInCapitals } from '../load/notice-type.js';
import { finalRemark } from '../load/remark.js';
import type { Group, Resident } from '../load/types.js';
import { circulationMark, secrecyMark, urgencyMark } from '../load/urgency.js';
import { ownDaysOf } from './campaign-days.js';
import { type DeadlineWord, deadlineWordOf } from './deadline-word.js';
import {
  BLANK,
  type DateParts,
  dateParts,
  documentNumber,
  groupThousands,
  isWindowsDevice,
  lowerFirstWord,
  officeInText,
  slugify,
  textKey,
} from './format.js';
import { type GroupTerm, groupOwnTerm, groupTermOf, nameInText } from './group-term.js';
import { type PrintedHotline, withLead } from './hotline-lead.js';
import { householdSteps } from './household-steps.js';
import { issuerInText } from './issuer-in-text.js';
import { warnsOfLinks } from './link-warning.js';
import {
  AMOUNT,
  amountUnitOf,
  baseOf,
  baseUnit,
  CHILD_NOUNS,
  childrenCountedOf,
  countedOf,
  HOUSEHOLD_NOUNS,
  isAmount,
  isGroupsOwnAmount,
  isMoney,
  isTarget,
  listsPeople,
  moneyUnitOf,
  nothingDue,
  PERSON_NOUNS,
  signsUp,
  targetWord,
  zeroBase,
} from './measure-base.js';
import { stepsWithoutLeader } from './no-leader.js';
import { dialledDigits } from './phone-numbers.js';
import { moneyVerb, type RateLine, rateLinesOf, sumLineOf } from './rate-lines.js';
import { asksReceipt, ownSigner, RECEIPT_CHILD_NOUNS, signTitlesOf } from './receipt.js';
import { residentSubject } from './resident-subject.js';
import { childrenOfRoster, countsElders, eldersOfRoster } from './roster-children.js';
import { type RosterExtras, rosterExtrasOf } from './roster-extras.js';
import { shareActionsOf } from './share-actions.js';
import { signYearOf } from './sign-year.js';
import { stepLinksOf } from './step-links.js';
import { telegramSender } from './telegram-sender.js';
import { unitTermOf } from './unit-term.js';

export interface GroupRef extends Omit<Group, 'source' | 'columns'> {
  /** Extra columns of the groups file, by their header as written. */
  [header: string]: unknown;
  /** Folder name under out/: ASCII, unique in the ward. */
  slug: string;
}

export interface DocContext
  extends Omit<Campaign, 'issued' | 'contest' | 'app' | 'hotlines'>,
    RosterExtras {
  group: GroupRef;
  issued: DateParts & { iso: string };
  /** The year a sheet signed when the work is done prints (sign-year.ts): '20……' across two. */
  signYear: string;
  /**
   * A group of two or more leaders (load/leaders.ts): their names, one a line where the leader
   * signs; null for one.
   */
  leaderNames: string[] | null;
  /** Each of them with their phone when the cells name as many phones; null otherwise. */
  leaderContacts: { name: string; phone: string }[] | null;
  /** "05/UBND-VHXH" */
  noticeNumber: string;
  /** The notice's kind: a công văn ("V/v" under its number) or a named one (its name as title). */
  noticeType: NoticeType;
  /**
   * The words a named document prints before its trích yếu, as the office typed them ("Về việc",
   * load/notice-marks.ts), else ''.
   */
  subjectLead: string;
  /**
   * The notice's subject as a line for residents under the title (the flyer's), or '' when it
   * is the office's own work ("Tuyên truyền …", resident-subject.ts).
   */
  residentSubject: string;
  /** The urgency mark as Decree 30 prints it ("KHẨN", "THƯỢNG KHẨN", "HỎA TỐC"), else null. */
  urgency: string | null;
  /** The secrecy mark ("MẬT", "TỐI MẬT", "TUYỆT MẬT"), else null. */
  secrecy: string | null;
  /** The circulation mark ("LƯU HÀNH NỘI BỘ", "XEM XONG TRẢ LẠI"…), else null. */
  circulation: string | null;
  /** A công điện's sender, "ỦY BAN NHÂN DÂN PHƯỜNG LÊ CHÂN" or "CHỦ TỊCH ỦY BAN …" (telegram-sender.ts). */
  telegramFrom: string;
  /** "Ủy ban nhân dân phường Lê Chân": the issuer in running text (issuer-in-text.ts). */
  issuerInText: string;
  /** The office as a contact line names it, with the ward unless its name says it (format.ts). */
  officeInText: string;
  /** The group's name in running text: "thôn Đoàn Kết", "Khu phố 7" (group-term.ts nameInText). */
  groupInText: string;
  /** The list gives this group no leader (load/types.ts `noLeader`): ask the office instead. */
  noLeader: boolean;
  /**
   * null, not absent, when the campaign has none: templates test `{{#if contest}}` in strict
   * mode, where a name that is not there at all is an error.
   */
  contest: Campaign['contest'] | null;
  app: Campaign['app'] | null;
  contestDates: { starts: DateParts; ends: DateParts } | null;
  /**
   * The campaign's links other than a contest's page and those a step names (stepLinks), in
   * the order written: the checklist prints each as a support code with its label, whatever the
   * office named it ("nhomzalo", "huongdan"), so none is left off without a word (qa7 F4).
   */
  supportLinks: { url: string; label: string }[];
  /**
   * The links a step asks the resident to open (model/step-links.ts: the step says the link's
   * label or address, or it alone says "quét mã QR" and one link is left it can mean), in the
   * steps' order, `step` the step's number as printed: the checklist prints each code beside its
   * step (qa20 #8: a registration form printed under "Cần hỗ trợ?" read as a help line).
   */
  stepLinks: { step: number; url: string; label: string }[];
  /**
   * Prize amounts with thousands grouped ("5.000.000"); `several` when the prize is more than
   * one award, so the amount is each award's ("02 giải nhì, mỗi giải 1.000.000 đồng", qa7 F2).
   */
  prizeItems: { count: string; rank: string; amount: string; several: boolean }[];
  /**
   * The numbers to call, each line in its parts (load/hotlines.ts): {{who}} "Công an phường",
   * {{number}} "0236 3 888 999", {{dial}} its digits (for a tel: link; not {{tel}}, the helper), {{text}} the line as typed,
   * {{lead}} the name and its ":" held to the number (model/hotline-lead.ts).
   */
  hotlines: PrintedHotline[];
  /**
   * Whether the office's own phone (issuer.phone) is one of the hotlines: the poster, the flyer
   * and the checklist print it there, not again in their contact line (qa51, review52 #13).
   */
  phoneInHotlines: boolean;
  /**
   * The office's phone for a contact line under the hotlines ("Liên hệ: …, ĐT: {{officePhone}}"):
   * issuer.phone, '' when there is none or when it is one of the hotlines, printed there once
   * (phoneInHotlines). The poster, flyer, checklist and the leader's Zalo message read it.
   */
  officePhone: string;
  /**
   * The ward's word for its groups in each form: {{term.group}} "khu phố", {{term.Group}},
   * {{term.groups}} "các khu phố", {{term.short}}, {{term.leader}} "trưởng khu phố"… In a ward
   * of mixed words the singular forms are the group's own ("trưởng thôn" in a thôn's copy), the
   * plural ones the ward's in every copy (group-term.ts groupOwnTerm).
   */
  term: GroupTerm;
  /** The issuing unit's word, {{unit}}: "phường", "xã", "thị trấn" (unit-term.ts). */
  unit: string;
  /** What the tracking sheet's rows stand for and what its rate line counts (tallyOf). */
  tally: Tally;
  /** The tracking sheet's lines of the measures after the first (rate-lines.ts), in their order. */
  rateLines: RateLine[];
  /**
   * The first measure's line instead of the tally's when it is a sum over the group's households
   * or people: "Số tiền đã thu: ……… đồng (……… hộ đã nộp / 228 hộ)" (rate-lines.ts sumLineOf).
   */
  sumLine: RateLine | null;
  /**
   * The tracking sheet's amount columns, their titles (amountColumnsSaid's): one per plain amount
   * measure (`of: đồng`, a fee or a fund's "Số tiền đã thu (đồng)", `of: kg`), where the leader
   * writes what each household paid or its quantity (qa40 M4: a fee collection's sheet had tick
   * columns only).
   */
  amountColumns: string[];
  /**
   * What the instruction line says of each amount column, in amountColumns' order
   * (amountColumnsSaidOf): a sum of money the household paid, or a quantity in its unit.
   */
  amountColumnsSaid: AmountColumn[];
  /**
   * The word before the campaign's `deadline` on every paper: "Hạn đăng ký" when the groups keep
   * a sign-up list (tally.signUp; qa40 m4) or the campaign's text names that day as the last to
   * sign up (deadline-word.ts), "Thời hạn" otherwise.
   */
  deadlineWord: DeadlineWord;
  /**
   * The index of the action that asks to install the app (appStepOf): how many steps come before
   * it; null when no action names the app. The checklist sets the store codes under it
   * (appStepNumber).
   */
  appStep: number | null;
  /**
   * The install step's number as printed (appStep + 1): the checklist sets the store codes
   * right under that step, which they belong to (qa13: set above it, they read as the codes of
   * the step before).
   */
  appStepNumber: number | null;
  /**
   * The tracking sheet's tick columns from the actions: all of them but the one that asks to
   * install the app (installStepOf), whose column the app's own is — "Đã cài <app>", or that
   * action's `column` when it gives one (qa14: "Đã cài Smart Hải Phòng" and "Đã cài" side by side).
   */
  trackerActions: Campaign['actions'];
  /** The actions the share image prints (the first few: share-actions.ts). */
  shareActions: Campaign['actions'];
  /** How many actions the share image leaves to the flyer (0: none). */
  shareActionsLeft: number;
  /** Whether the campaign warns of scams or strange links: its share image says no "Bấm đường dẫn" (link-warning.ts). */
  warnsOfLinks: boolean;
  /** The install action's own column title, for the app's column; null when it gives none. */
  appColumn: string | null;
  /**
   * The tracking sheet's tick columns in the order the flyer and the checklist print the steps:
   * each action's, the app's own column (`app` set) standing where the action that installs it
   * stands, or first when none does (qa15: "Đã cài VNeID" printed before step 1, "Có thẻ Căn
   * cước"). trackerActions and appColumn say the same unordered, for templates written for them.
   */
  trackerTicks: TrackerTick[];
  /** Every tick column is signed ("Người nộp ký tên"): the sheet says nothing of an "x" (qa57 p6). */
  allSigned: boolean;
  /** The group's residents for the tracking sheet, when a roster was given (personal data). */
  roster?: Resident[];
}

/**
 * A tick column of the tracking sheet: an action's (`app` null), or the app's own (`app` the
 * campaign's app; `column` the install action's, '' when it gives none: the template names it).
 */
export interface TrackerTick {
  step: string;
  column: string;
  app: NonNullable<Campaign['app']> | null;
  /**
   * The one column standing for all the campaign's actions: their count (0 on any other), when
   * they are more than the sheet has room for and not a few of them have a column title
   * (trackerTicksOf).
   */
  all: number;
  /** The action asks for a signature ("ký nhận", "Người nộp ký tên"): its cells are signed, not ticked. */
  sign: boolean;
  /** Who signs: "người nhận" on receipt, "người nộp" on a fee's list (receipt.ts ownSigner); '' on a tick. */
  signer: string;
  /**
   * A signing action's column title as written, before the template fills it: its own `column`,
   * else "Ký nhận", or "Ký nhận quà" beside another signing action (receipt.ts signTitlesOf); ''
   * on any other tick. The one source of the title the template prints and the layout widens.
   */
  signTitle: string;
  /**
   * A signature column printed after the sheet's money columns ("Số tiền đã thu (đồng)"): the
   * leader writes the sum, the payer signs beside it (h-left15b: the signature came first).
   */
  afterAmounts?: boolean;
  /**
   * The action's column is written in, not ticked (its `write: true`): what each row chose, the
   * pool and shift of a swimming class (qa57 p5). Never a signing column's.
   */
  write: boolean;
  /**
   * The action is paying ("Đã nộp tiền", "Nộp 50.000 đồng/con"): on a sheet whose cells count
   * (Tally.count: a household's dogs vaccinated) its cell takes an "x", the sum having its own
   * column (qa58 p4).
   */
  paid: boolean;
}

/** An action's words that say it is paying: "tiền", "đồng", "phí", "lệ phí". */
const PAYING = /(?:^|[^\p{L}\p{M}])(?:tiền|đồng|phí)(?![\p{L}\p{M}])/u;

/** Whether a tick is paying: its column title says so, else its step (TrackerTick.paid). */
const paying = (a: { step: string; column?: string }): boolean =>
  PAYING.test(textKey(a.column?.trim() || a.step));

/**
 * The tracking sheet's room for tick columns on A4 landscape (kinds/tracker-columns.ts sizes
 * them: its MAX_TICK_COLUMNS is this). Here because what the sheet ticks when the campaign asks
 * more is decided with the campaign's other texts, and said when it is checked.
 */
export const TRACKER_TICK_ROOM = 8;

/** An amount column as the tracking sheet's instruction says it. */
export interface AmountColumn {
  /** Its title: the measure's label, its unit added in brackets when the label gives none. */
  title: string;
  /** Whether the household writes a sum of money ("ghi số tiền hộ đã nộp"). */
  money: boolean;
  /** What was done with the money: "đã nhận" for a grant, "đã nộp" for a fee (rate-lines.ts moneyVerb). */
  moneyVerb: string;
  /** A quantity's unit ("kg", "bao"), written "ghi số kg của từng hộ"; '' for money. */
  unit: string;
  /**
   * A plain count of people (`of: người (không tính tỉ lệ)`): on a list of people each row is one,
   * so its cell takes a 1, not "số người của từng người" (qa56 p7 on M2's list).
   */
  persons: boolean;
  /**
   * Whom a plain count of people counts, from its label: "Số công dân vắng mặt" → "công dân vắng
   * mặt", said "đánh dấu “x” ở dòng của mỗi công dân vắng mặt" (review57a #11c); '' for others.
   */
  who: string;
}

/** "Số công dân vắng mặt" → "công dân vắng mặt"; a label not starting "Số" → "người vắng mặt". */
function countedWho(label: string): string {
  const rest = label.replace(/^số(?:\s+lượng)?\s+/iu, '');
  return rest === label ? `người ${lowerFirstWord(label)}` : lowerFirstWord(rest);
}

/**
 * A meeting said: "hội nghị", "họp", "buổi", "lấy ý kiến", "người dự", "tham dự", "có mặt";
 * not "dự kiến", "dự phòng" or "dự thảo".
 */
const MEETING_WORDS =
  /(?<![\p{L}\p{M}])(?:hội nghị|họp|buổi|lấy ý kiến|đối thoại|tọa đàm|tập huấn|có mặt|(?:người|tham) dự(?! (?:kiến|phòng|thảo|toán|án|báo|trữ)))(?![\p{L}\p{M}])/iu;

/**
 * A place that is every household's, not one people come to: "Từng hộ gia đình trên địa bàn
 * phường" (review59b #1: a door-to-door dengue campaign got a meeting's sign-in list).
 */
const DOOR_TO_DOOR =
  /(?<![\p{L}\p{M}])(?:từng hộ|các hộ|hộ gia đình|tại nhà|tận nhà|địa bàn)(?![\p{L}\p{M}])/iu;

/** A time of more than one day ("Từ ngày 05/01/2027 đến hết ngày 15/01/2027"): no one meeting's. */
function spansDays(when: string): boolean {
  const days = new Set(
    [...when.matchAll(/(?<!\d)(\d{1,2})\/(\d{1,2})(?!\d)/g)].map(
      (m) => `${Number(m[1])}/${Number(m[2])}`,
    ),
  );
  return days.size > 1;
}

/** The signature column of a meeting's list of those present (meetingOf). */
export const MEETING_SIGN_TITLE = 'Ký tên';

/**
 * Who a campaign's figures are the attendance of, when they are one meeting's, not households'
 * (qa58 M6): nothing for a household to do (no action, app or contest), the first measure counts
 * the people present against the population ("Số người dự hội nghị | người", no target, no list
 * of people called), and another is a plain count of that meeting ("Số ý kiến góp ý | lượt"),
 * and it is a meeting: a word says so, or the campaign gives a time and a place (`when`, `where`):
 * "người dự hội nghị". Its sheet is the list those present sign, the other counts on its foot
 * lines; not a row per household ("ghi số lượt của từng hộ", 10 pages). '' for any other.
 */
export function meetingOf(
  campaign: { measures?: Campaign['measures'] } & Partial<
    Pick<Campaign, 'actions' | 'app' | 'contest' | 'title' | 'when' | 'where'>
  >,
): string {
  const [first, ...others] = campaign.measures ?? [];
  if (!first || campaign.contest || campaign.app || (campaign.actions?.length ?? 0) > 0) return '';
  if (first.of !== 'people' || isTarget(first) || childrenCountedOf(first) !== undefined) return '';
  if (!others.some((m) => isAmount(m) && !isMoney(m))) return '';
  // Door-to-door counts ("Số người được tuyên truyền", "Số tờ rơi đã phát") are no meeting's:
  // its title or a label says one (review58a #5), or the campaign gives the time and the place
  // people come to ("Góp ý dự thảo …" held "19h30, 20/01" at "Nhà văn hóa tổ 1": closing56).
  const said = [campaign.title ?? '', ...(campaign.measures ?? []).map((m) => m.label)];
  const gathers =
    Boolean(campaign.when?.trim() && campaign.where?.trim()) &&
    !DOOR_TO_DOOR.test((campaign.where ?? '').normalize('NFC')) &&
    !spansDays(campaign.when ?? '');
  if (!gathers && !said.some((text) => MEETING_WORDS.test(text.normalize('NFC')))) return '';
  return countedWho(first.label);
}

/**
 * The amount columns with what each is written in: a sum of money, or a clean-up's kg and bags
 * (qa54 M1: "Khối lượng rác thu gom (kg)" told the leader to write the money each household paid).
 * A label without its unit (`of: kg` under "Khối lượng rác thu gom") has it added in brackets, so
 * the column says what to write in it (qa54 p2).
 */
export function amountColumnsSaidOf(
  campaign: { measures?: Campaign['measures'] } & Partial<
    Pick<Campaign, 'actions' | 'app' | 'contest'>
  >,
): AmountColumn[] {
  const [first] = campaign.measures ?? [];
  // A sheet with nothing to tick has its first target's result column (tallyOf `result`).
  const untasked = !campaign.contest && !campaign.app && (campaign.actions?.length ?? 0) === 0;
  // A sum of money taken against each group's due ("Số tiền đã thu (đồng) | Số tiền phải thu
  // (đồng)") is written household by household too (qa57 M1), when it is collected from each
  // (rosterExtrasOf `collects`): a clean-up's "Kinh phí đã chi (đồng)" is no household's (review57b #1).
  const collected = (m: NonNullable<typeof first>) =>
    moneyVerb(m.label) === 'đã nộp' && !asksReceipt(campaign);
  const written = (m: NonNullable<typeof first>) =>
    isAmount(m) || (isMoney(m) && collected(m) && !(untasked && m === first && isTarget(m)));
  // A meeting's counts are the tổ's, on the foot lines of its list of those present (meetingOf).
  const meeting = meetingOf(campaign) !== '';
  return (
    (campaign.measures ?? [])
      // A figure of the group's own doing (trucks, sessions) is asked once on its rate line.
      .filter((m) => written(m) && !(meeting && !isMoney(m)) && !isGroupsOwnAmount(m))
      .map((m) => {
        const label = m.label.trim();
        const money = isMoney(m);
        const unit = money ? (moneyUnitOf(m) ?? 'đồng') : (amountUnitOf(m) ?? '');
        const bracket = finalRemark(label);
        const title =
          bracket === undefined && unit !== '' && (money || m.of !== AMOUNT)
            ? `${label} (${unit})`
            : label;
        const persons = m.of === 'people-count';
        const who = persons ? countedWho(bracket?.before ?? label) : '';
        return { title, money, moneyVerb: moneyVerb(label), unit: money ? '' : unit, persons, who };
      })
  );
}

/**
 * What the tracking sheet ticks: every action ("each"), or when they are more than its room,
 * only those the office gave a column title ("titled": a PCCC self-check of 12 items, 5 of them
 * to follow up), else one column for all of them ("all"): a long checklist is the household's
 * own paper, and the sheet stopped every paper of the campaign (qa20: 10 items).
 */
export function trackerTicksOf(
  campaign: Pick<Campaign, 'app' | 'actions'> & { measures?: Campaign['measures'] },
  appStep = appStepOf(campaign),
): { ticks: TrackerTick[]; mode: 'each' | 'titled' | 'all'; room: number } {
  // An amount's column takes a tick's room (amountColumnsSaidOf), and so does a children's list's
  // "Ngày sinh" (review55b #1: 8 actions made a sheet of 13 columns, and the build stopped).
  const room =
    TRACKER_TICK_ROOM - amountColumnsSaidOf(campaign).length - (childrenRowsOf(campaign) ? 1 : 0);
  const install = installStepOf(campaign, appStep);
  const actions = campaign.actions ?? [];
  const app = campaign.app ?? null;
  const signTitles = signTitlesOf(actions);
  const ticks: TrackerTick[] = actions.map((a, i) => {
    const own = i === install || signTitles[i] ? '' : ownSigner(a);
    const signTitle = i === install ? '' : signTitles[i] || (own ? a.column.trim() : '');
    return {
      step: a.step,
      column: a.column,
      app: i === install ? app : null,
      all: 0,
      sign: signTitle !== '',
      signer: own || (signTitle ? 'người nhận' : ''),
      signTitle,
      write: a.write === true && signTitle === '',
      paid: signTitle === '' && a.write !== true && i !== install && paying(a),
    };
  });
  // A meeting's list: each one present signs (meetingOf).
  if (meetingOf(campaign))
    ticks.push({
      step: '',
      column: MEETING_SIGN_TITLE,
      app: null,
      all: 0,
      sign: true,
      signer: 'người dự',
      signTitle: MEETING_SIGN_TITLE,
      write: false,
      paid: false,
    });
  // No action installs the app: its column comes first, as it always has (one ticked before the
  // actions, which an action of the same title then joins: kinds/tracker.ts distinctTicks).
  if (app && install === null)
    ticks.unshift({
      step: '',
      column: '',
      app,
      all: 0,
      sign: false,
      signer: '',
      signTitle: '',
      write: false,
      paid: false,
    });
  if (columnCount(ticks) <= room) return { ticks, mode: 'each', room };
  // A signature's column stays as the app's does: a receipt list without it is none (review55b #2).
  const titled = ticks.filter((t) => t.app !== null || t.sign || t.column.trim() !== '');
  if (titled.some((t) => t.app === null && !t.sign) && columnCount(titled) <= room)
    return { ticks: titled, mode: 'titled', room };
  // The app's column stays: installing it is what such a campaign most often counts.
  const own = ticks.filter((t) => t.app !== null || t.sign || t.write);
  const all = {
    step: '',
    column: '',
    app: null,
    all: actions.length,
    sign: false,
    signer: '',
    signTitle: '',
    write: false,
    paid: false,
  };
  return { ticks: [...own, all], mode: 'all', room };
}

/**
 * The columns the ticks print: ticks of one title are one column (kinds/tracker.ts
 * distinctTicks). The app's own column is titled by the template, "Đã cài <app>": keyed so here
 * only to count it once with an action of that title.
 */
function columnCount(ticks: readonly TrackerTick[]): number {
  const key = (t: TrackerTick) =>
    textKey(t.signTitle || t.column || (t.app ? `Đã cài ${t.app.name}` : t.step));
  return new Set(ticks.map(key)).size;
}

/**
 * Folder names the output folder keeps for itself (the ZIPs', the print files'): a group named
 * "Zip" gets another, as does one whose name Windows keeps for a device (model/format.ts).
 */
const TAKEN_FOLDERS = new Set(['zip', 'print']);

/**
 * Folder names for all groups (also their ZIPs' names, `zip/<slug>.zip`): the name's slug, with
 * the id added where two names collide or the slug is no name for a folder on Windows ("Cồn" →
 * "con-1": "con/" and "con.zip" cannot be made there, qa39 M2); numbered if still not unique.
 */
export function groupSlugs(groups: readonly Group[]): Map<string, string> {
  const bases = new Map(groups.map((g) => [g.id, folderSlug(g.name) || 'to']));
  const counts = new Map<string, number>();
  for (const base of bases.values()) counts.set(base, (counts.get(base) ?? 0) + 1);
  const unfit = (slug: string) => isWindowsDevice(slug) || TAKEN_FOLDERS.has(slug);
  const used = new Set<string>();
  return new Map(
    groups.map((g) => {
      const base = bases.get(g.id) ?? 'to';
      const id = slugify(g.id);
      const withId = id ? `${base}-${id}` : base;
      let slug = (counts.get(base) ?? 0) > 1 || unfit(base) || used.has(base) ? withId : base;
      // Ids that slug alike ("1a", "1-a"), or a name whose slug is another's with its id ("Tổ
      // 1" beside two "Tổ", ids 1 and 2): the later one numbered.
      for (let n = 2; used.has(slug) || unfit(slug); n++) slug = `${withId}-${n}`;
      used.add(slug);
      return [g.id, slug];
    }),
  );
}

/** Characters of a group's folder name: a 200-character merged tổ's name made a 190-byte folder. */
const SLUG_MAX = 60;

/** The group's folder name: its name's slug, cut at a hyphen to SLUG_MAX characters. */
function folderSlug(name: string): string {
  const slug = slugify(name);
  if (slug.length <= SLUG_MAX) return slug;
  const cut = slug.slice(0, SLUG_MAX);
  const hyphen = cut.lastIndexOf('-');
  return hyphen > SLUG_MAX / 2 ? cut.slice(0, hyphen) : cut;
}

/** The group's known fields as an empty cell gives them. */
const NO_VALUES = {
  leader: '',
  phone: '',
  venue: '',
  households: undefined,
  population: undefined,
} as const;

/** Words that ask to get an app onto the phone: "cài đặt", "tải về", "install"… */
const INSTALL = /(?<![\p{L}])(?:cài|tải|install|download)(?![\p{L}])/iu;

/**
 * The action that asks to install the app: the first whose step names the app (any case) and
 * says to install or download it ("Tải và cài đặt ứng dụng VNeID"), else the first that names
 * the app. "Đến Công an xã đăng ký tài khoản VNeID" names it but installs nothing: the store
 * codes go beside the step that does.
 */
export function appStepOf(campaign: Pick<Campaign, 'app' | 'actions'>): number | null {
  const name = campaign.app?.name.trim().toLocaleLowerCase('vi');
  if (!name) return null;
  const naming = (campaign.actions ?? []).flatMap((a, i) =>
    a.step.toLocaleLowerCase('vi').includes(name) ? [{ i, step: a.step }] : [],
  );
  return (naming.find((a) => INSTALL.test(a.step)) ?? naming[0])?.i ?? null;
}

/**
 * The action that asks to install the app, strictly: one whose step names the app and says to
 * install or download it (not one that only names it, "Đến Công an xã đăng ký tài khoản VNeID").
 */
export function installStepOf(
  campaign: Pick<Campaign, 'app' | 'actions'>,
  step = appStepOf(campaign),
): number | null {
  const action = step === null ? undefined : campaign.actions?.[step];
  return action && INSTALL.test(action.step) ? step : null;
}

const stepNumber = (index: number | null): number | null => (index === null ? null : index + 1);

/**
 * The tracking sheet's rows, cells and rate line, chosen together (qa7 B3, C3, F3): a sheet of
 * household rows asked "……… người / 1.624 nhân khẩu", and one listing the 12 households invited
 * to a training asked about the whole thôn's population.
 */
/**
 * Nothing to print for each of the group's people: its due column says 0 (Tally `none`) or the
 * count its copies are for is 0 in the list (Tally `zero`). The one rule of the leader's page's
 * print counts (serve/views.ts) and the studio's build tab (build-files.ts), review34 #7.
 */
export const nothingToPrint = (tally: Pick<Tally, 'none' | 'zero'>): boolean =>
  tally.none || tally.zero === true;

export interface Tally {
  /** Rows are people (a roster of residents, or a sign-up sheet's blank rows); else households
   * (blank rows, one per household, or a roster of heads of household). */
  rowsPeople: boolean;
  /**
   * The blank rows are the people a target asks for: a group without a roster whose first measure
   * counts people against a target it was given ("Chỉ tiêu (người)", a blood-donation day's 20
   * donors for a khu phố of 400 households). The sheet is a sign-up sheet: one numbered row per
   * person up to the target (`base`) and spare rows after it, "Họ và tên", ticked "x" per person;
   * not a row per household (18 pages for 20 donors, a QA round). A group whose target cell is empty
   * gets the sign-up sheet all the same, blank rows with no target (`base` null): a sign-up
   * campaign is one for every group, and a missing figure does not make that group's leader
   * print a household sheet and a checklist for each resident (qa23 #6).
   */
  signUp: boolean;
  /**
   * An action asks whoever receives to sign ("Nhận quà và ký nhận": model/receipt.ts), and the
   * first measure counts people: with no roster, the rows are those people (blank, one each of
   * the group's count and a few spare) and that action's column is for the signature (qa55 p5);
   * a roster of fewer is followed by blank rows up to that count (roster-rows.ts sheetRowsOf).
   */
  receipt: boolean;
  /**
   * The first measure counts people the office named for the task (model/measure-base.ts
   * listsPeople: "Số công dân gọi khám"): with no roster, the rows are those people, "Họ và tên",
   * one each of the group's count and a few spare, the sheet titled by them ("DANH SÁCH CÔNG DÂN
   * GỌI KHÁM"); not a row per household (qa56 M2).
   */
  named: boolean;
  /**
   * Those present at the meeting the campaign's figures are of ("người dự hội nghị": meetingOf):
   * with no roster, the rows are they, each signing; '' for any other sheet (qa58 M6).
   */
  attendees: string;
  /**
   * A sign-up sheet's target is a most, not a least: the campaign says so ("mỗi tổ tối đa 05 học
   * viên", a class's seats; "không quá 5 người") in the notice's body, an action or the measure's
   * label, a most of people or seats ("tối đa 3 buổi" is none). Its sheet has one row per seat and
   * no spare rows (qa40 m4: "chỉ tiêu 5 người" over 13 rows); a quota to reach (a blood-donation
   * day's donors) keeps its spare rows.
   */
  cap: boolean;
  /**
   * The rate counts people. What the report computes decides: the first measure (people over the
   * population, households over the households, a column's count of what its header says:
   * "Số học sinh" people, "Số hộ vùng trũng" households), or a contest's community prize
   * (people). A campaign that reports nothing counts what its rows are.
   */
  people: boolean;
  /**
   * The rate counts people, but the campaign's steps are a household's ("Cử ít nhất 01 người của
   * hộ tham gia": household-steps.ts) and its rows are households: the checklist goes to each
   * household, not each person (qa54 M4).
   */
  householdSteps: boolean;
  /**
   * A list of children (the first measure counts "trẻ", "cháu": measure-base.ts CHILD_NOUNS,
   * qa54 p3; a sign-up, or a column of its own, "Số trẻ gái cần tiêm", qa56 M2): its rows are
   * children, with their date of birth and a parent, not adults who put their own names down.
   */
  children: boolean;
  /**
   * What a household row is when the first measure counts a kind of household ("Số hộ kinh
   * doanh thực phẩm": "hộ kinh doanh thực phẩm", qa54): the instruction says "khi hộ kinh doanh
   * thực phẩm đã làm xong", not "hộ gia đình"; '' for households at large ("Số hộ", people).
   */
  householdWord: string;
  /**
   * The rate counts neither people nor households but what its column names ("Số chó"): a
   * household's cell takes how many of its own (its dogs), not how many of its people.
   */
  things: boolean;
  /**
   * The word the rate line's figure is said with, and a household's cell counts in: "người",
   * "hộ", the column's person noun ("học sinh", "cử tri"), or its thing ("chó"); qa19.
   */
  noun: string;
  /** Household rows, people or things counted: a cell takes the number of the household's
   * people who did the step (or its things, dogs vaccinated), not an "x". */
  count: boolean;
  /** The rate's base: the group's population or households, the count column the first measure
   * names ("Số cử tri"), or, for a campaign that reports nothing, the roster's own count (the 12
   * households invited); null when not known. */
  base: number | null;
  /** What the base counts, after its figure: "nhân khẩu", "hộ", "cử tri", "người" (a roster's). */
  unit: string;
  /**
   * The group has nothing to do for the first measure: its due column ("Số trẻ cần tiêm") says 0
   * (measure-base.ts nothingDue). Its base is null all the same (no rate), but the count is
   * known: nothing to print for each of them (qa24 F8: "chưa có số nhân khẩu" on the build tab).
   */
  none: boolean;
  /**
   * The list gives the count the base is made of as 0 ("Số cử tri" 0, "Số nhân khẩu" 0:
   * measure-base.ts zeroBase), a count and not a target: a 0 is a 0, nothing to print for each
   * of them, not a count the list lacks (an empty cell). Absent on a roster's count.
   */
  zero?: boolean;
  /** The base is the roster's own count. */
  roster: boolean;
  /** The base is a target ("Chỉ tiêu (người)"): the rate line says "/ chỉ tiêu 20 người". */
  target: boolean;
  /** A target's word: "chỉ tiêu", an estimate's "dự kiến" ("/ dự kiến 120 kg"); '' for a count. */
  targetWord: string;
  /**
   * The rate line's name: the first measure's label ("Số hộ đã ký cam kết": the line is then "…
   * hộ / 215 hộ"; "Số người được kích hoạt tài khoản mức độ 2", not "Tỷ lệ tham gia", qa17);
   * null when the campaign reports nothing ("Tỷ lệ tham gia").
   */
  label: string | null;
  /**
   * What the instruction calls a tick column: "bước" (a contest's steps), "việc" (the app's or
   * the actions'); null when the sheet has nothing to tick (no contest, app or action).
   */
  step: 'bước' | 'việc' | null;
  /**
   * The one column a sheet with nothing to tick asks its result in, when the campaign's first
   * measure is a target ("Khối lượng dự kiến (kg)", "Chỉ tiêu (hộ)"): the leader has a figure to
   * reach and no sheet to follow it on otherwise. Titled by the measure's label, a household's
   * figure written in it ("Khối lượng rác thu gom (kg)"), or, when a row takes an "x", the label
   * less its "Số hộ"/"Số người" ("Đăng ký lắp camera an ninh"). null on a sheet with steps to
   * tick, and on a sign-up sheet: its rows are the people counted.
   */
  result: string | null;
}

/**
 * A result column's title (Tally.result): the measure's label; when each row takes an "x", the
 * label less the count words its rows already are ("Số hộ đăng ký lắp camera" → "Đăng ký lắp
 * camera": an "x" under "Số hộ …" reads as a figure asked).
 */
function resultTitle(label: string, tick: boolean): string {
  const title = label.trim();
  if (!tick) return title;
  const rest = title
    .replace(
      new RegExp(
        `^(?:tổng\\s+)?số\\s+(?:${[...PERSON_NOUNS, ...HOUSEHOLD_NOUNS].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{M}])\\s*`,
        'iu',
      ),
      '',
    )
    .trim();
  if (!rest || rest === title) return title;
  const [first = ''] = [...rest];
  return first.toLocaleUpperCase('vi') + rest.slice(first.length);
}

/** What a sign-up sheet's most counts: people (measure-base.ts) or seats. */
const SEAT_NOUNS = [...PERSON_NOUNS, 'chỗ', 'chỗ ngồi', 'suất'].sort((a, b) => b.length - a.length);

/**
 * "tối đa 05 học viên", "không quá 30 người", "tối đa là 5 chỗ": a most of people or seats, said
 * before its figure and the figure's noun. A most of anything else ("tối đa 3 buổi", "không quá 2
 * ngày", "tối đa 90 phút") caps no sheet.
 */
const CAP_SAID = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:tối đa|không quá)\\s+(?:là\\s+)?\\d+(?:\\s*\\([^)]*\\))?\\s+(?:${SEAT_NOUNS.join('|')})(?![\\p{L}\\p{M}])`,
  'iu',
);
const capsSaid = new WeakMap<Campaign, boolean>();

/** Whether the campaign says its target is a most (Tally.cap): read once a campaign. */
function saysCap(campaign: Campaign): boolean {
  let said = capsSaid.get(campaign);
  if (said === undefined) {
    const texts = [
      campaign.notice?.body ?? '',
      ...(campaign.actions ?? []).map((a) => a.step),
      ...(campaign.measures ?? []).slice(0, 1).map((m) => `${m.label} ${m.of ?? ''}`),
    ];
    said = texts.some((t) => CAP_SAID.test(t.normalize('NFC')));
    capsSaid.set(campaign, said);
  }
  return said;
}

/**
 * The kind of household a measure counts, when its column names one ("Số hộ kinh doanh thực
 * phẩm" → "hộ kinh doanh thực phẩm"); '' for households at large ("Số hộ", "Số hộ gia đình").
 */
function householdWordOf(counted: Parameters<typeof baseUnit>[0]): string {
  const unit = baseUnit(counted);
  return (HOUSEHOLD_NOUNS as readonly string[]).includes(unit) ? '' : householdNoun(unit);
}

/**
 * A kind of household said as a noun: a due column's "hộ phải nộp" read "each household must
 * hand in one copy" in "mỗi hộ phải nộp một bản" (qa57 p1), so it is "hộ thuộc diện phải nộp"
 * ("hộ thuộc diện cần sơ tán"); any other kind as its column says it.
 */
export const householdNoun = (unit: string): string =>
  unit.replace(/^(hộ(?: gia đình| dân)?) (phải|cần) /u, '$1 thuộc diện $2 ');

/**
 * A receipt list's rows are people: an action asks them to sign ("Nhận quà và ký nhận"), and the
 * measure counts some of the group's people (a target, "Số thiếu nhi"), not all of them: over
 * the whole population ("| người") that was a row per resident, 21 pages (review55b #7).
 */
function receiptRows(
  counted: Parameters<typeof countedOf>[0],
  campaign: Pick<Campaign, 'actions'>,
): boolean {
  return (
    !signsUp(counted) &&
    countedOf(counted).kind === 'people' &&
    counted.of !== 'people' &&
    asksReceipt(campaign)
  );
}

/**
 * The first measure makes the sheet a list of children ("Ngày sinh", a parent), a roster aside:
 * a sign-up or a receipt list counting children. Read of the campaign alone, so that the ticks'
 * room (trackerTicksOf) and each group's sheet agree.
 */
export function childrenRowsOf(
  campaign: Pick<Campaign, 'actions'> & { measures?: Campaign['measures'] },
): boolean {
  const [first] = campaign.measures ?? [];
  if (!first) return false;
  const { kind, noun } = countedOf(first);
  if (kind !== 'people') return false;
  // A count of children of a column of its own ("Số trẻ gái cần tiêm", 32 of Tổ 1's 210
  // households): the leader lists those children, not every household (qa56 M2).
  if (CHILD_NOUNS.includes(noun)) return true;
  // "Số trẻ đăng ký học bơi" counted as people ("| trẻ", qa57 M3): the children, by name.
  if (childrenCountedOf(first) !== undefined) return true;
  return receiptRows(first, campaign) && RECEIPT_CHILD_NOUNS.includes(noun);
}

/**
 * The residents a group's tracking sheet lists of its roster: all of them, but on a list of
 * children (childrenRowsOf) the roster's children by year of birth, or none (the blank rows of
 * a sheet without a roster) when it cannot tell them: a children's gift listed every resident,
 * 300 adults (review55b-left #3). What tallyOf is given with a roster, for the sheet's tally.
 */
export function sheetResidents(
  campaign: Campaign,
  roster: Resident[] | undefined,
): Resident[] | undefined {
  const elders = countsElders(campaign.measures?.[0]);
  if (roster === undefined || (!childrenRowsOf(campaign) && !elders)) return roster;
  // Ages at the event: its first day's year, the notice's when it gives no day (review56a #5: a
  // notice of 20/12/2026 for 10/01/2027 listed a child born 2011, 16 at the event).
  const day = ownDaysOf(campaign)?.starts ?? campaign.issued;
  const year = Number(day.slice(0, 4));
  return elders ? eldersOfRoster(roster, year) : childrenOfRoster(roster, year);
}

/** A list of names no longer than this many rows is printed whatever the households (a page or two). */
const NAMES_ANY_GROUP = 50;

/**
 * A list of the people a group must see to (listsPeople) is printed by name when it is not much
 * longer than the household sheet it replaces (half as long again), or a page or two: 800 people
 * due in a tổ of 210 households made a 36-page list where the household sheet is ~10 (review57a
 * #3). Longer, the household rows stay, each household writing how many of its own, and the
 * tracker says why (kinds/tracker.ts groupNotes).
 */
export function namesFit(figure: number | undefined, households: number | undefined): boolean {
  if (figure === undefined || figure <= NAMES_ANY_GROUP) return true;
  return figure <= ((households ?? 0) * 3) / 2;
}

export function tallyOf(campaign: Campaign, group: Group, roster?: readonly Resident[]): Tally {
  const [first] = campaign.measures ?? [];
  const reported = first ?? (campaign.contest ? { of: 'people' } : undefined);
  const onRoster = roster !== undefined && reported === undefined;
  const counted = reported ?? {
    of: roster !== undefined && !roster.some((r) => r.household) ? 'people' : 'households',
  };
  const { kind, noun } = countedOf(counted);
  const figure = baseOf(group, counted);
  // A quota of people to find (a blood-donation day's "Chỉ tiêu (người)") makes a sign-up sheet,
  // for a group whose cell is empty too; an estimate or a plan ("Số người dự kiến") counts a
  // whole population: household rows.
  const signUp = roster === undefined && signsUp(counted);
  const receipt = receiptRows(counted, campaign);
  const childRows = roster === undefined && childrenRowsOf(campaign);
  const named =
    roster === undefined &&
    !signUp &&
    !receipt &&
    !childRows &&
    listsPeople(counted) &&
    namesFit(figure, group.households);
  const attendees = roster === undefined ? meetingOf(campaign) : '';
  const rowsPeople =
    attendees !== '' ||
    signUp ||
    (roster === undefined && receipt) ||
    childRows ||
    named ||
    (roster !== undefined && !roster.some((r) => r.household));
  const step = campaign.contest
    ? 'bước'
    : campaign.app || (campaign.actions?.length ?? 0) > 0
      ? 'việc'
      : null;
  // A sum of money is written in its own column (amountColumnsSaidOf): the step columns take an "x".
  const count = kind !== 'households' && !rowsPeople && !isAmount(counted);
  const result =
    step === null && !signUp && first && isTarget(first) ? resultTitle(first.label, !count) : null;
  return {
    rowsPeople,
    signUp,
    receipt,
    named,
    attendees,
    cap: signUp && saysCap(campaign),
    people: kind === 'people',
    householdSteps: kind === 'people' && !rowsPeople && householdSteps(campaign),
    // A roster of residents the children's list took its children from (sheetResidents).
    children: !roster?.some((r) => r.household) && childrenRowsOf(campaign),
    householdWord: kind === 'households' && !rowsPeople ? householdWordOf(counted) : '',
    things: kind === 'things',
    noun,
    count,
    base: onRoster ? roster.length : figure && figure > 0 ? figure : null,
    unit: onRoster ? (rowsPeople ? 'người' : 'hộ') : baseUnit(counted),
    none: !onRoster && first !== undefined && nothingDue(group, first),
    zero: !onRoster && !isTarget(counted) && zeroBase(group, counted),
    roster: onRoster,
    target: !onRoster && isTarget(counted),
    targetWord: onRoster ? '' : (targetWord(counted) ?? ''),
    label: first?.label ?? null,
    step,
    result,
  };
}

/**
 * The issuer as a sentence names it and its office as a contact line does: the same for every
 * group of a campaign, made once per issuer instead of once a group (both build regular
 * expressions at each call: ~0.4 % of each drawing thread's CPU profile, 300 groups,
 * bench/results.md "## h-b3k"). Keyed by the words themselves, not the object, so an issuer
 * changed in place is made again.
 */
let lastIssuer: { key: string; issuer: string; office: string } | undefined;

function issuerPhrases(issuer: Campaign['issuer']): { issuer: string; office: string } {
  const key = `${issuer.name.join('\u0001')}\u0000${issuer.ward}\u0000${issuer.office}`;
  if (lastIssuer?.key !== key)
    lastIssuer = {
      key,
      issuer: issuerInText(issuer.name, issuer.ward, issuer.office),
      office: officeInText(issuer.office, issuer.ward),
    };
  return lastIssuer;
}

export function buildContext(
  campaign: Campaign,
  group: Group,
  slug: string,
  roster?: Resident[],
  /** The ward's word, read from all its groups (groupTermOf); else from this group's name. */
  term: GroupTerm = groupTermOf(campaign.issuer.group_term, [group.name]),
  /** The header (as written) of each known field's column: {{group.[Địa điểm]}} is the venue. */
  headers: Readonly<Partial<Record<Field, string>>> = {},
): DocContext {
  // `noLeader` is the context's own (below), no column a template may print as {{group.…}}.
  const { source: _source, columns, zeroCells, noLeader: _noLeader, ...known } = group;
  // A count the list gives as 0 ("Số hộ" 0) prints as 0, as the list says it, not as an empty
  // cell (load/groups/rows.ts keeps it unset: no rate is taken against it).
  const groupData = { ...known, ...Object.fromEntries((zeroCells ?? []).map((f) => [f, 0])) };
  const byHeader = Object.fromEntries(
    (Object.entries(headers) as [Field, string | undefined][]).flatMap(([field, header]) =>
      header === undefined
        ? []
        : [[header, groupData[field] ?? NO_VALUES[field as keyof typeof NO_VALUES] ?? '']],
    ),
  );
  const { contest } = campaign;
  const appStep = appStepOf(campaign);
  const stepLinks = stepLinksOf(campaign, appStep);
  const ownTerm = groupOwnTerm(campaign.issuer.group_term, group.name, term);
  const listed = sheetResidents(campaign, roster);
  const tally = tallyOf(campaign, group, listed);
  const phrases = issuerPhrases(campaign.issuer);
  const hotlines = (campaign.hotlines ?? []).map((line) => withLead(readHotline(line)));
  const phoneInHotlines = phoneAmong(campaign.issuer.phone, hotlines);
  const amountColumnsSaid = amountColumnsSaidOf(campaign);
  const steps = group.noLeader
    ? stepsWithoutLeader(campaign.actions, ownTerm, phrases.office)
    : campaign.actions;
  // The context's own fields, assigned to a copy of the campaign's (the same keys in the same
  // order, with the same values, as one literal `{ ...campaign, contest, … }`): that literal made
  // V8 build the object's shape anew for each group, ~35 KB of a context's ~69 (h-alloc2).
  const own = {
    contest: contest ?? null,
    app: campaign.app ?? null,
    // Every column by its header as written ({{group.[Ngày tập huấn]}}, a known field's too);
    // known fields win. A known field the groups file has no column for prints as an empty
    // cell does (strict mode fails on a name that is not there at all); output/inputs.ts warns.
    group: { ...NO_VALUES, ...byHeader, ...columns, ...groupData, slug },
    issued: {
      ...dateParts(campaign.issued),
      // A draft awaiting its day prints its year only, or its month and year when the office
      // gave the month (`issued: 2026-12`).
      ...(campaign.notice.undated === 'day'
        ? { day: BLANK.day }
        : campaign.notice.undated
          ? { day: BLANK.day, month: BLANK.day }
          : {}),
      iso: campaign.issued,
    },
    signYear: signYearOf(campaign, group),
    leaderNames: leaderNames(group.leader) ?? null,
    leaderContacts: leaderContacts(group.leader, group.phone) ?? null,
    noticeNumber: documentNumber(campaign.notice.number, symbolInCapitals(campaign.notice.symbol)),
    noticeType: noticeTypeOf(campaign.notice),
    subjectLead: campaign.notice.subjectLead ?? '',
    residentSubject: residentSubject(campaign.notice.subject),
    urgency: (campaign.notice.urgency && urgencyMark(campaign.notice.urgency)) || null,
    secrecy: (campaign.notice.secrecy && secrecyMark(campaign.notice.secrecy)) || null,
    circulation:
      (campaign.notice.circulation && circulationMark(campaign.notice.circulation)) || null,
    telegramFrom: telegramSender(campaign.issuer.name, campaign.notice.signer.lines),
    issuerInText: phrases.issuer,
    officeInText: phrases.office,
    groupInText: nameInText(group.name, ownTerm),
    noLeader: group.noLeader === true,
    contestDates: contest
      ? { starts: dateParts(contest.starts), ends: dateParts(contest.ends) }
      : null,
    supportLinks: Object.entries(campaign.links ?? {})
      .filter(
        ([name]) => !(name === 'contest' && contest) && !stepLinks.some((l) => l.key === name),
      )
      .map(([, link]) => ({ url: link.url, label: link.label })),
    stepLinks: stepLinks.map((l) => ({ step: l.step + 1, url: l.url, label: l.label })),
    hotlines,
    warnsOfLinks: warnsOfLinks(campaign),
    phoneInHotlines,
    officePhone: phoneInHotlines ? '' : (campaign.issuer.phone ?? ''),
    prizeItems: (contest?.prizes?.individual?.items ?? []).map((p) => ({
      count: String(p.count).padStart(2, '0'),
      rank: p.rank,
      amount: groupThousands(p.amount),
      several: p.count > 1,
    })),
    // The group's own word where the ward mixes thôn and tổ dân phố, the ward's for all of
    // them (groupOwnTerm).
    term: ownTerm,
    unit: unitTermOf(campaign.issuer.name, campaign.issuer.ward),
    tally,
    deadlineWord: deadlineWordOf(campaign, tally.signUp),
    rateLines: rateLinesOf(campaign, group),
    sumLine: sumLineOf(campaign, group),
    amountColumns: amountColumnsSaid.map((c) => c.title),
    amountColumnsSaid,
    appStep,
    appStepNumber: stepNumber(appStep),
    ...trackerColumns(campaign, appStep),
    ...rosterExtrasFor(campaign, tally, listed, appStep),
    ...shareActionsOf(steps),
    ...(listed ? { roster: listed } : {}),
    // A group with no leader: its steps send residents to the office (no-leader.ts).
    ...(steps === campaign.actions ? {} : { actions: steps }),
  };
  return Object.assign({ ...campaign }, own);
}

/**
 * The roster's birth and amount columns (roster-extras.ts), in the tick room the campaign's
 * columns leave: its ticks, amount columns and result column.
 */
export function rosterExtrasFor(
  campaign: Campaign,
  tally: Pick<Tally, 'children' | 'result'>,
  roster: readonly Resident[] | undefined,
  appStep = appStepOf(campaign),
): RosterExtras {
  const amounts = amountColumnsSaidOf(campaign);
  const used =
    columnCount(trackerTicksOf(campaign, appStep).ticks) +
    amounts.length +
    (tally.result ? 1 : 0) +
    (tally.children ? 1 : 0);
  const money = amounts.find((c) => c.money);
  return rosterExtrasOf(campaign, tally, roster, money, TRACKER_TICK_ROOM - used);
}

/** What the tracking sheet ticks from the actions, and the app's column title (DocContext). */
function trackerColumns(
  campaign: Campaign,
  appStep: number | null,
): Pick<DocContext, 'trackerActions' | 'appColumn' | 'trackerTicks' | 'allSigned'> {
  const install = installStepOf(campaign, appStep);
  const actions = campaign.actions ?? [];
  const { ticks } = trackerTicksOf(campaign, appStep);
  // The sum written, then the signature for it: a signing column follows the money columns.
  const money = amountColumnsSaidOf(campaign).some((c) => c.money);
  return {
    trackerActions: install === null ? actions : actions.filter((_, i) => i !== install),
    appColumn: (install === null ? undefined : actions[install]?.column) || null,
    trackerTicks: ticks.map((t) => ({ ...t, afterAmounts: money && t.sign })),
    allSigned: ticks.length > 0 && ticks.every((t) => t.sign),
  };
}

/** Whether `phone` is the number of one of the hotlines, however either is written. */
function phoneAmong(phone: string | undefined, hotlines: readonly Hotline[]): boolean {
  const digits = dialledDigits(phone ?? '');
  return digits !== '' && hotlines.some((h) => dialledDigits(h.number) === digits);
}

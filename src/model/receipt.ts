/**
 * A campaign whose action asks for a signature on receipt ("Nhận quà và ký nhận", a Trung thu's
 * gifts the notice hands out "đúng đối tượng, có ký nhận"; qa55 p5). Its tracking sheet is the
 * receipt list the notice asks for: a row per person the first measure counts (a child of the
 * tổ's 38, not a household of its 95), and that action's column is where the person who takes
 * the gift signs ("Ký nhận"), not a cell for a count of the household's people.
 */
import { textKey } from './format.js';
import { CHILD_NOUNS } from './measure-base.js';

/**
 * "ký nhận", also spelt "kí nhận", as words of its own (not "ký nhận diện"), and not a document
 * taken in ("ký nhận danh sách", "ký nhận biên bản": one signature, not each receiver's; "ký nhận
 * vào danh sách" is each receiver's). A "sổ" is the group's book only as "sổ sách", "sổ theo dõi":
 * "Ký nhận sổ tay" is a notebook each receiver takes (review56a #2).
 */
const SIGN_ON_RECEIPT =
  /(?<![\p{L}\p{M}])k[ýí] nhận(?![\p{L}\p{M}]|\s+(?:diện|thức|xét|danh sách|biên bản|sổ (?:sách|theo dõi|giao nhận|bàn giao)|hồ sơ|văn bản|công văn|tài liệu|thông báo|kế hoạch|bàn giao)(?![\p{L}\p{M}]))/gu;
/**
 * Who signs, when the clause names an official before "ký nhận" ("Tổ trưởng ký nhận danh sách",
 * "trưởng thôn nhận quà và ký nhận"): the leader's one signature for the group, not a
 * per-person column (review55b-left #4). "Đại diện" is an official only with an office after it
 * ("đại diện tổ", "đại diện UBND"): "Đại diện hộ nhận quà và ký nhận" is each household's
 * signature (review56a #2). The clause: the text since the last comma or stop.
 */
const OFFICIAL_SIGNS =
  /(?<![\p{L}\p{M}])(?:tổ trưởng|tổ phó|trưởng (?:thôn|khu phố|khu|ấp|bản|xóm|ban|tổ)|bí thư|cán bộ|ban điều hành|ban quản lý|đại diện (?:tổ|ban|ubnd|uỷ ban|ủy ban|mttq|mặt trận|hội|chi hội|đoàn|chi đoàn|phường|xã|thôn|khu phố|nhà trường|trường|cơ quan|đơn vị)|người phụ trách)(?![\p{L}\p{M}])(?:\s+[\p{L}\p{M}\d]+){0,4}?\s+(?:đã\s+|sẽ\s+)?$/u;
/** "Đăng ký nhận tin qua Zalo" signs up for news: its "ký nhận" is no signature. */
const SIGN_UP = /đăng k[ýí]/gu;

const folded = (text: string | undefined): string =>
  (text ?? '').normalize('NFC').replace(/\s+/gu, ' ').toLocaleLowerCase('vi').replace(SIGN_UP, '');

/** The text asks each receiver to sign: a "ký nhận" no official's. */
const said = (text: string | undefined): boolean => {
  const t = folded(text);
  for (const m of t.matchAll(SIGN_ON_RECEIPT)) {
    const clause =
      t
        .slice(0, m.index)
        .split(/[,.;:()]/u)
        .at(-1) ?? '';
    if (!OFFICIAL_SIGNS.test(clause)) return true;
  }
  return false;
};

/** The action asks whoever receives to sign: its step or its column title says "ký nhận". */
export const asksSignature = (action: { step: string; column?: string }): boolean =>
  said(action.step) || said(action.column);

/** "ký tên", "ký nộp" as words of their own: a signature that takes nothing. */
const SIGN_NAME = /(?<![\p{L}\p{M}])k[ýí] (?:tên|nộp)(?![\p{L}\p{M}])/u;

/**
 * Who signs an action's column, when its title asks a signature ("Người nộp ký tên", "Chủ hộ ký
 * tên"): the payer on a fee's list ("người nộp": the column or the step says "nộp"), else the row's
 * resident; '' when the column takes a tick, or a signature on receipt (asksSignature: the
 * receiver's). Such a cell is signed, not ticked with an "x" (qa57 p6).
 */
export function ownSigner(action: { step: string; column?: string }): string {
  const column = folded(action.column).trim();
  // "Đã ký tên vào bản cam kết": a paper signed elsewhere, ticked here.
  if (asksSignature(action) || !SIGN_NAME.test(column) || /^đã\s/u.test(column)) return '';
  return /(?<![\p{L}\p{M}])nộp(?![\p{L}\p{M}])/u.test(folded(`${action.column} ${action.step}`))
    ? 'người nộp'
    : 'người có tên trong dòng';
}

/** Some action of the campaign asks for a signature on receipt. */
export const asksReceipt = (campaign: {
  actions?: readonly { step: string; column?: string }[];
}): boolean => (campaign.actions ?? []).some(asksSignature);

/** A signing action's column title when it gives none: the one source of the words. */
export const SIGN_TITLE = 'Ký nhận';

/** Where what is received ends: a stop (not a thousands dot: "200.000 đồng"), or a word starting where, when or how. */
const THING_END = String.raw`(?=\s*(?:[,;:()]|\.(?!\d))|\s+(?:và|rồi|tại|ở|khi|lúc|cho|của|theo|vào|từ|trước|sau)(?![\p{L}\p{M}])|\s+k[ýí] nhận(?![\p{L}\p{M}])|$)`;
/** What the step says is received: "Ký nhận tiền hỗ trợ tại …", else "Nhận quà và ký nhận". */
const RECEIVED = [
  new RegExp(String.raw`(?<![\p{L}\p{M}])k[ýí] nhận\s+(.+?)${THING_END}`, 'iu'),
  new RegExp(String.raw`(?<![\p{L}\p{M}])(?<!k[ýí] )nhận\s+(.+?)${THING_END}`, 'iu'),
];
/** A few words: more is a sentence, not a column's title. */
const THING_WORDS = 4;

function received(step: string): string | undefined {
  const text = step.normalize('NFC').replace(/\s+/gu, ' ').trim();
  for (const pattern of RECEIVED) {
    const thing = pattern.exec(text)?.[1]?.trim();
    if (!thing || thing.split(' ').length > THING_WORDS) continue;
    if (/^(?:vào|tại|ở|khi|và|rồi|cho)(?![\p{L}\p{M}])/iu.test(thing)) continue;
    return thing;
  }
  return undefined;
}

/**
 * Each action's signature column title, '' for an action asking none: its own column title, else
 * SIGN_TITLE. Two signing actions without one ("Nhận quà và ký nhận", "Nhận tiền hỗ trợ, ký nhận")
 * each get their own column, titled by what is received ("Ký nhận quà", "Ký nhận tiền hỗ trợ"),
 * else by the action's number: one "Ký nhận" for both kept one signature (review55b-left #1).
 */
export function signTitlesOf(actions: readonly { step: string; column?: string }[]): string[] {
  const own = actions.map((a) => (asksSignature(a) ? a.column?.trim() || SIGN_TITLE : ''));
  // A typed bare "Ký nhận" names no thing: titled as if untyped, two such kept one column (review56a #7).
  const untitled = (i: number) =>
    own[i] !== '' && textKey(actions[i]?.column?.trim() || SIGN_TITLE) === textKey(SIGN_TITLE);
  const sharedIn = (titles: readonly string[], i: number) =>
    titles.some((t, j) => j !== i && t !== '' && textKey(t) === textKey(titles[i] ?? ''));
  const named = own.map((t, i) =>
    untitled(i) && sharedIn(own, i)
      ? `${SIGN_TITLE} ${received(actions[i]?.step ?? '') ?? ''}`.trim()
      : t,
  );
  return named.map((t, i) =>
    untitled(i) && sharedIn(named, i) ? `${SIGN_TITLE} (việc ${i + 1})` : t,
  );
}

/**
 * The words a receipt list's rows are children by: the sign-up sheet's ("trẻ", "cháu") and a
 * gift campaign's "thiếu nhi" (its children's festival counts "Số thiếu nhi").
 */
export const RECEIPT_CHILD_NOUNS: readonly string[] = [...CHILD_NOUNS, 'thiếu nhi'];

/**
 * Model: a campaign link named in running text by the label the office gave it under `links`
 * (the studio's "Đường dẫn": "dangky | https://… | Đăng ký tiêm"), as a notice's body names it:
 * "đăng ký trước qua đường link “Đăng ký tiêm”" (qa24 F5: the notice printed neither the address
 * nor its QR code, the flyer and the checklist did). The notice makes such a mention a link to the
 * label's address (kinds/notice.ts), so the annex prints its code as for an address typed in the
 * body; `check` warns of a body that speaks of a link or a code without naming one
 * (load/campaign-checks.ts).
 *
 * The rule (review32 F5: a short label such as "Đăng ký", "Hướng dẫn", "Zalo" is also an
 * ordinary word — "cha mẹ đăng ký trước…" is no link). Always the whole label, never part of a
 * longer word, letter case aside, and
 * - quoted, filling its quotation marks (“…”, "…", '…', ‘…’, «…»): always a mention, even
 *   typed without its diacritics (“Dang ky tiem”);
 * - unquoted: only with its diacritics as the label writes them, and only when it clearly is the
 *   link — right after a link word ("đường link", "đường dẫn", "link", "trang", "trang web",
 *   "website", "mã QR", "địa chỉ", a colon allowed: "tại trang Đăng ký") or when the label is
 *   distinctive, of 3 words or more ("Bản đồ điểm tránh trú").
 * A label that opens or closes a longer quoted name (“Đăng ký tiêm” for the label "Đăng ký") is
 * not that name. A straight double quote `"` both opens and closes: a text's straight quotes pair
 * left to right, so in `"Y tế" đăng ký "Mũi 2"` the words between the pairs are not quoted.
 * The text is a whole paragraph (kinds/notice.ts joins its runs): a Word body gives "đường link"
 * bold and the label plain, two runs of one sentence.
 */

/** Where a label is named in a text: `text.slice(at, end)` is the label as the text writes it. */
export interface LabelMention {
  at: number;
  end: number;
}

/**
 * One character with its combining marks folded for comparing: small, and with `loose` also
 * without diacritics ("Ệ" → "e", "Đ" → "d"). A text typed with marks apart (NFD) compares as
 * one typed composed.
 */
function fold(cluster: string, loose: boolean): string {
  if (!loose) return cluster.normalize('NFC').toLocaleLowerCase('vi');
  return cluster.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('vi').replace(/đ/g, 'd');
}

/** A text folded character by character, with where each folded character comes from. */
function folded(text: string, loose: boolean): { text: string; from: number[] } {
  let out = '';
  const from: number[] = [];
  for (const m of text.matchAll(/\P{M}\p{M}*|\p{M}+/gsu)) {
    const f = fold(m[0], loose);
    out += f;
    for (let i = 0; i < f.length; i++) from.push(m.index);
  }
  from.push(text.length);
  return { text: out, from };
}

/** Spaces of any kind (a non-breaking one pasted from Word) compared as one space. */
const spaced = (s: string) => s.replace(/\s+/gu, ' ');

/** The same words, letter case aside and, unless `loose`, with the same diacritics. */
const sameWords = (a: string, b: string, loose: boolean) =>
  spaced(folded(a.trim(), loose).text) === spaced(folded(b.trim(), loose).text);

const OPENING_QUOTE = /[“"'‘«„]\s*$/u;
const CLOSING_QUOTE = /^\s*[”"'’»“]/u;

/**
 * Whether the straight double quote at `i` closes a pair: the text's straight quotes pair left to
 * right, the first opening, the second closing (`"A" và "B"`: not `" và "`).
 */
const closesPair = (text: string, i: number) => (text.slice(0, i).split('"').length - 1) % 2 === 1;

/** The quote ending `head` opens, and the one starting `tail` (at `end`) closes, a quotation. */
function quotedAround(text: string, at: number, end: number): { opened: boolean; closed: boolean } {
  const head = text.slice(0, at);
  const tail = text.slice(end);
  const before = head.trimEnd();
  const after = end + (tail.length - tail.trimStart().length);
  return {
    opened:
      OPENING_QUOTE.test(head) && !(before.endsWith('"') && closesPair(text, before.length - 1)),
    closed: CLOSING_QUOTE.test(tail) && !(text[after] === '"' && !closesPair(text, after)),
  };
}
/** A link word right before the label: "qua đường link Đăng ký", "tại trang: Đăng ký". */
const AFTER_LINK_WORD =
  /(?<![\p{L}\p{N}])(?:đường\s+link|đường\s+dẫn|link|trang(?:\s+web)?|website|mã\s+qr|địa\s+chỉ)\s*:?\s+$/iu;
/** Words enough for a label to be named unquoted anywhere (with its diacritics). */
const DISTINCTIVE_WORDS = 3;

/**
 * The first place `text` names `label` (see the file's comment) that `usable` takes (kinds/notice.ts:
 * not inside a run that already is a link), or undefined. A label with no letter or digit names
 * nothing.
 */
export function labelMention(
  text: string,
  label: string,
  usable: (at: number, end: number) => boolean = () => true,
): LabelMention | undefined {
  const wanted = spaced(folded(label.trim(), true).text);
  if (!/[\p{L}\p{N}]/u.test(wanted)) return undefined;
  const words = label.trim().split(/\s+/u).length;
  // Spaces made one in the text too, keeping where each character comes from.
  const f = folded(text, true);
  let said = '';
  // Whether `said` ends in a space, kept beside it: reading `said.at(-1)` flattened the string
  // being built at every character (25 MB for one campaign check, h-alloc2).
  let spaceLast = false;
  const from: number[] = [];
  for (let i = 0; i < f.text.length; i++) {
    const ch = f.text[i] as string;
    const space = /\s/u.test(ch);
    if (space && spaceLast) continue;
    said += space ? ' ' : ch;
    spaceLast = space;
    from.push(f.from[i] as number);
  }
  const edge = /[\p{L}\p{N}]/u;
  for (let i = said.indexOf(wanted); i >= 0; i = said.indexOf(wanted, i + 1)) {
    const before = said[i - 1] ?? '';
    const after = said[i + wanted.length] ?? '';
    if (edge.test(before) || edge.test(after)) continue;
    const at = from[i] as number;
    const last = from[i + wanted.length - 1] as number;
    // The last character's end in the text: the start of the next character.
    const end = f.from.find((x) => x > last) ?? text.length;
    if (!usable(at, end)) continue;
    const head = text.slice(0, at);
    const { opened, closed } = quotedAround(text, at, end);
    if (opened && closed) return { at, end };
    // Part of a longer quoted name, or not the label as it is written.
    if (opened || closed || !sameWords(text.slice(at, end), label, false)) continue;
    if (words >= DISTINCTIVE_WORDS || AFTER_LINK_WORD.test(head.normalize('NFC'))) {
      return { at, end };
    }
  }
  return headThenQuoted(text, label, usable);
}

/** A quoted name: the quotes paired left to right, what is between them. */
const QUOTED = /[“"‘«„]([^”"’»“\n]+)[”"’»“]/gu;

/**
 * The label said as its first words then the rest quoted (qa53 M1): "tham gia nhóm Zalo “Lớp KNS
 * Ngọc Hà”" names the link "Nhóm Zalo Lớp KNS Ngọc Hà", as a clerk writes a group's name in
 * quotes after what it is. The words before the quotes must be the label's first words (letter
 * case and diacritics aside), whole words; the mention is the quoted name.
 */
function headThenQuoted(
  text: string,
  label: string,
  usable: (at: number, end: number) => boolean,
): LabelMention | undefined {
  const words = label.trim().split(/\s+/u);
  for (const m of text.matchAll(QUOTED)) {
    const inner = m[1] as string;
    const at = m.index + 1 + (inner.length - inner.trimStart().length);
    const end = m.index + 1 + inner.trimEnd().length;
    const before = spaced(folded(text.slice(0, m.index).trimEnd(), true).text);
    for (let k = 1; k < words.length; k++) {
      const head = spaced(folded(words.slice(0, k).join(' '), true).text);
      if (!sameWords(inner, words.slice(k).join(' '), true) || !before.endsWith(head)) continue;
      const edge = before[before.length - head.length - 1] ?? '';
      if (!/[\p{L}\p{N}]/u.test(edge) && usable(at, end)) return { at, end };
    }
  }
  return undefined;
}

/**
 * The quoted names of `text` that are part of `label` without naming it (labelMention): "tham
 * gia nhóm “Lớp KNS Ngọc Hà”" for the link "Nhóm Zalo Lớp KNS Ngọc Hà" (qa53 M1). The body means
 * that link, but the notice prints no code for it: `check` says so.
 */
export function nearMentions(text: string, label: string): string[] {
  const wanted = ` ${spaced(folded(label.trim(), true).text)} `;
  return [...text.matchAll(QUOTED)]
    .map((m) => (m[1] as string).trim())
    .filter((q) => /[\p{L}\p{N}]/u.test(q))
    .filter((q) => wanted.includes(` ${spaced(folded(q, true).text)} `));
}

/**
 * Words that speak of a link or a code to scan: "quét mã", "mã QR", "đường link", "đường dẫn",
 * "link". A body saying them names a link the reader is to open.
 */
export const SPEAKS_OF_LINK =
  /(?<![\p{L}\p{N}])(?:quét\s+mã(?:\s+qr)?|mã\s+qr|đường\s+dẫn|đường\s+link|link)(?![\p{L}\p{N}])/iu;

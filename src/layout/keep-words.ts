/**
 * Layout stage: header lines that must not break just anywhere. A document's number and symbol
 * ("Số: 1234/UBND-VHXH-PCCC-CNCH") split at a hyphen reads as two symbols; a date line split
 * before its year ("… năm" | "2026") leaves the year alone. Joining words with no-break spaces
 * (see names.ts, line-break.ts) keeps them on one line while they fit one; a headline's short
 * last word stays with the word before it. The text itself is unchanged, a no-break space is
 * drawn and copied as an ordinary space.
 */
import { plainText, type Run } from '../template/blocks.js';
import { widestLine } from './draw-text.js';
import { sizeForOneLine } from './fit-size.js';
import type { Surface } from './surface.js';
import type { TextStyle } from './text-model.js';

const NBSP = '\u00a0';

/**
 * The runs with the spaces inside each comma-separated clause made no-break: the line then
 * breaks only after a comma ("Hải Phòng," | "ngày 11 tháng 10 năm 2025").
 */
export function keepClauses(runs: readonly Run[]): Run[] {
  let afterComma = false;
  return runs.map((r) => {
    let text = '';
    for (const c of r.text) {
      text += c === ' ' && !afterComma ? NBSP : c;
      if (c !== ' ') afterComma = c === ',';
    }
    return text === r.text ? r : { ...r, text };
  });
}

/**
 * A word that starts with a capital letter: a syllable of a name ("Hải", "Phòng", "Smart"); not
 * an abbreviation with a slash ("V/v", "UBND/VHXH"), which is no part of one.
 */
const CAPITALISED = /^["“(]?\p{Lu}[^/]*$/u;

/**
 * A word that may follow another in a name: capitalised, not opening a quote or a bracket. 'Lớp
 * "Bình dân học vụ số"' is a word and then a quoted name (keepQuoted keeps that), not a name
 * "Lớp "Bình": joined, the quoted name could no longer stay whole on a flyer's title line.
 */
const CONTINUES_NAME = /^\p{Lu}[^/]*$/u;

/**
 * A name of two or three capitalised syllables kept on one line ("Hải Phòng", "Smart Hải Phòng",
 * "Việt Nam"): a subject's even lines (TextStyle.balance) otherwise split "Hải" | "Phòng". A
 * longer run of capitals (a title in capitals, "UBND Phường Hải Châu Cũ") is left to break.
 */
export function keepNames(runs: readonly Run[]): Run[] {
  return runs.map((r) => withText(r, namesKept(r.text)));
}

/** A run with `text` for its text: the run itself when that is its own. */
const withText = (r: Run, text: string): Run => (text === r.text ? r : { ...r, text });

/** keepNames for one run's text. */
function namesKept(original: string): string {
  const words = original.split(' ');
  let text = '';
  for (let i = 0; i < words.length; ) {
    let end = i + 1;
    while (
      end < words.length &&
      CAPITALISED.test(words[end - 1] ?? '') &&
      CONTINUES_NAME.test(words[end] ?? '')
    )
      end++;
    // "Ngày Pháp luật", "Tháng Hành động": the chain's last capital starts a listed word that the
    // lower-case word after it completes, so it is that word's, not a name's (review57b #10).
    if (end - i >= 2 && completesCompound(words[end - 1], words[end])) end--;
    const chain = words.slice(i, end);
    const joined = chain.length <= 3 ? chain.join(NBSP) : chain.join(' ');
    text += (i > 0 ? ' ' : '') + joined;
    i = end;
  }
  return text;
}

/**
 * Two-syllable words a headline should not split (qa56 p2: "Cảnh giác lừa" | "đảo qua mạng",
 * "cho trẻ" | "em gái"): the commonest of the words a ward's notices and posters are titled
 * with. A short list, not a segmenter (none is at hand for Vietnamese here): a pair not on it
 * may still break, as before.
 */
const COMPOUNDS = new Set(
  [
    'lừa đảo',
    'chiếm đoạt',
    'tài sản',
    'trẻ em',
    'vắc xin',
    'tiêm chủng',
    'sức khỏe',
    'sức khoẻ',
    'nghĩa vụ',
    'quân sự',
    'công dân',
    'thanh niên',
    'học sinh',
    'người dân',
    'cao tuổi',
    'mừng thọ',
    // "Công an toàn phường": "an" is the police's before it is safety's (review56b #6).
    'công an',
    'an toàn',
    'thực phẩm',
    'giao thông',
    'phòng cháy',
    'chữa cháy',
    'cứu nạn',
    'cứu hộ',
    'dịch bệnh',
    'xuất huyết',
    'vệ sinh',
    'môi trường',
    'tuyên truyền',
    'triển khai',
    'thực hiện',
    'tổ chức',
    'gia đình',
    'cộng đồng',
    'dân cư',
    'bầu cử',
    'đại biểu',
    'ứng dụng',
    'căn cước',
    'định danh',
    'điện tử',
    'ma túy',
    'ma tuý',
    'bạo lực',
    'hiến máu',
    'tình nguyện',
    'thiên tai',
    'kế hoạch',
    'thông báo',
    'cảnh giác',
    'trực tuyến',
    'thiếu nhi',
    'phụ nữ',
    'nhân dân',
    'kinh phí',
    'hỗ trợ',
    // A consultation's and a health insurance drive's titles (qa58: "về dự | thảo Nghị quyết").
    'dự thảo',
    'nghị quyết',
    'hội đồng',
    'ý kiến',
    'bảo hiểm',
    'y tế',
    'tiêm phòng',
    // Campaign titles' words (the Hải Phòng contest: "… sử | dụng thông minh, sống an toàn").
    'sử dụng',
    'thông minh',
    'địa chỉ',
    'thủ đoạn',
    'chuyển đổi',
    'kỹ năng',
    'bảo vệ',
    'xã hội',
    'cài đặt',
    'ngày hội',
    'đoàn kết',
    'dân tộc',
    'pháp luật',
    'hành động',
  ].map((w) => w.normalize('NFC')),
);

/** Whether `first` and a lower-case `next` make one of the COMPOUNDS ("Pháp" "luật"). */
function completesCompound(first: string | undefined, next: string | undefined): boolean {
  if (first === undefined || next === undefined || !/^\p{Ll}/u.test(next)) return false;
  return COMPOUNDS.has(`${wordKey(first)} ${wordKey(next.replace(/[\p{P}]+$/u, ''))}`);
}

/** Three-syllable words a headline should not split: a few, as COMPOUNDS' pairs are. */
const TRIPLES = new Set(['đại đoàn kết', 'bình đẳng giới']);

/** Whether words i..i+2 are one of TRIPLES, no punctuation between them. */
function tripleAt(words: readonly string[], i: number): boolean {
  const [a, b, c] = [words[i], words[i + 1], words[i + 2]];
  if (a === undefined || b === undefined || c === undefined) return false;
  if (/[\p{P}\u00a0]$/u.test(a) || /[\p{P}\u00a0]$/u.test(b)) return false;
  const key = `${wordKey(a.replace(/^[\p{Ps}\p{Pi}"]+/u, ''))} ${wordKey(b)} ${wordKey(c.replace(/[\p{P}]+$/u, ''))}`;
  return TRIPLES.has(key);
}

/** A word as the list has it: lower case, without the quotes or brackets around the pair. */
const wordKey = (w: string) => w.normalize('NFC').toLocaleLowerCase('vi');

/**
 * The runs with each COMPOUNDS pair joined by a no-break space, so that a headline's balanced
 * lines break between words, not inside one. A pair with a comma between ("phòng, chống") is no
 * pair; a word already joined (a name) is left as it is. Pairs are read left to right, so a
 * syllable that ends one listed word is not taken by the next ("Công an toàn phường": "Công an"
 * | "toàn phường", not "Công" | "an toàn"): a word whose last syllable starts another listed
 * word is listed too, or that syllable's word before it loses it.
 */
export function keepCompounds(runs: readonly Run[]): Run[] {
  return runs.map((r) => withText(r, compoundsKept(r.text)));
}

/** keepCompounds for one run's text. */
function compoundsKept(original: string): string {
  const words = original.split(' ');
  let text = '';
  for (let i = 0; i < words.length; i++) {
    const first = words[i] ?? '';
    const next = words[i + 1];
    // A three-syllable word first ("Đại đoàn kết"): its last two alone would be paired and the
    // line could still break after "Đại" (the ddk poster's "Ngày hội Đại ⏎ đoàn kết").
    if (tripleAt(words, i)) {
      text += (i > 0 ? ' ' : '') + [first, next, words[i + 2]].join(NBSP);
      i += 2;
      continue;
    }
    const pair =
      next !== undefined &&
      !/[\p{P}\u00a0]$/u.test(first) &&
      COMPOUNDS.has(
        `${wordKey(first.replace(/^[\p{Ps}\p{Pi}"]+/u, ''))} ${wordKey(next.replace(/[\p{P}]+$/u, ''))}`,
      );
    text += (i > 0 ? ' ' : '') + (pair ? `${first}${NBSP}${next}` : first);
    if (pair) i++;
  }
  return text;
}

/**
 * A title's or a headline's words as every kind keeps them (flyer and its picture, poster and
 * its picture, checklist, tracker): a name of a few capitals whole ("Hải Phòng", keepNames), then
 * each listed two-syllable word whole ("sử dụng", keepCompounds), a number with its word ("tổ 1",
 * numbersKept), so that its style's balanced lines (TextStyle.balance) break between words. One place, so that a kind cannot keep fewer.
 */
export function keepTitle(runs: readonly Run[]): Run[] {
  return runs.map((r) => withText(r, titleKept(r.text)));
}

/**
 * keepTitle's text for a run's text, kept by that text: the same titles come back in every
 * document of a build (the campaign's title, a poster's call to action, a checklist's heading),
 * and working their words out again (a regular expression and two lower-casings a word) was ~1.5 %
 * of each drawing thread's CPU in a 1,000-group build of every PDF kind (`node --cpu-prof`,
 * h-perf15; docs/architecture.md, the tricks table). A pure function of the text: the same lines.
 * Bounded, emptied when full: a group's own title brings a new one each group.
 */
const titlesKept = new Map<string, string>();
const TITLES_KEPT = 256;

function titleKept(text: string): string {
  let kept = titlesKept.get(text);
  if (kept === undefined) {
    kept = numbersKept(compoundsKept(namesKept(text)));
    if (titlesKept.size >= TITLES_KEPT) titlesKept.clear();
    titlesKept.set(text, kept);
  }
  return kept;
}

/**
 * A number after its word: "tổ 1", "số 12", "khu 5", "ngày 20/01/2027". Apart, a line ends on "tổ"
 * and the next starts with "1," (qa58 p6: the flyer's "Nhà văn hóa tổ ⏎ 1, số 12 Hoàng Văn
 * Thụ"): a reader takes "1" for a new item. The word must end in a letter, so a label and its
 * value ("Thời gian: 19h30") and a clause after a comma still break.
 */
const WORD_THEN_NUMBER = /(\p{L}) (?=\p{Nd}\S{0,11}(?:\s|$))/gu;

/** A run's text with the space between a word and the number after it made no-break. */
function numbersKept(text: string): string {
  return text.replace(WORD_THEN_NUMBER, `$1${NBSP}`);
}

/**
 * A headline's last two words joined by a no-break space when the last is short ("số 3", "năm
 * 2026"): a title or a "V/v" subject never ends on a line holding "3" or "2026" alone.
 */
export function keepLastWords(runs: readonly Run[]): Run[] {
  const last = runs.length - 1;
  const r = runs[last];
  if (!r) return [...runs];
  const m = /^(.*\S) (\S{1,4})$/su.exec(r.text.trimEnd());
  if (!m) return [...runs];
  return [...runs.slice(0, last), { ...r, text: `${m[1]}${NBSP}${m[2]}` }];
}

/** A quoted name: straight or curly double quotes around a few words, on one line of text. */
const QUOTED = /"[^"\n]+"|“[^”\n]+”/gu;

/**
 * The runs with the spaces inside each quoted span no-break: 'Lớp "Bình dân học vụ số" cho người
 * cao tuổi' breaks before or after the quoted name, not inside it ('… học vụ ⏎ số" …', qa8 K4).
 * The quotes may span runs (a bold name): the span is found in the runs' joined text.
 */
export function keepQuoted(runs: readonly Run[]): Run[] {
  return keepSpans(runs, QUOTED);
}

/** A short parenthesised name on one line of text: "(Dư Hàng Kênh cũ)", "(mã 12)". */
const PARENTHESISED = /\([^()\n]{1,60}\)/gu;

/**
 * The runs with the spaces inside each short parenthesis no-break: a group's old ward after its
 * name ("TỔ DÂN PHỐ SỐ 1 (DƯ HÀNG KÊNH CŨ) – PHƯỜNG LÊ CHÂN") breaks before the "(" or after
 * the ")", not inside the name ("(DƯ HÀNG" | "KÊNH CŨ)", qa44 m5), unless the parenthesis alone
 * is wider than a line. The span may cross runs, as `keepQuoted`'s does.
 */
export function keepParenthesised(runs: readonly Run[]): Run[] {
  return keepSpans(runs, PARENTHESISED);
}

/** The runs with the spaces inside each match of `pattern` (global) made no-break. */
function keepSpans(runs: readonly Run[], pattern: RegExp): Run[] {
  const text = runs.map((r) => r.text).join('');
  const kept = new Set<number>();
  for (const m of text.matchAll(pattern))
    for (let i = m.index; i < m.index + m[0].length; i++) if (text[i] === ' ') kept.add(i);
  if (kept.size === 0) return [...runs];
  let from = 0;
  return runs.map((r) => {
    const start = from;
    from += r.text.length;
    const out = Array.from(r.text, (c, i) => (kept.has(start + i) ? NBSP : c)).join('');
    return out === r.text ? r : { ...r, text: out };
  });
}

/** The runs with every space no-break: a line that breaks only if it is wider than its box. */
function keepWhole(runs: readonly Run[]): Run[] {
  return runs.map((r) => (r.text.includes(' ') ? { ...r, text: r.text.replaceAll(' ', NBSP) } : r));
}

/** The runs cut in two before the first of `mark`: undefined when there is none to cut at. */
function cutBefore(runs: readonly Run[], mark: string): [Run[], Run[]] | undefined {
  const at = plainText(runs).indexOf(mark);
  if (at <= 0) return undefined;
  const head: Run[] = [];
  const tail: Run[] = [];
  let from = 0;
  for (const r of runs) {
    const cut = Math.min(Math.max(at - from, 0), r.text.length);
    if (cut > 0) head.push({ ...r, text: r.text.slice(0, cut) });
    if (cut < r.text.length) tail.push({ ...r, text: r.text.slice(cut) });
    from += r.text.length;
  }
  return [head, tail];
}

// One style object per size: layout caches key on the style.
const sized = new Map<string, TextStyle>();
function atSize(style: TextStyle, size: number): TextStyle {
  if (size === style.size) return style;
  const key = `${JSON.stringify(style)}|${size}`;
  let s = sized.get(key);
  if (!s) {
    s = { ...style, size };
    sized.set(key, s);
  }
  return s;
}

/**
 * A line set whole in a box `width` wide: at its style's size when it fits, else shrunk (in
 * 0.1 pt steps, never under `min`) until it does; when even `min` is too large, cut before the
 * first `cutMark` into two lines, each whole, both at one size. What is still wider than the box
 * after that breaks as any text does.
 */
export function wholeLine(
  surface: Surface,
  runs: readonly Run[],
  style: TextStyle,
  width: number,
  min: number,
  cutMark: string,
): { lines: Run[][]; style: TextStyle } {
  const sizeFor = (line: readonly Run[]) => {
    if (widestLine(surface, line, style, Number.MAX_SAFE_INTEGER) <= width) return style.size;
    const text = plainText(line).replaceAll(NBSP, ' ');
    const size = sizeForOneLine(surface.measure, text, style, width, min, 0.01);
    return Math.max(min, Math.floor(size * 10) / 10);
  };
  const fits = (line: readonly Run[], s: TextStyle) =>
    widestLine(surface, line, s, Number.MAX_SAFE_INTEGER) <= width;
  const whole = keepWhole(runs);
  const size = sizeFor(whole);
  if (fits(whole, atSize(style, size))) return { lines: [whole], style: atSize(style, size) };
  const cut = cutBefore(runs, cutMark);
  if (!cut) return { lines: [whole], style: atSize(style, size) };
  const lines = cut.map(keepWhole);
  return { lines, style: atSize(style, Math.min(...lines.map(sizeFor))) };
}

/**
 * Load stage, Word import: what the flyer and the posters print that a notice says in its own
 * words — a short `title` (the big line) from the trích yếu, and `bring` ("Cần mang theo") from
 * the body's "mang theo …" sentence (qa56 p9: the import wrote neither, and the HPV flyer's
 * headline was the 17-word trích yếu, with no "Cần mang theo" though the notice lists three
 * things). Each is a guess naming its paragraph; each not found is a note saying why.
 */
import { type Message, msg } from '../../messages/message.js';
import { withoutSubjectMark } from '../notice-marks.js';
import type { Para } from './html-items.js';
import {
  type Guess,
  type ImportWarning,
  importWarning,
  type Source,
  sourceOf,
} from './provenance.js';

/** The most words of a title printed large (three lines of the flyer's title take 13–15). */
export const TITLE_WORDS = 15;

const wordsOf = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));

/** The administrative verbs a trích yếu starts with, which a headline does without. */
const LEAD = /^(?:kế hoạch|triển khai|tổ chức|thực hiện)\s+/iu;
/** The year, or the ward, a trích yếu ends with: the flyer's own lines and header say them. */
const TAIL =
  /\s+(?:(?:trong\s+)?năm\s+\d{4}|trên\s+địa\s+bàn(?:\s+(?:phường|xã|thị\s+trấn|đặc\s+khu)(?:\s+[^,;]+)?)?)\s*$/iu;

const capitalised = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/**
 * The trích yếu as a headline: without "V/v" (and a named document's name), the administrative
 * verb it starts with, and the year or ward it ends with; what was left off, in the order read.
 */
function headline(subject: string, typeName?: string): { text: string; dropped: string[] } {
  let text = withoutSubjectMark(subject.normalize('NFC').replace(/\s+/g, ' ').trim(), typeName);
  const dropped: string[] = [];
  for (
    let m = LEAD.exec(text);
    m && wordsOf(text.slice(m[0].length)).length >= 3;
    m = LEAD.exec(text)
  ) {
    dropped.push(m[0].trim());
    text = text.slice(m[0].length);
  }
  for (
    let m = TAIL.exec(text);
    m && wordsOf(text.slice(0, m.index)).length >= 3;
    m = TAIL.exec(text)
  ) {
    dropped.push(m[0].trim());
    text = text.slice(0, m.index);
  }
  return { text: capitalised(text.trim()), dropped };
}

/**
 * A note of the import: a field of the flyer it left out, and why (at a paragraph, when one says
 * why).
 */
export type ImportNote = ImportWarning & { field: string };

/**
 * A campaign.yaml key named as the place to write a value (`"bring" in campaign.yaml`): the file
 * `import-docx` writes; the studio names the form's box and its part instead (studio/messages.ts
 * inFormWords), never "there" (h-left15a: "ghi vào đó" said no place).
 */
export const inCampaignYaml = (key: string): Message => msg`"${key}" in campaign.yaml`;

const BRING_PLACE = inCampaignYaml('bring');

const note = (field: string, said: Message, at?: Source): ImportNote => ({
  ...importWarning(said, at),
  field,
});

/**
 * The short title from the trích yếu (`from`: where it was read): a guess when the trích yếu has
 * words a headline does without and what is left fits TITLE_WORDS; else a note — the trích yếu
 * is the headline as it is (short), or too long to be one.
 */
export function shortTitle(
  subject: string | undefined,
  from: readonly Source[],
  typeName?: string,
): { title?: string; guess?: Guess; note?: ImportNote } {
  if (!subject?.trim()) return {};
  const { text, dropped } = headline(subject, typeName);
  const words = wordsOf(text).length;
  if (words > TITLE_WORDS)
    return {
      note: note(
        'title',
        msg`no short title (title): the trích yếu has ${words} words even without its first verb and its year, more than ${TITLE_WORDS} for a headline; the flyer and the posters print it whole: write a title of a few words`,
      ),
    };
  if (dropped.length === 0)
    return {
      note: note(
        'title',
        msg`no title (title) written: the trích yếu, ${words} words, is the flyer's and the posters' headline as it is`,
      ),
    };
  return {
    title: text,
    guess: {
      field: 'title',
      value: text,
      from: [...from],
      how: msg`the trích yếu without ${dropped.map((d) => `“${d}”`).join(', ')}: the big line of the flyer and the posters`,
    },
  };
}

/** "mang theo" / "đem theo" and what follows it, to the sentence's end. Global: use with matchAll. */
const BRING = /(?<![\p{L}\p{M}])(?:mang|đem)\s+theo\s*:?\s*([^.!?]*(?:\.\d[^.!?]*)*)/giu;
/**
 * A "mang theo" that says what not to bring: "Không mang theo vật nuôi", "không được mang theo",
 * "Cấm mang theo", "chưa cần mang theo" (review57b #7), the words right before it.
 */
const NEGATED =
  /(?<![\p{L}\p{M}])(?:không|chưa|cấm|đừng|chớ|tránh)(?:\s+(?:được|cần|nên|phải))?\s+$/iu;
/** "các giấy tờ sau:", "gồm:": the list is in the items under the sentence. */
const LIST_FOLLOWS = /^(?:(?:các|những)\s+[^:]*?\s+sau|gồm|như\s+sau)?\s*:?\s*$/iu;
/**
 * Where a thing to bring ends and the purpose or place begins ("… để đối chiếu", "… khi đến",
 * "… vào khu vực tiêm").
 */
const AFTER_THING = /\s+(?:(?:khi|lúc)\s+)?(?:đến|tới|để|vào)\s.*$/iu;
const DASH = /^(?:[-–—•+]\s*)+/u;
/** A thing longer than this is a clause, not an item of a list. */
const THING_WORDS = 12;

/** The parts of a list, split at ",", ";" and its last "và" outside parentheses. */
function things(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of list) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && (ch === ',' || ch === ';')) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  const last = parts.pop() ?? '';
  const and = /^(.*\S)\s+và\s+(\S.*)$/u.exec(last);
  if (and?.[1] && and[2] && !/\(/.test(and[2])) parts.push(and[1], and[2]);
  else parts.push(last);
  return parts
    .map((p) =>
      p
        .replace(DASH, '')
        .replace(/^(?:và|cùng)\s+/iu, '')
        .replace(AFTER_THING, ''),
    )
    .map((p) => p.replace(/[\s.;:,]+$/u, '').trim())
    .filter((p) => /\p{L}/u.test(p))
    .map(capitalised);
}

/**
 * What residents bring, from the body's first "mang theo …" sentence that gives a list (its
 * list, or the items under it when it ends with "các giấy tờ sau:"): a guess naming its
 * paragraph, or a note that the body says none (or says it in no list). A "mang theo" that
 * says what not to bring ("Không mang theo vật nuôi") and one in a table's cell (a column
 * "Giấy tờ mang theo") are no such sentence (review57b #7): the later ones are read.
 */
export function bringFrom(
  paras: readonly Para[],
  inTable: (p: Para) => boolean = () => false,
): {
  bring?: string[];
  guess?: Guess;
  note?: ImportNote;
} {
  let first: { para: Para; said: string } | undefined;
  let tableOnly = false;
  for (const [at, para] of paras.entries()) {
    const text = para.text.normalize('NFC');
    for (const m of text.matchAll(BRING)) {
      if (NEGATED.test(text.slice(0, m.index))) continue;
      if (inTable(para)) {
        tableOnly = true;
        continue;
      }
      const found = listAt(paras, at, m);
      if (found) return found;
      first ??= { para, said: m[0] };
    }
  }
  if (first)
    return {
      note: note(
        'bring',
        msg`nothing to bring (bring) written: the body's "mang theo …" sentence is no list of things; if residents bring any, write them in ${BRING_PLACE}, one a line`,
        sourceOf(first.para, first.said),
      ),
    };
  return {
    note: note(
      'bring',
      tableOnly
        ? msg`nothing to bring (bring) written: the body says "mang theo" only in a table, which the flyer does not read; if residents bring any, write them in ${BRING_PLACE}, one a line`
        : msg`nothing to bring (bring) written: the body has no "mang theo …" sentence; the flyer prints no "Cần mang theo"`,
    ),
  };
}

/** The things the "mang theo" match `m` of paragraph `at` lists; undefined for no list. */
function listAt(
  paras: readonly Para[],
  at: number,
  m: RegExpMatchArray,
): { bring: string[]; guess: Guess } | undefined {
  const para = paras[at] as Para;
  const said = (m[1] ?? '').trim();
  let list = things(said);
  const from = [sourceOf(para, m[0])];
  if (LIST_FOLLOWS.test(said)) {
    // "… mang theo các giấy tờ sau:" and the things as items under it.
    const items: Para[] = [];
    for (const p of paras.slice(at + 1)) {
      if (!(p.kind === 'li' || DASH.test(p.text))) break;
      items.push(p);
    }
    list = items.flatMap((p) => things(p.text.replace(DASH, '')).slice(0, 1));
    from.push(...items.map((p) => sourceOf(p)));
  }
  if (list.length === 0 || list.some((t) => t.split(/\s+/).length > THING_WORDS)) return undefined;
  return {
    bring: list,
    guess: {
      field: 'bring',
      value: list.join(' / '),
      from,
      how: msg`the body's sentence saying what to bring ("mang theo …"), one thing a line: the flyer's and the checklist's "Cần mang theo"`,
    },
  };
}

/**
 * Load stage, Word import: the notice's header (Decree 30/2020, Phụ lục I): the issuer's
 * superior body and the issuer (left), the national motto (right), "Số: …" (left), place and
 * date (right), "V/v …" (left, under the number). Word notices set it in a borderless two-column
 * table, or in paragraphs with tabs between the columns; both come here as lines with a column.
 */

import { type Message, msg } from '../../messages/message.js';
import { noticeTypeNamed } from '../notice-type.js';
import { urgencyMark } from '../urgency.js';
import type { Para } from './html-items.js';
import type { Line } from './lines.js';
import { type Guess, type ImportWarning, type Source, sourceOf, warningAt } from './provenance.js';

export interface HeaderDraft {
  parent?: string;
  name?: string[];
  number?: number;
  symbol?: string;
  place?: string;
  /** YYYY-MM-DD, or YYYY-MM for a draft that gives its month but leaves its day blank. */
  issued?: string;
  /** "Số:      /UBND-VP": a draft awaiting its number. */
  blankNumber?: boolean;
  /** "ngày      tháng      năm 2026": a draft awaiting its day, this its year. */
  undatedYear?: number;
  subject?: string;
  /** The document's name line in capitals ("THÔNG BÁO", "KẾ HOẠCH"): its type, by its name. */
  type?: string;
  /** An urgency mark on a line of its own ("KHẨN" under the number), as Decree 30 prints it. */
  urgency?: string;
}

export const MOTTO = /^CỘNG\s+H(?:OÀ|ÒA)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM$/iu;
export const MOTTO_SUB = /^Độc\s+lập\s*[-–—]\s*Tự\s+do\s*[-–—]\s*Hạnh\s+phúc$/iu;
const NUMBER = /^Số\s*:?\s*(\d*)\s*\/\s*(\S.*)$/iu;
/** What a draft leaves where its day and month go: spaces, dots, an ellipsis, underscores. */
const BLANK = String.raw`[\s.…_]*`;
// Day and month may be blank in a draft awaiting its date ("ngày      tháng      năm 2026",
// "ngày ..... tháng ..... năm 2026", "ngày __ tháng __ năm 2026").
const DATE = new RegExp(
  String.raw`^(.*?)\s*,?\s*ngày${BLANK}(\d{1,2})?${BLANK}tháng${BLANK}(\d{1,2})?${BLANK}năm\s+(\d{4})\s*\.?$`,
  'iu',
);
/** "V/v …" under the number; "Về việc …" as some notices spell it out. */
const SUBJECT = /^(?:V\/v|Về\s+việc)\s*:?\s*(.*)$/iu;
/** A rule drawn with characters under the issuer or the motto. */
export const DECORATION = /^[-–—_=*.~\s]+$/u;

/**
 * A named document's name and its trích yếu typed on one line: "THÔNG BÁO về việc …" (the name
 * in capitals, then "Về việc" or "V/v"); the name, and the trích yếu from "về việc" on.
 */
const NAMED_SUBJECT = /^(.+?)\s*:?\s+((?:V\/v|Về\s+việc)\s*:?\s+\S.*)$/iu;

/** A header line: classified, or left for the issuer. */
type Kind =
  | 'motto'
  | 'number'
  | 'date'
  | 'subject'
  | 'type'
  | 'named-subject'
  | 'urgency'
  | 'rule'
  | 'other';

const isUpper = (s: string) => /\p{L}/u.test(s) && s === s.toLocaleUpperCase('vi');

/**
 * The document's name, in capitals on a line of its own under the header (Decree 30, Phụ lục
 * III: "THÔNG BÁO", "KẾ HOẠCH"): the type of a named document, or undefined.
 */
function typeNamed(text: string): string | undefined {
  if (!isUpper(text)) return undefined;
  const type = noticeTypeNamed(text);
  return type?.named ? type.name : undefined;
}

/** The name and the trích yếu of a line "THÔNG BÁO về việc …", or undefined. */
function namedSubject(text: string): { type: string; subject: string } | undefined {
  const m = NAMED_SUBJECT.exec(text);
  const type = m?.[1] && typeNamed(m[1]);
  return type && m?.[2] ? { type, subject: m[2] } : undefined;
}

function kindOf(text: string): Kind {
  if (MOTTO.test(text) || MOTTO_SUB.test(text)) return 'motto';
  if (typeNamed(text)) return 'type';
  if (namedSubject(text)) return 'named-subject';
  if (isUpper(text) && urgencyMark(text)) return 'urgency';
  if (NUMBER.test(text)) return 'number';
  if (DATE.test(text)) return 'date';
  if (SUBJECT.test(text)) return 'subject';
  if (DECORATION.test(text)) return 'rule';
  return 'other';
}

/** A line drawn with characters ("______", "-----"), as offices type the header's rules. */
export const isRuleLine = (text: string) => kindOf(text) === 'rule';

/** The warning for a rule typed with characters, left out: the notice draws its own rules. */
export const ruleWarning = (para: Para, text: string) =>
  warningAt(
    para,
    msg`a rule drawn with characters is not imported (the notice draws its own)`,
    text,
  );

/** Is this line the name of a named document ("KẾ HOẠCH")? Its trích yếu is the line under it. */
export const isTypeLine = (text: string) => kindOf(text) === 'type';

/** Does this line belong to a notice's header? (To find where a header without "Kính gửi" ends.) */
export const isHeaderLine = (text: string) => kindOf(text) !== 'other' && kindOf(text) !== 'rule';

/**
 * A whole superior body on one line: the people's committee of a province, city, district or
 * town with its name ("UBND HUYỆN ĐAKRÔNG", "ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG").
 */
const SUPERIOR =
  /^(?:UBND|(?:ỦY|UỶ)\s+BAN\s+NHÂN\s+DÂN)\s+(?:TỈNH|THÀNH\s+PHỐ|HUYỆN|QUẬN|THỊ\s+XÃ)\s+\S/iu;
/** A line naming a council without its unit ("ỦY BAN NHÂN DÂN", "HĐND"): never a whole body. */
const BARE_COUNCIL = /^(?:(?:ỦY|UỶ)\s+BAN\s+NHÂN\s+DÂN|HỘI\s+ĐỒNG\s+NHÂN\s+DÂN|UBND|HĐND)$/iu;
/** The start of a body's name, as the issuer's first line reads under its superior body. */
const BODY_START =
  /^(?:UBND|(?:ỦY|UỶ)\s+BAN|CÔNG\s+AN|BAN|PHÒNG|SỞ|TRUNG\s+TÂM|HỘI\s+ĐỒNG|TRƯỜNG|TRẠM)\s/iu;

export function readHeader(lines: readonly Line[]) {
  const draft: HeaderDraft = {};
  const guesses: Guess[] = [];
  const warnings: ImportWarning[] = [];
  const issuerLines: Line[] = [];
  // `named`: the trích yếu of a named document, under its name with no "V/v" (Decree 30,
  // Phụ lục III: "KẾ HOẠCH" then "Ra quân vệ sinh môi trường …").
  let subject: { lines: Line[]; box: string; named?: boolean } | undefined;
  let numberSeen = false;
  let typeLine: Line | undefined;

  for (const line of lines) {
    const kind = kindOf(line.text);
    if (
      subject &&
      kind === 'other' &&
      (line.box === subject.box || continuesSubject(subject.lines.at(-1), line))
    ) {
      subject.lines.push(line);
      continue;
    }
    switch (kind) {
      case 'motto':
        break; // the template prints the motto itself
      case 'number': {
        numberSeen = true;
        const m = NUMBER.exec(line.text);
        const number = Number(m?.[1]);
        const symbol = m?.[2]?.trim() ?? '';
        if (number > 0) {
          draft.number = number;
          guesses.push({
            field: 'notice.number',
            value: String(number),
            from: [sourceOf(line.para, line.text)],
          });
        } else {
          draft.blankNumber = true;
          warnings.push(
            warningAt(
              line.para,
              msg`the notice has no number yet: "Số:" prints blank until notice.number is filled in`,
              line.text,
            ),
          );
        }
        if (symbol) {
          draft.symbol = symbol;
          guesses.push({
            field: 'notice.symbol',
            value: symbol,
            from: [sourceOf(line.para, line.text)],
          });
        }
        break;
      }
      case 'date': {
        const m = DATE.exec(line.text);
        const from = [sourceOf(line.para, line.text)];
        const place = m?.[1]?.replace(/,$/, '').trim();
        if (place) {
          draft.place = place;
          guesses.push({ field: 'issuer.place', value: place, from });
        }
        const blank = m?.[2] === undefined || m?.[3] === undefined;
        const iso = blank ? undefined : isoDay(Number(m?.[4]), Number(m?.[3]), Number(m?.[2]));
        const month = Number(m?.[3]);
        if (m?.[2] === undefined && month >= 1 && month <= 12) {
          // "ngày    tháng 12 năm 2026": the month is the office's, the day the văn thư's.
          draft.issued = `${m?.[4]}-${String(month).padStart(2, '0')}`;
          guesses.push({ field: 'issued', value: draft.issued, from });
          warnings.push(
            warningAt(
              line.para,
              msg`the notice has its month but no day yet: "ngày …" prints blank for the clerk to fill in`,
              line.text,
            ),
          );
        } else if (blank) {
          draft.undatedYear = Number(m?.[4]);
          // A draft with its day but not its month: the notice has no date to print but its
          // year, and the figure written is not printed: said.
          const written = m?.[2] ?? m?.[3];
          if (written !== undefined)
            warnings.push(
              warningAt(
                line.para,
                msg`the date has a day or a month but not both: "${written}" is not printed; the notice prints "ngày … tháng …" blank for the văn thư to write in`,
                line.text,
              ),
            );
          warnings.push(
            warningAt(
              line.para,
              msg`the notice has no date yet: "ngày … tháng …" prints blank until "issued" is filled in and "undated" removed`,
              line.text,
            ),
          );
        } else if (iso) {
          draft.issued = iso;
          guesses.push({ field: 'issued', value: iso, from });
        } else {
          warnings.push(
            warningAt(
              line.para,
              msg`the date is not a real day: "issued" must be filled in`,
              line.text,
            ),
          );
        }
        break;
      }
      case 'subject':
        // Under a named document's name, its words whole ("Về việc …"): the notice prints them
        // as the office typed them (qa50 m3); after "V/v" under the number, the text alone.
        subject = { lines: [line], box: line.box, named: typeLine !== undefined };
        typeLine = undefined;
        break;
      case 'urgency':
        draft.urgency = urgencyMark(line.text);
        guesses.push({
          field: 'notice.urgency',
          value: draft.urgency ?? '',
          from: [sourceOf(line.para, line.text)],
        });
        break;
      case 'named-subject': {
        // "THÔNG BÁO về việc …" on one line: the name, and the trích yếu with its "Về việc" kept
        // as a line "Về việc …" under the name keeps it (qa50 m3); it was the body's first line
        // and the trích yếu was asked for.
        const named = namedSubject(line.text);
        draft.type = named?.type;
        guesses.push({
          field: 'notice.type',
          value: draft.type ?? '',
          from: [sourceOf(line.para, line.text)],
          how: msg`the document's name, in capitals before its trích yếu`,
        });
        const text = named?.subject ?? '';
        const shown = text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
        subject = { lines: [{ ...line, text: shown }], box: line.box, named: true };
        typeLine = undefined;
        break;
      }
      case 'type': {
        // Printed by the tool from notice.type where the document has it (qa8 K5).
        typeLine = line;
        draft.type = typeNamed(line.text);
        guesses.push({
          field: 'notice.type',
          value: draft.type ?? '',
          from: [sourceOf(line.para, line.text)],
          how: msg`the document's name, in capitals under the header`,
        });
        break;
      }
      case 'rule':
        warnings.push(ruleWarning(line.para, line.text));
        break;
      default:
        // The line right under the document's name is its trích yếu, as the tool prints it
        // (README › notice.subject): it was warned about and asked for again (qa10 Q5).
        if (typeLine && !subject && line.col === typeLine.col) {
          subject = { lines: [line], box: line.box, named: true };
          typeLine = undefined;
        } else if (line.col !== 1 && !numberSeen && !subject) issuerLines.push(line);
        else
          warnings.push(
            warningAt(
              line.para,
              msg`a header line that is none of the notice’s fields: not imported`,
              line.text,
            ),
          );
    }
  }
  if (subject) {
    const [first, ...rest] = subject.lines;
    const lead = subject.named ? (first?.text ?? '') : (SUBJECT.exec(first?.text ?? '')?.[1] ?? '');
    const text = [lead, ...rest.map((l) => l.text)].join(' ').replace(/\s+/g, ' ').trim();
    if (text) {
      draft.subject = text;
      guesses.push({
        field: 'notice.subject',
        value: text,
        from: subject.lines.map((l) => sourceOf(l.para, l.text)),
      });
    }
  }
  splitIssuer(issuerLines, draft, guesses);
  return { draft, guesses, warnings };
}

/**
 * A trích yếu typed over two paragraphs (Enter at the end of its first line, as most offices
 * type it): the paragraph right under it, a whole line set as it is (centred or not, bold or
 * not), continues it (qa33 M2).
 */
export function continuesSubject(last: Line | undefined, line: Line): boolean {
  if (!last || last.col !== undefined || line.col !== undefined) return false;
  return (
    line.para.index === last.para.index + 1 &&
    line.para.allBold === last.para.allBold &&
    (line.para.centred ?? false) === (last.para.centred ?? false) &&
    line.para.kind === 'p' &&
    line.text.length <= SUBJECT_LINE_MAX
  );
}

/** A trích yếu's line is short: a longer paragraph is the body's. */
const SUBJECT_LINE_MAX = 150;

function isoDay(year: number, month: number, day: number): string | undefined {
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const t = Date.parse(`${iso}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === iso ? iso : undefined;
}

/**
 * The lines above the number are the superior body (cơ quan chủ quản, regular) and the issuer
 * (cơ quan ban hành, bold). Bold tells them apart when the document has it; else the issuer
 * starts at its "ỦY BAN NHÂN DÂN" line, or is under a first line that names a whole superior
 * body ("UBND HUYỆN …" above "ỦY BAN NHÂN DÂN XÃ …"), or is the last two of three lines.
 */
function splitIssuer(lines: Line[], draft: HeaderDraft, guesses: Guess[]): void {
  if (lines.length === 0) return;
  let start = 0;
  let how: Message;
  const firstBold = lines.findIndex((l) => l.para.allBold);
  const councils = lines.map((l, i) => (/^(ỦY|UỶ)\s+BAN\s+NHÂN\s+DÂN$/iu.test(l.text) ? i : -1));
  const council = Math.max(...councils);
  if (firstBold > 0 && lines.slice(firstBold).every((l) => l.para.allBold)) {
    start = firstBold;
    how = msg`the bold lines are the issuer, those above them its superior body`;
    // "ỦY BAN NHÂN DÂN" typed in regular weight over a bold "XÃ ĐÔNG HƯNG", as many commune
    // offices type it: alone it names no body, so it is the issuer's first line, never its
    // superior body (qa7 E1: the annex then said "của Xã Đông Hưng").
    while (start > 0 && BARE_COUNCIL.test(lines[start - 1]?.text ?? '')) start--;
    if (start < firstBold)
      how = msg`the bold lines and the "ỦY BAN NHÂN DÂN" line above them are the issuer (alone, it names no superior body)`;
  } else if (council > 0) {
    start = council;
    how = msg`the issuer starts at "ỦY BAN NHÂN DÂN", the lines above are its superior body`;
  } else if (
    lines.length > 1 &&
    SUPERIOR.test(lines[0]?.text ?? '') &&
    BODY_START.test(lines[1]?.text ?? '')
  ) {
    start = 1;
    how = msg`the first line names a superior body (province, city, district or town), the issuer is under it`;
  } else if (lines.length === 3 && lines.every((l) => isUpper(l.text))) {
    start = 1;
    how = msg`of three lines, the first is the superior body`;
  } else how = msg`every line above the number is the issuer`;
  const src = (ls: Line[]): Source[] => ls.map((l) => sourceOf(l.para, l.text));
  const parent = lines.slice(0, start);
  const name = lines.slice(start);
  if (parent.length > 0) {
    draft.parent = parent.map((l) => l.text).join(' ');
    guesses.push({ field: 'issuer.parent', value: draft.parent, from: src(parent), how });
  }
  draft.name = name.map((l) => l.text);
  guesses.push({ field: 'issuer.name', value: draft.name.join(' / '), from: src(name), how });
}

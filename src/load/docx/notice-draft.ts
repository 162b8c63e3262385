/**
 * Load stage, Word import: the document's items → a draft of the campaign's notice. The parts
 * are found in the order a notice has them: the header (up to "Kính gửi"), the recipients, the
 * body, and from "Nơi nhận" or the signer's "TM."/"KT." line on, the signature. Every field read
 * carries the paragraphs it came from; a field not found gets a placeholder and a warning.
 */

import { type Message, msg } from '../../messages/message.js';
import { telegramSender } from '../../model/telegram-sender.js';
import { noticeTypeOf } from '../notice-type.js';
import { type BodyContext, bodyMarkdown } from './body-markdown.js';
import { bringFrom, type ImportNote, shortTitle } from './flyer-fields.js';
import {
  continuesSubject,
  isHeaderLine,
  isRuleLine,
  isTypeLine,
  readHeader,
  ruleWarning,
} from './header.js';
import { flattenParas, type Item, type Para } from './html-items.js';
import { escapeMarkdown } from './inline-markdown.js';
import { type Line, linesOf } from './lines.js';
import {
  type Guess,
  type ImportWarning,
  importWarning,
  type Source,
  sourceOf,
  warningAt,
} from './provenance.js';
import { reportDeadline } from './report-deadline.js';
import { CC_LABEL, DASH, readTail, SIGNER_MARK } from './tail.js';

const KINH_GUI = /^Kính\s+gửi\s*:?\s*(?<rest>.*)$/iu;
/**
 * A công điện's address line (Decree 30, Mẫu 1.6): "<ISSUER OR ITS HEAD, IN CAPITALS> điện:",
 * its recipients under it or after the colon, as "Kính gửi" has them (qa33 M1).
 */
const DIEN = /^(?<sender>\P{Ll}*\p{Lu}\P{Ll}*?)\s+điện\s*:\s*(?<rest>.*)$/u;
/** What follows the address label ("Kính gửi:" or "… điện:"), or undefined for another line. */
function addressed(text: string): string | undefined {
  const m = KINH_GUI.exec(text) ?? DIEN.exec(text);
  if (!m) return undefined;
  return m.groups?.rest?.trim() ?? '';
}
const isAddress = (text: string) => addressed(text) !== undefined;
/** How far into the document a header without "Kính gửi" may reach. */
const HEADER_ITEMS = 10;
const RECIPIENT_MAX = 200;
/** The longest trích yếu read under a document's name (a body paragraph is longer). */
const SUBJECT_MAX = 300;
/** The body's first heading ("I. MỤC ĐÍCH, YÊU CẦU", "1. Thời gian"): the document has no trích yếu. */
const BODY_HEADING = /^(?:[IVXLC]+|\d+|[a-zđ])[.)]\s|^\P{Ll}+$/u;

export interface NoticeFields {
  issued?: string;
  /** The header's number is blank, its day blank (this the year): a draft (header.ts). */
  blankNumber?: boolean;
  undatedYear?: number;
  parent?: string;
  name?: string[];
  ward?: string;
  place?: string;
  office?: string;
  number?: number;
  symbol?: string;
  subject?: string;
  /** The document's name line ("THÔNG BÁO"), as notice.type names it. */
  type?: string;
  /** The urgency mark on a line of the header ("KHẨN"), as notice.urgency. */
  urgency?: string;
  /** The body's type size when Word set it at 13 or 14 pt, as notice.bodySize. */
  bodySize?: 13 | 14;
  /** The body's "Thời gian: …" and "Địa điểm: …" lines, as `when` and `where`. */
  when?: string;
  /** The day the body asks the figures by ("Báo cáo … trước ngày 05/01/2027"), as `report.deadline`. */
  deadline?: string;
  where?: string;
  /** The flyer's and posters' big line, the trích yếu shortened (flyer-fields.ts), as `title`. */
  title?: string;
  /** The body's "mang theo …" list, one thing a line, as `bring`. */
  bring?: string[];
  /** The web addresses typed in the body, as `links` (body-links.ts). */
  links?: Record<string, { url: string; label: string }>;
  recipients: string[];
  body: string;
  signerLines: string[];
  signerName?: string;
  cc: string[];
  /** The appendices after the signature, as notice.appendix (their text in Markdown). */
  appendix?: { title: string; body: string }[];
}

export interface NoticeDraft {
  fields: NoticeFields;
  guesses: Guess[];
  warnings: ImportWarning[];
  /** What the flyer could take from the notice and did not find there, each with why. */
  notes: ImportNote[];
}

const firstLine = (p: Para) => p.text.split('\n')[0] ?? '';
const parasOf = (item: Item) => flattenParas([item]);
const isTailStart = (p: Para) => CC_LABEL.test(firstLine(p)) || SIGNER_MARK.test(firstLine(p));

export function draftNotice(items: readonly Item[], ctx: BodyContext): NoticeDraft {
  const guesses: Guess[] = [];
  const warnings: ImportWarning[] = [];
  const k = items.findIndex((item) => parasOf(item).some((p) => isAddress(firstLine(p))));
  const tailAt = (from: number) => {
    const t = items.findIndex((item, i) => i >= from && parasOf(item).some(isTailStart));
    return t < 0 ? items.length : t;
  };

  let headLines: Line[];
  let recipientLines: Line[] = [];
  let bodyStart: number;
  let dienLine: Line | undefined;
  if (k >= 0) {
    const all = linesOf(items.slice(0, k + 1));
    const at = all.findIndex((l) => isAddress(l.text));
    headLines = all.slice(0, at);
    const label = all[at] as Line;
    dienLine = DIEN.test(label.text) ? label : undefined;
    const rest = addressed(label.text) ?? '';
    recipientLines = [...(rest ? [{ ...label, text: rest }] : []), ...all.slice(at + 1)];
    bodyStart = k + 1;
    // Recipients listed after the "Kính gửi:" paragraph, as items or dashed lines.
    for (; bodyStart < items.length; bodyStart++) {
      const item = items[bodyStart] as Item;
      if (item.kind === 'table') break;
      if (item.text === '' && item.pictures.length === 0) continue;
      const listed = item.kind === 'li' || /^[-–—•+]\s/u.test(item.text);
      const single =
        recipientLines.length === 0 && item.text.length <= RECIPIENT_MAX && /[.;]$/.test(item.text);
      if (!listed && !single) break;
      recipientLines.push(...linesOf([item]).map((l) => ({ ...l, col: undefined })));
      if (/\.$/.test(item.text)) {
        bodyStart++;
        break;
      }
    }
  } else {
    const t = tailAt(0);
    let h = 0;
    items.slice(0, Math.min(t, HEADER_ITEMS)).forEach((item, i) => {
      if (linesOf([item]).some((l) => isHeaderLine(l.text))) h = i + 1;
    });
    // A named document (a Kế hoạch has no "Kính gửi") ends its header with its trích yếu, the
    // paragraph under its name: part of the header, not the body's first line (qa10 Q5).
    const named = items[h - 1];
    const next = items[h];
    if (
      named?.kind !== 'table' &&
      named &&
      linesOf([named]).some((l) => isTypeLine(l.text)) &&
      next &&
      next.kind !== 'table' &&
      next.text !== '' &&
      next.text.length <= SUBJECT_MAX &&
      !BODY_HEADING.test(next.text)
    ) {
      h++;
      // Its second line, typed as a paragraph of its own under the first (qa33 M2).
      for (;;) {
        const [last] = linesOf([items[h - 1] as Item]).slice(-1);
        const more = items[h];
        if (
          !last ||
          !more ||
          more.kind === 'table' ||
          more.text === '' ||
          BODY_HEADING.test(more.text)
        )
          break;
        const [line] = linesOf([more]);
        if (!line || linesOf([more]).length > 1 || !continuesSubject(last, line)) break;
        h++;
      }
    }
    headLines = linesOf(items.slice(0, h));
    bodyStart = h;
  }
  // A rule typed with characters under the trích yếu or "Kính gửi" ("______", as the header's
  // own rules are typed): the notice draws its own, so it is left out as the header's are, not
  // printed as the body's first paragraph on every copy (qa50 m1).
  const topRules: ImportWarning[] = [];
  for (; bodyStart < items.length; bodyStart++) {
    const item = items[bodyStart] as Item;
    if (item.kind === 'table' || item.pictures.length > 0) break;
    if (item.text === '') continue;
    if (!isRuleLine(item.text)) break;
    topRules.push(ruleWarning(item, item.text));
  }
  const t = tailAt(bodyStart);

  const header = readHeader(headLines);
  guesses.push(...header.guesses);
  warnings.push(...header.warnings, ...topRules);
  // A named document (a Thông báo, a Kế hoạch) is sent by its "Nơi nhận" and may have no "Kính
  // gửi"; a công văn's is to be filled in.
  if (recipientLines.length === 0 && !namedDocument(header.draft)) {
    warnings.push(
      importWarning(msg`no "Kính gửi:" line was found: notice.recipients must be filled in`),
    );
  }

  const recipients = recipientLines.map((l) => escapeMarkdown(l.text.replace(DASH, '').trim()));
  if (recipients.length > 0) {
    guesses.push({
      field: 'notice.recipients',
      value: recipients.join(' / '),
      from: recipientLines.map((l) => sourceOf(l.para, l.text)),
    });
  }

  const body = bodyMarkdown(items.slice(bodyStart, t), ctx);
  warnings.push(...body.warnings);
  const bodyParas = flattenParas(items.slice(bodyStart, t)).filter((p) => p.text !== '');
  const [firstBody] = bodyParas;
  const lastBody = bodyParas.at(-1);
  if (firstBody && lastBody) {
    guesses.push({
      field: 'notice.body',
      // A table is one thing to the clerk, not its cells' paragraphs (qa55 p7: "37 đoạn" for a
      // body of 15 paragraphs and one 6×4 table).
      value: bodyCount(items.slice(bodyStart, t)),
      from: [sourceOf(firstBody)],
      how: msg`paragraphs ${firstBody.index} to ${lastBody.index}: everything between "Kính gửi" and the signature`,
    });
  }

  const { when, where } = whenAndWhere(bodyParas, guesses);
  const deadline = reportDeadline(bodyParas, guesses, warnings);
  // A table's cells are no sentence saying what to bring ("Giấy tờ mang theo", a column).
  const cells = new Set(flattenParas(items.slice(bodyStart, t).filter((i) => i.kind === 'table')));
  const bring = bringFrom(bodyParas, (p) => cells.has(p));
  const typeOf = noticeTypeOf({ symbol: header.draft.symbol ?? '', type: header.draft.type });
  const title = shortTitle(
    header.draft.subject,
    guesses.find((g) => g.field === 'notice.subject')?.from ?? [],
    typeOf.named ? typeOf.name : undefined,
  );
  for (const found of [title, bring]) if (found.guess) guesses.push(found.guess);
  const notes = [title.note, bring.note].filter((n) => n !== undefined);

  const tailItems = items.slice(t);
  const tail = readTail(linesOf(tailItems));
  guesses.push(...tail.guesses);
  warnings.push(...tail.warnings);
  for (const para of flattenParas(tailItems)) {
    for (const n of para.pictures) {
      warnings.push(
        importWarning(
          msg`a picture (${ctx.pictureNames.get(n) ?? n}) is not imported`,
          sourceOf(para),
        ),
      );
    }
  }
  for (const para of flattenParas(items.slice(0, bodyStart))) {
    for (const n of para.pictures) {
      warnings.push(
        importWarning(
          msg`a picture (${ctx.pictureNames.get(n) ?? n}) in the header is not imported`,
          sourceOf(para),
        ),
      );
    }
  }

  const fields: NoticeFields = {
    issued: header.draft.issued,
    blankNumber: header.draft.blankNumber,
    undatedYear: header.draft.undatedYear,
    parent: header.draft.parent,
    name: header.draft.name,
    place: header.draft.place,
    number: header.draft.number,
    symbol: header.draft.symbol,
    subject: header.draft.subject,
    type: header.draft.type,
    urgency: header.draft.urgency,
    when,
    where,
    deadline,
    title: title.title,
    bring: bring.bring,
    recipients,
    body: body.markdown,
    signerLines: tail.draft.signerLines,
    signerName: tail.draft.signerName,
    cc: tail.draft.cc.map(escapeMarkdown),
    appendix: tail.draft.appendix.map((a) => ({
      title: a.title,
      body: a.lines
        .map((l) => (l.item ? `- ${escapeMarkdown(l.text)}` : escapeMarkdown(l.text)))
        .join('\n\n'),
    })),
  };
  deriveIssuerFields(fields, guesses);
  if (dienLine) warnings.push(...senderWarning(dienLine, fields));
  return { fields, guesses, warnings, notes };
}

/**
 * The tool prints a công điện's "… điện:" line itself, from the issuer and the signer's title:
 * said when the document's line reads otherwise, and how to get it.
 */
function senderWarning(line: Line, fields: NoticeFields): ImportWarning[] {
  const typed = (DIEN.exec(line.text)?.groups?.sender ?? '').replace(/\s+/g, ' ').trim();
  if (!fields.name || fields.name.length === 0) return [];
  const printed = telegramSender(fields.name, fields.signerLines);
  const upper = typed.toLocaleUpperCase('vi');
  if (upper === printed) return [];
  // Only the chairman's "CHỦ TỊCH …" against the committee's own name is the signing's doing;
  // another difference (a ward's name, a typo) is said as it is.
  const chairman = (s: string) => s.startsWith('CHỦ TỊCH');
  return [
    warningAt(
      line.para,
      chairman(upper) === chairman(printed)
        ? msg`the công điện prints "${printed} điện:" (from the issuer and the signer's title), not "${typed} điện:" as the document has it`
        : msg`the công điện prints "${printed} điện:" (from the issuer and the signer's title), not "${typed} điện:" as the document has it: a committee's công điện is signed "TM. ỦY BAN NHÂN DÂN" over the chairman's title`,
      line.text,
    ),
  ];
}

/**
 * A body line stating when or where ("1. Thời gian: 7 giờ 30 phút, Chủ nhật ngày 13/12/2026."),
 * as a notice of a drill or a reception day has them: its text after the colon, without the
 * sentence's last stop (the flyer prints it after its own "Thời gian:").
 */
const WHEN_WHERE =
  /^(?:(?:\d+|[a-zđ])[.)]\s*|[-–—•+]\s*)?(Thời gian|Địa điểm)\s*:\s*(\S.*?)[.;]?$/iu;

/** The first "Thời gian:" and "Địa điểm:" lines of the body, each a guess for `when`/`where`. */
function whenAndWhere(paras: readonly Para[], guesses: Guess[]): { when?: string; where?: string } {
  const found: { when?: string; where?: string } = {};
  for (const para of paras) {
    const text = firstLine(para).trim();
    const m = WHEN_WHERE.exec(text);
    if (!m?.[1] || !m[2]) continue;
    const field = /^thời/iu.test(m[1]) ? 'when' : 'where';
    if (found[field] !== undefined) continue;
    found[field] = m[2].trim();
    guesses.push({
      field,
      value: found[field],
      from: [sourceOf(para, text)],
      how:
        field === 'when'
          ? msg`the body's "Thời gian:" line, for the flyer, checklist and tracking sheet`
          : msg`the body's "Địa điểm:" line, for the flyer, checklist and tracking sheet`,
    });
  }
  return found;
}

/** Words of an upper-case name in title case: "LÊ CHÂN" → "Lê Chân". */
const titleCase = (s: string) =>
  s
    .toLocaleLowerCase('vi')
    .replace(
      /(^|\s)(\p{L})/gu,
      (_, space: string, ch: string) => space + ch.toLocaleUpperCase('vi'),
    );

/** Offices a notice's symbol names after "UBND-" (Decree 30, Phụ lục III abbreviations). */
const OFFICES: Record<string, string> = {
  VHXH: 'Phòng Văn hóa - Xã hội',
  KT: 'Phòng Kinh tế',
  KTHTĐT: 'Phòng Kinh tế, Hạ tầng và Đô thị',
  VP: 'Văn phòng HĐND và UBND',
};

/** The ward's name in running text and the office, from the issuer and the symbol. */
function deriveIssuerFields(fields: NoticeFields, guesses: Guess[]): void {
  const issuerGuess = guesses.find((g) => g.field === 'issuer.name');
  // The last line naming the unit: the issuer's own ("PHƯỜNG LÊ CHÂN"), else the line above it
  // or the cơ quan chủ quản of an office ("UBND XÃ HÒA PHÚ" / "VĂN PHÒNG": qa17, the ward was
  // left a "(tên phường)" placeholder in a xã).
  const UNIT = /(?:^|\s)(PHƯỜNG|XÃ|THỊ\s+TRẤN|ĐẶC\s+KHU)\s+(.+)$/iu;
  const lines = [...(fields.name ?? [])].reverse();
  const at = lines.findIndex((l) => UNIT.test(l));
  const unit = at >= 0 ? UNIT.exec(lines[at] ?? '') : UNIT.exec(fields.parent ?? '');
  if (unit?.[1] && unit[2]) {
    fields.ward = `${unit[1].toLocaleLowerCase('vi')} ${titleCase(unit[2].replace(/[,;].*$/u, '').trim())}`;
    guesses.push({
      field: 'issuer.ward',
      value: fields.ward,
      from: at === 0 ? (issuerGuess?.from.slice(-1) ?? []) : (issuerGuess?.from ?? []),
      how:
        at === 0
          ? msg`the issuer’s last line in running-text case`
          : msg`the issuer’s line that names the unit, in running-text case`,
    });
  }
  const suffix = (fields.symbol?.split('-').at(-1) ?? '').toLocaleUpperCase('vi');
  const from = guesses.find((g) => g.field === 'notice.symbol')?.from ?? [];
  const office = OFFICES[suffix];
  const kept = suffix === 'UBND' ? keptBy(fields, guesses) : undefined;
  if (office) {
    fields.office = office;
    guesses.push({
      field: 'issuer.office',
      value: office,
      from,
      how: msg`the office "${suffix}" in the notice's symbol`,
    });
  } else if (kept) {
    // "Lưu: VT, VHXH.": the office that drafted it keeps a copy and answers for it; residents
    // ask it, not the Văn phòng (qa58 p7: the notice named the Phòng Văn hóa - Xã hội as doing
    // the work, and the flyer sent questions to the Văn phòng).
    fields.office = kept.office;
    guesses.push({
      field: 'issuer.office',
      value: kept.office,
      from: kept.from,
      how: msg`the office "${kept.code}" that keeps a copy ("Lưu: VT, ${kept.code}"): it drafted the document, so residents ask it`,
    });
  } else if (suffix === 'UBND' && namedDocument({ symbol: fields.symbol })) {
    // "KH-UBND", "CĐ-UBND": the committee itself issues the named document; its Văn phòng
    // answers for it. Left a placeholder, the build refused to print until the office typed it
    // in, though the notice never prints it (qa33 m5). A công văn's bare "UBND" is left to fill in.
    fields.office = OFFICES.VP;
    guesses.push({
      field: 'issuer.office',
      value: OFFICES.VP as string,
      from,
      how: msg`the symbol shows the committee itself issued the document, so its Văn phòng is where residents ask; change it if residents should ask another office`,
    });
  }
}

/** "Lưu: VT, VHXH.": the drafting office the copy list names (Decree 30), when it is one known. */
function keptBy(
  fields: NoticeFields,
  guesses: readonly Guess[],
): { office: string; code: string; from: Source[] } | undefined {
  for (const line of fields.cc) {
    const m = /^Lưu\s*:\s*VT\s*[,;]\s*([\p{Lu}Đ]+)/u.exec(line.normalize('NFC'));
    const code = m?.[1]?.toLocaleUpperCase('vi');
    const office = code ? OFFICES[code] : undefined;
    if (!code || !office) continue;
    const cc = guesses.find((g) => g.field === 'notice.cc')?.from ?? [];
    const from = cc.filter((f) => /Lưu\s*:/u.test(f.text));
    return { office, code, from: from.length > 0 ? from : cc };
  }
  return undefined;
}

/** Whether the header read is a named document's (its name line, or its symbol's first code). */
export function namedDocument(d: { symbol?: string; type?: string }): boolean {
  return noticeTypeOf({ symbol: d.symbol ?? '', type: d.type }).named;
}

/** The body's size as the clerk sees it in Word: its paragraphs outside tables, and its tables. */
function bodyCount(items: readonly Item[]): Message {
  const tables = items.filter((i) => i.kind === 'table').length;
  const paras = items.filter((i) => i.kind !== 'table' && i.text !== '').length;
  return tables === 0 ? msg`${paras} paragraphs` : msg`${paras} paragraphs and ${tables} table(s)`;
}

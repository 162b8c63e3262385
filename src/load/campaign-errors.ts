/**
 * Load stage: schema problems of `campaign.yaml` in words an office worker understands. In: the
 * validator's issues and the parsed YAML document. Out: one UserError per problem — what is
 * wrong, on the line of its key (of its parent's key when the key is missing), with what is
 * expected and an example — all of them at once, so one `check` run lists every mistake.
 */

import damerau from 'damerau-levenshtein';
import {
  type Document,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type LineCounter,
  type Node,
  type YAMLMap,
} from 'yaml';
import type { z } from 'zod';
import { UserError } from '../errors.js';
import { joined, type Message, msg, type Value } from '../messages/message.js';
import { PICTURE_HINT } from '../messages/picture-hint.js';
import { excelSerialDate } from './day-first.js';

interface FieldHelp {
  expected: Message;
  example: string;
}

/**
 * What each field holds — [what is expected, an example] — keyed by its path with list positions
 * and link names as "*".
 */
const FIELDS: Record<string, readonly [expected: Message, example: string]> = {
  issued: [msg`the date of the notice, written DD/MM/YYYY or YYYY-MM-DD`, 'issued: 09/10/2025'],
  issuer: [
    msg`the body that issues the notice: name, ward, place, office`,
    'issuer: { name: [ỦY BAN NHÂN DÂN, PHƯỜNG BẾN THÀNH], ward: phường Bến Thành, place: TP. Hồ Chí Minh, office: Văn phòng UBND }',
  ],
  'issuer.parent': [msg`the parent body, or ""`, 'parent: ""'],
  'issuer.name': [
    msg`the issuing body, one entry per printed line`,
    'name: [ỦY BAN NHÂN DÂN, PHƯỜNG BẾN THÀNH]',
  ],
  'issuer.name.*': [msg`one printed line of the issuer`, '- ỦY BAN NHÂN DÂN'],
  'issuer.ward': [msg`the ward as named in running text`, 'ward: phường Bến Thành'],
  'issuer.place': [msg`the place name printed before the date`, 'place: Bến Thành'],
  'issuer.office': [msg`the office that answers questions`, 'office: Văn phòng UBND'],
  'issuer.phone': [msg`the office's phone number, in quotes`, 'phone: "028 3822 1234"'],
  'issuer.group_term': [msg`the ward's word for its residential groups`, 'group_term: khu phố'],
  notice: [
    msg`the notice: number, symbol, subject, recipients, body, signer, cc`,
    'notice: { number: 5, symbol: UBND-VHXH, subject: …, recipients: […], body: |, signer: {…}, cc: […] }',
  ],
  'notice.number': [
    msg`the notice number, a whole number of 1 or more (empty: a draft awaiting its number)`,
    'number: 5',
  ],
  'notice.undated': [
    msg`true for a draft awaiting its day: the date prints blank but for its year`,
    'undated: true',
  ],
  'notice.symbol': [msg`the notice symbol`, 'symbol: UBND-VHXH'],
  'notice.type': [msg`the kind of document: Công văn, Thông báo, Kế hoạch…`, 'type: Thông báo'],
  'notice.urgency': [msg`the urgency mark: KHẨN, THƯỢNG KHẨN or HỎA TỐC`, 'urgency: KHẨN'],
  'notice.secrecy': [msg`the secrecy mark: MẬT, TỐI MẬT or TUYỆT MẬT`, 'secrecy: MẬT'],
  'notice.circulation': [
    msg`the circulation mark: XEM XONG TRẢ LẠI, LƯU HÀNH NỘI BỘ or TRẢ LẠI SAU KHI HỌP (HỘI NGHỊ)`,
    'circulation: LƯU HÀNH NỘI BỘ',
  ],
  'notice.bodySize': [msg`the body's type size in points: 13 or 14`, 'bodySize: 14'],
  'notice.subject': [
    msg`the subject printed after "V/v"`,
    'subject: tăng cường phòng, chống sốt xuất huyết',
  ],
  'notice.recipients': [
    msg`a list of recipients ("Kính gửi"), each a line of text`,
    'recipients: ["{{group.name}}"]',
  ],
  'notice.recipients.*': [msg`one recipient`, '- "{{group.name}}"'],
  'notice.body': [msg`the text of the notice, on the lines under "body: |", indented`, 'body: |'],
  'notice.signer': [
    msg`the signature block: the lines above the signature and the name`,
    'signer: { lines: [KT. CHỦ TỊCH, PHÓ CHỦ TỊCH], name: Nguyễn Văn A }',
  ],
  'notice.signer.lines': [
    msg`the lines above the signature`,
    'lines: [KT. CHỦ TỊCH, PHÓ CHỦ TỊCH]',
  ],
  'notice.signer.lines.*': [msg`one line above the signature`, '- KT. CHỦ TỊCH'],
  'notice.signer.name': [msg`the signer's full name`, 'name: Nguyễn Văn A'],
  'notice.cc': [msg`the "Nơi nhận" list`, 'cc: [Như trên;, "Lưu: VT, VHXH."]'],
  'notice.cc.*': [msg`one "Nơi nhận" entry`, '- Như trên;'],
  'notice.appendix': [
    msg`the appendices printed after the signature, each with a title and a body`,
    'appendix: [{ title: "DANH SÁCH …", body: "…" }]',
  ],
  'notice.appendix.*': [msg`one appendix: its title and body`, '- title: DANH SÁCH …'],
  'notice.appendix.*.title': [msg`the appendix's title`, 'title: DANH SÁCH GIẤY TỜ CẦN MANG THEO'],
  'notice.appendix.*.body': [
    msg`the appendix's text, on the lines under "body: |", indented`,
    'body: |',
  ],
  contest: [
    msg`the contest (only for a campaign that has one): name, platform, starts, ends`,
    'contest: { name: …, platform: One Touch, starts: 2025-10-11, ends: 2025-11-11 }',
  ],
  'contest.starts': [msg`the first day of the contest, YYYY-MM-DD`, 'starts: 2025-10-11'],
  'contest.ends': [msg`the last day of the contest, YYYY-MM-DD`, 'ends: 2025-11-11'],
  'report.deadline': [
    msg`the last day the groups' figures are due, DD/MM/YYYY or YYYY-MM-DD`,
    'deadline: 10/12/2026',
  ],
  'contest.questions': [msg`the number of questions, a whole number`, 'questions: 20'],
  'contest.prizes.individual.items.*': [
    msg`a prize: how many, which rank, the amount in đồng`,
    '- { count: 1, rank: giải nhất, amount: 5000000 }',
  ],
  actions: [
    msg`what residents are asked to do, one step each (a short tracker column optional)`,
    'actions: [{ step: Đổ bỏ vật dụng chứa nước đọng, column: Đã dọn vật chứa nước }]',
  ],
  'actions.*': [
    msg`one step: the sentence, and optionally a short column title`,
    '- { step: Đổ bỏ vật dụng chứa nước đọng, column: Đã dọn }',
  ],
  links: [
    msg`the campaign's links by name, each with a url and a label`,
    'links: { guide: { url: "https://…", label: Tài liệu hướng dẫn } }',
  ],
  'links.*': [
    msg`a link with a url and a label (printed under its QR code)`,
    'guide: { url: "https://example.gov.vn/huong-dan", label: Tài liệu hướng dẫn }',
  ],
  'links.*.url': [msg`a full web address`, 'url: "https://example.gov.vn/huong-dan"'],
  'links.*.label': [msg`the caption under its QR code`, 'label: Tài liệu hướng dẫn'],
  app: [
    msg`the app (only for a campaign that has one): name, ios, android and their QR captions`,
    'app: { name: …, ios: { url: …, label: iPhone }, android: { url: …, label: Android }, qr_caption_ios: …, qr_caption_android: … }',
  ],
  'app.name': [msg`the app's name as its store writes it`, 'name: VNeID'],
  'app.qr_caption_ios': [
    msg`the line under the iPhone QR code (default: "Mã QR tải ứng dụng <name> (dùng cho điện thoại iPhone)")`,
    'qr_caption_ios: "Mã QR tải ứng dụng VNeID (dùng cho điện thoại iPhone)"',
  ],
  'app.qr_caption_android': [
    msg`the line under the Android QR code (default: "Mã QR tải ứng dụng <name> (dùng cho điện thoại Android)")`,
    'qr_caption_android: "Mã QR tải ứng dụng VNeID (dùng cho điện thoại Android)"',
  ],
  title: [msg`the campaign's short name`, 'title: Tiêm chủng sởi – rubella đợt 11/2026'],
  slogan: [
    msg`the campaign's slogan, printed under its name on the posters`,
    'slogan: Công dân số, sống an toàn',
  ],
  when: [
    msg`when residents are expected, as printed after "Thời gian:"`,
    'when: 6 giờ 30 – 10 giờ 00, Chủ nhật 13/12/2026',
  ],
  where: [
    msg`where residents are expected, as printed after "Địa điểm:"`,
    'where: "{{group.[Điểm tập kết]}}"',
  ],
  payment: [
    msg`where residents pay by transfer: account (required), bank, holder and note (the transfer's content)`,
    'payment: { bank: VietinBank - Chi nhánh Lê Chân, account: 1234 5678 9012 3456, holder: Ủy ban nhân dân phường Lê Chân, note: VSMT 2026 - Tên tổ - Tên chủ hộ }',
  ],
  'payment.account': [msg`the account number, as printed`, 'account: 1234 5678 9012 3456'],
  'contest.name': [
    msg`the contest's name, without quotes`,
    'name: Công dân số Hải Phòng - sử dụng thông minh, sống an toàn',
  ],
  'contest.platform': [
    msg`where the contest takes place, as printed after "trên"`,
    'platform: nền tảng học trực tuyến One Touch',
  ],
  'app.ios': [
    msg`the App Store link and its label`,
    'ios: { url: "https://apps.apple.com/…", label: iPhone (iOS) }',
  ],
  'app.android': [
    msg`the Google Play link and its label`,
    'android: { url: "https://play.google.com/…", label: Android }',
  ],
  measures: [
    msg`a list of the figures each group reports back, each with id, label and of (người, hộ, đồng, a unit or a count column of the groups file)`,
    'measures: [{ id: tham_gia, label: Số người tham gia cuộc thi, of: people }]',
  ],
  'measures.*': [
    msg`one figure: id, label and of (người, hộ, đồng, a unit or a count column of the groups file)`,
    '- { id: cai_app, label: Số hộ cài đặt ứng dụng, of: households }',
  ],
  'measures.*.id': [
    msg`a short name of lower-case letters, digits and "_", starting with a letter`,
    'id: tham_gia',
  ],
  'measures.*.label': [
    msg`the label a leader reads above the number`,
    'label: Số người tham gia cuộc thi',
  ],
  'measures.*.of': [
    msg`people (its rate is taken against the population), households, the header of a count column of the groups file, đồng (a sum of money: no rate) or a unit (kg, bao: an amount, no rate); may be left out when the label ends in its unit, "(đồng)", "(kg)", "(bao)"`,
    'of: people',
  ],
  'assets.logo': [msg`a picture file beside campaign.yaml`, 'logo: logo.png'],
  'assets.logo_on_qr': [msg`true or false`, 'logo_on_qr: true'],
  'assets.signature': [
    msg`a picture of the signer's signature beside campaign.yaml (transparent PNG or SVG)`,
    'signature: chu-ky.png',
  ],
  'assets.seal': [
    msg`a picture of the agency's seal beside campaign.yaml (transparent PNG or SVG), or its file and the seal's real diameter`,
    'seal: { file: con-dau.png, diameter: 36mm }',
  ],
  'assets.seal.diameter': [
    msg`the seal's real diameter, measured on a stamped paper, from 20 to 50 mm`,
    'diameter: 36mm',
  ],
  'assets.map': [
    msg`a picture file beside campaign.yaml (PNG or JPEG), or its file and caption`,
    'map: { file: so-do.png, caption: "Sơ đồ điểm tập kết" }',
  ],
};

const GENERIC: Record<string, FieldHelp> = {
  string: { expected: msg`a text`, example: 'field: …' },
  number: { expected: msg`a number`, example: 'field: 5' },
  array: { expected: msg`a list`, example: 'field: [first, second]' },
  object: { expected: msg`a group of fields, indented under it`, example: 'field: { a: …, b: … }' },
  boolean: { expected: msg`true or false`, example: 'field: true' },
};

const WHAT: Record<string, Message> = {
  string: msg`a text`,
  number: msg`a number`,
  int: msg`a whole number`,
  array: msg`a list`,
  object: msg`a group of fields`,
  record: msg`a group of named entries`,
  boolean: msg`true or false`,
};

/** The path with list positions and link names replaced by "*" (the FIELDS key). */
function pattern(path: readonly string[]): string {
  return path
    .map((p, i) => (/^\d+$/.test(p) || (path[0] === 'links' && i === 1) ? '*' : p))
    .join('.');
}

function helpFor(path: readonly string[], kind?: string): FieldHelp | undefined {
  const known = FIELDS[pattern(path)];
  if (known) return { expected: known[0], example: known[1] };
  const generic = kind ? GENERIC[kind] : undefined;
  // The example names the field itself ("support_phone: …"), not a stub "field: …".
  const key = [...path].reverse().find((p) => !/^\d+$/.test(p));
  return generic && key ? { ...generic, example: generic.example.replace(/^field/, key) } : generic;
}

function hintOf(help: FieldHelp | undefined): Message {
  return help
    ? msg`Expected ${help.expected}, e.g. ${help.example}. See README.md › Inputs › campaign.yaml.`
    : msg`See README.md › Inputs › campaign.yaml.`;
}

/** What a YAML node holds, in words ("a list", "the text \"abc\""). */
/** A key written with no value, or an empty text. */
function isEmpty(node: unknown): boolean {
  return isScalar(node) && (node.value === null || node.value === undefined || node.value === '');
}

function found(node: unknown): Message {
  if (isSeq(node)) return msg`a list`;
  if (isMap(node)) return msg`a group of fields`;
  if (isScalar(node)) {
    const v = node.value;
    if (v === null || v === undefined || v === '') return msg`nothing`;
    if (typeof v === 'number') return msg`the number ${v}`;
    if (typeof v === 'boolean') return msg`"${String(v)}"`;
    return msg`the text "${excerpt(String(v).split('\n')[0] ?? '')}"`;
  }
  return msg`nothing`;
}

/**
 * A text typed with ": " in it, unquoted, that YAML read as fields ("Lưu:" with nothing after
 * it, two colons on a line): the line as typed, and the quotes that keep it a text.
 */
function quoteHint(node: YAMLMap): Message {
  const typed = node.items
    .map((p) => {
      const key = isScalar(p.key) ? String(p.key.value ?? '') : String(p.key ?? '');
      const value = isScalar(p.value) ? String(p.value.value ?? '') : String(p.value ?? '');
      return `${key}: ${value}`.trim();
    })
    .join(' ');
  return msg`A line with ":" in it is read as a field name and its value: write the line in quotes, e.g. - "${excerpt(typed)}".`;
}

/**
 * A long value quoted in a message: cut after a whole word near `max` letters, with "…" saying
 * there is more (a word cut in half reads as a typo of the file's).
 */
export function excerpt(text: string, max = 40): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max + 1);
  const space = head.lastIndexOf(' ');
  const cut = space > max / 2 ? head.slice(0, space) : text.slice(0, max);
  return `${cut.replace(/[\s,;:.–-]+$/u, '')}…`;
}

function knownKeys(schema: z.ZodType, path: readonly string[]): string[] {
  let s: unknown = schema;
  for (const part of path) {
    s = unwrap(s);
    const def = (
      s as {
        def?: {
          type?: string;
          shape?: Record<string, unknown>;
          element?: unknown;
          valueType?: unknown;
        };
      }
    ).def;
    if (def?.type === 'object') s = def.shape?.[part];
    else if (def?.type === 'array') s = def.element;
    else if (def?.type === 'record') s = def.valueType;
    else return [];
  }
  const def = (unwrap(s) as { def?: { type?: string; shape?: Record<string, unknown> } }).def;
  return def?.type === 'object' ? Object.keys(def.shape ?? {}) : [];
}

function unwrap(s: unknown): unknown {
  let cur = s as { def?: { type?: string; innerType?: unknown; in?: unknown } } | undefined;
  const wrappers = ['optional', 'default', 'nullable'];
  // A transformed object (`assets`, whose map may be a file or a file and caption) is read as typed.
  while (cur?.def?.type && (wrappers.includes(cur.def.type) || cur.def.type === 'pipe'))
    cur = (cur.def.type === 'pipe' ? cur.def.in : cur.def.innerType) as typeof cur;
  return cur;
}

export class CampaignLines {
  constructor(
    private readonly doc: Document,
    private readonly counter: LineCounter,
  ) {}

  private lineAt(offset: number | undefined): number | undefined {
    return offset === undefined ? undefined : this.counter.linePos(offset).line;
  }

  /** The line of the key at `path` (of a list item, the item), or undefined when absent. */
  keyLine(path: readonly string[]): number | undefined {
    if (path.length === 0) return 1;
    const parent = path.length === 1 ? this.doc.contents : this.doc.getIn(path.slice(0, -1), true);
    const last = path[path.length - 1];
    if (isMap(parent)) {
      const pair = parent.items.find(
        (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === last,
      );
      const key = pair?.key as Node | undefined;
      return this.lineAt(key?.range?.[0]);
    }
    if (isSeq(parent))
      return this.lineAt((parent.items[Number(last)] as Node | undefined)?.range?.[0]);
    return undefined;
  }

  /** The line of the key, or of the nearest parent key that is in the file. */
  nearestLine(path: readonly string[]): number | undefined {
    for (let n = path.length; n >= 1; n--) {
      const line = this.keyLine(path.slice(0, n));
      if (line !== undefined) return line;
    }
    return 1;
  }

  node(path: readonly string[]): unknown {
    return this.doc.getIn(path, true);
  }

  has(path: readonly string[]): boolean {
    return this.doc.hasIn(path);
  }
}

/** One validator issue in plain words, at the line of its key. */
function describe(
  issue: z.core.$ZodIssue,
  file: string,
  lines: CampaignLines,
  schema: z.ZodType,
): UserError[] {
  const path = issue.path.map(String);
  const field = path.join('.');
  // How the field is named in a message: "signer", or entry 2 of "cc".
  const last = path.at(-1);
  const label =
    last === undefined
      ? msg`the campaign`
      : /^\d+$/.test(last)
        ? msg`entry ${Number(last) + 1} of "${path.at(-2) ?? ''}"`
        : msg`"${last}"`;
  const name = last ?? msg`the campaign`;
  const at = (p: readonly string[]) => ({ file, line: lines.nearestLine(p), field: p.join('.') });
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const known = knownKeys(schema, path);
        const near = likelyMeant(schema, path, key);
        const where = path.length ? msg`"${field}"` : msg`the campaign`;
        const fields = msg`The fields of ${where} are: ${known.join(', ')}.`;
        // Another picture under assets (a muster point's map, qa40 M5): what to do instead.
        const said = field === 'assets' && !near ? joined([fields, PICTURE_HINT], ' ') : fields;
        return new UserError(
          msg`"${key}" is not a field of ${where}, so it would not be printed`,
          at([...path, key]),
          near ? msg`Did you mean "${near}"? ${fields}` : said,
        );
      });
    case 'invalid_type': {
      const expected = String(issue.expected);
      if (
        !lines.has(path) ||
        (isScalar(lines.node(path)) && (lines.node(path) as { value: unknown }).value === null)
      ) {
        const parent = path.length > 1 ? msg`"${path.slice(0, -1).join('.')}"` : msg`the campaign`;
        const missing = !lines.has(path);
        return [
          new UserError(
            missing
              ? msg`the required field "${name}" is missing from ${parent}`
              : msg`${label} is empty: it must be filled in`,
            {
              file,
              line: missing ? lines.nearestLine(path.slice(0, -1)) : lines.keyLine(path),
              field,
            },
            hintOf(helpFor(path, expected)),
          ),
        ];
      }
      const node = lines.node(path);
      const serial = excelDateHint(path, node);
      if (serial) return [new UserError(serial.text, at(path), serial.hint)];
      return [
        new UserError(
          msg`${label} must be ${WHAT[expected] ?? expected}, but it is ${found(node)}`,
          at(path),
          expected === 'string' && isMap(node)
            ? quoteHint(node)
            : (wholeNumberHint(path, node) ?? hintOf(helpFor(path, expected))),
        ),
      ];
    }
    case 'too_small': {
      const what =
        issue.origin === 'string'
          ? msg`${label} is empty`
          : issue.origin === 'array'
            ? msg`${label} has no entries: it needs at least one`
            : msg`${label} must be ${String(issue.minimum)} or more`;
      return [new UserError(what, at(path), hintOf(helpFor(path, String(issue.origin))))];
    }
    case 'invalid_value': {
      // An empty value is said as empty, not as "it is nothing"; the hint says what it takes.
      if (isEmpty(lines.node(path)))
        return [new UserError(msg`${label} is empty`, at(path), hintOf(helpFor(path, 'string')))];
      const [one = '', ...others] = issue.values.map(String);
      const allowed = others.reduce<Value>((a, v) => msg`${a} or ${v}`, one);
      return [
        new UserError(
          msg`${label} must be ${allowed}, but it is ${found(lines.node(path))}`,
          at(path),
          hintOf(helpFor(path, 'string')),
        ),
      ];
    }
    case 'invalid_format':
    case 'custom': {
      if (isEmpty(lines.node(path)))
        return [new UserError(msg`${label} is empty`, at(path), hintOf(helpFor(path, 'string')))];
      const shown = found(lines.node(path));
      const serial = issue.message === 'date' ? excelDateHint(path, lines.node(path)) : undefined;
      if (serial) return [new UserError(serial.text, at(path), serial.hint)];
      const what =
        issue.message === 'date'
          ? msg`${label} must be a date written DD/MM/YYYY or YYYY-MM-DD, but it is ${shown}`
          : issue.message === 'real-date'
            ? msg`${label} is not a real date (${shown})`
            : issue.message === 'measure-of'
              ? msg`${label} must be người, hộ, đồng, a unit (kg, bao, lượt…) or the header of a count column of the groups file, but it is ${shown}`
              : issue.message === 'measure-id'
                ? msg`${label} must be a short name of lower-case letters, digits and "_", starting with a letter, but it is ${shown}`
                : issue.message === 'url'
                  ? msg`${label} must be a full web address starting with https:// or http://, but it is ${shown}`
                  : msg`${label} is not valid (${shown})`;
      return [new UserError(what, at(path), hintOf(helpFor(path, 'string')))];
    }
    default:
      return [
        new UserError(
          msg`${label} is not valid (${found(lines.node(path))})`,
          at(path),
          hintOf(helpFor(path)),
        ),
      ];
  }
}

/** The campaign's dates: the notice's day, a contest's first and last, the figures' deadline. */
const DATE_FIELDS = new Set(['issued', 'contest.starts', 'contest.ends', 'report.deadline']);

/**
 * A date typed as Excel's day number (`issued: 45432`, pasted from a cell that lost its date
 * format, qa19): said as the date it likely is, not as "must be a text".
 */
function excelDateHint(
  path: readonly string[],
  node: unknown,
): { text: Message; hint: Message } | undefined {
  const field = path.join('.');
  if (!DATE_FIELDS.has(field) || !isScalar(node)) return undefined;
  const day = excelSerialDate(String(node.value));
  if (day === undefined) return undefined;
  return {
    text: msg`"${field}" is the number ${String(node.value)}, which is how Excel stores the day ${day}`,
    hint: msg`Write the date itself, e.g. ${field}: ${day}.`,
  };
}

/**
 * The notice's whole number typed where its number goes ("05/UBND-VHXH", "Số: 05/UBND-VHXH"):
 * the number is the figures before "/", the rest is the symbol (qa15, the studio's "Số văn bản").
 */
function wholeNumberHint(path: readonly string[], node: unknown): Message | undefined {
  if (path.join('.') !== 'notice.number' || !isScalar(node)) return undefined;
  const text = String(node.value);
  // "Số 05", "Số: 5": the word before the number is printed by the notice itself.
  const alone = /^\s*số\s*:?\s*(\d+)\s*$/iu.exec(text)?.[1];
  if (alone)
    return msg`"Số văn bản" (notice.number) is the number alone: write ${String(Number(alone))} there.`;
  const m = /^\s*(?:số\s*:?\s*)?(\d+)\s*\/\s*(\S.*?)\s*$/iu.exec(text);
  if (!m) return undefined;
  const [, number = '', symbol = ''] = m;
  return msg`"Số văn bản" (notice.number) is the number alone: write ${String(Number(number))} there, and ${symbol} as "Ký hiệu" (notice.symbol).`;
}

/**
 * The known field a misspelt key most likely is ("recipents" → "recipients"; two letters swapped,
 * "acitons" → "actions", are one slip, qa15).
 */
export function likelyMeant(
  schema: z.ZodType,
  path: readonly string[],
  key: string,
): string | undefined {
  return knownKeys(schema, path).find(
    (k) => damerau(k, key).steps <= Math.max(1, Math.floor(k.length / 4)),
  );
}

/**
 * Every issue, in file order. A required field that is missing because its key is misspelt is
 * one problem, not two: the misspelt key's error says what it most likely is.
 */
export function campaignProblems(
  issues: readonly z.core.$ZodIssue[],
  file: string,
  lines: CampaignLines,
  schema: z.ZodType,
): UserError[] {
  const misspelt = new Set(
    issues.flatMap((i) => {
      if (i.code !== 'unrecognized_keys') return [];
      const path = i.path.map(String);
      return i.keys.flatMap((key) => {
        const near = likelyMeant(schema, path, key);
        return near ? [[...path, near].join('.')] : [];
      });
    }),
  );
  const meantElsewhere = (i: z.core.$ZodIssue) =>
    i.code === 'invalid_type' &&
    misspelt.has(i.path.map(String).join('.')) &&
    !lines.has(i.path.map(String));
  return issues
    .filter((i) => !meantElsewhere(i))
    .flatMap((i) => describe(i, file, lines, schema))
    .sort((a, b) => (a.where.line ?? 0) - (b.where.line ?? 0));
}

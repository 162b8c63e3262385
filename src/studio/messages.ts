/**
 * Studio: problems in Vietnamese. The stages word their problems once (`msg`, src/messages/);
 * the studio always says them from the Vietnamese catalogue, whatever the server's locale.
 */

import { describeWhere, problemsOf, type UserError } from '../errors.js';
import {
  POINTER_HINT,
  POINTER_OR_COLUMNS_HINT,
  SCHEDULE_HINT,
  venueHint,
} from '../load/schedule-checks.js';
import { isMessage, type Message, msg, say, type Value } from '../messages/message.js';
import { PICTURE_HINT } from '../messages/picture-hint.js';
import { unusedCountsHint } from '../messages/unused-counts-hint.js';
import { lowerFirstWord, upperFirst } from '../model/format.js';
import type { GroupTerm } from '../model/group-term.js';
import { countedOf } from '../model/measure-base.js';
import { missingColumn, namesColumnsToUse } from '../template/check.js';
import { CAMPAIGN_VALUE } from '../template/handlebars.js';
import { type FieldDef, fieldId, fieldOf, sectionOf } from './campaign-fields.js';
import { type Html, html } from './html.js';

/**
 * A problem (a UserError, or a message a build reported) said in Vietnamese, as a sentence of
 * the page: a capital first letter and a full stop (the CLI prints it after `lỗi:` instead).
 */
export function inVietnamese(e: UserError | Message, term?: GroupTerm): string {
  if (isMessage(e)) return sentence(say(inFormWords(e), 'vi', term));
  const all = problemsOf(e);
  // Several problems found in one pass: the CLI's text says the first and sends to `check` for
  // the rest, a command the office has no shell for (qa12 Q14). The studio says each.
  if (all.length > 1) return eachSaid(all, (p) => inVietnamese(p, term));
  return sentence(say(inFormWords(e.text), 'vi', term));
}

/** A problem's hint in Vietnamese, in the form's words (inFormWords). */
export function hintInForm(e: UserError, term?: GroupTerm): string | undefined {
  return e.hintText && say(inFormWords(e.hintText), 'vi', term);
}

const FIELD = msg`field "${''}"`.key;
const FIELD_AT_LINE = msg`field "${''}", line ${''}`.key;
const CUT = msg`"${''}": about ${''} lines fewer`.key;
const CUT_AT_LINE = msg`"${''}" at line ${''}: about ${''} lines fewer`.key;
const SHORTEN_IN_FILE =
  msg`Shorten one of the campaign's lists in ${''}: ${''} (two short lines share a row); or the other parts. The flyer is ${''} mm too long.`
    .key;
const SHORTEN =
  msg`Shorten one of the campaign's lists: ${''} (two short lines share a row); or the other parts. The flyer is ${''} mm too long.`
    .key;
/** A campaign.yaml key as the place to write a value (load/docx/flyer-fields.ts inCampaignYaml). */
const IN_CAMPAIGN_YAML = msg`"${''}" in campaign.yaml`.key;

/**
 * A stage's message in the form's words: a campaign list the flyer has no room for is named by
 * its field's label on the Nội dung tab ("Số điện thoại cần biết"), never by its campaign.yaml
 * key or line, a file the office edits only through the form (the CLI keeps both).
 */
export function inFormWords(m: Message): Message {
  const values = m.values.map((v) => (isMessage(v) ? inFormWords(v) : v));
  const label = (v: Value | undefined) => fieldOf(String(v))?.label ?? String(v);
  switch (m.key) {
    case FIELD:
    case FIELD_AT_LINE:
      return msg`the field "${label(values[0])}" on the Content tab`;
    case CUT:
    case CUT_AT_LINE:
      return msg`"${label(values[0])}": about ${values.at(-1) ?? ''} lines fewer`;
    case PICTURE_HINT.key:
      // The form has a box for the picture, not a campaign.yaml to write it in (qa40 M5).
      return msg`Upload the picture in the "Sơ đồ / hình ảnh" box of the "Áp phích, tờ rơi, bảng theo dõi" part: it prints on the flyer and on the notice's annex page; then take the picture out of the text.`;
    case IN_CAMPAIGN_YAML: {
      // The box the office fills in, and the part of the form it sits in (h-left15a: the Word
      // import's "ghi vào đó" named no place).
      const field = fieldOf(String(values[0]));
      const part = field && sectionOf(field)?.title;
      if (field && part)
        return msg`the "${field.label}" box in the "${part}" part of the Content tab`;
      if (field) return msg`the field "${field.label}" on the Content tab`;
      break;
    }
    case SHORTEN_IN_FILE:
    case SHORTEN: {
      const [list = '', over = ''] = values.slice(-2);
      return msg`Shorten one of the lists on the Content tab: ${list} (two short lines share a row), or the other parts, then save. The flyer is ${over} mm too long.`;
    }
  }
  return { ...m, values };
}

/** How many of several problems a message says one by one; the rest are counted. */
export const MAX_PROBLEMS_SAID = 10;

/** Each of several problems, said by `say`, the first MAX_PROBLEMS_SAID of them and a count. */
export function eachSaid(all: readonly UserError[], say: (e: UserError) => string): string {
  const said = all.slice(0, MAX_PROBLEMS_SAID).map(say);
  const more = all.length - said.length;
  return [...said, ...(more > 0 ? [`Còn ${more} lỗi khác.`] : [])].join(' ');
}

/** A problem in Vietnamese with its hint, each a sentence. */
export function inVietnameseWithHint(e: UserError, term?: GroupTerm): string {
  const hint = hintInForm(e, term);
  return `${inVietnamese(e, term)}${hint ? ` ${sentence(hint)}` : ''}`;
}

/**
 * A problem of a file the office uploaded, as `check --lang vi` says it but without the file's
 * path (the office knows which file it chose): "Dòng 3, cột “Số hộ”: … ." and the hint.
 */
export function inUploadedFile(e: UserError, term?: GroupTerm): string {
  const all = problemsOf(e);
  if (all.length > 1) return eachSaid(all, (p) => inUploadedFile(p, term));
  return uploadedFileSaid(e, term).said;
}

/**
 * A problem of an uploaded file as a page of the campaign `slug` lists it: when its hint names a
 * field of the Nội dung tab, the field's label is a link to it (the clerk need not look for it).
 * Several problems at once are said each in turn, unlinked.
 */
export function inUploadedFileLinked(e: UserError, slug: string, term?: GroupTerm): Html {
  if (problemsOf(e).length > 1) return html`${inUploadedFile(e, term)}`;
  const { said, field } = uploadedFileSaid(e, term);
  const label = field ? `“${field.label}”` : undefined;
  // The field where the hint says to write ("ô “Địa điểm”"), not a column of the same name.
  const inField = label ? said.indexOf(`ô ${label}`) : -1;
  const at = inField >= 0 ? inField + 2 : label ? said.indexOf(label) : -1;
  if (!field || !label || at < 0) return html`${said}`;
  return html`${said.slice(0, at)}<a href="/c/${slug}#${fieldId(field)}">${label}</a>${said.slice(at + label.length)}`;
}

function uploadedFileSaid(e: UserError, term?: GroupTerm): { said: string; field?: FieldDef } {
  const own = inStudioWords(e, term);
  // Every field of a groups file is one of its columns, a row named or not; a {{group.venue}}
  // a text prints is no column, and its sentence names the column it lacks.
  const where = own?.noColumn ? '' : describeWhere({ ...e.where, file: undefined }, 'vi', true);
  const text = own?.text ?? e.say('vi', term);
  const hint = own ? own.hint : e.hintIn('vi', term);
  return {
    said: `${sentence(where ? `${where}: ${text}` : text)}${hint ? ` ${sentence(hint)}` : ''}`,
    field: own?.field,
  };
}

/** The groups file's warnings whose CLI hint names a README, an option or a YAML key. */
const UNUSED_COLUMN =
  msg`Print it with {{group.[${''}]}} in campaign.yaml or a template, rename it to a known header (README.md › Inputs › Groups), or delete the column.`
    .key;
const UNUSED_COUNTS = unusedCountsHint('').key;
const LOOK_ALIKE =
  msg`If so, rename the column "${''}" (README.md › Inputs › Groups lists the headers read); if not, this warning can be ignored.`
    .key;
const TOO_MANY_HOUSEHOLDS =
  msg`Check the figure (a residential group has a few hundred households at most), or give the group a residents roster (--rosters).`
    .key;
const ROSTER_SHEET =
  msg`To print its names on each group's tracking sheet instead of blank numbered rows, give this file as the residents roster too: --rosters "${''}".`
    .key;
const GROUP_TERM =
  msg`To call all of them by another word where the tool speaks of all of them ("${''}" fits every kind), give it as issuer.group_term in campaign.yaml; each group keeps its own word.`
    .key;
const BASE_OTHER =
  msg`Write each group's count of ${''} in the list; or count in ${''} (of: ${''}).`.key;
const UNUSED_VENUE = venueHint('').key;
/** A column counting what a measure counts, and the list with no base for it (qa55 M5). */
const COUNTED_BY =
  msg`To take the rate of "${''}" against this column, write "${''}" after the "|" of its line (of: ${''} in campaign.yaml).`
    .key;
const BASE_COLUMN =
  msg`The list has the column "${''}": to take the rate against it, write of: ${''}.`.key;
const EMPTY_CELLS =
  msg`Fill in those cells of the groups file, or put the sentence inside {{#if ${''}}}…{{/if}} so that it prints only where the cell has a value.`
    .key;
const ABSENT_FIELD = msg`the file has no "${''}" column: {{group.${''}}} in ${''} prints nothing`
  .key;

/**
 * The same warning in the studio's words: its tabs and fields, never a README, a command-line
 * option or a campaign.yaml key (the office never sees those).
 */
/**
 * A measure's name that fits a column of counts, for the hint's example: "Số trẻ đã đăng ký" for
 * "Số trẻ từ 6 đến 15 tuổi" (qa57 p4: "Số hộ đã ký cam kết" rated households against children),
 * "Số hộ đã ký cam kết" for a column of households, "Số tiền đã chi (đồng)" for one of money.
 */
function exampleMeasureOf(column: string): string {
  const { kind, noun } = countedOf({ of: column, label: '' });
  if (kind === 'households') return 'Số hộ đã ký cam kết';
  if (kind === 'people') return `Số ${noun} đã đăng ký`;
  return noun === 'đồng' ? 'Số tiền đã chi (đồng)' : `Số ${noun} đã thực hiện`;
}

function inStudioWords(
  e: UserError,
  term?: GroupTerm,
): { text?: string; hint?: string; noColumn?: boolean; field?: FieldDef } | undefined {
  const [first] = e.hintText?.values ?? [];
  switch (e.hintText?.key) {
    case UNUSED_COLUMN:
      return {
        hint: `Muốn in cột này thì viết {{group.[${String(first)}]}} vào chỗ cần in ở thẻ Nội dung (ô “Địa điểm”, “Thời gian”, “Nội dung”, “Kính gửi” hoặc “Việc người dân cần làm”); nếu cột là một thông tin phần mềm đã biết thì đổi tiêu đề cột như hướng dẫn ở ô tải lên; nếu không cần thì xoá cột khỏi tệp.`,
      };
    case UNUSED_COUNTS: {
      // A column of counts may be a measure's base (qa54 p12): said in the Chỉ tiêu field's way.
      const field = fieldOf('measures');
      return {
        field,
        hint: `Nếu cột này là số hoặc chỉ tiêu của từng ${term?.short ?? 'tổ'} cho một chỉ tiêu báo cáo (để tính tỷ lệ), ở ô “${field?.label ?? 'Chỉ tiêu'}” (thẻ Nội dung) ghi sau tên chỉ tiêu dấu “|” rồi tên cột, ví dụ “${exampleMeasureOf(String(first))} | ${String(first)}”; muốn in cột này thì viết {{group.[${String(first)}]}} vào chỗ cần in ở thẻ Nội dung; nếu không cần thì xoá cột khỏi tệp.`,
      };
    }
    case UNUSED_VENUE: {
      // The place is written in the Địa điểm field, not as a YAML key (qa29 M1).
      const field = fieldOf('where');
      return {
        field,
        hint: `Muốn in địa điểm riêng của từng ${term?.short ?? 'tổ'}, viết {{group.[${String(first)}]}} vào ô “${field?.label ?? 'Địa điểm'}” ở thẻ Nội dung rồi bấm Lưu.`,
      };
    }
    case LOOK_ALIKE:
      return {
        hint: `Nếu đúng, đổi tiêu đề cột thành “${String(first)}” rồi tải tệp lên lại; nếu không, có thể bỏ qua cảnh báo này.`,
      };
    case GROUP_TERM: {
      // The word is the form's field, not a YAML key (qa Q7): named, and linked where it can be.
      const field = fieldOf('issuer.group_term');
      return {
        field,
        hint: `Muốn gọi chung bằng một từ khác (“${String(first)}” là từ chung cho mọi loại), ghi từ đó vào ô “${field?.label ?? 'Tên gọi các tổ, thôn trong đơn vị'}” ở thẻ Nội dung rồi bấm Lưu; từng nhóm vẫn được gọi theo từ ở đầu tên của nhóm.`,
      };
    }
    case EMPTY_CELLS:
      // A clerk does not write {{#if …}} (qa51 m5): what she can do, in the list or the text.
      return {
        hint: `Điền các ô đó trong danh sách ${term?.short ?? 'tổ'} rồi tải lên lại (chưa chốt thì ghi điều người dân cần biết, ví dụ “${term?.leader ?? 'tổ trưởng'} sẽ báo sau”); hoặc sửa câu đó ở thẻ Nội dung cho không cần cột này.`,
      };
    case BASE_OTHER: {
      // The other base is written in the measures field, not as a YAML key (qa21 #2).
      const [unit, other, of] = (e.hintText?.values ?? []).map(String);
      const field = fieldOf('measures');
      return {
        field,
        hint: `Ghi số ${unit} của từng ${term?.short ?? 'tổ'} vào danh sách rồi tải lên lại; hoặc tính theo ${other}: ở ô “${field?.label ?? 'Chỉ tiêu'}” (thẻ Nội dung), sau dấu “|” ghi “${of === 'people' ? 'người' : 'hộ'}”.`,
      };
    }
    case ROSTER_SHEET:
      // The studio's own upload, beside the groups' (routes-rosters.ts), not the CLI's option.
      return {
        hint: `Muốn in tên các hộ (người) này vào bảng theo dõi của từng ${term?.short ?? 'tổ'} thay cho các dòng trống đánh số, tải chính tệp này lên ở mục “Danh sách hộ, người dân” ngay dưới ô tải lên danh sách ${term?.short ?? 'tổ'}.`,
      };
    case TOO_MANY_HOUSEHOLDS:
      return {
        hint: `Kiểm tra lại số hộ trong tệp (một ${term?.group ?? 'tổ dân phố'} chỉ có tối đa vài trăm hộ) rồi tải tệp lên lại.`,
      };
    case COUNTED_BY:
    case BASE_COLUMN: {
      // The measure's base is written in the measures field, not as a YAML key (qa55 M5).
      const [label, column] = (e.hintText?.values ?? []).map(String);
      const field = fieldOf('measures');
      const at = `ở ô “${field?.label ?? 'Chỉ tiêu'}” (thẻ Nội dung)`;
      return {
        field,
        hint:
          e.hintText?.key === COUNTED_BY
            ? `Muốn tính tỷ lệ của “${label}” trên cột này: ${at}, ở dòng “${label}”, sau dấu “|” ghi “${column}”.`
            : `Danh sách có cột “${label}”: muốn tính tỷ lệ trên cột đó, ${at} sau dấu “|” ghi “${column}”.`,
      };
    }
  }
  if (e.text.key === ABSENT_FIELD) {
    const [column, field, where] = e.text.values.map(String);
    const labels = (where ?? '')
      .split(', ')
      .map((path) => `“${fieldOf(path)?.label ?? path}”`)
      .join(', ');
    return {
      noColumn: true,
      text: `danh sách không có cột “${column}”, nên {{group.${field}}} trong ô ${labels} ở thẻ Nội dung sẽ được để trống`,
      hint: `Thêm cột “${column}” vào tệp rồi tải lên lại, hoặc bỏ {{group.${field}}} khỏi ô đó.`,
    };
  }
  return undefined;
}

/** A campaign.yaml key as a sentence names it ("notice.recipients"), outside {{…}}. */
const YAML_KEY = /(\s\()?\b([a-z_]+(?:\.[a-z_0-9]+)+)\b(\))?/g;
/** A one-word key in brackets after its label: “Cần mang theo” (bring), tên ngắn của chiến dịch (title). */
const WORD_KEY = /(”?) \(([a-z_]+)\)/g;
/** A key in quotes, and the parenthesis after it that may name its label already: “when” (Thời gian, …). */
const QUOTED_KEY = /“([a-z_]+(?:\.[a-z_0-9]+)*)”( \(([^,)]*)(, |\)))?/g;

/**
 * The campaign.yaml keys a stage's sentence names, as the form's labels: the office fills in a
 * form and has never seen the file (qa16: "mục notice.recipients chưa có dòng nào" beside the
 * field "Kính gửi"). "“Số văn bản” (notice.number)" keeps the label alone; a key in {{…}} is a
 * template's variable and stays.
 */
export function withFieldLabels(text: string): string {
  return text
    .split(/({{.*?}})/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            // A key the sentence already quotes (“issued”, “contest.ends”): its label in those
            // quotes, once (review49: ““Ngày kết thúc”” and a bare “issued” beside the field).
            .replace(QUOTED_KEY, (whole, key: string, after = '', named = '', sep = '') => {
              const label = fieldOf(key)?.label;
              if (!label) return whole;
              // “when” (Thời gian, ví dụ …) would say the label twice: “Thời gian” (ví dụ …).
              const same = named.toLocaleLowerCase('vi') === label.toLocaleLowerCase('vi');
              return `“${label}”${!same ? after : sep === ', ' ? ' (' : ''}`;
            })
            // A one-word key right after its label, or the label's head in quotes (“Đường dẫn”
            // for “Đường dẫn (in thành mã QR)”), is the CLI's: the studio's office reads the
            // label alone (qa51 p3: "mục “Cần mang theo” (bring)"). One after other words
            // ("tên (title)" of an annex) is left as it is.
            .replace(WORD_KEY, (whole, quote: string, key: string, at: number, all: string) => {
              const label = fieldOf(key)?.label?.toLocaleLowerCase('vi');
              if (!label) return whole;
              const before = all.slice(0, at).toLocaleLowerCase('vi');
              const quoted = quote ? /“([^“”]+)$/.exec(before)?.[1] : undefined;
              const named =
                quoted !== undefined ? label.startsWith(quoted) : before.endsWith(label);
              return named ? quote : whole;
            })
            .replace(YAML_KEY, (whole, open: string | undefined, key: string, close) => {
              const label = fieldOf(key)?.label;
              if (!label) return whole;
              if (!open || !close) return `${open ?? ''}“${label}”${close ?? ''}`;
              // "(key)" after its label, or a word for it ("loại văn bản"), says it twice.
              return part.toLocaleLowerCase('vi').includes(label.toLocaleLowerCase('vi'))
                ? ''
                : ` (“${label}”)`;
            })
            // "ở notice.cc (“Nơi nhận”)": the key's label, then the sentence's own for it (qa53 p7).
            .replace(/“([^”]+)” \(“\1”\)/gu, '“$1”'),
    )
    .join('');
}

function sentence(text: string): string {
  text = withFieldLabels(text);
  const capital = upperFirst(text);
  return /[.!?…]$/.test(capital) ? capital : `${capital}.`;
}

/**
 * A campaign problem shown beside its own form field: without the field's key it starts with
 * (`“subject” không được để trống` → `Không được để trống.`), since the field is right there;
 * one in the field's text (the body's {{…}} or Markdown) with its line in the field.
 */
export function besideField(e: UserError, term?: GroupTerm): string {
  if (e.where.file === CAMPAIGN_VALUE) return inFieldText(e, term);
  const text = e.say('vi', term);
  const [label] = e.text.values;
  const named = isMessage(label) && label.key === '"{0}"' ? `${say(label, 'vi')} ` : undefined;
  const said = sentence(named && text.startsWith(named) ? text.slice(named.length) : text);
  // What to do, when the hint says it in the form's words (qa16: "05/UBND-VHXH" in "Số văn
  // bản" was refused with no word of where the rest goes); a hint about the file or a command
  // is the CLI's.
  return withFormHint(said, e, term);
}

/** A sentence, then the problem's hint when it says what to do in the form's words. */
function withFormHint(said: string, e: UserError, term?: GroupTerm): string {
  const key = e.hintText?.key;
  // A pointer beside a day or place the line gives (review50 B3): leave it out, or, when the
  // notice's table is each group's own, the columns in the form's words.
  const own =
    key === SCHEDULE_HINT.key
      ? scheduleInForm(term)
      : key === POINTER_OR_COLUMNS_HINT.key
        ? `${say(POINTER_HINT, 'vi', term)} Nếu bảng ghi riêng cho từng ${term?.short ?? 'tổ'}: ${lowerFirstWord(scheduleInForm(term))}`
        : undefined;
  if (own) return `${said} ${own}`;
  const hint = e.hintIn('vi', term);
  return hint && !FILE_WORDS.test(hint) ? `${said} ${sentence(hint)}` : said;
}

/** A problem in Vietnamese, with its hint when that says what to do in the form's words. */
export function inVietnameseWithFormHint(e: UserError, term?: GroupTerm): string {
  return withFormHint(inVietnamese(e, term), e, term);
}

/** SCHEDULE_HINT in the form's words: its fields and the column buttons under them (qa29 M2). */
const scheduleInForm = (term?: GroupTerm) => {
  const t = term?.short ?? 'tổ';
  return `Ghi ngày, giờ, địa điểm của từng ${t} vào các cột của danh sách ${t} (ví dụ “Ngày”, “Giờ”, “Địa điểm”) rồi tải lên ở thẻ Danh sách ${t}; sau đó ở ô “Thời gian” viết {{group.[Giờ]}}, ngày {{group.[Ngày]}} và ở ô “Địa điểm” viết {{group.[Địa điểm]}} (có nút chèn cột dưới mỗi ô).`;
};

/** A hint that speaks of campaign.yaml's text, a README or a command: not the form's words. */
const FILE_WORDS = /campaign\.yaml|README|YAML|--[a-z]|phuong-print|\bkey\b|kh(?:óa|oá)|dòng \d/i;

export interface ShownProblem {
  /** The loader's field (a YAML path or a column header), when it named one. */
  field?: string;
  row?: number;
  message: string;
}

export function showProblem(e: UserError): ShownProblem {
  return { field: e.where.field, row: e.where.row, message: inVietnamese(e) };
}

/** Template problems said with Handlebars' or the CLI's words: the clerk's sentence instead. */
const TEMPLATE_ERROR = msg`template error: ${''}`.key;
const README_HINT = msg`Check the {{…}} expressions: variables are listed in README.md › Templates.`
  .key;

/** The line of the field a problem is on: the body's line, or the item of a one-a-line list. */
export function lineInField(e: UserError): number | undefined {
  // "notice.recipients.2", and an item's part: "actions.1.step" is the action on line 2 (qa17:
  // said "Dòng 1", the line inside the step's own text).
  const item = /\.(\d+)(?:\.[a-z_]+)?$/.exec(e.where.field ?? '')?.[1];
  return item !== undefined ? Number(item) + 1 : e.where.line;
}

/**
 * A problem in a field's text as the office reads it: "Dòng 3: không có biến “group.nam”.",
 * then what to write instead — never Handlebars' English, a file's line or a command.
 */
export function inFieldText(e: UserError, term?: GroupTerm): string {
  const [first] = e.text.values;
  // A template problem says what to write in full (Handlebars' English never reaches here).
  const what =
    e.text.key === TEMPLATE_ERROR
      ? isMessage(first)
        ? say(first, 'vi', term)
        : 'các dấu {{ }} viết chưa đúng: mỗi “{{” phải có “}}” đi kèm, mỗi {{#if …}} phải có {{/if}}'
      : e.say('vi', term);
  const column = missingColumn(e);
  const hint =
    column !== undefined && !namesColumnsToUse(e)
      ? `Danh sách ${term?.short ?? 'tổ'} không có cột “${column}”; dùng một trong {{group.name}}, {{group.leader}}, {{group.phone}}, {{group.venue}}, {{group.households}}, {{group.population}}, hoặc {{group.[Tên cột]}} với đúng tên một cột của danh sách.`
      : e.hintText?.key === README_HINT
        ? 'Kiểm tra chữ trong {{…}}, ví dụ: {{group.name}}, {{group.leader}}, {{term.groups}}, {{links.zalo.url}}.'
        : hintInForm(e, term);
  const line = lineInField(e);
  const said = sentence(line === undefined ? what : `Dòng ${line}: ${what}`);
  return hint ? `${said} ${hint}` : said;
}

/** A field-text problem said away from its field (a warning above the form): the field named. */
export function withFieldName(label: string, e: UserError, term?: GroupTerm): string {
  const column = missingColumn(e);
  const line = lineInField(e);
  if (column !== undefined) {
    // Before a groups file is uploaded its columns cannot be checked: said, and saved.
    return `Mục “${label}”${line ? `, dòng ${line}` : ''}: “${column}” phải là tên một cột của danh sách ${term?.short ?? 'tổ'}; chưa có danh sách nên chưa kiểm tra được.`;
  }
  return `Mục “${label}”, ${inFieldText(e, term).replace(/^Dòng/, 'dòng')}`;
}

/**
 * Studio: problems in Vietnamese. The stages word their problems once (`msg`, src/messages/);
 * the studio always says them from the Vietnamese catalogue, whatever the server's locale.
 */
import { describeWhere, type UserError } from '../errors.js';
import { isMessage, type Message, msg, say } from '../messages/message.js';
import type { GroupTerm } from '../model/group-term.js';
import { missingColumn } from '../template/check.js';
import { CAMPAIGN_VALUE } from '../template/handlebars.js';

/**
 * A problem (a UserError, or a message a build reported) said in Vietnamese, as a sentence of
 * the page: a capital first letter and a full stop (the CLI prints it after `lỗi:` instead).
 */
export function inVietnamese(e: UserError | Message, term?: GroupTerm): string {
  return sentence(isMessage(e) ? say(e, 'vi', term) : e.say('vi', term));
}

/**
 * A problem of a file the office uploaded, as `check --lang vi` says it but without the file's
 * path (the office knows which file it chose): "Dòng 3, cột “Số hộ”: … ." and the hint.
 */
export function inUploadedFile(e: UserError, term?: GroupTerm): string {
  // Every field of a groups file is one of its columns, a row named or not.
  const where = describeWhere({ ...e.where, file: undefined }, 'vi', true);
  const text = e.say('vi', term);
  const hint = e.hintIn('vi', term);
  return `${sentence(where ? `${where}: ${text}` : text)}${hint ? ` ${sentence(hint)}` : ''}`;
}

function sentence(text: string): string {
  const capital = text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
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
  return sentence(named && text.startsWith(named) ? text.slice(named.length) : text);
}

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
  const item = /\.(\d+)$/.exec(e.where.field ?? '')?.[1];
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
    column !== undefined
      ? `Danh sách ${term?.short ?? 'tổ'} không có cột “${column}”; dùng một trong {{group.name}}, {{group.leader}}, {{group.phone}}, {{group.venue}}, {{group.households}}, {{group.population}}, hoặc {{group.[Tên cột]}} với đúng tên một cột của danh sách.`
      : e.hintText?.key === README_HINT
        ? 'Kiểm tra chữ trong {{…}}, ví dụ: {{group.name}}, {{group.leader}}, {{term.groups}}, {{links.zalo.url}}.'
        : e.hintIn('vi', term);
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

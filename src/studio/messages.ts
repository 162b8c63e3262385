/**
 * Studio: problems in Vietnamese. The stages word their problems once (`msg`, src/messages/);
 * the studio always says them from the Vietnamese catalogue, whatever the server's locale.
 */
import { describeWhere, type UserError } from '../errors.js';
import { isMessage, type Message, say } from '../messages/message.js';
import type { GroupTerm } from '../model/group-term.js';

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
 * (`“subject” không được để trống` → `Không được để trống.`), since the field is right there.
 */
export function besideField(e: UserError, term?: GroupTerm): string {
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

/**
 * Studio: problems in Vietnamese. The stages word their problems once (`msg`, src/messages/);
 * the studio always says them from the Vietnamese catalogue, whatever the server's locale.
 */
import type { UserError } from '../errors.js';
import { isMessage, type Message, say } from '../messages/message.js';

/**
 * A problem (a UserError, or a message a build reported) said in Vietnamese, as a sentence of
 * the page: a capital first letter and a full stop (the CLI prints it after `lỗi:` instead).
 */
export function inVietnamese(e: UserError | Message): string {
  const text = isMessage(e) ? say(e, 'vi') : e.say('vi');
  const capital = text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
  return /[.!?…]$/.test(capital) ? capital : `${capital}.`;
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

/**
 * Studio: a list's column typed in a field as "[Giờ tập trung]", without the {{group.…}} around
 * it (qa51 m3). The chip's title shows {{group.[Giờ tập trung]}}, and a clerk copying "the
 * column's name" keeps its brackets: the text saved, and every paper would print "[Giờ tập trung]"
 * as written. Refused at the field with what to write, as a misspelt {{group.Giờ tập trung}} is.
 */
import { UserError } from '../errors.js';
import type { Campaign } from '../load/campaign.js';
import { normaliseHeader } from '../load/groups/columns.js';
import { msg } from '../messages/message.js';
import { CAMPAIGN_VALUE } from '../template/handlebars.js';

/** A "[…]" on one line, short enough to be a header. */
const BRACKETED = /\[([^[\]\n]{1,80})\]/gu;

/** Headers matched as the list's own are (case, diacritics and spacing aside). */
const key = (s: string) => normaliseHeader(s.trim());

/** Each "[header]" of the list's `columns` in the campaign's texts, outside any {{…}}. */
export function bracketedColumns(campaign: Campaign, columns: readonly string[]): UserError[] {
  const byKey = new Map(columns.map((c) => [key(c), c]));
  if (byKey.size === 0) return [];
  const found: UserError[] = [];
  const walk = (value: unknown, path: string[]): void => {
    if (typeof value === 'string') {
      // What {{…}} holds is the template's, checked as such ({{group.[Giờ tập trung]}} is right).
      const text = value.replace(/\{\{[^}]*\}\}/gu, (m) => ' '.repeat(m.length));
      for (const m of text.matchAll(BRACKETED)) {
        const column = byKey.get(key(m[1] ?? ''));
        if (!column) continue;
        const line = text.slice(0, m.index).split('\n').length;
        found.push(
          new UserError(
            msg`"${m[0]}" prints as written on every paper, brackets and all`,
            { file: CAMPAIGN_VALUE, field: path.join('.'), line },
            msg`Did you mean each group's cell of the column "${column}"? Write {{group.[${column}]}}, or pick the column under "Chèn cột danh sách".`,
          ),
        );
      }
    } else if (Array.isArray(value))
      for (const [i, v] of value.entries()) walk(v, [...path, String(i)]);
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(campaign, []);
  return found;
}

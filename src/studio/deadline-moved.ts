/**
 * Studio: a moved "Hạn báo cáo" (report.deadline) while the notice's text still names the old
 * day (qa58b M4). The save changes only the leaders' form; the body's "… trước ngày 31/12/2026"
 * and "Thời gian" print on every paper as they were. In: the old deadline and the saved form.
 * Out: the words of each printed field that still hold the old day, quoted, for the note the
 * office reads under "Đã lưu.".
 */
import { FIELDS, fieldId, fieldName } from './campaign-fields.js';

/** The printed fields that may say the report's day. */
const PRINTED = ['notice.body', 'when', 'steps', 'deadline'];

export interface OldDaySaid {
  /** The field's label and its input's id on the edit page. */
  label: string;
  id: string;
  /** The words around the old day, as typed: "trước ngày 31/12/2026". */
  quote: string;
}

/** The day of a deadline as typed ("17h00 ngày 12/12/2026" → [12, 12, 2026]). */
function dayOf(text: string): [number, number, number] | undefined {
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (iso) return [Number(iso[3]), Number(iso[2]), Number(iso[1])];
  const m = /(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/.exec(text);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

/** Where the saved form's printed fields still name `oldDeadline`'s day, when `now` is another. */
export function oldDaySaid(
  oldDeadline: string,
  form: Record<string, string | undefined>,
): OldDaySaid[] {
  const old = dayOf(oldDeadline);
  const now = dayOf(form['report.deadline'] ?? '');
  if (!old || (now && now.join('/') === old.join('/'))) return [];
  const [d, m, y] = old;
  // "31/12/2026", "31/12/2026", "1/2/2027" or "01/02/2027", with up to two words before it.
  const day = new RegExp(
    `(?:[^\\s*_]+\\s+){0,2}(?<!\\d)0?${d}\\s*[/.-]\\s*0?${m}\\s*[/.-]\\s*${y}(?!\\d)`,
    'gu',
  );
  return FIELDS.filter((f) => PRINTED.includes(fieldName(f))).flatMap((f) =>
    [...(form[fieldName(f)] ?? '').matchAll(day)].map((hit) => ({
      label: f.label,
      id: fieldId(f),
      quote: hit[0].replace(/^[\s(“"]+/u, '').trim(),
    })),
  );
}

/**
 * Studio: the fields of a campaign that still hold a value to fill in — the blank campaign's
 * "(Họ và tên người ký)", the Word import's "(phòng phụ trách)", a Word template's "(tên …)"
 * (load/campaign-checks.ts placeholder warnings) — and the sentence that refuses to print
 * ("Tạo tệp in") or to publish ("Mở trang tổ trưởng") while one does: every group's papers and
 * every leader's page would carry it as it is (qa7 E2).
 */
import type { UserError } from '../errors.js';
import { isPlaceholderWarning, placeholderOf } from '../load/campaign-checks.js';
import { fieldOf } from './campaign-fields.js';
import { type Html, html } from './html.js';

/** A field to fill in: its label on the form, and what it holds now. */
export interface Unfilled {
  label: string;
  holds: string;
}

/** Each field holding a placeholder, once, by its label on the Nội dung form. */
export function unfilledFields(warnings: readonly UserError[]): Unfilled[] {
  const byLabel = new Map<string, Unfilled>();
  for (const w of warnings.filter(isPlaceholderWarning)) {
    const label = fieldOf(w.where.field)?.label ?? w.where.field ?? '';
    if (!byLabel.has(label)) byLabel.set(label, { label, holds: placeholderOf(w) });
  }
  return [...byLabel.values()];
}

/**
 * Why the click did nothing (`refused`: "Chưa in"), each field with what it holds, where to fill
 * it in, and the button to press again (`retry`: "Tạo tệp in").
 */
export function unfilledRefusal(
  slug: string,
  fields: readonly Unfilled[],
  refused: string,
  retry: string,
): Html {
  const named = fields.map((f) => `“${f.label}” (đang là “${f.holds}”)`).join(', ');
  return html`${refused}: ${fields.length === 1 ? 'mục' : `${fields.length} mục`} ${named} chưa điền — chữ trong ngoặc chỉ đánh dấu chỗ cần điền, nếu in sẽ in nguyên như vậy trên mọi văn bản. Điền ở trang <a href="/c/${slug}">Nội dung</a>, rồi bấm “${retry}”.`;
}

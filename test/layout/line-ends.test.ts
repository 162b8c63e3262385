/**
 * What the shared line breaker (layout/line-break.ts) never leaves at a line's end, in every kind
 * and at every width: a range's dash with its second number alone on the next line ("2026 - ⏎
 * 2031", "7 - ⏎ 9 giờ"), and half of a paragraph's closing short name ("Trường Tiểu học Nghĩa ⏎
 * Xá"), the poster of test/fixtures/qa40/bau-cu.yaml (review52 #13), nor a template's "mã ⏎ QR"
 * (qa53 p3). Every width from a few words to the whole text is tried, with the shipped fonts, so no width is the code's own.
 */
import { describe, expect, it } from 'vitest';
import { loadFonts } from '../../src/layout/fonts.js';
import { breakLines, sharedMeasurer } from '../../src/layout/line-break.js';
import type { TextStyle } from '../../src/layout/text-model.js';

const m = sharedMeasurer(loadFonts());
const style: TextStyle = { family: 'sans', size: 20, leading: 1.2, align: 'center', bold: true };

/** The paragraph's lines at each width from `narrowest` to its full width, 6 points apart. */
function everyBreaking(text: string, narrowest: number): string[][] {
  const whole = m.width(text, style, true, false);
  const out: string[][] = [];
  for (let w = narrowest; w <= whole + 6; w += 6)
    out.push(
      breakLines([{ text }], style, w, m).map((l) =>
        l.words.map((word) => word.fragments.map((f) => f.text).join('')).join(' '),
      ),
    );
  return out;
}

describe('line ends (review52 #13)', () => {
  it.each([
    'Bầu cử đại biểu Hội đồng nhân dân phường nhiệm kỳ 2026 - 2031',
    'Tập trung tại nhà văn hóa từ 7 - 9 giờ sáng Chủ nhật',
  ])('“%s”: no line ends on a range’s dash before its second number', (text) => {
    // Wider than a line, a range (with its unit) breaks after all: from the width it fits in.
    const range = /\d+ - \d+(?: giờ)?/u.exec(text)?.[0] ?? '?';
    for (const lines of everyBreaking(text, Math.ceil(m.width(range, style, true, false)) + 1))
      for (const [i, line] of lines.entries()) {
        const next = lines[i + 1];
        if (next && /\d[\s\u00a0]*[-–]$/u.test(line.trim())) expect([line, next]).toBe('kept');
      }
  });

  it('a paragraph’s closing name of two syllables is not split while it fits a line', () => {
    const text = 'Địa điểm: Trường Tiểu học Nghĩa Xá';
    const name = m.width('Nghĩa Xá', style, true, false);
    for (const lines of everyBreaking(text, Math.ceil(name) + 1))
      expect(lines.join(' ⏎ ')).not.toMatch(/Nghĩa ⏎ Xá/u);
  });

  // The templates' fixed texts (poster.hbs call-to-action, checklist.hbs): "mã ⏎ QR" (qa53 p3).
  it.each([
    'Mở camera hoặc Zalo, quét mã QR rồi bấm vào đường dẫn hiện ra',
    'Mã QR của trang cuộc thi: Đường dẫn ghi dưới mã',
  ])('“%s”: “mã QR” and “đường dẫn” are never split while they fit a line', (text) => {
    const term = m.width('Đường dẫn', style, true, false);
    for (const lines of everyBreaking(text, Math.ceil(term) + 1))
      expect(lines.join(' ⏎ ')).not.toMatch(/(?:mã|Mã|đường|Đường) ⏎ (?:QR|dẫn)/u);
  });
});

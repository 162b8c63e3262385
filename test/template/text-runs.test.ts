/**
 * Layout invariants of set text, on a recording surface (what any back end is asked to draw):
 * no control character ever reaches a glyph run, a hard break makes a new line, a tab a space.
 */
import { describe, expect, it } from 'vitest';
import { drawParagraph } from '../../src/layout/draw-text.js';
import { loadFonts } from '../../src/layout/fonts.js';
import type { TextStyle } from '../../src/layout/text-model.js';
import { createRecorder } from '../../src/render/recording/recording.js';
import type { Run } from '../../src/template/blocks.js';
import { parseInline } from '../../src/template/markdown.js';

/** A C0 or C1 control character: no glyph run may hold one. */
const hasControl = (s: string) =>
  [...s].some((ch) => {
    const c = ch.codePointAt(0) ?? 0;
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
  });

const style: TextStyle = { family: 'serif', size: 13, leading: 1.25, align: 'justify' };

function drawn(runs: Run[], width = 400) {
  const rec = createRecorder(loadFonts(), [595, 842]);
  rec.addPage();
  drawParagraph(rec, runs, style, 0, 0, width);
  return rec
    .recording()
    .ops.filter((op) => op[0] === 'text')
    .map((op) => ({ text: op[1] as string, top: op[3] as number }));
}

describe('glyph runs', () => {
  it('hold no newline or tab: a newline starts a line, a tab is a space', () => {
    const runs = drawn([{ text: 'Dòng một\nDòng\thai, cột\tba' }]);
    for (const r of runs) expect(hasControl(r.text)).toBe(false);
    expect(runs.map((r) => r.text)).toEqual(['Dòng một', 'Dòng hai, cột ba']);
    expect((runs[1]?.top ?? 0) > (runs[0]?.top ?? 0)).toBe(true);
  });

  it('refuse any other control character rather than draw a .notdef box', () => {
    expect(() => drawn([{ text: 'Chuông\u0007 báo' }])).toThrow(/control character U\+0007/);
  });

  it('keep a backslash hard break of inline Markdown as a new line', () => {
    const runs = drawn(parseInline('Sáng: 7 giờ\\\nChiều: 14 giờ'));
    expect(runs.map((r) => r.text)).toEqual(['Sáng: 7 giờ', 'Chiều: 14 giờ']);
  });

  it('do not justify a line ended by a hard break', () => {
    const rec = createRecorder(loadFonts(), [595, 842]);
    rec.addPage();
    drawParagraph(rec, [{ text: 'một hai ba\nbốn' }], style, 0, 0, 400);
    const spacing = rec
      .recording()
      .ops.filter((op) => op[0] === 'text')
      .map((op) => op[6]);
    expect(spacing).toEqual([0, 0]);
  });
});

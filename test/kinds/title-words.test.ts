/**
 * Every kind's title keeps a name and a two-syllable word whole on its lines, as the poster's
 * does. The bundled example's contest title, "Công dân số Hải Phòng - sử dụng thông minh, sống
 * an toàn", broke on the flyer as "… - sử | dụng thông minh …" and on the flyer's picture as
 * "… Hải | Phòng - sử dụng thông | minh …". The flyer is read back by pdftotext; the picture
 * (a PNG of glyph outlines, no text in it and no OCR at hand) by its drawing recorded line by
 * line, the very calls its pixels are rasterised from.
 */
import { describe, expect, it } from 'vitest';
import type { DocumentKind } from '../../src/kinds/kind.js';
import { findKind } from '../../src/kinds/registry.js';
import { loadFonts } from '../../src/layout/fonts.js';
import { buildContext, groupSlugs } from '../../src/model/context.js';
import { drawOnto } from '../../src/render/output.js';
import { createRecorder } from '../../src/render/recording/recording.js';
import { pdfText } from '../support/pdf-text.js';
import { exampleInputs, renderFor } from '../support/render.js';

/** The contest's title as the example's campaign file writes it (its notice's subject). */
const TITLE = 'Công dân số Hải Phòng - sử dụng thông minh, sống an toàn';
/** The name and the two-syllable words that title holds, each one word to a reader. */
const WHOLE = ['Hải Phòng', 'sử dụng', 'thông minh', 'an toàn'];

/** A kind the registry has: the test is about it, so its absence fails it. */
function kindNamed(name: string): DocumentKind {
  const kind = findKind(name);
  if (!kind) throw new Error(`no kind "${name}"`);
  return kind;
}

const spaced = (s: string) => s.replaceAll('\u00a0', ' ').replace(/\s+/g, ' ').trim();

/** The lines, in order, that together print TITLE once: the first run of lines that spells it. */
function titleLines(lines: readonly string[]): string[] {
  for (let i = 0; i < lines.length; i++) {
    const out: string[] = [];
    for (let j = i; j < lines.length && out.join(' ').length < TITLE.length; j++)
      out.push(lines[j] ?? '');
    if (out.join(' ') === TITLE) return out;
  }
  return [];
}

function expectWhole(lines: string[]) {
  expect(lines.length).toBeGreaterThan(1);
  for (const word of WHOLE)
    expect(
      lines.filter((l) => l.includes(word)),
      word,
    ).toHaveLength(1);
}

describe("the example's contest title", () => {
  it('keeps its name and two-syllable words whole on the flyer (pdftotext)', async () => {
    const { campaign, groups } = await exampleInputs();
    const [group] = groups;
    if (!group) throw new Error('the example has no group');
    const { bytes } = await renderFor(kindNamed('flyer'), campaign, group);
    const lines = (await pdfText(bytes)).split('\n').map(spaced);
    expectWhole(titleLines(lines));
  });

  it('keeps them whole on the flyer’s picture (share-flyer, as drawn)', async () => {
    const { campaign, groups } = await exampleInputs();
    const [group] = groups;
    if (!group) throw new Error('the example has no group');
    const kind = kindNamed('share-flyer');
    const ctx = buildContext(campaign, group, groupSlugs([group]).get(group.id) ?? group.id);
    const recorder = createRecorder(loadFonts(), kind.pageSize(undefined), false);
    await drawOnto(kind, recorder, ctx, {
      fonts: loadFonts(),
      created: new Date(`${campaign.issued}T00:00:00+07:00`),
    });
    // The text drawn, a line to each height on the page, left to right.
    const rows = new Map<number, [number, string][]>();
    for (const op of recorder.recording().ops)
      if (op[0] === 'text') {
        const top = Math.round(op[3] * 10) / 10;
        rows.set(top, [...(rows.get(top) ?? []), [op[2], op[1]]]);
      }
    const lines = [...rows.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([, runs]) =>
        spaced(
          runs
            .sort((a, b) => a[0] - b[0])
            .map((r) => r[1])
            .join(''),
        ),
      );
    expectWhole(titleLines(lines));
  });
});

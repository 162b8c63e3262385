/**
 * Layout stage: the glyphs a font's mark-positioning features (`mark`, `mkmk`) can act on, read
 * from the font file's bytes as the OpenType specification lays out GPOS: the feature list, the
 * lookups those two features name, and each lookup subtable's first coverage — the glyph a
 * lookup must be at to do anything (a single or pair adjustment's, cursive's, mark-to-base's and
 * mark-to-ligature's marks, mark-to-mark's first mark, a context's first input glyph). Only the
 * coverage tables are read, never the anchors. shaping.ts shapes a text with none of these glyphs
 * without the mark features, so fontkit never decodes their lookups; in the project's fonts they
 * are the combining marks (U+0300…, Hebrew points…), which NFC Vietnamese does not use.
 *
 * Undefined, and no shortcut, wherever the answer is not certain: no GPOS, a GSUB that has mark
 * features too, feature variations, a lookup type or format not listed here.
 */

const tag = (view: DataView, at: number) =>
  String.fromCharCode(
    view.getUint8(at),
    view.getUint8(at + 1),
    view.getUint8(at + 2),
    view.getUint8(at + 3),
  );

/** Where each table starts in the file. */
function tableOffsets(view: DataView): Map<string, number> {
  const offsets = new Map<string, number>();
  const count = view.getUint16(4);
  for (let i = 0; i < count; i++) {
    const record = 12 + 16 * i;
    offsets.set(tag(view, record), view.getUint32(record + 8));
  }
  return offsets;
}

const MARK_FEATURES = new Set(['mark', 'mkmk']);

/** The lookup indexes the mark features name in a GSUB or GPOS table at `at`. */
function markLookups(view: DataView, at: number): number[] {
  const features = at + view.getUint16(at + 6);
  const lookups: number[] = [];
  for (let i = 0; i < view.getUint16(features); i++) {
    const record = features + 2 + 6 * i;
    if (!MARK_FEATURES.has(tag(view, record))) continue;
    const feature = features + view.getUint16(record + 4);
    for (let k = 0; k < view.getUint16(feature + 2); k++) {
      lookups.push(view.getUint16(feature + 4 + 2 * k));
    }
  }
  return lookups;
}

/** Adds a coverage table's glyphs (format 1: a list, 2: ranges); false for another format. */
function addCoverage(view: DataView, at: number, glyphs: Set<number>): boolean {
  const format = view.getUint16(at);
  const count = view.getUint16(at + 2);
  if (format === 1) {
    for (let i = 0; i < count; i++) glyphs.add(view.getUint16(at + 4 + 2 * i));
    return true;
  }
  if (format !== 2) return false;
  for (let i = 0; i < count; i++) {
    const range = at + 4 + 6 * i;
    for (let g = view.getUint16(range); g <= view.getUint16(range + 2); g++) glyphs.add(g);
  }
  return true;
}

/** The offset, from the subtable, of the coverage its lookup type checks first; undefined if unknown. */
function firstCoverage(view: DataView, type: number, at: number): number | undefined {
  const format = view.getUint16(at);
  // Single, pair, cursive; mark-to-base, -ligature, -mark: the coverage right after the format.
  if (type >= 1 && type <= 6) return view.getUint16(at + 2);
  // Contexts by glyph or class: a coverage of first glyphs; by coverage: the first input's.
  if ((type === 7 || type === 8) && (format === 1 || format === 2)) return view.getUint16(at + 2);
  if (type === 7 && format === 3) return view.getUint16(at + 6);
  if (type === 8 && format === 3) {
    const backtrack = view.getUint16(at + 2);
    return view.getUint16(at + 4 + 2 * backtrack + 2);
  }
  return undefined;
}

/** The glyphs the font's mark features can act on (see above), or undefined. */
export function markFeatureGlyphs(file: Uint8Array): ReadonlySet<number> | undefined {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const tables = tableOffsets(view);
  const gpos = tables.get('GPOS');
  if (gpos === undefined) return undefined;
  const gsub = tables.get('GSUB');
  if (gsub !== undefined && markLookups(view, gsub).length > 0) return undefined;
  // GPOS 1.1 may swap features by variation (fontkit does for variable fonts).
  if (view.getUint16(gpos + 2) !== 0 && view.getUint32(gpos + 10) !== 0) return undefined;
  const lookupList = gpos + view.getUint16(gpos + 8);
  const glyphs = new Set<number>();
  for (const index of new Set(markLookups(view, gpos))) {
    const lookup = lookupList + view.getUint16(lookupList + 2 + 2 * index);
    const lookupType = view.getUint16(lookup);
    for (let s = 0; s < view.getUint16(lookup + 4); s++) {
      let type = lookupType;
      let subtable = lookup + view.getUint16(lookup + 6 + 2 * s);
      if (type === 9) {
        // An extension: the real type and a 32-bit offset to the real subtable.
        type = view.getUint16(subtable + 2);
        subtable += view.getUint32(subtable + 4);
      }
      const coverage = firstCoverage(view, type, subtable);
      if (coverage === undefined || !addCoverage(view, subtable + coverage, glyphs)) {
        return undefined;
      }
    }
  }
  return glyphs;
}

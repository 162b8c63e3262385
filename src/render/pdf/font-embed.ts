/**
 * Render stage, PDF back end: makes embedding a font cheap for the thousandth document.
 * pdfkit subsets, compresses and describes (widths, ToUnicode map) every font for every document,
 * which costs more than drawing a poster. Every document here starts its subsets with the same
 * glyphs — the whole Vietnamese repertoire, in a fixed order — so a font's embedding is nearly
 * always one already made. pdfkit's own embed() makes it once per process into a recorder (its
 * streams compressed there, once); each document then gets a copy of the recorded objects.
 * Glyphs outside the repertoire still work: they make a new embedding (also cached). The output
 * stays deterministic and fully subset-embedded.
 */
import { deflateSync } from 'node:zlib';
import type { Font as FontkitFont } from 'fontkit';
import {
  type EmbeddedFont,
  type EmbedTarget,
  type PdfRef,
  postHeaderFirst,
} from './pdfkit-internals.js';

/** ASCII, the Latin letters of Vietnamese with every tone mark, and common punctuation. */
const REPERTOIRE = (() => {
  let s = '';
  for (let c = 0x20; c <= 0x7e; c++) s += String.fromCharCode(c);
  s += 'ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯư';
  for (let c = 0x1ea0; c <= 0x1ef9; c++) s += String.fromCharCode(c);
  return `${s}“”‘’–—…•·№°%₫×`;
})();

const repertoireGlyphs = new WeakMap<object, { id: number; cp: number; width: number }[]>();
const repertoireIds = new WeakMap<object, Map<number, number>>();
const prepared = new WeakSet<object>();

/** A font's subset, widths and ToUnicode entries once the repertoire is in, as every document
 * starts them. */
interface Start {
  glyphs: number[];
  mapping: Record<number, number>;
  widths: number[];
  unicode: number[][];
}
const starts = new WeakMap<object, Start>();

function glyphsOf(font: FontkitFont) {
  let glyphs = repertoireGlyphs.get(font);
  if (!glyphs) {
    glyphs = [];
    for (const ch of REPERTOIRE) {
      const cp = ch.codePointAt(0) as number;
      if (!font.hasGlyphForCodePoint(cp)) continue;
      const g = font.glyphForCodePoint(cp);
      glyphs.push({ id: g.id, cp, width: g.advanceWidth });
    }
    repertoireGlyphs.set(font, glyphs);
  }
  return glyphs;
}

/**
 * Each repertoire glyph's id in the subset (its CID). Every document includes the repertoire
 * first and in the same order, so these never change: text of repertoire glyphs can be encoded
 * once per process (text.ts).
 */
export function repertoireCids(font: FontkitFont): Map<number, number> {
  let ids = repertoireIds.get(font);
  if (!ids) {
    ids = new Map();
    for (const g of glyphsOf(font)) {
      // .notdef is CID 0.
      if (!ids.has(g.id)) ids.set(g.id, ids.size + 1);
    }
    repertoireIds.set(font, ids);
  }
  return ids;
}

/**
 * One object embed() made, kept to be copied into every document: its dictionary (other
 * recorded objects inside) and its stream, compressed once. It behaves as a pdfkit object does
 * (write, end, finalize), so any path of embed() works on it — PDF/A-1's CIDSet is written with
 * write() then end().
 */
class RecordedRef implements PdfRef {
  data: Record<string, unknown>;
  /** As pdfkit's: compressed unless the dictionary names a filter already. */
  compress: boolean;
  buffer: Uint8Array[] = [];
  stream?: Uint8Array;
  constructor(data: Record<string, unknown> = {}) {
    this.data = data;
    this.compress = !data.Filter;
  }
  write(chunk: Uint8Array | string) {
    // As pdfkit writes a string: one byte per character, and a newline.
    this.buffer.push(typeof chunk === 'string' ? Buffer.from(`${chunk}\n`, 'latin1') : chunk);
  }
  end(chunk?: Uint8Array | string) {
    if (chunk) this.write(chunk);
    this.finalize();
  }
  finalize() {
    if (this.buffer.length === 0) return;
    const raw = Buffer.concat(this.buffer);
    this.buffer = [];
    this.stream = new Uint8Array(this.compress ? deflateSync(raw) : raw);
    if (this.compress) this.data.Filter = 'FlateDecode';
  }
}

/**
 * A number array already written as PDF text (the widths array has hundreds of entries). pdfkit
 * writes any object it does not know with toString(); the tag keeps it from being read as a
 * dictionary.
 */
class PdfText {
  constructor(readonly text: string) {}
  get [Symbol.toStringTag]() {
    return 'PdfText';
  }
  toString() {
    return this.text;
  }
}

const isNumberArray = (v: unknown): boolean =>
  Array.isArray(v) && v.every((x) => typeof x === 'number' || isNumberArray(x));

/** As pdfkit writes numbers (six decimals at most) and arrays. */
const numberArrayText = (v: unknown): string =>
  Array.isArray(v)
    ? `[${v.map(numberArrayText).join(' ')}]`
    : String(Math.round((v as number) * 1e6) / 1e6);

interface Embedding {
  dictionary: RecordedRef;
  others: RecordedRef[];
}

const embeddings = new Map<string, Embedding>();
const MAX_EMBEDDINGS = 64;

/** Runs pdfkit's embed() against a recorder instead of the document. */
function record(f: EmbeddedFont, embed: () => void): Embedding {
  const others: RecordedRef[] = [];
  const dictionary = new RecordedRef();
  const document = f.document;
  const real = f.dictionary;
  const recorder: EmbedTarget = {
    // embed() reads the document's PDF/A part (PDF/A-1 adds a CIDSet) and makes objects.
    subset: document.subset,
    ref(data) {
      const r = new RecordedRef(data);
      others.push(r);
      return r;
    },
  };
  f.document = recorder;
  f.dictionary = dictionary;
  try {
    embed();
  } finally {
    f.document = document;
    f.dictionary = real;
  }
  for (const r of [dictionary, ...others]) {
    for (const [k, v] of Object.entries(r.data)) {
      if (isNumberArray(v)) r.data[k] = new PdfText(numberArrayText(v));
    }
  }
  return { dictionary, others };
}

/** Writes a recorded embedding into the document: new objects, the recorded streams. */
function replay(f: EmbeddedFont, e: Embedding): void {
  const refs = new Map<RecordedRef, PdfRef>();
  for (const r of e.others) {
    const ref = f.document.ref();
    // The recorded stream is compressed already.
    ref.compress = false;
    refs.set(r, ref);
  }
  // The font's own dictionary comes last, as pdfkit writes it.
  refs.set(e.dictionary, f.ref());
  for (const [r, ref] of refs) {
    ref.data = copyRecorded(r.data, refs) as Record<string, unknown>;
    if (r.stream) {
      delete ref.data.Length;
      ref.end(r.stream);
    } else ref.end();
  }
}

/**
 * A recorded object's data for one document: its recorded objects replaced by the document's.
 * Plain objects are copied key by key in their order (for…in: no entries arrays, a document's
 * fonts were ~1 % of a build's allocation in Object.entries/fromEntries; h-alloc).
 */
function copyRecorded(v: unknown, refs: ReadonlyMap<RecordedRef, PdfRef>): unknown {
  if (v instanceof RecordedRef) return refs.get(v);
  if (Array.isArray(v)) {
    const out: unknown[] = new Array(v.length);
    for (let i = 0; i < v.length; i++) out[i] = copyRecorded(v[i], refs);
    return out;
  }
  if (v && Object.getPrototypeOf(v) === Object.prototype) {
    const out: Record<string, unknown> = {};
    const o = v as Record<string, unknown>;
    for (const k in o) if (Object.hasOwn(o, k)) out[k] = copyRecorded(o[k], refs);
    return out;
  }
  return v;
}

function embeddingKey(f: EmbeddedFont): string {
  const base = 1 + repertoireCids(f.font).size;
  // Beyond the repertoire, a glyph's text can differ from one document to the next.
  const extra = f.unicode.slice(base).map((u) => u?.join(' '));
  // A PDF/A-1 document's embedding has a CIDSet more.
  const part = f.document.subset ?? 0;
  // Every document's subset starts as `starts` has it: the key names only the glyphs after
  // (the whole list's text was ~0.6 % of what a group allocates, h-alloc2).
  const start = starts.get(f.font)?.glyphs;
  const glyphs =
    start && startsWith(f.subset.glyphs, start)
      ? `+${f.subset.glyphs.slice(start.length).join(',')}`
      : f.subset.glyphs.join(',');
  return `${f.font.postscriptName}|${f.id}|${part}|${glyphs}|${extra.join(';')}`;
}

/** Whether `list` begins with every entry of `head`, in order. */
function startsWith(list: readonly number[], head: readonly number[]): boolean {
  if (list.length < head.length) return false;
  for (let i = 0; i < head.length; i++) if (list[i] !== head[i]) return false;
  return true;
}

/** Call on pdfkit's font object before its first glyph is encoded. */
export function prepareEmbeddedFont(f: EmbeddedFont): void {
  if (prepared.has(f)) return;
  prepared.add(f);
  // embed() reads the post table's header only: its glyph names are never decoded.
  postHeaderFirst(f.font);
  const start = starts.get(f.font);
  if (start) {
    // Copies, not 230 calls: the mapping's entries are read through its prototype.
    f.subset.glyphs = start.glyphs.slice();
    f.subset.mapping = Object.create(start.mapping);
    f.widths = start.widths.slice();
    f.unicode = start.unicode.slice();
  } else {
    // Widths and ToUnicode entries too: pdfkit writes one for every glyph of the subset.
    for (const g of glyphsOf(f.font)) {
      const gid = f.subset.includeGlyph(g.id);
      f.widths[gid] ??= g.width * f.scale;
      f.unicode[gid] ??= [g.cp];
    }
    starts.set(f.font, {
      glyphs: f.subset.glyphs.slice(),
      mapping: { ...f.subset.mapping },
      widths: f.widths.slice(),
      unicode: f.unicode.slice(),
    });
  }
  const embed = f.embed.bind(f);
  f.embed = () => {
    const key = embeddingKey(f);
    let e = embeddings.get(key);
    if (!e) {
      e = record(f, embed);
      if (embeddings.size >= MAX_EMBEDDINGS) {
        embeddings.delete(embeddings.keys().next().value as string);
      }
      embeddings.set(key, e);
    }
    replay(f, e);
  };
}

/** Whether a document used glyphs beyond the repertoire (its subset is then its own). */
export function hasExtraGlyphs(f: EmbeddedFont): boolean {
  // The subset always starts with .notdef, then the repertoire.
  return f.subset.glyphs.length > 1 + repertoireCids(f.font).size;
}

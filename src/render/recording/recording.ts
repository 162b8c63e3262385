/**
 * Render stage, recorder: a Surface that records what is drawn, to replay it onto other surfaces.
 * A group's document is laid out once, in a worker, onto its own PDF through a recorder; when
 * its pages cannot move into the ward's print file as they are (a rare glyph), the
 * recording draws them there, in group order. A recording is plain data, so it crosses threads,
 * and a document that fails half-way is never replayed.
 */
import type { FontSet } from '../../layout/fonts.js';
import { sharedMeasurer } from '../../layout/line-break.js';
import type { Rect, StructureType, Surface, TextPaint } from '../../layout/surface.js';

export type Op =
  | ['page']
  | ['text', string, number, number, TextPaint, string | undefined, number, string | undefined]
  | ['rects', Float64Array, string]
  | ['symbol', string, number, number, number, string]
  | ['line', number, number, number, number, number, string, number | undefined]
  | ['box', Rect, number, string, number | undefined]
  | ['boxes', string, number, string]
  | ['image', Uint8Array, Rect]
  | ['begin', StructureType, string | undefined, number | undefined]
  | ['end'];

export interface Recording {
  size: readonly [number, number];
  pages: number;
  ops: Op[];
  /** Symbols and sets of stroked rectangles drawn, by key (sent once however often they are used). */
  symbols: Record<string, Float64Array>;
}

// By the rectangles' array: a symbol (a QR code) comes from a cache as the same array in every
// document, so it is flattened once, not once per recording. Never written to once made.
const flattened = new WeakMap<readonly Rect[], Float64Array>();

const flatten = (rects: readonly Rect[]) => {
  let flat = flattened.get(rects);
  if (flat) return flat;
  flat = new Float64Array(rects.length * 4);
  let i = 0;
  for (const [x, y, w, h] of rects) {
    flat[i++] = x;
    flat[i++] = y;
    flat[i++] = w;
    flat[i++] = h;
  }
  flattened.set(rects, flat);
  return flat;
};

const unflattened = new WeakMap<Float64Array, Rect[]>();

const unflatten = (flat: Float64Array): Rect[] => {
  const hit = unflattened.get(flat);
  if (hit) return hit;
  const rects: Rect[] = [];
  for (let i = 0; i < flat.length; i += 4) {
    rects.push([
      flat[i] as number,
      flat[i + 1] as number,
      flat[i + 2] as number,
      flat[i + 3] as number,
    ]);
  }
  unflattened.set(flat, rects);
  return rects;
};

export interface Recorder extends Surface {
  recording(): Recording;
}

/**
 * A surface that keeps every call (`render/output.ts` has it beside the document's own).
 * `structure`: keep a tagged document's elements too, for a tagged print file (--pdfa); else
 * the recorder has no beginStructure/endStructure, and the layout skips them.
 */
export function createRecorder(
  fonts: FontSet,
  size: readonly [number, number],
  structure = true,
): Recorder {
  const ops: Op[] = [];
  const symbols: Record<string, Float64Array> = {};
  let pages = 0;
  const recording = (): Recording => ({ size, pages, ops, symbols });
  return {
    fonts,
    measure: sharedMeasurer(fonts),
    size,
    addPage() {
      pages++;
      ops.push(['page']);
    },
    text(text, x, top, paint, link, wordSpacing = 0, actualText) {
      ops.push(['text', text, x, top, paint, link, wordSpacing, actualText]);
    },
    fillRects(rects, color) {
      // Flat numbers: cheap to send to another thread as one typed array.
      ops.push(['rects', flatten(rects), color]);
    },
    symbol(key, rects, x, y, scale, color) {
      symbols[key] ??= flatten(rects);
      ops.push(['symbol', key, x, y, scale, color]);
    },
    strokeLine(x1, y1, x2, y2, width, color, dash) {
      ops.push(['line', x1, y1, x2, y2, width, color, dash]);
    },
    strokeRect(rect, width, color, dash) {
      ops.push(['box', rect, width, color, dash]);
    },
    strokeRects(key, rects, width, color) {
      symbols[key] ??= flatten(rects);
      ops.push(['boxes', key, width, color]);
    },
    image(png, rect) {
      ops.push(['image', png, rect]);
    },
    // No signatureField: the ward's print file carries no visible signature.
    // Recorded: a tagged print file (--pdfa) rebuilds each document's structure as it replays.
    ...(structure && {
      beginStructure(type: StructureType, alt?: string, colSpan?: number) {
        ops.push(['begin', type, alt, colSpan]);
      },
      endStructure() {
        ops.push(['end']);
      },
    }),
    async finish() {
      return { bytes: new Uint8Array(), pages };
    },
    recording,
  };
}

/** Draws a recording onto a surface (which must have the recording's page size). */
export function replay(rec: Recording, surface: Surface): void {
  for (const op of rec.ops) {
    switch (op[0]) {
      case 'page':
        surface.addPage();
        break;
      case 'text':
        surface.text(op[1], op[2], op[3], op[4], op[5], op[6], op[7]);
        break;
      case 'rects':
        surface.fillRects(unflatten(op[1]), op[2]);
        break;
      case 'symbol': {
        const flat = rec.symbols[op[1]];
        if (flat) surface.symbol(op[1], unflatten(flat), op[2], op[3], op[4], op[5]);
        break;
      }
      case 'line':
        surface.strokeLine(op[1], op[2], op[3], op[4], op[5], op[6], op[7]);
        break;
      case 'box':
        surface.strokeRect(op[1], op[2], op[3], op[4]);
        break;
      case 'boxes': {
        const flat = rec.symbols[op[1]];
        if (flat) surface.strokeRects(op[1], unflatten(flat), op[2], op[3]);
        break;
      }
      case 'image':
        surface.image(op[1], op[2]);
        break;
      case 'begin':
        surface.beginStructure?.(op[1], op[2], op[3]);
        break;
      case 'end':
        surface.endStructure?.();
        break;
      default:
        // A new kind of call, recorded but not drawn again, does not compile.
        op satisfies never;
    }
  }
}

/**
 * Layout stage: the pdfkit Surface, the one place that creates pdfkit documents.
 * Documents are deterministic (creation date from the campaign, fonts shared and subset) and end
 * as bytes in memory: only the output stage writes files.
 */
import { deflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import { prepareEmbeddedFont } from './font-embed.js';
import { type FontFace, type FontFamilyName, type FontSet, faceOf } from './fonts.js';
import { sharedMeasurer } from './line-break.js';
import { type PdfKitFont, writeText } from './pdf-text.js';
import type { Rect, Surface, TextPaint } from './surface.js';

export interface DocumentMeta {
  title: string;
  author: string;
  subject?: string;
  /** Fixed creation date: the same inputs must give the same bytes. */
  created: Date;
}

interface PdfRefs {
  ref(data: object): { end(chunk: Uint8Array): void };
}

const num = (n: number) => Math.round(n * 1000) / 1000;

const programs = new Map<string, { bytes: Uint8Array; bbox: number[] }>();

/** The PDF fill operator for "black", "white" or "#rrggbb". */
function fillOperator(color: string): string {
  if (color === 'white') return '1 g';
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!m) return '0 g';
  return `${[m[1], m[2], m[3]].map((h) => num(Number.parseInt(h ?? '0', 16) / 255)).join(' ')} rg`;
}

/** A symbol's drawing, compressed once per process: the same QR codes recur in every document. */
function symbolProgram(key: string, rects: readonly Rect[], color: string) {
  const id = `${color}\u0000${key}`;
  let p = programs.get(id);
  if (!p) {
    const rgb = fillOperator(color);
    const body = rects
      .map(([x, y, w, h]) => `${num(x)} ${num(y)} ${num(w)} ${num(h)} re`)
      .join('\n');
    const maxX = Math.max(0, ...rects.map(([x, , w]) => x + w));
    const maxY = Math.max(0, ...rects.map(([, y, , h]) => y + h));
    p = { bytes: new Uint8Array(deflateSync(`${rgb}\n${body}\nf\n`)), bbox: [0, 0, maxX, maxY] };
    if (programs.size > 256) programs.clear();
    programs.set(id, p);
  }
  return p;
}

function fontKey(family: FontFamilyName, face: FontFace): string {
  return `${family}-${face}`;
}

/**
 * A PDF surface. With a `sink`, pages stream into it as they are made (a ward's combined print
 * file never sits whole in memory) and finish() returns no bytes.
 */
export function createPdfSurface(
  fonts: FontSet,
  size: readonly [number, number],
  meta: DocumentMeta,
  sink?: NodeJS.WritableStream,
): Surface {
  const doc = new PDFDocument({
    size: [size[0], size[1]],
    margin: 0,
    autoFirstPage: false,
    // No default Helvetica: every glyph comes from our embedded fonts.
    font: null as unknown as string,
    compress: true,
    lang: 'vi-VN',
    displayTitle: true,
    pdfVersion: '1.7',
    info: {
      Title: meta.title,
      Author: meta.author,
      Subject: meta.subject ?? '',
      Creator: 'phuong-print',
      Producer: 'phuong-print (pdfkit)',
      CreationDate: meta.created,
      ModDate: meta.created,
    },
  });
  for (const [family, faces] of Object.entries(fonts.families)) {
    for (const [face, font] of Object.entries(faces)) {
      // pdfkit accepts any object with layout(); passing the parsed font avoids re-parsing it.
      doc.registerFont(
        fontKey(family as FontFamilyName, face as FontFace),
        font as unknown as string,
      );
    }
  }
  if (sink) doc.pipe(sink);
  const symbolNames = new Map<string, string>();
  const symbolRefs = new Map<string, unknown>();
  let pages = 0;
  // Fill colour in force on the current page, to set it only when it changes.
  let fill: string | undefined;
  const setFill = (color: string) => {
    if (color !== fill) doc.fillColor(color);
    fill = color;
  };
  return {
    fonts,
    measure: sharedMeasurer(fonts),
    size,
    addPage() {
      doc.addPage();
      pages++;
      fill = undefined;
    },
    text(text: string, x: number, top: number, paint: TextPaint, link?: string, wordSpacing = 0) {
      doc.font(fontKey(paint.family, faceOf(paint.bold, paint.italic)));
      setFill(paint.color);
      const font = (doc as unknown as { _font: PdfKitFont })._font;
      prepareEmbeddedFont(font);
      const width = writeText(doc, font, paint.size, text, x, top, wordSpacing);
      if (link) doc.link(x, top, width, paint.size * 1.15, link);
    },
    fillRects(rects: readonly Rect[], color: string) {
      for (const [x, y, w, h] of rects) doc.rect(x, y, w, h);
      doc.fill(color);
      fill = color;
    },
    symbol(key, rects, x, y, scale, color) {
      let name = symbolNames.get(key);
      if (!name) {
        name = `Sym${symbolNames.size + 1}`;
        const { bytes, bbox } = symbolProgram(key, rects, color);
        // A form XObject: written once per document, placed by every use with one operator.
        const ref = (doc as unknown as PdfRefs).ref({
          Type: 'XObject',
          Subtype: 'Form',
          BBox: bbox,
          Filter: 'FlateDecode',
        });
        ref.end(bytes);
        symbolRefs.set(name, ref);
        symbolNames.set(key, name);
      }
      const page = (doc as unknown as { page: { xobjects: Record<string, unknown> } }).page;
      page.xobjects[name] ??= symbolRefs.get(name);
      doc.addContent(`q ${num(scale)} 0 0 ${num(scale)} ${num(x)} ${num(y)} cm /${name} Do Q`);
    },
    strokeLine(x1, y1, x2, y2, width, color, dash) {
      doc.save().lineWidth(width);
      if (dash) doc.dash(dash, { space: dash });
      doc.moveTo(x1, y1).lineTo(x2, y2).stroke(color).restore();
    },
    strokeRect([x, y, w, h], width, color, dash) {
      doc.save().lineWidth(width);
      if (dash) doc.dash(dash, { space: dash });
      doc.rect(x, y, w, h).stroke(color).restore();
    },
    image(png, [x, y, w, h]) {
      doc.image(Buffer.from(png), x, y, { width: w, height: h });
    },
    finish() {
      return new Promise((resolve, reject) => {
        if (sink) {
          sink.on('finish', () => resolve({ bytes: new Uint8Array(), pages }));
          sink.on('error', reject);
          doc.end();
          return;
        }
        const chunks: Buffer[] = [];
        doc.on('data', (c: Buffer) => chunks.push(c));
        doc.on('end', () => resolve({ bytes: new Uint8Array(Buffer.concat(chunks)), pages }));
        doc.on('error', reject);
        doc.end();
      });
    },
  };
}

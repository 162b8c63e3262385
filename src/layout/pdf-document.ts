/**
 * Layout stage: the pdfkit Surface, the one place that creates pdfkit documents.
 * Documents are deterministic (creation date from the campaign, fonts shared and subset) and end
 * as bytes in memory: only the output stage writes files.
 */
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

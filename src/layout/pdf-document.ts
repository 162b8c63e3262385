/**
 * Layout stage: the one place that creates pdfkit documents.
 * Documents are deterministic (creation date from the campaign, fonts shared and subset) and end
 * as bytes in memory: only the output stage writes files.
 */
import PDFDocument from 'pdfkit';
import { type FontFace, type FontFamilyName, type FontSet, faceOf } from './fonts.js';
import { Measurer } from './line-break.js';

export type PdfDoc = PDFKit.PDFDocument;

export interface PageSpec {
  /** Page size in points: [width, height]. */
  size: [number, number];
}

export interface DocumentMeta {
  title: string;
  author: string;
  subject?: string;
  keywords?: string;
  /** Fixed creation date: the same inputs must give the same bytes. */
  created: Date;
}

/** A document being drawn: pdfkit plus the fonts and a shared text measurer. */
export interface Canvas {
  doc: PdfDoc;
  fonts: FontSet;
  measure: Measurer;
  /** Selects a font face by family and style. */
  useFont(family: FontFamilyName, bold?: boolean, italic?: boolean): void;
}

const measurers = new WeakMap<FontSet, Measurer>();

export function fontKey(family: FontFamilyName, face: FontFace): string {
  return `${family}-${face}`;
}

export function createCanvas(fonts: FontSet, page: PageSpec, meta: DocumentMeta): Canvas {
  const doc = new PDFDocument({
    size: page.size,
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
      Keywords: meta.keywords ?? '',
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
  let measure = measurers.get(fonts);
  if (!measure) {
    measure = new Measurer(fonts);
    measurers.set(fonts, measure);
  }
  return {
    doc,
    fonts,
    measure,
    useFont(family, bold, italic) {
      doc.font(fontKey(family, faceOf(bold, italic)));
    },
  };
}

/** Ends the document and collects its bytes. */
export function finish(canvas: Canvas): Promise<Uint8Array> {
  const { doc } = canvas;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    doc.end();
  });
}

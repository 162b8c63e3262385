/**
 * Bench: the minimal pdfkit peer — the TECH-NOTES poster written straight with pdfkit, one
 * fontkit font object shared by every document (fontkit.create once), pdfkit's own justified
 * text, QR codes as filled rects. Nothing of src/ is imported: this is pdfkit alone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import {
  A4,
  CAPTIONS,
  header,
  MM,
  PARAGRAPH,
  QR_MM,
  QUIET,
  qrRuns,
  TITLE,
  URLS,
} from './peer-poster.js';

export function pdfkitPeer(fontDir: string): (i: number) => Promise<Uint8Array> {
  const regular = fontkit.create(readFileSync(join(fontDir, 'LiberationSerif-Regular.ttf')));
  const bold = fontkit.create(readFileSync(join(fontDir, 'LiberationSerif-Bold.ttf')));
  const created = new Date('2025-10-09T00:00:00+07:00');
  return (i) =>
    new Promise((resolve, reject) => {
      const doc = new PDFDocument({ size: A4, margin: 0, info: { CreationDate: created } });
      const chunks: Buffer[] = [];
      doc.on('data', (c: Buffer) => chunks.push(c));
      doc.on('end', () => resolve(Buffer.concat(chunks)));
      doc.on('error', reject);
      const left = 18 * MM;
      const width = A4[0] - 2 * left;
      // @types/pdfkit only knows paths and buffers; pdfkit takes any object with layout().
      doc.font(bold as unknown as string).fontSize(13);
      doc.text(header(i), left, 16 * MM, { width, align: 'center' });
      doc.fontSize(26).text(TITLE, left, 30 * MM, { width, align: 'center' });
      doc.font(regular as unknown as string).fontSize(13);
      doc.text(PARAGRAPH, left, doc.y + 6 * MM, { width, align: 'justify', lineGap: 2 });
      const size = QR_MM * MM;
      const gap = A4[0] - 2 * left - 2 * size;
      URLS.forEach((url, k) => {
        const x = left + k * (size + gap);
        const y = 130 * MM;
        const qr = qrRuns(url);
        const unit = size / (qr.size + 2 * QUIET);
        for (const [c, r, n] of qr.runs)
          doc.rect(x + (QUIET + c) * unit, y + (QUIET + r) * unit, n * unit, unit);
        doc.fill('black');
        doc
          .fontSize(14)
          .text(CAPTIONS[k] ?? '', x, y + size + 2 * MM, { width: size, align: 'center' });
      });
      doc.end();
    });
}

/**
 * Render stage: a ward's print file for one output (every group's pages in group order, one PDF,
 * one copy of the fonts), written to a stream as the pages come. In: each group's print share
 * from renderOutput — its pages, moved in as they are, or a recording, drawn again here.
 */
import type { FontSet } from '../layout/fonts.js';
import { tagged } from '../layout/surface.js';
import type { PrintPart } from './output.js';
import { createPdfSurface, type DocumentMeta } from './pdf/document.js';
import type { SignOptions } from './pdf/sign.js';
import { replay } from './recording/recording.js';

export interface PrintDocument {
  /** Adds one document's pages; returns how many. */
  add(part: PrintPart): number;
  /** Adds an empty page (the back of a group's last sheet in a duplex print file). */
  blank(): void;
  /** Ends the PDF; resolves when the sink has every byte. */
  finish(): Promise<void>;
}

export function openPrintDocument(
  fonts: FontSet,
  size: readonly [number, number],
  meta: DocumentMeta,
  sink: NodeJS.WritableStream,
  /** A PDF/A-2b file, tagged: each document a section (Sect) of the file's structure. */
  pdfa = false,
  /** An invisible signature's placeholder, on the first page (the caller signs the file). */
  sign?: SignOptions,
  /** Two-sided (each group's document from a front page), or one-sided: told to the viewer. */
  duplex = true,
): PrintDocument {
  const surface = createPdfSurface(fonts, size, meta, {
    sink,
    pdfa: pdfa ? 'PDF/A-2b' : undefined,
    tagged: pdfa,
    sign,
    printSides: duplex ? 'DuplexFlipLongEdge' : 'Simplex',
  });
  let placed = false;
  const placeSignature = () => {
    if (placed || !sign) return;
    surface.signatureField?.([0, 0, 0, 0]);
    placed = true;
  };
  return {
    add(part) {
      // Each group's document is a section of a tagged file, its structure rebuilt inside: the
      // moved pages bring their structure's steps (pages.ts), a recording its begin/end calls.
      return tagged(surface, 'Sect', () => {
        if ('pages' in part) {
          for (const page of part.pages) {
            surface.transplant(page);
            placeSignature();
          }
          return part.pages.length;
        }
        replay(part.recording, surface);
        placeSignature();
        return part.recording.pages;
      });
    },
    blank() {
      surface.addPage();
    },
    async finish() {
      await surface.finish();
    },
  };
}

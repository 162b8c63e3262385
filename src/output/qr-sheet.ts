/**
 * Output stage: the office's sheet of codes (kinds/qr-sheet.ts) as a PDF's bytes, set with the
 * documents' own fonts and surface; `renderQrSheet` is the task a worker thread runs for serve
 * (plain data in, bytes out).
 */
import { threadId } from 'node:worker_threads';
import { drawQrSheet, QR_SHEET_PAGE, type QrCard } from '../kinds/qr-sheet.js';
import { type FontSet, loadFonts } from '../layout/fonts.js';
import type { GroupTerm } from '../model/group-term.js';
import { createPdfSurface } from '../render/pdf/document.js';

/** The sheet's PDF. */
export async function qrSheetPdf(
  cards: readonly QrCard[],
  opts: { fonts: FontSet; created: Date; ward: string; office: string; term: GroupTerm },
): Promise<Uint8Array> {
  const surface = createPdfSurface(opts.fonts, QR_SHEET_PAGE, {
    title: `Mã QR đường dẫn tải tài liệu các ${opts.term.short} — ${opts.ward}`,
    author: opts.office,
    created: opts.created,
  });
  drawQrSheet(surface, cards, opts);
  return (await surface.finish()).bytes;
}

/** A sheet of codes to draw, as it goes to a worker thread: plain data only. */
export interface QrSheetTask {
  cards: QrCard[];
  created: Date;
  ward: string;
  office: string;
  /** The ward's word for its groups (plain data too). */
  term: GroupTerm;
}

/** Draws a sheet of codes with the tool's fonts (in a worker thread, or the in-process renderer). */
export async function renderQrSheet(
  task: QrSheetTask,
): Promise<{ bytes: Uint8Array; thread: number }> {
  const { cards, ...meta } = task;
  return { bytes: await qrSheetPdf(cards, { ...meta, fonts: loadFonts() }), thread: threadId };
}

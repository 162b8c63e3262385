/**
 * Render stage, PDF back end: a document's digital signature, as Decree 30/2020 describes an
 * electronic document's: the signature field on the page where the signer signs, its visible
 * appearance (the signature image over the signer's name, the agency's seal at its real size over
 * the left third of the signature, the agency's name and the signing time in ISO 8601, 10 pt,
 * blue) drawn in the field's widget so that it is part of what is signed, and a PAdES signature (ETSI.CAdES.detached: a detached CMS signature, SHA-256, made
 * by cms.ts; @signpdf fills the placeholder) over the whole file but the signature itself, the
 * signing time and reason in the signature dictionary.
 *
 * The placeholder is written by our own writer (pdfkit's objects), then the finished bytes are
 * signed (sign-bytes.ts): same inputs and the same key give the same bytes (RSA PKCS#1 v1.5 is
 * deterministic).
 */
import { createRequire } from 'node:module';
import type * as signpdfUtils from '@signpdf/utils';
import type { Rect } from '../../layout/surface.js';
import type { SignerIdentity } from '../../load/certificate.js';
import { wardIsoTime } from '../../ward-time.js';
import { wardDate } from './dates.js';
import type { ImageWriter } from './images.js';
import {
  currentPage,
  type EmbeddedFont,
  newRef,
  type PdfRef,
  pdfTextString,
  signatureForm,
} from './pdfkit-internals.js';
import { num } from './symbols.js';
import { formText } from './text.js';
import type { PdfDoc } from './types.js';

export interface SignOptions {
  identity: SignerIdentity;
  signedAt: Date;
  /** "Phê duyệt 07/TB-UBND": why the document is signed. */
  reason: string;
  /** Where the signer works (the ward), as the signature dictionary's /Location. */
  location?: string;
  /** The signature image (PNG, transparent background). */
  signature?: Uint8Array;
  /** The agency's seal (PNG, transparent background). */
  seal?: Uint8Array;
  /** The seal's real diameter in mm (`assets.seal.diameter`); DEFAULT_SEAL_MM without it. */
  sealMm?: number;
  /**
   * The issuing body as a sentence names it ("Ủy ban nhân dân phường Lê Chân"): the visible
   * signature's information line, with the signing time.
   */
  agency?: string;
}

/**
 * Room for the CMS signature (bytes): an RSA-4096 signature with a chain of three certificates
 * is about 6 KB.
 */
const SIGNATURE_BYTES = 12_000;

const MM = 72 / 25.4;
/**
 * The seal's diameter when the campaign does not give its real size: a ward's round seal is
 * 34–36 mm across; the smaller one keeps the seal inside the signature block of every notice
 * made before the size could be set.
 */
const DEFAULT_SEAL_MM = 34;
/** The signature image's largest size within the space left for it. */
const SIGNATURE_MAX_W = 55 * MM;
/** Decree 30/2020, Phụ lục I: the information line in Times New Roman 10 pt, upright, blue. */
const TEXT_SIZE = 10;
const TEXT_LEADING = TEXT_SIZE * 1.25;
const TEXT_COLOR = '0 0 1 rg';

/**
 * Signs a finished document that has a signature placeholder (addSignatureField). The signing
 * code (node-forge, @signpdf) loads on the first signed document: an unsigned build never loads it.
 */
export async function signDocument(bytes: Uint8Array, opts: SignOptions): Promise<Uint8Array> {
  const { signBytes } = await import('./sign-bytes.js');
  return signBytes(bytes, opts.identity, opts.signedAt);
}

const BYTE_RANGE = Buffer.from('/ByteRange [0 ', 'latin1');

/**
 * Whether a PDF made by this tool carries a signature: its signature dictionary's /ByteRange
 * holds numbers (the placeholder's are names).
 */
export function isSignedPdf(bytes: Uint8Array): boolean {
  // Searched in the bytes, once per file: the server keeps the answer with the file it caches
  // (serve/cache.ts), so a group's page does not search a ~250 KB notice on every view.
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const at = buf.indexOf(BYTE_RANGE);
  const next = buf[at + BYTE_RANGE.length] ?? 0;
  return at >= 0 && next >= 0x30 && next <= 0x39;
}

type Box = [x: number, y: number, w: number, h: number];

/** What the appearance draws, in page coordinates (top-left origin): images and text lines. */
interface Piece {
  kind: 'signature' | 'seal' | 'text';
  box: Box;
  text?: string;
}

/**
 * The visible signature's information lines (Decree 30/2020, Phụ lục I): the agency's name and
 * the signing time, "2026-12-06T14:48:12+07:00" (date, hours, minutes, seconds, Viet Nam's zone).
 */
function signatureInfo(opts: Pick<SignOptions, 'agency' | 'signedAt'>): string[] {
  return [...(opts.agency ? [opts.agency] : []), wardIsoTime(opts.signedAt)];
}

/**
 * Where the parts go in the space left for the signature: the information lines at its foot,
 * the signature image centred above them (its height what is left, narrower if it would be too
 * wide), or the lines alone in the middle when there is no image; the seal, at its real size,
 * its right edge a third of the way into the signature, its centre level with it.
 */
function arrange(space: Rect, opts: SignOptions, sizes: Record<string, [number, number]>) {
  const [sx, sy, sw, sh] = space;
  const pieces: Piece[] = [];
  const lines = signatureInfo(opts);
  const textH = TEXT_LEADING * lines.length;
  let mark: Box;
  const sig = sizes.signature;
  let top: number;
  if (sig) {
    const room = sh - textH;
    const scale = Math.min(room / sig[1], Math.min(SIGNATURE_MAX_W, sw) / sig[0]);
    const w = sig[0] * scale;
    const h = sig[1] * scale;
    mark = [sx + (sw - w) / 2, sy + (room - h) / 2, w, h];
    pieces.push({ kind: 'signature', box: mark });
    top = sy + room;
  } else {
    top = sy + (sh - textH) / 2;
    mark = [sx + sw / 4, top, sw / 2, textH];
  }
  lines.forEach((text, i) => {
    pieces.push({ kind: 'text', box: [sx, top + i * TEXT_LEADING, sw, TEXT_LEADING], text });
  });
  if (sizes.seal) {
    const [mx, my, mw, mh] = mark;
    const d = (opts.sealMm ?? DEFAULT_SEAL_MM) * MM;
    // Drawn last, over the signature, as a seal is stamped over a signed paper: a scanned
    // signature (a JPEG, its paper white and opaque) would otherwise hide the seal's right part.
    pieces.push({ kind: 'seal', box: [mx + mw / 3 - d, my + mh / 2 - d / 2, d, d] });
  }
  return pieces;
}

/** The smallest box holding every piece. */
function union(pieces: readonly Piece[]): Box {
  const x0 = Math.min(...pieces.map((p) => p.box[0]));
  const y0 = Math.min(...pieces.map((p) => p.box[1]));
  const x1 = Math.max(...pieces.map((p) => p.box[0] + p.box[2]));
  const y1 = Math.max(...pieces.map((p) => p.box[1] + p.box[3]));
  return [x0, y0, x1 - x0, y1 - y0];
}

/** The visible signature: a form XObject drawing its parts, and where it goes on the page. */
function appearance(
  doc: PdfDoc,
  writer: ImageWriter,
  space: Rect,
  font: EmbeddedFont,
  opts: SignOptions,
) {
  // The document's own image objects (encoded once per thread: every notice of a build carries
  // the same signature and seal).
  const embed = (png: Uint8Array) => {
    const { ref, image } = writer.ref(png);
    return { ref, width: image.width, height: image.height };
  };
  const images: Record<string, { ref: PdfRef; width: number; height: number }> = {};
  if (opts.signature) images.signature = embed(opts.signature);
  if (opts.seal) images.seal = embed(opts.seal);
  const sizes = Object.fromEntries(
    Object.entries(images).map(([k, v]) => [k, [v.width, v.height] as [number, number]]),
  );
  const pieces = arrange(space, opts, sizes);
  const box = union(pieces);
  // The text lines at one size that fits the widest in the space: a long agency name would
  // otherwise be cut at the appearance's edges.
  const widest = Math.max(
    0,
    ...pieces.map((p) => (p.text ? formText(font, TEXT_SIZE, p.text).width : 0)),
  );
  const textSize = widest > space[2] ? (TEXT_SIZE * space[2]) / widest : TEXT_SIZE;
  const [bx, by, bw, bh] = box;
  // Appearance coordinates: y up, the origin at the box's bottom-left corner.
  const ops: string[] = [];
  const xobjects: Record<string, PdfRef> = {};
  for (const p of pieces) {
    const [x, y, w, h] = p.box;
    const left = x - bx;
    const bottom = by + bh - (y + h);
    if (p.kind === 'text') {
      // Real text in the document's own serif font (Times New Roman's metrics): a reader copies
      // and searches it, and pdftotext reads it, as on the page.
      const line = formText(font, textSize, p.text ?? '');
      const baseline = bottom + (h - textSize) / 2 + textSize * 0.22;
      ops.push(`${TEXT_COLOR} ${line.draw(left + (w - line.width) / 2, baseline)}`);
    } else {
      const name = p.kind === 'seal' ? 'Seal' : 'Sign';
      xobjects[name] = (images[p.kind] as { ref: PdfRef }).ref;
      ops.push(`q ${num(w)} 0 0 ${num(h)} ${num(left)} ${num(bottom)} cm /${name} Do Q`);
    }
  }
  const ref = newRef(doc, {
    Type: 'XObject',
    Subtype: 'Form',
    BBox: [0, 0, num(bw), num(bh)],
    Resources: { XObject: xobjects, Font: { [font.id]: font.ref() } },
  });
  ref.end(ops.join('\n'));
  return { ref, box };
}

/**
 * Adds the signature field to the current page, its widget over `space` (top-left coordinates
 * on a page `pageHeight` high), with the visible appearance and the placeholder that
 * signDocument fills. `font` (the document's, prepared: prepareEmbeddedFont) writes the
 * appearance's information lines.
 * An empty `space` makes an invisible signature (a print file's: no place on its pages is the
 * signer's).
 */
export function addSignatureField(
  doc: PdfDoc,
  images: ImageWriter,
  space: Rect,
  pageHeight: number,
  font: EmbeddedFont,
  opts: SignOptions,
): void {
  const shown =
    space[2] > 0 && space[3] > 0 ? appearance(doc, images, space, font, opts) : undefined;
  // @signpdf's placeholder, from its package loaded here: an unsigned build never loads it.
  const { DEFAULT_BYTE_RANGE_PLACEHOLDER } = createRequire(import.meta.url)(
    '@signpdf/utils',
  ) as typeof signpdfUtils;
  const signature = newRef(doc, {
    Type: 'Sig',
    Filter: 'Adobe.PPKLite',
    SubFilter: 'ETSI.CAdES.detached',
    ByteRange: [
      0,
      DEFAULT_BYTE_RANGE_PLACEHOLDER,
      DEFAULT_BYTE_RANGE_PLACEHOLDER,
      DEFAULT_BYTE_RANGE_PLACEHOLDER,
    ],
    Contents: new Uint8Array(SIGNATURE_BYTES),
    Reason: pdfTextString(opts.reason),
    M: wardDate(opts.signedAt),
    Name: pdfTextString(opts.identity.name),
    ...(opts.location ? { Location: pdfTextString(opts.location) } : {}),
    Prop_Build: { App: { Name: 'phuong-print' } },
  });
  signature.end();
  const page = currentPage(doc);
  const form = signatureForm(doc);
  const [bx, by, bw, bh] = shown?.box ?? [0, pageHeight, 0, 0];
  const widget = newRef(doc, {
    Type: 'Annot',
    Subtype: 'Widget',
    FT: 'Sig',
    // Print flag: the appearance prints, as PDF/A requires of every annotation.
    F: 4,
    Rect: [num(bx), num(pageHeight - by - bh), num(bx + bw), num(pageHeight - by)],
    V: signature,
    T: pdfTextString(`Signature${form.data.Fields.length + 1}`),
    P: page.dictionary,
    ...(shown ? { AP: { N: shown.ref } } : {}),
  });
  page.annotations.push(widget);
  form.data.Fields.push(widget);
  widget.end();
}

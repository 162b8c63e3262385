/**
 * Render stage, PDF back end: a document's digital signature, as Decree 30/2020 describes an
 * electronic document's: the signature field on the page where the signer signs, its visible
 * appearance (the signature image over the signer's name, the agency's seal over the left third
 * of the signature, the signing time) drawn in the field's widget so that it is part of what is
 * signed, and a PAdES signature (ETSI.CAdES.detached: a detached CMS signature, SHA-256, made
 * by cms.ts; @signpdf fills the placeholder) over the whole file but the signature itself, the
 * signing time and reason in the signature dictionary.
 *
 * The placeholder is written by our own writer (pdfkit's objects), then the finished bytes are
 * signed (sign-bytes.ts): same inputs and the same key give the same bytes (RSA PKCS#1 v1.5 is
 * deterministic).
 */
import { createRequire } from 'node:module';
import type * as signpdfUtils from '@signpdf/utils';
import type { LoadedFont } from '../../layout/fonts.js';
import type { Rect } from '../../layout/surface.js';
import type { SignerIdentity } from '../../load/certificate.js';
import { wardDate, wardTime } from './dates.js';
import type { ImageWriter } from './images.js';
import { outlinedText } from './outline.js';
import {
  currentPage,
  newRef,
  type PdfRef,
  pdfTextString,
  signatureForm,
} from './pdfkit-internals.js';
import { num } from './symbols.js';
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
}

/**
 * Room for the CMS signature (bytes): an RSA-4096 signature with a chain of three certificates
 * is about 6 KB.
 */
const SIGNATURE_BYTES = 12_000;

const MM = 72 / 25.4;
/** The seal's diameter: a ward's round seal is about 35 mm across. */
const SEAL = 34 * MM;
/** The signature image's largest size within the space left for it. */
const SIGNATURE_MAX_W = 55 * MM;
const TEXT_SIZE = 10;

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
 * Where the parts go in the space left for the signature: the signature image centred (its
 * height the space's, narrower if it would be too wide), or two text lines when there is none;
 * the seal's right edge a third of the way into the signature, its centre level with it.
 */
function arrange(space: Rect, opts: SignOptions, sizes: Record<string, [number, number]>) {
  const [sx, sy, sw, sh] = space;
  const pieces: Piece[] = [];
  let mark: Box;
  const sig = sizes.signature;
  if (sig) {
    const scale = Math.min(sh / sig[1], Math.min(SIGNATURE_MAX_W, sw) / sig[0]);
    const w = sig[0] * scale;
    const h = sig[1] * scale;
    mark = [sx + (sw - w) / 2, sy + (sh - h) / 2, w, h];
    pieces.push({ kind: 'signature', box: mark });
  } else {
    const lines = [
      `Ký bởi: ${opts.identity.name}`,
      `Thời gian ký: ${wardTime(opts.signedAt)} (GMT+7)`,
    ];
    const lh = TEXT_SIZE * 1.3;
    const top = sy + (sh - lh * lines.length) / 2;
    lines.forEach((text, i) => {
      pieces.push({ kind: 'text', box: [sx, top + i * lh, sw, lh], text });
    });
    mark = [sx + sw / 4, top, sw / 2, lh * lines.length];
  }
  if (sizes.seal) {
    const [mx, my, mw, mh] = mark;
    const d = Math.min(SEAL, sh * 1.6);
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
  font: LoadedFont,
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
  // The text lines at one size that fits the widest in the space: a long signer's name (an
  // agency's certificate) would otherwise be cut at the appearance's edges.
  const widest = Math.max(
    0,
    ...pieces.map((p) => (p.text ? outlinedText(font, TEXT_SIZE, p.text, 0, 0).width : 0)),
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
      const text = p.text ?? '';
      const width = outlinedText(font, textSize, text, 0, 0).width;
      const baseline = bottom + (h - textSize) / 2 + textSize * 0.22;
      ops.push(`0 g ${outlinedText(font, textSize, text, left + (w - width) / 2, baseline).ops}`);
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
    Resources: { XObject: xobjects },
  });
  ref.end(ops.join('\n'));
  return { ref, box };
}

/**
 * Adds the signature field to the current page, its widget over `space` (top-left coordinates
 * on a page `pageHeight` high), with the visible appearance and the placeholder that
 * signDocument fills. `font`'s outlines draw the text of an appearance without a signature image.
 * An empty `space` makes an invisible signature (a print file's: no place on its pages is the
 * signer's).
 */
export function addSignatureField(
  doc: PdfDoc,
  images: ImageWriter,
  space: Rect,
  pageHeight: number,
  font: LoadedFont,
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

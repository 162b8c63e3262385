/**
 * Render stage, PDF back end: fills a finished document's signature placeholder (sign.ts) with
 * the CMS signature (cms.ts) through @signpdf. Its own module, imported only when a document is
 * signed: node-forge and @signpdf are then loaded, never by an unsigned build.
 */
import { SignPdf } from '@signpdf/signpdf';
import { Signer } from '@signpdf/utils';
import type { SignerIdentity } from '../../load/certificate.js';
import { cmsSignature } from './cms.js';

/** The signer's identity as @signpdf's Signer (cms.ts makes the signature). */
class IdentitySigner extends Signer {
  constructor(private readonly id: SignerIdentity) {
    super();
  }

  override async sign(pdf: Buffer): Promise<Buffer> {
    return cmsSignature(pdf, this.id);
  }
}

const signers = new WeakMap<SignerIdentity, IdentitySigner>();
const signPdf = new SignPdf();

/** Signs `bytes`, which hold a signature placeholder, as `identity` at `signedAt`. */
export async function signBytes(
  bytes: Uint8Array,
  identity: SignerIdentity,
  signedAt: Date,
): Promise<Uint8Array> {
  let signer = signers.get(identity);
  if (!signer) {
    signer = new IdentitySigner(identity);
    signers.set(identity, signer);
  }
  const signed = await signPdf.sign(Buffer.from(bytes), signer, signedAt);
  return new Uint8Array(signed.buffer, signed.byteOffset, signed.length);
}

/**
 * Output stage: what a build does to its PDFs beyond drawing them — PDF/A, and signing the kinds
 * that have a place for a signature (the notice) — as plain data that crosses into the worker
 * threads (`DocumentOptions`), its share of the files' keys, and, in a worker, the render
 * options it stands for (the certificate opened once per thread, the images prepared once).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { UserError } from '../errors.js';
import type { DocumentKind } from '../kinds/kind.js';
import { prepareSignatureImage } from '../layout/images.js';
import type { Campaign } from '../load/campaign.js';
import type { SignerIdentity } from '../load/certificate.js';
import { msg } from '../messages/message.js';
import type { RenderOptions } from '../render/output.js';
import { wardTime } from '../ward-time.js';

/** A signing identity as it travels to the workers. */
export interface SignSpec {
  /** The certificate file, as the user named it (for messages). */
  file: string;
  p12: Uint8Array;
  password: string;
  /** ISO date-time. */
  signedAt: string;
  /**
   * The signing time's share of the files' keys: the time given with --signed-at, or "now" for
   * the default (the time of signing): a re-run reuses the notices signed earlier, which carry
   * the time they were really signed at, instead of signing them again at every build.
   */
  timeKey: string;
  /** SHA-256 of the signer's certificate. */
  fingerprint: string;
  /** SHA-256 of the signature and seal images ('' when none): a new image re-signs. */
  images: string;
}

export interface DocumentOptions {
  /** PDF/A-2b for every PDF. */
  pdfa?: boolean;
  /**
   * Every PDF tagged for screen readers without PDF/A, as serve's downloads (`build --site`:
   * the files a leader downloads from the static site are the build's own).
   */
  tagged?: boolean;
  sign?: SignSpec;
}

/** What the CLI asks for: the certificate file, its password and the signing time. */
export interface SignRequest {
  file: string;
  password: string;
  /** Default: now, the time the notices are signed. */
  signedAt?: Date;
}

const sha256 = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');

/** The signature and seal images of the campaign, prepared (transparent PNG), if it has them. */
async function signatureImages(campaign: Campaign) {
  const { signature, seal, seal_mm } = campaign.assets ?? {};
  return {
    signature: signature ? await prepareSignatureImage(signature, 'assets.signature') : undefined,
    seal: seal ? await prepareSignatureImage(seal, 'assets.seal') : undefined,
    ...(seal_mm === undefined ? {} : { sealMm: seal_mm }),
  };
}

/**
 * Opens and checks the certificate (and the signature images) before anything is built: a wrong
 * password, an expired certificate or an unreadable image stops the build with one message.
 */
export async function prepareSigning(
  request: SignRequest,
  campaign: Campaign,
  now = new Date(),
): Promise<{ spec: SignSpec; identity: SignerIdentity; warning?: UserError }> {
  // A signature says when it was made: a verifier flags a time after its own clock, and the
  // office's register keeps the real time; so the default is now, not midnight of `issued`.
  const signedAt = request.signedAt ?? now;
  // node-forge loads only for a build that signs.
  const { loadSigner } = await import('../load/certificate.js');
  const { bytes, identity } = await loadSigner(request.file, request.password, signedAt);
  const images = await signatureImages(campaign);
  const files = [campaign.assets?.signature, campaign.assets?.seal];
  const imageBytes = await Promise.all(files.map((f) => (f ? readFile(f) : '')));
  return {
    identity,
    warning: futureTime(signedAt, now),
    spec: {
      file: request.file,
      p12: bytes,
      password: request.password,
      signedAt: signedAt.toISOString(),
      timeKey: request.signedAt ? signedAt.toISOString() : 'now',
      fingerprint: identity.fingerprint,
      // The seal's size with them: another diameter draws the signature again.
      images:
        images.signature || images.seal
          ? sha256([...imageBytes.map(sha256), images.sealMm ?? ''].join(','))
          : '',
    },
  };
}

/** A --signed-at later than now: the notice would say it was signed when it was not yet. */
function futureTime(signedAt: Date, now: Date): UserError | undefined {
  // A minute's grace: "--signed-at 2026-12-01T08:30" typed at 08:30 is now.
  if (signedAt.getTime() <= now.getTime() + 60_000) return undefined;
  return new UserError(
    msg`--signed-at ${wardTime(signedAt)} is in the future: each notice will say it was signed then, and a verifier flags a signature dated after its own clock`,
    { field: '--signed-at' },
    msg`Leave out --signed-at to sign at the time of the build, or give a time already past.`,
  );
}

/**
 * The warning for signature and seal images that a run does not sign with: they are drawn only in
 * a signed notice's visible signature, so unsigned nothing prints them. None when the run signs
 * or builds no kind that is signed.
 */
export function unsignedImages(
  campaign: Campaign,
  campaignFile: string,
  signs: boolean,
  kinds: readonly DocumentKind[],
): UserError | undefined {
  const images = (['signature', 'seal'] as const).filter((f) => campaign.assets?.[f]);
  if (signs || !images[0] || !kinds.some((k) => k.signs)) return undefined;
  return new UserError(
    images.length > 1
      ? msg`the signature and seal images are not printed: only a signed notice shows a signature and seal`
      : images[0] === 'seal'
        ? msg`the seal image is not printed: only a signed notice shows a signature and seal`
        : msg`the signature image is not printed: only a signed notice shows a signature and seal`,
    { file: campaignFile, field: `assets.${images[0]}` },
    msg`Add --sign <certificate.p12> to sign the notices; unsigned, the notice keeps the space for a handwritten signature.`,
  );
}

/** A kind's share of its files' keys: PDF/A, and for a kind that is signed, the signing. */
export function documentKey(kind: DocumentKind, opts: DocumentOptions | undefined): string {
  if (!opts || (kind.ext ?? 'pdf') !== 'pdf') return '';
  const parts: string[] = [];
  if (opts.pdfa) parts.push('pdfa-2b');
  // PDF/A is tagged already; a tagged file is another file than the untagged one.
  else if (opts.tagged) parts.push('tagged');
  if (opts.sign && kind.signs) {
    parts.push(`signed:${opts.sign.fingerprint}:${opts.sign.timeKey}:${opts.sign.images}`);
  }
  return parts.join('|');
}

const identities = new Map<string, SignerIdentity>();

/** The render options of a build's document options, in a worker thread. */
export async function renderOptionsOf(
  opts: DocumentOptions | undefined,
  campaign: Campaign,
): Promise<Pick<RenderOptions, 'pdfa' | 'tagged' | 'sign'>> {
  if (!opts) return {};
  const spec = opts.sign;
  if (!spec) return { pdfa: opts.pdfa, tagged: opts.tagged };
  let identity = identities.get(spec.fingerprint);
  if (!identity) {
    const { openP12 } = await import('../load/certificate.js');
    identity = openP12(spec.p12, spec.password, spec.file);
    identities.set(spec.fingerprint, identity);
  }
  return {
    pdfa: opts.pdfa,
    tagged: opts.tagged,
    sign: { identity, signedAt: new Date(spec.signedAt), ...(await signatureImages(campaign)) },
  };
}

/**
 * Test certificates made in the test: a self-signed CA and a signer it issued, as a PKCS#12 file
 * (what a ward's certificate authority hands out), with node-forge. Keys come from node:crypto:
 * one for the CA and one that every signer's certificate is issued for, made once per test
 * process (an RSA key costs ~0.1 s of CPU to make; what a test varies is the certificate).
 */
import { generateKeyPairSync } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import forge from 'node-forge';

export interface TestCertOptions {
  /** The signer's common name (CN). */
  name?: string;
  notBefore?: Date;
  notAfter?: Date;
  /** Key usage of the signer's certificate (default: digitalSignature and nonRepudiation). */
  keyUsage?: { digitalSignature?: boolean; nonRepudiation?: boolean; keyEncipherment?: boolean };
  password?: string;
}

function keyPair() {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    privateKey: forge.pki.privateKeyFromPem(
      privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    ) as forge.pki.rsa.PrivateKey,
    publicKey: forge.pki.publicKeyFromPem(
      publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    ),
  };
}

/** The key every signer's certificate is issued for (made on first use). */
let signerKeys: ReturnType<typeof keyPair> | undefined;

const ca = (() => {
  let made: { cert: forge.pki.Certificate; key: forge.pki.rsa.PrivateKey } | undefined;
  return () => {
    if (made) return made;
    const keys = keyPair();
    const cert = forge.pki.createCertificate();
    cert.publicKey = keys.publicKey;
    cert.serialNumber = '01';
    cert.validity.notBefore = new Date('2020-01-01T00:00:00Z');
    cert.validity.notAfter = new Date('2040-01-01T00:00:00Z');
    const attrs = [
      { name: 'commonName', value: 'CA thử nghiệm phuong-print', valueTagClass: 12 },
      { name: 'countryName', value: 'VN' },
    ];
    cert.setSubject(attrs as forge.pki.CertificateField[]);
    cert.setIssuer(attrs as forge.pki.CertificateField[]);
    cert.setExtensions([
      { name: 'basicConstraints', cA: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true },
    ]);
    cert.sign(keys.privateKey, forge.md.sha256.create());
    made = { cert, key: keys.privateKey };
    return made;
  };
})();

/** The CA's certificate as PEM (to tell pdfsig to trust it). */
export function caPem(): string {
  return forge.pki.certificateToPem(ca().cert);
}

let serial = 2;

/** A signer's .p12 file in `dir`; returns its path and password. */
export async function makeSignerP12(dir: string, opts: TestCertOptions = {}) {
  const { cert: caCert, key: caKey } = ca();
  signerKeys ??= keyPair();
  const keys = signerKeys;
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = (serial++).toString(16).padStart(2, '0');
  cert.validity.notBefore = opts.notBefore ?? new Date('2024-01-01T00:00:00Z');
  cert.validity.notAfter = opts.notAfter ?? new Date('2035-01-01T00:00:00Z');
  const name = opts.name ?? 'Nguyễn Văn Minh';
  cert.setSubject([
    // UTF8String (tag 12): a Vietnamese name as the CA writes it.
    { name: 'commonName', value: name, valueTagClass: 12 },
    { name: 'countryName', value: 'VN' },
  ] as forge.pki.CertificateField[]);
  cert.setIssuer(caCert.subject.attributes);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    {
      name: 'keyUsage',
      ...(opts.keyUsage ?? { digitalSignature: true, nonRepudiation: true }),
    },
  ]);
  cert.sign(caKey, forge.md.sha256.create());
  const password = opts.password ?? 'mật khẩu 123';
  const asn1 = forge.pkcs12.toPkcs12Asn1(keys.privateKey, [cert, caCert], password, {
    algorithm: '3des',
  });
  const file = join(dir, `signer-${serial}.p12`);
  await writeFile(file, Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary'));
  return { file, password };
}

/** A handwritten-looking signature in blue ink, transparent around it (SVG). */
export const SIGNATURE_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="240" viewBox="0 0 600 240">
<path d="M40 170 C 90 40, 140 40, 130 150 S 190 210, 230 110 S 300 40, 310 140 C 320 200, 380 190, 420 120 S 520 60, 560 100"
 fill="none" stroke="#1a3a9c" stroke-width="10" stroke-linecap="round"/>
<path d="M120 200 L 480 185" fill="none" stroke="#1a3a9c" stroke-width="6" stroke-linecap="round"/>
</svg>`;

/** A round red seal with a star, transparent outside its rim (SVG). */
export const SEAL_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="500" height="500" viewBox="0 0 500 500">
<g fill="none" stroke="#d0202a" stroke-opacity="0.85">
<circle cx="250" cy="250" r="235" stroke-width="14"/>
<circle cx="250" cy="250" r="160" stroke-width="6"/>
</g>
<path d="M250 150 L272 218 L343 218 L286 260 L307 328 L250 286 L193 328 L214 260 L157 218 L228 218 Z" fill="#d0202a" fill-opacity="0.85"/>
</svg>`;

/**
 * The example campaign with `assets.signature` and `assets.seal` (files written beside it), saved
 * as `<dir>/campaign.yaml`.
 */
export async function exampleWithSignatureImages(
  exampleCampaign: string,
  dir: string,
): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  const yaml = await readFile(exampleCampaign, 'utf8');
  await writeFile(join(dir, 'chu-ky.svg'), SIGNATURE_SVG);
  await writeFile(join(dir, 'con-dau.svg'), SEAL_SVG);
  const file = join(dir, 'campaign.yaml');
  await writeFile(file, `${yaml}\nassets:\n  signature: chu-ky.svg\n  seal: con-dau.svg\n`);
  return file;
}

/**
 * Render stage, PDF back end: the CMS signature (RFC 5652 SignedData, detached) a PAdES signature
 * holds, as ETSI EN 319 142-1 asks of its baseline (B-B): SHA-256, the signer's certificate named
 * in a signed signing-certificate-v2 attribute (RFC 5035), the certificates attached, and the
 * claimed signing time in the PDF's signature dictionary (/M), not in the CMS.
 *
 * Built here with node-forge's ASN.1 writer, hashed and signed with node:crypto (OpenSSL): forge's
 * own PKCS#7 signer hashes and signs in JavaScript (70 ms a notice against 2 ms), and re-encodes
 * the issuer's name, which breaks UTF-8 names (a Vietnamese CA's).
 */
import {
  constants,
  createHash,
  createPrivateKey,
  type KeyObject,
  privateEncrypt,
} from 'node:crypto';
import forge from 'node-forge';
import type { SignerIdentity } from '../../load/certificate.js';

const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  sha256: '2.16.840.1.101.3.4.2.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
};

/** DER prefix of a SHA-256 DigestInfo (RFC 8017, 9.2): what PKCS#1 v1.5 signs. */
const SHA256_DIGEST_INFO = Buffer.from('3031300d060960864801650304020105000420', 'hex');

/** A DER element: tag, length, contents. The parts are DER already and written as they are. */
function tlv(tag: number, ...parts: Buffer[]): Buffer {
  const body = Buffer.concat(parts);
  const n = body.length;
  let length: Buffer;
  if (n < 0x80) length = Buffer.from([n]);
  else {
    const bytes: number[] = [];
    for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v % 256);
    length = Buffer.from([0x80 | bytes.length, ...bytes]);
  }
  return Buffer.concat([Buffer.from([tag]), length, body]);
}

const seq = (...parts: Buffer[]) => tlv(0x30, ...parts);
const set = (...parts: Buffer[]) => tlv(0x31, ...parts);
/** [n] IMPLICIT, constructed. */
const tagged = (n: number, ...parts: Buffer[]) => tlv(0xa0 | n, ...parts);
const oid = (id: string) => tlv(0x06, Buffer.from(forge.asn1.oidToDer(id).getBytes(), 'binary'));
const octets = (b: Buffer) => tlv(0x04, b);
const ONE = Buffer.from([0x02, 0x01, 0x01]);
const algorithm = (id: string) => seq(oid(id), Buffer.from([0x05, 0x00]));

/** The issuer Name and serial number of a certificate (DER), as its TBSCertificate has them. */
function issuerAndSerial(cert: Buffer): Buffer {
  const { asn1 } = forge;
  const der = (a: forge.asn1.Asn1) => Buffer.from(asn1.toDer(a).getBytes(), 'binary');
  const parsed = asn1.fromDer(forge.util.createBuffer(cert.toString('binary')));
  // TBSCertificate: [0] version (v3), serialNumber, signature, issuer, …
  const tbs = (parsed.value as forge.asn1.Asn1[])[0]?.value as forge.asn1.Asn1[];
  const first = tbs[0]?.tagClass === asn1.Class.CONTEXT_SPECIFIC ? 1 : 0;
  return seq(der(tbs[first + 2] as forge.asn1.Asn1), der(tbs[first] as forge.asn1.Asn1));
}

/** What every signature of one identity shares: its key, certificates and their DER. */
interface Prepared {
  key: KeyObject;
  /** The certificates, DER, the signer's first. */
  certificates: Buffer[];
  /** The signer's issuer (its Name, as the certificate has it) and serial number, DER. */
  issuerAndSerial: Buffer;
  /** The signing-certificate-v2 attribute, DER. */
  signingCertificate: Buffer;
}

const prepared = new WeakMap<SignerIdentity, Prepared>();

function prepare(id: SignerIdentity): Prepared {
  let p = prepared.get(id);
  if (p) return p;
  const toDer = (c: forge.pki.Certificate) =>
    Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(c)).getBytes(), 'binary');
  const signer = toDer(id.certificate);
  const hash = createHash('sha256').update(signer).digest();
  p = {
    key: createPrivateKey(forge.pki.privateKeyToPem(id.key)),
    certificates: [signer, ...id.chain.filter((c) => c !== id.certificate).map(toDer)],
    issuerAndSerial: issuerAndSerial(signer),
    // SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 }; ESSCertIDv2 ::=
    // SEQUENCE { certHash } (its hashAlgorithm, SHA-256, is the default and left out).
    signingCertificate: seq(oid(OID.signingCertificateV2), set(seq(seq(seq(octets(hash)))))),
  };
  prepared.set(id, p);
  return p;
}

/** A detached CMS signature of `content` (the PDF's bytes outside the signature). */
export function cmsSignature(content: Buffer, id: SignerIdentity): Buffer {
  const p = prepare(id);
  const digest = createHash('sha256').update(content).digest();
  // DER orders a SET OF by its members' encodings.
  const attributes = [
    seq(oid(OID.contentType), set(oid(OID.data))),
    seq(oid(OID.messageDigest), set(octets(digest))),
    p.signingCertificate,
  ].sort(Buffer.compare);
  // Signed as a SET (tag 0x31), written as [0] IMPLICIT.
  const signature = privateEncrypt(
    { key: p.key, padding: constants.RSA_PKCS1_PADDING },
    Buffer.concat([
      SHA256_DIGEST_INFO,
      createHash('sha256')
        .update(set(...attributes))
        .digest(),
    ]),
  );
  const signerInfo = seq(
    ONE,
    p.issuerAndSerial,
    algorithm(OID.sha256),
    tagged(0, ...attributes),
    algorithm(OID.rsaEncryption),
    octets(signature),
  );
  const signedData = seq(
    ONE,
    set(algorithm(OID.sha256)),
    seq(oid(OID.data)),
    tagged(0, ...p.certificates),
    set(signerInfo),
  );
  return seq(oid(OID.signedData), tagged(0, signedData));
}

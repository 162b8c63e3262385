/**
 * Load stage: the signer's certificate and key, from a PKCS#12 file (.p12, .pfx) and its
 * password. In: the file's bytes, the password, the signing time. Out: the private key, the
 * signer's certificate and the chain, once it is known that the certificate may sign at that time
 * (inside its validity, and — when it says what its key is for — for digital signatures or
 * non-repudiation). Every problem is one UserError naming the file, so that nothing is built
 * with a certificate that cannot sign.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import forge from 'node-forge';
import { UserError } from '../errors.js';
import { msg } from '../messages/message.js';
import { wardTime } from '../ward-time.js';

export interface SignerIdentity {
  key: forge.pki.rsa.PrivateKey;
  /** The certificate of the key. */
  certificate: forge.pki.Certificate;
  /** Every certificate of the file (the signer's and its chain), in the file's order. */
  chain: forge.pki.Certificate[];
  /** The certificate's common name (CN): the signer's name in the signature. */
  name: string;
  /** SHA-256 of the certificate (DER), hex: part of a signed file's build key. */
  fingerprint: string;
  notBefore: Date;
  notAfter: Date;
}

const where = (file: string) => ({ file, field: '--sign' });

/** The key and certificates of a PKCS#12 file; throws a UserError if they cannot be read. */
export function openP12(bytes: Uint8Array, password: string, file: string): SignerIdentity {
  let p12: forge.pkcs12.Pkcs12Pfx;
  let asn1: forge.asn1.Asn1;
  try {
    asn1 = forge.asn1.fromDer(forge.util.createBuffer(Buffer.from(bytes).toString('binary')));
  } catch {
    throw new UserError(
      msg`the signing certificate is not a PKCS#12 file`,
      where(file),
      msg`Give the .p12 or .pfx file your certificate authority issued (certificate and private key).`,
    );
  }
  try {
    p12 = forge.pkcs12.pkcs12FromAsn1(asn1, false, password);
  } catch (e) {
    const wrongPassword = /password|MAC/i.test(String((e as Error).message));
    throw new UserError(
      wrongPassword
        ? msg`wrong password for the signing certificate`
        : msg`cannot read the signing certificate (${(e as Error).message})`,
      where(file),
      wrongPassword
        ? msg`Set PHUONG_PRINT_SIGN_PASSWORD to the password of the .p12 file (or type it when asked).`
        : msg`Export the certificate and its key again as a .p12 file.`,
    );
  }
  const bags = (type: string) => p12.getBags({ bagType: type })[type] ?? [];
  const keyBags = [
    ...bags(forge.pki.oids.pkcs8ShroudedKeyBag ?? ''),
    ...bags(forge.pki.oids.keyBag ?? ''),
  ];
  const certBags = bags(forge.pki.oids.certBag ?? '');
  // forge reads RSA keys and certificates only: for any other key (ECDSA, Ed25519, DSA) it gives
  // `null` with the bag's ASN.1, whose algorithm says what the key is.
  const notRsa = (bag: forge.pkcs12.Bag) =>
    new UserError(
      msg`the signing certificate's key is ${keyTypeOf(bag)}: only RSA certificates can sign`,
      where(file),
      msg`Ask the certificate authority (or the IT staff who exported it) for an RSA certificate, as Vietnamese authorities issue for signing documents, exported as a .p12 or .pfx file.`,
    );
  const foreignKey = keyBags.find((b) => b.key === null && b.asn1);
  if (foreignKey) throw notRsa(foreignKey);
  // A certificate of another key type in the chain (a CA's) is left out; the signer's own is
  // looked for below, and said to be of that type if it is not found.
  const foreignCert = certBags.find((b) => b.cert === null && b.asn1);
  const chain = certBags
    .map((b) => b.cert)
    .filter((c): c is forge.pki.Certificate => c !== undefined && c !== null);
  for (const c of chain) for (const a of [...c.subject.attributes, ...c.issuer.attributes]) utf8(a);
  const key = keyBags[0]?.key as forge.pki.rsa.PrivateKey | undefined;
  if (!key) {
    throw new UserError(
      msg`the signing certificate file holds no private key`,
      where(file),
      msg`Export the certificate together with its private key (a .p12 or .pfx file).`,
    );
  }
  const certificate = chain.find((c) => {
    const pub = c.publicKey as forge.pki.rsa.PublicKey;
    return pub.n?.compareTo(key.n) === 0 && pub.e?.compareTo(key.e) === 0;
  });
  if (!certificate) {
    if (foreignCert) throw notRsa(foreignCert);
    throw new UserError(
      msg`the signing certificate file has no certificate for its private key (or the key is not RSA)`,
      where(file),
      msg`Export the certificate together with its own private key.`,
    );
  }
  const der = forge.asn1.toDer(forge.pki.certificateToAsn1(certificate)).getBytes();
  const cn = certificate.subject.getField('CN')?.value;
  return {
    key,
    certificate,
    chain,
    name: typeof cn === 'string' ? cn.normalize('NFC') : '',
    fingerprint: createHash('sha256').update(Buffer.from(der, 'binary')).digest('hex'),
    notBefore: certificate.validity.notBefore,
    notAfter: certificate.validity.notAfter,
  };
}

/** Key algorithms by OID (RFC 5480, 8410, 3279), as a certificate authority names them. */
const KEY_TYPES: Record<string, string> = {
  '1.2.840.10045.2.1': 'ECDSA',
  '1.3.101.112': 'Ed25519',
  '1.3.101.113': 'Ed448',
  '1.2.840.10040.4.1': 'DSA',
  '1.2.840.113549.1.1.10': 'RSA-PSS',
};

/**
 * The key type of a bag forge could not read: the algorithm of a PrivateKeyInfo (version,
 * algorithm, key) or of a certificate's subjectPublicKeyInfo; its OID when it has no name here.
 */
function keyTypeOf(bag: forge.pkcs12.Bag): string {
  const oidOf = (algorithm: forge.asn1.Asn1 | undefined) => {
    const first = Array.isArray(algorithm?.value) ? algorithm.value[0] : undefined;
    return typeof first?.value === 'string' && first.type === forge.asn1.Type.OID
      ? forge.asn1.derToOid(first.value)
      : undefined;
  };
  const parts = (a: forge.asn1.Asn1 | undefined) => (Array.isArray(a?.value) ? a.value : []);
  let oid: string | undefined;
  if (bag.key === null) oid = oidOf(parts(bag.asn1)[1]);
  else {
    // Certificate: tbsCertificate's fields, the subjectPublicKeyInfo after the subject (the
    // version [0] is optional, so it is found as the first SEQUENCE holding a SEQUENCE and a BIT STRING).
    const tbs = parts(parts(bag.asn1)[0]);
    const spki = tbs.find((f) => {
      const p = parts(f);
      return p.length === 2 && p[1]?.type === forge.asn1.Type.BITSTRING;
    });
    oid = oidOf(parts(spki)[0]);
  }
  return oid ? (KEY_TYPES[oid] ?? oid) : '?';
}

/**
 * forge reads a UTF8String attribute (a Vietnamese name) as its UTF-8 bytes, but encodes one
 * from text: decoded here, the names read right and the signature's issuer is written as the
 * certificate has it (else its bytes were encoded twice and no verifier found the signer).
 */
function utf8(attribute: forge.pki.CertificateField): void {
  if (
    (attribute.valueTagClass as unknown) !== forge.asn1.Type.UTF8 ||
    typeof attribute.value !== 'string'
  )
    return;
  try {
    attribute.value = forge.util.decodeUtf8(attribute.value);
  } catch {
    // Not UTF-8 after all: kept as read.
  }
}

/** Throws unless the certificate may sign at `at`: inside its validity, with a signing key usage. */
export function checkSigningUse(id: SignerIdentity, at: Date, file: string): void {
  if (at < id.notBefore || at > id.notAfter) {
    const expired = at > id.notAfter;
    throw new UserError(
      expired
        ? msg`the signing certificate expired at ${wardTime(id.notAfter)}, before the signing time ${wardTime(at)} (Viet Nam time, UTC+7)`
        : msg`the signing certificate is valid only from ${wardTime(id.notBefore)}, after the signing time ${wardTime(at)} (Viet Nam time, UTC+7)`,
      where(file),
      msg`Use a certificate valid at the signing time, or set the time with --signed-at.`,
    );
  }
  const usage = id.certificate.getExtension('keyUsage') as
    | { digitalSignature?: boolean; nonRepudiation?: boolean }
    | undefined;
  // No key usage extension: the key is not restricted (RFC 5280, 4.2.1.3).
  if (usage && !usage.digitalSignature && !usage.nonRepudiation) {
    throw new UserError(
      msg`the signing certificate may not be used for signatures (its key usage has neither digitalSignature nor nonRepudiation)`,
      where(file),
      msg`Ask the certificate authority for a signing certificate.`,
    );
  }
}

/** Reads the file, opens it and checks it may sign at `at`. */
export async function loadSigner(file: string, password: string, at: Date) {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(
      code === 'ENOENT'
        ? msg`the signing certificate file does not exist`
        : msg`cannot read the signing certificate file (${code ?? 'EIO'})`,
      where(file),
      msg`Give the path of the .p12 or .pfx file after --sign.`,
    );
  }
  const identity = openP12(bytes, password, file);
  checkSigningUse(identity, at, file);
  return { bytes, identity };
}

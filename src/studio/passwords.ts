/**
 * Studio: password hashes. scrypt (node:crypto, memory-hard) with a random salt per password; the
 * parameters are stored with the hash, so stronger ones can be chosen later without breaking the
 * passwords already kept. Stored form: `scrypt$N$r$p$<salt base64>$<hash base64>`.
 */
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/** scrypt's cost parameters: memory and time grow with N × r. */
export interface PasswordCost {
  N: number;
  r: number;
  p: number;
}
type Params = PasswordCost;

/** 2^15 × 8 × 128 B = 32 MB and ~50–100 ms a check on the office's machine: slow for a guesser. */
export const PASSWORD_COST: Params = { N: 2 ** 15, r: 8, p: 1 };
const KEY_BYTES = 32;

function derive(password: string, salt: Buffer, { N, r, p }: Params): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(
      password.normalize('NFC'),
      salt,
      KEY_BYTES,
      { N, r, p, maxmem: 256 * N * r + 1024 * 1024 },
      (err, key) => (err ? reject(err) : resolve(key)),
    ),
  );
}

export async function hashPassword(
  password: string,
  params: Params = PASSWORD_COST,
): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, params);
  return [
    'scrypt',
    params.N,
    params.r,
    params.p,
    salt.toString('base64'),
    key.toString('base64'),
  ].join('$');
}

/** Does `password` match `stored`? False for a malformed hash (never an exception). */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, N, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const params = { N: Number(N), r: Number(r), p: Number(p) };
  if (![params.N, params.r, params.p].every((n) => Number.isInteger(n) && n > 0)) return false;
  const expected = Buffer.from(key, 'base64');
  const given = await derive(password, Buffer.from(salt, 'base64'), params);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * A hash to compare against when the user does not exist, so that answering takes as long: of
 * the cost the users' hashes are made with.
 */
const dummies = new Map<string, Promise<string>>();
export function dummyHash(params: Params = PASSWORD_COST): Promise<string> {
  const key = `${params.N}$${params.r}$${params.p}`;
  let dummy = dummies.get(key);
  if (!dummy) {
    dummy = hashPassword(randomBytes(16).toString('hex'), params);
    dummies.set(key, dummy);
  }
  return dummy;
}

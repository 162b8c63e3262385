/**
 * Serve stage: the per-group link tokens. In: the server secret and group ids. Out: for each
 * group an unguessable token, `HMAC-SHA256(secret, "group:" + id)` as base64url cut to 22
 * characters (132 bits), and the reverse lookup token → group id.
 *
 * Deriving the token (instead of storing random ones) makes the links stable across restarts,
 * identical in `serve`, `links` and `build --site`, and changeable all at once by changing the
 * secret. Tokens are credentials: never log them.
 */
import { createHash, createHmac } from 'node:crypto';
import { UserError } from '../errors.js';
import { msg } from '../messages/message.js';

export const TOKEN_LENGTH = 22;
/** Shortest secret accepted: 16 characters of `openssl rand -base64 32` are ~96 bits. */
export const MIN_SECRET_LENGTH = 16;
/** Secret used with `--dev` only: links made with it are public knowledge. */
export const DEV_SECRET = 'phuong-print-dev-secret-not-for-production';

function token(secret: string, purpose: string): string {
  return createHmac('sha256', secret).update(purpose, 'utf8').digest('base64url').slice(0, 22);
}

/** The token in a group's link `/g/<token>/`. */
export function groupToken(secret: string, groupId: string): string {
  return token(secret, `group:${groupId}`);
}

/** The folder of the office's page in a static site (which has no password to ask for). */
export function adminSiteToken(secret: string): string {
  return token(secret, 'admin-site');
}

/**
 * Token → group id, in one map look-up whatever the ward's size. The map is keyed by a SHA-256
 * of the token, not the token: how long a look-up takes can then tell an attacker about digests
 * only, never about how much of a guessed token was right.
 */
export class TokenIndex {
  private readonly byDigest = new Map<string, string>();

  constructor(secret: string, groupIds: readonly string[]) {
    for (const id of groupIds) this.byDigest.set(digest(groupToken(secret, id)), id);
  }

  find(candidate: string): string | undefined {
    if (candidate.length !== TOKEN_LENGTH) return undefined;
    return this.byDigest.get(digest(candidate));
  }
}

const digest = (token: string) => createHash('sha256').update(token, 'utf8').digest('base64');

/**
 * The secret from `--secret` or `PHUONG_PRINT_SECRET`. Without one, `--dev` falls back to a
 * published development secret; anything else refuses, since links would then be guessable.
 */
export function resolveSecret(
  given: string | undefined,
  env: NodeJS.ProcessEnv,
  dev = false,
): string {
  const secret = given ?? env.PHUONG_PRINT_SECRET;
  if (secret === undefined || secret === '') {
    if (dev) return DEV_SECRET;
    throw new UserError(
      msg`no secret for the group links`,
      { field: '--secret' },
      msg`Set PHUONG_PRINT_SECRET (e.g. to the output of \`openssl rand -base64 32\`) or pass --secret; keep it private and the same across runs so the links stay valid.`,
    );
  }
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new UserError(
      msg`the secret is too short (${secret.length} characters, at least ${MIN_SECRET_LENGTH})`,
      { field: '--secret' },
      msg`Use a long random value, e.g. the output of \`openssl rand -base64 32\`.`,
    );
  }
  return secret;
}

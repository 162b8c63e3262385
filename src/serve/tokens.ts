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

/**
 * The token in a group's link `/g/<token>/`. `renewed`: how many times the office gave the group
 * a new link (the studio's "Cấp đường dẫn mới", when its leader was replaced): 0, the first link.
 */
export function groupToken(secret: string, groupId: string, renewed = 0): string {
  return token(secret, renewed > 0 ? `group:${groupId}#${renewed}` : `group:${groupId}`);
}

/** Per group id, how many times its link was renewed (absent: never). */
export type RenewedLinks = ReadonlyMap<string, number>;
export const NO_RENEWALS: RenewedLinks = new Map();

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
  /** Folded token's digest → the group's token; null when two groups' tokens fold alike. */
  private readonly byFolded = new Map<string, string | null>();
  /** A replaced link's token digest → its group's id (the office gave the group a new link). */
  private readonly byReplaced = new Map<string, string>();

  constructor(
    secret: string,
    groupIds: readonly string[],
    readonly renewed: RenewedLinks = NO_RENEWALS,
  ) {
    for (const id of groupIds) {
      const n = renewed.get(id) ?? 0;
      const t = groupToken(secret, id, n);
      this.byDigest.set(digest(t), id);
      const key = digest(fold(t));
      this.byFolded.set(key, this.byFolded.has(key) ? null : t);
      for (let old = 0; old < n; old++)
        this.byReplaced.set(digest(groupToken(secret, id, old)), id);
    }
  }

  find(candidate: string): string | undefined {
    if (candidate.length !== TOKEN_LENGTH) return undefined;
    return this.byDigest.get(digest(candidate));
  }

  /** The group whose link this was before the office gave it a new one; else undefined. */
  replaced(candidate: string): string | undefined {
    if (candidate.length !== TOKEN_LENGTH) return undefined;
    return this.byReplaced.get(digest(candidate));
  }

  /**
   * The group's token a leader meant when typing its link by hand from a QR card: letters that
   * look alike in print (I, l, 1, |; O, o, 0) or differ only in case (a phone's keyboard capitalises
   * the first letter) taken as one. Undefined unless exactly one group's token reads so. Folding
   * leaves ~113 of the token's 132 bits (35 symbols a place): still beyond guessing.
   */
  typed(candidate: string): string | undefined {
    if (candidate.length !== TOKEN_LENGTH) return undefined;
    return this.byFolded.get(digest(fold(candidate))) ?? undefined;
  }
}

/** One form for letters a reader cannot tell apart in the card's sans-serif, and for case. */
const fold = (token: string) =>
  token
    .toLowerCase()
    .replace(/[il1|]/g, 'l')
    .replace(/[o0]/g, 'o');

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

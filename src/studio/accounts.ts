/**
 * Studio: the office's users and their sessions, kept in the store. In: names, passwords, the
 * session cookie's id. Out: the signed-in user of a request, or nothing.
 *
 * A session id is 32 random bytes (base64url) given to the browser once; the store keeps only its
 * SHA-256, with the user, a CSRF token for the session's forms and when it expires.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { StoreDb } from '../store/open-store.js';
import { dummyHash, hashPassword, type PasswordCost, verifyPassword } from './passwords.js';

export const ADMIN_USER = 'admin';
/** A working day and then some: the office signs in each morning. */
export const SESSION_HOURS = 12;

export interface User {
  name: string;
  isAdmin: boolean;
}

export interface Session {
  user: User;
  csrf: string;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const nowIso = () => new Date().toISOString();

/**
 * A user name as the studio accepts it: letters, digits, dot, dash, underscore; 1–40 long; not
 * dots alone ("." or ".." in /users/<name>/… would be read by a browser as a path step).
 */
export const USER_NAME = /^(?!\.+$)[\p{L}\p{N}._-]{1,40}$/u;
export const MIN_PASSWORD = 10;

/** A refused new password: why, in the office's words, and the field to mend. */
export interface PasswordProblem {
  text: string;
  field: 'password' | 'repeat';
}

/** What is wrong with a new password; undefined when it will do. */
export function newPasswordProblem(
  password: string,
  repeated?: string,
): PasswordProblem | undefined {
  if (password.length < MIN_PASSWORD)
    return { text: `Mật khẩu phải có ít nhất ${MIN_PASSWORD} ký tự.`, field: 'password' };
  if (repeated !== undefined && repeated.normalize('NFC') !== password.normalize('NFC'))
    return { text: 'Hai lần nhập mật khẩu mới không giống nhau.', field: 'repeat' };
  return undefined;
}

export async function countUsers(db: StoreDb): Promise<number> {
  const row = await db
    .selectFrom('studio_users')
    .select((e) => e.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listUsers(db: StoreDb): Promise<(User & { createdAt: string })[]> {
  const rows = await db.selectFrom('studio_users').selectAll().orderBy('name').execute();
  return rows.map((r) => ({ name: r.name, isAdmin: r.is_admin === 1, createdAt: r.created_at }));
}

export async function userExists(db: StoreDb, name: string): Promise<boolean> {
  const row = await db
    .selectFrom('studio_users')
    .select('name')
    .where('name', '=', name.normalize('NFC'))
    .executeTakeFirst();
  return row !== undefined;
}

export async function addUser(
  db: StoreDb,
  name: string,
  password: string,
  isAdmin = false,
  cost?: PasswordCost,
): Promise<void> {
  await db
    .insertInto('studio_users')
    .values({
      name: name.normalize('NFC'),
      password_hash: await hashPassword(password, cost),
      is_admin: isAdmin ? 1 : 0,
      created_at: nowIso(),
    })
    .execute();
}

/**
 * Gives `name` a new password and ends every session of theirs: a password changed because it
 * leaked must shut out whoever used it. The caller starts a fresh session for the one who changed
 * their own. False when there is no such user.
 */
export async function setPassword(
  db: StoreDb,
  user: string,
  password: string,
  cost?: PasswordCost,
): Promise<boolean> {
  const name = user.normalize('NFC');
  const hash = await hashPassword(password, cost);
  return db.transaction().execute(async (tx) => {
    const done = await tx
      .updateTable('studio_users')
      .set({ password_hash: hash })
      .where('name', '=', name)
      .executeTakeFirst();
    await tx.deleteFrom('studio_sessions').where('user_name', '=', name).execute();
    return done.numUpdatedRows > 0n;
  });
}

export type Removal = 'removed' | 'unknown' | 'last';

/**
 * Removes `name` and their sessions, unless they are the only user left (the studio would have no
 * way in). Serializable, so that two admins removing each other at the same moment on PostgreSQL
 * cannot both succeed; SQLite runs one transaction at a time anyway.
 */
export async function removeUser(db: StoreDb, user: string): Promise<Removal> {
  const name = user.normalize('NFC');
  for (let attempt = 1; ; attempt++) {
    try {
      return await db
        .transaction()
        .setIsolationLevel('serializable')
        .execute(async (tx) => {
          if (!(await userExists(tx, name))) return 'unknown';
          if ((await countUsers(tx)) <= 1) return 'last';
          await tx.deleteFrom('studio_sessions').where('user_name', '=', name).execute();
          await tx.deleteFrom('studio_users').where('name', '=', name).execute();
          return 'removed';
        });
    } catch (e) {
      // PostgreSQL's "could not serialize access": the other removal won; look again.
      if ((e as { code?: string }).code !== '40001' || attempt >= 5) throw e;
    }
  }
}

/**
 * The user, when `password` is theirs; as slow for an unknown name as for a known one (whose hash
 * was made at `cost`).
 */
export async function checkPassword(
  db: StoreDb,
  name: string,
  password: string,
  cost?: PasswordCost,
): Promise<User | undefined> {
  const row = await db
    .selectFrom('studio_users')
    .selectAll()
    .where('name', '=', name.normalize('NFC'))
    .executeTakeFirst();
  const ok = await verifyPassword(password, row?.password_hash ?? (await dummyHash(cost)));
  return row && ok ? { name: row.name, isAdmin: row.is_admin === 1 } : undefined;
}

/** A new session of `user`: the id for the cookie (never stored as is). */
export async function startSession(db: StoreDb, user: string): Promise<string> {
  const id = randomBytes(32).toString('base64url');
  const now = new Date();
  await db
    .insertInto('studio_sessions')
    .values({
      id_hash: sha256(id),
      user_name: user,
      csrf: randomBytes(32).toString('base64url'),
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + SESSION_HOURS * 3600_000).toISOString(),
    })
    .execute();
  // Expired sessions go when someone signs in: no timer to keep.
  await db.deleteFrom('studio_sessions').where('expires_at', '<', now.toISOString()).execute();
  return id;
}

export async function findSession(
  db: StoreDb,
  id: string | undefined,
): Promise<Session | undefined> {
  if (!id || id.length > 100) return undefined;
  const row = await db
    .selectFrom('studio_sessions')
    .innerJoin('studio_users', 'studio_users.name', 'studio_sessions.user_name')
    .select(['studio_users.name', 'studio_users.is_admin', 'studio_sessions.csrf', 'expires_at'])
    .where('id_hash', '=', sha256(id))
    .executeTakeFirst();
  if (!row || row.expires_at < nowIso()) return undefined;
  return { user: { name: row.name, isAdmin: row.is_admin === 1 }, csrf: row.csrf };
}

export async function endSession(db: StoreDb, id: string | undefined): Promise<void> {
  if (id) await db.deleteFrom('studio_sessions').where('id_hash', '=', sha256(id)).execute();
}

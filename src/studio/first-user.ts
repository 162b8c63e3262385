/**
 * Studio: the first start. A store without users gets `admin`, whose password comes from
 * PHUONG_PRINT_ADMIN_PASSWORD (as the office page of `serve` takes it); without that variable the
 * studio refuses to start rather than open with no way in, or with a password nobody chose.
 * The refusal is one Vietnamese sentence that says what to do: the studio is the office's, and in
 * a container it is the one line its log shows.
 */
import { UserError } from '../errors.js';
import { msg } from '../messages/message.js';
import type { StoreDb } from '../store/open-store.js';
import { ADMIN_USER, addUser, countUsers, MIN_PASSWORD } from './accounts.js';
import type { PasswordCost } from './passwords.js';

/**
 * The first user's password, or the refusal: called before a new store is made, so that a
 * refused first start leaves no empty store behind (a SQLite file with no way in).
 */
export function firstUserPassword(password: string | undefined): string {
  if (!password) {
    throw new UserError(
      msg`the studio has no user yet: set the environment variable PHUONG_PRINT_ADMIN_PASSWORD (at least ${MIN_PASSWORD} characters) and start it again; that becomes the password of user "admin".`,
    );
  }
  if (password.length < MIN_PASSWORD) {
    throw new UserError(
      msg`PHUONG_PRINT_ADMIN_PASSWORD has only ${password.length} characters, at least ${MIN_PASSWORD} are needed: choose a longer password (a short sentence is easy to remember) and start it again.`,
    );
  }
  return password;
}

/** True when `admin` was created now (its password hashed at `cost`: tests only). */
export async function ensureFirstUser(
  db: StoreDb,
  password: string | undefined,
  cost?: PasswordCost,
): Promise<boolean> {
  if ((await countUsers(db)) > 0) return false;
  await addUser(db, ADMIN_USER, firstUserPassword(password), true, cost);
  return true;
}

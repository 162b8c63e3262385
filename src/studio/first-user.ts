/**
 * Studio: the first start. A store without users gets `admin`, whose password comes from
 * PHUONG_PRINT_ADMIN_PASSWORD (as the office page of `serve` takes it); without that variable the
 * studio refuses to start rather than open with no way in, or with a password nobody chose.
 */
import { UserError } from '../errors.js';
import { msg } from '../messages/message.js';
import type { StoreDb } from '../store/open-store.js';
import { ADMIN_USER, addUser, countUsers, MIN_PASSWORD } from './accounts.js';

/** True when `admin` was created now. */
export async function ensureFirstUser(db: StoreDb, password: string | undefined): Promise<boolean> {
  if ((await countUsers(db)) > 0) return false;
  if (!password) {
    throw new UserError(
      msg`the studio has no user yet and PHUONG_PRINT_ADMIN_PASSWORD is not set`,
      {},
      msg`Start it once as PHUONG_PRINT_ADMIN_PASSWORD='a password of ${MIN_PASSWORD}+ characters' phuong-print studio --data DIR: that becomes the password of user "admin", who adds the others.`,
    );
  }
  if (password.length < MIN_PASSWORD) {
    throw new UserError(
      msg`PHUONG_PRINT_ADMIN_PASSWORD has ${password.length} characters; the studio needs at least ${MIN_PASSWORD}`,
      {},
      msg`Choose a longer password (a short sentence is easy to remember).`,
    );
  }
  await addUser(db, ADMIN_USER, password, true);
  return true;
}

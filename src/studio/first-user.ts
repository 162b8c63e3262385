/**
 * Studio: the first start. A store without users gets `admin`, whose password comes from
 * PHUONG_PRINT_ADMIN_PASSWORD (as the office page of `serve` takes it); without that variable the
 * studio refuses to start rather than open with no way in, or with a password nobody chose.
 * The refusal is one Vietnamese sentence that says what to do: the studio is the office's, and in
 * a container it is the one line its log shows.
 */
import { UserError } from '../errors.js';
import type { StoreDb } from '../store/open-store.js';
import { ADMIN_USER, addUser, countUsers, MIN_PASSWORD } from './accounts.js';

/** True when `admin` was created now. */
export async function ensureFirstUser(db: StoreDb, password: string | undefined): Promise<boolean> {
  if ((await countUsers(db)) > 0) return false;
  if (!password) {
    throw new UserError(
      `phần mềm chưa có người dùng nào: hãy đặt biến môi trường PHUONG_PRINT_ADMIN_PASSWORD (ít nhất ${MIN_PASSWORD} ký tự) rồi chạy lại; đó sẽ là mật khẩu của người dùng "admin".`,
    );
  }
  if (password.length < MIN_PASSWORD) {
    throw new UserError(
      `PHUONG_PRINT_ADMIN_PASSWORD chỉ có ${password.length} ký tự, cần ít nhất ${MIN_PASSWORD}: hãy chọn mật khẩu dài hơn (một câu ngắn dễ nhớ) rồi chạy lại.`,
    );
  }
  await addUser(db, ADMIN_USER, password, true);
  return true;
}

/**
 * Studio: what the machine refused while a build wrote its files (a print file held open by a
 * PDF viewer on the office's Windows server, a folder where a file goes, a full disk), said to
 * the office in one Vietnamese sentence naming the file inside the campaign's out/ folder and
 * what to do — in the studio's words ("bấm Tạo tệp in lại"), not the CLI's (--out).
 */
import { isAbsolute, relative, sep } from 'node:path';
import { systemErrorOf } from '../system-errors.js';

const AGAIN = 'rồi bấm “Tạo tệp in” lại';
const ADMIN = 'nếu vẫn lỗi, báo người quản trị máy chủ';

/** The sentence for a system error of a build into `out`, or undefined for anything else. */
export function buildFaultInVietnamese(e: unknown, out: string): string | undefined {
  const worded = systemErrorOf(e);
  if (!worded) return undefined;
  const err = e as NodeJS.ErrnoException;
  const code = err.code ?? /^(E[A-Z_]+):/.exec(err.message)?.[1];
  const path = worded.where.file;
  const inOut = path && isAbsolute(path) ? relative(out, path) : path;
  const name = inOut && !inOut.startsWith('..') ? inOut.split(sep).join('/') : path;
  const file = name ? `tệp ${name}` : 'một tệp';
  switch (code) {
    case 'EPERM':
    case 'EACCES':
    case 'EBUSY':
      return `${file} đang bị một chương trình khác giữ hoặc không được phép ghi: đóng chương trình đang mở tệp đó (trình xem PDF, Excel, phần mềm diệt virus) ${AGAIN}; ${ADMIN}.`;
    case 'EISDIR':
      return `không ghi được ${file}: đã có một thư mục cùng tên ở chỗ đó. Nhờ người quản trị máy chủ chuyển thư mục đó đi ${AGAIN}.`;
    case 'ENOTDIR':
    case 'EEXIST':
      return `không ghi được ${file}: đã có một tệp ở chỗ cần tạo thư mục. Nhờ người quản trị máy chủ chuyển tệp đó đi ${AGAIN}.`;
    case 'ENOSPC':
    case 'EDQUOT':
      return `ổ đĩa của máy chủ đã đầy khi ghi ${file}: nhờ người quản trị máy chủ dọn bớt ${AGAIN}.`;
    case 'ENAMETOOLONG':
      // The CLI's sentence and hint: which name (or the whole path) and the disk's limit.
      return `không ghi được ${file}: ${worded.say('vi')}. ${worded.hintIn('vi')} Nếu vẫn lỗi, báo người quản trị máy chủ.`;
    case 'EROFS':
      return `ổ đĩa của máy chủ chỉ cho đọc, không ghi được ${file}: báo người quản trị máy chủ.`;
    default:
      return `không ghi được ${file}: ${worded.say('vi')}. Hãy thử lại; ${ADMIN}.`;
  }
}

/**
 * Serve stage: the `Content-Disposition` header of a download (RFC 6266), so a phone saves
 * "Tổ dân phố số 5 - Thông báo.pdf" rather than "notice.pdf". In: a Vietnamese file name. Out:
 * `attachment; filename="To dan pho so 5 - Thong bao.pdf"; filename*=UTF-8''T%E1%BB%95…` — an
 * ASCII fallback for old clients, then the exact name encoded as RFC 5987 says.
 */
import header from 'content-disposition';
import { safeFileName } from '../kinds/labels.js';
import { withoutMarks } from '../model/format.js';

export { safeFileName };

/** "Tổ dân phố" → "To dan pho", for clients that only read the ASCII name. */
export function asciiFallback(name: string): string {
  return withoutMarks(name)
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
}

/** The header itself, by the `content-disposition` package (the one Express uses). */
export function contentDisposition(name: string, type: 'attachment' | 'inline' = 'attachment') {
  const exact = safeFileName(name);
  return header(exact, { type, fallback: asciiFallback(exact) });
}

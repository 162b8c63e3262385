/**
 * Studio: the settings an admin sets on the Cài đặt page, kept in the store (studio_settings).
 * The first is the public address: where phones reach the studio, from which the leaders' links
 * and their QR codes are made. Without one the links use the address the office's browser has
 * open (127.0.0.1 on the office's own machine), which no phone opens, and no codes are printed
 * (qa21 finding 11). The address the studio was started with (its --base-url) wins over it.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { StoreDb } from '../store/open-store.js';

const PUBLIC_ADDRESS = 'public_address';

/** The stored public address (an origin, "https://phuong.example.vn"), and who set it when. */
export interface StoredAddress {
  address: string;
  by: string | null;
  at: string;
}

export async function readPublicAddress(db: StoreDb): Promise<StoredAddress | undefined> {
  const row = await db
    .selectFrom('studio_settings')
    .select(['value', 'updated_by', 'updated_at'])
    .where('key', '=', PUBLIC_ADDRESS)
    .executeTakeFirst();
  return row?.value ? { address: row.value, by: row.updated_by, at: row.updated_at } : undefined;
}

/** Stores `address` (checked by `readAddressField`); undefined removes it. */
export async function savePublicAddress(
  db: StoreDb,
  address: string | undefined,
  by: string,
): Promise<void> {
  if (address === undefined) {
    await db.deleteFrom('studio_settings').where('key', '=', PUBLIC_ADDRESS).execute();
    return;
  }
  const row = { value: address, updated_by: by, updated_at: new Date().toISOString() };
  await db
    .insertInto('studio_settings')
    .values({ key: PUBLIC_ADDRESS, ...row })
    .onConflict((oc) => oc.column('key').doUpdateSet(row))
    .execute();
}

/**
 * The address the leaders' links are made from, and where it comes from: the one the studio was
 * started with, else the admin's, else none (the caller uses the browser's).
 */
export async function publicAddress(
  db: StoreDb,
  started: string | undefined,
): Promise<{ address: string; from: 'start' | 'settings' } | undefined> {
  if (started !== undefined) return { address: started, from: 'start' };
  const stored = await readPublicAddress(db);
  return stored && { address: stored.address, from: 'settings' };
}

/** One value of a request header (a proxy may repeat it: the first is the client's). */
function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const v = headers[name];
  return (Array.isArray(v) ? v[0] : v)?.split(',')[0]?.trim() || undefined;
}

/**
 * Whether a request reached the studio by its public https address, so that its session cookie
 * is Secure (`__Host-`) and the answer carries HSTS. The address the studio was started with
 * counts for every request, as it always has. The admin's stored address counts for the requests
 * that name its host (the Host header, or a trusted proxy's X-Forwarded-Host, not marked plain
 * http by X-Forwarded-Proto): the studio opened on the office's machine (http://127.0.0.1:8090)
 * or by its address in the office's network keeps its plain cookie, so an admin who saves an
 * https address there is not signed out, and can still sign in before the proxy serves https.
 */
export function reachedOverHttps(
  started: string | undefined,
  stored: string | undefined,
  headers: IncomingHttpHeaders,
  trustProxy: boolean,
): boolean {
  if (started !== undefined) return started.startsWith('https:');
  const url = stored?.startsWith('https:') ? safeUrl(stored) : undefined;
  if (!url) return false;
  if (trustProxy && headerValue(headers, 'x-forwarded-proto')?.toLowerCase() === 'http')
    return false;
  const host = (
    (trustProxy && headerValue(headers, 'x-forwarded-host')) ||
    headerValue(headers, 'host')
  )
    ?.toLowerCase()
    .replace(/:443$/, '');
  return host === url.host;
}

/**
 * The HSTS header of an answer to a request that reached the studio by its stored https address
 * (the started address has helmet's, for every answer). A year, without includeSubDomains: the
 * office types this address on a web page, and it may be a name under which the ward's other
 * sites still answer over http.
 */
export const STORED_HSTS = 'max-age=31536000';

const EXAMPLE = 'https://phuong-hoacuong.example.vn';

/** Hosts only the machine itself reaches: a link to them opens nothing on a leader's phone. */
const isLoopback = (host: string) =>
  host === 'localhost' ||
  host.endsWith('.localhost') ||
  /^127\.\d+\.\d+\.\d+$/.test(host) ||
  host === '0.0.0.0' ||
  host === '[::1]' ||
  host === '[::]';

/**
 * An address of the office's own network (10.x, 172.16–31.x, 192.168.x, a ".local" or
 * ".lan" name, a single word): taken, since a ward may serve its leaders over the office's Wi-Fi,
 * but said, since a leader's phone on 4G cannot open it (qa22 #9).
 */
export function privateNetworkNote(address: string): string | undefined {
  const host = safeUrl(address)?.hostname ?? '';
  const lan =
    /^10\.\d+\.\d+\.\d+$/.test(host) ||
    /^192\.168\.\d+\.\d+$/.test(host) ||
    /^172\.(?:1[6-9]|2\d|3[01])\.\d+\.\d+$/.test(host) ||
    /\.(?:local|lan|home|internal)$/i.test(host);
  return lan
    ? 'Lưu ý: đây là địa chỉ trong mạng nội bộ của văn phòng. Điện thoại của tổ trưởng chỉ mở được khi nối cùng mạng Wi-Fi đó; dùng 4G thì không mở được đường dẫn và mã QR. Nếu tổ trưởng ở nhà, hãy nhờ người cài đặt cho một địa chỉ trên Internet.'
    : undefined;
}

/**
 * The public address as typed in the form, checked: the origin to store ("" clears it), or what
 * is wrong, in the office's words, with the address it meant when that is plain ("Ghi
 * https://phuong.example.vn"). Only an origin: the leaders' pages are the studio's own
 * (/p/<campaign>/…), so a path typed after the name is a page's address copied whole.
 */
export function readAddressField(typed: string): { address: string } | { error: string } {
  const text = typed.trim();
  if (text === '') return { address: '' };
  if (/\s/.test(text)) {
    return { error: `Địa chỉ không có dấu cách. Ghi liền một dòng, ví dụ ${EXAMPLE}` };
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(text)?.[1]?.toLowerCase();
  if (scheme === undefined || (!text.includes('//') && !['http', 'https'].includes(scheme))) {
    // "phuong-hoacuong.example.vn", "phuong.vn:8080": a name without its https://.
    const url = safeUrl(`https://${text}`);
    const meant = url && hostProblem(url.hostname) === undefined ? url.origin : EXAMPLE;
    return {
      error: `Ghi địa chỉ đầy đủ, bắt đầu bằng https:// (hoặc http://), ví dụ ${meant}`,
    };
  }
  if (scheme !== 'http' && scheme !== 'https') {
    return { error: `Địa chỉ phải bắt đầu bằng https:// hoặc http://, ví dụ ${EXAMPLE}` };
  }
  const url = safeUrl(text);
  if (!url?.hostname) {
    return { error: `Đây không phải một địa chỉ web. Ghi như ví dụ: ${EXAMPLE}` };
  }
  if (url.username || url.password) {
    return {
      error: `Địa chỉ không được có tên đăng nhập hay mật khẩu (phần trước dấu @). Ghi ${url.protocol}//${url.host}`,
    };
  }
  const host = hostProblem(url.hostname);
  if (host) return { error: host };
  if (url.pathname !== '/' && url.pathname !== '' && !isStudioPage(url.pathname)) {
    // A studio behind a proxy under a folder of the name (https://x.gov.vn/studio/): its pages
    // and the leaders' pages link from the name's root, so the links sent would open nothing.
    return {
      error: `Phần mềm không chạy được dưới một thư mục của tên miền (“${shortTail(url)}”): các trang của phần mềm và đường dẫn gửi tổ trưởng đều bắt đầu ngay sau tên miền, nên đường dẫn, mã QR in ra sẽ không mở được. Hãy nhờ người cài đặt dành cho phần mềm một tên miền riêng trỏ thẳng tới phần mềm (ví dụ https://in-an.${url.host}), rồi ghi tên miền đó.`,
    };
  }
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) {
    return {
      error: `Chỉ ghi phần đầu của địa chỉ, không có phần sau tên miền (“${shortTail(url)}”): ghi ${url.origin}`,
    };
  }
  return { address: url.origin };
}

/**
 * The first parts of the studio's own pages' addresses (its routes, the leaders' /p/…, serve's
 * /g/… and /admin): an address ending in one is a page's address copied whole, not a folder the
 * studio is served under.
 */
const STUDIO_PAGES = new Set([
  'c',
  'p',
  'g',
  'admin',
  'settings',
  'sign-in',
  'sign-out',
  'new',
  'users',
  'password',
  'assets',
  'healthz',
]);

const isStudioPage = (path: string) => STUDIO_PAGES.has(path.split('/')[1]?.toLowerCase() ?? '');

function safeUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

/** What is wrong with a host a phone should reach, or undefined. */
function hostProblem(host: string): string | undefined {
  if (isLoopback(host)) {
    return `Địa chỉ “${host}” chỉ mở được trên chính máy đang chạy phần mềm, điện thoại không mở được. Ghi địa chỉ mà điện thoại mở được, ví dụ ${EXAMPLE}`;
  }
  // A name phones resolve has a dot ("example.vn"); an IPv6 address is bracketed.
  if (!host.includes('.') && !host.startsWith('[')) {
    return `“${host}” chưa phải tên miền đầy đủ (thiếu phần đuôi như .vn, .gov.vn). Ghi như ví dụ: ${EXAMPLE}`;
  }
  return undefined;
}

/** What follows the origin, shortened for the message. */
function shortTail(url: URL): string {
  const tail = `${url.pathname === '/' ? '' : url.pathname}${url.search}${url.hash}`;
  return tail.length > 40 ? `${tail.slice(0, 39)}…` : tail;
}

/**
 * Studio: the settings an admin sets on the Cài đặt page, kept in the store (studio_settings).
 * The first is the public address: where phones reach the studio, from which the leaders' links
 * and their QR codes are made. Without one the links use the address the office's browser has
 * open (127.0.0.1 on the office's own machine), which no phone opens, and no codes are printed
 * (qa21 finding 11). The address the studio was started with (its --base-url) wins over it.
 */
import type { StoreDb } from '../store/open-store.js';
import { addressTailProblem } from './address-tail.js';
import { inVietnameseWithHint } from './messages.js';
import type { signInWay } from './sign-in-way.js';

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

const EXAMPLE = 'https://hoacuong.example.vn';

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
    // "hoacuong.example.vn", "phuong.vn:8080": a name without its https://.
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
  // A folder of the name, or a page's address copied whole: said as `studio --base-url` says it.
  const tail = addressTailProblem(url);
  if (tail) return { error: inVietnameseWithHint(tail) };
  return { address: url.origin };
}

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

const PLAIN_SIGN_INS = 'plain_sign_ins';

type SignInWay = ReturnType<typeof signInWay>;

/**
 * Sign-ins over plain http from elsewhere than the studio's own machine while an https public
 * address is in force (sign-in-way.ts `signInWay` 'plain'): kept in the store, so a
 * restart does not hide them.
 */
export interface PlainSignIns {
  /** The https public address in force when they came. */
  address: string;
  signIns: number;
  /** The hosts they named, as the studio read them ("127.0.0.1:8090"), a few at most. */
  hosts: string[];
  /** When the last one came, ISO 8601. */
  last: string;
}

async function readPlainSignIns(db: StoreDb): Promise<PlainSignIns | undefined> {
  const row = await db
    .selectFrom('studio_settings')
    .select('value')
    .where('key', '=', PLAIN_SIGN_INS)
    .executeTakeFirst();
  try {
    return row ? (JSON.parse(row.value) as PlainSignIns) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether sign-ins reach the studio over https by its public address. Behind a proxy that
 * rewrites the Host header (nginx's default `proxy_pass http://127.0.0.1:8090`) and sends no
 * X-Forwarded-Proto, they come as plain http: no Secure cookie, no HSTS. So each sign-in that
 * came plain from elsewhere than the studio's own machine is counted in the store
 * (`studio_settings` `plain_sign_ins`), and Cài đặt warns from the first one and the log has a
 * line (once a run, with the stored count). Sign-ins on the studio's own machine never count: an
 * office that only works there sees nothing. A sign-in that proves https (its host the public
 * address's, `provenHttps`) ends the warning (the proxy was mended), and so does another public
 * address; one that only carries an untrusted X-Forwarded-Proto: https neither counts nor ends it
 * (any client can write that header through nginx's default proxy_pass).
 */
export class ProxyCheck {
  private logged = false;

  constructor(
    private readonly db: StoreDb,
    private readonly log: (line: string) => void,
  ) {}

  /** A sign-in of `user`, by `host` as the studio read it, that came `way` with `address` in force. */
  async signedIn(
    address: string | undefined,
    way: SignInWay,
    host: string | undefined,
    user: string,
  ): Promise<void> {
    if (address === undefined || way === undefined) return;
    if (way === 'own-machine' || way === 'https-unproven') return;
    const was = await readPlainSignIns(this.db);
    if (way === 'https') {
      if (was)
        await this.db.deleteFrom('studio_settings').where('key', '=', PLAIN_SIGN_INS).execute();
      return;
    }
    const kept = was?.address === address ? was : undefined;
    const hosts = kept?.hosts ?? [];
    const now: PlainSignIns = {
      address,
      signIns: (kept?.signIns ?? 0) + 1,
      hosts: host && !hosts.includes(host) && hosts.length < 3 ? [...hosts, host] : hosts,
      last: new Date().toISOString(),
    };
    const row = { value: JSON.stringify(now), updated_by: user, updated_at: now.last };
    await this.db
      .insertInto('studio_settings')
      .values({ key: PLAIN_SIGN_INS, ...row })
      .onConflict((oc) => oc.column('key').doUpdateSet(row))
      .execute();
    if (!this.logged) {
      this.logged = true;
      this.log(
        `warning: ${now.signIns === 1 ? '1 sign-in has' : `${now.signIns} sign-ins have`} come over plain http (counted in the store, shown on Cài đặt), through a proxy or from another computer, while the public address is ${address}; this one by ${host ?? 'no host'}: if it came through a reverse proxy, the proxy must pass the Host header and the scheme (nginx: proxy_set_header Host $host; proxy_set_header X-Forwarded-Proto $scheme;); until then its session cookie is not Secure and no HSTS is sent`,
      );
    }
  }

  /** The warning for `address` (the one in force now), if plain sign-ins came by it. */
  async warning(address: string | undefined): Promise<PlainSignIns | undefined> {
    if (!address?.startsWith('https:')) return undefined;
    const kept = await readPlainSignIns(this.db);
    return kept?.address === address && kept.signIns > 0 ? kept : undefined;
  }
}

/**
 * Serve and studio: whether a request reached the server over https, for its Secure cookies and
 * HSTS. The server itself speaks plain http; https is a reverse proxy's (nginx, Caddy) in front,
 * at the public address (`--base-url`, or the studio's Cài đặt). What the request says of its
 * way in decides, one rule for both servers and both kinds of address:
 * - its X-Forwarded-Proto (or Forwarded's proto=) says https: an https request whatever its host.
 *   Read without --trust-proxy too: it only ever makes a cookie Secure and adds HSTS, and a client
 *   writing it over plain http gets a cookie its own browser does not keep (no one else's).
 *   Through a trusted proxy (--trust-proxy) "http" there is a plain request;
 * - else its host (a trusted proxy's X-Forwarded-Host, or the Host header) must be the https
 *   public address's host.
 * The studio opened on its own machine (http://127.0.0.1:8090) or by its address in the office's
 * network keeps its plain cookie and gets no HSTS: a Secure cookie set over plain http is refused
 * by the browser (no sign-in there), and HSTS means nothing over http.
 * A proxy that rewrites the Host (nginx's `proxy_pass http://127.0.0.1:8090` without
 * `proxy_set_header Host $host`) and sends no X-Forwarded-Proto makes a request by the public
 * address look like a plain one: `signInWay` tells it from the office's own machine (by the
 * connection's peer and the browser's Origin), and the studio warns on Cài đặt (settings.ts
 * `ProxyCheck`).
 */
import type { IncomingHttpHeaders } from 'node:http';
import { networkInterfaces } from 'node:os';

/** One value of a request header (a proxy may repeat it: the first is the client's). */
export function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const v = headers[name];
  return (Array.isArray(v) ? v[0] : v)?.split(',')[0]?.trim() || undefined;
}

/** The host a request names (a trusted proxy's X-Forwarded-Host first), lower-case, no :443. */
export function requestHost(headers: IncomingHttpHeaders, trustProxy: boolean): string | undefined {
  return ((trustProxy && headerValue(headers, 'x-forwarded-host')) || headerValue(headers, 'host'))
    ?.toLowerCase()
    .replace(/:443$/, '');
}

/** The host of an https public address, undefined for none or an http one. */
export function httpsHost(address: string | undefined): string | undefined {
  if (!address?.startsWith('https:')) return undefined;
  try {
    return new URL(address).host;
  } catch {
    return undefined;
  }
}

/**
 * The scheme a proxy says the client used: X-Forwarded-Proto, else the proto= of the first
 * element of Forwarded (RFC 7239: `Forwarded: for=203.0.113.7;proto=https;host=…`), lower-case.
 */
export function forwardedProto(headers: IncomingHttpHeaders): string | undefined {
  const x = headerValue(headers, 'x-forwarded-proto');
  if (x) return x.toLowerCase();
  const first = headerValue(headers, 'forwarded');
  const proto = first
    ?.split(';')
    .map((pair) => pair.trim().split('='))
    .find(([k]) => k?.trim().toLowerCase() === 'proto')?.[1];
  return proto?.trim().replace(/^"|"$/g, '').toLowerCase() || undefined;
}

/** Whether the request reached the server over https (see above): Secure cookies and HSTS. */
export function reachedOverHttps(
  address: string | undefined,
  headers: IncomingHttpHeaders,
  trustProxy: boolean,
): boolean {
  const host = httpsHost(address);
  if (host === undefined) return false;
  const proto = forwardedProto(headers);
  if (proto === 'https') return true;
  if (trustProxy && proto === 'http') return false;
  return requestHost(headers, trustProxy) === host;
}

/** An IP address without IPv6's "::ffff:" prefix for an IPv4 one, lower-case. */
const bareIp = (ip: string) => ip.toLowerCase().replace(/^::ffff:(?=\d+\.)/, '');

/**
 * Whether `ip` is an address of this machine: loopback (127.0.0.0/8, ::1) or one of its network
 * interfaces' (the office's computer opening its own network address, http://192.168.1.10:8090,
 * connects from 192.168.1.10). A proxy on another machine, or another computer of the office, is
 * not.
 */
export function isOwnMachineAddress(ip: string): boolean {
  const bare = bareIp(ip);
  if (/^127\.\d+\.\d+\.\d+$/.test(bare) || bare === '::1') return true;
  return Object.values(networkInterfaces()).some((list) =>
    (list ?? []).some((i) => bareIp(i.address) === bare),
  );
}

/**
 * Whether a connection came from the server's own machine: its peer is its own local address, or
 * an address of this machine (`ownMachine`, `isOwnMachineAddress` but for tests). The socket's
 * peer, never X-Forwarded-For: the proxy's own address is the point.
 */
export function fromOwnMachine(
  socket: { remoteAddress?: string; localAddress?: string },
  ownMachine: (ip: string) => boolean = isOwnMachineAddress,
): boolean {
  const peer = socket.remoteAddress;
  if (!peer) return false;
  return (
    (socket.localAddress !== undefined && bareIp(peer) === bareIp(socket.localAddress)) ||
    ownMachine(peer)
  );
}

/**
 * Whether a request went through a proxy by what it carries: a proxy's own headers (nginx's
 * default `proxy_pass` adds none), or the page the browser sent it from naming another host than
 * the request's (the sign-in form's POST carries Origin: https://phuong.example.vn while a proxy
 * rewrote the Host to 127.0.0.1:8090).
 */
export function showsProxy(headers: IncomingHttpHeaders): boolean {
  if (
    [
      'x-forwarded-for',
      'x-forwarded-host',
      'x-forwarded-proto',
      'x-real-ip',
      'forwarded',
      'via',
    ].some((h) => headers[h] !== undefined)
  )
    return true;
  const host = headerValue(headers, 'host')?.toLowerCase();
  for (const from of [headerValue(headers, 'origin'), headerValue(headers, 'referer')]) {
    if (!from || from === 'null') continue;
    try {
      return new URL(from).host.toLowerCase() !== host;
    } catch {
      // Not an address: says nothing.
    }
  }
  return false;
}

/**
 * How a sign-in came, with an https public address in force (undefined without one):
 * - 'https': over https by that address (`reachedOverHttps`);
 * - 'own-machine': on the server's own machine, no proxy between (127.0.0.1, its own network
 *   address): plain http is fine there;
 * - 'plain': plain http from elsewhere — another computer by the machine's network address, or
 *   through a proxy that rewrote the Host and said nothing of https (nginx's default
 *   `proxy_pass`), whose session cookie then travels unprotected. The case to warn about.
 */
export function signInWay(
  address: string | undefined,
  headers: IncomingHttpHeaders,
  trustProxy: boolean,
  ownMachine: boolean,
): 'https' | 'own-machine' | 'plain' | undefined {
  if (httpsHost(address) === undefined) return undefined;
  if (reachedOverHttps(address, headers, trustProxy)) return 'https';
  if (ownMachine && !showsProxy(headers)) return 'own-machine';
  return 'plain';
}

/**
 * The HSTS header of an answer to a request that reached the server over https. A year, without
 * includeSubDomains: the address may be a name under which the ward's other sites still answer
 * over http.
 */
export const HSTS = 'max-age=31536000';

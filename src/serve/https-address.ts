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
 * address look like a plain one: the studio tells such sign-ins from the office's own machine
 * and warns on Cài đặt (studio/sign-in-way.ts `signInWay`, studio/settings.ts `ProxyCheck`).
 */
import type { IncomingHttpHeaders } from 'node:http';

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

/**
 * The HSTS header of an answer to a request that reached the server over https. A year, without
 * includeSubDomains: the address may be a name under which the ward's other sites still answer
 * over http.
 */
export const HSTS = 'max-age=31536000';

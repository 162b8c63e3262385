/**
 * Studio: how a sign-in reached it while an https public address is in force, for the Cài đặt
 * warning about a proxy that loses the https (settings.ts `ProxyCheck`). Whether a request gets
 * the Secure cookie and HSTS is serve/https-address.ts `reachedOverHttps`, the one rule of serve
 * and studio; this only tells, of the sign-ins, which prove the way in is mended, which are the
 * office's own machine, and which came plain from elsewhere.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { networkInterfaces } from 'node:os';
import {
  forwardedProto,
  headerValue,
  httpsHost,
  reachedOverHttps,
  requestHost,
} from '../serve/https-address.js';

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
 * Whether the browser typed a loopback address: the request's own Host header (never a proxy's
 * X-Forwarded-Host) is localhost, 127.x.x.x or [::1]. Only the machine itself, or a port
 * published to it (Docker's `ports: "8080:8080"`, an ssh tunnel), is opened so; through Docker's
 * published port the connection comes from the bridge's gateway (172.17.0.1), not loopback.
 */
export function loopbackHost(headers: IncomingHttpHeaders): boolean {
  const host = headerValue(headers, 'host');
  if (!host) return false;
  let name: string;
  try {
    name = new URL(`http://${host}`).hostname.toLowerCase();
  } catch {
    return false;
  }
  return name === 'localhost' || name === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(name);
}

/**
 * Whether a request proves it came over https by the public address, so that the way in is
 * mended: its host (the Host header, or a trusted proxy's X-Forwarded-Host) is the address's,
 * and the scheme a proxy says, if any, is https; or, with --trust-proxy, the proxy says https.
 * An X-Forwarded-Proto: https alone, untrusted, by another host (127.0.0.1:8090) proves nothing:
 * nginx's default proxy_pass passes on whatever the client wrote there. Such a request still gets
 * the Secure cookie (`reachedOverHttps`), it just does not end the warning.
 */
export function provenHttps(
  address: string | undefined,
  headers: IncomingHttpHeaders,
  trustProxy: boolean,
): boolean {
  const host = httpsHost(address);
  if (host === undefined) return false;
  const proto = forwardedProto(headers);
  if (trustProxy && proto === 'https') return true;
  if (proto !== undefined && proto !== 'https') return false;
  return requestHost(headers, trustProxy) === host;
}

/**
 * How a sign-in came, with an https public address in force (undefined without one):
 * - 'https': over https by that address, proven (`provenHttps`): the proxy is mended;
 * - 'https-unproven': Secure by `reachedOverHttps` (an untrusted X-Forwarded-Proto: https), but
 *   nothing proves it: neither counted nor ending the warning;
 * - 'own-machine': on the server's own machine, no proxy between: its peer is this machine
 *   (`ownMachine`: 127.0.0.1, its own network address), or the browser typed a loopback address
 *   (`loopbackHost`: the container's published port, whose peer is Docker's gateway). Plain
 *   http is fine there;
 * - 'plain': plain http from elsewhere — another computer by the machine's network address, or
 *   through a proxy that rewrote the Host and said nothing of https (nginx's default
 *   `proxy_pass`), whose session cookie then travels unprotected. The case to warn about.
 */
export function signInWay(
  address: string | undefined,
  headers: IncomingHttpHeaders,
  trustProxy: boolean,
  ownMachine: boolean,
): 'https' | 'https-unproven' | 'own-machine' | 'plain' | undefined {
  if (httpsHost(address) === undefined) return undefined;
  if (provenHttps(address, headers, trustProxy)) return 'https';
  if (reachedOverHttps(address, headers, trustProxy)) return 'https-unproven';
  if ((ownMachine || loopbackHost(headers)) && !showsProxy(headers)) return 'own-machine';
  return 'plain';
}

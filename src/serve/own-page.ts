/**
 * Serve: whether a form's POST came from one of this site's own pages, by the browser's own word
 * (review35 #9: one rule for the leaders' figures form and the office's confirm on /admin, which
 * were two near copies of different strictness).
 */
import type { FastifyRequest } from 'fastify';

/**
 * The browser says the form did not come from one of this site's own pages: Fetch Metadata
 * "cross-site", or "same-site" (a sibling subdomain, another ward's site or anyone's page under
 * the same registrable domain), or an Origin of another host. "none" is let through: the browser's
 * own interface sent it (a reload resending a refused page's form), which no other site can cause.
 * A browser too old for either is held by the form's token alone.
 *
 * Origin is compared with the request's Host: behind a reverse proxy the proxy must pass the
 * browser's Host on (nginx `proxy_set_header Host $host`), or serve be run with `--trust-proxy`
 * for X-Forwarded-Host, else every form sent with an Origin is refused.
 */
export function notFromOwnPage(req: FastifyRequest): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') return true;
  const origin = req.headers.origin;
  // "null": the pages' no-referrer policy makes a browser send that for their own forms.
  if (!origin || origin === 'null') return false;
  try {
    return new URL(origin).host !== req.host;
  } catch {
    return true;
  }
}

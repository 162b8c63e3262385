/**
 * Serve stage: the ETag of what goes out, gzipped or not (qa48). A page is sent gzipped to a
 * browser that accepts it and plain to one that does not: two representations, whose ETags must
 * differ (RFC 9110 §8.8.3), or a cache that holds one is told by a 304 that the other is the same.
 * The route sets the plain body's ETag; after the body's encoding is chosen (compress.ts), a
 * gzipped body's ETag gets "-gzip" inside its quotes, and If-None-Match is answered here, against
 * the ETag of the body that would be sent.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import fresh from 'fresh';

/**
 * Is the client's copy still good (If-None-Match names this ETag)? Token parsing and weak
 * comparison by `fresh`, given the If-None-Match header alone: `fresh` treats a request's
 * `Cache-Control: no-cache` as stale, a rule for caches; an origin server answers the
 * condition whatever the client's cache directives (RFC 9110 §13.1.2), and fetch() sends that
 * directive with every conditional request it makes.
 */
export function notModified(req: FastifyRequest, etag: string): boolean {
  return fresh({ 'if-none-match': req.headers['if-none-match'] }, { etag });
}

/** `"abc"` of a body sent with `encoding` (gzip): `"abc-gzip"`; a weak one stays weak. */
export const encodedEtag = (etag: string, encoding: string): string =>
  etag.replace(/"$/, `-${encoding}"`);

/**
 * An onSend hook run after the compression plugin's: the ETag of the body as it goes out, and
 * 304 (no body) when the client has that body already. Only a whole 200 with an ETag to a GET or
 * HEAD is touched: a 304 answers those alone (RFC 9110 §13.1.2; a POST's condition is a 412 the
 * routes do not use). HEAD is never gzipped by the plugin, so its ETag stays the plain one.
 */
export async function sentEtag(
  req: FastifyRequest,
  reply: FastifyReply,
  payload: unknown,
): Promise<unknown> {
  const etag = reply.getHeader('ETag');
  if (req.method !== 'GET' && req.method !== 'HEAD') return payload;
  if (reply.statusCode !== 200 || typeof etag !== 'string') return payload;
  const encoding = reply.getHeader('Content-Encoding');
  const sent =
    typeof encoding === 'string' && encoding !== 'identity' ? encodedEtag(etag, encoding) : etag;
  reply.header('ETag', sent);
  if (!notModified(req, sent)) return payload;
  // A body that is a stream (a large one gzipped on the way) is not read at all.
  if (payload && typeof (payload as { destroy?: unknown }).destroy === 'function')
    (payload as { destroy: () => void }).destroy();
  reply.removeHeader('Content-Encoding').removeHeader('Content-Length');
  reply.code(304);
  return null;
}

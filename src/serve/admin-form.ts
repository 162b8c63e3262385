/**
 * Serve stage: the office's forms behind HTTP Basic (/admin/ket-qua's "Xác nhận số đúng"). A
 * browser sends Basic credentials with any request to the site, a form posted from another site
 * too: each form the office's page draws carries a token only that page can have, and a POST
 * without a valid one — or that the browser says came from elsewhere (own-page.ts) — changes
 * nothing.
 *
 * The token: when it was made, and an HMAC of that time and the credentials it was drawn for
 * (the server's secret as key). Nothing to keep on the server; another site cannot read a page
 * to copy one (no CORS), nor make one without the secret; a new admin password voids the old
 * pages' tokens; a page left open longer than ADMIN_FORM_TTL_MS must be loaded again.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** The form's field holding the token. */
export const ADMIN_FORM_FIELD = 'form';

/** How long a page's token is good: an office's working day. */
export const ADMIN_FORM_TTL_MS = 12 * 60 * 60_000;

const sign = (secret: string, issued: string, authorization: string) =>
  createHmac('sha256', secret)
    .update(
      `admin-form\0${issued}\0${createHash('sha256').update(authorization, 'utf8').digest('hex')}`,
    )
    .digest('base64url');

/** The token of a page drawn now for the request's credentials (its Authorization header). */
export function adminFormToken(secret: string, authorization: string, now = Date.now()): string {
  const issued = String(now);
  return `${issued}.${sign(secret, issued, authorization)}`;
}

/** The token was made by this server, for these credentials, less than ADMIN_FORM_TTL_MS ago. */
export function adminFormTokenOk(
  secret: string,
  authorization: string,
  given: string,
  now = Date.now(),
): boolean {
  const [issued, mac, more] = given.split('.');
  if (!issued || !mac || more !== undefined || !/^\d{1,15}$/.test(issued)) return false;
  const age = now - Number(issued);
  if (age < 0 || age > ADMIN_FORM_TTL_MS) return false;
  const want = Buffer.from(sign(secret, issued, authorization));
  const got = Buffer.from(mac);
  return want.length === got.length && timingSafeEqual(want, got);
}

/**
 * Studio: what may follow the host name in its public address, one rule for the address saved on
 * Cài đặt (settings.ts `readAddressField`) and the one the studio is started with (`studio
 * --base-url`), said in the same words by both. Nothing may: the studio's pages and the leaders'
 * pages (/c/…, /p/<campaign>/…) link from the name's root. A path whose first part is one of the
 * studio's own pages is a page's address copied whole (write the name alone); any other is a
 * folder the studio would be served under behind a proxy (give it a name of its own). Light: the
 * CLI loads it before the studio's modules.
 */
import { UserError } from '../errors.js';
import { msg } from '../messages/message.js';

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

/**
 * What is wrong with what follows the host name in `url` (path, query, fragment), or undefined
 * when nothing does. Its field is --base-url (the CLI names it; Cài đặt says the sentence alone).
 */
export function addressTailProblem(url: URL): UserError | undefined {
  const folder = url.pathname !== '/' && url.pathname !== '' && !isStudioPage(url.pathname);
  if (folder) {
    // A studio behind a proxy under a folder of the name (https://x.gov.vn/studio/): its pages
    // and the leaders' pages link from the name's root, so the links sent would open nothing.
    return new UserError(
      msg`the studio cannot be served under a folder of its host name ("${shortTail(url)}"): its pages and the leaders' links start right after the host name, so the links and QR codes printed would open nothing`,
      { field: '--base-url' },
      msg`The studio needs a host name of its own that reaches it directly (the person who installs it sets that up), e.g. ${`${url.protocol}//in-an.${url.host}`}; then give that name`,
    );
  }
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) {
    return new UserError(
      msg`give only the start of the address, nothing after the host name ("${shortTail(url)}")`,
      { field: '--base-url' },
      msg`Give ${url.origin}`,
    );
  }
  return undefined;
}

/** What follows the origin, shortened for the message. */
function shortTail(url: URL): string {
  const tail = `${url.pathname === '/' ? '' : url.pathname}${url.search}${url.hash}`;
  return tail.length > 40 ? `${tail.slice(0, 39)}…` : tail;
}

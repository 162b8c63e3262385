/**
 * Serve stage: gzip for text responses (pages, the stylesheet, scripts), for `serve` and the
 * studio. A leader opens the page on 3G (qa48 m3: 400 kbps): the 18 KB stylesheet is 6 KB
 * gzipped. PDFs, pictures and ZIPs are compressed already and are never compressed again (mime-db
 * marks them incompressible), nor is a range reply (206), whose offsets are of the file itself.
 *
 * Only what is public and holds no secret is compressed (h-site2): a page that carries a form
 * token or a password-guarded page that echoes what its user typed, compressed, lets one who
 * watches the sizes of the answers guess the token byte by byte (BREACH). The studio's own pages
 * (even sign-in, with its form token) and serve's office pages are sent as they are; stylesheets,
 * scripts and the leaders' and residents' pages are gzipped — but not a leader's page that
 * carries the figures form (qa48): its URL's token and the form's token beside what the leader
 * typed (a refused form) or what the link's query says (`dau-cham`), the same pattern on a public
 * page; such a page is sent as it is (`keepUncompressed`).
 */
import compress from '@fastify/compress';
import type { FastifyInstance, FastifyRequest, onSendHookHandler } from 'fastify';
import { sentEtag } from './encoded-etag.js';

/** Text media types; mime-db adds other compressible ones (JSON, SVG), never PDF, PNG or ZIP. */
const TEXT = /^text\/|^application\/(?:javascript|json)\b/;

/** The stylesheets and scripts, the same for everyone: public on every server. */
const ASSETS = /^\/assets\//;

/**
 * Registers the global compression hook on `app`, before its routes. Gzip only: every browser
 * has it, and at the default level it costs a 2-core ward server little (brotli's best levels
 * cost far more for a few percent). `publicPage` says which other paths are public pages holding
 * no secret (default: none, only `/assets/`).
 */
export async function registerCompression(
  app: FastifyInstance,
  publicPage: (path: string) => boolean = () => false,
): Promise<void> {
  // The plugin's own switch (a request header it reads): set here, before its hook runs.
  // Judged on the route the router matched and on the decoded path, both: the raw URL alone let
  // "/%61dmin?q=…" (the router decodes it to the office page) go out compressed (final-read47).
  app.addHook('onRequest', async (req: FastifyRequest) => {
    const paths = [req.routeOptions?.url, decodedPath(req.url)];
    const open = (path: string | undefined) =>
      path === undefined || ASSETS.test(path) || publicPage(path);
    if (!paths.every(open) || paths.every((p) => p === undefined)) {
      keepUncompressed(req);
    }
  });
  await app.register(compress, {
    encodings: ['gzip'],
    customTypes: (type: string) => TEXT.test(type),
    // Requests are not compressed: forms and uploads are read as sent.
    globalDecompression: false,
  });
  // The plugin adds its onSend to each route as the route is declared (its onRoute hook, added
  // above): this one, added after it, runs on the body as it goes out (encoded-etag.ts).
  app.addHook('onRoute', (route) => {
    const own = route.onSend === undefined ? [] : [route.onSend].flat();
    route.onSend = [...own, sentEtag as onSendHookHandler];
  });
}

/**
 * This request's answer is sent as it is, whatever its path: it carries a secret (a token in
 * its links or its form) and reflects what the request sent (typed figures, a query), which
 * compressed lets one who can make the victim's browser send guesses read the secret from the
 * answers' sizes (BREACH). Read by the plugin when the answer is sent.
 */
export function keepUncompressed(req: FastifyRequest): void {
  req.headers['x-no-compression'] = '1';
}

/** The URL's path as the router reads it (percent-decoded); undefined when it cannot be decoded. */
function decodedPath(url: string): string | undefined {
  try {
    return decodeURIComponent(url.split('?')[0] ?? '');
  } catch {
    return undefined;
  }
}

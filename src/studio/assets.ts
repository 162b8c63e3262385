/**
 * Studio: the files every page links under /assets/ — the style sheet, the page's script and the
 * search rule (model/search.ts `searchRule`, sent as it is: the campaigns list filters in the
 * browser by the same code as the server, not a copy of it; studio.js reads `phuongSearch`).
 * Browsers keep them five minutes, so a page links each with a hash of its bytes (`?v=…`): after
 * an upgrade the new page asks for the new file, never a cached old studio.js that folds what is
 * typed while the new page's `data-search` is no longer folded (review 42 #7).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { searchRule } from '../model/search.js';
import { TEMPLATE_DIR } from '../serve/ward.js';

export interface Asset {
  type: string;
  body: Buffer;
  /** The first characters of the body's SHA-256, for the link's `?v=`. */
  hash: string;
}

const JS = 'text/javascript; charset=utf-8';

let cached: Readonly<Record<string, Asset>> | undefined;

const asset = (type: string, body: Buffer): Asset => ({
  type,
  body,
  hash: createHash('sha256').update(body).digest('hex').slice(0, 12),
});

/** The studio's assets by name (search.js, studio.css, studio.js), read once per process. */
export function studioAssets(): Readonly<Record<string, Asset>> {
  const file = (name: string) => readFileSync(join(TEMPLATE_DIR, 'studio', name));
  cached ??= {
    'search.js': asset(
      JS,
      Buffer.from(
        `// src/model/search.ts searchRule, as the studio runs it.\nconst phuongSearch = (${searchRule})();\n`,
      ),
    ),
    'studio.css': asset('text/css; charset=utf-8', file('studio.css')),
    'studio.js': asset(JS, file('studio.js')),
  };
  return cached;
}

/** An asset's address as a page links it: "/assets/studio.js?v=<hash of its bytes>". */
export function assetHref(name: 'search.js' | 'studio.css' | 'studio.js'): string {
  return `/assets/${name}?v=${studioAssets()[name]?.hash}`;
}

/**
 * qrcode's encoder alone (`lib/core/qrcode.js`): the same `create` as the package's main module,
 * which also loads its PNG (pngjs), SVG, UTF-8 and terminal renderers. The campaign's checks and
 * the drawn codes need the encoder only; the web page's SVG (serve/views.ts) uses the main module.
 */
declare module 'qrcode/lib/core/qrcode.js' {
  import type { create as qrCreate } from 'qrcode';

  export { create } from 'qrcode';

  /** The module's exports object (CommonJS), `create` looked up on it at each call. */
  const core: { create: typeof qrCreate };
  export default core;
}

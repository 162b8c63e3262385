/**
 * qrcode's encoder alone (`lib/core/qrcode.js`): the same `create` as the package's main module,
 * which also loads its PNG (pngjs), SVG, UTF-8 and terminal renderers. The campaign's checks and
 * the drawn codes need the encoder only; the web page's SVG (serve/views.ts) uses the main module.
 */
declare module 'qrcode/lib/core/qrcode.js' {
  export { create } from 'qrcode';
}

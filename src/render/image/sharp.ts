/**
 * Render stage, image back end: sharp (libvips), loaded on first use (a build of PDFs never
 * loads it) and set up once per process. libvips keeps recent operations and their pixels in a
 * cache (50 MB by default, one for the process and all its threads); every picture here is drawn
 * once and then cached by the callers themselves, so that memory would only lift the server's
 * RSS (a 3,000-group ward.zip peaked above its 500 MB budget with it).
 */
import type Sharp from 'sharp';

let loaded: Promise<typeof Sharp> | undefined;

export function loadSharp(): Promise<typeof Sharp> {
  loaded ??= import('sharp').then(({ default: sharp }) => {
    sharp.cache(false);
    return sharp;
  });
  return loaded;
}

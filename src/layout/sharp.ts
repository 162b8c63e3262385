/**
 * Layout stage: sharp (libvips), loaded on first use and set up once per process, for the image
 * back end (render/image/) and the server's pictures. The campaign's own pictures (logo,
 * signature, seal) are read in a process of their own instead (load/image-process.ts): a build
 * of PDFs never maps libvips. libvips keeps recent operations and their pixels in a cache (50 MB
 * by default, one for the process and all its threads); every picture is made once and then
 * cached by the callers themselves, so that memory would only lift the RSS (a 3,000-group
 * ward.zip peaked above its 500 MB budget with it).
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

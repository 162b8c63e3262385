/**
 * Serve stage: gzip for text responses (pages, the stylesheet, scripts), for `serve` and the
 * studio. A leader opens the page on 3G (qa48 m3: 400 kbps): the 18 KB stylesheet is 6 KB
 * gzipped. PDFs, pictures and ZIPs are compressed already and are never compressed again (mime-db
 * marks them incompressible), nor is a range reply (206), whose offsets are of the file itself.
 */
import compress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';

/** Text media types; mime-db adds other compressible ones (JSON, SVG), never PDF, PNG or ZIP. */
const TEXT = /^text\/|^application\/(?:javascript|json)\b/;

/**
 * Registers the global compression hook on `app`, before its routes. Gzip only: every browser
 * has it, and at the default level it costs a 2-core ward server little (brotli's best levels
 * cost far more for a few percent).
 */
export async function registerCompression(app: FastifyInstance): Promise<void> {
  await app.register(compress, {
    encodings: ['gzip'],
    customTypes: (type: string) => TEXT.test(type),
    // Requests are not compressed: forms and uploads are read as sent.
    globalDecompression: false,
  });
}

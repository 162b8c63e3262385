/**
 * Resumable downloads (qa34 m2): a download cut by a 3G drop started again from byte 0 (a 622 KB
 * ZIP is ≈ 12 s of a 400 kbps link each try), because a request's `Range` was answered with the
 * whole file. Now a group's PDFs, images and ZIP say `Accept-Ranges: bytes` and answer one byte
 * range with 206 and its Content-Range, honour If-Range (the file changed: the whole new file),
 * and refuse a range past the end (416). The expected bytes are the whole download's.
 */
import { describe, expect, it } from 'vitest';
import { serveForFile, tokenOf } from './server.js';

const s = serveForFile();

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${s.url}${path}`, { headers });

const bytesOf = async (r: Response) => Buffer.from(await r.arrayBuffer());

describe('downloads resume where they stopped', () => {
  it.each([
    ['the notice', 'notice.pdf'],
    ['the ZIP', 'all.zip'],
    ['the share image', 'share.png'],
  ])('%s: the rest from a byte on, 206 with its Content-Range', async (_what, file) => {
    const path = `/g/${tokenOf('5')}/${file}`;
    const whole = await get(path);
    expect(whole.status).toBe(200);
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    const all = await bytesOf(whole);
    const etag = whole.headers.get('etag') ?? '';
    const from = Math.floor(all.length / 3);

    const rest = await get(path, { Range: `bytes=${from}-`, 'If-Range': etag });
    expect(rest.status).toBe(206);
    expect(rest.headers.get('content-range')).toBe(`bytes ${from}-${all.length - 1}/${all.length}`);
    expect(rest.headers.get('content-length')).toBe(String(all.length - from));
    expect(rest.headers.get('content-type')).toBe(whole.headers.get('content-type'));
    expect(rest.headers.get('content-disposition')).toBe(whole.headers.get('content-disposition'));
    expect(rest.headers.get('etag')).toBe(etag);
    expect((await bytesOf(rest)).equals(all.subarray(from))).toBe(true);

    // A middle part, and the last 100 bytes.
    const middle = await get(path, { Range: `bytes=10-109` });
    expect(middle.status).toBe(206);
    expect(middle.headers.get('content-range')).toBe(`bytes 10-109/${all.length}`);
    expect((await bytesOf(middle)).equals(all.subarray(10, 110))).toBe(true);
    const last = await get(path, { Range: 'bytes=-100' });
    expect(last.status).toBe(206);
    expect((await bytesOf(last)).equals(all.subarray(all.length - 100))).toBe(true);
  });

  it('If-Range of another version: the whole file; a range past the end: 416', async () => {
    const path = `/g/${tokenOf('6')}/poster-a4.pdf`;
    const all = await bytesOf(await get(path));
    const changed = await get(path, { Range: 'bytes=100-', 'If-Range': '"an-older-version"' });
    expect(changed.status).toBe(200);
    expect((await bytesOf(changed)).equals(all)).toBe(true);
    // A date (no Last-Modified is sent, so it cannot be the file's): the whole file too.
    const dated = await get(path, { Range: 'bytes=100-', 'If-Range': new Date().toUTCString() });
    expect(dated.status).toBe(200);
    expect((await bytesOf(dated)).length).toBe(all.length);

    const past = await get(path, { Range: `bytes=${all.length}-` });
    expect(past.status).toBe(416);
    expect(past.headers.get('content-range')).toBe(`bytes */${all.length}`);
    // Several ranges at once (no downloader asks for them): the whole file.
    const several = await get(path, { Range: 'bytes=0-9,20-29' });
    expect(several.status).toBe(200);
    expect((await bytesOf(several)).length).toBe(all.length);
  });
});

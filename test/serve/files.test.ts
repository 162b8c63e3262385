/**
 * `serve`, the downloads: a group's PDF carries its name; ETag and 304 (answered without
 * rendering); the Vietnamese file name in Content-Disposition (RFC 6266/5987 with an ASCII
 * fallback); ZIPs with UTF-8 names and the same bytes every time; concurrent requests render once;
 * the disk cache outlives the server; a failure is a plain 500 page whose log line holds no token.
 */
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { Renderer } from '../../src/serve/renderer.js';
import { imageTypeOf } from '../support/image-type.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { decodeQrCodes } from '../support/qr.js';
import { rasterize } from '../support/raster.js';
import { makeTempDir } from '../support/tmp.js';
import { GROUP_5_ZIP_NAMES } from '../support/zip-names.js';
import { serveForFile, startServer, tokenOf } from './server.js';

const s = serveForFile();

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${s.url}${path}`, { headers });

describe('documents', () => {
  it("a group's notice is a PDF addressed to that group", async () => {
    const res = await get(`/g/${tokenOf('5')}/notice.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const text = collapseSpaces(await pdfText(new Uint8Array(await res.arrayBuffer())));
    expect(text).toContain('Tổ dân phố số 5');
    expect(text).not.toContain('Tổ dân phố số 4 ');
  });

  it('Content-Disposition names "Tổ dân phố số 5" exactly, with an ASCII fallback', async () => {
    const res = await get(`/g/${tokenOf('5')}/poster-a4.pdf`);
    const cd = res.headers.get('content-disposition') ?? '';
    expect(cd).toBe(
      `attachment; filename="To dan pho so 5 - Ap phich A4 - so 05-UBND-VHXH.pdf"; filename*=UTF-8''T%E1%BB%95%20d%C3%A2n%20ph%E1%BB%91%20s%E1%BB%91%205%20-%20%C3%81p%20ph%C3%ADch%20A4%20-%20s%E1%BB%91%2005-UBND-VHXH.pdf`,
    );
    const ext = /filename\*=UTF-8''(.+)$/.exec(cd)?.[1] ?? '';
    expect(decodeURIComponent(ext)).toBe('Tổ dân phố số 5 - Áp phích A4 - số 05-UBND-VHXH.pdf');
    // The header is plain ASCII, as HTTP requires.
    expect(cd).toMatch(/^[\x20-\x7e]+$/);
  });

  it('ETag, then 304 to If-None-Match without rendering again', async () => {
    const path = `/g/${tokenOf('7')}/checklist.pdf`;
    const first = await get(path);
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    expect(first.headers.get('cache-control')).toBe('private, no-cache');
    const before = s.rendered.length;
    const again = await get(path, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect((await again.arrayBuffer()).byteLength).toBe(0);
    expect(again.headers.get('etag')).toBe(etag);
    const changed = await get(path, { 'if-none-match': '"0000"' });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).toBe(etag);
    expect(s.rendered.length).toBe(before);
  });

  it('a PNG share image and a JPEG preview', async () => {
    const png = await get(`/g/${tokenOf('5')}/share.png`);
    expect(png.headers.get('content-type')).toBe('image/png');
    const head = new Uint8Array(await png.arrayBuffer()).slice(0, 4);
    expect([...head]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    const jpg = await get(`/g/${tokenOf('5')}/preview.jpg`);
    expect(jpg.headers.get('content-type')).toBe('image/jpeg');
    expect(jpg.headers.get('content-disposition')).toMatch(/^inline; /);
  });

  it("each document's thumbnail is its own first page", async () => {
    const names = ['notice', 'poster-a4', 'poster-a3', 'share', 'flyer', 'checklist', 'tracker'];
    const previews = await Promise.all(
      names.map(async (n) => {
        const r = await get(`/g/${tokenOf('5')}/${n}.preview.png`);
        expect(r.status).toBe(200);
        // A PNG, as its name says, with colour or without; the type is what the bytes are.
        const bytes = new Uint8Array(await r.arrayBuffer());
        expect(imageTypeOf(bytes), n).toBe('image/png');
        expect(r.headers.get('content-type'), n).toBe('image/png');
        expect(r.headers.get('content-disposition')).toMatch(/^inline; /);
        return createHash('sha256').update(bytes).digest('hex');
      }),
    );
    expect(new Set(previews).size).toBe(names.length);
    // The poster's thumbnail carries the same QR codes as its PDF's first page.
    const dir = await makeTempDir();
    const thumb = join(dir, 'poster.png');
    await writeFile(
      thumb,
      new Uint8Array(await (await get(`/g/${tokenOf('5')}/poster-a4.preview.png`)).arrayBuffer()),
    );
    const pdf = new Uint8Array(await (await get(`/g/${tokenOf('5')}/poster-a4.pdf`)).arrayBuffer());
    const [page] = await rasterize(pdf, { dpi: 100, page: 1 });
    const fromPdf = await decodeQrCodes(page as string);
    expect(fromPdf.length).toBeGreaterThan(0);
    expect((await decodeQrCodes(thumb)).sort()).toEqual(fromPdf.sort());
  });

  it('thumbnails are sent at the size they are shown at on a phone, not five times it', async () => {
    // qa25c F7: 360 px pictures in a 72×96 box, 223 KB of the page's 253 KB.
    const html = await (await get(`/g/${tokenOf('5')}/`)).text();
    const thumbs = [...html.matchAll(/<img class="thumb" src="([^"]+)"[^>]*width="(\d+)"/g)];
    // One a document of the example: GROUP_5_ZIP_NAMES (the group ZIP holds each once).
    expect(thumbs.length).toBe(GROUP_5_ZIP_NAMES.length);
    let total = 0;
    for (const [, src, shown] of thumbs) {
      const bytes = Buffer.from(await (await fetch(`${s.url}${src}`)).arrayBuffer());
      total += bytes.length;
      const { width = 0 } = await sharp(bytes).metadata();
      // Sharp at 2 device pixels to the CSS pixel, at most 3 (a 3× phone, or 150 % text).
      expect(width, src).toBeGreaterThanOrEqual(2 * Number(shown));
      expect(width, src).toBeLessThanOrEqual(3 * Number(shown));
    }
    // The leader page with its pictures stays under 100 KB on a 3G data plan.
    expect(total + html.length).toBeLessThan(100_000);
  });

  it('twenty requests at once for a cold document render it once', async () => {
    const path = `/g/${tokenOf('20')}/flyer.pdf`;
    const res = await Promise.all(Array.from({ length: 20 }, () => get(path)));
    expect(res.every((r) => r.status === 200)).toBe(true);
    expect(s.rendered.filter((r) => r === '20/flyer.pdf')).toHaveLength(1);
  });
});

describe('ZIP of a group', () => {
  it('holds every document under its Vietnamese name, same bytes each time', async () => {
    const path = `/g/${tokenOf('5')}/all.zip`;
    const res = await get(path);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(
      decodeURIComponent(/''(.+)$/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? ''),
    ).toBe('Tổ dân phố số 5 - Tất cả tài liệu - số 05-UBND-VHXH.zip');
    const bytes = new Uint8Array(await res.arrayBuffer());
    const names = Object.keys(unzipSync(bytes));
    expect(names).toEqual(GROUP_5_ZIP_NAMES);
    // General purpose flag bit 11: names are UTF-8 (else unzip shows mojibake).
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    expect(view.getUint16(6, true) & 0x800).toBe(0x800);
    // DOS date of the campaign's issue day (2025-10-09), whatever the time zone.
    const dosDate = view.getUint16(12, true);
    expect([(dosDate >> 9) + 1980, (dosDate >> 5) & 15, dosDate & 31]).toEqual([2025, 10, 9]);

    const other = await startServer();
    try {
      const again = new Uint8Array(await (await fetch(`${other.url}${path}`)).arrayBuffer());
      expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    } finally {
      await other.app.close();
    }
  });
});

describe('cache and failures', () => {
  it('a restarted server serves from the disk cache', async () => {
    const cacheDir = await makeTempDir('phuong-print-cache-');
    const first = await startServer({ cacheDir });
    const path = `/g/${tokenOf('3')}/poster-a3.pdf`;
    const a = new Uint8Array(await (await fetch(`${first.url}${path}`)).arrayBuffer());
    await first.app.close();
    const failing: Renderer = {
      render: () => Promise.reject(new Error('must not render')),
      renderPage: () => Promise.reject(new Error('must not render')),
      renderText: () => Promise.reject(new Error('must not render')),
      renderQrSheet: () => Promise.reject(new Error('must not render')),
      renderReport: () => Promise.reject(new Error('must not render')),
      close: async () => {},
    };
    const second = await startServer({ cacheDir, renderer: failing });
    try {
      const res = await fetch(`${second.url}${path}`);
      expect(res.status).toBe(200);
      expect(Buffer.from(await res.arrayBuffer()).equals(Buffer.from(a))).toBe(true);
    } finally {
      await second.app.close();
    }
  });

  it('a rendering failure is a bare 500; the log names the route, not the token', async () => {
    const failing: Renderer = {
      render: () => Promise.reject(new Error('boom')),
      renderPage: () => Promise.reject(new Error('boom')),
      renderText: () => Promise.reject(new Error('boom')),
      renderQrSheet: () => Promise.reject(new Error('boom')),
      renderReport: () => Promise.reject(new Error('boom')),
      close: async () => {},
    };
    const bad = await startServer({ renderer: failing });
    try {
      const res = await fetch(`${bad.url}/g/${tokenOf('9')}/notice.pdf`);
      expect(res.status).toBe(500);
      const body = await res.text();
      expect(body).toContain('Có lỗi xảy ra');
      expect(body).not.toContain('boom');
      expect(bad.errors.join('\n')).toContain('GET /g/:token/:file');
      expect(bad.errors.join('\n')).toContain('boom');
      expect(bad.errors.join('\n')).not.toContain(tokenOf('9'));
    } finally {
      await bad.app.close();
    }
  });

  it('limits the requests per client', async () => {
    const limited = await startServer({ rateLimit: 3 });
    try {
      const codes = [];
      for (let i = 0; i < 5; i++)
        codes.push((await fetch(`${limited.url}/assets/style.css`)).status);
      expect(codes).toEqual([200, 200, 200, 429, 429]);
    } finally {
      await limited.app.close();
    }
  });
});

/**
 * `serve`, the leader's page and what is not there: a group's link shows that group's page in
 * Vietnamese with its documents, each PDF also page by page as pictures; unknown tokens, traversal attempts and any other path are a bare
 * 404; the secure headers are on every answer.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { groupToken } from '../../src/serve/tokens.js';
import { imageTypeOf } from '../support/image-type.js';
import { pdfInfo } from '../support/pdf-text.js';
import { decodeQrCodes } from '../support/qr.js';
import { rasterize } from '../support/raster.js';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';
import { makeTempDir } from '../support/tmp.js';
import { expectPicturesNamedForWhatTheyAre, pictureAddresses } from './picture-checks.js';
import { forkDocuments, rawGet, seenHtml, serveForFile, tokenOf } from './server.js';

const s = serveForFile({ memoryCache: forkDocuments() });

const ANDROID_UA =
  'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36';
const ZALO_UA = `${ANDROID_UA} Zalo android/12100543 ZaloTheme/light ZaloLanguage/vi`;

describe('leader page', () => {
  it("shows the group's name, its documents and a ZIP, in Vietnamese", async () => {
    // Its documents drawn (the ZIP holds them all): the page says their sizes (first-visit.test.ts:
    // before they are drawn, it says their types alone).
    await (await fetch(`${s.url}/g/${tokenOf('5')}/all.zip`)).arrayBuffer();
    const res = await fetch(`${s.url}/g/${tokenOf('5')}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await res.text();
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('<h1>Tổ dân phố số 5</h1>');
    expect(html).toContain('name="viewport"');
    for (const file of ['notice.pdf', 'flyer.pdf', 'checklist.pdf', 'tracker.pdf']) {
      expect(html).toContain(`href="/g/${tokenOf('5')}/${file}"`);
    }
    expect(html).toContain(`href="/g/${tokenOf('5')}/poster-a4.pdf"`);
    expect(html).toContain(`href="/g/${tokenOf('5')}/share.png"`);
    // What to do comes first, the ZIP (for a computer) last.
    const steps = html.indexOf('In áp phích và dán ở nhà văn hóa');
    const firstDoc = html.indexOf('class="doc"');
    const zip = seenHtml(html).search(/Tải tất cả để in trên máy tính \(ZIP, \d+ KB\)/);
    // Said aloud as a size, not "K B" letter by letter (qa41 m4).
    expect(html).toMatch(
      /\(ZIP, <span aria-hidden="true">\d+ KB<\/span><span class="sr-only">\d+ ki-lô-bai<\/span>\)/,
    );
    expect(steps).toBeGreaterThan(0);
    // The example offers a share image and a contest's checklist: the steps say what to do with them.
    expect(html).toContain('<li>Gửi ảnh áp phích vào nhóm Zalo của tổ.</li>');
    expect(html).toContain('<li>In các bước dự thi, đưa cho người muốn dự thi.</li>');
    expect(firstDoc).toBeGreaterThan(steps);
    expect(zip).toBeGreaterThan(seenHtml(html).lastIndexOf('class="doc"'));
    // Every document can be looked at (Xem) as well as saved (Tải về): a PDF page by page as
    // pictures (Zalo's browser on Android shows no PDF), the share image itself.
    for (const view of ['notice.html', 'poster-a4.html', 'share.png?view']) {
      expect(html).toContain(`href="/g/${tokenOf('5')}/${view}" aria-label="Xem `);
    }
    expect(html).toContain('download="Tổ dân phố số 5 - Áp phích A4 - số 05-UBND-VHXH.pdf"');
    // The notice's size as the served file has it.
    const notice = new Uint8Array(
      await (await fetch(`${s.url}/g/${tokenOf('5')}/notice.pdf`)).arrayBuffer(),
    );
    const { pages } = await pdfInfo(notice);
    expect(seenHtml(html)).toMatch(new RegExp(`PDF · ${pages} trang · \\d+ KB`));
    // Another group's name appears nowhere on it.
    expect(html).not.toContain('Tổ dân phố số 4');
  });

  it('"Xem" answers inline, "Tải về" as an attachment, with the same bytes', async () => {
    const base = `${s.url}/g/${tokenOf('5')}/poster-a4.pdf`;
    const view = await fetch(`${base}?view`);
    const save = await fetch(base);
    expect(view.status).toBe(200);
    expect(view.headers.get('content-type')).toBe('application/pdf');
    expect(view.headers.get('content-disposition')).toMatch(/^inline;/);
    expect(save.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(Buffer.from(await view.arrayBuffer())).toEqual(Buffer.from(await save.arrayBuffer()));
  });

  it('"Xem" of a PDF shows every page of it as a picture, each its own page', async () => {
    const files = `${s.url}/g/${tokenOf('5')}/`;
    const pdf = new Uint8Array(await (await fetch(`${files}notice.pdf`)).arrayBuffer());
    const { pages } = await pdfInfo(pdf);
    expect(pages).toBeGreaterThan(1);
    const res = await fetch(`${files}notice.html`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await res.text();
    expect(html).toContain('<h1>Thông báo của phường</h1>');
    expect(seenHtml(html)).toContain(`Tổ dân phố số 5 · ${pages} trang`);
    const srcs = [...html.matchAll(/<img src="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(srcs).toEqual(
      Array.from({ length: pages }, (_, i) => `/g/${tokenOf('5')}/notice.page-${i + 1}.png`),
    );
    expect(html).toContain(`href="/g/${tokenOf('5')}/notice.pdf" download="Tổ dân phố số 5 - `);
    expect(html).toContain(`href="/g/${tokenOf('5')}/"`);
    const images = await Promise.all(
      srcs.map(async (src) => {
        const r = await fetch(`${s.url}${src}`);
        expect(r.status, src).toBe(200);
        // A PNG, as its name says; its type and download name say so too.
        const bytes = Buffer.from(await r.clone().arrayBuffer());
        expect(imageTypeOf(bytes), src).toBe('image/png');
        expect(r.headers.get('content-type'), src).toBe('image/png');
        expect(r.headers.get('content-disposition')).toMatch(/^inline;.*\.png"?$/);
        return Buffer.from(await r.arrayBuffer());
      }),
    );
    expect(new Set(images.map((b) => b.toString('base64'))).size).toBe(pages);
    // The last page's picture carries the same QR codes as that page of the PDF.
    const dir = await makeTempDir();
    const last = join(dir, 'last.png');
    await writeFile(last, images[pages - 1] as Buffer);
    const [page] = await rasterize(pdf, { dpi: 150, page: pages });
    const fromPdf = await decodeQrCodes(page as string);
    expect(fromPdf.length).toBeGreaterThan(0);
    expect((await decodeQrCodes(last)).sort()).toEqual(fromPdf.sort());
    // No page after the last; no page view of the share image (it is a picture already).
    expect((await fetch(`${files}notice.page-${pages + 1}.png`)).status).toBe(404);
    expect((await fetch(`${files}share.html`)).status).toBe(404);
  });

  it('"Xem" fits a phone: pictures no wider than a 2× phone, the whole view lighter than the PDF', async () => {
    // qa25c F3: the notice's view was 958 KB of 1080 px JPEGs, its PDF 132 KB.
    const files = `${s.url}/g/${tokenOf('5')}/`;
    const pdf = await (await fetch(`${files}notice.pdf`)).arrayBuffer();
    const html = await (await fetch(`${files}notice.html`)).text();
    const pages = [
      ...html.matchAll(/<a class="page-link" href="([^"]+)"><img src="([^"]+)"([^>]*)>/g),
    ];
    expect(pages.length).toBe((await pdfInfo(new Uint8Array(pdf))).pages);
    // A phone 360 CSS px wide at 2 device pixels to the CSS pixel, a page of it shown nearly
    // that wide (the view's margins): sharp, and no pixel more than it shows.
    const phone = 360 * 2;
    let bytes = html.length;
    for (const [i, [, large, src, attrs]] of pages.entries()) {
      const r = await fetch(`${s.url}${src}`);
      const picture = Buffer.from(await r.arrayBuffer());
      bytes += picture.length;
      const { width = 0, height = 0 } = await sharp(picture).metadata();
      expect(width, src).toBeLessThanOrEqual(phone);
      expect(width, src).toBeGreaterThanOrEqual(phone * 0.8);
      // The size the page reserves is the picture's own (no jump as it loads).
      expect(attrs).toContain(`width="${width}" height="${height}"`);
      // The first page at once, the others as the leader scrolls.
      expect((attrs ?? '').includes('loading="lazy"'), src).toBe(i > 0);
      // Tapped, the page alone, larger, for zooming into its small print.
      expect(large).not.toBe(src);
      const big = await sharp(
        Buffer.from(await (await fetch(`${s.url}${large}`)).arrayBuffer()),
      ).metadata();
      expect(big.width ?? 0, large).toBeGreaterThan(width);
    }
    expect(bytes).toBeLessThan(pdf.byteLength);
    // Zoom is the reader's: the page never forbids it.
    expect(html).toContain('name="viewport" content="width=device-width, initial-scale=1"');
    expect(html).not.toMatch(/user-scalable|maximum-scale/);
  });

  it('names its pictures for the format their bytes are, in address, type and download name', async () => {
    // Thumbnails, the notice's and the poster's page pictures and their larger ones (picture-checks.ts);
    // the studio's published pages: picture-names.test.ts.
    const page = `/g/${tokenOf('5')}/`;
    await expectPicturesNamedForWhatTheyAre(s.url, await pictureAddresses(s.url, page));
  });

  it("says how to leave Zalo's or Facebook's browser only inside them", async () => {
    const page = (ua: string) =>
      fetch(`${s.url}/g/${tokenOf('5')}/`, { headers: { 'user-agent': ua } }).then((r) => r.text());
    const hint = 'Mở bằng trình duyệt';
    expect(await page(ZALO_UA)).toContain(hint);
    expect(await page(`${ANDROID_UA} [FBAN/EMA;FBLC/vi_VN;FBAV/400.0.0.0]`)).toContain(hint);
    expect(await page(ANDROID_UA)).not.toContain(hint);
  });

  it('answers the same page without the trailing slash, and 304 to its ETag', async () => {
    // Group 5, as the file's other cases: a group page's first visit draws its eight documents.
    const a = await fetch(`${s.url}/g/${tokenOf('5')}`);
    expect(a.status).toBe(200);
    expect(await a.text()).toContain('<h1>Tổ dân phố số 5</h1>');
    const etag = a.headers.get('etag') ?? '';
    const b = await fetch(`${s.url}/g/${tokenOf('5')}/`, { headers: { 'if-none-match': etag } });
    expect(b.status).toBe(304);
  });

  it('carries secure headers: CSP, no referrer (the URL holds the token), nosniff, noindex', async () => {
    const res = await fetch(`${s.url}/g/${tokenOf('5')}/`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("img-src 'self' data:");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-robots-tag')).toContain('noindex');
    expect(res.headers.get('x-ratelimit-limit')).toBe('300');
  });

  it('serves its style sheet (the page has no inline style for the CSP to block)', async () => {
    const res = await fetch(`${s.url}/assets/style.css`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/css');
    const html = await (await fetch(`${s.url}/g/${tokenOf('5')}/`)).text();
    expect(html).not.toMatch(/<style|style="|<script>|<script(?![^>]*\ssrc="\/assets\/)/);
    // The one script is ours, a file the CSP allows ('self'), never inline.
    const csp = (await fetch(`${s.url}/g/${tokenOf('5')}/`)).headers.get('content-security-policy');
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
  });
});

describe('a link pasted from a message with the punctuation after it', () => {
  const redirect = async (path: string) => {
    const res = await rawGet(s.url, path);
    return { status: res.status, location: res.headers.location };
  };

  it('opens the group at its clean link', async () => {
    const t = tokenOf('5');
    const page = { status: 301, location: `/g/${t}/` };
    // Closing brackets and quotes, sentence and list ends, as Zalo's and SMS text have them.
    for (const tail of [')', '.', ',', ').', '),', ';', ':', '!', '”', ')”.', "'", ']', '…']) {
      const enc = encodeURI(tail);
      expect(await redirect(`/g/${t}${enc}`), `/g/<token>${tail}`).toEqual(page);
      expect(await redirect(`/g/${t}${enc}/`), `/g/<token>${tail}/`).toEqual(page);
      expect(await redirect(`/g/${t}/${enc}`), `/g/<token>/${tail}`).toEqual(page);
    }
    for (const file of ['notice.pdf', 'notice.html', 'share.png', 'all.zip']) {
      expect(await redirect(`/g/${t}/${file}).`)).toEqual({
        status: 301,
        location: `/g/${t}/${file}`,
      });
    }
    // The clean link is the page itself.
    expect((await rawGet(s.url, `/g/${t}/`)).body.toString('utf8')).toContain(
      '<h1>Tổ dân phố số 5</h1>',
    );
  });

  it('is still a 404 when what is left is not a group of the ward, or not its file', async () => {
    const t = tokenOf('5');
    for (const path of [
      '/g/AAAAAAAAAAAAAAAAAAAAAA)./',
      `/g/${t.slice(0, 21)}).`,
      `/g/${groupToken('another-secret-0123456789', '5')}).`,
      `/g/${t}/x).`,
      `/g/${t}/poster.pdf,`,
      `/g/${t})x`,
    ]) {
      expect((await rawGet(s.url, path)).status, path).toBe(404);
    }
  });

  it('names whom to ask on the page of a wrong link: the office and its phone', async () => {
    const { issuer } = parse(await readFile(EXAMPLE_CAMPAIGN, 'utf8')) as {
      issuer: { office: string; ward: string; phone: string };
    };
    const res = await rawGet(s.url, '/g/AAAAAAAAAAAAAAAAAAAAAA/');
    expect(res.status).toBe(404);
    const html = res.body.toString('utf8');
    expect(html).toContain(
      `Để nhận đường dẫn đúng, xin gọi cho ${issuer.office}, ${issuer.ward}: <a class="tel" href="tel:${issuer.phone.replace(/\s/g, '')}">${issuer.phone}</a></p>`,
    );
  });
});

describe('a link typed by hand from a QR card', () => {
  // What a leader's typing makes of a token: letters that look alike in print taken for one
  // another, capitals where the card has small letters (a phone capitalises the first letter).
  const LOOK_ALIKE: Record<string, string> = { I: 'l', l: 'I', '1': 'l', O: '0', '0': 'O', o: '0' };
  const misread = (t: string) => [...t].map((c) => LOOK_ALIKE[c] ?? c).join('');
  const swapCase = (t: string) =>
    [...t].map((c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase())).join('');

  it("opens the group's page, and its file, at the link the card meant", async () => {
    const t = tokenOf('5');
    for (const typed of [swapCase(t), t.toLowerCase(), misread(swapCase(t))]) {
      expect(typed).not.toBe(t);
      const page = await rawGet(s.url, `/g/${typed}/`);
      expect({ status: page.status, location: page.headers.location }, typed).toEqual({
        status: 302,
        location: `/g/${t}/`,
      });
      const file = await rawGet(s.url, `/g/${typed}/notice.pdf`);
      expect({ status: file.status, location: file.headers.location }, typed).toEqual({
        status: 302,
        location: `/g/${t}/notice.pdf`,
      });
    }
  });

  it('is a 404 when another letter is wrong, or the file is not the group’s', async () => {
    const t = tokenOf('5');
    const other = t[0] === 'x' || t[0] === 'X' ? 'q' : 'x';
    for (const path of [`/g/${other}${t.slice(1).toLowerCase()}/`, `/g/${t.toLowerCase()}/x.pdf`]) {
      expect((await rawGet(s.url, path)).status, path).toBe(404);
    }
  });
});

describe('what is not there is a bare 404', () => {
  let generic = '';
  beforeAll(async () => {
    generic = (await rawGet(s.url, '/khong-co')).body.toString('utf8');
    expect(generic).toContain('Không tìm thấy trang');
  });
  /** Every 404 is the same page: it tells nothing about what was asked or why it failed. */
  const expect404 = async (path: string, method = 'GET') => {
    const res = await rawGet(s.url, path, {}, method);
    expect(res.status, `${method} ${path}`).toBe(404);
    expect(res.body.toString('utf8'), `${path}: the generic page`).toBe(generic);
  };

  it('unknown, truncated, altered and other-secret tokens', async () => {
    const t = tokenOf('5');
    // Another letter, not the same one in the other case (a typed link: see above).
    const altered = `${t.slice(0, -1)}${/[aA]$/.test(t) ? 'B' : 'A'}`;
    for (const bad of [
      'AAAAAAAAAAAAAAAAAAAAAA',
      t.slice(0, 21),
      `${t}x`,
      altered,
      groupToken('another-secret-0123456789', '5'),
      '5',
    ]) {
      await expect404(`/g/${bad}/`);
      await expect404(`/g/${bad}/notice.pdf`);
    }
  });

  it('files a group does not have', async () => {
    const t = tokenOf('5');
    for (const f of ['poster.pdf', 'manifest.json', 'index.html', '.cache', 'notice.PDF', 'x']) {
      await expect404(`/g/${t}/${f}`);
    }
  });

  it('path traversal, plain and encoded', async () => {
    const t = tokenOf('5');
    for (const path of [
      '/g/../',
      '/g/..',
      '/g/%2e%2e/',
      '/g/%2E%2E%2F',
      '/g/..%2f..%2fpackage.json',
      `/g/${t}/../package.json`,
      `/g/${t}/..%2f..%2fpackage.json`,
      `/g/${t}/%2e%2e%2f%2e%2e%2fpackage.json`,
      `/g/${t}/%252e%252e%252fpackage.json`,
      `/g/${t}/..\\..\\package.json`,
      `/g/${t}/%00notice.pdf`,
      `/g/${t}/notice.pdf%00.txt`,
      '/assets/../package.json',
      '/assets/..%2fpackage.json',
      '/assets/%2e%2e/templates/web/leader.hbs',
      '/..%2f..%2fetc/passwd',
      '//etc/passwd',
    ]) {
      await expect404(path);
    }
  });

  it('a URL that cannot be decoded: the generic page, no echo of the URL, secure headers', async () => {
    const path = `/g/${tokenOf('5')}/%E0%A4%A`;
    const res = await rawGet(s.url, path);
    expect(res.status).toBe(400);
    const body = res.body.toString('utf8');
    expect(body).toBe(generic);
    expect(body).not.toContain(tokenOf('5'));
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });

  it('no HSTS over plain http', async () => {
    const res = await rawGet(s.url, `/g/${tokenOf('5')}/`);
    expect(res.status).toBe(200);
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('no listing and no other paths', async () => {
    for (const path of [
      '/',
      '/g',
      '/g/',
      '/assets',
      '/assets/',
      '/templates/web/',
      '/out/.cache/',
    ]) {
      await expect404(path);
    }
    await expect404(`/g/${tokenOf('5')}/`, 'POST');
    await expect404('/favicon.ico');
  });
});

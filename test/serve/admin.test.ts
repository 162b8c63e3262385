/**
 * `serve`, the office's page and `links`: /admin needs user "admin" and the password; it lists
 * every group with the same link as `links` prints, and a QR code that scans to that link (on the
 * page and on A4 sheets to cut, withheld without --base-url); the ward's ZIP has one folder per group. Residents (the rosters) are only in their own group's
 * tracking sheet: not on any page, not in another group's PDF.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import QRCode from 'qrcode';
import sharp from 'sharp';
import { describe, expect, it, vi } from 'vitest';
import { DocumentCache } from '../../src/serve/cache.js';
import { DocumentLibrary } from '../../src/serve/library.js';
import { createInProcessRenderer } from '../../src/serve/renderer.js';
import { loadWard } from '../../src/serve/ward.js';
import { runCliInProcess } from '../support/cli.js';
import { collapseSpaces, pdfInfo, pdfText } from '../support/pdf-text.js';
import { decodeQrCodes, decodeQrWithJsqr } from '../support/qr.js';
import { rasterize } from '../support/raster.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir } from '../support/tmp.js';
import {
  ADMIN_PASSWORD,
  basic,
  forkDocuments,
  SECRET,
  serveForFile,
  startServer,
  tokenOf,
} from './server.js';

const BASE = 'https://phuong-lechan.example.vn/tai-lieu';
const s = serveForFile({ baseUrl: BASE, memoryCache: forkDocuments() });

const admin = (path = '/admin', auth = basic('admin', ADMIN_PASSWORD)) =>
  fetch(`${s.url}${path}`, { headers: { authorization: auth } });

describe('office page', () => {
  it('asks for its credential and refuses wrong ones', async () => {
    const none = await fetch(`${s.url}/admin`);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Basic realm=/);
    for (const auth of [
      basic('admin', 'wrong'),
      basic('root', ADMIN_PASSWORD),
      basic('admin', `${ADMIN_PASSWORD} `),
      'Bearer x',
      basic('admin', ADMIN_PASSWORD).replace('Basic', 'Digest'),
    ]) {
      expect((await admin('/admin', auth)).status).toBe(401);
      expect((await admin('/admin/ward.zip', auth)).status).toBe(401);
    }
  });

  it('lists every group with the link `links` prints, and a QR code of it', async () => {
    const res = await admin();
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const zip = await admin('/admin/ward.zip');
    expect(zip.headers.get('cache-control')).toBe('private, no-store');
    // The headers are the point here; the next test reads the archive.
    await zip.body?.cancel();
    const html = await res.text();
    const cli = await runCliInProcess(
      ['links', '--groups', EXAMPLE_GROUPS, '--base-url', `${BASE}/`],
      {
        env: { PHUONG_PRINT_SECRET: SECRET },
      },
    );
    expect(cli.stderr).toBe('');
    expect(cli.code).toBe(0);
    const rows = cli.stdout.trimEnd().split('\r\n');
    expect(rows[0]).toBe('id,name,url,leader,phone,note');
    expect(rows).toHaveLength(s.ward.groups.length + 1);
    expect(rows[5]?.split(',').slice(0, 3)).toEqual([
      '5',
      'Tổ dân phố số 5',
      `${BASE}/g/${tokenOf('5')}/`,
    ]);
    for (const row of rows.slice(1)) {
      const url = row.split(',')[2] ?? '';
      expect(html).toContain(`href="${url}"`);
    }
    const qrs = [...html.matchAll(/src="data:image\/svg\+xml;base64,([^"]+)"/g)];
    expect(qrs).toHaveLength(s.ward.groups.length);
    // The fifth group's QR code scans to its link.
    // Handlebars escapes "=" as "&#x3D;" in attributes; the browser reads it back as "=".
    const svg = Buffer.from((qrs[4]?.[1] ?? '').replaceAll('&#x3D;', '='), 'base64');
    const png = join(await makeTempDir(), 'qr.png');
    await writeFile(
      png,
      await sharp(svg, { density: 300 }).flatten({ background: '#fff' }).png().toBuffer(),
    );
    expect(await decodeQrWithJsqr(png)).toBe(`${BASE}/g/${tokenOf('5')}/`);
  });

  it('shows the same QR codes on the next visit, without making them again', async () => {
    const qrsOf = async () =>
      [
        ...(await (await admin()).text()).matchAll(/src="data:image\/svg\+xml;base64,([^"]+)"/g),
      ].map((m) => m[1]);
    const first = await qrsOf();
    expect(first).toHaveLength(s.ward.groups.length);
    // Each of the 32 codes costs ~1 ms of CPU to make; the links stay the same between visits.
    const made = vi.spyOn(QRCode, 'toString');
    try {
      expect(await qrsOf()).toEqual(first);
      expect(made).not.toHaveBeenCalled();
    } finally {
      made.mockRestore();
    }
  });

  it("the ward's ZIP: a folder per group, every document, streamed as the site's copy", async () => {
    // The example's first two groups: the ZIP renders every document of every group, and two
    // folders show what thirty-two would, at a sixteenth of the rendering.
    const dir = await makeTempDir();
    const groups = join(dir, 'groups.csv');
    const lines = (await readFile(EXAMPLE_GROUPS, 'utf8')).split(/(?<=\n)/);
    await writeFile(groups, lines.slice(0, 3).join(''));
    const ward = await loadWard({ campaign: EXAMPLE_CAMPAIGN, groups });
    const small = await startServer({
      ward,
      baseUrl: BASE,
      renderer: createInProcessRenderer(ward),
    });
    try {
      const res = await fetch(`${small.url}/admin/ward.zip`, {
        headers: { authorization: basic('admin', ADMIN_PASSWORD) },
      });
      expect(small.errors).toEqual([]);
      expect(res.status).toBe(200);
      // Streamed: sent as it is made, never held whole.
      expect(res.headers.get('content-length')).toBeNull();
      expect(res.headers.get('transfer-encoding')).toBe('chunked');
      const bytes = new Uint8Array(await res.arrayBuffer());
      // The site's copy, assembled whole by another library from the documents the stream left
      // in the server's disk cache (rendering the ward again would only test that it repeats).
      const held = await new DocumentLibrary(
        ward,
        createInProcessRenderer(ward),
        new DocumentCache({ dir: small.cacheDir, maxBytes: 2 ** 30 }),
      ).wardZip();
      expect(Buffer.from(bytes).equals(Buffer.from(held.bytes))).toBe(true);
      const names = Object.keys(unzipSync(bytes));
      expect(ward.groups).toHaveLength(2);
      expect(names).toHaveLength(2 * ward.outputs.length);
      expect(names).toContain('Tổ dân phố số 2/Tổ dân phố số 2 - Áp phích A3.pdf');
      expect(names[0]).toMatch(/^Tổ dân phố số 1\//);
    } finally {
      await small.app.close();
    }
  });

  it("pages keep being answered while the ward's ZIP goes out, and a reader who leaves stops it", async () => {
    const zip = await admin('/admin/ward.zip');
    const reader = zip.body?.getReader();
    expect((await reader?.read())?.value?.length).toBeGreaterThan(0);
    // Group 5's page, during the ZIP and after it: a page's first visit draws all its group's
    // documents (the residents' case below reads its tracking sheet); a second group's first
    // visit drew eight more documents for nothing.
    const page = await fetch(`${s.url}/g/${tokenOf('5')}/`);
    expect(page.status).toBe(200);
    await reader?.cancel();
    expect((await fetch(`${s.url}/g/${tokenOf('5')}/`)).status).toBe(200);
    expect(s.errors).toEqual([]);
  });

  it('the links as a sheet a Vietnamese Excel opens: BOM, ";", headers in the ward’s word', async () => {
    const res = await admin('/admin/links.csv');
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('Đường dẫn các tổ dân phố - phường Lê Chân - số 05-UBND-VHXH.csv')}`,
    );
    const bytes = Buffer.from(await res.arrayBuffer());
    // UTF-8's BOM: without it Excel reads the names in a Windows code page.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
    // ";" between fields, as Windows' Vietnamese regional settings separate lists (and as the
    // ward's own groups.csv is written); each group's id, name, leader and phone from groups.csv.
    expect(rows[0]).toBe('Mã tổ;Tên tổ dân phố;Tổ trưởng;Điện thoại;Đường dẫn');
    const groups = (await readFile(EXAMPLE_GROUPS, 'utf8')).replace(/^\uFEFF/, '');
    const expected = groups
      .trimEnd()
      .split(/\r?\n/)
      .slice(1)
      .map((line) => {
        const [id = '', name = '', leader = '', phone = ''] = line.split(';');
        return `${id};${name};${leader};${phone};${BASE}/g/${tokenOf(id)}/`;
      });
    expect(rows.slice(1)).toEqual(expected);
  });

  it('its search narrows the list by name, id or leader, with or without diacritics', async () => {
    const names = async (q: string) => {
      const html = await (await admin(`/admin?q=${encodeURIComponent(q)}`)).text();
      return [...html.matchAll(/<h2>([^<]+)<\/h2>/g)].map((m) => m[1]);
    };
    // examples/hai-phong/groups.csv: group 2's leader is Trần Thị Thu Hằng.
    expect(await names('Thu Hằng')).toEqual(['Tổ dân phố số 2']);
    expect(await names('thu hang')).toEqual(['Tổ dân phố số 2']);
    // A word typed begins a word: group 3's leader Phạm Đức Thắng holds "hang", not at a word's
    // start (qa37 m3). Marks typed are matched, marks left out are not asked for.
    expect(await names('Hằng')).toEqual(['Tổ dân phố số 2']);
    expect(await names('hang')).toEqual(['Tổ dân phố số 2']);
    expect(await names('Hăng')).toEqual(['Tổ dân phố số 2']);
    expect(await names('Hẳng')).toEqual([]);
    expect(await names('Hằng'.normalize('NFD'))).toEqual(['Tổ dân phố số 2']);
    // The Icelandic Ð some converters write for Đ.
    expect(await names('\u00D0ức Thắng')).toEqual(['Tổ dân phố số 3']);
    expect(await names('số 12')).toEqual(['Tổ dân phố số 12']);
    expect(await names('không có tổ này')).toEqual([]);
    expect(await names('')).toHaveLength(s.ward.groups.length);
  });

  it("prints every group's code on A4 sheets to cut: each scans to the link `links` prints", async () => {
    const html = await (await admin()).text();
    expect(html).toContain('href="/admin/qr.pdf"');
    const res = await admin('/admin/qr.pdf');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const pdf = new Uint8Array(await res.arrayBuffer());
    const info = await pdfInfo(pdf);
    for (const page of info.pageSizesMm) {
      expect(page.width).toBeCloseTo(210, 0);
      expect(page.height).toBeCloseTo(297, 0);
    }
    // Expected: the links `links` prints, not the server's own list.
    const cli = await runCliInProcess(['links', '--groups', EXAMPLE_GROUPS, '--base-url', BASE], {
      env: { PHUONG_PRINT_SECRET: SECRET },
    });
    const urls = cli.stdout
      .trimEnd()
      .split('\r\n')
      .slice(1)
      .map((r) => r.split(',')[2]);
    expect(urls).toHaveLength(s.ward.groups.length);
    const decoded: string[] = [];
    for (const png of await rasterize(pdf, { dpi: 100 }))
      decoded.push(...(await decodeQrCodes(png)));
    expect(decoded.sort()).toEqual([...urls].sort());
    // Each card names its group and leader beside its code (from the groups file).
    const text = collapseSpaces(await pdfText(pdf));
    const csv = (await readFile(EXAMPLE_GROUPS, 'utf8')).trim().split(/\r?\n/).slice(1);
    for (const row of csv) {
      const [, name, leader] = row.split(';');
      expect(text).toContain(name);
      expect(text).toContain(`Tổ trưởng: ${leader}`);
    }

    // A search narrows the sheet as it narrows the page.
    const one = new Uint8Array(await (await admin('/admin/qr.pdf?q=thu%20hang')).arrayBuffer());
    const [page] = await rasterize(one, { dpi: 100 });
    expect(await decodeQrCodes(page as string)).toEqual([`${BASE}/g/${tokenOf('2')}/`]);
  });

  it('without --base-url, withholds the QR codes (they would point at this machine) and says why', async () => {
    const local = await startServer({ baseUrl: undefined });
    try {
      const res = await fetch(`${local.url}/admin`, {
        headers: { authorization: basic('admin', ADMIN_PASSWORD) },
      });
      const html = await res.text();
      expect(html).not.toContain('data:image/svg+xml');
      expect(html).toContain('--base-url');
      expect(html).toContain('Chưa in mã QR');
      expect(html).not.toContain('/admin/qr.pdf');
      // The sheet too: the office's page in its place, with the warning.
      const sheet = await fetch(`${local.url}/admin/qr.pdf`, {
        headers: { authorization: basic('admin', ADMIN_PASSWORD) },
      });
      expect(sheet.status).toBe(409);
      expect(sheet.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await sheet.text()).toContain('Chưa in mã QR');
    } finally {
      await local.app.close();
    }
  });

  it('does not exist without a password', async () => {
    const off = await startServer({ adminPassword: undefined });
    try {
      expect((await fetch(`${off.url}/admin`)).status).toBe(404);
      const withAuth = await fetch(`${off.url}/admin`, {
        headers: { authorization: basic('admin', '') },
      });
      expect(withAuth.status).toBe(404);
    } finally {
      await off.app.close();
    }
  });
});

describe('residents stay on their own group', () => {
  const RESIDENT = 'Trần Thị Bích Ngọc'; // examples/hai-phong/rosters/5.csv

  it("is in group 5's tracking sheet only", async () => {
    const own = await (await fetch(`${s.url}/g/${tokenOf('5')}/tracker.pdf`)).arrayBuffer();
    expect(await pdfText(new Uint8Array(own))).toContain(RESIDENT);
    const other = await (await fetch(`${s.url}/g/${tokenOf('6')}/tracker.pdf`)).arrayBuffer();
    expect(await pdfText(new Uint8Array(other))).not.toContain(RESIDENT);
    const page = await (await fetch(`${s.url}/g/${tokenOf('5')}/`)).text();
    expect(page).not.toContain(RESIDENT);
    expect(await (await admin()).text()).not.toContain(RESIDENT);
  });
});

describe('links', () => {
  it('refuses to run without a secret', async () => {
    const env = { PHUONG_PRINT_SECRET: '' };
    const r = await runCliInProcess(['links', '--groups', EXAMPLE_GROUPS, '--base-url', BASE], {
      env,
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('error: option --secret: no secret for the group links');
    expect(r.stderr).toContain('hint: Set PHUONG_PRINT_SECRET');
  });
});

describe('password guessing', () => {
  const wrong = basic('admin', 'doan-mat-khau');
  /** Statuses of `n` wrong sign-ins, 20 at a time, each with the headers `headers(i)` gives. */
  async function guesses(url: string, n: number, headers: (i: number) => Record<string, string>) {
    const statuses: number[] = [];
    for (let i = 0; i < n; i += 20) {
      const batch = Array.from({ length: Math.min(20, n - i) }, (_, k) =>
        fetch(`${url}/admin`, { headers: { authorization: wrong, ...headers(i + k) } }).then(
          (r) => r.status,
        ),
      );
      statuses.push(...(await Promise.all(batch)));
    }
    return statuses;
  }

  it('200 wrong passwords from one client: refused with 429 after the first few', async () => {
    const server = await startServer();
    try {
      // Four times the most that may be let through to be checked (1,000 cost 2 s of CPU).
      const statuses = await guesses(server.url, 200, () => ({}));
      const firstRefusal = statuses.indexOf(429);
      expect(firstRefusal).toBeGreaterThan(0);
      expect(firstRefusal).toBeLessThanOrEqual(50);
      expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(50);
      // Even the right password waits now: the guessing is not simply let through.
      expect(
        (
          await fetch(`${server.url}/admin`, {
            headers: { authorization: basic('admin', ADMIN_PASSWORD) },
          })
        ).status,
      ).toBe(429);
    } finally {
      await server.app.close();
    }
  });

  it('says on the 429 page the wait its Retry-After gives, not "một phút" (qa32 m8)', async () => {
    const server = await startServer();
    try {
      const wrong = basic('admin', 'sai');
      let res: Response | undefined;
      for (let i = 0; i < 30 && res?.status !== 429; i++) {
        res = await fetch(`${server.url}/admin`, { headers: { authorization: wrong } });
        if (res.status !== 429) await res.arrayBuffer();
      }
      expect(res?.status).toBe(429);
      const wait = Number(res?.headers.get('retry-after'));
      expect(wait).toBeGreaterThan(0);
      expect(wait).toBeLessThan(60);
      const text = await res?.text();
      expect(text).toContain(`Xin đợi ${wait} giây rồi thử lại.`);
      expect(text).not.toContain('một phút');
    } finally {
      await server.app.close();
    }
  });

  it('behind one trusted proxy, a spoofed X-Forwarded-For does not reset the count', async () => {
    // As `serve --trust-proxy` sets it.
    const server = await startServer({ trustProxy: true });
    try {
      // The client claims a new address each time; the proxy appends the one it saw.
      const statuses = await guesses(server.url, 300, (i) => ({
        'x-forwarded-for': `203.0.113.${i % 250}, 198.51.100.7`,
      }));
      expect(statuses.indexOf(429)).toBeGreaterThan(0);
      expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(50);
    } finally {
      await server.app.close();
    }
  });
});

/**
 * The download pages' small parts: link tokens (stable, per group, per secret, found by
 * digest), the secret's checks, the Content-Disposition of Vietnamese names, the memory cache's
 * bound and the disk cache's atomic files.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { termForms } from '../../src/messages/group-term-forms.js';
import { DocumentCache, memoryCache } from '../../src/serve/cache.js';
import { asciiFallback, contentDisposition, safeFileName } from '../../src/serve/disposition.js';
import { linksCsv, linksSheet, normalizeBaseUrl } from '../../src/serve/links.js';
import { DEV_SECRET, groupToken, resolveSecret, TokenIndex } from '../../src/serve/tokens.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

describe('tokens', () => {
  const secret = 'unit-secret-0123456789';
  it('are 22 base64url characters, stable, different per group and per secret', () => {
    const t = groupToken(secret, '5');
    expect(t).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(groupToken(secret, '5')).toBe(t);
    expect(groupToken(secret, '6')).not.toBe(t);
    expect(groupToken(`${secret}x`, '5')).not.toBe(t);
    // Not a function of the id alone: ids "5" and "05" are different groups.
    expect(groupToken(secret, '05')).not.toBe(t);
  });

  it('map back to their group only', () => {
    const index = new TokenIndex(secret, ['1', '2', '5']);
    expect(index.find(groupToken(secret, '5'))).toBe('5');
    expect(index.find(groupToken(secret, '3'))).toBeUndefined();
    expect(index.find('')).toBeUndefined();
    expect(index.find('é'.repeat(11))).toBeUndefined();
  });

  it('need a secret of 16+ characters; --dev alone falls back to the published one', () => {
    expect(resolveSecret(undefined, { PHUONG_PRINT_SECRET: 'from-env-0123456789' })).toBe(
      'from-env-0123456789',
    );
    expect(resolveSecret('given-0123456789ab', { PHUONG_PRINT_SECRET: 'env-0123456789abc' })).toBe(
      'given-0123456789ab',
    );
    expect(() => resolveSecret(undefined, {})).toThrow(/no secret/);
    expect(() => resolveSecret('short', {})).toThrow(/too short/);
    expect(resolveSecret(undefined, {}, true)).toBe(DEV_SECRET);
  });
});

describe('file names', () => {
  it('RFC 6266 / 5987: ASCII fallback and the exact UTF-8 name', () => {
    expect(asciiFallback('Tổ dân phố số 5 - Đường Điện Biên')).toBe(
      'To dan pho so 5 - Duong Dien Bien',
    );
    expect(contentDisposition('Tổ dân phố số 5.pdf')).toBe(
      `attachment; filename="To dan pho so 5.pdf"; filename*=UTF-8''T%E1%BB%95%20d%C3%A2n%20ph%E1%BB%91%20s%E1%BB%91%205.pdf`,
    );
    expect(contentDisposition('links.csv')).toBe('attachment; filename="links.csv"');
    // Characters that end the quoted string or RFC 5987's value are never left raw.
    const cd = contentDisposition('Tổ "A" (B) 100% \'x\'.pdf');
    expect(cd).toContain('filename="To A (B) 100% \'x\'.pdf"');
    expect(cd).toContain("filename*=UTF-8''T%E1%BB%95%20A%20%28B%29%20100%25%20%27x%27.pdf");
  });

  it('no path separators or reserved characters; decomposed input becomes NFC', () => {
    expect(safeFileName('Tổ 5/6: "A"?')).toBe('Tổ 5 6 A');
    expect(safeFileName('../../etc')).toBe('etc');
    expect(safeFileName('To\u0302\u0309 5')).toBe('Tổ 5');
  });
});

describe('links', () => {
  it('base URLs lose their trailing slash; others are refused', () => {
    expect(normalizeBaseUrl('https://x.vn/tai-lieu/')).toBe('https://x.vn/tai-lieu');
    expect(normalizeBaseUrl('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080');
    for (const bad of ['x.vn', 'ftp://x.vn', 'https://x.vn/?a=1', 'https://u:p@x.vn']) {
      expect(() => normalizeBaseUrl(bad), bad).toThrow(/base URL|not a URL/);
    }
  });

  it('CSV quotes what needs quoting', () => {
    const link = { id: '7', name: 'Tổ "Bảy", phố A', url: 'https://x/g/t/', href: '' };
    const csv = linksCsv(
      [{ ...link, leader: 'Lê, Văn Tư', phone: '0912 345 678' }],
      termForms('tổ'),
    );
    expect(csv).toBe(
      'id,name,url,leader,phone,note\r\n7,"Tổ ""Bảy"", phố A",https://x/g/t/,"Lê, Văn Tư",0912 345 678,\r\n',
    );
  });

  it('the office’s sheet quotes a field with ";", names its columns in the ward’s word', () => {
    const link = { id: '7', name: 'Thôn 7; xóm Đông', url: 'https://x/g/t/', href: '' };
    const sheet = linksSheet([{ ...link, leader: 'Lê Văn "Tư"' }], termForms('thôn'));
    expect(sheet).toBe(
      '\uFEFFMã thôn;Tên thôn;Trưởng thôn;Đường dẫn\r\n7;"Thôn 7; xóm Đông";"Lê Văn ""Tư""";https://x/g/t/\r\n',
    );
  });

  it('CSV shows a name that a spreadsheet would run as a formula as text', () => {
    const names = ['=HYPERLINK("http://x","Tổ 1")', '+1+2', '-3', '@SUM(A1)', 'Tổ 5 = tốt'];
    const csv = linksCsv(
      names.map((name, i) => ({ id: `${i}`, name, url: 'https://x/', href: '', leader: name })),
      termForms('tổ'),
    );
    expect(csv.split('\r\n').slice(1, -1)).toEqual([
      '0,"\'=HYPERLINK(""http://x"",""Tổ 1"")",https://x/,"\'=HYPERLINK(""http://x"",""Tổ 1"")",,',
      "1,'+1+2,https://x/,'+1+2,,",
      "2,'-3,https://x/,'-3,,",
      "3,'@SUM(A1),https://x/,'@SUM(A1),,",
      '4,Tổ 5 = tốt,https://x/,Tổ 5 = tốt,,',
    ]);
  });
});

describe('cache', () => {
  const key = (n: number) => n.toString(16).padStart(64, '0');
  const file = (size: number) => ({ bytes: new Uint8Array(size), pages: 1 });

  it('memory keeps within its bound, dropping the least recently used', async () => {
    const cache = new DocumentCache({ maxBytes: 1000 });
    await cache.set(key(1), file(400));
    await cache.set(key(2), file(400));
    await cache.get(key(1)); // 1 is now more recent than 2
    await cache.set(key(3), file(400));
    expect(cache.memoryBytes).toBe(800);
    expect(await cache.get(key(2))).toBeUndefined();
    expect(await cache.get(key(1))).toBeDefined();
    await cache.set(key(4), file(5000)); // bigger than the bound: not kept in memory
    expect(cache.memoryBytes).toBe(800);
  });

  it("caches sharing one memory (the studio's open campaigns) keep within one bound together", async () => {
    const shared = memoryCache(1000);
    // Memory only: what is not in memory is not there at all.
    const caches = [0, 1, 2].map(() => new DocumentCache({ memory: shared }));
    for (const [i, cache] of caches.entries()) {
      await cache.set(key(i * 2), file(400));
      await cache.set(key(i * 2 + 1), file(400));
    }
    // Three campaigns' 2,400 bytes: the first campaign's documents went, the last's are kept.
    expect(await caches[0]?.get(key(0))).toBeUndefined();
    expect(await caches[0]?.get(key(1))).toBeUndefined();
    expect((await caches[2]?.get(key(5)))?.bytes.length).toBe(400);
    expect(caches.every((c) => c.memoryBytes <= 1000)).toBe(true);
    expect(shared.calculatedSize).toBeLessThanOrEqual(1000);

    // With its disk cache, a campaign still serves a document gone from the shared memory.
    const dir = await makeTempDir();
    const onDisk = new DocumentCache({ dir, memory: shared });
    await onDisk.set(key(10), file(400));
    for (const n of [11, 12, 13]) await caches[1]?.set(key(n), file(400));
    expect((await onDisk.get(key(10)))?.bytes.length).toBe(400);
  });

  it("a document read once (the ward's ZIP) goes to the disk only: memory keeps the others", async () => {
    const dir = await makeTempDir();
    const cache = new DocumentCache({ dir, maxBytes: 1000 });
    await cache.set(key(1), file(400));
    await cache.set(key(2), file(700), { memory: false });
    expect(cache.memoryBytes).toBe(400);
    expect((await cache.get(key(2), { memory: false }))?.bytes.length).toBe(700);
    expect(cache.memoryBytes).toBe(400);
    // Still the leaders' document in memory; asked for as usual, the other is kept from then.
    expect(await cache.get(key(1), { memory: false })).toBeDefined();
    expect((await cache.get(key(2)))?.bytes.length).toBe(700);
    expect(cache.memoryBytes).toBe(700);
  });

  it('disk keeps pages, bytes and the signed mark, and leaves no temporary files', async () => {
    const dir = await makeTempDir();
    await new DocumentCache({ dir }).set(key(9), { bytes: new Uint8Array([1, 2, 3]), pages: 4 });
    await new DocumentCache({ dir }).set(key(5), {
      bytes: new Uint8Array([4]),
      pages: 1,
      signed: true,
    });
    const back = await new DocumentCache({ dir }).get(key(9));
    expect(back?.pages).toBe(4);
    expect(back?.signed).toBeUndefined();
    expect((await new DocumentCache({ dir }).get(key(5)))?.signed).toBe(true);
    expect([...(back?.bytes ?? [])]).toEqual([1, 2, 3]);
    const files = await readdir(dir, { recursive: true });
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // Keys are hex digests: anything else never becomes a path.
    expect(await new DocumentCache({ dir }).get('../../etc/passwd')).toBeUndefined();
    await expect(new DocumentCache({ dir }).set('../x', file(1))).rejects.toThrow(/SHA-256/);
  });

  it('never serves a damaged disk entry: a truncated or bit-flipped file is dropped', async () => {
    const dir = await makeTempDir();
    const bytes = new Uint8Array(2000).map((_, i) => i % 251);
    await new DocumentCache({ dir }).set(key(7), { bytes, pages: 2 });
    await new DocumentCache({ dir }).set(key(8), { bytes, pages: 2 });
    const pathOf = (k: string) => join(dir, k.slice(0, 2), `${k}.bin`);
    const whole = await readFile(pathOf(key(7)));
    // Header intact, the end cut off; and one flipped bit in the middle of the bytes.
    await writeFile(pathOf(key(7)), whole.subarray(0, whole.length - 100));
    const flipped = Buffer.from(whole);
    flipped[1000] = (flipped[1000] ?? 0) ^ 0x10;
    await writeFile(pathOf(key(8)), flipped);
    // A flipped bit in the header's page count or flags (a notice said signed that is not).
    await new DocumentCache({ dir }).set(key(6), { bytes, pages: 2 });
    const header = await readFile(pathOf(key(6)));
    header[11] = (header[11] ?? 0) ^ 0x01;
    await writeFile(pathOf(key(6)), header);
    expect(await new DocumentCache({ dir }).get(key(6))).toBeUndefined();
    expect(await new DocumentCache({ dir }).get(key(7))).toBeUndefined();
    expect(await new DocumentCache({ dir }).get(key(8))).toBeUndefined();
    // Dropped from the disk too: the next request renders the document again.
    const left = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.bin'));
    expect(left).toEqual([]);
  });
});

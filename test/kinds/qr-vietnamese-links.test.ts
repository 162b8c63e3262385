/**
 * Links with Vietnamese letters in a notice's body (a ward portal's file, a Google Form prefilled
 * with a village's name, an address with a Vietnamese domain): each QR code holds the address as
 * a browser sends it — host in punycode, path and query percent-encoded — so a scanner that
 * guesses the bytes' charset (zbar without binary mode, as Android's ZXing-based apps do) opens
 * the same page as one that reads UTF-8 (qa11 Q21: two of three came back as Shift-JIS). The
 * clickable link in the PDF goes to the same address; the printed caption stays readable. The
 * expected addresses are written by hand from the typed ones (RFC 3986 percent-encoding of
 * their UTF-8, RFC 3492 punycode of the host).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notice } from '../../src/kinds/notice.js';
import type { Campaign } from '../../src/load/campaign-schema.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { rasterize } from '../support/raster.js';
import { exampleInputs, exampleWithBody, renderFor } from '../support/render.js';
import { makeTempDir, removeTempDirs, withPdfFile } from '../support/tmp.js';

const run = promisify(execFile);

const TYPED = [
  'https://xatanhoa.gov.vn/tài-liệu/hướng-dẫn.pdf',
  'https://docs.google.com/forms/d/e/abc/viewform?entry.123=Thôn+Đông',
  'https://hiến-máu.vn/đăng-ký',
];
const SENT = [
  'https://xatanhoa.gov.vn/t%C3%A0i-li%E1%BB%87u/h%C6%B0%E1%BB%9Bng-d%E1%BA%ABn.pdf',
  'https://docs.google.com/forms/d/e/abc/viewform?entry.123=Th%C3%B4n+%C4%90%C3%B4ng',
  'https://xn--hin-mu-tta8722d.vn/%C4%91%C4%83ng-k%C3%BD',
];

let bytes: Uint8Array;
beforeAll(async () => {
  const dir = await makeTempDir('phuong-print-qr-links-');
  const campaign: Campaign = await exampleWithBody(
    dir,
    'links',
    (body) => `${body}\nTài liệu: ${TYPED[0]}\nĐăng ký: ${TYPED[1]}\nCổng: ${TYPED[2]}`,
  );
  const { groups } = await exampleInputs();
  const group = groups[0];
  if (!group) throw new Error('the example has no group');
  bytes = (await renderFor(notice, campaign, group)).bytes;
});
afterAll(removeTempDirs);

describe('a notice with links in Vietnamese', () => {
  it('puts each link in its QR code as a browser sends it, whatever charset a scanner guesses', async () => {
    const pages = await rasterize(bytes, { dpi: 150 });
    // zbar's own charset guess (no -Sbinary): what a phone that guesses would read. Exit 4:
    // some page had no code (the notice's text pages).
    const stdout = await run('zbarimg', ['-q', '--raw', '-Sdisable', '-Sqrcode.enable', ...pages])
      .then((r) => r.stdout)
      .catch((e: { code?: number; stdout?: string }) => {
        if (e.code !== 4) throw e;
        return e.stdout ?? '';
      });
    const codes = stdout.trim().split('\n');
    for (const sent of SENT) expect(codes).toContain(sent);
  });

  it('links the printed addresses to the same, and prints them readable', async () => {
    // The link annotations, uncompressed: their /URI strings.
    const qdf = await withPdfFile(bytes, async (file) => {
      const { stdout } = await run('qpdf', ['--qdf', '--object-streams=disable', file, '-'], {
        encoding: 'latin1',
        maxBuffer: 64 * 1024 * 1024,
      });
      return stdout;
    });
    const uris = [...qdf.matchAll(/\/URI \(([^)]*)\)/g)].map((m) => m[1]);
    for (const sent of SENT) expect(uris).toContain(sent);
    const text = collapseSpaces(await pdfText(bytes));
    expect(text).toContain(`Cổng: ${TYPED[2]}`);
    expect(text).toContain('hiến-máu.vn/đăng-ký');
  });
});

/**
 * A wrong `assets.logo` is one campaign error, found when the campaign loads, on campaign.yaml's
 * line, in Vietnamese with a hint: a file name typed wrong (named as typed, with the folder looked
 * in), an iPhone's HEIC photo, an SVG drawing a file outside it, a file that is no image.
 * `check`, `build` and `serve` all stop there, before anything is written (not one failure per
 * group naming a row of the groups file, with notices but no posters, print files or ZIPs).
 */
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { buildArgs, runCli, runCliInProcess } from '../support/cli.js';
import { pdfImageList } from '../support/pdf-items.js';
import { pngHeader } from '../support/png-header.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const VI = { PHUONG_PRINT_LANG: 'vi' };
/** The kinds that print the logo. */
const LOGO_KINDS = ['--kind', 'poster,share'];
const SVG_XXE = `<?xml version="1.0"?>
<!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>
<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200"><text x="10" y="50">&xxe;</text></svg>
`;
const SVG_IMAGE = `<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20"><image href="../anh/quoc-huy.png" width="20" height="20"/></svg>`;

interface Case {
  given: string;
  /** Bytes of the file given (none: the file is not there). */
  bytes?: string | Uint8Array;
  /** A folder of that name instead of a file. */
  folder?: true;
  /** What stderr's first line says after "lỗi: <file>, dòng N, mục “assets.logo”: ". */
  says: (folder: string) => string;
  hint: string;
}

// An HEIC photo begins with an ISO-BMFF "ftyp" box of brand "heic".
const HEIC = new Uint8Array([
  0,
  0,
  0,
  24,
  ...Buffer.from('ftypheic'),
  0,
  0,
  0,
  0,
  ...Buffer.from('mif1heic'),
]);

/** A small real PNG cut after its first 60 % (a download that did not finish). */
function cutPng(): Uint8Array {
  const rows = Buffer.alloc(64 * (1 + 3 * 64));
  for (let i = 0; i < rows.length; i++) rows[i] = (i * 7919) % 251;
  const whole = pngHeader(64, 64, rows);
  return whole.subarray(0, Math.floor(whole.length * 0.6));
}

const CASES: Case[] = [
  {
    given: 'khong-co.png',
    says: (folder) => `không có tệp “khong-co.png” trong thư mục ${folder}`,
    hint: 'gợi ý: Kiểm tra tên tệp đã gõ',
  },
  {
    given: 'quoc-huy.heic',
    bytes: HEIC,
    says: () => 'ảnh logo “quoc-huy.heic” là ảnh HEIC (dạng ảnh iPhone chụp), không in được',
    hint: 'gợi ý: Hãy lưu ảnh thành JPEG hoặc PNG',
  },
  {
    given: 'logo.svg',
    bytes: SVG_XXE,
    says: () =>
      'ảnh SVG logo “logo.svg” tham chiếu tệp bên ngoài (“file:///etc/hostname”), phần đó sẽ không được in',
    hint: 'gợi ý: Lưu lại tệp SVG với ảnh nhúng bên trong',
  },
  {
    given: 'huy-hieu.svg',
    bytes: SVG_IMAGE,
    says: () =>
      'ảnh SVG logo “huy-hieu.svg” tham chiếu tệp bên ngoài (“../anh/quoc-huy.png”), phần đó sẽ không được in',
    hint: 'gợi ý: Lưu lại tệp SVG với ảnh nhúng bên trong',
  },
  {
    given: 'logo.png',
    bytes: 'STT;Tên tổ\n1;Tổ 1\n',
    says: () => 'ảnh logo “logo.png” không thuộc dạng ảnh nào đọc được',
    hint: 'gợi ý: Lưu ảnh logo thành PNG, JPEG, SVG hoặc WebP.',
  },
  // What qa14 found said as "not an image of a known kind", or not at all.
  {
    given: 'logo-rong.png',
    bytes: new Uint8Array(0),
    says: () => 'tệp ảnh logo “logo-rong.png” rỗng (0 byte)',
    hint: 'gợi ý: Hãy lưu lại ảnh dạng PNG hoặc JPEG rồi chép vào đây',
  },
  {
    // A download cut short: its header reads, its pixels do not.
    given: 'logo-cut.png',
    bytes: cutPng(),
    says: () => 'tệp ảnh logo “logo-cut.png” (dạng PNG) bị hỏng: không đọc được hình trong tệp',
    hint: 'gợi ý: Hãy mở ảnh bằng Paint (hoặc phần mềm xem ảnh khác) rồi lưu lại',
  },
  {
    given: 'logo.png',
    folder: true,
    says: () => '“logo.png” là một thư mục, không phải tệp ảnh',
    hint: 'gợi ý: Hãy ghi tên tệp ảnh trong thư mục đó, ví dụ logo.png/logo.png',
  },
  {
    given: 'logo.gif',
    bytes: Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64'),
    says: () => 'ảnh logo “logo.gif” ở dạng GIF, không dùng được',
    hint: 'gợi ý: Lưu ảnh logo thành PNG, JPEG, SVG hoặc WebP.',
  },
  {
    given: 'logo.avif',
    bytes: new Uint8Array([
      0,
      0,
      0,
      24,
      ...Buffer.from('ftypavif'),
      0,
      0,
      0,
      0,
      ...Buffer.from('mif1avif'),
    ]),
    says: () =>
      'ảnh logo “logo.avif” là ảnh AVIF (dạng ảnh lưu từ một số trang web), không in được',
    hint: 'gợi ý: Hãy lưu ảnh thành JPEG hoặc PNG',
  },
  {
    // A scan or a designer's export, too large to decode: said so, not "no image" (h-q10 item 6).
    given: 'quoc-huy-scan.png',
    bytes: pngHeader(17_000, 17_000),
    says: () =>
      'ảnh logo quá lớn: 17.000 × 17.000 điểm ảnh (289 triệu), vượt mức 100 triệu điểm ảnh phần mềm đọc được',
    hint: 'gợi ý: Hãy thu nhỏ ảnh (mỗi chiều khoảng 1000 đến 2000 điểm ảnh là in đủ rõ',
  },
];

/** The example campaign with `assets.logo: <given>` as its last lines, in a folder of its own. */
async function campaignWithLogo(
  c: Case,
): Promise<{ folder: string; campaign: string; line: number }> {
  const folder = await makeTempDir('phuong-print-logo-');
  const text = (await readFile(EXAMPLE_CAMPAIGN, 'utf8')).replace(/^assets:[\s\S]*?(?=^\S)/m, '');
  const campaign = join(folder, 'campaign.yaml');
  const yaml = `${text.trimEnd()}\nassets:\n  logo: ${c.given}\n`;
  await writeFile(campaign, yaml);
  await copyFile(EXAMPLE_GROUPS, join(folder, 'groups.csv'));
  if (c.bytes !== undefined) await writeFile(join(folder, c.given), c.bytes);
  if (c.folder) await mkdir(join(folder, c.given));
  return { folder, campaign, line: yaml.trimEnd().split('\n').length };
}

describe('a wrong assets.logo', () => {
  for (const c of CASES) {
    it(`"${c.given}": stops check (and build and serve) with one campaign error, nothing written`, async () => {
      const { folder, campaign, line } = await campaignWithLogo(c);
      const groups = join(folder, 'groups.csv');
      const out = join(folder, 'out');
      const inputs = ['--campaign', campaign, '--groups', groups];
      const env = { ...VI, PHUONG_PRINT_SECRET: 'a-test-secret-of-at-least-32-characters-long' };
      // build and serve load the campaign as check does: asked once (serve is the real program).
      const all = c === CASES[0];
      const runs = await Promise.all([
        runCliInProcess(['check', ...inputs], { env: VI }),
        ...(all
          ? [
              runCliInProcess(buildArgs(campaign, groups, out), { env: VI }),
              runCli(['serve', ...inputs, '--port', '0', '--no-watch'], { env, timeoutMs: 60_000 }),
            ]
          : []),
      ]);
      const expected = `lỗi: ${campaign}, dòng ${line}, mục “assets.logo”: ${c.says(folder)}`;
      for (const r of runs) {
        expect(r.code).toBe(1);
        const lines = r.stderr.trim().split('\n');
        expect(lines[0]).toBe(expected);
        expect(lines[1]).toContain(c.hint);
        // Once, not once per group or per document.
        expect(lines.filter((l) => l.startsWith('lỗi:'))).toHaveLength(1);
        expect(r.stderr).not.toMatch(/\bat \S+:\d+|dòng \d+, cột|tổ \d/);
      }
      expect(await readdir(out).catch(() => [])).toEqual([]);
    });
  }
});

describe('an SVG logo declaring a large size', () => {
  it('is read at the size it prints, not refused as "not an image" (qa14)', async () => {
    // 20,000 units a side: drawn at that size it would be 400 million pixels, past libvips' limit.
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="20000" height="20000" viewBox="0 0 200 200"><circle cx="100" cy="100" r="90" fill="#c00"/></svg>`;
    const c: Case = { given: 'quoc-huy.svg', bytes: svg, says: () => '', hint: '' };
    const { folder, campaign } = await campaignWithLogo(c);
    const out = join(folder, 'out');
    const r = await runCliInProcess(
      buildArgs(
        campaign,
        join(folder, 'groups.csv'),
        out,
        '--kind',
        'poster',
        '--size',
        'a4',
        '--group',
        '1',
        '--quiet',
      ),
      { env: VI },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    // Printed, at the 1200 pixels a side a logo is prepared at.
    const poster = join(
      out,
      (await readdir(out)).find((f) => f.startsWith('to-')) ?? '',
      'poster-a4.pdf',
    );
    expect(await pdfImageList(poster)).toContainEqual(
      expect.objectContaining({ page: 1, type: 'image', width: 1200, height: 1200 }),
    );
  });
});

describe('a logo too small to print sharp (qa14: an 8-pixel icon printed as squares)', () => {
  it('is warned about, with its size and what to use, and still printed', async () => {
    const png = await sharp({ create: { width: 32, height: 24, channels: 3, background: '#b00' } })
      .png()
      .toBuffer();
    const c: Case = { given: 'logo-nho.png', bytes: png, says: () => '', hint: '' };
    const { folder, campaign, line } = await campaignWithLogo(c);
    // The logo's kinds only (the poster and the share image print it): the others' drawing is
    // not what is looked at.
    const r = await runCliInProcess(
      ['check', '--campaign', campaign, '--groups', join(folder, 'groups.csv'), ...LOGO_KINDS],
      { env: VI },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      `cảnh báo: ${campaign}, dòng ${line}, mục “assets.logo”: ảnh logo “logo-nho.png” chỉ có 32 × 24 điểm ảnh: in ra sẽ mờ, thành các ô vuông`,
    );
    expect(r.stderr).toContain('gợi ý: Hãy dùng ảnh lớn hơn, mỗi chiều ít nhất 300 điểm ảnh');
  });

  it('says nothing of a logo large enough, nor of an SVG whatever size it declares', async () => {
    for (const [given, bytes] of [
      [
        'logo.png',
        await sharp({ create: { width: 300, height: 200, channels: 3, background: '#b00' } })
          .png()
          .toBuffer(),
      ],
      [
        'logo.svg',
        '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><circle cx="8" cy="8" r="7" fill="#c00"/></svg>',
      ],
    ] as const) {
      const { folder, campaign } = await campaignWithLogo({
        given,
        bytes,
        says: () => '',
        hint: '',
      });
      const r = await runCliInProcess(
        ['check', '--campaign', campaign, '--groups', join(folder, 'groups.csv'), ...LOGO_KINDS],
        { env: VI },
      );
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).not.toContain('điểm ảnh');
    }
  });
});

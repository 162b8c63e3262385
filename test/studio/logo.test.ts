/**
 * The ward's logo, uploaded from the campaign's form: a real PNG or JPEG becomes `logo.png` /
 * `logo.jpg` beside campaign.yaml and `assets.logo` names it; the poster's preview prints it; a
 * new upload replaces it, "Xoá logo" removes it. A file that is no picture, a picture of another
 * kind, an empty or an oversized file is refused, named, with what to do, and nothing changes.
 * Real sockets on loopback, the files read back as the CLI reads them.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadCampaign } from '../../src/load/campaign.js';
import { pdfImageList } from '../support/pdf-items.js';
import { removeTempDirs } from '../support/tmp.js';
import { Client, studioWithExample, type TestStudio } from './studio.js';

/** A flat picture of `format`, `width` × `height`. */
const picture = (format: 'png' | 'jpeg' | 'webp', width = 300, height = 200) =>
  sharp({ create: { width, height, channels: 3, background: { r: 180, g: 20, b: 30 } } })
    .toFormat(format)
    .toBuffer()
    .then((b) => new Uint8Array(b));

/**
 * A valid one-bit greyscale PNG of `width` × `height`, all black, written by hand: its IDAT is the
 * deflated rows (a filter byte and width / 8 bytes each). sharp's encoder takes ~2 s of CPU for a
 * 12,000-pixel square (three channels, 432 MB of pixels to filter and deflate); this, ~0.1 s.
 */
function blackPng(width: number, height: number): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([1, 0, 0, 0, 0], 8); // 1 bit, greyscale, deflate, adaptive filters, no interlace.
  const rows = Buffer.alloc((1 + Math.ceil(width / 8)) * height);
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('IDAT', deflateSync(rows)),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
}

describe('the logo of a campaign, uploaded in the studio', () => {
  let s: TestStudio;
  let c: Client;
  let folder: string;
  let file: string;
  beforeAll(async () => {
    ({ s, c, folder } = await studioWithExample());
    file = join(folder, 'campaign.yaml');
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  const upload = (name: string, bytes: Uint8Array) =>
    c.upload('/c/hai-phong/logo', 'logo', name, bytes, {}, '/c/hai-phong');
  /** The images the poster's preview prints (poppler's pdfimages), as "width x height". */
  const posterImages = async () => {
    const res = await c.get('/c/hai-phong/preview/file?group=5&kind=poster-a4.pdf');
    expect(res.status).toBe(200);
    return (await pdfImageList(res.bytes)).map((i) => `${i.width}x${i.height}`);
  };

  it('has none at first: the form says so, the poster prints no picture', async () => {
    const page = await c.get('/c/hai-phong');
    expect(page.text).toContain('Chưa có logo.');
    expect(page.text).toContain('form="logo-form"');
    // Every campaign with something to hang has a poster, not only an app's (qa54 p9): the help
    // no longer says so, in a sentence a phone shows whole.
    expect(page.text).toContain('in trên áp phích và ảnh áp phích của chiến dịch.');
    expect(page.text).not.toContain('chỉ chiến dịch có ứng dụng mới có áp phích');
    expect(await posterImages()).toEqual([]);
  });

  it('takes a PNG: logo.png beside campaign.yaml, named in it, shown, and printed on the poster', async () => {
    const png = await picture('png', 300, 200);
    const res = await upload('Logo phường Lê Chân.png', png);
    expect(res.status, res.text.slice(0, 200)).toBe(303);
    expect(res.headers.get('location')).toBe('/c/hai-phong?logo=uploaded');
    expect(new Uint8Array(await readFile(join(folder, 'logo.png')))).toEqual(png);
    expect(parse(await readFile(file, 'utf8')).assets.logo).toBe('logo.png');
    expect((await loadCampaign(file)).campaign.assets?.logo).toBe(join(folder, 'logo.png'));
    const page = await c.get('/c/hai-phong?logo=uploaded');
    expect(page.text).toContain('Đã tải ảnh logo lên.');
    expect(page.text).toContain('Đang dùng: logo.png');
    const shown = await c.get('/c/hai-phong/logo?v=logo.png');
    expect(shown.headers.get('content-type')).toBe('image/png');
    expect((await sharp(shown.bytes).metadata()).width).toBe(300);
    expect(await posterImages()).toContain('300x200');
  });

  it('replaces it with a JPEG (the PNG goes), keeping the rest of campaign.yaml', async () => {
    const before = parse(await readFile(file, 'utf8'));
    const res = await upload('logo-moi.jpg', await picture('jpeg', 240, 240));
    expect(res.status).toBe(303);
    const after = parse(await readFile(file, 'utf8'));
    expect(after.assets.logo).toBe('logo.jpg');
    expect({ ...after, assets: undefined }).toEqual({ ...before, assets: undefined });
    expect(existsSync(join(folder, 'logo.jpg'))).toBe(true);
    expect(existsSync(join(folder, 'logo.png'))).toBe(false);
    expect(await posterImages()).toContain('240x240');
    // Large enough: nothing said of its size.
    expect((await c.get('/c/hai-phong?logo=uploaded')).text).not.toContain('điểm ảnh: in ra sẽ mờ');
  });

  it('refuses what is not a PNG or JPEG picture of a sensible size, naming the file, and changes nothing', async () => {
    const yaml = await readFile(file, 'utf8');
    const cases: [string, Uint8Array, string][] = [
      [
        'bao-cao.png',
        new TextEncoder().encode('Đây là một văn bản, không phải ảnh.'),
        'Tệp “bao-cao.png” không phải là ảnh đọc được (có thể tệp bị hỏng hoặc là loại tệp khác đổi đuôi). Hãy mở ảnh bằng Paint',
      ],
      [
        'logo.webp',
        await picture('webp'),
        'Tệp “logo.webp” là ảnh WebP, phần mềm chỉ nhận ảnh logo PNG hoặc JPEG. Hãy mở ảnh bằng Paint',
      ],
      ['trong.png', new Uint8Array(), 'Tệp “trong.png” trống (0 byte).'],
      [
        // 12,000 pixels a side, under 5 MB: too large to print from, said so (h-q10 item 6).
        'quoc-huy-12000.png',
        blackPng(12_000, 12_000),
        'Tệp “quoc-huy-12000.png”: Ảnh logo quá lớn: 12.000 × 12.000 điểm ảnh (144 triệu), vượt mức 100 triệu điểm ảnh phần mềm đọc được. Hãy thu nhỏ ảnh (mỗi chiều khoảng 1000 đến 2000 điểm ảnh là in đủ rõ: Paint › Resize) rồi lưu lại dạng PNG hoặc JPEG.',
      ],
      [
        'anh-chup.png',
        new Uint8Array(6 * 1024 * 1024),
        'Tệp “anh-chup.png” nặng 6 MB, quá mức 5 MB cho một ảnh logo. Hãy thu nhỏ ảnh',
      ],
    ];
    for (const [name, bytes, said] of cases) {
      const res = await upload(name, bytes);
      expect(res.status, name).toBe(422);
      expect(res.text, name).toContain(said);
      expect(res.text).toContain('Chưa tải được ảnh logo');
      expect(await readFile(file, 'utf8')).toBe(yaml);
      expect(existsSync(join(folder, 'logo.png'))).toBe(false);
    }
    const none = await c.upload(
      '/c/hai-phong/logo',
      'other',
      'x.txt',
      new Uint8Array(1),
      {},
      '/c/hai-phong',
    );
    expect(none.status).toBe(422);
    expect(none.text).toContain(
      'Hãy chọn một tệp ảnh (PNG hoặc JPEG) trước khi bấm “Tải ảnh lên”.',
    );
  });

  it('is the office’s only: no upload without the form’s token, no picture without a session', async () => {
    const stranger = new Client(s.url);
    expect((await stranger.get('/c/hai-phong/logo')).status).toBe(303);
    const form = new FormData();
    form.append('logo', new Blob([Buffer.from(await picture('png'))]), 'x.png');
    expect((await c.request('POST', '/c/hai-phong/logo', form)).status).toBe(403);
  });

  it('removes it: campaign.yaml names no logo, its file is gone, the poster prints none', async () => {
    const res = await c.post('/c/hai-phong/logo/remove', {}, '/c/hai-phong');
    expect(res.status).toBe(303);
    expect(parse(await readFile(file, 'utf8')).assets).toBeUndefined();
    expect(existsSync(join(folder, 'logo.jpg'))).toBe(false);
    expect((await c.get('/c/hai-phong?logo=removed')).text).toContain('Đã xoá ảnh logo.');
    expect(await posterImages()).toEqual([]);
  });
  it('leaves no file behind when campaign.yaml itself cannot take the logo (broken by hand)', async () => {
    const good = await readFile(file, 'utf8');
    await writeFile(file, `${good}\nnotice: [không đóng\n`);
    try {
      const res = await upload('logo.png', await picture('png'));
      expect(res.status).toBe(422);
      expect(res.text).toContain('Chưa tải được ảnh logo');
      expect(res.text).toMatch(/YAML[^<]*dòng \d+/);
      expect(existsSync(join(folder, 'logo.png'))).toBe(false);
    } finally {
      await writeFile(file, good);
    }
  });

  it('takes a logo too small to print sharp, and says so on the page with what to use (qa14)', async () => {
    const res = await upload('favicon.png', await picture('png', 32, 32));
    expect(res.status).toBe(303);
    const page = await c.get('/c/hai-phong?logo=uploaded');
    expect(page.text).toContain('Đã tải ảnh logo lên.');
    expect(page.text).toContain('chỉ có 32 × 32 điểm ảnh: in ra sẽ mờ, thành các ô vuông');
    expect(page.text).toContain('mỗi chiều ít nhất 300 điểm ảnh');
    // The same field refuses an SVG (qa32 m8): the hint asks for one exported as PNG.
    expect(page.text).toContain('hoặc xuất tệp SVG thành ảnh PNG');
    expect(page.text).not.toContain('hoặc tệp SVG)');
    expect(await posterImages()).toContain('32x32');
  });
});

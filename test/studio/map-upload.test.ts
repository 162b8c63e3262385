/**
 * qa40 M5: the campaign's map (a muster point's), uploaded from the campaign's form in the box
 * “Sơ đồ / hình ảnh” beside the logo's: a real PNG becomes `so-do.png` beside campaign.yaml and
 * `assets.map.file` names it; with its caption the flyer's and the notice's previews print it;
 * "Xoá ảnh" removes it. A file that is no picture or too heavy is refused, named, with what to
 * do, and nothing changes. Real sockets on loopback; the PDFs read by poppler.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkVi } from '../support/cli.js';
import { pdfImageList } from '../support/pdf-items.js';
import { pdfText } from '../support/pdf-text.js';
import { removeTempDirs } from '../support/tmp.js';
import { saveCampaignPage } from './campaign-page.js';
import { type Client, plainText, studioWithExample, type TestStudio } from './studio.js';

/** The QA round's fire drill, typed into the form (without its map), and its map, 800 × 500. */
const FIXTURES = fileURLToPath(new URL('../fixtures/qa40-map/', import.meta.url));
const MAP = join(FIXTURES, 'so-do-tap-ket.png');
const CAPTION = 'Sơ đồ điểm tập kết';

/** What poppler reads of a PDF: its images ("page widthxheight") and its text. */
async function readPdf(pdf: Uint8Array): Promise<{ images: string[]; text: string }> {
  const images = (await pdfImageList(pdf)).map((i) => `${i.page} ${i.width}x${i.height}`);
  return { images, text: await pdfText(pdf) };
}

describe('the campaign map, uploaded in the studio', () => {
  let s: TestStudio;
  let c: Client;
  let folder: string;
  let file: string;
  beforeAll(async () => {
    ({ s, c, folder } = await studioWithExample());
    file = join(folder, 'campaign.yaml');
    const drill = await readFile(join(FIXTURES, 'campaign.yaml'), 'utf8');
    await writeFile(file, drill.replace(/\nassets:\n(?: {2}.*\n)+/, '\n'));
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  const upload = (name: string, bytes: Uint8Array) =>
    c.upload('/c/hai-phong/map', 'map', name, bytes, {}, '/c/hai-phong');
  const preview = async (kind: string) => {
    const res = await c.get(`/c/hai-phong/preview/file?group=5&kind=${kind}`);
    expect(
      res.status,
      res.text
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .slice(0, 1500),
    ).toBe(200);
    return readPdf(res.bytes);
  };

  it('has a box for it beside the logo’s, empty at first', async () => {
    const page = await c.get('/c/hai-phong');
    expect(page.text).toContain('<label for="f-assets-map-file">Sơ đồ / hình ảnh</label>');
    // Its help says the size that counts, the longer side's, as the check does (review43 #10).
    expect(page.text).toContain('Nên dùng ảnh có cạnh dài ít nhất 600 điểm ảnh để in rõ.');
    expect(page.text).toContain('Chưa có sơ đồ, hình ảnh.');
    expect(page.text).toContain('form="map-form"');
    expect(page.text.indexOf('f-assets-logo-file')).toBeLessThan(
      page.text.indexOf('f-assets-map-file'),
    );
  });

  it('refuses a file that is no picture, and one too heavy, naming it; nothing changes', async () => {
    const yaml = await readFile(file, 'utf8');
    const cases: [string, Uint8Array, string][] = [
      [
        'so-do.png',
        new TextEncoder().encode('Sơ đồ: xem bản giấy'),
        'Tệp “so-do.png” không phải là ảnh đọc được',
      ],
      [
        'ban-do-quet.png',
        new Uint8Array(6 * 1024 * 1024),
        'Tệp “ban-do-quet.png” nặng 6 MB, quá mức 5 MB cho một ảnh sơ đồ.',
      ],
    ];
    for (const [name, bytes, said] of cases) {
      const res = await upload(name, bytes);
      expect(res.status, name).toBe(422);
      expect(res.text, name).toContain(said);
      expect(res.text).toContain('Chưa tải được ảnh sơ đồ');
      expect(await readFile(file, 'utf8')).toBe(yaml);
      expect(existsSync(join(folder, 'so-do.png'))).toBe(false);
    }
  });

  it('keeps a caption typed before the picture, waiting for it: nothing printed, nothing warned', async () => {
    // The office fills the field under the box first, presses Lưu, and uploads the map after.
    const saved = await saveCampaignPage(c, 'hai-phong', { 'assets.map.caption': CAPTION });
    expect(saved.status, plainText(saved.text).slice(0, 600)).toBe(303);
    expect(parse(await readFile(file, 'utf8')).assets.map).toEqual({ caption: CAPTION });
    const page = await c.get('/c/hai-phong');
    expect(page.text).toContain(`value="${CAPTION}"`);
    expect(page.text).toContain('Chưa có sơ đồ, hình ảnh.');
    // `check` of the saved campaign: no error, and no word of a map it does not have.
    const run = await checkVi(file, join(folder, 'groups.csv'));
    expect(run.code, run.stderr).toBe(0);
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/sơ đồ|assets\.map/i);
    // The flyer prints neither a picture nor its caption alone.
    const flyer = await preview('flyer.pdf');
    expect(flyer.images).toEqual([]);
    expect(flyer.text).not.toContain(CAPTION);
  });

  it('takes a PNG: so-do.png named in campaign.yaml, shown, printed on the flyer and the notice', async () => {
    const png = new Uint8Array(await readFile(MAP));
    const res = await upload('Sơ đồ tập kết.png', png);
    expect(res.status, res.text.slice(0, 300)).toBe(303);
    expect(res.headers.get('location')).toBe('/c/hai-phong?map=uploaded');
    expect(new Uint8Array(await readFile(join(folder, 'so-do.png')))).toEqual(png);
    // The caption typed before it is kept beside it.
    expect(parse(await readFile(file, 'utf8')).assets.map).toEqual({
      caption: CAPTION,
      file: 'so-do.png',
    });
    const page = await c.get('/c/hai-phong?map=uploaded');
    expect(page.text).toContain('Đã tải ảnh sơ đồ lên.');
    expect(page.text).toContain('Đang dùng: so-do.png');
    expect(page.text).toContain(`name="assets.map.caption"`);
    expect(page.text).toContain(`value="${CAPTION}"`);
    const shown = await c.get('/c/hai-phong/map?v=so-do.png');
    expect(shown.status).toBe(200);
    expect(shown.headers.get('content-type')).toBe('image/png');
    const flyer = await preview('flyer.pdf');
    expect(flyer.images).toEqual(['1 800x500', '1 800x500']);
    expect(flyer.text).toContain(CAPTION);
    const notice = await preview('notice.pdf');
    expect(notice.images.length).toBe(1);
    expect(notice.images[0]).toMatch(/ 800x500$/);
    expect(notice.text).toMatch(new RegExp(`PHỤ LỤC\\s+${CAPTION}`));
  });

  it('removes it: campaign.yaml names no map, its file is gone, the flyer prints none', async () => {
    const res = await c.post('/c/hai-phong/map/remove', {}, '/c/hai-phong');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/c/hai-phong?map=removed');
    expect(parse(await readFile(file, 'utf8')).assets?.map).toBeUndefined();
    expect(existsSync(join(folder, 'so-do.png'))).toBe(false);
    expect((await preview('flyer.pdf')).images).toEqual([]);
  });
});

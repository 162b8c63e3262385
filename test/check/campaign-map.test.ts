/**
 * qa40 M5: a fire drill's muster-point map, given as `assets.map` with its caption, printed where
 * residents look — on the flyer under when and where, and on the notice's annex page (PHỤ LỤC,
 * the caption its title) — and refused like the logo when it cannot be printed (no such file, a
 * file that is no picture, a picture too large to read), each refusal at the field's line in
 * Vietnamese; one too small to print sharp at its printed size is warned of.
 * Input: the QA round's campaign and map (test/fixtures/qa40-map/).
 */
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { buildArgs, checkVi, runCliInProcess } from '../support/cli.js';
import { execToolOk } from '../support/exec.js';
import { lineOf } from '../support/inputs.js';
import { pdfImageList } from '../support/pdf-items.js';
import { pdfText } from '../support/pdf-text.js';
import { pngHeader } from '../support/png-header.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const FIXTURES = fileURLToPath(new URL('../fixtures/qa40-map/', import.meta.url));
const CAMPAIGN = join(FIXTURES, 'campaign.yaml');
const MAP = join(FIXTURES, 'so-do-tap-ket.png');
const GROUPS = fileURLToPath(new URL('../fixtures/qa40/groups20.csv', import.meta.url));

/** The images pdfimages lists, by page: [page, width, height]. */
const imagesOf = async (pdf: string): Promise<[number, number, number][]> =>
  (await pdfImageList(pdf))
    .filter((i) => i.type === 'image')
    .map((i) => [i.page, i.width, i.height]);

/** A copy of the campaign in a folder of its own, its `assets.map` line replaced by `map`. */
async function campaignWith(map: string, files: Record<string, Uint8Array | string> = {}) {
  const dir = await makeTempDir('phuong-print-map-');
  const text = (await readFile(CAMPAIGN, 'utf8')).replace(/^ {2}map: .*$/m, `  map: ${map}`);
  const file = join(dir, 'campaign.yaml');
  await writeFile(file, text);
  for (const [name, bytes] of Object.entries(files)) await writeFile(join(dir, name), bytes);
  return { file, line: lineOf(text, '  map:') };
}

/** The map's picture in the QA round's PNG, read by sharp: its size in pixels. */
async function mapSize(): Promise<[number, number]> {
  const { width, height } = await sharp(MAP).metadata();
  return [width ?? 0, height ?? 0];
}

describe('the campaign map (assets.map)', () => {
  it('prints on the flyer (both halves) and on the notice annex, with its caption', async () => {
    const text = await readFile(CAMPAIGN, 'utf8');
    const caption = /caption: "([^"]+)"/.exec(text)?.[1] ?? '?';
    const out = await makeTempDir('phuong-print-map-out-');
    const r = await runCliInProcess([
      ...buildArgs(CAMPAIGN, GROUPS, out, '--group', '1', '--kind', 'flyer', '--kind', 'notice'),
      '--lang',
      'vi',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const folder = join(out, 'to-dan-pho-dong-hung');
    const [w, h] = await mapSize();
    // The flyer sheet holds two flyers, each with the map.
    const flyer = join(folder, 'flyer.pdf');
    expect(await imagesOf(flyer)).toEqual([
      [1, w, h],
      [1, w, h],
    ]);
    const flyerText = await pdfText(flyer);
    expect(flyerText).toContain(caption);
    // Under when and where, above the steps.
    const at = (s: string) => flyerText.indexOf(s);
    expect(at('Địa điểm:')).toBeLessThan(at(caption));
    expect(at(caption)).toBeLessThan(at('Người dân cần làm gì?'));
    // The notice: the body and signature on page 1, the map on page 2, under PHỤ LỤC and its caption.
    const notice = join(folder, 'notice.pdf');
    expect(await imagesOf(notice)).toEqual([[2, w, h]]);
    const pages = (await execToolOk('pdftotext', ['-layout', notice, '-'])).split('\f');
    expect(pages[0]).not.toContain('PHỤ LỤC');
    expect(pages[1]).toMatch(new RegExp(`PHỤ LỤC\\s+${caption}\\s+\\(Kèm theo Thông báo số 03`));
  });

  it('refuses a map file that is not there, at its line, and still says the body picture', async () => {
    const text = (await readFile(CAMPAIGN, 'utf8'))
      .replace('so-do-tap-ket.png', 'so-do.png')
      .replace('./.\n', './.\n\n    ![Sơ đồ](so-do.png)\n');
    const dir = await makeTempDir('phuong-print-map-');
    const file = join(dir, 'campaign.yaml');
    await writeFile(file, text);
    const r = await checkVi(file, GROUPS);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `lỗi: ${file}, dòng ${lineOf(text, '  map:')}, mục “assets.map”: không có tệp “so-do.png” trong thư mục ${dir}`,
    );
    // README: every problem of the file in one run — the body's picture too, pointing at assets.map.
    expect(r.stderr).toContain(
      `lỗi: ${file}, dòng ${lineOf(text, '![')}, mục “notice.body”: nội dung có một hình ảnh`,
    );
    expect(r.stderr).toContain('hãy ghi “map: { file: so-do.png, caption: Sơ đồ điểm tập kết }”');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a file that is no picture', async () => {
    const { file, line } = await campaignWith('so-do.png', { 'so-do.png': 'Sơ đồ: xem bản giấy' });
    const r = await checkVi(file, GROUPS);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `lỗi: ${file}, dòng ${line}, mục “assets.map”: ảnh sơ đồ “so-do.png” không thuộc dạng ảnh nào đọc được`,
    );
  });

  it('refuses a picture too large to read (20,000 × 10,000 pixels)', async () => {
    const { file, line } = await campaignWith('{ file: so-do.png, caption: Sơ đồ }', {
      'so-do.png': pngHeader(20_000, 10_000),
    });
    const r = await checkVi(file, GROUPS);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `lỗi: ${file}, dòng ${line}, mục “assets.map”: ảnh sơ đồ quá lớn: 20.000 × 10.000 điểm ảnh (200 triệu)`,
    );
  });

  it('warns of a map too small to print sharp, and still builds', async () => {
    const small = await sharp(MAP).resize(400).png().toBuffer();
    const { file, line } = await campaignWith('nho.png', { 'nho.png': small });
    const r = await checkVi(file, GROUPS);
    expect(r.code, r.stderr).toBe(0);
    // 400 pixels over 100 mm: 101 dots an inch.
    expect(r.stderr).toContain(
      `cảnh báo: ${file}, dòng ${line}, mục “assets.map”: ảnh sơ đồ “nho.png” chỉ có 400 × 250 điểm ảnh: in dài 100 mm thì chỉ được 101 điểm ảnh mỗi inch, dưới mức 150 để in rõ`,
    );
    // The longer side is what counts: said so, in plain words (review43 #10).
    expect(r.stderr).toContain('gợi ý: Hãy dùng ảnh lớn hơn, cạnh dài nhất tối thiểu ');
  });

  it('a full flyer prints without it, said; the notice numbers its two annexes I and II', async () => {
    // The example's contest flyer is nearly full already; its notice has a QR annex.
    const dir = await makeTempDir('phuong-print-map-');
    await copyFile(MAP, join(dir, 'so-do.png'));
    const text = `${await readFile(EXAMPLE_CAMPAIGN, 'utf8')}assets:\n  map: { file: so-do.png, caption: Sơ đồ điểm tập kết }\n`;
    const file = join(dir, 'campaign.yaml');
    await writeFile(file, text);
    const out = join(dir, 'out');
    const r = await runCliInProcess([
      ...buildArgs(
        file,
        EXAMPLE_GROUPS,
        out,
        '--group',
        '5',
        '--kind',
        'flyer',
        '--kind',
        'notice',
      ),
      '--lang',
      'vi',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      `cảnh báo: ${file}, dòng ${lineOf(text, '  map:')}, mục “assets.map”: tờ rơi không còn chỗ cho sơ đồ, kể cả khi chữ đã nhỏ nhất: tờ rơi được in không có sơ đồ`,
    );
    const folder = join(out, 'to-dan-pho-so-5');
    expect(await imagesOf(join(folder, 'flyer.pdf'))).toEqual([]);
    const notice = join(folder, 'notice.pdf');
    const pages = (await execToolOk('pdftotext', ['-layout', notice, '-'])).split('\f');
    const first = pages.findIndex((p) => p.includes('PHỤ LỤC I\n'));
    const second = pages.findIndex((p) => p.includes('PHỤ LỤC II'));
    expect(first).toBeGreaterThan(0);
    expect(second).toBe(first + 1);
    expect(await imagesOf(notice)).toEqual([[first + 1, ...(await mapSize())]]);
    // Each annex numbers its pages on its own: Phụ lục II's one page has no number "2".
    expect(pages[second]?.trimStart().startsWith('PHỤ LỤC II')).toBe(true);
  });

  it('takes the QA round map as a plain file name too', async () => {
    const { file } = await campaignWith('so-do-tap-ket.png', {
      'so-do-tap-ket.png': await readFile(MAP),
    });
    const r = await checkVi(file, GROUPS);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('assets.map');
  });
});

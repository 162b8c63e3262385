/**
 * qa12 Q11: a campaign's own poster template with long scan/install steps printed its A3 poster
 * and its share image without them, and said nothing. Now the steps' type shrinks first (never
 * under the 9 pt any printed text is read at, scaled with the page), then all the type; what
 * still has no room is left out with a warning naming the template file and its section.
 */
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findKind } from '../../src/kinds/registry.js';
import { say } from '../../src/messages/message.js';
import { type BuildInputs, loadBuildInputs } from '../../src/output/inputs.js';
import { renderOutput } from '../../src/render/output.js';
import { pdfTextItems } from '../support/pdf-items.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { decodeQrCodes, decodeQrCodesEach } from '../support/qr.js';
import { greyImage } from '../support/qr-extent.js';
import { rasterize } from '../support/raster.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS, seedApp } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

/** Four steps of two or three lines each on A4: too long for the A3 sheet and the share image. */
const STEPS = [
  '**1.** Mở camera hoặc ứng dụng Zalo trên điện thoại thông minh của gia đình, hướng camera vào mã QR đúng loại máy (iPhone dùng mã bên trái, điện thoại Android dùng mã bên phải) và giữ yên vài giây cho đến khi đường dẫn hiện ra.',
  '**2.** Bấm vào đường dẫn hiện ra để mở kho ứng dụng (App Store trên iPhone, CH Play trên Android); nếu không thấy đường dẫn, hãy tìm "Smart Hải Phòng" trong kho ứng dụng.',
  '**3.** Bấm **Nhận** (iPhone) hoặc **Cài đặt** (Android), chờ tải xong rồi mở ứng dụng, đăng nhập bằng số điện thoại hoặc tài khoản định danh điện tử VNeID.',
  '**4.** Nếu cần hỗ trợ, liên hệ tổ trưởng tổ dân phố hoặc cán bộ văn hóa phường trong giờ hành chính, hoặc đến nhà văn hóa vào tối thứ Bảy hằng tuần để được hướng dẫn trực tiếp.',
];
/** The last words of each step: printed, the step is printed whole. */
const ENDS = [
  'đường dẫn hiện ra.',
  'trong kho ứng dụng.',
  'định danh điện tử VNeID.',
  'hướng dẫn trực tiếp.',
];

/** The example campaign with its own poster template whose steps are `steps`. */
async function campaignWithSteps(steps: readonly string[]): Promise<BuildInputs> {
  const dir = await makeTempDir('phuong-print-poster-steps-');
  await copyFile(EXAMPLE_CAMPAIGN, join(dir, 'campaign.yaml'));
  await copyFile(EXAMPLE_GROUPS, join(dir, 'groups.csv'));
  const tool = await readFile(new URL('../../templates/poster.hbs', import.meta.url), 'utf8');
  const [head, rest] = tool.split('@@ steps\n') as [string, string];
  const tail = rest.slice(rest.indexOf('@@ venue'));
  await mkdir(join(dir, 'templates'));
  await writeFile(
    join(dir, 'templates', 'poster.hbs'),
    `${head}@@ steps\n${steps.join('\n')}\n${tail}`,
  );
  return loadBuildInputs(
    { campaign: join(dir, 'campaign.yaml'), groups: join(dir, 'groups.csv') },
    ['poster', 'share'].map((k) => findKind(k) as NonNullable<ReturnType<typeof findKind>>),
  );
}

async function render(inputs: BuildInputs, kind: string, variant?: string): Promise<Uint8Array> {
  const [group] = inputs.groups;
  if (!group) throw new Error('no group');
  return (
    await renderOutput(
      findKind(kind) as NonNullable<ReturnType<typeof findKind>>,
      inputs.contextOf(group),
      {
        fonts: inputs.fonts,
        created: inputs.created,
        templateDir: inputs.spec.templateDir,
        variant,
      },
    )
  ).bytes;
}

let inputs: BuildInputs;
beforeAll(async () => {
  inputs = await campaignWithSteps(STEPS);
});
afterAll(removeTempDirs);

const SCALE = { a4: 1, a3: 297 / 210 } as const;

/** Each size's poster, drawn once for the two cases that read it (its text, its codes). */
const posters = new Map<string, Promise<Uint8Array>>();
function posterOf(size: keyof typeof SCALE): Promise<Uint8Array> {
  let made = posters.get(size);
  if (!made) {
    made = render(inputs, 'poster', size);
    posters.set(size, made);
  }
  return made;
}

describe.each(['a4', 'a3'] as const)('poster %s with long steps', (size) => {
  it('prints every step whole, in type of at least 9 pt (scaled with the page)', async () => {
    const pdf = await posterOf(size);
    const pages = (await pdfText(pdf)).split('\f').filter((p) => p.trim() !== '');
    for (const page of pages) {
      const text = collapseSpaces(page.replace(/\s+/g, ' '));
      for (const end of ENDS) expect(text).toContain(end);
    }
    const items = (await pdfTextItems(pdf)).flatMap((p) => p.items);
    // The pieces of the steps' lines as drawn (a long piece is the steps' own words).
    const plain = STEPS.join(' ').replace(/\*\*/g, '');
    const stepItems = items.filter(
      (i) => i.str.trim().length >= 15 && plain.includes(i.str.trim()),
    );
    expect(stepItems.length).toBeGreaterThan(0);
    for (const i of stepItems) expect(i.fontSize).toBeGreaterThanOrEqual(9 * SCALE[size] - 0.05);
  });

  it('still has codes that decode to the store links', async () => {
    const pdf = await posterOf(size);
    const decoded = (await decodeQrCodesEach(await rasterize(pdf, { dpi: 150 }))).flat();
    const app = seedApp(inputs.campaign);
    expect(decoded.sort()).toEqual([app.ios.url, app.android.url].sort());
  });
});

it('prints the steps box on the share image too, its codes still decoding', async () => {
  const dir = await makeTempDir('phuong-print-share-steps-');
  const png = join(dir, 'share.png');
  await writeFile(png, await render(inputs, 'share'));
  const app = seedApp(inputs.campaign);
  expect((await decodeQrCodes(png)).sort()).toEqual([app.ios.url, app.android.url].sort());
  // The steps' box is the poster's one tinted area (#f1f1f1): it is there, a band across.
  const img = await greyImage(png);
  let tinted = 0;
  for (let y = 0; y < img.height; y += 2) if (img.at(img.width / 2, y) === 0xf1) tinted++;
  expect(tinted * 2).toBeGreaterThan(100);
});

it('warns, naming the template and its section, when the steps cannot fit at all', async () => {
  const many = await campaignWithSteps(Array.from({ length: 8 }, () => STEPS).flat());
  expect(inputs.warnings.map((w) => w.where.field)).not.toContain('steps');
  const warned = many.warnings.filter((w) => w.where.field === 'steps');
  expect(warned.length).toBeGreaterThan(0);
  for (const w of warned) expect(w.where.file).toMatch(/templates[/\\]poster\.hbs$/);
  const said = warned.map((w) => say(w.text, 'vi')).join('\n');
  expect(said).toContain('“@@ steps”');
  expect(said).toMatch(/áp phích khổ A3|ảnh chia sẻ/);
});

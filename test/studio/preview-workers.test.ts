/**
 * The studio's preview draws in worker threads (serve's document pool): what the office sees is
 * still the edited document — the page picture shows the new subject where the PDF prints it —
 * and a template that fails in a worker is still named, in Vietnamese, with its file.
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { loadBuildInputs } from '../../src/output/inputs.js';
import { inputsRead } from '../../src/output/inputs-read.js';
import { WORKER } from '../../src/output/pool.js';
import type { GroupJob } from '../../src/output/render-job.js';
import type { DocumentPool } from '../../src/serve/renderer.js';
import type { CampaignPaths } from '../../src/studio/campaign-folders.js';
import { Previewer, previewThreads } from '../../src/studio/preview.js';
import { collapseSpaces, pdfText, pdfWords } from '../support/pdf-text.js';
import { rasterize } from '../support/raster.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { wardCsv } from '../support/ward.js';
import { saveCampaignPage } from './campaign-page.js';
import { pressPrintAll } from './print-all.js';
import { type Client, studioWithExample, type TestStudio } from './studio.js';

const TEMPLATE = join(import.meta.dirname, '../../templates/notice.hbs');

/** The tool's flyer with more text than an A5 page holds: a fault only drawing finds. */
async function overlongFlyer(): Promise<string> {
  const flyer = await readFile(join(import.meta.dirname, '../../templates/flyer.hbs'), 'utf8');
  const long = 'Mỗi hộ gia đình cùng tham gia cuộc thi để hiểu rõ hơn về pháp luật. '.repeat(120);
  expect(flyer).toContain('@@ dates\n');
  return flyer.replace('@@ dates\n', `@@ dates\n${long}\n`);
}

const panelOf = (c: Client, slug: string, kind = 'notice.pdf') =>
  c.get(`/c/${slug}/preview/panel?group=5&kind=${kind}`);
const firstImage = (html: string) =>
  (/<img src="([^"]+)"/.exec(html)?.[1] ?? '').replace(/&amp;/g, '&');
const fileLink = (html: string) =>
  (/href="([^"]*\/preview\/file\?[^"]+)"/.exec(html)?.[1] ?? '').replace(/&amp;/g, '&');

/**
 * A picture as grey pixels `width` wide, blurred: two rasterisers' anti-aliasing and a fraction
 * of a pixel's offset then count for little, different words for much.
 */
async function grey(picture: Uint8Array | string, width: number) {
  const { data, info } = await sharp(picture)
    .resize({ width })
    .greyscale()
    .blur(2)
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

type Grey = Awaited<ReturnType<typeof grey>>;
type Box = { x: number; y: number; w: number; h: number };

/** Mean absolute difference of two pictures inside a box (0 = the same, 255 = opposite). */
function difference(a: Grey, b: Grey, box: Box): number {
  let sum = 0;
  for (let y = box.y; y < box.y + box.h; y++) {
    for (let x = box.x; x < box.x + box.w; x++) {
      sum += Math.abs((a.data[y * a.width + x] ?? 0) - (b.data[y * b.width + x] ?? 0));
    }
  }
  return sum / (box.w * box.h);
}

/** How dark a box is on average (0 = blank paper). */
function ink(a: Grey, box: Box): number {
  let sum = 0;
  for (let y = box.y; y < box.y + box.h; y++) {
    for (let x = box.x; x < box.x + box.w; x++) sum += 255 - (a.data[y * a.width + x] ?? 255);
  }
  return sum / (box.w * box.h);
}

/**
 * The studio's preview threads (`previewThreads`), one set for the file: the studio and the
 * Previewer each see it through a view whose close leaves it open. One thread, not the machine's
 * two: what is checked is that nothing is drawn on the studio's own thread, which one shows as
 * well as two, and a thread's start loads the renderer and its fonts (about a second of CPU), and
 * reads and checks each campaign again (~0.5 s a build here).
 */
let threads: DocumentPool;
const viewOf = (pool: DocumentPool): DocumentPool => ({ ...pool, close: async () => {} });
beforeAll(() => {
  threads = previewThreads(undefined, 1);
});
afterAll(async () => {
  await threads.close();
  await removeTempDirs();
});

describe('the preview through the worker pool', () => {
  let s: TestStudio;
  let c: Client;
  let folder: string;
  const slug = 'hai-phong';
  beforeAll(async () => {
    // Without compiled workers the studio draws in its own thread: this test is about workers.
    expect(existsSync(WORKER), 'run npm run build first').toBe(true);
    ({ s, c, folder } = await studioWithExample({ makeDocumentPool: () => viewOf(threads) }));
  });
  afterAll(async () => {
    await s.close();
  });

  it('shows the edited subject on the page picture, where the PDF prints it', async () => {
    const before = await panelOf(c, slug);
    const beforePicture = (await c.get(firstImage(before.text))).bytes;
    const subject = 'KHẨN: đổi lịch họp tổ dân phố sang thứ Bảy';
    const saved = await saveCampaignPage(c, slug, { 'notice.subject': subject });
    expect(saved.status).toBe(303);
    const after = await panelOf(c, slug);
    const picture = await c.get(firstImage(after.text));
    expect(picture.headers.get('content-type')).toBe('image/jpeg');
    const pdf = (await c.get(fileLink(after.text))).bytes;
    expect(collapseSpaces(await pdfText(pdf))).toContain(subject);

    // Where the PDF prints the new subject's words (poppler's boxes, in points)…
    const words = (await pdfWords(pdf)).filter(
      (w) => w.page === 1 && ['KHẨN:', 'đổi', 'lịch', 'họp', 'Bảy'].includes(w.text),
    );
    expect(words.length).toBeGreaterThanOrEqual(5);
    const now = await grey(picture.bytes, 900);
    const px = 900 / 595.28;
    const box: Box = {
      x: Math.floor(Math.min(...words.map((w) => w.xMin)) * px),
      y: Math.floor(Math.min(...words.map((w) => w.yMin)) * px),
      w: Math.ceil(
        (Math.max(...words.map((w) => w.xMax)) - Math.min(...words.map((w) => w.xMin))) * px,
      ),
      h: Math.ceil(
        (Math.max(...words.map((w) => w.yMax)) - Math.min(...words.map((w) => w.yMin))) * px,
      ),
    };
    // …the preview's picture has text, and it is poppler's own drawing of the new PDF there,
    // not the old subject's.
    const [page1] = await rasterize(pdf, { dpi: 72 * px, page: 1 });
    const printed = await grey(page1 ?? '', 900);
    const old = await grey(beforePicture, 900);
    expect(ink(now, box)).toBeGreaterThan(20);
    const same = difference(now, printed, box);
    const changed = difference(old, printed, box);
    expect(same).toBeLessThan(changed / 3);
  });

  it('names a template that fails in a worker, in Vietnamese, with its file', async () => {
    await cp(EXAMPLE_GROUPS, join(folder, 'groups.csv'));
    // Every other check passes: only drawing the flyer finds it too long for its page.
    await mkdir(join(folder, 'templates'), { recursive: true });
    await writeFile(join(folder, 'templates', 'flyer.hbs'), await overlongFlyer());
    const panel = await panelOf(c, slug, 'flyer.pdf');
    expect(panel.status).toBe(200);
    expect(panel.text).toContain(
      'Chưa xem trước được: Nội dung tờ rơi không vừa một trang A5, kể cả khi chữ đã nhỏ nhất (9 pt)',
    );
    expect(panel.text).toContain('(tệp templates/flyer.hbs)');
    // And how to fix it, as the CLI's hint says it.
    expect(panel.text).toMatch(
      /Rút ngắn các phần của tờ rơi \(bớt dòng hoặc viết gọn lại\) ít nhất \d+ mm: các nội dung chiến dịch in trên đó, hoặc mẫu tờ rơi\./,
    );
    expect(panel.text).not.toContain('<img');

    // A template without a section its document draws is found before drawing, named whole.
    const template = (await readFile(TEMPLATE, 'utf8')).replace(/^@@ motto-sub\n/m, '');
    await writeFile(join(folder, 'templates', 'notice.hbs'), template);
    const notice = await panelOf(c, slug);
    expect(notice.text).toContain(
      'Mẫu thiếu 1 phần có trong mẫu notice.hbs của phần mềm: @@ motto-sub',
    );
    expect(notice.text).toContain('(tệp templates/notice.hbs)');
    expect(notice.text).not.toContain('<img');
  });
});

describe('the Previewer', () => {
  it('draws the document and its page pictures in worker threads, and rebuilds their UserErrors', async () => {
    const dir = await makeTempDir();
    await cp(EXAMPLE_CAMPAIGN, join(dir, 'campaign.yaml'));
    await cp(EXAMPLE_GROUPS, join(dir, 'groups.csv'));
    const drawnIn: number[] = [];
    const inner = viewOf(threads);
    const pool: DocumentPool = {
      ...inner,
      renderWithPages: async (task) => {
        const r = await inner.renderWithPages(task);
        drawnIn.push(r.thread);
        return r;
      },
      renderPicture: async (task) => {
        const r = await inner.renderPicture(task);
        drawnIn.push(r.thread);
        return r;
      },
    };
    const previewer = new Previewer(() => pool);
    const paths: CampaignPaths = {
      slug: 'p',
      folder: dir,
      file: join(dir, 'campaign.yaml'),
      out: join(dir, 'out'),
      groups: join(dir, 'groups.csv'),
    };
    try {
      const ward = await previewer.ward(paths);
      const output = ward.output('notice.pdf');
      if (!output) throw new Error('no notice');
      const count = await previewer.pageCount(ward, '5', output);
      const pdf = await previewer.file(ward, '5', output);
      expect(count).toBe(pdf.pages);
      for (let n = 1; n <= count; n++) {
        const picture = await previewer.page(ward, '5', output, n);
        expect((await sharp(picture ?? new Uint8Array()).metadata()).width).toBe(900);
      }
      expect(await previewer.page(ward, '5', output, count + 1)).toBeUndefined();
      // One layout, then each page's picture: none of it on this thread.
      expect(drawnIn).toHaveLength(1 + count);
      expect(drawnIn.every((t) => t !== threadId && t > 0)).toBe(true);

      // A template only drawing finds wrong: the worker's UserError arrives as a UserError.
      await mkdir(join(dir, 'templates'));
      await writeFile(join(dir, 'templates', 'flyer.hbs'), await overlongFlyer());
      const next = await previewer.ward(paths);
      const flyer = next.output('flyer.pdf');
      if (!flyer) throw new Error('no flyer');
      const failed = await previewer.file(next, '5', flyer).catch((e: unknown) => e);
      expect(failed).toBeInstanceOf(UserError);
      expect((failed as UserError).message).toContain('does not fit on an A5 page');
      expect((failed as UserError).where.file).toBe(join(dir, 'templates', 'flyer.hbs'));
    } finally {
      await previewer.close();
    }
  });
});

describe("the studio's builds on its preview threads", () => {
  let s: TestStudio;
  let c: Client;
  let folder: string;
  const slug = 'hai-phong';
  /** The thread each group of the studio's builds came back from. */
  const drawnOn: number[] = [];
  /**
   * A ward of two groups: what is checked is where each group is drawn and what the next build
   * reads, not how many groups there are (a third group was every kind drawn twice more, ~0.2 s of
   * CPU a build: bench/results.md, session 31).
   */
  const GROUPS = 2;
  beforeAll(async () => {
    const recording = (pool: DocumentPool): DocumentPool => {
      const jobs = pool.groupJobs;
      if (!jobs) throw new Error('no worker threads');
      return {
        ...viewOf(pool),
        groupJobs: {
          threads: jobs.threads,
          run: async (job) => {
            const r = await jobs.run(job);
            drawnOn.push(r.thread);
            return r;
          },
        },
      };
    };
    ({ s, c, folder } = await studioWithExample({
      makeDocumentPool: () => recording(threads),
      groups: wardCsv(GROUPS),
    }));
  });
  afterAll(async () => {
    await s.close();
  });

  const buildAll = async () => {
    expect((await pressPrintAll(c, slug)).status).toBe(303);
    await expect
      .poll(async () => JSON.parse((await c.get(`/c/${slug}/build/status`)).text).state, {
        timeout: 120_000,
        interval: 100,
      })
      .toBe('done');
  };
  const noticesText = async () => {
    const manifest = JSON.parse(await readFile(join(folder, 'out', 'manifest.json'), 'utf8'));
    const print = manifest.print.find((p: { kind: string }) => p.kind === 'notice');
    return collapseSpaces(await pdfText((await c.get(`/c/${slug}/out/${print.path}`)).bytes));
  };

  it('draws every group of a small ward on them, and the next build reads the edited campaign', async () => {
    await buildAll();
    // Every group, none on the thread that answers the office's pages.
    expect(drawnOn).toHaveLength(GROUPS);
    expect(drawnOn.every((t) => t !== threadId && t > 0)).toBe(true);

    // The threads keep the inputs they read between builds: an edit is read again.
    const file = join(folder, 'campaign.yaml');
    const text = await readFile(file, 'utf8');
    const subject = /^ {2}subject: (.+)$/m.exec(text)?.[1] ?? '';
    expect(subject).not.toBe('');
    const edited = `khẩn trương ${subject}`;
    await writeFile(file, text.replace(subject, edited));
    await buildAll();
    expect(drawnOn).toHaveLength(2 * GROUPS);
    const notices = await noticesText();
    expect(notices).toContain(collapseSpaces(`V/v ${edited}`));
    expect(notices).toContain(`Tổ dân phố số ${GROUPS}`);
  });

  it('refuses to draw a group from a campaign saved after the build read it, naming the file', async () => {
    const jobs = threads.groupJobs;
    if (!jobs) throw new Error('no worker threads');
    const dir = await makeTempDir();
    const spec = { campaign: join(dir, 'campaign.yaml'), groups: join(dir, 'groups.csv') };
    await cp(EXAMPLE_CAMPAIGN, spec.campaign);
    await writeFile(spec.groups, wardCsv(2));
    const inputs = await loadBuildInputs(spec, []);
    const job: GroupJob = {
      spec,
      kinds: [],
      read: inputsRead(inputs),
      out: join(dir, 'out'),
      groupId: inputs.groups[0]?.id ?? '',
      items: [],
    };
    // Saved between the build's reading and the thread's: refused, with the file's name.
    await writeFile(spec.campaign, `${await readFile(spec.campaign, 'utf8')}\n# edited\n`);
    const refused = await jobs.run(job).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(UserError);
    expect((refused as UserError).where.file).toBe(spec.campaign);
    expect((refused as UserError).say('vi')).toBe(
      'tệp campaign.yaml đã thay đổi trong lúc đang in',
    );
    // Saved half-typed (not YAML): the office is told the same, not the YAML's fault.
    await writeFile(spec.campaign, 'issued: 2025-10-09\nnotice: [\n');
    const broken = await jobs.run(job).catch((e: unknown) => e);
    expect(broken).toBeInstanceOf(UserError);
    expect((broken as UserError).say('vi')).toBe('tệp campaign.yaml đã thay đổi trong lúc đang in');
  });
});

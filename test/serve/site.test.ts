/**
 * `build --site`, end to end through the CLI: the static download site under out/site/ has each
 * group's page at g/<token>/index.html (the server's paths) with every file it links to beside
 * it, the office's page under its own secret folder with the links `links` prints, blank pages
 * where a host would list folders, and nothing of an older secret. The site every case reads is
 * built by the program (bin/ → the bundle: needs `npm run build`); the other commands run by the
 * CLI's code in this process (runCliInProcess), what they print and write being the point.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSiteToken, groupToken } from '../../src/serve/tokens.js';
import { buildArgs, runCli, runCliInProcess } from '../support/cli.js';
import { UTF8_ENV } from '../support/exec.js';
import { visible } from '../support/page-text.js';
import { collapseSpaces, pdfInfo, pdfText } from '../support/pdf-text.js';
import { decodeQrCodes } from '../support/qr.js';
import { rasterize } from '../support/raster.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { chromiumAvailable, closeContexts, sharedChromium } from './chromium.js';
import { EXAMPLE_ROSTERS, SECRET } from './server.js';

const BASE = 'https://phuong.example.vn/tai-lieu';
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
let out: string;
let groups: string;
let site: string;
/** What the build of the site every case reads printed on stdout. */
let built: string;

/**
 * The kinds the cases read: the notice, the posters, the flyer, the checklist and the tracking
 * sheet; the site offers those alone (not the two share pictures, which no case looks at).
 */
const READ_KINDS = 'notice,poster,flyer,checklist,tracker';
/** What a download's name says of the example's campaign: its notice's number and symbol. */
const CAMPAIGN_TAG = ' - số 05-UBND-VHXH';

// Without the documents' page-by-page views (pictures of every page: half the build's CPU):
// they are site-pages.test.ts's, which reads each view page and its pictures.
const buildSite = (secret: string, run = runCliInProcess, list = groups, kinds = READ_KINDS) =>
  run(
    buildArgs(EXAMPLE_CAMPAIGN, list, out, '--quiet', '--site', '--no-site-views').concat([
      '--kind',
      kinds,
      '--rosters',
      EXAMPLE_ROSTERS,
      '--base-url',
      BASE,
    ]),
    { env: { PHUONG_PRINT_SECRET: secret } },
  );

beforeAll(async () => {
  const dir = await makeTempDir();
  // Two groups keep the builds short (each site drew every document again for its thumbnails):
  // group 5 has a roster, group 1 none.
  const lines = (await readFile(EXAMPLE_GROUPS, 'utf8')).split(/\r?\n/);
  groups = join(dir, 'groups.csv');
  await writeFile(groups, [lines[0], lines[1], lines[5]].join('\r\n'));
  out = join(dir, 'out');
  site = join(out, 'site');
  // The last describe's build, in this process while the program's below runs (its failure is
  // that describe's: seen there).
  kindsBuild().catch(() => undefined);
  const r = await buildSite(SECRET, runCli);
  built = r.stdout;
  // Only the warning that the rosters' names are on the site (a static site cannot be closed).
  expect(r.stderr).toMatch(
    /^warning: the site \S+ holds the residents' names[^\n]*\nhint: [^\n]*\n$/,
  );
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(
    /wrote the download site \(\d+ files\) to .*site; .* is in .*site-admin\.txt/,
  );
  expect(r.stdout).toContain(
    "the groups' pages offer only notices, posters, flyers, checklists, tracking sheets, as --kind asked",
  );
  // The office's secret path is not printed, only kept in a file its owner alone can read.
  expect(r.stdout).not.toContain(adminSiteToken(SECRET));
  const adminFile = join(out, 'site-admin.txt');
  expect(await readFile(adminFile, 'utf8')).toBe(
    `site/admin-${adminSiteToken(SECRET)}/index.html\n`,
  );
  expect((await stat(adminFile)).mode & 0o777).toBe(0o600);
});
afterAll(async () => {
  await closeContexts(chromiumAvailable ? await sharedChromium() : undefined);
  await removeTempDirs();
});

/** The relative href/src targets of a page, resolved on disk. */
function targets(html: string, page: string): string[] {
  return [...html.matchAll(/(?:href|src)="([^"]+)"/g)]
    .map((m) => m[1] ?? '')
    .filter((u) => !/^(https?:|data:|tel:)/.test(u))
    .map((u) => resolve(dirname(page), u.endsWith('/') ? `${u}index.html` : u));
}

/** Every page (`.html`) of a site, relative to it. */
async function sitePages(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true });
  return entries.filter((f) => f.endsWith('.html')).sort();
}

/** Each page's href/src that names no file of the site: none on a site whose links all work. */
async function brokenLinks(root: string): Promise<string[]> {
  const broken: string[] = [];
  for (const page of await sitePages(root)) {
    const html = await readFile(join(root, page), 'utf8');
    for (const f of targets(html, join(root, page)))
      if (!existsSync(f)) broken.push(`${page} → ${f}`);
  }
  return broken;
}

/**
 * A static site's leader page is made once and cannot know the day, so it said nothing of the
 * campaign's end (the served page says "Cuộc thi đã kết thúc ngày …"). It now prints the
 * contest's days, "Thời gian cuộc thi: từ ngày 11/10/2025 đến hết ngày 11/11/2025", and share.js
 * shows the served page's note by the phone's own date: after the last day, before the first.
 * Without script the days still read right and no note shows. The example's contest
 * (examples/hai-phong/campaign.yaml: 11/10/2025 – 11/11/2025), group 1's page of this file's
 * site (before the case that rebuilds it under another secret), in Chromium at a phone's size
 * with the phone's clock set. (Its own file built a site of group 1 for it: site-period.test.ts.)
 */
const groupOnePage = () => join(site, 'g', groupToken(SECRET, '1'), 'index.html');

const ENDED = 'Cuộc thi đã kết thúc ngày 11/11/2025.';
const BEFORE = 'Cuộc thi bắt đầu từ ngày 11/10/2025 (đến hết ngày 11/11/2025).';

/** The page's visible text in Chromium, 360×740, the phone's clock at `now` (Viet Nam). */
async function shownAt(now: string | null, script = true): Promise<string> {
  const browser = await sharedChromium();
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    isMobile: true,
    timezoneId: 'Asia/Ho_Chi_Minh',
    javaScriptEnabled: script,
  });
  const tab = await context.newPage();
  if (now) await tab.clock.setFixedTime(new Date(now));
  await tab.goto(pathToFileURL(groupOnePage()).href);
  await tab.waitForLoadState('load');
  // biome-ignore lint/performance/useDomNodeTextContent: what is shown (a hidden note is not read)
  const text = await tab.locator('body').innerText();
  await context.close();
  return text.replace(/\s+/g, ' ');
}

describe('a static site’s leader page and the contest’s days', () => {
  it('prints the days, and both notes hidden until the script reads the phone’s date', async () => {
    const html = await readFile(groupOnePage(), 'utf8');
    const text = visible(html);
    expect(text).toContain('Thời gian cuộc thi: từ ngày 11/10/2025 đến hết ngày 11/11/2025');
    expect(html).toMatch(/<p class="period period-ended" data-ends="2025-11-11" hidden>/);
    expect(html).toMatch(/<p class="period" data-starts="2025-10-11" hidden>/);
  });

  it.skipIf(!chromiumAvailable)('after the last day, the phone shows that it ended', async () => {
    const text = await shownAt('2025-11-12T00:30:00+07:00');
    expect(text).toContain(ENDED);
    expect(text).not.toContain(BEFORE);
    // No longer urged to send and print, as the served page after the end (lpap's left-over).
    expect(text).not.toContain('Việc cần làm');
    expect(text).not.toContain('Gửi tin nhắn ngay');
  });

  it.skipIf(!chromiumAvailable)('on the last day and during it, neither note', async () => {
    for (const now of ['2025-11-11T23:30:00+07:00', '2025-10-20T09:00:00+07:00']) {
      const text = await shownAt(now);
      expect(text, now).not.toContain('đã kết thúc');
      expect(text, now).not.toContain('bắt đầu từ ngày');
      expect(text, now).toContain('Gửi tin nhắn ngay dưới đây vào nhóm Zalo');
    }
  });

  it.skipIf(!chromiumAvailable)(
    'before the first day, the phone shows when it starts',
    async () => {
      const text = await shownAt('2025-10-10T20:00:00+07:00');
      expect(text).toContain(BEFORE);
      expect(text).not.toContain(ENDED);
    },
  );

  it.skipIf(!chromiumAvailable)(
    'without script, the days still read and no note shows',
    async () => {
      const text = await shownAt(null, false);
      expect(text).toContain('Thời gian cuộc thi: từ ngày 11/10/2025 đến hết ngày 11/11/2025');
      expect(text).not.toContain('đã kết thúc');
    },
  );
});

describe('static site', () => {
  it("has each group's page under its token, linking only to files that exist", async () => {
    const cases: [string, string][] = [
      ['1', 'Tổ dân phố số 1'],
      ['5', 'Tổ dân phố số 5'],
    ];
    for (const [id, name] of cases) {
      const page = join(site, 'g', groupToken(SECRET, id), 'index.html');
      const html = await readFile(page, 'utf8');
      expect(html).toContain(`<h1>${name}</h1>`);
      const files = targets(html, page);
      expect(files.length).toBeGreaterThanOrEqual(10);
      for (const f of files) expect(existsSync(f), f).toBe(true);
      expect(html).toContain('download="Tổ dân phố số');
      // Each document's own first page as its thumbnail, beside it; the in-app hint hidden (a
      // static page knows no User-Agent: share.js shows it inside Zalo, site-pages.test.ts).
      expect(html).toContain('src="poster-a4.preview.png"');
      expect(html).toContain('src="notice.preview.png"');
      expect(html).toMatch(/<p class="in-app" role="note" data-in-app hidden>/);
      expect(html).not.toContain('Trần Thị Bích Ngọc'); // a resident of group 5's roster
    }
  });

  it('holds the files the build wrote, byte for byte', async () => {
    const dir = join(site, 'g', groupToken(SECRET, '5'));
    const built = await readFile(join(out, 'to-dan-pho-so-5', 'notice.pdf'));
    expect(sha(await readFile(join(dir, 'notice.pdf')))).toBe(sha(built));
    expect(
      collapseSpaces(await pdfText(join(dir, 'poster-a3.pdf'))).toLocaleUpperCase('vi'),
    ).toContain('TỔ DÂN PHỐ SỐ 5');
    expect(await pdfText(join(dir, 'tracker.pdf'))).toContain('Trần Thị Bích Ngọc');
    expect(await pdfText(join(site, 'g', groupToken(SECRET, '1'), 'tracker.pdf'))).not.toContain(
      'Trần Thị Bích Ngọc',
    );
  });

  // Built with --no-site-views (beforeAll). Its own build was site-pages.test.ts's: this one is
  // the same command, and is built anyway.
  it('--no-site-views: writes no view pages nor pictures, and “Xem” opens the PDF', async () => {
    for (const id of ['1', '5']) {
      const dir = join(site, 'g', groupToken(SECRET, id));
      const files = await readdir(dir);
      expect(files.filter((f) => f.endsWith('.html'))).toEqual(['index.html']);
      expect(files.filter((f) => /\.page-\d+(\.large)?\.png$/.test(f))).toEqual([]);
      const leader = await readFile(join(dir, 'index.html'), 'utf8');
      const pdfs = files.filter((f) => f.endsWith('.pdf'));
      expect(pdfs.length).toBeGreaterThanOrEqual(3);
      for (const pdf of pdfs) {
        // Both "Xem" and "Tải về" link the PDF; no link to a view page.
        expect(leader, pdf).toContain(`href="${pdf}" download=`);
        expect(leader, pdf).toMatch(new RegExp(`href="${pdf.replace('.', '\\.')}"(?! download)`));
        expect(leader, pdf).not.toContain(`href="${pdf.replace(/\.pdf$/, '.html')}"`);
      }
    }
    expect(built).not.toContain('--no-site-views');
  });

  it('hands out tagged PDFs, as serve does: pdfinfo says “Tagged: yes” of each', async () => {
    for (const id of ['1', '5']) {
      const dir = join(site, 'g', groupToken(SECRET, id));
      const pdfs = (await readdir(dir)).filter((f) => f.endsWith('.pdf'));
      // The notice, the posters, the flyer, the checklist and the tracking sheet.
      expect(pdfs.length, pdfs.join(' ')).toBeGreaterThanOrEqual(6);
      for (const f of pdfs) expect((await pdfInfo(join(dir, f))).tagged, `${id}/${f}`).toBe(true);
    }
  });

  it("has the office's page under its own secret folder, with the links `links` prints", async () => {
    const page = join(site, `admin-${adminSiteToken(SECRET)}`, 'index.html');
    const html = await readFile(page, 'utf8');
    for (const f of targets(html, page)) expect(existsSync(f), f).toBe(true);
    const links = await runCliInProcess(['links', '--groups', groups, '--base-url', BASE], {
      env: { PHUONG_PRINT_SECRET: SECRET },
    });
    // The office's sheet of them: BOM, ";", Vietnamese headers; the same links in the same order.
    const csv = await readFile(join(dirname(page), 'links.csv'), 'utf8');
    const csvRows = csv.split('\r\n');
    expect(csvRows[0]).toBe('\uFEFFMã tổ;Tên tổ dân phố;Tổ trưởng;Điện thoại;Đường dẫn');
    const lastField = (rows: string[], sep: string) => rows.map((r) => r.split(sep).at(-1));
    // `links` keeps its url third, whatever columns follow.
    const cliUrls = links.stdout
      .trimEnd()
      .split('\r\n')
      .slice(1)
      .map((r) => r.split(',')[2]);
    expect(lastField(csvRows.slice(1, -1), ';')).toEqual(cliUrls);
    for (const url of cliUrls) expect(html).toContain(`>${url}</a>`);
    // One code for each group of the groups file.
    expect(html.match(/<img class="qr"/g)).toHaveLength(
      (await readFile(groups, 'utf8')).trim().split('\r\n').length - 1,
    );
    expect(existsSync(join(dirname(page), 'ward.zip'))).toBe(true);
    // The sheet of codes to cut (targets() above: the page links it) scans to the same links.
    expect(html).toContain('href="qr.pdf"');
    const urls = cliUrls;
    const [sheet] = await rasterize(join(dirname(page), 'qr.pdf'), { dpi: 100 });
    expect((await decodeQrCodes(sheet as string)).sort()).toEqual(urls.sort());
  });

  it("the office's ward.zip holds each group's files as its page offers them, and unzip tests it clean", async () => {
    const zip = join(site, `admin-${adminSiteToken(SECRET)}`, 'ward.zip');
    // The archive is written from the site's files (not held in memory): whole, and readable.
    const tested = await promisify(execFile)('unzip', ['-t', zip], { env: UTF8_ENV });
    expect(tested.stdout).toContain('No errors detected');
    const entries = unzipSync(await readFile(zip));
    const expected: string[] = [];
    // In the groups file's order, a folder named as the group, each document its page offers.
    for (const [id, name] of [
      ['1', 'Tổ dân phố số 1'],
      ['5', 'Tổ dân phố số 5'],
    ]) {
      const dir = join(site, 'g', groupToken(SECRET, id ?? ''));
      const html = await readFile(join(dir, 'index.html'), 'utf8');
      const offered = [...html.matchAll(/href="([^"]+)" download="([^"]+)"/g)].filter(
        (m) => !m[2]?.endsWith('.zip'),
      );
      expect(offered.length, name).toBeGreaterThanOrEqual(6);
      for (const [, href = '', download = ''] of offered) {
        // The page names a download with the campaign (the example notice's number, "Số:
        // 05/UBND-VHXH", qa58b M5); inside the ZIP, whose own name carries it, the file is not.
        expect(download, href).toContain(CAMPAIGN_TAG);
        const path = `${name}/${download.replace(CAMPAIGN_TAG, '')}`;
        expected.push(path);
        expect(sha(entries[path] ?? new Uint8Array()), path).toBe(
          sha(await readFile(join(dir, href))),
        );
      }
    }
    expect(Object.keys(entries)).toEqual(expected);
  });

  it('every href and src of every page names a file of the site', async () => {
    // The leaders' pages, the office's page and the blank index pages.
    expect((await sitePages(site)).length).toBe(5);
    expect(await brokenLinks(site)).toEqual([]);
  });

  it('lists nothing: blank index pages, robots.txt, no stray files', async () => {
    expect((await readdir(site)).sort()).toEqual(
      [`admin-${adminSiteToken(SECRET)}`, 'assets', 'g', 'index.html', 'robots.txt'].sort(),
    );
    // The two groups' folders and the blank index.html.
    expect((await readdir(join(site, 'g'))).sort()).toEqual(
      [groupToken(SECRET, '1'), groupToken(SECRET, '5'), 'index.html'].sort(),
    );
    for (const blank of ['index.html', 'g/index.html']) {
      const html = await readFile(join(site, blank), 'utf8');
      expect(html).not.toContain(groupToken(SECRET, '5'));
      expect(html).not.toContain('admin-');
    }
    expect(await readFile(join(site, 'robots.txt'), 'utf8')).toContain('Disallow: /');
  });

  it('never deletes a site/ folder it did not write, unless --force', async () => {
    const dir = await makeTempDir();
    const mine = join(dir, 'out');
    await mkdir(join(mine, 'site'), { recursive: true });
    await writeFile(join(mine, 'site', 'trang-chu.html'), '<p>the ward’s own page</p>');
    // An output folder of ours (a manifest) whose site/ holds the user's own page.
    await writeFile(join(mine, 'manifest.json'), '{}');
    // One group's flyer: what is kept or replaced is the folder, not what is in the site.
    const one = join(dir, 'one-group.csv');
    await writeFile(one, (await readFile(groups, 'utf8')).split('\r\n').slice(0, 2).join('\r\n'));
    const args = (extra: string[]) =>
      runCliInProcess(
        buildArgs(
          EXAMPLE_CAMPAIGN,
          one,
          mine,
          '--site',
          '--no-site-views',
          '--kind',
          'flyer',
          ...extra,
        ),
        {
          env: { PHUONG_PRINT_SECRET: SECRET },
        },
      );
    const refused = await args([]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /^error: .*site already exists and was not written by phuong-print/m,
    );
    expect(await readdir(join(mine, 'site'))).toEqual(['trang-chu.html']);
    expect((await args(['--force'])).code).toBe(0);
    expect(existsSync(join(mine, 'site', 'robots.txt'))).toBe(true);
  });

  it('a narrower --size after a site with A3 posters says the A3 is gone from the links (review52 #12)', async () => {
    const five = join(dirname(out), 'group-5-a4.csv');
    const [header, , row5] = (await readFile(groups, 'utf8')).split('\r\n');
    await writeFile(five, [header, row5].join('\r\n'));
    const a4 = await runCliInProcess(
      buildArgs(EXAMPLE_CAMPAIGN, five, out, '--quiet', '--site', '--no-site-views').concat([
        '--kind',
        READ_KINDS,
        '--size',
        'a4',
        '--rosters',
        EXAMPLE_ROSTERS,
        '--base-url',
        BASE,
      ]),
      { env: { PHUONG_PRINT_SECRET: SECRET } },
    );
    expect(a4.code).toBe(0);
    expect(a4.stderr).toMatch(
      /^warning: the new site \S+site no longer offers the posters A3 the site it replaced offered, as --size asked\nhint: build the site again without --size[^\n]*\n/,
    );
  });

  it('a new secret replaces the old links; no secret builds nothing', async () => {
    const other = 'another-secret-for-site-0123';
    // Group 5 alone and its flyer (the folders are the point): its folder under the new secret,
    // none under the old.
    const five = join(dirname(out), 'group-5.csv');
    const [header, , row5] = (await readFile(groups, 'utf8')).split('\r\n');
    await writeFile(five, [header, row5].join('\r\n'));
    const flyer = await buildSite(other, runCliInProcess, five, 'flyer');
    expect(flyer.code).toBe(0);
    // The site replaced offered the notice, posters, checklist and tracking sheet too: the links
    // the office sent out lose them, said on stderr, naming them, with the way back.
    expect(flyer.stderr).toMatch(
      /^warning: the new site \S+site no longer offers the notices, posters, checklists, tracking sheets the site it replaced offered: the groups' links now open only flyers, as --kind asked\nhint: build the site again without --kind[^\n]*\n$/,
    );
    expect(existsSync(join(site, 'g', groupToken(other, '5'), 'index.html'))).toBe(true);
    expect(existsSync(join(site, 'g', groupToken(SECRET, '5')))).toBe(false);
    expect(existsSync(join(site, 'g', groupToken(SECRET, '1')))).toBe(false);
    expect(existsSync(join(site, `admin-${adminSiteToken(SECRET)}`))).toBe(false);
    const none = await buildSite('');
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('no secret for the group links');
    expect(none.stdout).toBe('');
  });
});

/**
 * `build --kind notice,flyer --site` (issue 13): the site offers the documents the build made and
 * no other, and says so. It drew all kinds for each group whatever --kind asked. A fire drill
 * without a contest (qa40 d-pccc: it makes a checklist and a tracking sheet too) for two groups
 * with long names, with the page views: every page's links, the views' too, name files of the
 * site; the leader's steps, the group's files, its ZIP and the office's ward.zip hold the notice
 * and the flyer alone.
 */
const qa40 = (name: string) => fileURLToPath(new URL(`../fixtures/qa40/${name}`, import.meta.url));

/**
 * The fire drill's site of the last describe, built in this process: started by the file's
 * beforeAll beside the real program's build of the example's site (a child process the test
 * only waits for), made once.
 */
let kindsBuilt: Promise<{ site: string; code: number; stdout: string; stderr: string }> | undefined;
function kindsBuild() {
  kindsBuilt ??= (async () => {
    const dir = await makeTempDir();
    const lines = (await readFile(qa40('groups20.csv'), 'utf8')).split(/\r?\n/);
    const two = join(dir, 'groups.csv');
    await writeFile(two, `${lines.slice(0, 3).join('\r\n')}\r\n`);
    const kindsOut = join(dir, 'out');
    const r = await runCliInProcess(
      // --size too: no kind offered is made in sizes, so the line names --kind alone (review50 N2).
      buildArgs(qa40('d-pccc.yaml'), two, kindsOut, '--quiet', '--site').concat([
        '--kind',
        'flyer,notice',
        '--size',
        'a3',
      ]),
      { env: { PHUONG_PRINT_SECRET: SECRET } },
    );
    return { site: join(kindsOut, 'site'), ...r };
  })();
  return kindsBuilt;
}

describe('build --kind … --site', () => {
  let kindsSite: string;
  let stdout: string;

  beforeAll(async () => {
    const r = await kindsBuild();
    expect(r.code, r.stderr).toBe(0);
    kindsSite = r.site;
    stdout = r.stdout;
  });

  it('says what the site offers, and how to offer every document', () => {
    expect(stdout).toContain(
      "the groups' pages offer only notices, flyers, as --kind asked; a build without --kind puts every document on the site",
    );
  });

  it("offers only the notice and the flyer: the group's files, its steps, its ZIP", async () => {
    for (const id of ['1', '2']) {
      const dir = join(kindsSite, 'g', groupToken(SECRET, id));
      expect((await readdir(dir)).sort(), id).toEqual(
        [
          'all.zip',
          'flyer.html',
          'flyer.page-1.png',
          'flyer.pdf',
          'flyer.preview.png',
          'index.html',
          'notice.html',
          'notice.page-1.png',
          'notice.pdf',
          'notice.preview.png',
        ].sort(),
      );
      const text = visible(await readFile(join(dir, 'index.html'), 'utf8'));
      expect(text).toContain('In tờ rơi, phát cho từng hộ');
      // The kinds the campaign makes but the build did not: no step sends a leader to them.
      expect(text).not.toContain('In bảng theo dõi');
      expect(text).not.toContain('In danh mục các việc cần làm');
      const zip = Object.keys(unzipSync(await readFile(join(dir, 'all.zip'))));
      expect(zip.length, zip.join(' ')).toBe(2);
    }
    const ward = Object.keys(
      unzipSync(await readFile(join(kindsSite, `admin-${adminSiteToken(SECRET)}`, 'ward.zip'))),
    );
    expect(ward.length, ward.join(' ')).toBe(4);
  });

  it('every href and src of every page, the views’ too, names a file of the site', async () => {
    // Two leaders' pages and their four views, the office's page, two blank index pages.
    expect((await sitePages(kindsSite)).length).toBe(9);
    expect(await brokenLinks(kindsSite)).toEqual([]);
  });
});

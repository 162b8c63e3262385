/**
 * Build all from the studio: the CLI's build into the campaign's out/ folder, its progress
 * reported until it ends, then the print files and the groups' ZIPs listed and downloadable (and
 * nothing else under /out/), and how the leaders' pages are published.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collapseSpaces, pdfInfo, pdfText } from '../support/pdf-text.js';
import { removeTempDirs } from '../support/tmp.js';
import { wardCsv } from '../support/ward.js';
import { pressPrintAll } from './print-all.js';
import { type Client, studioWithExample, type TestStudio } from './studio.js';

describe('build all', () => {
  let s: TestStudio;
  let c: Client;
  const slug = 'hai-phong';
  let folder: string;
  beforeAll(async () => {
    // Four groups of the example's shape: the studio's build is the CLI's (32 groups there).
    ({ s, c, folder } = await studioWithExample({
      leaderSiteUrl: 'https://in.phuong-le-chan.vn',
      groups: wardCsv(4),
    }));
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  it('builds every group into out/, reports progress, and lists the files to print and send', async () => {
    const started = await pressPrintAll(c, slug);
    expect(started.status).toBe(303);
    let status = { state: 'running', done: 0, total: 0 };
    await expect
      .poll(
        async () => {
          status = JSON.parse((await c.get(`/c/${slug}/build/status`)).text);
          return status.state;
        },
        { timeout: 180_000, interval: 100 },
      )
      .toBe('done');
    const groups =
      (await readFile(join(folder, 'groups.csv'), 'utf8')).trim().split('\n').length - 1;
    expect(status).toMatchObject({ done: groups, total: groups });

    const page = (await c.get(`/c/${slug}/build`)).text;
    expect(page).toContain(`Đã tạo tệp in cho ${groups}/${groups} tổ`);
    const manifest = JSON.parse(await readFile(join(folder, 'out', 'manifest.json'), 'utf8'));
    const print = manifest.print.find((b: { kind: string }) => b.kind === 'notice');
    const href = `/c/${slug}/out/${print.path}`;
    expect(page).toContain(`href="${href}"`);
    const pdf = await c.get(href);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toMatch(/^attachment/);
    const text = collapseSpaces(await pdfText(pdf.bytes));
    expect(text).toContain('Tổ dân phố số 1');
    expect(text).toContain(`Tổ dân phố số ${groups}`);

    const zip = manifest.zips[0];
    expect(page).toContain(`href="/c/${slug}/out/${zip.path}"`);
    const bytes = (await c.get(`/c/${slug}/out/${zip.path}`)).bytes;
    expect(Object.keys(unzipSync(bytes)).some((n) => n.endsWith('.pdf'))).toBe(true);

    expect(page).toContain('href="https://in.phuong-le-chan.vn/admin"');
    // The leaders' pages open from the studio: no shell command for the office.
    expect(page).toContain(`href="/c/${slug}/leaders"`);
    expect(page).not.toContain('phuong-print serve');
  });

  it('gives no file the build did not list', async () => {
    for (const path of [
      'manifest.json',
      '..%2Fcampaign.yaml',
      '.cache/x',
      'print/../../campaign.yaml',
    ]) {
      expect((await c.get(`/c/${slug}/out/${path}`)).status, path).toBe(404);
    }
  });

  it('prints for a one-sided printer when the office says so: no blank back after a notice of odd page count', async () => {
    /** Each group's notice pages, and the ward's notice print file's, after a build with `fields`. */
    const buildWith = async (fields: Record<string, string>) => {
      expect((await pressPrintAll(c, slug, fields)).status).toBe(303);
      await expect
        .poll(async () => JSON.parse((await c.get(`/c/${slug}/build/status`)).text).state, {
          timeout: 180_000,
          interval: 100,
        })
        .toBe('done');
      const manifest = JSON.parse(await readFile(join(folder, 'out', 'manifest.json'), 'utf8'));
      const notices = manifest.files.filter((f: { kind: string }) => f.kind === 'notice');
      const own = await Promise.all(
        notices.map(
          async (f: { path: string }) => (await pdfInfo(join(folder, 'out', f.path))).pages,
        ),
      );
      const print = manifest.print.find((b: { kind: string }) => b.kind === 'notice');
      const all = (await pdfInfo(join(folder, 'out', print.path))).pages;
      return { own: own as number[], all, page: (await c.get(`/c/${slug}/build`)).text };
    };
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

    const one = await buildWith({ may_in: 'mot-mat' });
    expect(one.own.length).toBeGreaterThan(0);
    expect(one.all).toBe(sum(one.own));
    // The page keeps the choice for the next build, and says what the files are for.
    expect(one.page).toMatch(/value="mot-mat" checked/);
    expect(one.page).toContain('in một mặt giấy');

    const two = await buildWith({ may_in: 'hai-mat' });
    // Two-sided: each group's notice starts on the front of a sheet.
    expect(two.own.some((n) => n % 2 === 1)).toBe(true);
    expect(two.all).toBe(sum(two.own.map((n) => n + (n % 2))));
    expect(two.page).toMatch(/value="hai-mat" checked/);
    expect(two.page).toContain(`${two.all} trang (${two.all / 2} tờ giấy)`);
    // Posters stay one-sided (qa5 G5: an A3 pair printed back to back cannot hang side by side),
    // as does the one-page flyer (qa39 M1: a blank sheet after each group's), and the office is
    // told so beside each such file.
    expect(two.page).toContain('Áp phích và tờ rơi in một mặt.');
    const flyerLines = two.page.split('</li>').filter((l) => /href="[^"]*flyer-all/.test(l));
    expect(flyerLines).toHaveLength(1);
    expect(flyerLines[0]).toContain('(in một mặt: mỗi trang một tờ, mặt sau để trắng)');
    expect(flyerLines[0]).not.toContain('tờ giấy)');
    const posterLines = two.page.split('</li>').filter((l) => /href="[^"]*poster-a3/.test(l));
    expect(posterLines).toHaveLength(1);
    expect(posterLines[0]).toContain('(in một mặt: mỗi trang một tờ để dán)');
    expect(posterLines[0]).not.toContain('tờ giấy)');
  });
});

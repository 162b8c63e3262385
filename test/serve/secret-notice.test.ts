/**
 * A notice marked MẬT (notice.secrecy) holds a state secret, which must not go over a network
 * connected to the Internet (Luật Bảo vệ bí mật nhà nước 2018, Điều 5; review44 #4). The leader's
 * page (serve) and `build --site` leave it out — no card, no file, not in the group's ZIP — and
 * offer the other papers; `build` still prints it, and says once why it is not online. The storm
 * warning's campaign (test/support/storm-campaign.ts), marked and not; a real server on loopback.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupToken } from '../../src/serve/tokens.js';
import { buildArgs, runCliInProcess } from '../support/cli.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { STORM_GROUPS, stormCampaign } from '../support/storm-campaign.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { SECRET, startServer, type TestServer, tokenOf, wardOf } from './server.js';

/** The notice's own sentence (its body), which no other paper prints. */
const BODY = 'Đề nghị các tổ dân phố thông báo khẩn đến từng hộ.';
const PLAIN = stormCampaign();
const MARKED = PLAIN.replace('  symbol: CĐ-UBND\n', '  symbol: CĐ-UBND\n  secrecy: MẬT\n');
const WARNING =
  'Văn bản có độ mật MẬT: không đưa lên trang tổ trưởng, trang tải về hay tệp ZIP gửi các tổ';

let marked: TestServer;
let plain: TestServer;
beforeAll(async () => {
  expect(MARKED).not.toBe(PLAIN);
  marked = await startServer({ ward: await wardOf(MARKED, STORM_GROUPS) });
  plain = await startServer({ ward: await wardOf(PLAIN, STORM_GROUPS) });
}, 120_000);
afterAll(async () => {
  await marked?.app.close();
  await plain?.app.close();
  await removeTempDirs();
});

const page = (s: TestServer) => `${s.url}/g/${tokenOf('1')}/`;
/** The files the page links to in the group's own folder, by their names there. */
const ownFiles = (html: string) => [
  ...new Set(
    [...html.matchAll(/href="(?:[^"]*\/g\/[^"/]+\/)?([^"/?#]+)(?:\?[^"]*)?"/g)].map(
      (m) => m[1] as string,
    ),
  ),
];

/** The text of every PDF in the group's ZIP as served. */
async function zipTexts(s: TestServer): Promise<string[]> {
  const res = await fetch(`${page(s)}all.zip`);
  expect(res.status).toBe(200);
  const entries = unzipSync(new Uint8Array(await res.arrayBuffer()));
  const pdfs = Object.entries(entries).filter(([name]) => name.endsWith('.pdf'));
  expect(pdfs.length).toBeGreaterThan(0);
  return Promise.all(pdfs.map(async ([, bytes]) => collapseSpaces(await pdfText(bytes))));
}

describe('a notice marked MẬT on the leader’s page', () => {
  it('is not offered, served nor zipped; the other papers are', async () => {
    // Not marked: the notice is a document of the page, and its file holds its body.
    const plainHtml = await (await fetch(page(plain))).text();
    const plainFiles = ownFiles(plainHtml).filter((f) => f.endsWith('.pdf'));
    const notice = [];
    for (const f of plainFiles) {
      const bytes = new Uint8Array(await (await fetch(`${page(plain)}${f}`)).arrayBuffer());
      if (collapseSpaces(await pdfText(bytes)).includes(BODY)) notice.push(f);
    }
    expect(notice, plainFiles.join()).toHaveLength(1);
    const [noticeFile = ''] = notice;
    const plainTexts = await zipTexts(plain);
    expect(plainTexts.some((t) => t.includes(BODY))).toBe(true);

    const html = await (await fetch(page(marked))).text();
    const files = ownFiles(html).filter((f) => f.endsWith('.pdf'));
    expect(files).not.toContain(noticeFile);
    // Every other paper still there.
    expect(files.sort()).toEqual(plainFiles.filter((f) => f !== noticeFile).sort());
    expect(html).not.toContain(noticeFile.replace(/\.pdf$/, '.html'));
    expect((await fetch(`${page(marked)}${noticeFile}`)).status).toBe(404);
    const texts = await zipTexts(marked);
    expect(texts.some((t) => t.includes(BODY))).toBe(false);
    expect(texts).toHaveLength(plainTexts.length - 1);
  });
});

describe('a notice marked MẬT in `build --site`', () => {
  let out: string;
  let stderr: string;
  beforeAll(async () => {
    const dir = await makeTempDir();
    await writeFile(join(dir, 'campaign.yaml'), MARKED);
    await writeFile(join(dir, 'groups.csv'), STORM_GROUPS);
    out = join(dir, 'out');
    const r = await runCliInProcess(
      // Without the page-by-page views: a left-out notice has none (its PDF, looked for below,
      // is what a view is drawn from), and their pictures were most of the build's CPU.
      buildArgs(
        join(dir, 'campaign.yaml'),
        join(dir, 'groups.csv'),
        out,
        '--site',
        '--no-site-views',
      ),
      { env: { PHUONG_PRINT_SECRET: SECRET, PHUONG_PRINT_LANG: 'vi' } },
    );
    expect(r.code, r.stderr).toBe(0);
    stderr = r.stderr;
  }, 300_000);

  const pdfsUnder = async (dir: string) =>
    (await readdir(dir, { recursive: true }))
      .filter((f) => f.endsWith('.pdf'))
      .map((f) => join(dir, f));

  it('prints the notice but leaves it out of the site, and says why once', async () => {
    const site = join(out, 'site');
    const printed = (await pdfsUnder(out)).filter((f) => !f.startsWith(site));
    const printedTexts = await Promise.all(
      printed.map(async (f) => collapseSpaces(await pdfText(f))),
    );
    expect(printedTexts.some((t) => t.includes(BODY))).toBe(true);

    const online = await pdfsUnder(site);
    expect(online.length).toBeGreaterThan(0);
    for (const f of online) expect(collapseSpaces(await pdfText(f)), f).not.toContain(BODY);
    const group = join(site, 'g', groupToken(SECRET, '1'));
    const zip = unzipSync(new Uint8Array(await readFile(join(group, 'all.zip'))));
    for (const [name, bytes] of Object.entries(zip))
      if (name.endsWith('.pdf'))
        expect(collapseSpaces(await pdfText(bytes)), name).not.toContain(BODY);

    expect(stderr.split(WARNING)).toHaveLength(2);
  });

  it("leaves it out of each group's ZIP, made for sending by Zalo", async () => {
    const zips = (await readdir(join(out, 'zip'))).filter((f) => f.endsWith('.zip'));
    expect(zips.length).toBeGreaterThan(0);
    for (const z of zips) {
      const inside = unzipSync(new Uint8Array(await readFile(join(out, 'zip', z))));
      const pdfs = Object.keys(inside).filter((n) => n.endsWith('.pdf'));
      expect(pdfs.length, z).toBeGreaterThan(0);
      for (const name of pdfs)
        expect(collapseSpaces(await pdfText(inside[name] as Uint8Array)), name).not.toContain(BODY);
    }
  });
});

/**
 * Freeing a campaign's prints (qa31 M1): the build tab says how much space they take and offers
 * "Xoá tệp in"; its confirmation page, posted as the browser sends it, removes the print files
 * and ZIPs from disk while the campaign, its figures and its leaders' links stay, and “Tạo tệp in”
 * makes them again. A printed campaign whose prints are not on disk — freed, or restored from a
 * backup, which carries only their record (qa31 m1) — says when it was printed, not "chưa in".
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockOutputFolder } from '../../src/output/folder-lock.js';
import { browserForm } from '../support/browser-form.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { makeReadOnly, makeWritable } from '../support/read-only.js';
import { diskTempDir, removeTempDirs } from '../support/tmp.js';
import { wardCsv } from '../support/ward.js';
import { buildAndWait } from './build-wait.js';
import { restoreOnNewComputer, startOn } from './new-computer.js';
import { pressPrintAll } from './print-all.js';
import { JOINED, report } from './results-figures.js';
import { Client, plainText, restartStudio, studioWithExample, type TestStudio } from './studio.js';

afterAll(removeTempDirs);

const slug = 'hai-phong';

/** Every file under `dir`, relative, with its size. */
async function filesUnder(dir: string): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const e of entries) {
    if (!e.isFile()) continue;
    const path = join(e.parentPath, e.name);
    found.set(path.slice(dir.length + 1), (await stat(path)).size);
  }
  return found;
}

/** A size as a person reads it off the disk: "1,4 MB". */
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;

/** The list row of the campaign (the home page). */
const rowOf = (home: string) => {
  const text = plainText(home);
  const at = text.indexOf('thư mục hai-phong');
  return text.slice(Math.max(0, at - 200), at + 40);
};

describe('freeing the prints of a campaign', () => {
  /** A ward of two groups: freeing and printing again are not about the ward's size. */
  const GROUPS = 2;
  /**
   * One studio for the five cases: the second is refused freeing the prints the first made
   * again, the third restores a backup of them, the fourth finds them held, the last removes
   * them by hand (a studio and a build fewer each, ~1.5 s of CPU).
   * On the disk: the third makes the print folder read-only with chattr +i, which an older
   * kernel's tmpfs refuses.
   */
  let s: TestStudio;
  let c: Client;
  let folder: string;
  /** The studio's own app, closed by the last case, which restarts it (afterAll closes it if not). */
  let open = true;
  beforeAll(async () => {
    ({ s, c, folder } = await studioWithExample({
      dataDir: await diskTempDir('phuong-print-studio-'),
      groups: wardCsv(GROUPS),
    }));
  });
  afterAll(async () => {
    if (open) await s?.app.close();
    await s?.store.close();
  });

  it('Xoá tệp in removes the files from disk; the figures and links stay; Tạo tệp in makes them again', async () => {
    const out = join(folder, 'out');
    // The leaders' pages open, one leader has sent a figure.
    expect((await c.post(`/c/${slug}/leaders/open`, {}, `/c/${slug}/leaders`)).status).toBe(303);
    const links = [
      ...(await c.get(`/c/${slug}/leaders`)).text.matchAll(/class="leader-url" value="([^"]+)"/g),
    ].map((m) => new URL(m[1] ?? '').pathname);
    const leader = new Client(s.url);
    await report(leader, links[0] ?? '', { [JOINED]: '173' });

    expect((await buildAndWait(c, slug)).state).toBe('done');
    const made = await filesUnder(out);
    const printed = [...made.keys()].filter((f) => /\.(pdf|zip)$/.test(f));
    expect(printed.length).toBeGreaterThan(4);
    const bytes = [...made].filter(([f]) => f !== 'manifest.json').reduce((a, [, n]) => a + n, 0);
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'));
    const notice = manifest.print.find((b: { kind: string }) => b.kind === 'notice');

    const tab = await c.get(`/c/${slug}/build`);
    expect(plainText(tab.text)).toContain(
      `Tệp in của chiến dịch này chiếm ${mb(bytes)} trên máy. Xoá tệp in (${mb(bytes)})`,
    );
    // Cài đặt says the data folder's size and how much of it is prints.
    expect(plainText((await c.get('/settings')).text)).toMatch(
      new RegExp(
        `Thư mục dữ liệu đang chiếm \\d+(,\\d)? (KB|MB), trong đó tệp in của các chiến dịch chiếm ${mb(bytes)}`,
      ),
    );
    const confirmHref = /href="([^"]+)">Xoá tệp in \(/.exec(tab.text)?.[1] ?? '';
    const confirm = await c.get(confirmHref);
    expect(confirm.status).toBe(200);
    const said = plainText(confirm.text);
    expect(said).toContain(`Xoá tệp in (${mb(bytes)})?`);
    expect(said).toContain('bấm “Tạo tệp in” ở thẻ In và tải về');
    expect(said).toContain(
      'Vẫn giữ nguyên: nội dung chiến dịch, danh sách tổ, số liệu các tổ đã báo cáo, đường dẫn và mã QR của tổ trưởng.',
    );
    // Its pages are open: the office is told they keep working, and what closing them frees.
    expect(said).toContain('Trang tổ trưởng đang mở vẫn dùng được như cũ');

    const form = browserForm(
      confirm.text,
      (f) => f.attribs.action?.endsWith('/xoa-ban-in') === true,
    );
    const freed = await c.postRaw(form.action, form.fields);
    expect(freed.status).toBe(303);
    const location = freed.headers.get('location') ?? '';
    expect(location).toMatch(new RegExp(`^/c/${slug}/build\\?`));

    // On disk: the prints are gone; out/ keeps only the small record that they were made.
    const left = await filesUnder(out);
    expect([...left.keys()].filter((f) => /\.(pdf|zip)$/.test(f))).toEqual([]);
    expect([...left.values()].reduce((a, n) => a + n, 0)).toBeLessThan(64 * 1024);

    const after = plainText((await c.get(location)).text);
    expect(after).toContain(`Đã xoá tệp in (${mb(bytes)}).`);
    // Said once: not again on a reload, nor for a number typed into the address.
    expect(plainText((await c.get(location)).text)).not.toContain('Đã xoá tệp in');
    const typed = `/c/${slug}/build?${new URL(location, 'http://x').searchParams.keys().next().value}=987654321`;
    expect(plainText((await c.get(typed)).text)).not.toContain('Đã xoá tệp in');
    expect(after).toMatch(
      /Đã tạo tệp in lúc \d\d:\d\d ngày \d\d\/\d\d\/\d{4}; tệp in đã xoá lúc \d\d:\d\d ngày \d\d\/\d\d\/\d{4} để lấy chỗ trống trên máy: bấm “Tạo tệp in” để tạo lại\./,
    );
    expect(after).not.toContain('Xoá tệp in (');
    expect((await c.get(`/c/${slug}/build`)).text).not.toContain(`/c/${slug}/out/`);
    expect((await c.get(`/c/${slug}/out/${notice.path}`)).status).toBe(404);
    expect(rowOf((await c.get('/')).text)).not.toContain('chưa tạo tệp in');
    expect(plainText((await c.get('/settings')).text)).not.toContain('trong đó tệp in');

    // The leaders' link still opens, with its documents; the figure sent is kept.
    const page = await leader.get(links[0] ?? '');
    expect(page.status).toBe(200);
    const pdfHref = /href="([^"]+\.pdf)"/.exec(page.text)?.[1] ?? '';
    const pdf = await leader.get(new URL(pdfHref, `${s.url}${links[0]}`).pathname);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const results = plainText((await c.get(`/c/${slug}/results`)).text);
    expect(results).toContain(`Đã báo cáo: 1/${GROUPS} tổ`);
    expect(results).toContain('173 (');

    // Tạo tệp in prints them again.
    expect((await buildAndWait(c, slug)).state).toBe('done');
    const again = (await c.get(`/c/${slug}/build`)).text;
    expect(plainText(again)).not.toContain('tệp in đã xoá');
    expect(again).toContain(`href="/c/${slug}/out/${notice.path}"`);
    const text = collapseSpaces(
      await pdfText((await c.get(`/c/${slug}/out/${notice.path}`)).bytes),
    );
    expect(text).toContain(`Tổ dân phố số ${GROUPS}`);
  }, 180_000);

  it('is refused while the campaign is being printed', async () => {
    // Printed by the case above (it made the prints again); printed here when run alone.
    if (!existsSync(join(folder, 'out', 'print')))
      expect((await buildAndWait(c, slug)).state).toBe('done');
    const confirm = await c.get(`/c/${slug}/build/xoa-ban-in`);
    const form = browserForm(
      confirm.text,
      (f) => f.attribs.action?.endsWith('/xoa-ban-in') === true,
    );
    // Another print started meanwhile (another tab): the form posted then frees nothing. Read
    // right after the refusal: the build's own files, remade later, would hide a free.
    const out = join(folder, 'out');
    const pdfsNow = async () =>
      [...(await filesUnder(out)).keys()].filter((f) => f.endsWith('.pdf')).sort();
    const before = await pdfsNow();
    expect(before.length).toBeGreaterThan(0);
    await pressPrintAll(c, slug);
    const refused = await c.postRaw(form.action, form.fields);
    expect(refused.status).toBe(409);
    expect(await pdfsNow()).toEqual(before);
    expect(plainText(refused.text)).toContain(
      'Chiến dịch này đang được tạo tệp in: chưa xoá được tệp in. Đợi tạo xong rồi bấm lại “Xoá tệp in”.',
    );
    const state = async () => JSON.parse((await c.get(`/c/${slug}/build/status`)).text).state;
    await expect.poll(state, { timeout: 120_000, interval: 100 }).not.toBe('running');
    const left = await filesUnder(join(folder, 'out'));
    expect([...left.keys()].filter((f) => f.endsWith('.pdf')).length).toBeGreaterThan(0);

    // A build of another process (the CLI) holds out/: refused the same way, nothing removed.
    const unlock = await lockOutputFolder(out);
    try {
      const busy = await c.postRaw(form.action, form.fields);
      expect(busy.status).toBe(409);
      expect(plainText(busy.text)).toContain(
        'Chiến dịch này đang được tạo tệp in: chưa xoá được tệp in.',
      );
      expect(await pdfsNow()).toEqual(before);
    } finally {
      await unlock();
    }
  }, 180_000);

  it('restored from a backup: says when it was printed and that the prints are not in the backup, not "chưa in"', async () => {
    // Printed by the cases above; printed here when run alone. Its backup taken with the prints
    // on disk, as the office takes it.
    if (!existsSync(join(folder, 'out', 'print')))
      expect((await buildAndWait(c, slug)).state).toBe('done');
    const settings = await c.get('/settings');
    const href = /href="([^"]+)" download>Tải bản sao lưu</.exec(settings.text)?.[1] ?? '';
    const zip = await c.get(href);
    expect(zip.status).toBe(200);
    const { data, restored } = await restoreOnNewComputer(zip.bytes);
    expect(restored.code).toBe(0);
    // The backup carried the prints' record alone (the restore notes it was restored).
    const restoredOut = await filesUnder(join(data, 'campaigns', slug, 'out'));
    expect([...restoredOut.keys()].filter((f) => f.endsWith('.pdf') || f.endsWith('.zip'))).toEqual(
      [],
    );
    expect(restoredOut.has('manifest.json')).toBe(true);

    const moved = await startOn(s, data);
    try {
      const office = moved.office;
      const tab = plainText((await office.get(`/c/${slug}/build`)).text);
      expect(tab).toMatch(
        /Đã tạo tệp in lúc \d\d:\d\d ngày \d\d\/\d\d\/\d{4}; tệp in không có trong bản sao lưu: bấm “Tạo tệp in” để tạo lại\./,
      );
      expect(tab).not.toContain('Chưa tạo tệp in lần nào');
      expect(rowOf((await office.get('/')).text)).not.toContain('chưa tạo tệp in');
      // Tạo tệp in prints them on the new computer.
      expect((await buildAndWait(office, slug)).state).toBe('done');
      expect(plainText((await office.get(`/c/${slug}/build`)).text)).toContain('Tệp in cho cả');
    } finally {
      await moved.close();
    }
  }, 180_000);

  it('a print file the machine will not remove: says which and what to do, not "Có lỗi xảy ra"', async (ctx) => {
    // Printed by the cases above; printed here when run alone.
    if (!existsSync(join(folder, 'out', 'print')))
      expect((await buildAndWait(c, slug)).state).toBe('done');
    const print = join(folder, 'out', 'print');
    if (!(await makeReadOnly(print))) ctx.skip();
    try {
      const confirm = await c.get(`/c/${slug}/build/xoa-ban-in`);
      const form = browserForm(
        confirm.text,
        (f) => f.attribs.action?.endsWith('/xoa-ban-in') === true,
      );
      const held = await c.postRaw(form.action, form.fields);
      const text = plainText(held.text);
      expect(held.status).toBe(500);
      expect(text).toContain('Chưa xoá hết tệp in');
      expect(text).toMatch(/không xoá được tệp print\/\S+\.pdf của chiến dịch/);
      expect(text).toContain('rồi bấm “Xoá tệp in” lại');
      expect(text).not.toContain('Có lỗi xảy ra');
    } finally {
      await makeWritable(print);
    }
  }, 120_000);

  it('prints removed by hand: "không còn trên máy", not "không có trong bản sao lưu"', async () => {
    // Last: it closes the studio. After the case above (its free stopped midway left a note of
    // it), everything but the record removed.
    const out = join(folder, 'out');
    for (const f of await readdir(out))
      if (f !== 'manifest.json') await rm(join(out, f), { recursive: true });
    // Seen after a restart (the studio no longer remembers its build's outcome).
    open = false;
    await s.app.close();
    const again = await restartStudio(s);
    try {
      const office = new Client(again.url);
      await office.signIn();
      const tab = plainText((await office.get(`/c/${slug}/build`)).text);
      expect(tab).toMatch(
        /Đã tạo tệp in lúc .*; tệp in không còn trên máy: bấm “Tạo tệp in” để tạo lại\./,
      );
      expect(tab).not.toContain('bản sao lưu');
    } finally {
      await again.app.close();
    }
  }, 120_000);
});

describe('freeing prints: nothing to free', () => {
  it('never printed: says there is nothing, makes no out/ folder and no note', async () => {
    const { s, c, folder } = await studioWithExample();
    const confirm = await c.get(`/c/${slug}/build/xoa-ban-in`);
    expect(plainText(confirm.text)).toContain('Không có tệp in nào của chiến dịch này trên máy.');
    // A form posted anyway (a second click, a tab left open since before).
    const posted = await c.post(`/c/${slug}/build/xoa-ban-in`, {}, `/c/${slug}/build/xoa-ban-in`);
    expect(posted.status).toBe(200);
    expect(plainText(posted.text)).toContain('Không có tệp in nào của chiến dịch này trên máy.');
    await expect(stat(join(folder, 'out'))).rejects.toThrow();
    await s.close();
  });
});

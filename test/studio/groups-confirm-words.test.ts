/**
 * The groups upload stopped for a list that drops ids (qa26 F12, qa58b p8): the page keeps the
 * file just chosen for the answer, so ticking "Vẫn dùng tệp này" and pressing "Tải lên" is
 * enough — the file input is no longer `required` (a browser's own "Please select a file." was
 * all the clerk got), and the page says the file need not be chosen again. A file chosen anew
 * with the tick still wins; a kept file is taken once. Real studio on loopback, the form posted
 * as a browser posts it (its hidden fields, the file box left empty).
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOTICE_ONLY } from '../support/inputs.js';
import { removeTempDirs } from '../support/tmp.js';
import { type Client, plainText, signedInStudio, type TestStudio } from './studio.js';

const list = (n: number) =>
  `STT;Tên tổ dân phố\n${Array.from({ length: n }, (_, i) => `${i + 1};Tổ ${i + 1}`).join('\n')}\n`;
const slug = 'sot-xuat-huyet';
const FILE = 'danh-sach-to-v2.csv';
const page = `/c/${slug}/groups`;

/** The upload form's hidden fields as the page rendered them (the browser sends them back). */
const hiddenOf = (html: string) => {
  const form = /<form method="post" action="[^"]*\/groups" enctype[\s\S]*?<\/form>/.exec(html)?.[0];
  return Object.fromEntries(
    [...(form ?? '').matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)]
      .filter((m) => m[1] !== '_csrf')
      .map((m) => [m[1] ?? '', (m[2] ?? '').replace(/&#34;|&quot;/g, '"').replace(/&amp;/g, '&')]),
  );
};

describe('the groups upload stopped for a list that drops ids', () => {
  let s: TestStudio;
  let c: Client;
  let folder: string;
  /** The form sent back with the tick and the file box left empty, as a browser sends it. */
  const ticked = (sent: Record<string, string>) =>
    c.upload(page, 'file', '', new Uint8Array(), { ...sent, confirmShift: '1' }, page);
  beforeAll(async () => {
    ({ s, c } = await signedInStudio());
    folder = join(s.dataDir, 'campaigns', slug);
    await mkdir(join(folder, 'out'), { recursive: true });
    await writeFile(join(folder, 'campaign.yaml'), NOTICE_ONLY);
    await writeFile(join(folder, 'groups.csv'), list(4));
    // Printed: the links the leaders have are this list's.
    await writeFile(join(folder, 'out', 'manifest.json'), '{"files":[],"print":[],"zips":[]}\n');
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it('the tick and “Tải lên” alone use the file the page kept', async () => {
    const stopped = await c.upload(page, 'file', FILE, new TextEncoder().encode(list(3)), {}, page);
    expect(stopped.status).toBe(409);
    const text = plainText(stopped.text);
    expect(text).toContain(
      `hãy đánh dấu ô “Vẫn dùng tệp này” bên dưới rồi bấm Tải lên (không cần chọn lại tệp “${FILE}”: trang giữ tệp này trong một giờ).`,
    );
    expect(text).toContain(
      `Đánh dấu ô rồi bấm Tải lên: trang đã giữ tệp “${FILE}”, không cần chọn lại.`,
    );
    // No `required` on the file box: the browser sends the form with it empty.
    expect(stopped.text).not.toMatch(/<input id="file"[^>]*required/);
    const sent = hiddenOf(stopped.text);
    expect(sent._held).toMatch(/\.csv$/);
    const used = await ticked(sent);
    expect(used.status, plainText(used.text).slice(0, 400)).toBe(303);
    const after = plainText((await c.get(page)).text);
    expect(used.headers.get('location')).toMatch(/[?]uploaded=1&dropped=1/);
    expect(after).toContain(`Tệp hiện dùng: ${FILE}`);
    expect(after).toContain('3 tổ đọc được.');
    // Taken once: nothing held is left in the folder.
    expect((await readdir(folder)).filter((n) => n.startsWith('.upload-'))).toEqual([]);
    // The same answer sent again (a second tab, the back button): told to choose the file.
    const again = await ticked(sent);
    expect(again.status).toBe(400);
    expect(plainText(again.text)).toContain('Tệp vừa chọn không còn được giữ');
  });

  it('a file chosen again with the tick is the one used', async () => {
    const stopped = await c.upload(page, 'file', FILE, new TextEncoder().encode(list(2)), {}, page);
    expect(stopped.status).toBe(409);
    const other = new TextEncoder().encode(list(1));
    const used = await c.upload(
      page,
      'file',
      'khac.csv',
      other,
      { ...hiddenOf(stopped.text), confirmShift: '1' },
      page,
    );
    expect(used.status, plainText(used.text).slice(0, 400)).toBe(303);
    const after = plainText((await c.get(page)).text);
    expect(after).toContain('Tệp hiện dùng: khac.csv');
    expect(after).toContain('1 tổ đọc được.');
    // The kept file is not left on disk when another is chosen.
    expect((await readdir(folder)).filter((n) => n.startsWith('.upload-'))).toEqual([]);
  });
});

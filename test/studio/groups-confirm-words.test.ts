/**
 * The groups upload stopped for a list that drops ids (qa26 F12): the page cannot keep the file
 * just chosen, so ticking "Vẫn dùng tệp này" is not enough. It said so in brackets at the end of
 * the tick's label ("(chọn lại tệp rồi bấm Tải lên)"), easy to miss; now a line of its own under
 * the tick, in bold, names the file to choose again, and so does the stop's sentence. Real
 * studio on loopback.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOTICE_ONLY } from '../support/inputs.js';
import { removeTempDirs } from '../support/tmp.js';
import { type Client, plainText, signedInStudio, type TestStudio } from './studio.js';

const list = (n: number) =>
  `STT;Tên tổ dân phố\n${Array.from({ length: n }, (_, i) => `${i + 1};Tổ ${i + 1}`).join('\n')}\n`;
const slug = 'sot-xuat-huyet';
const FILE = 'danh-sach-to-v2.csv';

describe('the groups upload stopped for a list that drops ids', () => {
  let s: TestStudio;
  let c: Client;
  beforeAll(async () => {
    ({ s, c } = await signedInStudio());
    const folder = join(s.dataDir, 'campaigns', slug);
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

  it('says, apart and naming it, that the file must be chosen again after the tick', async () => {
    const page = `/c/${slug}/groups`;
    const bytes = new TextEncoder().encode(list(3));
    const stopped = await c.upload(page, 'file', FILE, bytes, {}, page);
    expect(stopped.status).toBe(409);
    const text = plainText(stopped.text);
    expect(text).toContain(
      `hãy đánh dấu ô “Vẫn dùng tệp này” bên dưới, chọn lại tệp “${FILE}” (trang không giữ được tệp vừa chọn) rồi bấm Tải lên.`,
    );
    // Its own line under the tick, in bold: not a bracket at the end of the tick's label.
    expect(stopped.text).toMatch(
      new RegExp(
        `</label>\\s*<p class="help"><strong>Sau khi đánh dấu, chọn lại tệp “${FILE}” ở ô chọn tệp phía trên</strong> \\(trang không giữ được tệp vừa chọn\\), rồi bấm Tải lên\\.</p>`,
      ),
    );
    expect(text).not.toContain('(chọn lại tệp rồi bấm Tải lên)');
    // Chosen again with the tick: used.
    const used = await c.upload(page, 'file', FILE, bytes, { confirmShift: '1' }, page);
    expect(used.status).toBe(303);
  });
});

/**
 * The build tab's words for what its button does (h-ux2): it makes the PDF files, nothing goes
 * to a printer, yet it said "In tất cả" / "Đã in xong" and a first-day clerk went to wait at the
 * printer. Now the button, its states and the campaigns list say files are made ("Tạo tệp in",
 * "Đã tạo tệp in cho 20/20 tổ"), and before the first build the tab says once that there is no
 * file yet (it said "Chưa in lần nào." and "Chưa có tệp nào." one under the other).
 * On the fire drill of test/fixtures/qa40 (no contest, tổ with long names), not the example:
 * its first three tổ, the words are not about the ward's size (its 20 were a 20-group build).
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { buildAndWait } from './build-wait.js';
import { type Client, plainText, studioWithCampaign, type TestStudio } from './studio.js';

const QA40 = fileURLToPath(new URL('../fixtures/qa40/', import.meta.url));
const OLD_WORDS = ['In tất cả', 'Đã in xong', 'Chưa in lần nào', 'Đang in', 'chưa in', 'đã in '];

describe('the build tab says files are made, not printed', () => {
  let s: TestStudio;
  let c: Client;
  let groups: number;
  beforeAll(async () => {
    let folder: string;
    ({ s, c, folder } = await studioWithCampaign('d-pccc', []));
    await cp(`${QA40}d-pccc.yaml`, join(folder, 'campaign.yaml'));
    // The list's header and first three rows, its BOM and CRLF lines kept.
    const kept = (await readFile(`${QA40}groups20.csv`, 'utf8')).split(/(?<=\n)/).slice(0, 4);
    await writeFile(join(folder, 'groups.csv'), kept.join(''));
    groups = kept.length - 1;
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it('before the first build: the button "Tạo tệp in" and one sentence that no file is made yet', async () => {
    const tab = plainText((await c.get('/c/d-pccc/build')).text);
    expect(tab).toContain('Tạo tệp in');
    for (const old of OLD_WORDS) expect(tab).not.toContain(old);
    // One sentence, not two.
    expect(tab.match(/Chưa có tệp/g)).toHaveLength(1);
    expect(tab).toContain('Chưa có tệp in nào: bấm “Tạo tệp in”.');
    expect(tab).not.toContain('lần nào');
    expect(plainText((await c.get('/')).text)).toContain('chưa tạo tệp in');
  });

  it('after it: "Đã tạo tệp in cho 3/3 tổ", and the campaigns list says the files were made', async () => {
    expect((await buildAndWait(c, 'd-pccc')).state).toBe('done');
    const tab = plainText((await c.get('/c/d-pccc/build')).text);
    expect(tab).toContain(`Đã tạo tệp in cho ${groups}/${groups} tổ`);
    for (const old of OLD_WORDS) expect(tab).not.toContain(old);
    const list = plainText((await c.get('/')).text);
    expect(list).toMatch(/đã tạo tệp in \d\d\/\d\d\/\d{4}/);
    for (const old of OLD_WORDS) expect(list).not.toContain(old);
  });
});

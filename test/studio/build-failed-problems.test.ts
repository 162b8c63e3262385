/**
 * A build the campaign stops with several problems, as the office reads it on "In và tải về":
 * each problem said, and where in the studio to fix them — never "chạy “phuong-print check” để
 * xem hết", a command the office does not use (review of qa8). The campaign file is written as a
 * hand edit (or an older studio) could leave it: its body with two HTML tags, which the form
 * would have refused. Real studio on loopback; the tags expected from the file written.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { buildUntil } from './office-steps.js';
import { type Client, plainText, studioWithExample, type TestStudio } from './studio.js';

const TAGS = ['<b>', '<u>'];

describe('a build stopped by several problems of the campaign', () => {
  let s: TestStudio;
  let c: Client;
  beforeAll(async () => {
    let folder: string;
    ({ s, c, folder } = await studioWithExample());
    const file = join(folder, 'campaign.yaml');
    const yaml = await readFile(file, 'utf8');
    await writeFile(
      file,
      yaml.replace(
        /^ {2}body: \|\n/m,
        `  body: |\n    ${TAGS[0]}Chú ý</b> và ${TAGS[1]}lưu ý</u>\n`,
      ),
    );
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it('names each problem and says to fix them on Nội dung, not with a command', async () => {
    await buildUntil(c, 'hai-phong', 'failed');
    const page = await c.get('/c/hai-phong/build');
    const status =
      /<section id="build-status"[^>]*>([\s\S]*?)<\/section>/.exec(page.text)?.[1] ?? '';
    const failed = /class="notice error"[^>]*>([\s\S]*)/.exec(status)?.[1] ?? '';
    const said = plainText(failed).replace(/&lt;/g, '<').replace(/&gt;/g, '>');
    expect(said).toContain('Chưa tạo được tệp in');
    // Each tag opened and closed: four places, each said.
    expect(said).toContain('có 4 chỗ cần sửa');
    for (const tag of TAGS) {
      expect(said).toContain(`“${tag}”`);
      expect(said).toContain(`“${tag.replace('<', '</')}”`);
    }
    expect(said).not.toContain('phuong-print');
    expect(said).not.toMatch(/lỗi khác: chạy/);
    expect(failed).toContain('href="/c/hai-phong"');
    expect(said).toContain('Nội dung');
  });
});

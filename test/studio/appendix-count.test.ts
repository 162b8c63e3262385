/**
 * review44 #12: the edit page's appendices past the hundredth were dropped on save without a
 * word. Posted as the browser sends them (notice.appendix.<n>.title/.body), 101 appendices are
 * refused, at the field, with how many there are; the file is not written.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { openCampaignPage } from './campaign-page.js';
import { exampleForTests } from './studio.js';

describe('the appendices saved from the edit page', () => {
  const ex = exampleForTests();

  it('says so when there are more than a hundred, and writes nothing', async () => {
    const fields = await openCampaignPage(ex.c, 'hai-phong');
    const before = await readFile(ex.file, 'utf8');
    const posted = { ...fields };
    for (let n = 0; n < 101; n++) {
      posted[`notice.appendix.${n}.title`] = `PHỤ LỤC SỐ ${n + 1}`;
      posted[`notice.appendix.${n}.body`] = `Nội dung ${n + 1}`;
    }
    const page = await ex.c.postRaw('/c/hai-phong', posted);
    expect(page.status).toBe(422);
    const said = /<p class="field-error" id="f-notice-appendix-error">([\s\S]*?)<\/p>/
      .exec(page.text)?.[1]
      ?.replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    expect(said).toContain('101 phụ lục');
    expect(said).toContain('100');
    expect(await readFile(ex.file, 'utf8')).toBe(before);
  });
});

/**
 * The leaders' pages of a folder that overrides templates/web/layout.hbs keep that layout
 * whatever pages of other folders were made in between (the studio serves every open campaign
 * from one process, each from its own folder), and a folder that overrides nothing gets the
 * program's pages.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderPage } from '../../src/serve/html.js';
import { TEMPLATE_DIR } from '../../src/serve/ward.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

const view = {
  assets: '/assets/',
  ward: 'Phường Lê Chân',
  office: 'UBND phường Lê Chân',
  term: { short: 'tổ' },
};

describe('the pages of folders with and without their own layout, made one after the other', () => {
  afterAll(removeTempDirs);

  it('keeps each folder’s layout', async () => {
    const own = await makeTempDir('page-partials-own-');
    const plain = await makeTempDir('page-partials-plain-');
    mkdirSync(join(own, 'web'));
    const layout = readFileSync(join(TEMPLATE_DIR, 'web', 'layout.hbs'), 'utf8');
    writeFileSync(
      join(own, 'web', 'layout.hbs'),
      layout.replace('{{> @partial-block}}', '<p>Phường tự làm trang</p>\n{{> @partial-block}}'),
    );
    const mark = 'Phường tự làm trang';
    const ownFirst = renderPage('blank', view, own);
    expect(ownFirst).toContain(mark);
    expect(ownFirst).toContain(
      'Hãy mở đường dẫn riêng mà UBND phường Lê Chân đã gửi cho tổ của bạn.',
    );
    const plainPage = renderPage('blank', view, plain);
    expect(plainPage).not.toContain(mark);
    expect(plainPage).toBe(renderPage('blank', view));
    expect(renderPage('blank', view, own)).toBe(ownFirst);
    expect(renderPage('error', { ...view, status: 404 }, own)).toContain(mark);
    expect(renderPage('blank', view, plain)).toBe(plainPage);
  });
});

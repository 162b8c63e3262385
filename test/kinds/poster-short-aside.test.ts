/**
 * qa57 p7: the swimming class's A4 poster (test/fixtures/qa57-boi) broke a short aside in
 * brackets across lines: "Bể bơi Trường THCS Gia Viên (45 ⏎ Lạch Tray)" and, in the hotlines
 * line, "Bể bơi THCS Gia Viên (cô ⏎ Trang): 0912 888 123". An address or a name in brackets of
 * up to three words is kept on one line now. The PDF's lines as pdftotext reads them.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCampaignText } from '../support/campaign-build.js';
import { pdfText } from '../support/pdf-text.js';
import { removeTempDirs } from '../support/tmp.js';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/qa57-boi/${name}`, import.meta.url));

afterAll(removeTempDirs);

describe('a short aside in brackets on the poster', () => {
  it('stays on one line: “(45 Lạch Tray)”, “(cô Trang)”', async () => {
    const built = await buildCampaignText(
      await readFile(fixture('campaign.yaml'), 'utf8'),
      await readFile(fixture('groups.csv'), 'utf8'),
      'poster',
    );
    expect(built.code, built.stderr).toBe(0);
    const text = await pdfText(join(built.dir, 'out', 'to-dan-pho-so-1', 'poster-a4.pdf'), {
      layout: true,
    });
    const lines = text.split('\n').map((l) => l.replace(/\s+/g, ' ').trim());
    // Both asides are printed (the campaign's `where` and its hotlines), each whole on a line.
    expect(lines.some((l) => l.includes('(45 Lạch Tray)'))).toBe(true);
    expect(lines.some((l) => l.includes('(cô Trang): 0912 888 123'))).toBe(true);
  }, 120_000);
});

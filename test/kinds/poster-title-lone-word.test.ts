/**
 * A campaign title broken with a word alone on a middle line (qa54 p10): the clean-up day of
 * test/fixtures/qa54-cnx, "Ngày Chủ nhật xanh tháng 12/2026", printed on its A4 poster as "Ngày
 * Chủ nhật ⏎ xanh ⏎ tháng 12/2026" ("Chủ nhật" and "12/2026" are each kept whole). Now its lines
 * are evened so that no line between the first and the last is one word.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCampaignText } from '../support/campaign-build.js';
import { pdfText } from '../support/pdf-text.js';
import { removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/qa54-cnx/${name}`, import.meta.url));

describe('a poster title’s lines (qa54 p10)', () => {
  it('leaves no word alone on a middle line of the title', async () => {
    const yaml = await readFile(fixture('campaign.yaml'), 'utf8');
    expect(yaml).toContain('title: Ngày Chủ nhật xanh tháng 12/2026');
    const lines = (await readFile(fixture('groups.csv'), 'utf8')).split(/\r?\n/);
    const built = await buildCampaignText(yaml, `${lines[0]}\n${lines[1]}\n`, 'poster');
    expect(built.code, built.stderr).toBe(0);
    const text = await pdfText(join(built.dir, 'out', 'to-dan-pho-1', 'poster-a4.pdf'));
    const title = text
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '');
    const start = title.findIndex((l) => l.startsWith('Ngày'));
    const end = title.findIndex((l) => l.endsWith('tháng 12/2026'));
    expect(start).toBeGreaterThan(-1);
    expect(end).toBeGreaterThan(start);
    const words = title.slice(start, end + 1);
    expect(words.join(' ')).toBe('Ngày Chủ nhật xanh tháng 12/2026');
    for (const middle of words.slice(1, -1))
      expect(middle.split(' ').length, middle).toBeGreaterThan(1);
  }, 60_000);
});

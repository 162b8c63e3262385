/**
 * The seed helpers, and the example campaign's transcription of the seed notice: every
 * sentence and item of the seed's body, with its URLs, must be in `notice.body`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { seedBodySentences, seedUrls } from './seed.js';

const CAMPAIGN_FILE = new URL('../../examples/hai-phong/campaign.yaml', import.meta.url);

interface ExampleCampaign {
  notice: { body: string };
  links: Record<string, { url: string; label: string }>;
  contest: { starts: string; ends: string };
}

function loadCampaign(): ExampleCampaign {
  return parse(readFileSync(CAMPAIGN_FILE, 'utf8')) as ExampleCampaign;
}

/**
 * The campaign body as plain text: `{{links.X.url}}` replaced by the URL, the contest's dates
 * by the dates, Markdown syntax
 * stripped (emphasis, headings, leading "- ", backslash escapes), whitespace collapsed, NFC.
 */
function plainBody(campaign: ExampleCampaign): string {
  return (
    campaign.notice.body
      .normalize('NFC')
      .replace(/\{\{\s*links\.(\w+)\.url\s*\}\}/g, (whole, key: string) => {
        const link = campaign.links[key];
        if (!link) throw new Error(`unknown link in body: ${whole}`);
        return link.url;
      })
      // The contest's dates, as the template prints them (dd/mm/yyyy).
      .replace(/\{\{\s*contestDates\.(starts|ends)\.short\s*\}\}/g, (_, k: 'starts' | 'ends') =>
        String(campaign.contest[k]).split('-').reverse().join('/'),
      )
      .replace(/\*\*\*?/g, '')
      .replace(/^#{2,3} /gm, '')
      .replace(/^- /gm, '')
      .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

describe('seed notice', () => {
  it('splits the body into sentences and items', () => {
    const units = seedBodySentences();
    // 58 with the rules of seed.ts (the brief estimated "more than 60"): an exact count, so a
    // change that silently drops part of the body fails here rather than weakening the
    // transcription check below.
    expect(units).toHaveLength(58);
    expect(units[0]).toMatch(/^Hưởng ứng phong trào “Ngày hội toàn dân học tập số”/);
    expect(units.at(-1)).toMatch(/để được hỗ trợ giải quyết\.\/\.$/);
    expect(units).toContain('Mỗi thí sinh chỉ được sử dụng một tài khoản duy nhất để tham gia.');
    expect(units.some((u) => u.includes('Tôi học số - Tôi lan tỏa'))).toBe(true);
    expect(units.filter((u) => u.includes('  '))).toEqual([]);
    expect(units.filter((u) => u !== u.normalize('NFC'))).toEqual([]);
  });

  it('reconstructs the URLs split over lines', () => {
    const urls = seedUrls();
    expect(urls).toHaveLength(4);
    const units = seedBodySentences();
    for (const url of urls) expect(units.some((u) => u.includes(url))).toBe(true);
  });

  it('has the same URLs as the example campaign links', () => {
    const links = loadCampaign().links;
    expect(seedUrls()).toEqual([
      links.contest?.url,
      links.zalo?.url,
      links.guide?.url,
      links.video?.url,
    ]);
    expect(Object.keys(links)).toEqual(['contest', 'zalo', 'guide', 'video']);
  });

  it('is transcribed in full, word for word, in the example campaign body', () => {
    const body = plainBody(loadCampaign());
    const missing = seedBodySentences().filter((unit) => !body.includes(unit));
    expect(missing).toEqual([]);
  });
});

/**
 * The poster of an urgent campaign (qa53 p11): a storm's evacuation, its notice marked "HỎA TỐC",
 * printed a poster with no urgency at all and without what to bring to the shelter, which its
 * flyer lists. Now the mark heads the poster (A4, and each A3 sheet), as the notice marks it, and
 * what to bring prints under the steps. Read from the posters' text (pdftotext).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { poster } from '../../src/kinds/poster.js';
import { collapseSpaces, pdfPageTexts } from '../support/pdf-text.js';
import { renderCampaignText } from '../support/render.js';
import { STORM_GROUPS, stormCampaign } from '../support/storm-campaign.js';
import { removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const BRING = ['Giấy tờ tùy thân', 'Thuốc men thường dùng', 'Đèn pin, áo mưa'];
const LINK =
  'links:\n  shelter: { url: "https://sontra.danang.gov.vn/so-tan", label: Nơi sơ tán }\n';

/** The storm campaign, its notice marked `urgency` (none when undefined), with what to bring. */
function campaignText(urgency: string | undefined, bring: readonly string[] = BRING): string {
  const yaml = stormCampaign({ before: LINK, bring: bring.map((b) => `"${b}"`) });
  return urgency
    ? yaml.replace('  symbol: CĐ-UBND\n', `  symbol: CĐ-UBND\n  urgency: ${urgency}\n`)
    : yaml;
}

/** Each page's text of the poster of `size` of the campaign's first group. */
async function posterPages(yaml: string, size: 'a4' | 'a3'): Promise<string[]> {
  const bytes = await renderCampaignText(poster, yaml, STORM_GROUPS, size);
  return (await pdfPageTexts(bytes)).map(collapseSpaces);
}

describe('the poster of an urgent campaign', () => {
  it.each(['a4', 'a3'] as const)(
    "heads every %s sheet with the notice's urgency mark, then its title",
    async (size) => {
      const pages = await posterPages(campaignText('hỏa tốc'), size);
      expect(pages.length).toBeGreaterThan(0);
      for (const page of pages) {
        const mark = page.indexOf('HỎA TỐC');
        expect(mark).toBeGreaterThanOrEqual(0);
        expect(mark).toBeLessThan(page.indexOf('Ứng phó bão số 3'));
      }
    },
  );

  it.each(['a4', 'a3'] as const)(
    'prints what to bring on every %s sheet, under its heading',
    async (size) => {
      for (const page of await posterPages(campaignText('khẩn'), size)) {
        const heading = page.indexOf('Cần mang theo');
        expect(heading).toBeGreaterThan(page.indexOf('Người dân cần làm gì?'));
        for (const thing of BRING) expect(page.indexOf(thing)).toBeGreaterThan(heading);
      }
    },
  );

  // More than a sheet holds: what to bring is left out (the build names it), never the steps.
  it.each(['a4', 'a3'] as const)(
    'leaves out a list too long to bring on %s, keeping the steps',
    async (size) => {
      const many = Array.from(
        { length: 18 },
        (_, i) => `Vật dụng số ${i + 1} cho cả gia đình khi đi sơ tán`,
      );
      // With a time, a place and a number to call, as an evacuation has them.
      const yaml = `${campaignText('khẩn', many).replace(LINK, `${LINK}when: Trước 17h00 ngày 22/09/2026\nwhere: Trường THCS Nguyễn Văn Cừ\n`)}hotlines:\n  - "Ban chỉ huy PCTT phường: 0236 3 831 115"\n`;
      for (const page of await posterPages(yaml, size)) {
        expect(page).toContain('Người dân cần làm gì?');
        expect(page).toContain('Sơ tán đến nơi an toàn khi có lệnh của phường');
        expect(page).not.toContain('Cần mang theo');
      }
    },
  );

  it('prints no urgency mark nor heading when the notice has none and nothing is to be brought', async () => {
    const [page = ''] = await posterPages(campaignText(undefined, []), 'a4');
    expect(page).toContain('Ứng phó bão số 3');
    expect(page).not.toMatch(/KHẨN|HỎA TỐC/);
    expect(page).not.toContain('Cần mang theo');
  });
});

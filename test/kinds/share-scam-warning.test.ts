/**
 * qa56 p1: QA's anti-scam campaign (test/fixtures/qa56-luadao/luadao.yaml: "Cảnh giác lừa đảo qua
 * mạng", the body's sign "Gửi đường link lạ qua tin nhắn", one article link, two hotlines). Its
 * share picture said "Bấm đường dẫn trong tin nhắn, hoặc nhấn giữ vào ảnh…", against its own
 * warning; it now says to scan the code and read the page's address first, and so do the posters
 * (they said "quét mã QR rồi bấm vào đường dẫn hiện ra"). And its hotline
 * "Cảnh sát khẩn cấp: 113" broke with "113" alone on a line, on the picture and the A4 poster:
 * a short name now stays on the line of its number. Read as the picture's text and the posters'
 * printed lines.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentKind } from '../../src/kinds/kind.js';
import { poster } from '../../src/kinds/poster.js';
import { share } from '../../src/kinds/share.js';
import { loadFonts } from '../../src/layout/fonts.js';
import { loadCampaign } from '../../src/load/campaign.js';
import type { Campaign } from '../../src/load/campaign-schema.js';
import { loadGroups } from '../../src/load/groups/index.js';
import type { Group } from '../../src/load/types.js';
import { buildContext } from '../../src/model/context.js';
import { renderPageTexts } from '../../src/render/text/page-text.js';
import { pdfWords, wordLines } from '../support/pdf-text.js';
import { renderFor } from '../support/render.js';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/qa56-luadao/${name}`, import.meta.url));

let campaign: Campaign;
let group: Group;
beforeAll(async () => {
  ({ campaign } = await loadCampaign(fixture('luadao.yaml')));
  [group] = (await loadGroups(fixture('groups.csv'))) as [Group];
});

/** The document's lines as drawn. */
async function linesOf(kind: DocumentKind, variant?: string): Promise<string[]> {
  const pages = await renderPageTexts(kind, buildContext(campaign, group, 'to-1a'), {
    fonts: loadFonts(),
    created: new Date(`${campaign.issued}T00:00:00+07:00`),
    variant,
  });
  return pages.flat().map((b) => b.text.replace(/\s+/g, ' ').trim());
}

describe('an anti-scam campaign’s share picture and poster (qa56 p1)', () => {
  it('do not tell residents to tap the link in the message', async () => {
    const text = (await linesOf(share)).join(' ');
    expect(text).toContain('Nhấn giữ vào ảnh, chọn Quét mã QR và xem địa chỉ trang trước khi mở');
    expect(text).not.toMatch(/bấm đường dẫn/i);
  });

  it('the posters tell to read the address the camera shows before opening it, not to tap it', async () => {
    for (const size of ['a4', 'a3']) {
      const text = (await linesOf(poster, size)).join(' ');
      expect(text, size).toContain('quét mã QR và xem địa chỉ trang trước khi mở');
      expect(text, size).not.toMatch(/bấm vào đường dẫn/i);
    }
  });

  it('keep “Cảnh sát khẩn cấp: 113” on one line of the A4 and A3 posters', async () => {
    for (const size of ['a4', 'a3']) {
      const { bytes } = await renderFor(poster, campaign, group, size);
      const lines = wordLines(await pdfWords(bytes)).map((l) => l.map((w) => w.text).join(' '));
      expect(
        lines.filter((l) => l.includes('Cảnh sát khẩn cấp: 113')),
        size,
      ).toHaveLength(1);
      expect(lines, size).not.toContain('113');
    }
  });

  it('keep “địa chỉ” whole in the posters’ call to action (the A3 printed “xem địa | chỉ trang”)', async () => {
    for (const size of ['a4', 'a3']) {
      const { bytes } = await renderFor(poster, campaign, group, size);
      const lines = wordLines(await pdfWords(bytes)).map((l) => l.map((w) => w.text).join(' '));
      const call = lines.filter((l) => /quét mã QR|trước khi mở/.test(l));
      expect(call.join(' '), size).toContain('xem địa chỉ trang trước khi mở');
      expect(
        call.filter((l) => l.includes('địa chỉ')),
        size,
      ).toHaveLength(1);
    }
  });
});

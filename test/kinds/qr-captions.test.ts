/**
 * The web address printed with each QR code, on every kind of both examples: whole (never cut
 * short with "…"), as people read it (percent-escapes decoded, no "https://"), the same on every
 * kind, and nothing on a page with codes printed under 9 pt. Expected addresses come from the
 * codes themselves (decoded from a 150 dpi render).
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { DocumentKind } from '../../src/kinds/kind.js';
import { KINDS } from '../../src/kinds/registry.js';
import { decodeDegradedPdf } from '../support/degrade.js';
import { pdfTextItems } from '../support/pdf-items.js';
import { exampleFirstGroup, exampleKindCases, renderFor } from '../support/render.js';
import { removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

// 150 dpi, as qr-scan.test.ts's sharp reference: a module of the smallest code allowed is 6 pixels,
// and every case's pages gave the same codes as at 300 dpi (four times the pixels to render and
// scan; checked 2026-12-01: notice 6 + 1, flyer 2 + 4, checklist 4 + 2, posters 2 + 2).
const SHARP = { dpi: 150, scale: 1, blur: 0, rotate: 0 };
const kind = (name: string) => KINDS.find((k) => k.name === name) as DocumentKind;
/** Text with every space and line break removed: an address wrapped over lines reads whole. */
const squeeze = (s: string) => s.replace(/\s+/g, '');

const cases = exampleKindCases(['notice', 'flyer', 'checklist', 'poster']);

describe('the address under each code', () => {
  it.each(cases)(
    '%s %s %s',
    async (ex, name, variant) => {
      const { campaign, group } = await exampleFirstGroup(ex);
      if (name === 'poster' && !campaign.app) return;
      const { bytes } = await renderFor(kind(name), campaign, group, variant);
      const codes = await decodeDegradedPdf(bytes, SHARP);
      expect(codes.flat().length, 'codes on the document').toBeGreaterThan(0);
      const items = await pdfTextItems(bytes);
      codes.forEach((urls, p) => {
        if (urls.length === 0) return;
        // The page's text runs in drawing order (pdftotext would join "cong-" + "dan" as "congdan").
        const text = squeeze((items[p]?.items ?? []).map((i) => i.str).join(''));
        for (const url of urls) {
          const readable = decodeURI(url)
            .replace(/^https?:\/\//, '')
            .replace(/\/$/, '');
          expect(text, `page ${p + 1}`).toContain(squeeze(readable));
        }
        expect(text).not.toContain('…');
        const small = (items[p]?.items ?? [])
          .filter((i) => i.str.trim() !== '' && i.fontSize < 8.95)
          .map((i) => `${i.str} ${i.fontSize.toFixed(1)} pt`);
        expect(small, `page ${p + 1}`).toEqual([]);
      });
    },
    120_000,
  );
});

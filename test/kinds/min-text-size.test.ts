/**
 * No printed text under 9 pt, anywhere in any PDF document of either example (the Decree's
 * smallest size is 11 pt; a copy mark, a caption or a privacy line read on paper still needs 9):
 * every text run of every page, measured from the PDF as pdf.js reads it.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { DocumentKind } from '../../src/kinds/kind.js';
import { findKind } from '../../src/kinds/registry.js';
import { loadFonts } from '../../src/layout/fonts.js';
import { buildContext } from '../../src/model/context.js';
import { campaignTemplateDir } from '../../src/output/inputs.js';
import { renderOutput } from '../../src/render/output.js';
import { pdfTextItems } from '../support/pdf-items.js';
import { exampleFirstGroup, exampleKindCases } from '../support/render.js';

const MIN_PT = 9;
const cases = exampleKindCases(['notice', 'poster', 'flyer', 'checklist', 'tracker']);

describe('text size', () => {
  it.each(cases)(
    '%s %s %s: nothing under 9 pt on any page',
    async (ex, name, variant) => {
      const { campaign, group } = await exampleFirstGroup(ex);
      const kind = findKind(name) as DocumentKind;
      if (name === 'poster' && !campaign.app) return;
      const campaignFile = fileURLToPath(
        new URL(`../../examples/${ex}/campaign.yaml`, import.meta.url),
      );
      const { bytes } = await renderOutput(kind, buildContext(campaign, group, 'x'), {
        fonts: loadFonts(),
        created: new Date(`${campaign.issued}T00:00:00+07:00`),
        templateDir: campaignTemplateDir(campaignFile),
        variant,
      });
      const pages = await pdfTextItems(bytes);
      expect(pages.length).toBeGreaterThan(0);
      const small = pages.flatMap((p, n) =>
        p.items
          .filter((i) => i.str.trim() !== '' && i.fontSize < MIN_PT - 0.05)
          .map((i) => `page ${n + 1}: "${i.str}" ${i.fontSize.toFixed(2)} pt`),
      );
      expect(small).toEqual([]);
    },
    120_000,
  );
});

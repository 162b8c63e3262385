/**
 * No printed text under 9 pt, anywhere in any PDF document of either example (the Decree's
 * smallest size is 11 pt; a copy mark, a caption or a privacy line read on paper still needs 9):
 * every text run of every page, measured from the PDF as pdf.js reads it.
 *
 * The documents are the ones the build prints for each example, from its own inputs
 * (loadBuildInputs). A kind the build does not print for a campaign (the app poster of a
 * campaign with no app) is reported as skipped, with the build's own note, never passed unseen.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { DocumentKind } from '../../src/kinds/kind.js';
import { findKind } from '../../src/kinds/registry.js';
import { type BuildInputs, loadBuildInputs } from '../../src/output/inputs.js';
import { renderOutput } from '../../src/render/output.js';
import { pdfTextItems } from '../support/pdf-items.js';
import { exampleKindCases } from '../support/render.js';

const MIN_PT = 9;
const KINDS = ['notice', 'poster', 'flyer', 'checklist', 'tracker'];
const cases = exampleKindCases(KINDS);

const example = (ex: string, file: string) =>
  fileURLToPath(new URL(`../../examples/${ex}/${file}`, import.meta.url));

/** Each example's inputs as the build loads them, once. */
const loaded = new Map<string, Promise<BuildInputs>>();
function inputsOf(ex: string): Promise<BuildInputs> {
  let inputs = loaded.get(ex);
  if (!inputs) {
    inputs = loadBuildInputs(
      { campaign: example(ex, 'campaign.yaml'), groups: example(ex, 'groups.csv') },
      KINDS.map((k) => findKind(k) as DocumentKind),
    );
    loaded.set(ex, inputs);
  }
  return inputs;
}

describe('text size', () => {
  it.for(cases)(
    '%s %s %s: nothing under 9 pt on any page',
    { timeout: 120_000 },
    async ([ex, name, variant], { skip }) => {
      const inputs = await inputsOf(ex);
      const kind = inputs.kinds.find((k) => k.name === name);
      if (!kind) {
        // Not printed for this campaign: said, with the build's reason, in the test report.
        // One line names the kinds a campaign does not make (output/skipped-kinds.ts).
        const why = inputs.warnings.find((w) => / made: |not made:/.test(w.message))?.message;
        expect(why, `${ex}: the build neither prints ${name} nor says why`).toBeDefined();
        return skip(`${ex} ${name} ${variant ?? ''}: not measured, the build prints none (${why})`);
      }
      const [first] = inputs.groups;
      if (!first) throw new Error(`${ex}: no group`);
      // The tracking sheet repeats one page of rows (the first group's 248 households: ten
      // pages): 30 households make a full page with its subtotal and a last page with the totals.
      const group = name === 'tracker' ? { ...first, households: 30 } : first;
      const { bytes } = await renderOutput(kind, inputs.contextOf(group), {
        fonts: inputs.fonts,
        created: inputs.created,
        templateDir: inputs.spec.templateDir,
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
  );
});

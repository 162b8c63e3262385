/**
 * One dash style across kinds: the printed documents of both examples separate the parts of a
 * heading or a line with the en dash " – " (as the groups' headers do), never an em dash; a
 * hyphen stays only where the text has one ("Độc lập - Tự do - Hạnh phúc", the notice as issued).
 * Read from each PDF's text and its title.
 */
import { describe, expect, it } from 'vitest';
import { findKind } from '../../src/kinds/registry.js';
import { execToolOk } from '../support/exec.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { exampleFirstGroup, exampleKindCases, renderFor } from '../support/render.js';
import { withPdfFile } from '../support/tmp.js';

const cases = exampleKindCases(['notice', 'flyer', 'checklist', 'tracker', 'poster']);

describe('dashes', () => {
  it.each(cases)(
    '%s %s %s: en dashes between parts, no em dash',
    async (example, name, variant) => {
      const { campaign, group: first } = await exampleFirstGroup(example);
      // A tracking sheet's later pages repeat its first (ten of them for 248 households): two
      // pages, the first and the last, hold every line it prints.
      const group = name === 'tracker' ? { ...first, households: 30 } : first;
      const kind = findKind(name);
      if (!kind) throw new Error(name);
      // The app poster of a campaign without an app is not made.
      if (name === 'poster' && !campaign.app) return;
      const { bytes } = await renderFor(kind, campaign, group, variant);
      const text = collapseSpaces(await pdfText(bytes));
      const info = await withPdfFile(bytes, (f) => execToolOk('pdfinfo', [f]));
      const title = /^Title:\s+(.*)$/m.exec(info)?.[1] ?? '';
      expect(`${text} ${title}`).not.toContain('—');
      // The group is named with its ward as the other kinds name it, when this kind names both.
      const pair = `${group.name} – ${campaign.issuer.ward}`;
      const upper = pair.toLocaleUpperCase('vi');
      if (name !== 'notice') expect(text.includes(pair) || text.includes(upper)).toBe(true);
    },
  );
});

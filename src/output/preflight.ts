/**
 * Output stage, before anything is written: every character that can reach paper — campaign
 * values, group rows, template text — must be in the fonts. A missing one is an error that names
 * the character, its code point and where it came from, instead of an empty box on paper.
 */
import { UserError } from '../errors.js';
import {
  describeCharacter,
  type FontFamilyName,
  type FontSet,
  missingCharacters,
} from '../layout/fonts.js';
import type { Campaign } from '../load/campaign.js';
import { type Field, HEADERS } from '../load/groups/columns.js';
import type { Group } from '../load/types.js';

function check(
  text: string,
  fonts: FontSet,
  family: FontFamilyName,
  where: ConstructorParameters<typeof UserError>[1],
) {
  const missing = missingCharacters(text, fonts, family);
  if (missing.length > 0) {
    throw new UserError(
      `the fonts have no glyph for ${missing.map(describeCharacter).join(', ')}`,
      where,
      'Replace the character (look for look-alikes pasted from other scripts, or symbols), or add a font that has it.',
    );
  }
}

function walk(value: unknown, path: string[], visit: (text: string, path: string[]) => void): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) {
    value.forEach((v, i) => {
      walk(v, [...path, String(i)], visit);
    });
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) walk(v, [...path, k], visit);
  }
}

export interface PreflightInput {
  campaign: Campaign;
  campaignFile: string;
  groups: readonly Group[];
  templates: { file: string; text: string }[];
  fonts: FontSet;
  families: FontFamilyName[];
}

export function checkCoverage(input: PreflightInput): void {
  for (const family of input.families) {
    // File paths (assets) are never printed: only the campaign's printable values are checked.
    const { assets: _assets, ...printed } = input.campaign;
    walk(printed, [], (text, path) =>
      check(text, input.fonts, family, { file: input.campaignFile, field: path.join('.') }),
    );
    for (const g of input.groups) {
      const { source, ...fields } = g;
      for (const [field, value] of Object.entries(fields)) {
        // Name the column as row errors do (the usual header: Group does not keep the file's own).
        const column = HEADERS[field as Field]?.[0] ?? field;
        if (typeof value === 'string')
          check(value, input.fonts, family, { file: source.file, row: source.row, field: column });
      }
    }
    for (const t of input.templates) {
      t.text.split('\n').forEach((line, i) => {
        check(line, input.fonts, family, { file: t.file, line: i + 1 });
      });
    }
  }
}

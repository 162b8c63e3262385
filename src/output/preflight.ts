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
import { ROSTER_COLUMNS } from '../load/roster.js';
import type { LoadedRoster } from '../load/roster-folder.js';
import type { Group } from '../load/types.js';
import { msg } from '../messages/message.js';

/**
 * Characters already found in every face of a family, by font set: a ward's texts repeat a few
 * hundred characters, and asking each face's cmap again for each of them cost a build's checks
 * most of their time.
 */
const covered = new WeakMap<FontSet, Partial<Record<FontFamilyName, Set<string>>>>();

function check(
  text: string,
  fonts: FontSet,
  family: FontFamilyName,
  where: ConstructorParameters<typeof UserError>[1],
) {
  let families = covered.get(fonts);
  if (!families) {
    families = {};
    covered.set(fonts, families);
  }
  families[family] ??= new Set();
  const known = families[family];
  // The text's characters not yet known, in their order: a missing one is reported as before.
  let fresh = '';
  for (const ch of text) if (!known.has(ch)) fresh += ch;
  if (!fresh) return;
  const missing = missingCharacters(fresh, fonts, family);
  if (missing.length > 0) {
    throw new UserError(
      msg`the fonts have no glyph for ${missing.map(describeCharacter).join(', ')}`,
      where,
      msg`Replace the character (look for look-alikes pasted from other scripts, or symbols), or add a font that has it.`,
    );
  }
  for (const ch of fresh) known.add(ch);
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

/** Campaign values and template text: a missing glyph here is the whole build's problem. */
export function checkCampaignCoverage(
  campaign: Campaign,
  campaignFile: string,
  templates: { file: string; text: string }[],
  fonts: FontSet,
  families: FontFamilyName[],
): void {
  // File paths (assets) are never printed: only the campaign's printable values are checked.
  const { assets: _assets, ...printed } = campaign;
  for (const family of families) {
    walk(printed, [], (text, path) =>
      check(text, fonts, family, { file: campaignFile, field: path.join('.') }),
    );
    for (const t of templates) {
      t.text.split('\n').forEach((line, i) => {
        check(line, fonts, family, { file: t.file, line: i + 1 });
      });
    }
  }
}

/**
 * One group's row: a missing glyph fails that group. `headers`: the file's own header of each
 * field ("Nhà văn hóa"), which names the column as row errors do.
 */
export function checkGroupCoverage(
  group: Group,
  fonts: FontSet,
  families: FontFamilyName[],
  headers: Partial<Record<Field, string>> = {},
): void {
  const { source, columns = {}, ...fields } = group;
  for (const family of families) {
    // Extra columns can be printed too ({{group.[header]}}): named by their own header.
    for (const [header, value] of Object.entries(columns))
      check(value, fonts, family, { file: source.file, row: source.row, field: header });
    for (const [field, value] of Object.entries(fields)) {
      const column = headers[field as Field] ?? HEADERS[field as Field]?.[0] ?? field;
      if (typeof value === 'string')
        check(value, fonts, family, { file: source.file, row: source.row, field: column });
    }
  }
}

/** Every resident's text must be in the fonts too; the error names file, row and column only
 * (rosters are personal data). */
export function checkRosterCoverage(
  rosters: Map<string, LoadedRoster>,
  fonts: FontSet,
  families: FontFamilyName[],
): void {
  for (const { residents } of rosters.values()) {
    for (const { source, ...fields } of residents) {
      for (const [field, value] of Object.entries(fields)) {
        const missing = families.flatMap((f) => missingCharacters(String(value), fonts, f));
        if (missing.length === 0) continue;
        const column = ROSTER_COLUMNS.headers[field as keyof typeof ROSTER_COLUMNS.headers][0];
        throw new UserError(
          msg`the fonts have no glyph for ${[...new Set(missing)].map(describeCharacter).join(', ')}`,
          { file: source.file, row: source.row, field: column },
          msg`Replace the character (look for look-alikes pasted from other scripts, or symbols).`,
        );
      }
    }
  }
}

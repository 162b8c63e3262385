/**
 * Output stage, before anything is written: every character that can reach paper — campaign
 * values, group rows, template text — must be in the fonts. A missing one is an error that names
 * the character, its code point and where it came from, instead of an empty box on paper.
 */
import { throwProblems, UserError, type Where } from '../errors.js';
import {
  describeCharacter,
  type FontFamilyName,
  type FontSet,
  missingCharacters,
} from '../layout/font-set.js';
import { type Campaign, campaignValueLine } from '../load/campaign.js';
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
const covered = new WeakMap<FontSet, Partial<Record<FontFamilyName, Set<number>>>>();

/** The characters of `text` that `family` lacks, in their order (none: the usual case, fast). */
function missingIn(text: string, fonts: FontSet, family: FontFamilyName): string[] {
  let families = covered.get(fonts);
  if (!families) {
    families = {};
    covered.set(fonts, families);
  }
  families[family] ??= new Set();
  const known = families[family];
  // The text's characters not yet known, in their order: a missing one is reported as before.
  // Known ones are code points read by index: a string's iterator made a one-character string of
  // each (every Vietnamese letter of every row), 0.5 % of a build's allocation (h-alloc).
  let fresh = '';
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i) as number;
    if (cp > 0xffff) i++;
    if (!known.has(cp)) fresh += String.fromCodePoint(cp);
  }
  if (!fresh) return [];
  const missing = missingCharacters(fresh, fonts, family);
  const lacking = new Set(missing);
  for (const ch of fresh) if (!lacking.has(ch)) known.add(ch.codePointAt(0) as number);
  return missing;
}

const missingGlyphs = (missing: readonly string[], where: Where) =>
  new UserError(
    msg`the fonts have no glyph for ${[...new Set(missing)].map(describeCharacter).join(', ')}`,
    where,
    msg`Replace the character (look for look-alikes pasted from other scripts, or symbols), or add a font that has it.`,
  );

function check(text: string, fonts: FontSet, family: FontFamilyName, where: Where) {
  const missing = missingIn(text, fonts, family);
  if (missing.length > 0) throw missingGlyphs(missing, where);
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
  campaignSource?: string,
): void {
  // Every value and template line at once, each at its line: fixed one a run, an emoji in the
  // title waited behind a pasted Chinese word in the body.
  const problems = new Map<string, { missing: string[]; where: Where }>();
  const add = (key: string, missing: string[], where: () => Where) => {
    if (missing.length === 0) return;
    const known = problems.get(key);
    if (known) known.missing.push(...missing);
    else problems.set(key, { missing: [...missing], where: where() });
  };
  // File paths (assets) are never printed: only the campaign's printable values are checked.
  const { assets: _assets, ...printed } = campaign;
  for (const family of families) {
    walk(printed, [], (text, path) => {
      const field = path.join('.');
      const missing = missingIn(text, fonts, family);
      add(`${campaignFile}\u0000${field}`, missing, () => {
        const at = text.split('\n').findIndex((l) => missing.some((ch) => l.includes(ch)));
        const line =
          campaignSource !== undefined && at >= 0
            ? campaignValueLine(campaignSource, field, at + 1)
            : undefined;
        return { file: campaignFile, field, line };
      });
    });
    for (const t of templates) {
      t.text.split('\n').forEach((line, i) => {
        add(`${t.file}\u0000${i}`, missingIn(line, fonts, family), () => ({
          file: t.file,
          line: i + 1,
        }));
      });
    }
  }
  const found = [...problems.values()];
  // In the order the office reads its file: by file, then line.
  found.sort(
    (a, b) =>
      (a.where.file === campaignFile ? 0 : 1) - (b.where.file === campaignFile ? 0 : 1) ||
      (a.where.file ?? '').localeCompare(b.where.file ?? '') ||
      (a.where.line ?? 0) - (b.where.line ?? 0),
  );
  throwProblems(found.map(({ missing, where }) => missingGlyphs(missing, where)));
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
      check(value, fonts, family, { ...source, field: header });
    for (const [field, value] of Object.entries(fields)) {
      const column = headers[field as Field] ?? HEADERS[field as Field]?.[0] ?? field;
      if (typeof value === 'string') check(value, fonts, family, { ...source, field: column });
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

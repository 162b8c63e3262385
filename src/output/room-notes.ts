/**
 * Output stage: what the kinds will print otherwise than written for lack of room — a poster's
 * steps left out even in their smallest type (qa12 Q11), a notice body table whose words must be
 * split (qa11 Q9) — as the build's warnings naming the file and the section or campaign field,
 * asked before anything is written, so nothing is dropped or cut silently. Room depends on the
 * group's own texts (its name in a header, its venue, its leaders' contact line): the groups asked
 * are the first and those whose name, venue or leaders and phones are the longest, not every group (laying out each group's documents twice
 * would cost a build as much again).
 */
import { isUserError, UserError } from '../errors.js';
import type { DocumentKind, SectionNote } from '../kinds/kind.js';
import type { FontSet } from '../layout/fonts.js';
import { campaignValueLine } from '../load/campaign.js';
import type { Group } from '../load/types.js';
import { msg } from '../messages/message.js';
import type { DocContext } from '../model/context.js';
import type { Sections } from '../template/sections.js';

/** Whether `w` is a part left out for a group's long cell (groupOmission): the studio says it. */
export const isGroupOmissionWarning = (w: UserError): boolean =>
  w.text.key.startsWith('{0} of {1} has no room for "{2}"');

/** A cell shorter than this is no reason for a part to be left out. */
const LONG_CELL = 60;

/**
 * A part a document of `group` left out, said in the office's words (qa59b M1: "poster.hbs, mục
 * “steps”: … phần “@@ steps”" named neither the group nor what to shorten): the document, the
 * group, the part by its printed heading, at the group's row and its longest cell, the one to
 * shorten. None when the group has no long cell (the campaign's own text took the room).
 */
function groupOmission(note: SectionNote, group: Group): UserError | undefined {
  if (!note.omitted) return undefined;
  const [column, cell] = Object.entries(group.columns ?? {}).reduce<[string, string]>(
    (a, c) => (c[1].length > a[1].length ? c : a),
    ['', ''],
  );
  if (cell.length < LONG_CELL) return undefined;
  const { document, part } = note.omitted;
  const { file, row, sheet } = group.source;
  return new UserError(
    msg`${document} of ${group.name} has no room for "${part}", even in its smallest type: it is not printed`,
    { file, ...(sheet ? { sheet } : {}), row, field: column },
    msg`Shorten the "${column}" cell of ${group.name} (${cell.length} characters; a fallback place, for one, may go), or the campaign's steps and what to bring.`,
  );
}

/**
 * The first group, and those with the longest name, the longest venue and the longest leaders and
 * phones (the flyer's contact line: two leaders with their phones take a line more).
 */
export function roomiestGroups(groups: readonly Group[]): Group[] {
  const longest = (length: (g: Group) => number) =>
    groups.reduce<Group | undefined>((a, g) => (!a || length(g) > length(a) ? g : a), undefined);
  const picked = [
    groups[0],
    longest((g) => g.name.length),
    longest((g) => g.venue?.length ?? 0),
    longest((g) => (g.leader?.length ?? 0) + (g.phone?.length ?? 0)),
  ];
  return [...new Set(picked.filter((g): g is Group => g !== undefined))];
}

export async function roomWarnings(
  kinds: readonly DocumentKind[],
  groups: readonly Group[],
  contextOf: (g: Group) => DocContext,
  /** A kind's sections for a group (renderSections), drawn once for every reader (inputs.ts). */
  sectionsOf: (kind: DocumentKind, g: Group) => Sections,
  fonts: FontSet,
  created: Date,
  campaignFile: string,
  /** The campaign file's text, for a note said at its field's line (`campaignLine`). */
  campaignSource?: string,
): Promise<UserError[]> {
  const warnings = new Map<string, UserError>();
  for (const kind of kinds) {
    if (!kind.roomNotes) continue;
    for (const group of roomiestGroups(groups)) {
      const ctx = contextOf(group);
      let sections: Sections;
      let notes: SectionNote[];
      try {
        sections = sectionsOf(kind, group);
        notes = await kind.roomNotes({ sections, ctx, fonts, created });
      } catch (e) {
        // A group whose document cannot be made at all is the build's to report, as it does.
        if (isUserError(e)) continue;
        throw e;
      }
      for (const note of notes) {
        const line =
          note.campaignField && note.campaignLine && campaignSource !== undefined
            ? campaignValueLine(campaignSource, note.campaignField, 1)
            : undefined;
        const where = note.campaignField
          ? { file: campaignFile, field: note.campaignField, ...(line ? { line } : {}) }
          : { file: sections.file, field: note.section ?? 'columns' };
        const warning = groupOmission(note, group) ?? new UserError(note.text, where, note.hint);
        // One warning a section and document, however many groups it is true of.
        warnings.set(`${where.file}\u0000${where.field}\u0000${warning.message}`, warning);
      }
    }
  }
  return [...warnings.values()];
}

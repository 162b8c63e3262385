/**
 * Output stage: what the kinds will leave out of a group's document for lack of room (a poster's
 * steps too long for the page even in their smallest type), as the build's warnings naming the
 * template file and section — asked before anything is written, so nothing is dropped silently
 * (qa12 Q11). A kind's room depends on the group's own texts (its name in the header, its venue):
 * the groups asked are the first and those whose name or venue is the longest, not every group
 * (a layout planned per group would cost the build a poster's layout again per group).
 */
import { isUserError, UserError } from '../errors.js';
import type { DocumentKind, SectionNote } from '../kinds/kind.js';
import { renderSections } from '../kinds/render.js';
import type { FontSet } from '../layout/fonts.js';
import type { Group } from '../load/types.js';
import type { DocContext } from '../model/context.js';

/** The first group, and those with the longest name and the longest venue. */
export function roomiestGroups(groups: readonly Group[]): Group[] {
  const longest = (length: (g: Group) => number) =>
    groups.reduce<Group | undefined>((a, g) => (!a || length(g) > length(a) ? g : a), undefined);
  const picked = [groups[0], longest((g) => g.name.length), longest((g) => g.venue?.length ?? 0)];
  return [...new Set(picked.filter((g): g is Group => g !== undefined))];
}

export async function roomWarnings(
  kinds: readonly DocumentKind[],
  groups: readonly Group[],
  contextOf: (g: Group) => DocContext,
  fonts: FontSet,
  created: Date,
  templateDir?: string,
): Promise<UserError[]> {
  const warnings = new Map<string, UserError>();
  for (const kind of kinds) {
    if (!kind.roomNotes) continue;
    for (const group of roomiestGroups(groups)) {
      const ctx = contextOf(group);
      let sections: ReturnType<typeof renderSections>;
      let notes: SectionNote[];
      try {
        sections = renderSections(kind, ctx, templateDir);
        notes = await kind.roomNotes({ sections, ctx, fonts, created });
      } catch (e) {
        // A group whose document cannot be made at all is the build's to report, as it does.
        if (isUserError(e)) continue;
        throw e;
      }
      for (const note of notes) {
        const warning = new UserError(
          note.text,
          { file: sections.file, field: note.section ?? 'columns' },
          note.hint,
        );
        // One warning a section and document, however many groups it is true of.
        warnings.set(`${sections.file}\u0000${warning.message}`, warning);
      }
    }
  }
  return [...warnings.values()];
}

/**
 * Output stage: a campaign's own template that lacks sections its kind draws (an empty
 * notice.hbs, a copy cut short) is the template's fault for every group, said once before any
 * file is written, with every missing section at once — not as each group's failure, one section
 * a run. What a kind needs is known only by drawing it: the first group is drawn in memory, and
 * only when the template lacks a section the tool's own template has.
 */
import { join } from 'node:path';
import { UserError } from '../errors.js';
import type { DocumentKind } from '../kinds/kind.js';
import { DEFAULT_TEMPLATE_DIR, templateText } from '../kinds/render.js';
import { msg } from '../messages/message.js';
import type { DocContext } from '../model/context.js';
import type { RenderOptions } from '../render/output.js';
import { MissingSection } from '../template/sections.js';

/** Each `@@` line's name as written, a per-entry one whole ("appendix-{{@index}}-title"). */
const sectionNames = (text: string) =>
  new Set([...text.matchAll(/^@@ ?(\S+)/gm)].map((m) => m[1] ?? ''));

/** The problem, or undefined when the template has what the kind draws from it. */
export async function missingSections(
  kind: DocumentKind,
  file: string,
  text: string,
  ctx: DocContext,
  opts: Omit<RenderOptions, 'forPrint'>,
): Promise<UserError | undefined> {
  const own = join(DEFAULT_TEMPLATE_DIR, kind.template);
  if (file === own) return undefined;
  const present = sectionNames(text);
  const lacking = [...sectionNames(templateText(own))].filter((name) => !present.has(name));
  if (lacking.length === 0) return undefined;
  // The renderer (pdfkit) loads only here: a build that fails before drawing never loads it.
  const { drawOutput } = await import('../render/output.js');
  try {
    await drawOutput(kind, ctx, opts);
    return undefined;
  } catch (e) {
    // Any other problem of this group's document is the build's to report for the group.
    if (!(e instanceof MissingSection)) return undefined;
  }
  const list = lacking.map((name) => `@@ ${name}`).join(', ');
  return new UserError(
    msg`the template lacks ${lacking.length} of the sections of the tool's own ${kind.template}: ${list}`,
    { file },
    msg`Start from a copy of the tool's template (${own}) and change the text under its "@@" lines, keeping every line that starts with "@@".`,
  );
}

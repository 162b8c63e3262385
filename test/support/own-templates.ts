/**
 * An office's own templates made from the tool's, with parts cut out, for the tests of what a
 * campaign field no template prints does. A cut that no longer matches throws: the tool's template
 * changed, and the test would otherwise run on the whole template and prove nothing.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The tool's own templates/ folder. */
export const TOOL_TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));

/** The flyer's "@@ event" section (the time and place), up to what to bring. */
export const EVENT_SECTION = /@@ event\n[\s\S]*?(?=@@ eligible-heading)/;

/**
 * The poster's "@@ event" (a campaign without an app: the time and place) and "@@ hotlines"
 * sections: a poster without them prints none of those fields.
 */
export const POSTER_EVENT_AND_HOTLINES =
  /@@ event\n[\s\S]*?(?=@@ call-to-action)|@@ hotlines\n[\s\S]*?(?=@@ contact)/g;

/** The text of template `file` without `cut`; throws when `cut` matches nothing in it. */
export async function templateWithout(file: string, cut: RegExp): Promise<string> {
  const text = await readFile(file, 'utf8');
  const without = text.replace(cut, '');
  if (without === text) throw new Error(`${file} has nothing that ${cut} matches any more`);
  return without;
}

/**
 * A copy of the tool's templates at `dir` (made), with each named template's part cut out
 * (`{ 'flyer.hbs': EVENT_SECTION }`); returns `dir`.
 */
export async function ownTemplates(dir: string, cuts: Record<string, RegExp>): Promise<string> {
  await cp(TOOL_TEMPLATES, dir, { recursive: true });
  for (const [name, cut] of Object.entries(cuts)) {
    const file = join(dir, name);
    await writeFile(file, await templateWithout(file, cut));
  }
  return dir;
}

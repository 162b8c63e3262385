/**
 * Kinds: the Vietnamese names of a group's documents, from templates/web/labels.hbs. In: a
 * group's document context. Out: each output's title and note for the pages, and the file names
 * used in downloads and inside ZIPs ("Tổ dân phố số 5 - Thông báo của phường.pdf"): one rule
 * for the build's group ZIPs (output/archive.ts), the download pages (serve/) and the studio.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocContext } from '../model/context.js';
import { upperFirst, windowsSafe } from '../model/format.js';
import { renderTemplate } from '../template/handlebars.js';
import { Sections } from '../template/sections.js';
import { makesFlyer } from './flyer-needs.js';
import { kindInfo } from './names.js';
import { DEFAULT_TEMPLATE_DIR, type Output, outputFileName } from './render.js';

export interface Labels {
  /**
   * "Áp phích A4": templates/web/labels.hbs's section for the file, or else the kind's name in
   * kinds/names.ts with its variant; a kind described nowhere (none is built so) keeps its file name.
   */
  title(o: Output): string;
  note(o: Output): string;
  /** Download name of one document: "Tổ dân phố số 5 - Áp phích A4.pdf". */
  fileName(o: Output): string;
  /** Download name of the group's ZIP. */
  groupZip: string;
  /** The group's folder inside the ward's ZIP. */
  groupFolder: string;
  wardZip: string;
}

/**
 * A name safe as a file name on phones and Windows: no path separators or reserved signs, no
 * trailing dot or space, no device's name (model/format.ts windowsSafe: a group "Aux" is the
 * folder "Aux_" in the ward's ZIP).
 */
export function safeFileName(name: string): string {
  return (
    windowsSafe(
      name
        .normalize('NFC')
        .replace(/[\p{Cc}/\\:*?"<>|]+/gu, ' ')
        .replace(/\s+/g, ' ')
        // A leading dot hides a file (and ".." must never start a name).
        .replace(/^[.\s]+/, '')
        .trim(),
    ) || 'tai-lieu'
  );
}

/**
 * Characters of a group's name in file and folder names. A tổ formed by a merger can be named in
 * 200 characters ("Tổ dân phố số 12 (gồm các tổ dân phố …)"): in "<name> - Thông báo….pdf" under
 * a folder "<name>" it passed Linux's 255 bytes a name (a Vietnamese letter is up to 3 bytes) and
 * Windows' 260 characters a path, and the ZIP could not be extracted. The documents themselves
 * print the whole name.
 */
export const NAME_IN_FILES = 50;

/** `name` cut to `max` characters at a word's end, with "…" when cut. */
export function shortened(name: string, max: number): string {
  const chars = [...name];
  if (chars.length <= max) return name;
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  const words = space > max / 2 ? cut.slice(0, space) : cut;
  return `${words.replace(/[\s,;:.(–-]+$/u, '')}…`;
}

/** "Áp phích A4": the kind's Vietnamese name from names.ts, capitalised, with its variant. */
function describedTitle(o: Output): string | undefined {
  const info = kindInfo(o.kind.name);
  if (!info) return undefined;
  const name = upperFirst(info.vi);
  return o.variant ? `${name} ${o.variant.toLocaleUpperCase('vi')}` : name;
}

const FILE = 'web/labels.hbs';
let source: { file: string; text: string } | undefined;

function labelsSource(dir: string): { file: string; text: string } {
  const own = join(dir, FILE);
  const file = existsSync(own) ? own : join(DEFAULT_TEMPLATE_DIR, FILE);
  if (source?.file !== file) source = { file, text: readFileSync(file, 'utf8').normalize('NFC') };
  return source;
}

/**
 * `made`: the kinds the ward makes, when known (a site of some kinds): the flyer's picture is
 * then made only if among them.
 */
export function labelsFor(
  ctx: DocContext,
  templateDir = DEFAULT_TEMPLATE_DIR,
  made?: readonly string[],
): Labels {
  const src = labelsSource(templateDir);
  // Whether the group's chat gets the flyer's picture: the share image's note says what it is for.
  const flyerPicture = makesFlyer(ctx) && (made === undefined || made.includes('share-flyer'));
  const shown = { ...ctx, flyerPicture };
  const sections = Sections.parse(renderTemplate(src, shown), src.file);
  const section = (name: string) => (sections.has(name) ? sections.text(name) : '');
  // File and folder names with the group's name short enough to extract anywhere (see above).
  const short = shortened(ctx.group.name, NAME_IN_FILES);
  const names =
    short === ctx.group.name
      ? sections
      : Sections.parse(
          renderTemplate(src, { ...shown, group: { ...ctx.group, name: short } }),
          src.file,
        );
  const base = (o: Output) => outputFileName(o).replace(/\.[^.]+$/, '');
  const title = (o: Output) => section(base(o)) || describedTitle(o) || base(o);
  return {
    title,
    note: (o) => section(`${base(o)}-note`),
    fileName: (o) =>
      `${safeFileName(names.text('file-name').replace('{document}', title(o)))}.${o.kind.ext ?? 'pdf'}`,
    groupZip: safeFileName(names.text('group-zip')),
    groupFolder: safeFileName(names.text('group-folder')),
    wardZip: safeFileName(names.text('ward-zip')),
  };
}

/**
 * Kind "poster": the poster for cultural houses and community points, A4 or A3 (one PDF per
 * size), of every campaign that has something to hang: an app's (its store codes), or any
 * other's (its title, when and where, what residents are asked to do, its links as codes).
 * In: the poster template's sections and the group's context (and the campaign's logo, if any).
 * Out: a one-page PDF (A4), or a sheet per code (A3; one sheet when there is no code). The layout
 * itself is poster-layout.ts, shared with the share image.
 */

import { isAbsolute, resolve } from 'node:path';
import { prepareLogo } from '../layout/images.js';
import { measuringSurface } from '../layout/measuring-surface.js';
import { type Surface, tagged } from '../layout/surface.js';
import { MM } from '../layout/text-model.js';
import { type Message, msg, phrase } from '../messages/message.js';
import type { DocContext } from '../model/context.js';
import type { Sections } from '../template/sections.js';
import type { DocumentKind, RenderInput, SectionNote } from './kind.js';
import { described } from './names.js';
import { type PosterOptions, planSheets, posterCodes } from './poster-layout.js';
import { POSTER_CODES } from './poster-style.js';
import type { QrCode } from './qr-section.js';

/**
 * Page sizes and the smallest QR code of each, in mm. A poster is read from about 1.5 m (A3) or
 * 0.8 m (A4): a code must be at least a tenth of that across. On A4 that is 80 mm with the quiet
 * zone, both codes side by side; on A3 the code itself is 15 cm (`minCodeMm`), which two codes
 * cannot be side by side on 297 mm: A3 prints one code a sheet, the sheets hung side by side.
 */
export const POSTER_SIZES = {
  a4: { page: [210, 297], minQrMm: 80, minCodeMm: undefined, sheetPerCode: false },
  a3: { page: [297, 420], minQrMm: 150, minCodeMm: 150, sheetPerCode: true },
} as const;
export type PosterSize = keyof typeof POSTER_SIZES;

/**
 * The sections a poster needs one of (its `needs`, the share image's too): the codes, when and
 * where ("event"; an app poster's are in its codes), the campaign's actions under their
 * heading ("steps-heading": "steps" alone would not do, as an office's own older poster.hbs
 * prints the app's install steps there whatever the campaign, review52 #1), or what residents
 * are to know under theirs ("points-heading": an awareness campaign's poster, qa59 M3).
 */
export const POSTER_NEEDS: readonly string[] = ['qr', 'event', 'steps-heading', 'points-heading'];

/** The poster's options for one group: its logo (prepared once per file) and the QR minimum. */
export async function posterOptions(ctx: DocContext, minQr: number): Promise<PosterOptions> {
  const path = ctx.assets?.logo;
  if (!path) return { minQr };
  // The loader makes the path absolute (relative to campaign.yaml); a relative one is taken from
  // the working directory.
  const logo = await prepareLogo(isAbsolute(path) ? path : resolve(path));
  return {
    minQr,
    logo,
    logoOnQr: ctx.assets?.logo_on_qr ?? false,
    // The logo is the agency's: a screen reader says its name.
    logoAlt: ctx.issuerInText,
  };
}

function sizeOf(variant: string | undefined) {
  const size = POSTER_SIZES[(variant ?? 'a4') as PosterSize];
  if (!size) throw new Error(`poster: unknown size "${variant}"`);
  return size;
}

/**
 * The options of each sheet of a poster: one sheet (A4), or one per code of the template (A3),
 * each the whole poster (kicker, tagline, steps) with its code and that code's label.
 */
export async function posterSheets(
  ctx: DocContext,
  sections: Sections,
  variant: string | undefined,
): Promise<PosterOptions[]> {
  const size = sizeOf(variant);
  const options = await posterOptions(ctx, size.minQrMm * MM);
  const codes = posterCodes(sections).shown;
  if (!size.sheetPerCode || codes.length === 0) return [options];
  const minCode = size.minCodeMm * MM;
  return codes.map((_, only) => ({ ...options, minCode, only }));
}

/** The poster's documents as the office knows them, for its warnings. */
const SIZE_NAMES: Record<PosterSize, Message> = { a4: msg`the A4 poster`, a3: msg`the A3 poster` };

/**
 * The template sections a poster of `size` leaves out for lack of room, even in its smallest
 * type (poster-layout.ts planSheets), planned on a surface that only measures.
 */
export async function omittedSections(
  input: RenderInput,
  page: readonly [number, number],
  sheets: readonly PosterOptions[],
): Promise<string[]> {
  const surface = measuringSurface(input.fonts, page);
  const omitted = planSheets(surface, input.sections, sheets).flatMap((p) => p.geometry.omitted);
  return [...new Set(omitted)];
}

/**
 * A note for each section `document` leaves out (nothing is left out silently: qa12 Q11), with
 * the part as printed, its heading ("Người dân cần làm gì?") when it has one, for the office's
 * words (room-notes.ts `groupOmission`).
 */
export function omissionNotes(
  document: Message,
  sections: readonly string[],
  all?: Sections,
): SectionNote[] {
  return sections.map((section) => ({
    text: msg`${document} has no room for the "@@ ${section}" section, even in its smallest type: it is not printed`,
    section,
    hint: msg`Shorten the "@@ ${section}" section (fewer or shorter lines), or the campaign text it prints.`,
    omitted: { document, part: headingOf(all, section) },
  }));
}

/** The printed heading of `section` ("steps" → "Người dân cần làm gì?"), else its name. */
function headingOf(all: Sections | undefined, section: string): string {
  const heading = all?.has(`${section}-heading`)
    ? all
        .lines(`${section}-heading`)
        .map((runs) => runs.map((r) => r.text).join(''))
        .join(' ')
        .trim()
    : '';
  return heading || section;
}

/**
 * The share image as the leader page names it (templates/web/labels.hbs "@@ share"), in every
 * warning about it: "ảnh chia sẻ Zalo" with an app (the picture of its code), else "ảnh áp
 * phích" (the poster's picture), never a third name.
 */
export const shareImageName = (ctx: Pick<DocContext, 'app'>): Message =>
  ctx.app
    ? phrase('the Zalo share image', 'ảnh chia sẻ Zalo')
    : phrase('the poster picture', 'ảnh áp phích');

/**
 * A note for each link the posters and the share image have no code for: two codes fit (A4 side
 * by side, A3 one a sheet), the rest are named, never dropped silently. The same words from the
 * poster and the share image: the build says them once.
 */
export function linkNotes({ sections, ctx }: RenderInput): SectionNote[] {
  return posterCodes(sections).left.map((code): SectionNote => {
    const label = plainCaption(code.caption);
    // Said at the link's own line of the campaign file, when the code is one of its links.
    const key = Object.entries(ctx.links ?? {}).find(([, link]) => link.url === code.url)?.[0];
    return {
      ...(key ? { campaignField: `links.${key}`, campaignLine: true } : {}),
      text: label
        ? msg`the posters and ${shareImageName(ctx)} have room for ${POSTER_CODES} QR codes: the link "${label}" (${code.url}) has no code on them`
        : msg`the posters and ${shareImageName(ctx)} have room for ${POSTER_CODES} QR codes: the link ${code.url} has no code on them`,
      section: 'qr',
      // Not "the flyer prints it": a campaign of links alone has no flyer (review52 #6).
      hint: msg`To have this one on the poster, write it among the first ${POSTER_CODES} under links in the campaign file (a contest's page comes first).`,
    };
  });
}

/** A code's caption as plain text, for a message. */
const plainCaption = (caption: QrCode['caption']): string =>
  caption
    .map((runs) => runs.map((r) => r.text).join(''))
    .join(' ')
    .trim();

async function roomNotes(input: RenderInput): Promise<SectionNote[]> {
  const notes: SectionNote[] = [...linkNotes(input)];
  for (const size of poster.variants as PosterSize[]) {
    const sheets = await posterSheets(input.ctx, input.sections, size);
    const page: [number, number] = [
      POSTER_SIZES[size].page[0] * MM,
      POSTER_SIZES[size].page[1] * MM,
    ];
    notes.push(
      ...omissionNotes(
        SIZE_NAMES[size],
        await omittedSections(input, page, sheets),
        input.sections,
      ),
    );
  }
  return notes;
}

async function draw(surface: Surface, input: RenderInput): Promise<void> {
  const sheets = await posterSheets(input.ctx, input.sections, input.variant);
  // Sheets of one poster (A3: a code each) are sections of a tagged PDF, read one after the
  // other, and set alike (planSheets).
  for (const sheet of planSheets(surface, input.sections, sheets)) {
    const draw = () => {
      surface.addPage();
      sheet.draw();
    };
    if (sheets.length > 1) tagged(surface, 'Sect', draw);
    else draw();
  }
}

export const poster: DocumentKind = {
  ...described('poster'),
  template: 'poster.hbs',
  family: 'sans',
  // Something to hang besides a title: codes (an app's, or links), when and where, or the steps
  // (an app's install steps, or the actions). A notice alone makes no poster.
  needs: POSTER_NEEDS,
  printsLogo: true,
  tagged: true,
  wallSheet: true,
  roomNotes,
  pageSize: (variant) => {
    const { page } = sizeOf(variant);
    return [page[0] * MM, page[1] * MM];
  },
  draw,
};

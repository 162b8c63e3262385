/**
 * Kind "share": the poster as a 1080×1350 PNG for Zalo and Facebook posts. Not a second design:
 * the poster's own layout drawn on an SVG surface (text as glyph outlines, so no system fonts are
 * needed) and rasterised by sharp. In: the poster template's sections and the group's context.
 * Out: PNG bytes, byte-identical for the same inputs.
 */

import type { Surface } from '../layout/surface.js';
import { msg } from '../messages/message.js';
import { SHARE_ACTIONS } from '../model/share-actions.js';
import type { Sections } from '../template/sections.js';
import type { DocumentKind, RenderInput, SectionNote } from './kind.js';
import { described } from './names.js';
import {
  linkNotes,
  omissionNotes,
  omittedSections,
  POSTER_NEEDS,
  POSTER_SIZES,
  posterOptions,
  shareImageName,
} from './poster.js';
import { drawPoster } from './poster-layout.js';

/** Instagram/Facebook portrait (4:5); Zalo shows it whole. */
export const SHARE_SIZE: readonly [number, number] = [1080, 1350];
/** The same share of the width as the A4 poster's smallest code: about 410 px, 10 px a module. */
export const SHARE_MIN_QR = (SHARE_SIZE[0] * POSTER_SIZES.a4.minQrMm) / POSTER_SIZES.a4.page[0];

/**
 * The poster's sections with the share image's own steps and call to action ("@@ share-steps",
 * "@@ share-call-to-action"): a resident looks at the picture on the phone the camera is on, and
 * cannot point that camera at it (qa48 M2): they say to tap the link in the message or press and
 * hold the picture.
 */
export const shareSections = (sections: Sections): Sections =>
  sections.readAs('steps', 'share-steps').readAs('call-to-action', 'share-call-to-action');

/** The kind's input with the share image's sections. */
const shareInput = (input: RenderInput): RenderInput => ({
  ...input,
  sections: shareSections(input.sections),
});

async function draw(surface: Surface, input: RenderInput): Promise<void> {
  drawPoster(surface, shareSections(input.sections), await posterOptions(input.ctx, SHARE_MIN_QR));
}

/**
 * The actions the share image does not print (share-actions.ts: the first few, for type a phone
 * reads), named in one warning at the campaign's actions. Decided by the section the picture
 * really uses (shareSections), not by looking for each action's text in it (a later action
 * inside an earlier one's words, or one filled in for the group, read as printed): an office's
 * own poster template without "@@ share-steps" draws the picture from "@@ steps", every action.
 */
function actionsLeftOff({ ctx, sections }: RenderInput): SectionNote[] {
  const drawn = shareSections(sections);
  const fromShareSteps = sections.has('share-steps') && drawn.text('steps').trim() !== '';
  // What the picture's context left to the flyer (model/share-actions.ts), not the rule again;
  // only when the picture lists the actions at all: an app's prints its three install steps
  // instead (templates/poster.hbs), and leaves no action off that it would have printed.
  const left =
    fromShareSteps && listsActions(drawn, ctx.shareActions)
      ? ctx.actions.slice(ctx.shareActions.length)
      : [];
  if (left.length === 0) return [];
  return [
    {
      text: msg`${shareImageName(ctx)} prints the first ${SHARE_ACTIONS} actions, in type a phone reads: ${left.map((a) => `"${a.step.trim()}"`).join(', ')} are on the flyer and in the message only`,
      section: 'share-steps',
      campaignField: 'actions',
      campaignLine: true,
      hint: msg`To have one of them on ${shareImageName(ctx)}, write it among the first ${SHARE_ACTIONS} actions in the campaign file.`,
    },
  ];
}

/** A text's words alone, for finding one inside another whatever its marks of Markdown. */
const wordsOf = (text: string): string =>
  text
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Whether the picture's steps, as drawn, print one of the actions it carries (`shown`): the
 * picture's own text read, not the campaign's app (an office's template may list actions for
 * an app too).
 */
function listsActions(drawn: Sections, shown: readonly { step: string }[]): boolean {
  const text = ` ${wordsOf(
    drawn
      .lines('steps')
      .map((runs) => runs.map((r) => r.text).join(''))
      .join(' '),
  )} `;
  return shown.some((a) => {
    const words = wordsOf(a.step);
    return words !== '' && text.includes(` ${words} `);
  });
}

export const share: DocumentKind = {
  ...described('share'),
  template: 'poster.hbs',
  family: 'sans',
  ext: 'png',
  // As the poster: a notice alone makes neither.
  needs: POSTER_NEEDS,
  // The poster's layout, its logo with it.
  printsLogo: true,
  pageSize: () => SHARE_SIZE,
  draw,
  roomNotes: async (input) => [
    ...linkNotes(input),
    ...actionsLeftOff(input),
    ...omissionNotes(
      shareImageName(input.ctx),
      await omittedSections(shareInput(input), SHARE_SIZE, [
        await posterOptions(input.ctx, SHARE_MIN_QR),
      ]),
      input.sections,
    ),
  ],
};

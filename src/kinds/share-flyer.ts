/**
 * Kind "share-flyer": one flyer as a portrait PNG for a phone, the picture a leader forwards to
 * the group's Zalo chat. The flyer sheet is two A5 copies side by side with a cut line: forwarded
 * as a picture and shrunk by Zalo to 720 px, each copy's text is ~5 px high (qa48 M3). Not a
 * second design: the flyer's own layout (flyer.ts drawFlyer) on one A5 page, drawn as an SVG in
 * points and rasterised 1080 px wide (`pictureWidth`). Every campaign that has a flyer has one;
 * the poster's share image (share.ts) is the other picture.
 * A contest's picture leaves out who may take part and the prizes: larger type for the rest.
 * In: the flyer template's sections and the group's context. Out: PNG bytes.
 */
import type { Surface } from '../layout/surface.js';
import { MM } from '../layout/text-model.js';
import { drawFlyer, flyerSource, ONE_FLYER_MM } from './flyer.js';
import { FLYER_NEEDS } from './flyer-needs.js';
import type { DocumentKind, RenderInput } from './kind.js';
import { described } from './names.js';

/** The A5 flyer's page, in points. */
const PAGE: readonly [number, number] = [ONE_FLYER_MM.width * MM, ONE_FLYER_MM.height * MM];

/**
 * Pixels across, as the app poster's share image (share.ts): what Zalo and Facebook keep of a
 * portrait picture before their own shrinking (1080 × 1527 px).
 */
export const SHARE_FLYER_WIDTH = 1080;

/**
 * What a contest's picture leaves out: who may take part and the prizes. The contest flyer is
 * the densest (qa48: shrunk by Zalo to 509 × 720 px its body text was ~9 px high, its steps
 * barely readable); a resident reading it on a phone needs what, until when, how to take part,
 * the code and whom to call. The printed flyer, the notice and the checklist keep the rest.
 */
const LEFT_OUT_OF_CONTEST = [
  'eligible-heading',
  'eligible',
  'prizes-heading',
  'prize-community',
  'prize-individual-title',
  'prize-individual',
];

async function draw(surface: Surface, input: RenderInput): Promise<void> {
  const source = await flyerSource(input);
  const sections = input.ctx.contest ? input.sections.without(LEFT_OUT_OF_CONTEST) : input.sections;
  surface.addPage();
  drawFlyer(surface, sections, 0, 0, PAGE[0], PAGE[1], source);
}

export const shareFlyer: DocumentKind = {
  ...described('share-flyer'),
  template: 'flyer.hbs',
  family: 'sans',
  // Whatever makes a flyer makes its picture (flyer-needs.ts).
  needs: FLYER_NEEDS,
  printsMap: true,
  ext: 'png',
  pictureWidth: SHARE_FLYER_WIDTH,
  pageSize: () => PAGE,
  draw,
  // The flyer's layout on the flyer's page: what it leaves out, the flyer's notes say already.
};

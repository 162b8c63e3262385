/**
 * Kinds (poster layout): the one layout of the app poster, drawn on any Surface — an A4 or A3
 * PDF page, or the 1080×1350 share image. In: the poster template's sections, the group's context,
 * the smallest QR size allowed and an optional logo. Out: the drawing, and where its parts sit.
 * Every length is set for A4 and scaled by (page width ÷ A4 width), so A3 is A4 × 1.414 and the
 * share image is the same poster in pixels. A3 has one code a sheet (`only`): two codes of
 * 15 cm with their quiet zones are wider than its 297 mm, and landscape leaves no height for the
 * rest; the two sheets hang side by side, set alike (planSheets). When the page is too short for everything (long steps,
 * a long group name), the steps' type shrinks first, then all the type; only past the smallest
 * type are optional parts left out, and the build says so (posterNotes). The QR codes never go
 * below their minimum.
 */
import { pngHasAlpha } from '../layout/images.js';
import { keepParenthesised, keepTitle } from '../layout/keep-words.js';
import { type ErrorCorrection, qrOuterFor } from '../layout/qr.js';
import { type Rect, type StructureType, type Surface, tagged } from '../layout/surface.js';
import { MM, type TextStyle } from '../layout/text-model.js';
import type { Sections } from '../template/sections.js';
import { codesArea } from './poster-codes.js';
import { boxPart, drawLogo, type Part, stacked, stampPart, textPart } from './poster-parts.js';
import {
  L,
  LARGER_STEPS,
  MIN_STEPS,
  OPTIONAL,
  POSTER_CODES,
  RED,
  S,
  TEXT_STEPS,
  TINT,
} from './poster-style.js';
import { type QrCode, qrCodes } from './qr-section.js';

/**
 * The template's "@@ qr" lines as the poster's codes: a link named twice (a contest's page, first
 * and among the links) once, and the first POSTER_CODES of them `shown`; the rest are `left` off,
 * and the build names each (poster.ts linkNotes). None: a poster without a code.
 */
export function posterCodes(sections: Sections): { shown: QrCode[]; left: QrCode[] } {
  const all = qrCodes(sections, 'qr');
  const once = all.filter((code, i) => all.findIndex((c) => c.url === code.url) === i);
  return { shown: once.slice(0, POSTER_CODES), left: once.slice(POSTER_CODES) };
}

export interface PosterOptions {
  /** Smallest QR code allowed, quiet zone included, in units of the surface. */
  minQr: number;
  /** Logo as PNG bytes, shown at the top of the poster. */
  logo?: Uint8Array;
  /** What a screen reader says for the logo (a tagged PDF): the agency's name. */
  logoAlt?: string;
  /** Also put the logo in the centre of both codes (error correction H keeps them readable). */
  logoOnQr?: boolean;
  /**
   * Smallest code itself, quiet zone not included (A3: 15 cm): when given, it sets the smallest
   * outer size for each code from its module count, instead of `minQr`.
   */
  minCode?: number;
  /** Draw only this one of the template's codes (a sheet per code). */
  only?: number;
}

/** Where the parts of the poster sit, in units of the surface. */
export interface PosterGeometry {
  /** The coloured header box holding the group's name and ward. */
  band: Rect;
  /** Outer squares of the iOS and Android codes, quiet zone included. */
  qr: Rect[];
  ecc: ErrorCorrection;
  /** Codes side by side, or one above the other when two do not fit across (A3's 15 cm). */
  arrangement: 'row' | 'stack';
  /** Type size relative to the page scale (1 = A4's type × page scale). */
  textScale: number;
  /** Type size of the steps, in units of the surface (they shrink first, to MIN_STEPS). */
  stepsSize: number;
  /** Optional sections left out for lack of room (the build warns of them: posterNotes). */
  omitted: string[];
}

export interface PosterPlan {
  fits: boolean;
  geometry: PosterGeometry;
  draw(): void;
}

const scaled = (s: TextStyle, t: number): TextStyle => ({ ...s, size: s.size * t });

/** The page's frame: its size, the A4 scale `k`, margins and content width, and the type step. */
interface Frame {
  c: Surface;
  sections: Sections;
  W: number;
  H: number;
  k: number;
  m: number;
  cw: number;
  t: number;
  text(name: string, style: TextStyle, tag?: StructureType): Part;
}

function frameOf(c: Surface, sections: Sections, t: number): Frame {
  const [W, H] = c.size;
  const k = W / (210 * MM);
  const m = L.margin * k;
  const cw = W - 2 * m;
  const text = (name: string, style: TextStyle, tag?: StructureType) =>
    textPart(c, sections.lines(name), scaled(style, t), m, cw, tag);
  return { c, sections, W, H, k, m, cw, t, text };
}

/** Header band: group and ward, centred; the logo on the left with as much room kept on the right. */
function headerBand(f: Frame, logo: Uint8Array | undefined) {
  const logoW = logo ? L.logo * f.k : 0;
  const inset = logo ? logoW + 4 * MM * f.k : 0;
  // A group's old ward in brackets stays whole on its line when it fits (qa44 m5).
  const header = textPart(
    f.c,
    f.sections.lines('header').map(keepParenthesised),
    // Never larger than an app poster's: a poster in larger type (no codes) broke a group's
    // name over two lines ("ĐOÀN ⏎ KẾT") for no reader's gain.
    scaled(S.header, Math.min(f.t, f.k)),
    f.m + inset,
    f.cw - 2 * inset,
  );
  return { header, logoW, height: Math.max(header.h, logoW) + 2 * L.bandPad * f.k };
}

/**
 * Footer: where (the venue, when known), the numbers to call and whom to ask, under a rule at the
 * bottom of the page.
 */
function footerPart(f: Frame) {
  const footer = stacked([
    ...(f.sections.has('venue') ? [f.text('venue', S.venue)] : []),
    ...(f.sections.has('hotlines') ? [f.text('hotlines', S.hotlines)] : []),
    f.text('contact', S.contact),
  ]);
  return { footer, height: L.footerPad * f.k + footer.h + L.bottom * f.k };
}

/** Lines a title may take before its type is made smaller. */
const TITLE_LINES = 3;
/** Steps of the title's type, relative to the rest, for a title longer than TITLE_LINES. */
const TITLE_STEPS = [1, 0.9, 0.8, 0.7];
/** The title's smallest type, relative to the rest: a title still longer stays as long. */
const TITLE_SMALLEST = 0.6;

/**
 * The title: an app's name is a word or two; a campaign's title is a sentence ("Diễn tập phòng
 * cháy, chữa cháy và cứu nạn, cứu hộ khu dân cư"), which in the app name's type took a third of
 * the page. Past TITLE_LINES lines its type steps down (never under TITLE_SMALLEST of it),
 * leaving the room to when, where and the steps.
 */
function titlePart(f: Frame): Part {
  const style = scaled(S.appName, f.t);
  // Names and two-syllable words kept whole on a balanced line (qa56 p2: "lừa" | "đảo").
  const lines = f.sections.lines('app-name').map(keepTitle);
  const at = (size: number) => textPart(f.c, lines, { ...style, size }, f.m, f.cw, 'H1');
  // Laid out once a step, from the first (it was laid out at its first size twice).
  for (const step of TITLE_STEPS) {
    const size = style.size * step;
    const part = at(size);
    if (part.h <= TITLE_LINES * size * style.leading * 1.01) return part;
  }
  // Still longer than TITLE_LINES: as it is at the smallest step.
  return at(style.size * TITLE_SMALLEST);
}

/**
 * A heading over a box of lines ("Người dân cần làm gì?", "Cần mang theo"), in the steps' type a
 * size larger.
 */
const sectionHeading = (f: Frame, name: string, stepsSize: number): Part =>
  textPart(
    f.c,
    f.sections.lines(name),
    { ...S.stepsHeading, size: (stepsSize * S.stepsHeading.size) / S.steps.size },
    f.m,
    f.cw,
    'H2',
  );

/**
 * Section `name`'s lines in a tinted box, in the steps' type; under its heading when there is one
 * (the heading goes with its lines: left out with them, never alone).
 */
function boxUnderHeading(
  f: Frame,
  name: string,
  heading: string,
  stepsSize: number,
  has: (name: string) => boolean,
): Part {
  const box = boxPart(
    f.c,
    f.sections.lines(name),
    { ...S.steps, size: stepsSize },
    L.stepsPad * f.k,
    f.cw,
    TINT,
  );
  return has(heading) ? stacked([sectionHeading(f, heading, stepsSize), box]) : box;
}

/**
 * The parts above the codes (title, when and where, call to action) and below them (steps under
 * their heading), less those omitted.
 */
function textParts(
  f: Frame,
  omit: readonly string[],
  stepsSize: number,
  codes: number,
): { before: Part[]; after: Part[] } {
  const has = (name: string) => f.sections.has(name) && !omit.includes(name);
  const title: Part[] = [];
  // The notice's urgency mark first, framed in red as the notice prints it (qa53 p11).
  if (has('urgency'))
    title.push(
      stampPart(f.c, f.sections.lines('urgency'), scaled(S.urgency, f.t), L.stampPad * f.k),
    );
  if (has('kicker')) title.push(f.text('kicker', S.kicker));
  // The app's name, or the campaign's title, is the poster's title (H1 of a tagged PDF).
  title.push(titlePart(f));
  if (has('tagline')) title.push(f.text('tagline', S.tagline));
  const before = [stacked(title)];
  // A place's name, a two-syllable word and a number with its word each stay on one line: not
  // "Lê ⏎ Văn Tám", "cộng ⏎ đồng", "tổ ⏎ 1" (keepTitle).
  if (has('event'))
    before.push(
      textPart(f.c, f.sections.lines('event').map(keepTitle), scaled(S.event, f.t), f.m, f.cw),
    );
  // How to scan the codes: not on a poster without any (a clean-up day's).
  // Its words kept as the title's, on balanced lines: the A3 poster's "xem địa | chỉ trang".
  if (codes > 0 && has('call-to-action'))
    before.push(
      textPart(
        f.c,
        f.sections.lines('call-to-action').map(keepTitle),
        scaled(S.cta, f.t),
        f.m,
        f.cw,
      ),
    );
  const after: Part[] = [];
  // What residents are to know (an awareness campaign's points, qa59 M3), the steps, then what to
  // bring (an evacuation's papers, medicines, a torch: qa53 p11), each in the steps' type under
  // its heading, as on the flyer.
  for (const name of ['points', 'steps', 'bring'])
    if (has(name)) after.push(boxUnderHeading(f, name, `${name}-heading`, stepsSize, has));
  return { before, after };
}

/** The poster's codes (posterCodes): none on a poster of a campaign without an app or links. */
function codesPart(f: Frame, opts: PosterOptions, ecc: ErrorCorrection) {
  const all = posterCodes(f.sections).shown;
  const qr = opts.only === undefined ? all : all.slice(opts.only, opts.only + 1);
  const { k, t } = f;
  const { minCode } = opts;
  // With a sheet per code, the smallest size is every code's largest: the sheets hang side by
  // side, their codes as large (qa39 m7).
  const minQr =
    minCode === undefined
      ? opts.minQr
      : Math.max(...all.map((code) => qrOuterFor(code.url, minCode, ecc)));
  const codes = codesArea(f.c, {
    urls: qr.map((code) => code.url),
    // Its two-syllable words kept whole on its balanced lines, as the title's.
    labels: qr.map((code) => code.caption.map(keepTitle)),
    left: f.m,
    width: f.cw,
    minQr,
    // A code alone on its sheet may be a little larger than its minimum.
    maxQr: qr.length === 1 ? Math.max(L.qrMax * k, 1.05 * minQr) : L.qrMax * k,
    gap: L.qrGap * k,
    rowGap: L.rowGap * k,
    captionGap: L.captionGap * k,
    labelStyle: scaled(S.qrLabel, t),
    // The URL under a code: A4's 10 pt scaled with the page, shrunk to stay on one line but never
    // under the 9 pt a reader types from.
    urlStyle: { ...S.qrUrl, size: Math.max(S.qrUrl.size * t, 9 * k) },
    urlMin: 9,
    ecc,
    logo: opts.logoOnQr ? opts.logo : undefined,
  });
  return { codes, count: qr.length, minQr };
}

/**
 * Down the page between band and footer: the codes take what the text and the smallest gaps
 * leave, up to their preferred size; spare height becomes equal gaps (at most maxGap) and what is
 * left over centres the parts. Returns the code size and where each part and the codes go.
 */
function arrange(
  f: Frame,
  top: number,
  bottom: number,
  { before, after }: { before: Part[]; after: Part[] },
  { codes, count }: ReturnType<typeof codesPart>,
) {
  const { H, k } = f;
  // The codes take a place among the parts, unless there are none.
  const slot = count > 0 ? 1 : 0;
  const others = [...before, ...after].reduce((s, p) => s + p.h, 0);
  const room = H - top - bottom - others - (before.length + after.length + 1 + slot) * L.minGap * k;
  const q =
    slot === 0
      ? 0
      : Math.min(
          codes.target,
          codes.row ? room - codes.height(0) : (room - codes.height(0)) / Math.max(1, count),
        );
  const qrH = slot === 0 ? 0 : codes.height(q);
  const parts = before.length + slot + after.length;
  const free = H - top - bottom - others - qrH;
  const step = Math.min(L.maxGap * k, free / (parts + 1));
  let y = top + step + (free - step * (parts + 1)) / 2;
  const placed: [Part, number][] = [];
  const place = (p: Part) => {
    placed.push([p, y]);
    y += p.h + step;
  };
  before.forEach(place);
  const qrTop = y;
  if (slot) y += qrH + step;
  after.forEach(place);
  // Parts above the codes, and those below them: drawn in that order, as a screen reader reads.
  return {
    q,
    qrTop,
    // Without codes the parts fit when the smallest gaps do.
    fits: slot === 0 ? room >= 0 : undefined,
    above: placed.slice(0, before.length),
    below: placed.slice(before.length),
  };
}

function plan(
  c: Surface,
  sections: Sections,
  opts: PosterOptions,
  t: number,
  omit: readonly string[],
  stepsSize = S.steps.size * t,
): PosterPlan {
  const f = frameOf(c, sections, t);
  const { W, H, k, m } = f;
  const ecc: ErrorCorrection = opts.logo && opts.logoOnQr ? 'H' : 'M';
  const band = headerBand(f, opts.logo);
  const foot = footerPart(f);
  const area = codesPart(f, opts, ecc);
  const { q, qrTop, fits, above, below } = arrange(
    f,
    band.height,
    foot.height,
    textParts(f, omit, stepsSize, area.count),
    area,
  );

  const draw = () => {
    // Read in this order by a screen reader (a tagged PDF): group and ward, the logo, the title
    // and call to action, each code with its caption, the steps, the footer. Band and rule are
    // decoration.
    tagged(c, 'Artifact', () => c.fillRects([[0, 0, W, band.height]], RED));
    band.header.draw((band.height - band.header.h) / 2);
    if (opts.logo) {
      const rect: Rect = [m, (band.height - band.logoW) / 2, band.logoW, band.logoW];
      // A logo with transparency (a round emblem) shows the band around it; an opaque one keeps
      // the white tile that frames it.
      drawLogo(c, opts.logo, rect, !pngHasAlpha(opts.logo), opts.logoAlt ?? '');
    }
    for (const [p, py] of above) p.draw(py);
    area.codes.draw(qrTop, q);
    for (const [p, py] of below) p.draw(py);
    const fy = H - foot.height;
    tagged(c, 'Artifact', () => c.strokeLine(m, fy, W - m, fy, 1.2 * k, RED));
    foot.footer.draw(fy + L.footerPad * k);
  };
  return {
    fits: fits ?? q >= area.minQr - 0.01,
    draw,
    geometry: {
      band: [0, 0, W, band.height],
      qr: area.codes.rects(qrTop, q),
      ecc,
      arrangement: area.codes.row ? 'row' : 'stack',
      textScale: t / k,
      stepsSize,
      omitted: omit.filter((n) => sections.has(n)),
    },
  };
}

/**
 * The steps' type sizes to try at text scale `t`, largest first: the steps shrink on their own
 * before the rest of the type does, never under MIN_STEPS (scaled with the page).
 */
function stepsSizes(t: number, k: number): number[] {
  const least = MIN_STEPS * k;
  const sizes: number[] = [];
  for (const step of TEXT_STEPS) {
    const size = Math.max(least, S.steps.size * t * step);
    if (sizes.at(-1) !== size) sizes.push(size);
    if (size === least) break;
  }
  return sizes;
}

/** The smallest of TEXT_STEPS. */
const LAST_STEP = TEXT_STEPS.at(-1) as number;

/**
 * Type steps below TEXT_STEPS for a page whose codes keep a size of their own (A3's 15 cm,
 * `minCode`) instead of growing with the page: its type, scaled up with the page, may shrink
 * further, down to the A4 poster's smallest in print (step × k = the A4's smallest step). qa59b
 * M1: an A3 sheet, its 15 cm code taking the room, left out the steps the A4 printed.
 */
function pastPageScale(opts: PosterOptions, k: number): number[] {
  if (opts.minCode === undefined || k <= 1) return [];
  const floor = LAST_STEP / k;
  const steps: number[] = [];
  for (let step = LAST_STEP - 0.05; step > floor + 1e-6; step -= 0.05)
    steps.push(Math.round(step * 100) / 100);
  return [...steps, floor];
}

/**
 * The steps' smallest type at `step`: MIN_STEPS scaled with the page, or the A4's MIN_STEPS in
 * print once the type is past the page's own smallest step (pastPageScale).
 */
const leastSteps = (step: number, k: number): number =>
  step < LAST_STEP - 1e-6 ? MIN_STEPS : MIN_STEPS * k;

/**
 * The largest type that fits the page with every part printed: the steps' type shrinks first
 * (long steps wrap in their box), then all the type a step at a time. Only when even the smallest
 * type does not fit are optional parts left out, what to bring first, then the steps (qa12 Q11:
 * they were left out before any type shrank, and silently): as few as will do, each time in the
 * largest type that then fits; the build names them (posterNotes). The smallest type if nothing
 * fits.
 */
export function planPoster(c: Surface, sections: Sections, opts: PosterOptions): PosterPlan {
  const k = c.size[0] / (210 * MM);
  const smallest = [...TEXT_STEPS, ...pastPageScale(opts, k)];
  const steps =
    posterCodes(sections).shown.length < POSTER_CODES ? [...LARGER_STEPS, ...smallest] : smallest;
  const actions = sections.has('steps-heading') || sections.has('points-heading');
  for (const step of steps) {
    // An app's install steps shrink first, to keep the title and codes large. Steps under a
    // heading are the campaign's actions, what residents are asked to do: they keep the size of
    // the rest of the type, as do all steps in type larger than an app poster's; never under
    // MIN_STEPS either (review52 #4: ten actions beside two codes printed at 8.45 pt); so do
    // the points residents are to know.
    const sizes =
      step > 1 || actions
        ? [Math.max(leastSteps(step, k), S.steps.size * step * k)]
        : stepsSizes(step * k, k);
    for (const size of sizes) {
      const whole = plan(c, sections, opts, step * k, [], size);
      if (whole.fits) return whole;
    }
  }
  // As few parts left out as will do, in any type: a long list of what to bring is left out
  // alone in smaller type before the steps go with it in larger type.
  let chosen: PosterPlan | undefined;
  for (let n = 1; n <= OPTIONAL.length; n++) {
    for (const step of smallest) {
      const size = Math.max(leastSteps(step, k), S.steps.size * step * k);
      chosen = plan(c, sections, opts, step * k, OPTIONAL.slice(0, n), size);
      if (chosen.fits) return chosen;
    }
  }
  return chosen as PosterPlan;
}

/**
 * The plans of a poster's sheets (A3: one per code). The sheets hang side by side: each is set
 * in the type of the tightest of them (its text scale, steps' size and parts left out), so the
 * same lines sit at the same height in the same size on both (qa39 m7: the iOS sheet's steps
 * were 16.55 pt, the Android's 18.39, their codes having different module counts).
 */
export function planSheets(
  c: Surface,
  sections: Sections,
  sheets: readonly PosterOptions[],
): PosterPlan[] {
  const plans = sheets.map((sheet) => planPoster(c, sections, sheet));
  if (plans.length < 2) return plans;
  const k = c.size[0] / (210 * MM);
  const geometries = plans.map((p) => p.geometry);
  const t = Math.min(...geometries.map((g) => g.textScale));
  const atT = geometries.filter((g) => g.textScale === t);
  const stepsSize = Math.min(...atT.map((g) => g.stepsSize));
  const omit = [...new Set(geometries.flatMap((g) => g.omitted))];
  const same = geometries.every(
    (g) => g.textScale === t && g.stepsSize === stepsSize && g.omitted.length === omit.length,
  );
  if (same) return plans;
  const order = OPTIONAL.filter((n) => omit.includes(n));
  return sheets.map((sheet) => plan(c, sections, sheet, t * k, order, stepsSize));
}

/** Draws the poster on a new page of `c`; returns where its parts went. */
export function drawPoster(c: Surface, sections: Sections, opts: PosterOptions): PosterGeometry {
  const p = planPoster(c, sections, opts);
  c.addPage();
  p.draw();
  return p.geometry;
}

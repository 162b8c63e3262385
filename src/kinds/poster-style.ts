/**
 * Kinds (poster style table): the type and lengths of the poster at A4 size. The layout
 * (poster-layout.ts) multiplies type by its text scale and lengths by (page width ÷ A4 width).
 * One accent colour, used sparingly (the header band, the app's name, the footer rule); the
 * codes are black on white.
 */
import { MM, type TextStyle } from '../layout/text-model.js';

/** Accent: a deep red, as on public notices. */
export const RED = '#b3191f';
const INK = '#222222';
/** Background of the steps box: a light grey that any printer renders. */
export const TINT = '#f1f1f1';

/** Type at A4 size (points), multiplied by the text scale. */
export const S = {
  /** Even lines when the last would be one word alone: "… HÒA KHÁNH ⏎ BẮC" (qa39 m4). */
  header: {
    family: 'sans',
    size: 20,
    leading: 1.2,
    align: 'center',
    bold: true,
    color: 'white',
    balance: 'lone',
  },
  /** The notice's urgency mark ("HỎA TỐC"), in its red frame over everything else. */
  urgency: { family: 'sans', size: 24, leading: 1.2, align: 'center', bold: true, color: RED },
  kicker: { family: 'sans', size: 15, leading: 1.25, align: 'center', bold: true, color: INK },
  /** Even lines when one would stand alone: "Ngày Chủ nhật ⏎ xanh ⏎ tháng 12/2026" (qa54 p10). */
  appName: {
    family: 'sans',
    size: 50,
    leading: 1.1,
    align: 'center',
    bold: true,
    color: RED,
    balance: 'lone',
  },
  tagline: { family: 'sans', size: 16, leading: 1.3, align: 'center', color: INK },
  /** How to scan, even lines as the title's: "… và xem địa chỉ ⏎ trang" left a line short. */
  cta: { family: 'sans', size: 20, leading: 1.25, align: 'center', bold: true, balance: 'lone' },
  /** A code's caption, even lines as the title's: "… lừa đảo qua ⏎ mạng" left one word alone. */
  qrLabel: { family: 'sans', size: 24, leading: 1.2, align: 'center', bold: true, balance: 'lone' },
  qrUrl: { family: 'sans', size: 10, leading: 1.3, align: 'center', color: INK },
  steps: { family: 'sans', size: 13, leading: 1.45, align: 'left' },
  venue: { family: 'sans', size: 15, leading: 1.3, align: 'center' },
  /**
   * When and where, under the title of a poster without an app: what a passer-by must read from
   * across the room, so larger than the app poster's venue line in its footer.
   */
  event: { family: 'sans', size: 22, leading: 1.3, align: 'center' },
  stepsHeading: { family: 'sans', size: 17, leading: 1.5, align: 'center', bold: true, color: INK },
  hotlines: { family: 'sans', size: 14, leading: 1.3, align: 'center' },
  contact: { family: 'sans', size: 12, leading: 1.3, align: 'center', color: INK },
} satisfies Record<string, TextStyle>;

/** Lengths at A4 size (points), multiplied by the page scale. */
export const L = {
  margin: 10 * MM,
  bandPad: 5 * MM,
  logo: 18 * MM,
  qrGap: 10 * MM,
  /** Two codes and their gap fill the A4 width: 2 × 88 + 10 ≤ 190 mm. */
  qrMax: 88 * MM,
  rowGap: 2 * MM,
  captionGap: 2 * MM,
  stepsPad: 4 * MM,
  /** Room between the urgency mark's frame and its word, and under the frame. */
  stampPad: 2 * MM,
  footerPad: 3 * MM,
  bottom: 7 * MM,
  minGap: 3 * MM,
  maxGap: 16 * MM,
};

/**
 * Parts left out, in this order, when the page is too short: what to bring first (the flyer in
 * every household's hands has it), then the steps, then what residents are to know (an
 * awareness poster's whole message, so after the steps).
 */
export const OPTIONAL = ['bring', 'steps', 'points', 'tagline', 'kicker'] as const;
export const TEXT_STEPS = [1, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6];
/**
 * A poster with fewer than two codes (a campaign without an app: one link, or none, as a
 * clean-up day's) tries larger type first: the room of the codes it lacks goes to the text, not
 * to a hole in the middle of the page.
 */
export const LARGER_STEPS = [1.5, 1.4, 1.3, 1.2, 1.1];
/** Codes a poster prints: two side by side on A4, one a sheet on A3 (poster.ts POSTER_SIZES). */
export const POSTER_CODES = 2;
/** The steps' smallest type at A4 size: 9 pt, the least any printed text is read at. */
export const MIN_STEPS = 9;

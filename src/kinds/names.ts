/**
 * Kinds: every document kind described once, without its layout — its name, its variants and
 * what the office calls it. Adding a kind starts here (README.md "Adding a document kind").
 *
 * Light on purpose: the CLI checks `--kind` and `--size` against these names before anything
 * draws, and `--help` prints them; importing the registry loads every kind's layout with pdfkit
 * and fontkit, ~0.5 s of CPU that a refused option or a typo then paid before its one-line error
 * (bench/results.md "## start-up: a refused option"). So this file imports nothing.
 *
 * Read by: the kinds' own modules (`...described('poster')` gives their name and variants), the
 * registry (its order, and a kind missing there fails tsc), the ZIP and download names
 * (kinds/labels.ts, when templates/web/labels.hbs does not name the kind), the leaders' page
 * (studio/routes-leaders.ts) and the messages about kinds not made (output/skipped-kinds.ts:
 * which kinds are made from links too, `printsLinks`).
 * test/kinds/kind-names.test.ts says what is missing when a step was forgotten.
 */

export interface KindInfo {
  /** Used on the command line (`--kind`) and in file names: `notice.pdf`, `poster-a4.pdf`. */
  readonly name: string;
  /** Variants made as separate files (`poster-a4.pdf`, `poster-a3.pdf`), also `--size`'s values. */
  readonly variants?: readonly string[];
  /**
   * What the office calls the kind's documents, in Vietnamese, lower case ("áp phích"): said in
   * the messages ("không làm áp phích"), on the leaders' page unless `leaders` says otherwise, and
   * — capitalised, with the variant ("Áp phích A4") — in the ZIP and download file names unless
   * templates/web/labels.hbs has a section for the kind's file.
   */
  readonly vi: string;
  /** The same in English, plural, for the CLI's English messages ("posters"). */
  readonly en: string;
  /**
   * What the leaders' page calls it ("Mỗi trưởng tổ … xem và tải văn bản, áp phích, …") when
   * not `vi`; `contest` when the campaign is a contest.
   */
  readonly leaders?: { readonly plain: string; readonly contest?: string };
  /**
   * Whether the kind is the poster or its share image: made from the campaign's links too (their
   * QR codes; kinds/poster.ts POSTER_NEEDS), so the message of kinds not made names the links
   * among what is missing (output/skipped-kinds.ts).
   */
  readonly printsLinks?: boolean;
}

/** The kinds, in the order they are built, listed and offered. */
export const KIND_INFO = [
  { name: 'notice', vi: 'thông báo', en: 'notices', leaders: { plain: 'văn bản' } },
  { name: 'poster', variants: ['a4', 'a3'], vi: 'áp phích', en: 'posters', printsLinks: true },
  { name: 'share', vi: 'ảnh áp phích', en: 'share images', printsLinks: true },
  { name: 'flyer', vi: 'tờ rơi', en: 'flyers' },
  // One flyer as a phone picture, for every campaign with a flyer (the share image is the poster's).
  { name: 'share-flyer', vi: 'ảnh tờ rơi', en: 'flyer pictures' },
  {
    name: 'checklist',
    vi: 'phiếu kiểm tra',
    en: 'checklists',
    // As the sheet's own title names it ("Phiếu kiểm tra các việc cần làm"), not a third name (qa13).
    leaders: {
      plain: 'phiếu kiểm tra các việc cần làm',
      contest: 'phiếu kiểm tra các bước dự thi',
    },
  },
  { name: 'tracker', vi: 'bảng theo dõi', en: 'tracking sheets' },
] as const satisfies readonly KindInfo[];

/** A described kind's name: what `described` and the registry accept. */
export type KindName = (typeof KIND_INFO)[number]['name'];

export const KIND_NAMES: readonly KindName[] = KIND_INFO.map((k) => k.name);

/** Every variant some kind has (the poster's sizes), in the kinds' order. */
export const VARIANT_NAMES: readonly string[] = [
  ...new Set(KIND_INFO.flatMap((k: KindInfo) => k.variants ?? [])),
];

export function kindNames(): string[] {
  return [...KIND_NAMES];
}

/** The description of the kind called `name`; undefined for a kind not built (the report). */
export function kindInfo(name: string): KindInfo | undefined {
  return KIND_INFO.find((k: KindInfo) => k.name === name);
}

/**
 * The name and variants a kind's DocumentKind starts with: `{ ...described('poster'), … }`. A
 * name not in KIND_INFO is refused by tsc with the sentence below, and throws the same when run.
 */
export function described<const N extends string>(
  name: N extends KindName
    ? N
    : `kind "${N}" is not described: add it to KIND_INFO in src/kinds/names.ts`,
): Pick<KindInfo, 'name' | 'variants'> {
  const info = kindInfo(name);
  if (!info)
    throw new Error(`kind "${name}" is not described: add it to KIND_INFO in src/kinds/names.ts`);
  return info.variants ? { name, variants: info.variants } : { name };
}

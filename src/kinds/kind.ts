/**
 * Kinds: the shape every document kind (notice, poster, checklist, …) plugs in with.
 * A kind is one file here plus one template under templates/: the template holds the wording in
 * named sections, the kind places those sections on pages. A new kind is described in names.ts
 * first and added to registry.ts (README.md "Adding a document kind").
 */
import type { FontSet } from '../layout/fonts.js';
import type { Surface } from '../layout/surface.js';
import type { Campaign } from '../load/campaign.js';
import type { Field } from '../load/groups/columns.js';
import type { Group, Resident } from '../load/types.js';
import type { Message } from '../messages/message.js';
import type { DocContext } from '../model/context.js';
import type { Sections } from '../template/sections.js';

export interface RenderInput {
  sections: Sections;
  ctx: DocContext;
  fonts: FontSet;
  /** Fixed creation date of the PDF (from the campaign): same inputs, same bytes. */
  created: Date;
  /** Which variant to render (e.g. "a3" for a poster), for kinds that have variants. */
  variant?: string;
  /**
   * The campaign file, when the caller read it: a document refused for what the campaign wrote
   * (a flyer too long for its lists) names the file and the field's line there.
   */
  campaign?: { file: string; lineOf(field: string): number | undefined };
  /**
   * The ward's one copy of the document, marked for no group (the notice's bản gốc: output/
   * original.ts): a kind that tags each group's copy leaves its tag out.
   */
  unmarked?: boolean;
}

/** What a kind prints otherwise than its sections say (checkSections). */
export interface SectionNote {
  text: Message;
  /** The printed title it is about (a tick column's), to find where the campaign wrote it. */
  title?: string;
  /** The title is printed once though the template names it twice (a tick column). */
  twice?: boolean;
  /** The template section it is about; "columns" unless said. */
  section?: string;
  /** The campaign field it is about (notice.body), when the campaign wrote the text. */
  campaignField?: string;
  /** Said at the field's line of the campaign file (a list printed nowhere: list-sections.ts). */
  campaignLine?: true;
  /** What the office can do about it, when there is something to do. */
  hint?: Message;
  /**
   * A part left out for lack of room, which the group's own texts (its place, its name) took:
   * said of the group, naming the document, the part by its printed heading and the group's
   * longest cell (room-notes.ts `groupOmission`), when the group has one.
   */
  omitted?: { document: Message; part: string };
}

export interface DocumentKind {
  /** Used on the command line (--kind) and in file names: `notice.pdf`. */
  readonly name: string;
  /** Template file name under templates/. */
  readonly template: string;
  /** Font family the kind prints with: its characters are checked against it before rendering. */
  readonly family: 'serif' | 'sans';
  /** Variants rendered as separate files (`poster-a4.pdf`, `poster-a3.pdf`); none by default. */
  readonly variants?: readonly string[];
  /**
   * A section that must have text for the kind to have anything to print (the poster's "qr"):
   * when a campaign leaves it empty (no app), the kind is skipped with a note, not an error.
   * Several: any one of them with text will do (a flyer of an election notice has no steps, but
   * when, where and what to bring: qa40 M3).
   */
  readonly needs?: string | readonly string[];
  /**
   * Whether the kind prints the group's residents roster (the tracking sheet): the roster is then
   * part of its files' keys, and a changed roster rebuilds them, and only them.
   */
  readonly readsRoster?: boolean;
  /**
   * Whether the kind has a place for the signer's signature (Surface.signatureField): a signed
   * build signs its files, and the signing identity is part of their keys.
   */
  readonly signs?: boolean;
  /**
   * Whether the kind prints the campaign's logo (`assets.logo`): a campaign none of whose kinds
   * prints one is told its logo goes unprinted (output/skipped-kinds.ts `unprintedPictures`).
   */
  readonly printsLogo?: boolean;
  /**
   * Whether the kind prints the campaign's map (`assets.map`): a build prepares it once for all
   * its worker threads (output/worker-data.ts).
   */
  readonly printsMap?: boolean;
  /**
   * Whether the kind says what each part of it is (Surface.beginStructure): its PDF/A files are
   * then tagged. A kind that does not would have all its text marked as decoration.
   */
  readonly tagged?: boolean;
  /**
   * Whether each page is a sheet to hang on a wall (posters): its print file is one-sided
   * whatever the office's printer, since a page printed on the back of another could not hang
   * beside it (an A3 poster's iPhone and Android sheets, qa5 G5).
   */
  readonly wallSheet?: boolean;
  /**
   * Whether a group's document is always exactly one page (the flyer: one A4 sheet, cut in two):
   * a blank back after each would only waste a sheet, so its print file is one-sided whatever the
   * office's printer (qa39 M1).
   */
  readonly onePage?: boolean;
  /**
   * What of a group's row the kind will not print as given (a count beyond what its pages hold):
   * one message per cell, which the build reports as a warning naming the file, row and column.
   * `listed`: the rows the group's sheet lists of its residents roster (model/context.ts
   * sheetResidents: a children's list the roster's children), undefined for none. `field`: a
   * known field, or the header of the groups file's column as the campaign names it (a
   * measure's target, "Chỉ tiêu (người)").
   */
  groupNotes?(
    group: Group,
    listed: readonly Resident[] | undefined,
    campaign: Campaign,
  ): { field: Field | string; message: Message; hint: Message }[];
  /**
   * What the kind cannot print of its template's sections as the campaign fills them (too many
   * columns for the page): thrown as a UserError. Asked once, on the first group's sections,
   * before anything is written — a campaign's problem must not fail every group one by one.
   * Returns what it prints otherwise than written (a tick column named twice, printed once): the
   * build's warnings. `fonts`: for what only measuring the text shows (a tick column's title
   * with a word wider than any column the page has room for).
   */
  checkSections?(sections: Sections, fonts: FontSet): SectionNote[];
  /**
   * What the kind leaves out of a group's document for lack of room (a poster's steps too long
   * for the page even in their smallest type), each named by its template section: the build's
   * warnings. Asked before anything is written, on the groups whose own texts take the most room.
   */
  roomNotes?(input: RenderInput): Promise<SectionNote[]>;
  /** Output file type; PDF unless the kind makes an image. */
  readonly ext?: 'pdf' | 'png';
  /**
   * An image laid out in points (pageSize), as a PDF kind's page is, rasterised this many pixels
   * wide (the flyer picture: the A5 flyer's layout). Without it an image's page size is pixels.
   */
  readonly pictureWidth?: number;
  /** Page size of a variant: points for a PDF or an image with `pictureWidth`, else pixels. */
  pageSize(variant?: string): readonly [number, number];
  /**
   * Draws the document on a surface, adding its own pages. The surface may be a group's own PDF,
   * an image, or the ward's combined print file: a kind never creates or ends one.
   */
  draw(surface: Surface, input: RenderInput): void | Promise<void>;
}

/**
 * Whether a kind's print file is one-sided whatever the office's printer: a wall sheet (never
 * printed on another's back) or a one-page document (nothing to start on a front page).
 */
export const printsOneSided = (kind: Pick<DocumentKind, 'wallSheet' | 'onePage'>): boolean =>
  kind.wallSheet === true || kind.onePage === true;

/** Whether `sections` give the kind something to print: one of its needed sections has text. */
export const hasNeeded = (kind: Pick<DocumentKind, 'needs'>, sections: Sections): boolean =>
  kind.needs === undefined ||
  (typeof kind.needs === 'string' ? [kind.needs] : kind.needs).some((name) => sections.has(name));

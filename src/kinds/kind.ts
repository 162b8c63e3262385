/**
 * Kinds: the shape every document kind (notice, poster, checklist, …) plugs in with.
 * A kind is one file here plus one template under templates/: the template holds the wording in
 * named sections, the kind places those sections on pages. Register new kinds in registry.ts.
 */
import type { FontSet } from '../layout/fonts.js';
import type { DocContext } from '../model/context.js';
import type { Sections } from '../template/sections.js';

export interface RenderInput {
  sections: Sections;
  ctx: DocContext;
  fonts: FontSet;
  /** Fixed creation date of the PDF (from the campaign): same inputs, same bytes. */
  created: Date;
}

export interface RenderedDocument {
  bytes: Uint8Array;
  pages: number;
}

export interface DocumentKind {
  /** Used on the command line (--kind) and in file names: `notice.pdf`. */
  readonly name: string;
  /** Template file name under templates/. */
  readonly template: string;
  /** Font family the kind prints with: its characters are checked against it before rendering. */
  readonly family: 'serif' | 'sans';
  render(input: RenderInput): Promise<RenderedDocument>;
}

/**
 * Output stage: the warning for a campaign field the office filled in that no paper document of
 * this campaign prints (qa40 M3: an election's `when`, `where`, `bring` and `hotlines` reached
 * the leader's page and Zalo message, and no paper). Judged on every paper kind the campaign
 * makes, not on those asked (a build of notices alone is no reason to say so), by drawing each
 * kind's sections for the first group with the field and without it.
 */
import { UserError } from '../errors.js';
import { type DocumentKind, hasNeeded } from '../kinds/kind.js';
import { isListNotPrinted } from '../kinds/list-sections.js';
import { KINDS } from '../kinds/registry.js';
import { renderSections } from '../kinds/render.js';
import { type Campaign, campaignValueLine } from '../load/campaign.js';
import { msg } from '../messages/message.js';
import type { DocContext } from '../model/context.js';
import type { Sections } from '../template/sections.js';
import type { BuildInputs } from './inputs.js';
import { kindWords, madeWithoutSteps, skippedKindsNote, surprisingSkips } from './skipped-kinds.js';

/** The fields a campaign fills in for residents that only the kinds' templates print. */
const FIELDS = ['when', 'where', 'slogan', 'deadline', 'bring', 'hotlines', 'payment'] as const;
type PrintedField = (typeof FIELDS)[number];

/** Letters no campaign writes: a text field set to it shows where the templates print it. */
const MARK = 'Qzxqjvkzq';

const filled = (campaign: Campaign, field: PrintedField): boolean => {
  const value = campaign[field];
  if (value === null || value === undefined) return false;
  if (Array.isArray(value)) return value.length > 0;
  return typeof value === 'object' || String(value).trim() !== '';
};

/**
 * The context with each text field given its own mark (MARK and the field's name) and each list
 * or the payment details left out.
 */
function marked(ctx: DocContext, fields: readonly PrintedField[]): DocContext {
  const out: Record<string, unknown> = { ...ctx };
  for (const field of fields)
    out[field] = field === 'payment' ? null : judgedByChange(field) ? [] : MARK + field;
  return out as unknown as DocContext;
}

/** Fields told printed by the documents changing without them, not by the mark. */
const judgedByChange = (field: PrintedField): boolean =>
  field === 'bring' || field === 'hotlines' || field === 'payment';

/** A kind's sections drawn for one context, each kind once; undefined when it cannot be drawn. */
export type DrawnSections = (kind: DocumentKind) => Sections | undefined;

/** Each kind's sections for `ctx`, drawn the first time they are asked for and kept. */
export function drawnFor(ctx: DocContext, templateDir?: string): DrawnSections {
  const drawn = new Map<DocumentKind, Sections | undefined>();
  return (kind) => {
    if (!drawn.has(kind)) {
      let sections: Sections | undefined;
      try {
        sections = renderSections(kind, ctx, templateDir);
      } catch {
        sections = undefined;
      }
      drawn.set(kind, sections);
    }
    return drawn.get(kind);
  };
}

export interface UnprintedFieldsInput {
  campaign: Campaign;
  campaignFile: string;
  campaignBytes: Uint8Array;
  kinds: readonly DocumentKind[];
  nothingToPrint(kind: DocumentKind): boolean;
  /** The first group's context; undefined when there is no group to draw. */
  context: DocContext | undefined;
  templateDir?: string;
  /** Said beside the studio form's field, which names it: the field left out of the sentence. */
  form?: boolean;
  /** Whether a warning says already that the field is not printed (an own template's list). */
  said?(field: string): boolean;
  /** The kinds drawn for `context` already (drawnFor), shared with nothingToPrintFor. */
  drawn?: DrawnSections;
}

/** A warning for each field filled in that no paper kind made for this campaign prints. */
export function unprintedFields(input: UnprintedFieldsInput): UserError[] {
  const { campaign, context: ctx } = input;
  if (!ctx) return [];
  const fields = FIELDS.filter((f) => filled(campaign, f) && !input.said?.(f));
  if (fields.length === 0) return [];
  // Paper only: the share image is sent, not printed. Whether a kind has anything to print is
  // asked only of the kinds reached: a field the notice prints never draws the other kinds'
  // templates (a notice build's first group drew all five kinds for it: ~10 % of the CPU of a
  // 2-group build, bench/results.md "## h-fixed").
  const isPaper = (k: DocumentKind) => k.ext !== 'png' && !input.nothingToPrint(k);
  const source = new TextDecoder().decode(input.campaignBytes).replace(/^\uFEFF/, '');
  const drawn = input.drawn ?? drawnFor(ctx, input.templateDir);
  // Every text field marked at once: one more drawing per kind, not one per field.
  const texts = fields.filter((f) => !judgedByChange(f));
  const allMarked = new Map<DocumentKind, string | undefined>();
  const markedKey = (kind: DocumentKind): string | undefined => {
    if (!allMarked.has(kind)) {
      let key: string | undefined;
      try {
        key = renderSections(kind, marked(ctx, texts), input.templateDir).keyExcept([]);
      } catch {
        // Drawn again field by field below: one field's mark that breaks a template is that
        // field's alone.
        key = undefined;
      }
      allMarked.set(kind, key);
    }
    return allMarked.get(kind);
  };
  const printedBy = (kind: DocumentKind, field: PrintedField): boolean => {
    const as = drawn(kind);
    // A template that cannot be drawn is said by the build itself: no guess here.
    if (!as) return true;
    try {
      const other = (only: PrintedField) =>
        renderSections(kind, marked(ctx, [only]), input.templateDir).keyExcept([]);
      if (judgedByChange(field)) return as.keyExcept([]) !== other(field);
      return (markedKey(kind) ?? other(field)).includes(MARK + field);
    } catch {
      return true;
    }
  };
  const unprinted = fields.filter(
    (field) => !input.kinds.some((kind) => isPaper(kind) && printedBy(kind, field)),
  );
  if (unprinted.length === 0) return [];
  const paper = input.kinds.filter(isPaper);
  // The paper kinds that would print it, were they made (the flyer, the poster): the real cause
  // is that this campaign makes none of them (qa59 p3: the office was told to edit
  // "templates/flyer.hbs", a file a clerk cannot open).
  const unmade = input.kinds.filter((k) => k.ext !== 'png' && input.nothingToPrint(k));
  return unprinted.map((field) => {
    const printers = unmade.filter((kind) => printedBy(kind, field));
    return new UserError(
      input.form
        ? msg`filled in, but no paper document of this campaign prints it`
        : msg`"${field}" is filled in, but no paper document of this campaign prints it`,
      { file: input.campaignFile, field, line: campaignValueLine(source, field, 1) },
      unprintedHint(
        printers.map((k) => k.name),
        paper.map((k) => k.name),
        input.form === true,
      ),
    );
  });
}

/**
 * Why a field is not printed and what to do, in the office's words: the kinds that print it are
 * not made (and what makes them), or the documents made have no place for it. Never a template's
 * path: the office writes the campaign, not the tool's templates.
 */
function unprintedHint(printers: readonly string[], paper: readonly string[], form: boolean) {
  if (printers.length > 0)
    return form
      ? msg`Only ${kindWords(printers, 'and')} print it, and this campaign makes none: they are made from “Điều cần biết”, “Việc người dân cần làm”, “Thời gian”, “Địa điểm” or “Thời hạn” (a poster from “Đường dẫn” too). Fill one of them in, or write it in the notice's body.`
      : msg`Only ${kindWords(printers, 'and')} print it, and this campaign makes none: they are made from points, actions, when, where or deadline (a poster from links too). Fill one of them in, or write it in the notice's body.`;
  return paper.length > 0
    ? msg`The documents made (${kindWords(paper)}) have no place for it: write it in the notice's body, or leave it out.`
    : msg`Write it in the notice's body, or leave it out.`;
}

/** The same, for a build's or a check's inputs (their kinds judged on every kind there is). */
export const unprintedFieldsOf = (inputs: BuildInputs, campaignFile: string): UserError[] =>
  unprintedFields({
    // A list an own template has no section for is said already (kinds/list-sections.ts); any
    // other warning at the field (a date's weekday in `when`) says something else: both are said.
    said: (field) =>
      inputs.warnings.some(
        (w) => w.where.file === campaignFile && w.where.field === field && isListNotPrinted(w.text),
      ),
    campaign: inputs.campaign,
    campaignFile,
    campaignBytes: inputs.campaignBytes,
    kinds: KINDS,
    nothingToPrint: (k) => inputs.nothingToPrint(k),
    context: inputs.groups[0] && inputs.contextOf(inputs.groups[0]),
    templateDir: inputs.spec.templateDir,
    drawn: (kind) => inputs.firstDrawn(kind),
  });

/**
 * Whether a kind has nothing to print for the context, as the build judges it (inputs.ts): its
 * needed section empty. A kind whose template cannot be drawn is the build's to say: not empty.
 */
export function nothingToPrintFor(
  ctx: DocContext,
  templateDir?: string,
  drawn: DrawnSections = drawnFor(ctx, templateDir),
) {
  return (kind: DocumentKind): boolean => {
    if (!kind.needs) return false;
    const sections = drawn(kind);
    return sections !== undefined && !hasNeeded(kind, sections);
  };
}

/**
 * What build and check say of a campaign's papers, for the studio's campaign page (which loads
 * no build inputs): the fields no paper prints (unprintedFields), and the kinds not made when it
 * has no actions but the fields a flyer is made from (skippedKindsNote: "chỉ làm thông báo, tờ
 * rơi …"; a campaign with neither has the studio's own note). Drawn for `ctx`: the list's first
 * group, or a sample one before there is a list.
 */
export function campaignPaperNotes(
  campaign: Campaign,
  campaignFile: string,
  campaignText: string,
  ctx: DocContext,
  templateDir?: string,
): { skipped: UserError | undefined; skippedKinds: string[]; unprinted: UserError[] } {
  const drawn = drawnFor(ctx, templateDir);
  const nothingToPrint = nothingToPrintFor(ctx, templateDir, drawn);
  const unprinted = unprintedFields({
    campaign,
    campaignFile,
    campaignBytes: new TextEncoder().encode(campaignText),
    kinds: KINDS,
    nothingToPrint,
    context: ctx,
    templateDir,
    form: true,
    drawn,
  });
  if (!madeWithoutSteps(campaign)) return { skipped: undefined, skippedKinds: [], unprinted };
  const skipped = KINDS.filter(nothingToPrint);
  const made = KINDS.filter((k) => !skipped.includes(k));
  return {
    skipped: skippedKindsNote(skipped, made, campaign, campaignFile),
    skippedKinds: surprisingSkips(skipped, campaign).map((k) => k.name),
    unprinted,
  };
}

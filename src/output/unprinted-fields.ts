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
import type { BuildInputs } from './inputs.js';
import { kindWords, madeWithoutSteps, skippedKindsNote } from './skipped-kinds.js';

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

/** The context with the field set to the mark (a text) or left out (a list, the payment details). */
function marked(ctx: DocContext, field: PrintedField): DocContext {
  return { ...ctx, [field]: field === 'payment' ? null : isList(field) ? [] : MARK } as DocContext;
}

/** Fields told printed by the documents changing without them, not by the mark. */
const isList = (field: PrintedField): boolean =>
  field === 'bring' || field === 'hotlines' || field === 'payment';

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
}

/** A warning for each field filled in that no paper kind made for this campaign prints. */
export function unprintedFields(input: UnprintedFieldsInput): UserError[] {
  const { campaign, context: ctx } = input;
  if (!ctx) return [];
  const fields = FIELDS.filter((f) => filled(campaign, f) && !input.said?.(f));
  if (fields.length === 0) return [];
  // Paper only: the share image is sent, not printed.
  const paper = input.kinds.filter((k) => k.ext !== 'png' && !input.nothingToPrint(k));
  const source = new TextDecoder().decode(input.campaignBytes).replace(/^\uFEFF/, '');
  const drawn = new Map<DocumentKind, string>();
  const printedBy = (kind: DocumentKind, field: PrintedField): boolean => {
    try {
      const as = drawn.get(kind) ?? renderSections(kind, ctx, input.templateDir).keyExcept([]);
      drawn.set(kind, as);
      const other = renderSections(kind, marked(ctx, field), input.templateDir).keyExcept([]);
      return isList(field) ? as !== other : other.includes(MARK);
    } catch {
      // A template that cannot be drawn is said by the build itself: no guess here.
      return true;
    }
  };
  return fields
    .filter((field) => !paper.some((kind) => printedBy(kind, field)))
    .map(
      (field) =>
        new UserError(
          input.form
            ? msg`filled in, but no paper document of this campaign prints it`
            : msg`"${field}" is filled in, but no paper document of this campaign prints it`,
          { file: input.campaignFile, field, line: campaignValueLine(source, field, 1) },
          paper.length > 0
            ? msg`The documents made (${kindWords(paper.map((k) => k.name))}) have no place for it in their templates: add its section to the template (templates/flyer.hbs), or write it in the notice's body.`
            : msg`Write it in the notice's body, or leave it out.`,
        ),
    );
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
  });

/**
 * Whether a kind has nothing to print for the context, as the build judges it (inputs.ts): its
 * needed section empty. A kind whose template cannot be drawn is the build's to say: not empty.
 */
export function nothingToPrintFor(ctx: DocContext, templateDir?: string) {
  return (kind: DocumentKind): boolean => {
    if (!kind.needs) return false;
    try {
      return !hasNeeded(kind, renderSections(kind, ctx, templateDir));
    } catch {
      return false;
    }
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
  const nothingToPrint = nothingToPrintFor(ctx, templateDir);
  const unprinted = unprintedFields({
    campaign,
    campaignFile,
    campaignBytes: new TextEncoder().encode(campaignText),
    kinds: KINDS,
    nothingToPrint,
    context: ctx,
    templateDir,
    form: true,
  });
  if (!madeWithoutSteps(campaign)) return { skipped: undefined, skippedKinds: [], unprinted };
  const skipped = KINDS.filter(nothingToPrint);
  const made = KINDS.filter((k) => !skipped.includes(k));
  return {
    skipped: skippedKindsNote(skipped, made, campaign, campaignFile),
    skippedKinds: skipped.map((k) => k.name),
    unprinted,
  };
}

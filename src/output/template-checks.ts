/**
 * Output stage, before anything is written: every template the build will use, checked on every
 * branch (template/check.ts) — each kind's template file and each campaign value that is itself
 * a template (`{{fill notice.body}}`). In: the campaign and the kinds' template texts. Out:
 * nothing, or every problem found thrown at once, each naming its file and line.
 */
import { readFile } from 'node:fs/promises';
import { parseDocument } from 'yaml';
import {
  isUserError,
  problemsError,
  problemsOf,
  throwProblems,
  UserError,
  warningsAlong,
} from '../errors.js';
import { type Campaign, campaignValueLine } from '../load/campaign.js';
import type { Group, Resident } from '../load/types.js';
import { boundedDataOrNothing } from '../load/yaml-data.js';
import { buildContext } from '../model/context.js';
import { checkTemplate, checkTemplateSyntax } from '../template/check.js';
import { CAMPAIGN_VALUE } from '../template/handlebars.js';
import { parseMarkdown } from '../template/markdown.js';

/** An error in a campaign value that is a template names the campaign file and its line there. */
export function inCampaignFile(e: unknown, file: string, bytes: Uint8Array): unknown {
  if (!isUserError(e) || e.where.file !== CAMPAIGN_VALUE) return e;
  const { field, line } = e.where;
  const text = new TextDecoder().decode(bytes);
  const yamlLine = field && line !== undefined ? campaignValueLine(text, field, line) : undefined;
  return new UserError(e.text, { file, field, line: yamlLine }, e.hintText);
}

/** Campaign values that are Markdown-like text, printed as blocks (README › Inputs). */
const MARKDOWN_FIELDS = [['notice', 'body']] as const;

/**
 * What a Markdown-like campaign value holds that cannot be printed, each with its line in the
 * value. Checked on the value as written (Handlebars expressions and all): its lines are the
 * value's lines, which a rendered text's are not.
 */
function markdownProblems(campaign: unknown): UserError[] {
  return MARKDOWN_FIELDS.flatMap((path) => {
    let value: unknown = campaign;
    for (const key of path) value = (value as Record<string, unknown> | undefined)?.[key];
    if (typeof value !== 'string') return [];
    const field = path.join('.');
    return parseMarkdown(value).problems.map(
      (p) => new UserError(p.message, { file: CAMPAIGN_VALUE, field, line: p.line }, p.hint),
    );
  });
}

/**
 * A context with every field any group can have (optional ones set), so that a name is unknown
 * only when no group could ever have it.
 */
export function sampleContext(campaign: Campaign, extraColumns: readonly string[] = []) {
  const source = { file: '', row: 0 };
  const columns = Object.fromEntries(extraColumns.map((h) => [h, '-']));
  const group: Required<Group> = {
    id: '1',
    name: 'Tổ dân phố số 1',
    leader: '-',
    phone: '-',
    noLeader: true,
    venue: '-',
    households: 1,
    population: 1,
    columns,
    zeroCells: [],
    source,
  };
  const resident: Required<Resident> = {
    no: '1',
    name: '-',
    address: '-',
    phone: '-',
    born: 1960,
    birth: '1960',
    amount: 100_000,
    exempt: '-',
    exemptHeader: '-',
    noBorn: { header: '-', unread: false },
    noAmount: '-',
    household: true,
    counts: {},
    source,
  };
  const assets = { logo: '', logo_on_qr: false, ...campaign.assets };
  return buildContext({ ...campaign, assets }, group, 'to-dan-pho-so-1', [resident]);
}

/** Campaign values that contain "{{", with their field path ("notice.recipients.0"). */
export function campaignTemplates(
  value: unknown,
  path: string[] = [],
): { field: string; text: string }[] {
  if (typeof value === 'string')
    return value.includes('{{') ? [{ field: path.join('.'), text: value }] : [];
  if (Array.isArray(value))
    return value.flatMap((v, i) => campaignTemplates(v, [...path, String(i)]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => campaignTemplates(v, [...path, k]));
  return [];
}

/**
 * Every problem of the campaign's own texts (its values that are templates, its Markdown-like
 * body), each at its field (`where.file` CAMPAIGN_VALUE) and its line within the value: the
 * studio shows them beside the field; the build names the campaign file's line instead.
 */
export function campaignValueProblems(
  campaign: Campaign,
  extraColumns: readonly string[] = [],
): UserError[] {
  const sample = sampleContext(campaign, extraColumns);
  return [
    ...campaignTemplates(campaign).flatMap(({ field, text }) =>
      checkTemplate({ file: CAMPAIGN_VALUE, field, text }, sample),
    ),
    ...markdownProblems(campaign),
  ];
}

/**
 * campaignValueSyntaxProblems of a campaign file's text; none when its YAML cannot be read (the
 * loader says so).
 */
export function campaignTextSyntaxProblems(text: string): UserError[] {
  const doc = parseDocument(text.replace(/^\uFEFF/, ''));
  const data = doc.errors.length > 0 ? undefined : boundedDataOrNothing(doc);
  return data === undefined ? [] : campaignValueSyntaxProblems(data);
}

/**
 * What can be checked of campaign values the loader refused as a whole (`data`: the parsed
 * YAML): each template's syntax and the body's Markdown, so a form shows them with the rest.
 */
export function campaignValueSyntaxProblems(data: unknown): UserError[] {
  return [
    ...campaignTemplates(data).flatMap(({ field, text }) =>
      checkTemplateSyntax({ file: CAMPAIGN_VALUE, field, text }),
    ),
    ...markdownProblems(data),
  ];
}

/**
 * The loader's refusal of the campaign file (`e`) with what the campaign's own texts hold that
 * cannot be printed (a picture in the body, an unclosed {{#if}}), said in the same round: the
 * README promises every problem of the file at once, and a body's picture was said only once an
 * unknown `assets.map` beside it was fixed (qa40 M5). Anything but a UserError is returned as is.
 */
export async function withValueProblems(e: unknown, file: string): Promise<unknown> {
  if (!isUserError(e)) return e;
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch {
    return e;
  }
  const found = campaignTextSyntaxProblems(new TextDecoder().decode(bytes));
  const given = problemsOf(e);
  const said = new Set(given.map((p) => p.describe('en')));
  const more = found
    .map((p) => inCampaignFile(p, file, bytes) as UserError)
    .filter((p) => !said.has(p.describe('en')));
  if (more.length === 0) return e;
  return problemsError([...given, ...more], warningsAlong(e)) ?? e;
}

/**
 * Every problem of the templates, by template file, and of the campaign's own texts (named at
 * the campaign file's lines): a file's problems concern only the kinds drawn from it.
 */
export function templateProblems(
  campaign: Campaign,
  campaignFile: string,
  campaignBytes: Uint8Array,
  templates: ReadonlyMap<string, string>,
  extraColumns: readonly string[] = [],
): { byFile: Map<string, UserError[]>; campaign: UserError[] } {
  const sample = sampleContext(campaign, extraColumns);
  const byFile = new Map<string, UserError[]>();
  for (const [file, text] of templates) {
    const found = checkTemplate({ file, text }, sample);
    if (found.length) byFile.set(file, found);
  }
  return {
    byFile,
    campaign: campaignValueProblems(campaign, extraColumns).map(
      (e) => inCampaignFile(e, campaignFile, campaignBytes) as UserError,
    ),
  };
}

export function checkTemplates(
  campaign: Campaign,
  campaignFile: string,
  campaignBytes: Uint8Array,
  templates: ReadonlyMap<string, string>,
  extraColumns: readonly string[] = [],
): void {
  const found = templateProblems(campaign, campaignFile, campaignBytes, templates, extraColumns);
  throwProblems([...[...found.byFile.values()].flat(), ...found.campaign]);
}

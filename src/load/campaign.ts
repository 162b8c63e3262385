/**
 * Load stage: reads `campaign.yaml` → a validated, NFC-normalised Campaign.
 * Schema problems are all reported at once, in plain words, each on its key's line
 * (campaign-errors.ts); then campaign-checks.ts looks at what a schema cannot (URLs, QR sizes,
 * dates) and its errors stop the load too.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LRUCache } from 'lru-cache';
import { type Document, isMap, isScalar, LineCounter, parseDocument, Scalar } from 'yaml';
import type { z } from 'zod';
import { throwProblems, UserError } from '../errors.js';
import { msg } from '../messages/message.js';
import { resolveAssetPaths } from './campaign-assets.js';
import { type CampaignUse, checkCampaign, type LineOf } from './campaign-checks.js';
import { CampaignLines, campaignProblems } from './campaign-errors.js';
import { campaignLegacyText } from './campaign-legacy.js';
import { type Campaign, campaignSchema } from './campaign-schema.js';
import { isIsoMonth } from './day-first.js';
import { printedPhones } from './hotlines.js';
import { withoutItemMarks } from './list-marks.js';
import { normalizeDeep } from './normalize.js';
import { noticeKey } from './notice-key.js';
import { withoutRepeatedMarks } from './notice-marks.js';
import { checksOfTheRest, partialValue, refusedFields } from './partial-campaign.js';
import { boundedData, isAliasBomb } from './yaml-data.js';
import { yamlSyntaxProblems } from './yaml-syntax.js';

export type { Campaign } from './campaign-schema.js';

export interface LoadedCampaign {
  campaign: Campaign;
  file: string;
  /** The file's bytes, for content hashes in the manifest. */
  bytes: Uint8Array;
  /** Not errors, but worth a look (e.g. the notice is dated after the contest starts). */
  warnings: UserError[];
}

export function parseCampaign(source: string, file: string): Campaign {
  return parseCampaignReport(source, file).campaign;
}

interface CampaignReport {
  campaign: Campaign;
  warnings: UserError[];
}

/** A campaign the schema took, with what its checks found: errors too (checkedCampaign). */
export interface CheckedCampaign extends CampaignReport {
  errors: UserError[];
}

/**
 * The reports of the texts read lately, by file and text. The studio reads the campaign file
 * again for each page it shows and each document it draws (the edit page three times over), the
 * server for each reload: parsing the YAML, its schema and its checks (a QR code's size for each
 * link) was ~20 ms a read, the same text each time. A report depends on nothing but the text and
 * the file's name; each caller gets a copy of the campaign of its own.
 */
const reports = new LRUCache<string, CheckedCampaign>({ max: 32 });

/** The campaign and its warnings; every error found by the semantic checks is thrown at once. */
export function parseCampaignReport(
  source: string,
  file: string,
  use: CampaignUse = {},
): CampaignReport {
  const { campaign, errors, warnings } = checkedCampaign(source, file, use);
  throwProblems(errors);
  return { campaign, warnings };
}

/**
 * The campaign and every problem its checks found, errors too, without throwing them: for the
 * studio's form, which says them in the same round as the checks of its own that need the whole
 * campaign (the texts' {{…}} variables, the tracking sheet's room). What the schema refuses is
 * thrown, as by parseCampaignReport.
 */
export function checkedCampaign(
  source: string,
  file: string,
  use: CampaignUse = {},
): CheckedCampaign {
  const key = `${file}\u0000${use.keepsFigures === false ? 'unkept' : ''}\u0000${source}`;
  const known = reports.get(key) ?? readCampaignReport(source, file, use);
  reports.set(key, known);
  return {
    campaign: structuredClone(known.campaign),
    errors: [...known.errors],
    warnings: [...known.warnings],
  };
}

function readCampaignReport(source: string, file: string, use: CampaignUse): CheckedCampaign {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: true });
  // Every syntax mistake of the file, once each, in plain words (yaml-syntax.ts).
  throwProblems(yamlSyntaxProblems(doc.errors, source, file));
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    // Nothing but comments, or nothing at all: a file saved before anything was written in it.
    throw new UserError(
      msg`the campaign file is empty`,
      { file },
      msg`Start from a copy of examples/hai-phong/campaign.yaml, make the campaign in the studio, or draft it from the ward's Word notice (import-docx).`,
    );
  }
  if (!isMap(doc.contents)) {
    throw new UserError(
      msg`expected a YAML mapping of campaign fields`,
      { file, line: 1 },
      msg`Write the campaign as "field: value" lines (issued:, issuer:, notice: …), as in examples/hai-phong/campaign.yaml.`,
    );
  }
  const lineOf = (path: readonly string[], lineInValue?: number) => {
    if (lineInValue !== undefined) return campaignValueLine(source, path.join('.'), lineInValue);
    const node = doc.getIn(path, true) as { range?: [number, number] } | undefined;
    return node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
  };
  // Text typed with an old font (TCVN3, VNI) or in VIQR: converted when sure, else refused.
  const legacy = campaignLegacyText(toPlainData(doc, file), file, lineOf);
  // The TCVN3 it converted is said too: the office fixes the file once, not in two rounds.
  throwProblems(legacy.errors, legacy.warnings);
  const data = normalizeDeep(legacy.data);
  const result = campaignSchema.safeParse(data);
  if (!result.success) {
    const lines = new CampaignLines(doc, lineCounter);
    throwProblems(
      [
        ...campaignProblems(result.error.issues, file, lines, campaignSchema),
        // What the campaign's checks find in the fields the schema took, said in the same round.
        ...partlyChecked(data, result.error.issues, file, lineOf, use),
      ],
      legacy.warnings,
    );
  }
  const campaign = prepared(result.data as Campaign);
  const { errors, warnings } = checkCampaign(campaign, file, lineOf, use);
  return { campaign, errors, warnings: [...legacy.warnings, ...warnings] };
}

/** The fields whose values a prepared campaign reads to write its id (noticeKey). */
const KEY_FIELDS = ['issued', 'notice.number', 'notice.symbol'];

/**
 * The campaign as the documents read it, once the schema took it. `whole` says which fields the
 * schema took whole; of a campaign it refused in part (partlyChecked), a step leaves alone what
 * it would read of the others.
 */
function prepared(c: Campaign, whole: (path: string) => boolean = () => true): Campaign {
  const data = withPhonesGrouped(whole('issued') ? monthDraft(c) : c, whole);
  // A file without an id is known by its notice's key (notice-key.ts), from the symbol as typed.
  const id = data.id ?? (KEY_FIELDS.every(whole) ? noticeKey(data) : undefined);
  return withoutItemMarks(withoutRepeatedMarks({ ...data, id }, whole), whole);
}

/**
 * The errors of the campaign's checks that read only fields the schema took (partial-campaign.ts):
 * one round of the studio's form says them with the schema's, not one after the other.
 */
function partlyChecked(
  data: unknown,
  issues: readonly z.core.$ZodIssue[],
  file: string,
  lineOf: LineOf,
  use: CampaignUse,
): UserError[] {
  let refused = refusedFields(issues, campaignSchema);
  const partial = partialValue(campaignSchema, data) as Campaign;
  // No id, and no notice key to stand for one: whether the figures have a key is not known.
  if (partial.id === undefined && !KEY_FIELDS.every((f) => refused.whole(f)))
    refused = refused.with('id');
  let campaign: Campaign;
  try {
    campaign = prepared(partial, (f) => refused.whole(f));
  } catch {
    // A part the steps need is refused whole (no notice at all): the checks that read it are
    // left out, and the others read the fields as the schema took them.
    campaign = partial;
  }
  return checksOfTheRest(campaign, refused, file, lineOf, use);
}

/**
 * The office's and the contest's phones printed as the groups' are ("02253857123", "0225.3857.123"
 * → "0225 3857 123"; qa17: the office's number printed as typed beside the leaders' grouped ones);
 * a number spaced by the office, or anything that is no number, as typed; each number of a text
 * with a note ("024.3864.5113 (giờ hành chính)"), as the hotlines' numbers are (printedPhones).
 */
function withPhonesGrouped(c: Campaign, whole: (path: string) => boolean): Campaign {
  const printed = (text: string) => (text.trim() === '' ? text : printedPhones(text.trim()));
  return {
    ...c,
    issuer: whole('issuer.phone') ? { ...c.issuer, phone: printed(c.issuer.phone) } : c.issuer,
    contest:
      c.contest && whole('contest.support_phone')
        ? { ...c.contest, support_phone: printed(c.contest.support_phone) }
        : c.contest,
  };
}

/**
 * `issued: 2026-12`, a month without its day: a draft whose day the văn thư writes in, read as the
 * month's first day (the files' dates, the year's keys) with only the day left blank when printed.
 */
function monthDraft(c: Campaign): Campaign {
  if (!isIsoMonth(c.issued)) return c;
  return { ...c, issued: `${c.issued}-01`, notice: { ...c.notice, undated: 'day' } };
}

/**
 * The document as plain data. YAML aliases (`*name`) may repeat a node; nested, a few lines can
 * stand for billions of values (an "alias bomb"). The yaml library stops at a bound and throws;
 * that is the file's problem, said as such, not an internal error.
 */
function toPlainData(doc: ReturnType<typeof parseDocument>, file: string): unknown {
  try {
    return boundedData(doc);
  } catch (e) {
    if (isAliasBomb(e)) {
      throw new UserError(
        msg`the file repeats its aliases (*name) too many times to be read`,
        { file },
        msg`Write the values out instead of repeating them with YAML aliases: a campaign needs none.`,
      );
    }
    throw e;
  }
}

/**
 * The last campaign source parsed for line numbers, and its parse. The checks locate one field
 * after another in the same file (a template's errors, each warning's line): one parse of a
 * 200-line campaign costs milliseconds, and a parse per located line cost a `check` of the
 * example most of a second (bench/results.md, "session 39").
 */
let lastParsed: { source: string; doc: Document.Parsed; lineCounter: LineCounter } | undefined;

function parsedForLines(source: string): { doc: Document.Parsed; lineCounter: LineCounter } {
  if (lastParsed?.source !== source) {
    const lineCounter = new LineCounter();
    lastParsed = { source, doc: parseDocument(source, { lineCounter }), lineCounter };
  }
  return lastParsed;
}

/**
 * The line of the campaign file that holds line `lineInValue` (1-based) of the value at `field`
 * ("notice.body"), for errors found inside a value that is a template. Exact for `|` blocks and
 * for the first line of any scalar, and a list's or a mapping's first item; undefined when the
 * value cannot be located.
 */
export function campaignValueLine(
  source: string,
  field: string,
  lineInValue: number,
): number | undefined {
  const { doc, lineCounter } = parsedForLines(source);
  const node = doc.getIn(field.split('.'), true) as { range?: [number, number] } | undefined;
  if (!node?.range) return undefined;
  // A block scalar's range starts at its "|" header; its text starts on the next line.
  const start = lineCounter.linePos(node.range[0]).line;
  // A list's or a mapping's first line is where it starts (its first item).
  if (!isScalar(node)) return lineInValue === 1 ? start : undefined;
  if (node.type === Scalar.BLOCK_LITERAL) return start + lineInValue;
  return lineInValue === 1 ? start : undefined;
}

/**
 * `checkImages: false` resolves the images' paths without reading the images: for a build's worker
 * thread, whose main thread checked them (and hands over the prepared pictures, output/pool.ts).
 */
export async function loadCampaign(
  file: string,
  use: CampaignUse = {},
  { checkImages = true }: { checkImages?: boolean } = {},
): Promise<LoadedCampaign> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // A folder given for the file (qa17: "--campaign ." said only "cannot read"): which file.
    if (code === 'EISDIR')
      throw new UserError(
        msg`this is a folder, not the campaign file`,
        { file },
        msg`Give the campaign.yaml file inside it: --campaign ${join(file, 'campaign.yaml')}.`,
      );
    throw new UserError(
      code === 'ENOENT'
        ? msg`the campaign file does not exist`
        : msg`cannot read the campaign file`,
      { file },
      msg`Check the path given to --campaign.`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UserError(
      msg`the campaign file is not UTF-8`,
      { file },
      msg`Save it as UTF-8 (any modern editor does by default).`,
    );
  }
  const source = text.replace(/^\uFEFF/, '');
  const { campaign, warnings } = parseCampaignReport(source, file, use);
  const lineOf = (field: string) => campaignValueLine(source, `assets.${field}`, 1);
  const resolved = await resolveAssetPaths(campaign, file, lineOf, checkImages, warnings);
  return { campaign: resolved, file, bytes, warnings };
}

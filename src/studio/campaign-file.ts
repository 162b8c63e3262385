/**
 * Studio: one campaign's campaign.yaml — read, checked by the real loader (the same checks as
 * `phuong-print check`), changed by the form and written back whole or not at all.
 */

import { createHash } from 'node:crypto';
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { LRUCache } from 'lru-cache';
import { type Document, parseDocument } from 'yaml';
import { isUserError, problemsOf, UserError, warningsAlong } from '../errors.js';
import { kindInfo } from '../kinds/names.js';
import { type Campaign, campaignValueLine, checkedCampaign } from '../load/campaign.js';
import { assetsNamedIn, resolveAssetPaths } from '../load/campaign-assets.js';
import { ACTION_COLUMN_FILE_HINT, ACTION_COLUMN_FORM_HINT } from '../load/campaign-checks.js';
import { isLegacyRefusal, legacyRefusal } from '../load/campaign-legacy.js';
import { stampOrDigest } from '../load/file-stamp.js';
import { type GroupsReport, listTermOf, namedColumns, unitHeaders } from '../load/groups/index.js';
import { measuresOnList } from '../load/measure-of.js';
import { boundedDataOrNothing } from '../load/yaml-data.js';
import { isMessage, msg, say, verbatim } from '../messages/message.js';
import { buildContext } from '../model/context.js';
import { upperFirst } from '../model/format.js';
import { writeFileAtomic } from '../output/atomic-write.js';
import { fullestGroup } from '../output/fullest-group.js';
import { campaignTemplateDir } from '../output/inputs.js';
import {
  emptyBaseWarnings,
  guessedUnitNotes,
  missingBaseColumns,
  missingTotalsColumn,
  underHeaderNotes,
} from '../output/measure-bases.js';
import {
  OWN_TEXT_FIELDS,
  ownTextHint,
  ownTextMessage,
  perGroupFields,
  perGroupSaid,
  UNSAID_OWN_TIME_HINT,
  unsaidOwnTime,
} from '../output/own-text.js';
import { peopleBaseNotes } from '../output/people-base-notes.js';
import { scheduleMismatches } from '../output/schedule-table.js';
import { isNoticeAndSheet, isNoticeOnly } from '../output/skipped-kinds.js';
import {
  campaignTextSyntaxProblems,
  campaignValueProblems,
  sampleContext,
} from '../output/template-checks.js';
import { campaignPaperNotes } from '../output/unprinted-fields.js';
import { refusedScriptWarnings } from '../serve/html.js';
import { missingColumn } from '../template/check.js';
import { CAMPAIGN_VALUE } from '../template/handlebars.js';
import { bracketedColumns } from './bracketed-columns.js';
import {
  applyForm,
  clean,
  formProblems,
  formValues,
  keysNotInForm,
  measureLine,
  measuresFromForm,
  type RetiredMeasure,
} from './campaign-fields.js';
import { readSavedBy, writeSavedBy } from './campaign-folders.js';
import { keepCampaignId } from './campaign-id.js';
import { groupsReportOf } from './groups-read.js';
import { inTurn } from './in-turn.js';
import { nameAsSubjectNotesOf } from './name-as-subject.js';
import { typedTermWarnings } from './typed-term-warning.js';

/** No folding of long lines: a paragraph of the notice stays one line of the file. */
const TO_STRING = { lineWidth: 0, minContentWidth: 0 } as const;

export interface Checked {
  errors: UserError[];
  warnings: UserError[];
}

/**
 * Why a campaign prints its notice alone, in the form's words (`check` says it as "chỉ làm thông
 * báo: …"): the office would otherwise find the household papers missing after printing. Points
 * to know, a time, a place or a deadline alone make a flyer and a poster (skipped-kinds.ts
 * `madeWithoutSteps`; qa50 p4: the note named only the actions; qa59 M3: not the points).
 */
export const NOTICE_ONLY = new UserError(
  verbatim(
    'Chỉ in thông báo: muốn có tờ rơi, áp phích thì điền “Điều cần biết”, “Thời gian”, “Địa điểm” hoặc “Thời hạn” (áp phích: cả “Đường dẫn”); muốn có cả phiếu kiểm tra, bảng theo dõi thì điền mục “Việc người dân cần làm” (phần Áp phích, tờ rơi, bảng theo dõi)',
  ),
);

/**
 * The same for a campaign whose first measure is a target: its tracking sheet is made (a sign-up
 * sheet, or a column for the result), the household papers are not.
 */
export const NOTICE_AND_SHEET = new UserError(
  verbatim(
    'Chỉ in thông báo và bảng theo dõi: muốn có tờ rơi, áp phích thì điền “Điều cần biết”, “Thời gian”, “Địa điểm” hoặc “Thời hạn” (áp phích: cả “Đường dẫn”); muốn có cả phiếu kiểm tra thì điền mục “Việc người dân cần làm” (phần Áp phích, tờ rơi, bảng theo dõi)',
  ),
);

/**
 * Every problem the loader finds in `text`, as it would find them in the file, and then those
 * the build would find in the campaign's own texts (a misspelt {{group.nam}}, an unclosed
 * {{#if}}, HTML or a picture in the body), each at its field and its line there. A column of
 * the groups file (`groups`) a text names is checked once there is a groups file; before, it
 * is a warning.
 */
export async function checkCampaignText(
  text: string,
  file: string,
  groups?: string,
): Promise<Checked> {
  const key = checkKey(text, file, groups);
  let checked = key === undefined ? undefined : checksMade.get(key);
  if (!checked) {
    checked = await checkUncached(text, file, groups);
    // A file changed while it was checked: the result is of neither state for sure.
    if (key !== undefined && checkKey(text, file, groups) === key) checksMade.set(key, checked);
  }
  // The subject and title still the campaign's name (qa56 M1): the studio's own, read beside it.
  const named = await nameAsSubjectNotesOf(text, dirname(resolve(file)));
  return { errors: [...checked.errors], warnings: [...named, ...checked.warnings] };
}

/**
 * The checks made lately, by everything a check reads (checkKey): the edit page, its save, the
 * build tab, the groups page and the leaders' tab check the same text again and again (~15 ms
 * each, most of it drawing the papers for `paperNotes`).
 */
const checksMade = new LRUCache<string, Checked>({ max: 32 });

/**
 * What a check of `text` depends on besides the text: the campaign file's place, the groups
 * file's bytes (its columns, its first group), each picture the text names (its bytes, or the
 * folder it is missing from: the check names a file of a near name), and every file under the
 * campaign's templates/ (the papers drawn, the scripts of templates/web/). The program's own
 * templates and fonts do not change while it runs. Undefined (no caching) when a folder cannot
 * be listed.
 */
function checkKey(text: string, file: string, groups: string | undefined): string | undefined {
  try {
    const folder = dirname(resolve(file));
    const parts = [text, resolve(file), realpathSync(folder)];
    if (groups) parts.push(resolve(groups), stampOrDigest(groups) ?? '-');
    for (const { field, given } of assetsOf(text)) {
      const path = resolve(folder, given);
      const real = realOrNothing(path);
      parts.push(
        field,
        given,
        real ?? '-',
        stampOrDigest(path) ?? `-${stampOrDigest(dirname(path))}`,
      );
    }
    treeStamps(join(folder, 'templates'), parts);
    return JSON.stringify(parts);
  } catch {
    return undefined;
  }
}

/** The pictures a text names (assetsNamedIn: a parse of the whole text), by text. */
const namedAssets = new LRUCache<string, ReturnType<typeof assetsNamedIn>>({ max: 16 });

function assetsOf(text: string): ReturnType<typeof assetsNamedIn> {
  let named = namedAssets.get(text);
  if (!named) {
    named = assetsNamedIn(text);
    namedAssets.set(text, named);
  }
  return named;
}

function realOrNothing(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/** Each file and folder under `path` (itself included) with its digest or stamp, into `parts`. */
function treeStamps(path: string, parts: string[]): void {
  const stamp = stampOrDigest(path);
  parts.push(path, stamp ?? '-');
  if (stamp === undefined || !statSync(path).isDirectory()) return;
  for (const name of readdirSync(path).sort()) treeStamps(join(path, name), parts);
}

async function checkUncached(text: string, file: string, groups?: string): Promise<Checked> {
  try {
    // The checks' errors with the form's own (a công văn with no "Kính gửi" and a misspelt
    // {{group.nam}} are said in one round, not one after the other).
    const { campaign: typed, errors: checks, warnings } = checkedCampaign(text, file);
    // What prints poorly of its pictures (a logo too small to print sharp) is said too.
    const pictures: UserError[] = [];
    await resolveAssetPaths(typed, file, undefined, true, pictures);
    const list = groups ? await groupsList(groups) : undefined;
    const columns = list ? namedColumns(list) : undefined;
    // A measure's "| nữ" is the list's column "Nữ" when it has one, as the build reads it.
    const campaign = columns ? measuresOnList(typed, columns) : typed;
    const problems = campaignValueProblems(campaign, columns ?? []);
    const unchecked = (e: UserError) => columns === undefined && missingColumn(e) !== undefined;
    const shown = (e: UserError) => !unchecked(e) && !namesRefusedField(e, checks);
    return {
      errors: [
        ...checks,
        ...problems.filter(shown),
        // A measure's column the list lacks: every rate of it would go missing (qa18).
        ...(columns ? missingBaseColumns(campaign, columns, [], 'form') : []),
        // "[Giờ tập trung]" typed without its {{group.…}}: printed as written (qa51 m3).
        ...(list ? bracketedColumns(campaign, list.extraColumns) : []),
      ],
      warnings: [
        ...warnings.map(formWorded),
        ...pictures,
        ...problems.filter(unchecked),
        // An area column the list lacks: no totals per area on Kết quả and the report.
        ...(list
          ? missingTotalsColumn(campaign, list.extraColumns, list.groups, list.headers)
          : []),
        // A measure on a merged header: the first column under it (qa25 F4).
        ...(columns ? underHeaderNotes(campaign, columns, 'form') : []),
        // "| lượt tham gia": two words no unit the product knows and no column of the list,
        // said as check says it (output/measure-bases.ts guessedUnitNotes).
        ...(list ? guessedUnitNotes(campaign, list.extraColumns, 'form') : []),
        // "| cử tri" with two columns of cử tri: which one its rate is taken against.
        ...(columns ? peopleBaseNotes(typed, columns, 'form') : []),
        // A script in the folder's templates/web/ the leaders' pages do not run: said with the
        // rest, as serve says it among the ward's warnings at start (serve/ward.ts).
        ...refusedScriptWarnings(join(dirname(file), 'templates'), false),
        ...(isNoticeOnly(campaign) ? [NOTICE_ONLY] : []),
        // What build and check say of the papers: the kinds a campaign with no actions but a
        // flyer's fields does not make, and a field filled in that no paper prints.
        ...paperNotes(campaign, file, text, list),
        ...(isNoticeAndSheet(campaign) ? [NOTICE_AND_SHEET] : []),
        // A notice printing each group's own cells (its hour, its place): the bản gốc is the
        // first group's (qa51 M1), said before any build as the build says it.
        ...(list ? ownTextNotes(campaign, list) : []),
        // A tổ's own session the notice's schedule table says otherwise (qa50 m2), as check says.
        ...(list
          ? scheduleMismatches(
              campaign,
              list.groups,
              listTermOf(campaign.issuer.group_term, list),
              {
                venueHeader: list.headers.venue,
              },
            )
          : []),
        // A typed "Tên gọi các tổ" that calls a thôn's and a khu dân cư's heads by one word
        // (qa59 M4): said at the field before any build, as build says it.
        ...(list
          ? typedTermWarnings(
              campaign.issuer.group_term,
              list.groups.map((g) => g.name),
              unitHeaders(list.headers),
            )
          : []),
        // A people or households measure the list has no population or households for (qa21 #2).
        ...(list
          ? emptyBaseWarnings(
              campaign,
              list.groups,
              list.headers,
              (i) => ({ file: CAMPAIGN_VALUE, field: `measures.${i}.of`, line: 1 }),
              'form',
            )
          : []),
      ],
    };
  } catch (e) {
    if (!isUserError(e)) throw e;
    // The loader's problems, and what can be checked of the texts without a whole campaign.
    const values = campaignTextSyntaxProblems(text);
    // Text typed with a TCVN3 font, said in the same round as a field the loader refused: the
    // loader's own warnings of that round (a file converts it, the form refuses it).
    const legacy = warningsAlong(e).flatMap((w) => legacyRefusal(w) ?? []);
    return { errors: [...problemsOf(e), ...legacy, ...values], warnings: [] };
  }
}

/**
 * A load check's note as the form is filled in: an action's column title is written after the
 * "|" of its line there, under its step in campaign.yaml (qa40 M2).
 */
function formWorded(w: UserError): UserError {
  return w.hintText?.key === ACTION_COLUMN_FILE_HINT.key
    ? new UserError(w.text, w.where, ACTION_COLUMN_FORM_HINT)
    : w;
}

const UNKNOWN_VARIABLE = msg`unknown variable "${''}"`.key;
const TEMPLATE_ERROR = msg`template error: ${''}`.key;

/**
 * A text's {{…}} that names a field a check refused: the body's {{links.contest.url}} of a
 * contest with no page. The check says what to fill in; once it is, the variable is known, so
 * "no such variable" would be said of a consequence, and name the field in quotes twice over.
 */
function namesRefusedField(e: UserError, checks: readonly UserError[]): boolean {
  // Said as a template's problem: "template error: unknown variable …".
  const [inner] = e.text.key === TEMPLATE_ERROR ? e.text.values : [e.text];
  if (!isMessage(inner) || inner.key !== UNKNOWN_VARIABLE) return false;
  const named = String(inner.values[0] ?? '');
  return checks.some((c) => {
    const field = c.where.field;
    return (
      field !== undefined &&
      (named === field || named.startsWith(`${field}.`) || field.startsWith(`${named}.`))
    );
  });
}

/**
 * Build's and check's notes of the papers (output/unprinted-fields.ts campaignPaperNotes), drawn
 * for the list's group the build judges the kinds by, or a sample one before there is a list: the kinds not made said
 * as the build says it, then what to fill in on the form to have them.
 */
function paperNotes(
  campaign: Campaign,
  file: string,
  text: string,
  list: GroupsReport | undefined,
): UserError[] {
  // The group the build judges the kinds by: the first, unless another fills more of what the
  // campaign's texts read (output/fullest-group.ts, review52 #2).
  const judged = list && fullestGroup(campaign, list.groups, list.headers);
  const ctx =
    list && judged
      ? buildContext(campaign, judged, judged.id, undefined, undefined, list.headers)
      : sampleContext(campaign, list?.extraColumns);
  const { skipped, skippedKinds, unprinted } = campaignPaperNotes(
    campaign,
    file,
    text,
    ctx,
    campaignTemplateDir(file),
  );
  if (!skipped) return unprinted;
  const said = say(skipped.text, 'vi');
  return [new UserError(verbatim(`${upperFirst(said)}.${fillHint(skippedKinds)}`)), ...unprinted];
}

/** The kinds only actions make (a tick a household, a column a group): the others have more ways. */
const FROM_ACTIONS: ReadonlySet<string> = new Set(['checklist', 'tracker']);

/**
 * What to fill in on the form to have the kinds left out, in the same terms as the build's hint
 * (skipped-kinds.ts): the checklist and the tracking sheet from the actions alone; a flyer and a
 * poster from the points to know, a time, a place or a deadline too (qa59 M3: an awareness
 * campaign was sent to "Việc người dân cần làm", which made a household tick sheet).
 */
function fillHint(skippedKinds: readonly string[]): string {
  const words = (names: readonly string[]) =>
    names.flatMap((name) => kindInfo(name)?.vi ?? []).join(', ');
  const fromActions = skippedKinds.filter((name) => FROM_ACTIONS.has(name));
  const others = skippedKinds.filter((name) => !FROM_ACTIONS.has(name));
  const part = ' (phần Áp phích, tờ rơi, bảng theo dõi).';
  const links = others.some((name) => kindInfo(name)?.printsLinks)
    ? ' (áp phích: cả “Đường dẫn”)'
    : '';
  return [
    ...(others.length > 0
      ? [
          ` Muốn có ${words(others)} thì điền một trong các mục “Điều cần biết”, “Thời gian”, “Địa điểm”, “Thời hạn”, “Việc người dân cần làm”${links}${fromActions.length > 0 ? ';' : part}`,
        ]
      : []),
    ...(fromActions.length > 0
      ? [
          `${others.length > 0 ? ' muốn' : ' Muốn'} có ${words(fromActions)} thì điền mục “Việc người dân cần làm”${part}`,
        ]
      : []),
  ].join('');
}

/** The groups file as read (its columns by header: texts may name any); none if it cannot be read. */
async function groupsList(groups: string): Promise<GroupsReport | undefined> {
  try {
    return await groupsReportOf(groups);
  } catch (e) {
    // A file that cannot be read is the groups page's to show: its columns are not known.
    if (isUserError(e)) return undefined;
    throw e;
  }
}

export async function readCampaignText(file: string): Promise<string> {
  return (await readFile(file, 'utf8')).replace(/^\uFEFF/, '').normalize('NFC');
}

/**
 * Which state of the file a form was made from (a hash of its text): a save made from an older
 * state is refused, so one clerk's save never silently undoes another's.
 */
export function campaignVersion(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 22);
}

/** The form's text of every field, from the file (a file that does not parse gives blanks). */
export function campaignForm(text: string): Record<string, string> {
  return formValues(plainData(text) ?? {});
}

/** The file's keys no form field shows (kept in the file as they are). */
export function keysNotShown(text: string): string[] {
  const data = plainData(text);
  // The id is the studio's to keep (campaign-id.ts), not the office's to wonder about.
  return data === undefined ? [] : keysNotInForm(data).filter((k) => k !== 'id');
}

/**
 * The text's YAML as plain data, or undefined when it does not parse or repeats its aliases past
 * the loader's bound (an "alias bomb": the yaml library throws; the loader says so to the office,
 * and the form has nothing to show of it).
 */
function readableData(text: string): unknown {
  const doc = parseDocument(text);
  return doc.errors.length ? undefined : boundedDataOrNothing(doc);
}

/** The plain data of the texts read lately (the edit page reads one text twice), by text. */
const plainTexts = new LRUCache<string, { data: unknown }>({ max: 16 });

/** The text's YAML as plain data (a copy of its own), or undefined when it does not parse. */
function plainData(text: string): unknown {
  let known = plainTexts.get(text);
  if (!known) {
    known = { data: readableData(text) };
    plainTexts.set(text, known);
  }
  return structuredClone(known.data);
}

export interface SaveResult extends Checked {
  saved: boolean;
  /** Not saved: the file changed (at this time) since the form was made from it. */
  changedAt?: Date;
  /** Changed: the account whose save the file is now, when the studio recorded it. */
  changedBy?: string;
  /** Saved, or changed: the file's state now (campaignVersion). */
  version?: string;
}

/**
 * The form's values put into the file's document and checked; written only when the loader
 * accepts the result, so campaign.yaml is never left in a state the CLI refuses, and only when
 * the file is still the one the form was made from (`version`, when the form carries one).
 */
export function saveCampaignForm(
  campaign: { file: string; folder: string; groups?: string },
  form: Record<string, string>,
  version?: string,
  retired: readonly RetiredMeasure[] = [],
  /** The account saving: recorded in the save's own turn (two saves at once name each theirs). */
  user?: string,
): Promise<SaveResult> {
  const { file, folder } = campaign;
  return inTurn(file, async () => {
    const result = await save(file, campaign.groups, form, version, retired);
    if (result.saved && user && result.version) await writeSavedBy(folder, user, result.version);
    if (result.changedAt && result.version) {
      // Read in the same turn: the record is the file's state's own, no save between.
      const last = await readSavedBy(folder);
      if (last?.version === result.version) return { ...result, changedBy: last.user };
    }
    return result;
  });
}

/** The measures campaign text `text` holds, as written (none when it has none). */
function measuresOfText(text: string): { id?: unknown; label?: unknown; of?: unknown }[] {
  const data = plainData(text) as { measures?: unknown } | undefined;
  return Array.isArray(data?.measures) ? data.measures : [];
}

/**
 * The measures of the file (`text`) that saving `form` would take out of the campaign: none of
 * the form's lines keeps their id (campaign-fields.ts measuresFromForm), so the figures reported
 * on them would no longer count.
 */
export function measuresDropped(
  text: string,
  form: Record<string, string>,
  retired: readonly RetiredMeasure[] = [],
): RetiredMeasure[] {
  const before = measuresOfText(text);
  const typed = clean(form.measures ?? '');
  const after = new Set(
    typed === '' ? [] : measuresFromForm(typed, before, retired).map((m) => m.id),
  );
  return before
    .filter((m) => typeof m.id === 'string' && !after.has(m.id))
    .map((m) => ({ id: String(m.id), label: String(m.label ?? ''), of: String(m.of ?? '') }));
}

/** A measure's target as its line in the form says it ("hộ", "đồng", a column's name). */
const baseOf = (m: { label?: unknown; of?: unknown }) => measureLine(m).split(' | ').at(-1);

/**
 * The measures the form keeps (same id) with another target (`of`: "hộ" → a column "Số hộ nguy
 * cơ cao", qa58b M3): figures reported against the old base are then rated against the new one.
 */
export function measuresRetargeted(
  text: string,
  form: Record<string, string>,
  retired: readonly RetiredMeasure[] = [],
): (RetiredMeasure & { now: string })[] {
  const before = measuresOfText(text);
  const typed = clean(form.measures ?? '');
  if (typed === '') return [];
  const after = new Map(measuresFromForm(typed, before, retired).map((m) => [m.id, m]));
  return before.flatMap((m) => {
    const now = typeof m.id === 'string' ? after.get(m.id) : undefined;
    const was = String(m.of ?? '');
    // By the word the line shows ("đồng" for `of: đồng` and for `of: amount`, a label's own
    // default): a reworded label with its "| đồng" kept is no new target (qa43 minor 2).
    if (!now || baseOf(now) === baseOf(m)) return [];
    return [{ id: String(m.id), label: String(m.label ?? ''), of: was, now: String(now.of ?? '') }];
  });
}

/**
 * One change of the file's document that needs no form (the logo the office uploaded): made in
 * the same turn as the form's saves, comments kept, written whole.
 */
export function editCampaignDocument(file: string, edit: (doc: Document) => void): Promise<void> {
  return inTurn(file, async () => {
    const doc = parseDocument(await readCampaignText(file));
    if (doc.errors.length) {
      const line = doc.errors[0]?.linePos?.[0]?.line;
      throw new UserError(msg`invalid YAML at line ${line ?? '?'}`, { file, line });
    }
    edit(doc);
    await writeFileAtomic(file, doc.toString(TO_STRING));
  });
}

/**
 * A line of a many-line field (the body) refused for its old font, at that line of the field as
 * the form says it ("Dòng 3: …"), not at the file's line, which the form does not show.
 */
function inFieldLine(e: UserError, doc: Document, text: string): UserError {
  const { field, line } = e.where;
  if (!isLegacyRefusal(e) || !field || line === undefined) return e;
  const value = doc.getIn(field.split('.'));
  if (typeof value !== 'string' || !value.includes('\n')) return e;
  const count = value.split('\n').length;
  for (let n = 1; n <= count; n++) {
    if (campaignValueLine(text, field, n) === line)
      return new UserError(e.text, { file: CAMPAIGN_VALUE, field, line: n }, e.hintText);
  }
  return e;
}

async function save(
  file: string,
  groups: string | undefined,
  form: Record<string, string>,
  version: string | undefined,
  retired: readonly RetiredMeasure[],
): Promise<SaveResult> {
  const current = await readCampaignText(file);
  if (version && version !== campaignVersion(current)) {
    return {
      saved: false,
      errors: [],
      warnings: [],
      changedAt: (await stat(file)).mtime,
      version: campaignVersion(current),
    };
  }
  const doc = parseDocument(current);
  if (doc.errors.length) {
    const line = doc.errors[0]?.linePos?.[0]?.line;
    return {
      saved: false,
      errors: [new UserError(msg`invalid YAML at line ${line ?? '?'}`, { file, line })],
      warnings: [],
    };
  }
  const own = formProblems(form);
  // Before the form's changes: a file without an id keeps the key of the figures it has.
  keepCampaignId(doc);
  applyForm(doc, form, retired);
  const text = doc.toString(TO_STRING);
  const checked = await checkCampaignText(text, file, groups);
  // A problem of the form's text is said once, as typed; not again as what it became.
  const shown = (e: UserError) =>
    !own.covered.some((p) => e.where.field === p || e.where.field?.startsWith(`${p}.`));
  // Text typed with a TCVN3 font, which a file's loader converts: the form is not saved with it.
  const legacy = checked.warnings.flatMap((w) => legacyRefusal(w) ?? []);
  const errors = [...own.errors, ...legacy, ...checked.errors.filter(shown)].map((e) =>
    inFieldLine(e, doc, text),
  );
  if (errors.length) {
    const warnings = checked.warnings.filter((w) => !legacyRefusal(w));
    return { ...checked, errors, warnings, saved: false };
  }
  await writeFileAtomic(file, text);
  return { ...checked, saved: true, version: campaignVersion(text) };
}

/**
 * The notice's fields that print each group's own cells, the first of them said as the build
 * says it (output/original.ts): the ward's bản gốc, unmarked, is the first group's text.
 */
function ownTextNotes(campaign: Campaign, list: GroupsReport): UserError[] {
  const [first] = list.groups;
  if (!first || list.groups.length < 2 || !campaign.notice) return [];
  // The flyer's own hour and place, which the body does not print (qa51 m4).
  const unsaid = unsaidOwnTime(campaign, list.groups);
  const notes = unsaid
    ? [new UserError(unsaid, { field: 'notice.body' }, UNSAID_OWN_TIME_HINT)]
    : [];
  for (const field of OWN_TEXT_FIELDS) {
    const fields = perGroupFields(campaign, field, list.groups);
    if (!fields.length) continue;
    const what = perGroupSaid(fields, list.headers);
    notes.push(
      new UserError(
        ownTextMessage(what, msg`the unmarked original`, first.name),
        { field },
        ownTextHint(what),
      ),
    );
    break;
  }
  return notes;
}

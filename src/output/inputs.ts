/**
 * Output stage: everything a build reads, loaded and checked once — in the main thread to plan,
 * and once per worker thread to render. Problems with the campaign or the templates stop the
 * build; a problem with one group's row fails only that group (unless --strict).
 */

import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { CheapLru } from '../cheap-lru.js';
import {
  inRowOrder,
  isUserError,
  problemsOf,
  throwProblems,
  UserError,
  UserErrors,
} from '../errors.js';
import { type DocumentKind, hasNeeded, type SectionNote } from '../kinds/kind.js';
import { KINDS } from '../kinds/registry.js';
import { renderSections, templateFile, templateText } from '../kinds/render.js';
import { DEFAULT_FONT_DIR, type FontSet } from '../layout/font-set.js';
import { type Campaign, campaignValueLine, loadCampaign } from '../load/campaign.js';
import { isNoticeOnlyWarning } from '../load/campaign-checks.js';
import {
  type Field,
  HEADERS,
  headerNamed,
  isNotesColumn,
  isRowCounter,
  normaliseHeader,
} from '../load/groups/columns.js';
import {
  type GroupsReport,
  isRosterSheetNote,
  loadGroupsReport,
  namedColumns,
  type SkippedRow,
  unitHeaders,
} from '../load/groups/index.js';
import { DECIMAL, parseCount } from '../load/groups/values.js';
import { measuresOnList } from '../load/measure-of.js';
import { type LoadedRoster, loadRostersReport } from '../load/roster-folder.js';
import { pointerIn, venueHint } from '../load/schedule-checks.js';
import type { Group } from '../load/types.js';
import { msg } from '../messages/message.js';
import { unusedCountsHint } from '../messages/unused-counts-hint.js';
import { buildContext, type DocContext, groupSlugs, sheetResidents } from '../model/context.js';
import {
  type GroupTerm,
  type GroupTermReading,
  MIXED_GROUP_TERM,
  readGroupTerm,
} from '../model/group-term.js';
import { baseColumnOf } from '../model/measure-base.js';
import { rosterCountWarnings, rosterWarningsFor } from '../model/roster-checks.js';
import { rosterExtrasWarnings } from '../model/roster-extras-said.js';
import type { RenderOptions } from '../render/output.js';
import { groupFieldsUsed } from '../template/check.js';
import type { Sections } from '../template/sections.js';
import { wardDay } from '../ward-time.js';
import { dateSerialWarnings } from './date-serials.js';
import {
  deadlineDayWarnings,
  emptyCellWarnings,
  joinedLineWarnings,
  undatedWhenWarnings,
  yearlessWhenWarnings,
} from './empty-cells.js';
import { eventPastWarnings } from './event-past.js';
import { fullestGroup } from './fullest-group.js';
import { groupLinkProblems } from './group-links.js';
import {
  countColumnOf,
  emptyBaseWarnings,
  guessedUnitNotes,
  measureBaseErrors,
  measureBaseWarnings,
  measureColumns,
  missingTotalsColumn,
  underHeaderNotes,
} from './measure-bases.js';
import { peopleBaseNotes } from './people-base-notes.js';
import { checkCampaignCoverage, checkGroupCoverage, checkRosterCoverage } from './preflight.js';
import { printedAsTypedWarnings } from './printed-as-typed.js';
import { printedCellWarnings } from './printed-days.js';
import { roomWarnings } from './room-notes.js';
import { scheduleMismatches } from './schedule-table.js';
import { nothingMadeError, skippedKindsNote } from './skipped-kinds.js';
import {
  campaignTemplates,
  checkTemplates,
  inCampaignFile,
  templateProblems,
  withValueProblems,
} from './template-checks.js';
import { missingSections } from './template-sections.js';
import { titleOnlyWarnings } from './title-only.js';
import { typedTermNotes } from './typed-term-notes.js';

export interface InputSpec {
  campaign: string;
  groups: string;
  rosters?: string;
  fontDir?: string;
  templateDir?: string;
}

/** A group that will not be built, and why. */
export interface GroupFailure {
  id?: string;
  name?: string;
  row?: number;
  /** The row's sheet, when the groups were read from several sheets of a workbook. */
  sheet?: string;
  error: UserError;
}

export interface BuildInputs {
  /** As given, with `templateDir` resolved (see templateDirOf). */
  spec: InputSpec;
  /** The kinds asked for that have something to print for this campaign. */
  kinds: DocumentKind[];
  campaign: Campaign;
  campaignBytes: Uint8Array;
  groupsBytes: Uint8Array;
  /** The groups file's text as load decoded it (a text table's; GroupsReport.text). */
  groupsText?: string;
  /** Good groups in print order: the groups file's (its rows', sheet after sheet). */
  groups: Group[];
  failures: GroupFailure[];
  /** The groups file's rows left out on purpose (a totals row, a row hidden in Excel…). */
  skipped: SkippedRow[];
  /**
   * The groups among `failures` whose only fault is a character the PDF fonts lack (a leader's
   * name in Chinese letters, an emoji): not printed, but a web page can show them, so the
   * leaders' pages and the results keep them (serve/ward.ts). Each with its failure's error.
   */
  unprintable: { group: Group; error: UserError }[];
  /** Every group's place in the groups file (0 first), the unprintable ones' too. */
  listOrder: ReadonlyMap<string, number>;
  slugs: Map<string, string>;
  rosters: Map<string, LoadedRoster>;
  /** The rosters' file as read, when they are one list for the whole ward (not a folder). */
  rostersBytes?: Uint8Array;
  fonts: FontSet;
  templates: Map<string, string>;
  created: Date;
  /** The ward's word for its groups, read once from all of them (model/group-term.ts). */
  term: GroupTerm;
  contextOf(group: Group): DocContext;
  /** Each kind's sections for the first group (`groups[0]`), drawn once; undefined when they cannot be. */
  firstDrawn(kind: DocumentKind): Sections | undefined;
  /**
   * Whether a kind has nothing to print for this campaign (its `needs` section is empty, judged
   * on the first group): known for the kinds asked, judged when asked for another kind — one an
   * earlier build made, whose files may now be out of date.
   */
  nothingToPrint(kind: DocumentKind): boolean;
  /** Worth telling the user though nothing failed: a file converted from a legacy encoding… */
  warnings: UserError[];
  /**
   * The groups file's notes columns ("Ghi chú") no text prints: said once where the office looks
   * at its inputs (`check`, the studio's groups page), not by every build, and nothing to fix.
   */
  notesColumns: readonly string[];
  /** The residents list's notes columns ("Ghi chú"), said as the groups file's are. */
  rosterNotesColumns: readonly string[];
  /**
   * With `perKind`, the kinds asked for whose template cannot be drawn for this campaign, by
   * kind name, each with its problem: left out of `kinds` (empty otherwise: such a problem
   * stops the load).
   */
  kindProblems: Map<string, UserError>;
}

export interface LoadOptions {
  /**
   * Go on past a kind whose template has a problem, keeping the problem in `kindProblems`: the
   * studio's preview shows the other kinds, and that kind's own problem in its place. A build
   * and `check` stop instead, before anything is written.
   */
  perKind?: boolean;
  /**
   * False in a build's worker thread: its main thread checked the campaign's images before it
   * started the workers (and hands them the prepared pictures), so the worker asks for no
   * picture to be read again.
   */
  checkImages?: boolean;
  /**
   * How the groups file is read (loadGroupsReport): the studio's reads it once for its groups
   * tab and its preview while the file is the same (studio/groups-read.ts). Not to mutate.
   */
  readGroups?: (file: string) => Promise<GroupsReport>;
  /**
   * The ward's day the papers are made (YYYY-MM-DD), against which a deadline already over is
   * warned of. Default: today (`wardDay`); the entry points pass their own clock's day.
   */
  today?: string;
}

/** Groups checked between two turns of the event loop (a few milliseconds for 500). */
const GROUPS_A_TURN = 500;

/** One kind's problems as the one error a page or a command says. */
const asOneError = (problems: readonly UserError[]): UserError | undefined => {
  try {
    throwProblems(problems);
  } catch (e) {
    if (isUserError(e)) return e;
    throw e;
  }
  return undefined;
};

/** A campaign's own templates: the `templates/` folder beside its campaign.yaml, if any. */
export function campaignTemplateDir(campaignFile: string): string | undefined {
  const dir = join(dirname(campaignFile), 'templates');
  try {
    return statSync(dir).isDirectory() ? dir : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The templates folder a build uses: --templates when given, else the campaign's own. Either
 * overrides the tool's templates kind by kind (templateFile falls back to the default for a
 * template the folder does not have).
 */
export function templateDirOf(spec: InputSpec): string | undefined {
  if (spec.templateDir === undefined) return campaignTemplateDir(spec.campaign);
  // A folder given that is not there (a typo) would print the tool's own templates unsaid.
  const found = statSync(spec.templateDir, { throwIfNoEntry: false });
  if (!found?.isDirectory()) {
    throw new UserError(
      found
        ? msg`--templates names ${spec.templateDir}, which is a file, not a folder`
        : msg`the templates folder ${spec.templateDir} does not exist`,
      { file: spec.templateDir, field: '--templates' },
      msg`Give the folder that holds the templates (notice.hbs, poster.hbs…), or leave out --templates to use the campaign's templates/ folder or the tool's own.`,
    );
  }
  return spec.templateDir;
}

/**
 * Where the campaign wrote the title a kind's note is about: the action whose column (or step)
 * it is, as "Đã cài VNeID" beside the app's own column (qa7 A2: the note named the tool's own
 * template, a file the office never wrote). Undefined when no action has it.
 */
function actionWriting(
  note: SectionNote,
  campaign: Campaign,
  file: string,
  bytes: Uint8Array,
): { file: string; line?: number; field: string } | undefined {
  const title = note.title?.normalize('NFC').trim();
  if (!title) return undefined;
  const i = campaign.actions.findIndex((a) => (a.column || a.step).trim() === title);
  const action = campaign.actions[i];
  if (!action) return undefined;
  const field = `actions.${i}.${action.column ? 'column' : 'step'}`;
  const source = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
  return { file, line: campaignValueLine(source, field, 1), field };
}

/** Whether a tick column's title names the app ("Đã cài VNeID" for VNeID), whatever its case. */
const namesApp = (title: string | undefined, app: string): boolean =>
  Boolean(title?.toLocaleLowerCase('vi').includes(app.toLocaleLowerCase('vi').trim()));

/**
 * An action whose column is the one the sheet has for the app (qa10 Q8: "cột … có hai lần" sent
 * the office looking for a second column its file does not have): said as that, and that the
 * sheet prints it once, which is what the office meant.
 */
function appColumnNote(
  title: string,
  app: string,
  where: { file: string; line?: number; field: string },
): UserError {
  return new UserError(
    msg`the tick column "${title}" is the one the tracking sheet has for the app ${app}: it is printed once`,
    where,
    msg`Nothing to fix.`,
  );
}

/**
 * A groups column that no field took and no template prints is data nobody will see. A column of
 * counts ("Số hộ kinh doanh thực phẩm": 14, 0, 22…) may be meant as a measure's base, which the
 * hint then says (qa54 p12: the office wanted exactly that, and was told only to print or delete
 * it); the warning goes once a measure takes it.
 */
function unusedColumnWarnings(
  extraColumns: readonly string[],
  groupsFile: string,
  used: () => ReadonlySet<string>,
  groups: readonly Group[],
  /** The measure whose label counts what the column counts ("Số thiếu nhi tham gia"), if any. */
  countedBy: (header: string) => string | undefined = () => undefined,
): UserError[] {
  if (extraColumns.length === 0) return [];
  return (
    extraColumns
      // "STT" beside the "Mã tổ" that is the id: the list's row numbers, nothing to print; the
      // office's own notes ("Ghi chú"), said as such (BuildInputs.notesColumns).
      .filter((header) => !isRowCounter(header) && !isNotesColumn(header) && !used().has(header))
      .map(
        (header) =>
          new UserError(
            // The place names the column ("field "Tuyến thu gom rác": …"): the sentence does not again.
            msg`this column is not one the tool knows, and no template prints it`,
            { file: groupsFile, field: header },
            // A measure that counts what the column counts is named first (qa55 M5), else a
            // column of counts is offered as a measure's base (qa54 p12).
            countedByHint(header, countedBy(header)) ??
              (countsColumn(groups, header)
                ? unusedCountsHint(header)
                : msg`Print it with {{group.[${header}]}} in campaign.yaml or a template, rename it to a known header (README.md › Inputs › Groups), or delete the column.`),
          ),
      )
  );
}

/** Every filled cell of the column is a count ("14", "1.250") or a figure ("95,5"), and one is. */
function countsColumn(groups: readonly Group[], header: string): boolean {
  const cells = groups.map((g) => (g.columns?.[header] ?? '').trim()).filter((c) => c !== '');
  return (
    cells.length > 0 && cells.every((c) => typeof parseCount(c) === 'number' || DECIMAL.test(c))
  );
}

/**
 * A column counting what a measure counts ("Số thiếu nhi" beside "Số thiếu nhi tham gia |
 * người"): its fix is the measure's base, not deleting it (qa55 M5).
 */
const countedByHint = (header: string, label: string | undefined) =>
  label === undefined
    ? undefined
    : msg`To take the rate of "${label}" against this column, write "${header}" after the "|" of its line (of: ${header} in campaign.yaml).`;

/**
 * The groups file's place column ("Địa điểm", "Nhà văn hóa"), read as each group's `venue`,
 * when no text prints it (qa29 M1): a known field prints only where a text names it
 * (`where: "{{group.venue}}"`), so a list of each group's own place would be dropped without a
 * word, while the unknown columns beside it are warned of. Said only when the place is really
 * missing (review 38): the column gives the groups different places, and the campaign sends
 * residents somewhere (its texts speak of a "địa điểm", or it has a `where`) without one fixed
 * place of its own (no `where`, a `where` of other columns, or one that points at a table).
 * A `where` that is one place ("Hội trường UBND phường") is the office's choice: the ward's
 * standard list keeps its cultural-house column, and a column of one place for all says nothing
 * the campaign does not. A campaign with no place at all (an app to install) prints none by
 * design (README: no `where`, no "Địa điểm"). The other known fields are always used (the
 * name, the leader and phone on the leader's page, the counts for the tracking sheet and the
 * results).
 */
function unusedVenueWarnings(
  campaign: Campaign,
  header: string | undefined,
  groups: readonly Group[],
  groupsFile: string,
  used: () => ReadonlySet<string>,
  base: ReadonlySet<string>,
): UserError[] {
  if (header === undefined) return [];
  const where = (campaign.where ?? '').normalize('NFC').trim();
  const onePlace = where !== '' && !where.includes('{{') && pointerIn(where) === undefined;
  const place =
    where !== '' ||
    campaignTemplates(campaign).some((t) => /địa điểm/iu.test(t.text.normalize('NFC')));
  if (onePlace || !place) return [];
  const places = new Set(
    groups.map((g) => (g.venue ?? '').normalize('NFC').trim().toLocaleLowerCase('vi')),
  );
  if (places.size < 2) return [];
  const printed = [...used()].some(
    (f) => f === 'venue' || normaliseHeader(f) === normaliseHeader(header),
  );
  if (printed || base.has(normaliseHeader(header))) return [];
  return [
    new UserError(
      msg`this column is read as each group's place, but no text prints it`,
      { file: groupsFile, field: header },
      venueHint(header),
    ),
  ];
}

/** Warnings about what a build makes, not the inputs (the kinds a campaign skips). */
const BUILD_NOTES = new WeakSet<UserError>();
/** Whether a warning of BuildInputs only says what a build makes (nothing for `serve` to say). */
export const isBuildNote = (e: UserError): boolean => BUILD_NOTES.has(e);

export async function loadBuildInputs(
  given: InputSpec,
  asked: readonly DocumentKind[] = KINDS,
  options: LoadOptions = {},
): Promise<BuildInputs> {
  const spec: InputSpec = { ...given, templateDir: templateDirOf(given) };
  // The groups file is read while the campaign's pictures are checked, in their own process
  // (load/image-process.ts: ~0.2 s to start it). A campaign that does not load is still said
  // first, as before; the groups file's own problem then waits for the next run.
  const groupsRead = (options.readGroups ?? loadGroupsReport)(spec.groups);
  groupsRead.catch(() => {});
  const {
    campaign: loaded,
    bytes: campaignBytes,
    warnings,
  } = await loadCampaign(spec.campaign, {}, { checkImages: options.checkImages }).catch(
    async (e: unknown) => {
      // What the campaign's texts hold that cannot be printed, said with the loader's problems.
      throw await withValueProblems(e, spec.campaign);
    },
  );
  const report = await groupsRead;
  // A measure's "| nữ" is the list's column "Nữ" when it has one (measuresOnList).
  const campaign = measuresOnList(loaded, namedColumns(report));
  const failures: GroupFailure[] = report.failures.map((f) => ({ ...f }));
  // The list's own order, the rows' (a tổ added under another, with a new id, stays there: qa26
  // F7), for the print files, the leaders' pages, the QR sheet and the report alike.
  const groups = [...report.groups];
  const slugs = groupSlugs(groups);
  const rostersRead = spec.rosters
    ? await loadRostersReport(
        spec.rosters,
        groups.map((g) => g.id),
        groups.map((g) => g.id),
        // A ward-wide list's rows name their groups by id or name, as a results file's do.
        {
          groups,
          hidden: { file: spec.groups, rows: report.skipped.filter((r) => r.why === 'hidden') },
        },
      )
    : undefined;
  const rosters = rostersRead?.rosters ?? new Map<string, LoadedRoster>();
  // A group whose roster cannot be read fails as a bad row of the groups file does: said with
  // the roster's file, row and column, and the other groups build (qa10 Q13). A build that makes
  // no tracking sheet does not need the roster: its problems are warnings then.
  const rosterWarnings: UserError[] = [];
  if (rostersRead && rostersRead.failed.size > 0) {
    const needed = asked.some((k) => k.readsRoster);
    for (const [id, error] of rostersRead.failed) {
      const g = groups.find((x) => x.id === id);
      if (!needed || !g) {
        rosterWarnings.push(...problemsOf(error));
        continue;
      }
      failures.push({ id: g.id, name: g.name, row: g.source.row, sheet: g.source.sheet, error });
      groups.splice(groups.indexOf(g), 1);
    }
  }
  // fontkit loads only here, once the campaign and the groups are read.
  const { loadFonts } = await import('../layout/fonts.js');
  const fonts = loadFonts(spec.fontDir ?? DEFAULT_FONT_DIR);
  const families = [...new Set(asked.map((k) => k.family))];
  const templateOf = (k: DocumentKind): [string, string] => {
    const file = templateFile(k, spec.templateDir);
    return [file, templateText(file)];
  };
  const templates = new Map(asked.map(templateOf));
  // Every branch of every template, before fonts: a misspelt name is found even where the first
  // group's documents do not go.
  const kindProblems = new Map<string, UserError>();
  if (options.perKind) {
    const found = templateProblems(
      campaign,
      spec.campaign,
      campaignBytes,
      templates,
      namedColumns(report),
    );
    throwProblems(found.campaign);
    for (const kind of asked) {
      const problem = asOneError(found.byFile.get(templateOf(kind)[0]) ?? []);
      if (problem) kindProblems.set(kind.name, problem);
    }
  } else {
    checkTemplates(campaign, spec.campaign, campaignBytes, templates, namedColumns(report));
  }
  // A measure's column the groups file lacks: every rate of it would go missing.
  throwProblems(
    measureBaseErrors(campaign, spec.campaign, campaignBytes, report.groups, report.extraColumns),
  );
  // Whether a column is printed depends on every kind's template, not only those asked for;
  // asked only when the groups file has columns the tool does not know (parsing every template
  // cost a one-poster build ~20 ms of CPU).
  let printed: Set<string> | undefined;
  const printedColumns = () => {
    printed ??= new Set(
      [
        ...KINDS.map((k) => templateOf(k)[1]),
        ...campaignTemplates(campaign).map((t) => t.text),
      ].flatMap((t) => [...groupFieldsUsed(t)]),
    );
    return printed;
  };
  // A column that looks like a missing field ("Nhóm Zalo" beside no phone) but that a text
  // prints by its header is the ward's own column: the loader's "is it …?" is not said.
  const lookAlikePrinted = (w: UserError) =>
    report.lookAlikeWarnings.includes(w) && printedColumns().has(w.where.field ?? '');
  // The area column the results are totalled by (`totals_by`) is used too, though no text prints it.
  // "Số cử tri" is the list's "Số cử tri – Tổng số" when that is its first column under it.
  const baseColumns = new Set(
    [...measureColumns(campaign), ...(campaign.totals_by ? [campaign.totals_by] : [])].map((c) =>
      normaliseHeader(headerNamed(c, report.extraColumns) ?? c),
    ),
  );
  checkCampaignCoverage(
    campaign,
    spec.campaign,
    [...templates].map(([file, text]) => ({ file, text })),
    fonts,
    families,
    new TextDecoder().decode(campaignBytes),
  );
  checkRosterCoverage(rosters, fonts, families);
  const good: Group[] = [];
  const unprintable: { group: Group; error: UserError }[] = [];
  // A group's own link the notice prints as a QR code, checked as the campaign's links are.
  const printsNotice = asked.some((k) => k.name === 'notice');
  for (const [i, g] of groups.entries()) {
    // Other requests answered between every few hundred groups: a studio checks a list of
    // 20,000 in ~250 ms of its one thread, which a leader's page waited for (qa25b F4).
    if (i % GROUPS_A_TURN === GROUPS_A_TURN - 1) await new Promise((go) => setImmediate(go));
    try {
      checkGroupCoverage(g, fonts, families, report.headers);
    } catch (e) {
      if (!isUserError(e)) throw e;
      failures.push({ id: g.id, name: g.name, row: g.source.row, sheet: g.source.sheet, error: e });
      unprintable.push({ group: g, error: e });
      continue;
    }
    // Every bad link of the row, each at its column; the group fails as a bad row does.
    const [bad, ...more] = printsNotice ? groupLinkProblems(campaign, g) : [];
    if (bad) {
      const error = more.length ? new UserErrors([bad, ...more]) : bad;
      failures.push({ id: g.id, name: g.name, row: g.source.row, sheet: g.source.sheet, error });
    } else good.push(g);
  }
  const reading = readGroupTerm(
    campaign.issuer.group_term,
    groups.map((g) => g.name),
    unitHeaders(report.headers),
  );
  const { term } = reading;
  // A group's context, built once for the groups asked again and again — the first and the
  // roomiest (each kind's checks and room notes), a served group's pages — and kept for the last
  // 64 only, so a build of thousands of groups holds no more of them.
  const contexts = new CheapLru<Group, DocContext>({ max: 64 });
  const contextOf = (g: Group): DocContext => {
    let ctx = contexts.get(g);
    if (!ctx) {
      ctx = buildContext(
        campaign,
        g,
        slugs.get(g.id) ?? g.id,
        rosters.get(g.id)?.residents,
        term,
        report.headers,
      );
      contexts.set(g, ctx);
    }
    return ctx;
  };
  // A template error (a misspelt variable) is the campaign's or the template's, not a group's:
  // found on the first group, it stops the build before any file is written.
  // A kind whose template leaves its needed section empty has nothing to print for this
  // campaign (the app poster of a campaign with no app): it is skipped, with a note.
  const first = good[0];
  // Each kind's sections for the first group (and the roomiest, room-notes.ts), drawn once: the
  // check below, nothingToPrint, the unprinted-fields warning, the room notes and the title-only
  // warnings read the same drawing (each drew its own before: a 3-group build spent ~0.15 s of
  // CPU on the copies, and the room notes drew the first group's again).
  const drawnFor = new Map<Group, Map<DocumentKind, { sections: Sections } | { error: unknown }>>();
  const sectionsOf = (kind: DocumentKind, group: Group): Sections => {
    let byKind = drawnFor.get(group);
    if (!byKind) {
      byKind = new Map();
      drawnFor.set(group, byKind);
    }
    let drawn = byKind.get(kind);
    if (!drawn) {
      try {
        // The templates as read (a kind not read falls back to the disk): the checks, the room
        // notes and nothingToPrint judge what the documents print (review44 #5).
        drawn = { sections: renderSections(kind, contextOf(group), spec.templateDir, templates) };
      } catch (error) {
        drawn = { error };
      }
      byKind.set(kind, drawn);
    }
    if ('error' in drawn) throw drawn.error;
    return drawn.sections;
  };
  // Whether a kind has anything to print is judged on the first group, and on the group whose
  // cells the campaign's texts read are the most filled in when the first's leave its needed
  // sections empty: a time and place of the list's columns, empty in its first row, made no
  // poster or flyer for anyone (review52 #2). One group drawn more at most, never each group.
  let fullest: Group | undefined;
  const fullestHas = (kind: DocumentKind): boolean => {
    fullest ??= fullestGroup(campaign, good, report.headers);
    if (!fullest || fullest === first) return false;
    try {
      return hasNeeded(kind, sectionsOf(kind, fullest));
    } catch {
      // The fullest group's own problem is its own (its row fails when built), not the kind's.
      return false;
    }
  };
  const created = new Date(`${campaign.issued}T00:00:00+07:00`);
  const kinds: DocumentKind[] = [];
  const empty = new Map<string, boolean>();
  // Kinds skipped for the campaign, and what a kind prints otherwise than written.
  const kindNotes: UserError[] = [];
  const skipped: DocumentKind[] = [];
  for (const kind of asked) {
    if (kindProblems.has(kind.name)) continue;
    if (!first) {
      kinds.push(kind);
      continue;
    }
    let sections: ReturnType<typeof renderSections>;
    try {
      sections = sectionsOf(kind, first);
    } catch (e) {
      const problem = inCampaignFile(e, spec.campaign, campaignBytes);
      if (!options.perKind || !isUserError(problem)) throw problem;
      kindProblems.set(kind.name, problem);
      continue;
    }
    const lacking = await missingSections(
      kind,
      sections.file,
      templates.get(sections.file) ?? '',
      contextOf(first),
      { fonts, created, templateDir: spec.templateDir, templates },
    );
    if (lacking) {
      if (!options.perKind) throw lacking;
      kindProblems.set(kind.name, lacking);
      continue;
    }
    empty.set(kind.name, !hasNeeded(kind, sections) && !fullestHas(kind));
    if (empty.get(kind.name)) skipped.push(kind);
    else {
      for (const note of kind.checkSections?.(sections, fonts) ?? []) {
        const where = actionWriting(note, campaign, spec.campaign, campaignBytes);
        kindNotes.push(
          where && note.twice && campaign.app && namesApp(note.title, campaign.app.name)
            ? appColumnNote(note.title ?? '', campaign.app.name, where)
            : new UserError(
                note.text,
                where ?? { file: sections.file, field: note.section ?? 'columns' },
                note.hint,
              ),
        );
      }
      kinds.push(kind);
    }
  }
  // Nothing asked for can be made (`--kind poster` for a campaign without an app): refused
  // before any file is written, rather than a build of no document and empty ZIPs (qa8 B1).
  if (kinds.length === 0 && skipped.length > 0 && kindProblems.size === 0)
    throw nothingMadeError(skipped, campaign, spec.campaign);
  const skipNote = skippedKindsNote(skipped, kinds, campaign, spec.campaign);
  if (skipNote) {
    BUILD_NOTES.add(skipNote);
    kindNotes.unshift(skipNote);
  }
  kindNotes.push(
    ...(await roomWarnings(
      kinds,
      good,
      contextOf,
      sectionsOf,
      fonts,
      created,
      spec.campaign,
      new TextDecoder().decode(campaignBytes),
    )),
  );
  const { days: printedDays, slips: printedSlips } = printedCellWarnings(campaign, good, term);
  return {
    spec,
    kinds,
    campaign,
    campaignBytes,
    groupsBytes: report.bytes,
    ...(report.text !== undefined && { groupsText: report.text }),
    groups: good,
    failures,
    skipped: report.skipped,
    unprintable,
    listOrder: new Map(groups.map((g, i) => [g.id, i])),
    slugs,
    rosters,
    ...(rostersRead?.bytes ? { rostersBytes: rostersRead.bytes } : {}),
    fonts,
    templates,
    created,
    term,
    contextOf,
    firstDrawn: (kind) => {
      if (!first) return undefined;
      try {
        return sectionsOf(kind, first);
      } catch {
        return undefined;
      }
    },
    nothingToPrint(kind) {
      const known = empty.get(kind.name);
      if (known !== undefined) return known;
      let none = false;
      if (kind.needs && first) {
        try {
          none = !hasNeeded(kind, sectionsOf(kind, first)) && !fullestHas(kind);
        } catch {
          // A template problem of a kind this run does not make is not this run's to report:
          // its files are left as they are.
        }
      }
      empty.set(kind.name, none);
      return none;
    },
    kindProblems,
    // A column the office may have meant to print is never dropped without a word, and is no
    // column to delete from the office's own list either (qa23 #9).
    notesColumns: report.extraColumns.filter((h) => isNotesColumn(h) && !printedColumns().has(h)),
    rosterNotesColumns: rostersRead?.notesColumns ?? [],
    // Those of a row in the file's order, whatever their kind (qa29).
    warnings: inRowOrder([
      ...kindNotes,
      // What only the notice prints is said when the notice is made (not by `--kind poster`).
      ...(asked.some((k) => k.name === 'notice')
        ? warnings
        : warnings.filter((w) => !isNoticeOnlyWarning(w))),
      // The note pointing a sheet of residents at --rosters, once a residents list is given.
      ...report.warnings.filter(
        (w) => !lookAlikePrinted(w) && !(spec.rosters && isRosterSheetNote(w)),
      ),
      // A look-alike column ("Số hộ thường xuyên" beside no "Số hộ") has the loader's own warning,
      // which says which field it looks like.
      // A column a measure takes its rate against is used, though no text prints it.
      ...unusedColumnWarnings(
        report.extraColumns.filter(
          (h) =>
            !report.lookAlikeColumns.includes(h) &&
            !baseColumns.has(normaliseHeader(h)) &&
            // The former ward's column tells same-named groups apart (load/groups/rows.ts).
            h !== report.areaColumn,
        ),
        spec.groups,
        printedColumns,
        good,
        (h) =>
          campaign.measures.find(
            (m) => baseColumnOf(m) === undefined && countColumnOf(m, good) === h,
          )?.label,
      ),
      // A tổ's own session the notice's schedule table says otherwise (qa50 m2).
      ...scheduleMismatches(campaign, good, term, {
        venueHeader: report.headers.venue,
        campaignFile: spec.campaign,
      }),
      ...unusedVenueWarnings(
        campaign,
        report.headers.venue,
        good,
        spec.groups,
        printedColumns,
        baseColumns,
      ),
      ...missingTotalsColumn(campaign, report.extraColumns, good, report.headers).map(
        (e) => inCampaignFile(e, spec.campaign, campaignBytes) as UserError,
      ),
      ...underHeaderNotes(campaign, report.extraColumns).map(
        (e) => inCampaignFile(e, spec.campaign, campaignBytes) as UserError,
      ),
      // "| phụ nũ": two words no unit the product knows and no column of the list.
      ...guessedUnitNotes(campaign, report.extraColumns).map(
        (e) => inCampaignFile(e, spec.campaign, campaignBytes) as UserError,
      ),
      // "| cử tri" with "Số cử tri" and "Số cử tri nữ": which one its rate is taken against.
      ...peopleBaseNotes(loaded, namedColumns(report)).map(
        (e) => inCampaignFile(e, spec.campaign, campaignBytes) as UserError,
      ),
      ...measureBaseWarnings(campaign, good, (column) =>
        campaignTemplates(campaign)
          .filter((t) =>
            [...groupFieldsUsed(t.text)].some(
              (f) => normaliseHeader(f) === normaliseHeader(column),
            ),
          )
          .map((t) => t.field),
      ),
      // A people or households measure with no group's population or households in the list.
      ...emptyBaseWarnings(campaign, good, report.headers, () => ({ file: spec.groups })),
      ...groupNotes(kinds, good, rosters, report.headers, campaign),
      ...mixedTermWarnings(reading, spec.groups),
      ...typedTermNotes(
        campaign.issuer.group_term,
        groups.map((g) => g.name),
        unitHeaders(report.headers),
      ).map((e) => inCampaignFile(e, spec.campaign, campaignBytes) as UserError),
      ...absentFieldWarnings(campaign, spec.groups, report.headers),
      ...emptyCellWarnings(campaign, good, report.headers, term),
      ...dateSerialWarnings(campaign, good),
      ...joinedLineWarnings(campaign, good, report.headers, contextOf, term),
      ...undatedWhenWarnings(campaign, good, report.headers, contextOf, term),
      ...titleOnlyWarnings(campaign, kinds, good, report.headers, contextOf, sectionsOf, term),
      ...printedDays,
      ...printedSlips,
      // A cell printed-days already says (a date column's cell without its year) is said once.
      ...yearlessWhenWarnings(campaign, good, report.headers, term)
        .filter((w) => !printedDays.some((p) => sameCell(p.where, w.where)))
        .map((e) => inCampaignFile(e, spec.campaign, campaignBytes) as UserError),
      // A deadline before the notice's date, or already over on the day the papers are made.
      ...deadlineDayWarnings(campaign, options.today ?? wardDay(), term).map(
        (e) => inCampaignFile(e, spec.campaign, campaignBytes) as UserError,
      ),
      // The campaign's time (a contest's end) already over on the day the papers are made.
      ...eventPastWarnings(campaign, options.today ?? wardDay()).map(
        (e) => inCampaignFile(e, spec.campaign, campaignBytes) as UserError,
      ),
      ...printedAsTypedWarnings(
        campaign,
        spec.campaign,
        campaignBytes,
        KINDS.map((k) => templateOf(k)[1]),
      ),
      ...rosterWarningsFor(campaign, [
        ...[...rosters.values()].flatMap((r) => r.warnings ?? []),
        ...(rostersRead?.warnings ?? []),
      ]),
      // A roster's birth or amount column the sheet does not print (qa56 M4).
      ...rosterExtrasWarnings(campaign, groups, rosters),
      ...rosterWarnings,
      // A list far shorter than the groups file's counts (qa22 #2): its sheets are filled with
      // blank numbered rows, and the office is told once which groups; so is a children's list
      // the list cannot give the children of (review55b-left #3).
      ...(rostersRead && spec.rosters && asked.some((k) => k.readsRoster)
        ? rosterCountWarnings(
            campaign,
            groups,
            rosters,
            new Set(rostersRead.failed.keys()),
            spec.rosters,
          )
        : []),
    ]),
  };
}

/**
 * Names that begin with several unit words (thôn and buôn) and a campaign that gives none: each
 * group's own papers say its name's word (groupOwnTerm), the ward-wide pages and messages the word
 * that covers them all, "khu dân cư" (review: the word most names began with called the others
 * by it: "Danh sách thôn" over 2 tổ dân phố), and the office is told which.
 */
function mixedTermWarnings(reading: GroupTermReading, groupsFile: string): UserError[] {
  if (reading.mixed.length === 0) return [];
  const words = reading.mixed.map((w) => `${w.word}: ${w.names}`).join(', ');
  // The words for all of them ("khu dân cư"; "thôn, khu dân cư" when some are khu dân cư).
  const said = reading.term.groups.replace(/^các /u, '');
  return [
    new UserError(
      msg`the groups' names begin with different words (${words}): each group's own papers say the word its name begins with; where the tool speaks of all of them, it says "${said}"`,
      { file: groupsFile },
      // Names of one kind typed two ways ("Tổ 3" among "Tổ dân phố số N") need no other word.
      said === MIXED_GROUP_TERM
        ? msg`To call all of them by another word where the tool speaks of all of them ("${said}" fits every kind), give it as issuer.group_term in campaign.yaml; each group keeps its own word.`
        : undefined,
    ),
  ];
}

/** The fields of a group a file may lack; printed by a campaign's text, they print nothing. */
const OPTIONAL_FIELDS = ['leader', 'phone', 'venue', 'households', 'population'] as const;

/**
 * `{{group.venue}}` in the campaign's own texts (the notice's body…) where the groups file has
 * no venue column: it prints as an empty cell does, and the office is told once, naming the
 * field, the file and the header the tool looks for.
 */
function absentFieldWarnings(
  campaign: Campaign,
  groupsFile: string,
  headers: Readonly<Record<string, string | undefined>>,
): UserError[] {
  const texts = campaignTemplates(campaign);
  return OPTIONAL_FIELDS.filter((f) => headers[f] === undefined).flatMap((f) => {
    const fields = texts.filter((t) => groupFieldsUsed(t.text).has(f)).map((t) => t.field);
    if (fields.length === 0) return [];
    return [
      new UserError(
        msg`the file has no "${HEADERS[f][0] ?? f}" column: {{group.${f}}} in ${fields.join(', ')} prints nothing`,
        { file: groupsFile, field: `group.${f}` },
        msg`Add the column to the groups file, or take {{group.${f}}} out of campaign.yaml.`,
      ),
    ];
  });
}

/**
 * The rows the group's sheet lists of its roster: none for a children's list the roster cannot
 * tell the children of (its sheet is the blank rows of the group's count, capped as any:
 * review56a #4), the children for one it can (the blank rows after them counted from them).
 */
const listedOf = (campaign: Campaign, roster: LoadedRoster | undefined) =>
  roster && sheetResidents(campaign, roster.residents);

/** What each kind built says it will not print of a group's row as given (kind.groupNotes). */
function groupNotes(
  kinds: readonly DocumentKind[],
  groups: readonly Group[],
  rosters: Map<string, LoadedRoster>,
  headers: Partial<Record<Field, string>>,
  campaign: Campaign,
): UserError[] {
  return kinds.flatMap((kind) =>
    groups.flatMap((g) =>
      (kind.groupNotes?.(g, listedOf(campaign, rosters.get(g.id)), campaign) ?? []).map(
        (n) =>
          new UserError(
            n.message,
            { ...g.source, field: headers[n.field as Field] ?? n.field },
            n.hint,
          ),
      ),
    ),
  );
}

/**
 * Bytes of the pictures documents print besides their text (the logo of a poster, the map of a
 * flyer and a notice): part of every document's key, so a picture replaced under the same name
 * rebuilds what prints it.
 */
/**
 * What every document a build (or `check`'s trial) draws shares, from its inputs: the fonts, the
 * creation date, the templates as read (not the disk's file as it is now) and the campaign file
 * for a refusal's line.
 */
export function renderOptionsFrom(
  inputs: BuildInputs,
): Pick<RenderOptions, 'fonts' | 'created' | 'templateDir' | 'templates' | 'campaign'> {
  return {
    fonts: inputs.fonts,
    created: inputs.created,
    templateDir: inputs.spec.templateDir,
    templates: inputs.templates,
    campaign: { file: inputs.spec.campaign, bytes: inputs.campaignBytes },
  };
}

export async function pictureBytes(campaign: Campaign): Promise<Uint8Array | undefined> {
  const paths = [campaign.assets?.logo, campaign.assets?.map];
  const read = await Promise.all(
    paths.map((path) => (path ? readFile(path).catch(() => undefined) : undefined)),
  );
  const [logo, map] = read;
  if (!map) return logo;
  // A campaign without a map keys as before (its caption is in the campaign file's bytes).
  return Buffer.concat([logo ?? new Uint8Array(), Buffer.from('\u0000map\u0000'), map]);
}

/** Whether two warnings point at the same cell (file, sheet, row and column). */
const sameCell = (a: UserError['where'], b: UserError['where']) =>
  a.file === b.file && a.sheet === b.sheet && a.row === b.row && a.field === b.field;

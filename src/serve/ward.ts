/**
 * Serve stage: the inputs the server and the static site work from. In: the campaign file, the
 * groups file and optionally a rosters folder. Out: a Ward — the groups in ward order, each
 * group's document context, the outputs (kind + variant) to offer, and a content key per
 * document that changes whenever anything the document is made from changes.
 */
import { fileURLToPath } from 'node:url';
import { UserError } from '../errors.js';
import type { DocumentKind } from '../kinds/kind.js';
import { KINDS } from '../kinds/registry.js';
import { expandOutputs, type Output, outputFileName } from '../kinds/render.js';
import type { Campaign } from '../load/campaign.js';
import type { HiddenGroups } from '../load/results-names.js';
import type { Group } from '../load/types.js';
import { noticeIsSecret } from '../load/urgency.js';
import { msg } from '../messages/message.js';
import { type DocContext, sheetResidents, type Tally, tallyOf } from '../model/context.js';
import type { GroupTerm } from '../model/group-term.js';
import {
  type GroupFailure,
  type LoadOptions,
  loadBuildInputs,
  pictureBytes,
} from '../output/inputs.js';
import { outputKey, sharedKey } from '../output/keys.js';
import { campaignTemplates } from '../output/template-checks.js';
import { type WardToday, wardDay } from '../ward-time.js';
import { refusedScriptWarnings } from './html.js';
import { printedFields } from './own-links.js';

export const TEMPLATE_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

export interface WardOptions {
  campaign: string;
  groups: string;
  /**
   * Folder of `<group id>.csv|.xlsx` rosters for the tracking sheet, or one file for the whole
   * ward with a column naming each row's group (personal data).
   */
  rosters?: string;
  templateDir?: string;
  /** A kind whose template cannot be drawn does not stop the load (LoadOptions.perKind). */
  perKind?: boolean;
  /** How the groups file is read (LoadOptions.readGroups). */
  readGroups?: LoadOptions['readGroups'];
  /** The clock of the ward's days a deadline already over is judged by (default: wardDay). */
  today?: WardToday;
  /**
   * The ward is the office's own (the studio's preview, never online): a notice with a secrecy
   * mark is offered as any other document. Otherwise it is left out (`webOutputs`).
   */
  office?: boolean;
  /**
   * The kinds to offer (default: every kind): `build --kind poster --site` offers the posters the
   * build made, not seven kinds more drawn for the site alone (issue 13).
   */
  kinds?: readonly DocumentKind[];
  /** The poster sizes to offer (default: all), as `build --size` asks. */
  variants?: readonly string[];
}

export interface Ward {
  campaign: Campaign;
  /**
   * Groups in ward order ("số 2" before "số 10"), with those whose row has a character the fonts
   * lack: their pages and figures are on the web, only their documents are refused (unprintable).
   */
  groups: Group[];
  /** The ward's word for its groups ("khu phố"), for the pages and file names. */
  term: GroupTerm;
  /** Every output offered for each group, in the registry's order. */
  outputs: Output[];
  /** The PDFs' fixed creation date, also the ZIP entries' date. */
  created: Date;
  templateDir?: string;
  /**
   * Whether the leaders' pages may run the templates folder's own script (its web/share.js): only
   * when the operator named the folder (`serve --templates`), not a campaign's own templates/
   * (html.ts readAsset).
   */
  ownScripts?: boolean;
  group(id: string): Group | undefined;
  contextOf(id: string): DocContext;
  /**
   * What a group's tracking sheet counts (its context's `tally`), without the rest of its
   * context: the studio's build tab asks it of every group of a ward of thousands.
   */
  tallyOf(id: string): Tally;
  output(fileName: string): Output | undefined;
  /** Content hash of one document: kind, variant, the group's row, campaign, template, roster. */
  keyOf(groupId: string, output: Output): string;
  /** What the inputs do that is printed other than asked (output/inputs.ts), as `check` warns. */
  warnings: UserError[];
  /** The groups file's notes columns ("Ghi chú") no text prints (BuildInputs.notesColumns). */
  notesColumns: readonly string[];
  /**
   * Loaded `perKind`: every output offered and those whose kind cannot be drawn, in the
   * registry's order, each of these with its kind's problem. Otherwise `outputs`, and none.
   */
  listed: { output: Output; problem?: UserError }[];
  /** The rows left out, and why: the loader's, and text the fonts lack (as `build` leaves them). */
  failures: GroupFailure[];
  /** The groups file's rows hidden in Excel (not read): a results file naming one is told so. */
  hidden: HiddenGroups;
  /** Why a group's documents cannot be printed (a character the fonts lack), if so. */
  unprintable(id: string): UserError | undefined;
  /** Whether the kind has nothing to print for this ward, as the build judges it (BuildInputs). */
  nothingToPrint(kind: DocumentKind): boolean;
  /**
   * The group fields (a column's header as written) that the campaign's texts and the kinds'
   * templates print: a column of web addresses among them is the group's own link, for its
   * leader page (own-links.ts). Read at its first use.
   */
  printedFields(): ReadonlySet<string>;
}

/**
 * The kinds a ward offers online (serve, `build --site`, the studio's published pages): all but
 * a notice with a secrecy mark (MẬT, TỐI MẬT, TUYỆT MẬT), a state secret that must not go over a
 * network connected to the Internet (Luật Bảo vệ bí mật nhà nước 2018, Điều 5; review44 #4). It
 * is printed as before; check and build say so (campaign-checks.ts `checkRestrictionMarks`).
 */
export function webOutputs(
  campaign: Campaign,
  kinds: readonly DocumentKind[],
): readonly DocumentKind[] {
  return noticeIsSecret(campaign) ? kinds.filter((k) => k.name !== 'notice') : kinds;
}

/**
 * The same inputs, checks and content keys as `build` (fonts cover every character, templates
 * compile, bad rows are left out), so a served document is the built one, byte for byte.
 */
export async function loadWard(opts: WardOptions): Promise<Ward> {
  const inputs = await loadBuildInputs(
    {
      campaign: opts.campaign,
      groups: opts.groups,
      rosters: opts.rosters,
      templateDir: opts.templateDir,
    },
    opts.kinds ?? KINDS,
    {
      perKind: opts.perKind,
      ...(opts.readGroups ? { readGroups: opts.readGroups } : {}),
      today: (opts.today ?? wardDay)(),
    },
  );
  const { campaign } = inputs;
  const refused = new Map(inputs.unprintable.map((u) => [u.group.id, u.error]));
  // In the list's order (qa26 F7): the unprintable groups back in their rows' places.
  const place = (g: Group) => inputs.listOrder.get(g.id) ?? 0;
  const groups = [...inputs.groups, ...inputs.unprintable.map((u) => u.group)].sort(
    (a, b) => place(a) - place(b),
  );
  const byId = new Map(groups.map((g) => [g.id, g]));
  const online = (kinds: readonly DocumentKind[]) =>
    opts.office ? kinds : webOutputs(campaign, kinds);
  const outputs = expandOutputs(online(inputs.kinds), opts.variants);
  const listed = expandOutputs(
    online(KINDS.filter((k) => inputs.kinds.includes(k) || inputs.kindProblems.has(k.name))),
    opts.variants,
  ).map((output) => ({ output, problem: inputs.kindProblems.get(output.kind.name) }));
  const byFile = new Map(outputs.map((o) => [outputFileName(o), o]));
  const shared = sharedKey(inputs, await pictureBytes(campaign));
  const keys = new Map<string, string>();
  let printed: Set<string> | undefined;
  const known = (id: string): Group => {
    const g = byId.get(id);
    if (!g) throw new UserError(msg`no group with id "${id}"`, { file: opts.groups });
    return g;
  };
  return {
    campaign,
    groups,
    term: inputs.term,
    outputs,
    created: inputs.created,
    templateDir: inputs.spec.templateDir,
    ownScripts: opts.templateDir !== undefined,
    group: (id) => byId.get(id),
    contextOf: (id) => inputs.contextOf(known(id)),
    tallyOf: (id) =>
      tallyOf(campaign, known(id), sheetResidents(campaign, inputs.rosters.get(id)?.residents)),
    output: (fileName) => byFile.get(fileName),
    // A campaign's own share.js left unused, said at start with the rest (not at its first fetch).
    warnings: [
      ...inputs.warnings,
      ...refusedScriptWarnings(
        inputs.spec.templateDir ?? TEMPLATE_DIR,
        opts.templateDir !== undefined,
      ),
    ],
    notesColumns: inputs.notesColumns,
    listed,
    failures: inputs.failures,
    hidden: { file: opts.groups, rows: inputs.skipped.filter((r) => r.why === 'hidden') },
    unprintable: (id) => refused.get(id),
    nothingToPrint: (kind) => inputs.nothingToPrint(kind),
    printedFields: () => {
      printed ??= printedFields([
        ...inputs.templates.values(),
        ...campaignTemplates(campaign).map((t) => t.text),
      ]);
      return printed;
    },
    keyOf: (id, o) => {
      // The inputs are read once, so a key never changes: hash once per document.
      const memo = `${id}\u0000${o.kind.name}\u0000${o.variant ?? ''}`;
      let key = keys.get(memo);
      if (!key) {
        key = outputKey(inputs, shared, known(id), o);
        keys.set(memo, key);
      }
      return key;
    },
  };
}

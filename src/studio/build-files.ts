/**
 * Studio: the build's files as the office reads them — each print file's and group ZIP's name in
 * Vietnamese (the download pages' names, kinds/labels.ts), the ZIPs in group order, and whether
 * the files are older than the last edit of the campaign or its groups. Whatever state the
 * campaign is in: when its inputs do not load (a body the last save broke), the names come from
 * the campaign form and the groups file, never from kind ids or bare group codes.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isUserError } from '../errors.js';
import { labelsFor } from '../kinds/labels.js';
import { findKind, KINDS } from '../kinds/registry.js';
import type { Output } from '../kinds/render.js';
import { loadGroupsReport } from '../load/groups/index.js';
import { noticeTypeOf } from '../load/notice-type.js';
import type { Group } from '../load/types.js';
import { type DocContext, nothingToPrint } from '../model/context.js';
import type { GroupTerm } from '../model/group-term.js';
import type { Manifest, ManifestBundle } from '../output/manifest.js';
import { campaignWardTagOfForm, withCampaign } from '../serve/campaign-file-name.js';
import { countedBy, type PrintNeed, printNeed } from '../serve/views.js';
import type { Ward } from '../serve/ward.js';
import { wardTimeSaid } from '../ward-time.js';
import type { CampaignPaths } from './campaign-folders.js';

export interface BuildFile {
  bundle: ManifestBundle;
  /** "Thông báo của xã", "Thôn 7". */
  label: string;
  /** The name a download is saved under: "Thôn 7 - Tất cả tài liệu.zip". */
  fileName: string;
  /**
   * When a print file was put in place (its file's time): one a failed build could not replace
   * (held open) is the last good build's, and the page says from when.
   */
  madeAt?: number;
  /**
   * A group's ZIP made under another name than the groups file in use now gives its id (a new
   * list uploaded since the build): that name now, or `null` when the id is no longer in the
   * list. The ZIP is labelled and saved under the name it was made with (its papers print it).
   */
  nowNamed?: string | null;
  /** How many the ward's households (or people) need of a print file's kind (wardPrintNeed). */
  need?: WardPrintNeed;
  /**
   * A print file the last build made again byte for byte (or kept): when the build that first
   * made these bytes began. The office need not print it again (qa49 m1).
   */
  sameSince?: number;
}

/**
 * What the whole ward needs printed of a kind that goes to each household or person (the flyer,
 * the checklist): each group's own count (`printNeed`, as its leader's page says it) added up
 * over the groups the build prints, and how many of them the groups file gives no count for.
 */
export interface WardPrintNeed extends PrintNeed {
  /** Groups the count is of, and groups without the count it needs. */
  counted: number;
  uncounted: number;
  /** The names of the groups without the count it needs, in the list's order. */
  uncountedNames: string[];
  /**
   * The names of the groups whose count is known to be 0, a due column's ("Số trẻ cần tiêm" 0:
   * nothing to print for them, qa24 F8) or the list's "Số hộ" ("Số nhân khẩu") 0, in the list's
   * order.
   */
  noneNames: string[];
  /** What the count is of, as the list names it: "hộ", "nhân khẩu", "trẻ cần tiêm". */
  unit: string;
  /**
   * The names of the groups whose copies of the kind are not counted by their people at all (a
   * sign-up list's checklist goes to whoever signs up), when other groups' are: the total is not
   * the ward's (qa23 #6 counted one tổ of six, unsaid).
   */
  apart: string[];
}

/**
 * The groups file gives the count a kind is printed for as 0: a due column's 0 (Tally.none), any
 * count the copies are for, 0 ("Số cử tri", "Số nhân khẩu": Tally.zero, the results' rule,
 * measure-base.ts zeroBase), or the households 0 (Group.zeroCells): "0 hộ", not a count the list
 * lacks (an empty cell).
 */
function countsNone(
  g: Group,
  by: 'households' | 'population',
  tally: Pick<DocContext['tally'], 'none' | 'zero'>,
): boolean {
  if (by === 'households') return (g.zeroCells ?? []).includes('households');
  return nothingToPrint(tally);
}

export function wardPrintNeed(ward: Ward, kind: string): WardPrintNeed | undefined {
  let total: WardPrintNeed | undefined;
  const uncountedNames: string[] = [];
  const noneNames: string[] = [];
  const apart: string[] = [];
  let unit = 'hộ';
  for (const g of ward.groups) {
    if (ward.unprintable(g.id)) continue;
    const ctx = { tally: ward.tallyOf(g.id), contest: ward.campaign.contest ?? null };
    const by = countedBy(kind, ctx);
    if (by === null) {
      apart.push(g.name);
      continue;
    }
    if (by === 'population') unit = ctx.tally.unit;
    const need = printNeed(kind, g, ctx);
    if (!need) {
      (countsNone(g, by, ctx.tally) ? noneNames : uncountedNames).push(g.name);
      continue;
    }
    const add = (a: number | null, b: number | null) =>
      a === null && b === null ? null : (a ?? 0) + (b ?? 0);
    total = total
      ? {
          sheets: add(total.sheets, need.sheets),
          copies: add(total.copies, need.copies),
          households: add(total.households, need.households),
          people: need.people,
          noun: need.noun,
          counted: total.counted + 1,
          uncounted: 0,
          uncountedNames: [],
          noneNames: [],
          unit,
          apart: [],
        }
      : { ...need, counted: 1, uncounted: 0, uncountedNames: [], noneNames: [], unit, apart: [] };
  }
  return (
    total && {
      ...total,
      uncounted: uncountedNames.length,
      uncountedNames,
      noneNames,
      unit,
      apart,
    }
  );
}

export interface BuildFiles {
  /** The campaign as the files' names say it (campaign-file-name.ts): "… đợt 2". */
  tag: string;
  print: BuildFile[];
  /** In the ward's group order ("Thôn 7" before "Thôn 10"). */
  zips: BuildFile[];
  /** The ward's one unmarked notice (output/original.ts), when the build made the notice. */
  original?: {
    path: string;
    label: string;
    fileName: string;
    pages: number;
    bytes: number;
    /** When the build that drew it read its inputs (the manifest's `readAt`). */
    readAt?: number;
  };
}

/** A group's document context when the ward does not load: what labels.hbs reads. */
function formContext(
  form: Record<string, string>,
  term: GroupTerm,
  unit: string,
  group: Pick<Group, 'id' | 'name'>,
): DocContext {
  const has = (prefix: string) =>
    Object.entries(form).some(([k, v]) => k.startsWith(prefix) && v.trim() !== '');
  return {
    group: { ...group, slug: '' },
    term,
    unit,
    issuer: { ward: form['issuer.ward'] ?? '' },
    contest: has('contest.') ? { name: form['contest.name'] ?? '' } : null,
    app: has('app.') ? { name: form['app.name'] ?? '' } : null,
    noticeType: noticeTypeOf({ type: form['notice.type'], symbol: form['notice.symbol'] ?? '' }),
    // Read by the tracking sheet's note, which this page does not show (strict templates).
    tally: {
      rowsPeople: false,
      signUp: false,
      cap: false,
      people: false,
      things: false,
      noun: 'hộ',
      count: false,
      base: null,
      roster: false,
      target: false,
      step: null,
      result: null,
    },
  } as unknown as DocContext;
}

export async function buildFiles(
  c: CampaignPaths,
  m: Manifest,
  form: Record<string, string>,
  term: GroupTerm,
  unit: string,
  ward: Ward | undefined,
): Promise<BuildFiles> {
  const groups: Pick<Group, 'id' | 'name'>[] =
    ward?.groups ?? (c.groups ? await groupsOf(c.groups) : []);
  const byId = new Map(groups.map((g) => [g.id, g]));
  // The names the groups had when the files were made (manifest.json; absent before it kept them).
  const madeAs = new Map((m.groups ?? []).map((g) => [g.id, g]));
  const templates = ward ? ward.templateDir : join(c.folder, 'templates');
  const labelsOf = (id: string, wardWide = false) => {
    const now = byId.get(id);
    const group = madeAs.get(id) ?? now ?? { id, name: `${term.Short} ${id}` };
    const own = ward && now ? ward.contextOf(id) : undefined;
    const ctx = own
      ? { ...own, group: { ...own.group, name: group.name } }
      : formContext(form, term, unit, group);
    // A file of every group is named in the ward's word, not its first group's ("Bảng theo dõi
    // của xóm" for a commune's whole file, qa23 #1).
    if (wardWide) ctx.term = term;
    // Said only when the groups file in use is known (a file that does not read says nothing).
    const nowNamed =
      groups.length === 0 || now?.name === group.name ? undefined : (now?.name ?? null);
    return { group, nowNamed, labels: labelsFor(ctx, templates) };
  };
  const first = labelsOf(groups[0]?.id ?? '', true).labels;
  // Each name says its campaign and ward: đợt 1's and đợt 2's files in one Downloads folder
  // (qa58b M5), ward A's and ward B's at the copy shop (qa59b p3).
  const tag = campaignWardTagOfForm(form);
  const output = (b: ManifestBundle): Output | undefined => {
    const kind = findKind(b.kind);
    return kind && { kind, variant: b.variant };
  };
  // In the registry's order (the notice first), as the leader's page lists them.
  const place = (b: ManifestBundle) => {
    const kind = KINDS.findIndex((k) => k.name === b.kind);
    return kind * 100 + (KINDS[kind]?.variants?.indexOf(b.variant ?? '') ?? 0);
  };
  const ordered = [...m.print].sort((a, b) => place(a) - place(b));
  const needs = new Map<string, WardPrintNeed | undefined>();
  const needOf = (kind: string) => {
    if (!ward) return undefined;
    if (!needs.has(kind)) needs.set(kind, wardPrintNeed(ward, kind));
    return needs.get(kind);
  };
  const print = await Promise.all(
    ordered.map(async (bundle) => {
      const o = output(bundle);
      const label = o ? first.title(o) : bundle.kind;
      const madeAt = await stat(join(c.out, bundle.path)).then(
        (st) => st.mtimeMs,
        () => undefined,
      );
      const need = needOf(bundle.kind);
      // Made again by the build that last read its inputs (its own time: `--kind` builds some).
      const readAt = bundle.readAt ?? m.builtAt;
      const same =
        readAt !== undefined && bundle.changedAt !== undefined && bundle.changedAt < readAt;
      return {
        bundle,
        label,
        fileName: withCampaign(`${label} - tất cả ${term.groups}.pdf`, tag),
        madeAt,
        ...(need ? { need } : {}),
        ...(same ? { sameSince: bundle.changedAt } : {}),
      };
    }),
  );
  const zips = m.zips
    .map((bundle) => {
      const { group, nowNamed, labels } = labelsOf(bundle.group ?? '');
      return {
        bundle,
        group,
        label: group.name,
        fileName: withCampaign(`${labels.groupZip}.zip`, tag),
        nowNamed,
      };
    })
    .map(({ group: _group, ...file }) => file);
  const notice = findKind('notice');
  const original =
    m.original && notice
      ? {
          path: m.original.path,
          label: first.title({ kind: notice }),
          fileName: withCampaign(`${first.title({ kind: notice })} - bản gốc.pdf`, tag),
          pages: m.original.pages,
          bytes: m.original.bytes,
          ...(m.original.readAt === undefined ? {} : { readAt: m.original.readAt }),
        }
      : undefined;
  return original ? { tag, print, zips, original } : { tag, print, zips };
}

async function groupsOf(file: string): Promise<Group[]> {
  try {
    return (await loadGroupsReport(file)).groups;
  } catch (e) {
    // A groups file that cannot be read is the groups page's to show.
    if (!isUserError(e)) throw e;
    return [];
  }
}

/** "14:05 ngày 01/12/2026", on the ward's clock (Viet Nam, UTC+07:00): ward-time.ts's, from ms. */
export const wardTime = (ms: number): string => wardTimeSaid(new Date(ms));

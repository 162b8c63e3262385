/**
 * Studio: figures the store holds for groups or measures the campaign no longer has (a groups
 * list uploaded without some groups, a measure's id changed), said on the page the office lands
 * on after the save that did it — the campaign's form after "Đã lưu", the groups page after an
 * upload — as the Kết quả tab says it (qa9 Q9: "Đã lưu" while 12 groups' figures left Kết quả).
 */
import { nameKey } from '../load/groups/same-names.js';
import type { Group } from '../load/types.js';
import { formatFigure, textKey } from '../model/format.js';
import { baseOf, baseSaid } from '../model/measure-base.js';
import { campaignKey } from '../results/campaign-key.js';
import { keepBase, readLatest } from '../results/results-store.js';
import { readUnlisted, unlistedGroupName } from '../results/unlisted.js';
import { unlistedSaid } from '../serve/unlisted-said.js';
import type { StudioContext } from './app.js';
import type { CampaignPaths } from './campaign-folders.js';
import { retiredLines } from './retired-measures.js';
import type { UnlistedGroup } from './unlisted-links.js';

/**
 * The sentences and the groups they name, none when the campaign does not load (its page says
 * why) or has no figures.
 */
export async function unlistedNotes(
  ctx: StudioContext,
  c: CampaignPaths,
): Promise<{ said: string[]; groups: UnlistedGroup[] }> {
  const none = { said: [], groups: [] };
  if (!c.groups) return none;
  const ward = await ctx.previewer.previewWard(c).catch(() => undefined);
  if (!ward || ward.campaign.measures.length === 0) return none;
  const db = ctx.opts.store.db;
  const key = campaignKey(ward.campaign);
  const latest = await readLatest(db, key);
  if (latest.size === 0) return none;
  const found = await readUnlisted(db, key, latest, ward.groups, ward.campaign.measures);
  return {
    said: unlistedSaid(
      found,
      ward.term,
      'studio',
      await retiredLines(c.folder),
      ward.campaign.measures,
    ),
    groups: found.groups.map((g) => ({ id: g.id, name: unlistedGroupName(g) })),
  };
}

/**
 * Of the ids a new groups list drops, those whose groups have figures: said before the office
 * confirms the new list (routes-groups.ts), so that "Vẫn dùng tệp này" is chosen knowing it.
 */
export async function reportedOf(
  ctx: StudioContext,
  c: CampaignPaths,
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0 || !c.groups) return new Set();
  const ward = await ctx.previewer.previewWard(c).catch(() => undefined);
  if (!ward) return new Set();
  const latest = await readLatest(ctx.opts.store.db, campaignKey(ward.campaign));
  return new Set(ids.filter((id) => latest.has(id)));
}

/** A reported group a new groups list changes: its name, or a measure's base (its target…). */
export interface ReportedChange {
  /** The campaign's key in the store. */
  campaign: string;
  id: string;
  was: string;
  now: string;
  /**
   * Per measure whose base changes: its id, its label's words, the base before and after, the
   * figure, and whether the store keeps the base it was sent against (not a figure stored before
   * bases were kept: store migration 0280).
   */
  bases: {
    measure: string;
    said: (figure: number) => string;
    was?: number;
    now?: number;
    value: number;
    kept: boolean;
    /** The base the figure was sent against, when the store keeps it (qa58b p4: an undone merge). */
    sent?: number;
  }[];
  /**
   * Groups new in the list whose names extend this group's old one ("Tổ dân phố 12" → "… 12A"
   * kept under its id, "… 12B" new): the group seems split, and its figure, reported for the
   * whole, will count for the id it kept alone. Said whether or not the list has a base column.
   */
  split: { id: string; name: string }[];
  /** Its reported figures, "Số hộ đã được phun hoá chất: 140". */
  figures: string[];
}

/** A name as compared for a split: NFC, lower case, spaces joined. */
const nameFold = textKey;

/**
 * A split's half: the old name and a short mark (review35 #5), after nothing, a space, or a dash,
 * dot or slash: a letter with or without digits ("12A", "12 B", "12B1", "12-B", "12 (B)"), a
 * number ("12/1", "12 - 2", "Thôn An 2"), or "phần N" / "khu N" ("12 (phần 2)"). Another word is
 * no mark: "Thôn An" → "Thôn An Bình", "Thôn Đông Hải", "Khu phố 1, Khu phố 2" are other groups.
 * A remark in brackets may follow a mark ("Tổ dân phố 15B (khu tái định cư)": a half), never
 * stand for one ("Tổ dân phố 15 (khu tái định cư)": a name, not a half).
 */
const HALF =
  /^(?<sep>\s*(?:[-–./]\s*)?)(?:(?<open>\()\s*)?(?:(?<letter>[a-zđ]\d*)|(?<number>\d+)|(?:phần|khu) (?:\d+|[a-zđ]))(?:\s*(?<close>\)))?(?:\s*\([^()]*\))?$/u;

/**
 * Whether `name` extends `old` as a split's half is named (`HALF`): "Tổ dân phố 12" → "Tổ dân
 * phố 12B", "… 12 B", "… 12 (phần 2)"; not "Tổ dân phố 120" (another number), nor "Thôn An" →
 * "Thôn An Bình" or "Thôn Anh" (another word).
 */
export function extendsName(old: string, name: string): boolean {
  const a = nameFold(old);
  const b = nameFold(name);
  if (!a || b === a || !b.startsWith(a)) return false;
  const m = HALF.exec(b.slice(a.length))?.groups;
  if (!m || (m.open === undefined) !== (m.close === undefined)) return false;
  // Straight after the old name only a letter after a number ("12A"): "120", "Thôn Anh" are other
  // names; a number after a number needs a dash, dot or slash ("12/1"), not a space ("Khu 1 2").
  const afterDigit = /\d$/u.test(a);
  if (m.sep === '' && m.open === undefined) return afterDigit && m.letter !== undefined;
  if (afterDigit && m.number !== undefined && m.open === undefined)
    return /[-–./]/u.test(m.sep ?? '');
  return true;
}

/**
 * Of the groups in both lists that have reported, those the new list renames or gives another
 * base (a tổ split keeps its id with half the target; a merger doubles it; a target corrected):
 * said before the office confirms the new list (routes-groups.ts), since the figures were sent
 * against the old one (qa26 F1, F5).
 */
export async function reportedChangesOf(
  ctx: StudioContext,
  c: CampaignPaths,
  before: readonly Group[],
  after: readonly Group[],
): Promise<ReportedChange[]> {
  if (!c.groups) return [];
  const ward = await ctx.previewer.previewWard(c).catch(() => undefined);
  if (!ward || ward.campaign.measures.length === 0) return [];
  const campaign = campaignKey(ward.campaign);
  const latest = await readLatest(ctx.opts.store.db, campaign);
  const next = new Map(after.map((g) => [g.id, g]));
  const known = new Set(before.map((g) => g.id));
  const added = after.filter((g) => !known.has(g.id));
  return before.flatMap((old) => {
    const figures = latest.get(old.id);
    const now = next.get(old.id);
    if (!figures || !now) return [];
    const bases = ward.campaign.measures.flatMap((m) => {
      const f = figures.get(m.id);
      const was = baseOf(old, m);
      const is = baseOf(now, m);
      return f && was !== is
        ? [
            {
              measure: m.id,
              said: (n: number) => baseSaid(m, formatFigure(n)),
              was,
              now: is,
              value: f.value,
              kept: f.base !== undefined,
              ...(f.base === undefined ? {} : { sent: f.base }),
            },
          ]
        : [];
    });
    const split = added
      .filter((g) => extendsName(old.name, g.name))
      .map((g) => ({ id: g.id, name: g.name }));
    // A name written otherwise (capitals, spaces, a dash) is the same tổ: no rename to ask about.
    if (!bases.length && nameKey(old.name) === nameKey(now.name) && !split.length) return [];
    const reported = ward.campaign.measures.flatMap((m) => {
      const f = figures.get(m.id);
      return f ? [`${m.label}: ${formatFigure(f.value)}`] : [];
    });
    return [
      { campaign, id: old.id, was: old.name, now: now.name, bases, split, figures: reported },
    ];
  });
}

/**
 * The office used the new list knowing of `changes`: each reported figure the store holds
 * without the base it was sent against (stored before bases were kept) gets the old list's, so
 * that Kết quả and the report mark it "báo cáo theo danh sách cũ" as the upload's stop page said
 * they would, instead of re-rating it against the new target unmarked (qa26 F1, F5). Stored
 * before the new list is put in place: a base equal to the list's own changes nothing.
 */
export async function keepOldBases(
  ctx: StudioContext,
  changes: readonly ReportedChange[],
): Promise<void> {
  for (const c of changes)
    for (const b of c.bases)
      if (!b.kept && b.was !== undefined)
        await keepBase(ctx.opts.store.db, c.campaign, c.id, b.measure, b.was);
}

/**
 * Results: the office's confirmation of a figure it has not checked, the one rule for the
 * studio's group page (studio/routes-results-entry.ts) and the standalone server's /admin/ket-qua
 * (serve/routes-results.ts), so that the two cannot disagree on what counts.
 *
 * A figure is "chưa xác nhận" (standings.ts Cell `unchecked`) while it is far out of line with
 * its target and no office confirmed it (a leader's tick, an imported file), or was sent against
 * an older groups list. The office confirms it by storing it again, unchanged, as the office's,
 * confirmed (standings.ts officeChecked): from then on it is counted, ranked and unmarked; sent
 * against the list of now, too, so it is no longer "theo danh sách cũ". The history keeps who
 * and when ("Văn phòng sửa … · đã xác nhận số vượt").
 *
 * The office confirms the figure its page showed, never one saved after it (a leader sending
 * another meanwhile): the page carries each figure as shown, and a figure that has changed since
 * is not confirmed unseen (review33 #7).
 */
import type { Group } from '../load/types.js';
import { formatFigure } from '../model/format.js';
import { baseOf } from '../model/measure-base.js';
import type { StoreDb } from '../store/open-store.js';
import { type Measure, offTargetShort } from './figures.js';
import { oldListNowSaid } from './report-model.js';
import { type Figure, readLatest, readLatestSeq, recordSubmission } from './results-store.js';
import { standingsOf } from './standings.js';

/** The campaign's figures: the store, the campaign's key and its measures. */
export interface OfficeScope {
  db: StoreDb;
  campaign: string;
  measures: readonly Measure[];
}

/** A figure the office has not confirmed: its value, and why it is asked about. */
export interface Unchecked {
  value: number;
  /** "gấp 10 lần chỉ tiêu 15.000.000 đồng"; "báo cáo theo danh sách cũ, …, nay chỉ tiêu 63 hộ". */
  said: string;
}

/**
 * The group's saved figures the office has not confirmed (standings.ts `unchecked`: far out of
 * line with their targets, or sent against an older groups list): measure id → the figure and
 * why it is asked about. The report marks them "chưa xác nhận" until the office confirms them,
 * or corrects them.
 */
export async function uncheckedOf(
  scope: OfficeScope,
  group: Group,
): Promise<Map<string, Unchecked>> {
  const latest = await readLatest(scope.db, scope.campaign);
  const [row] = standingsOf([group], scope.measures, latest).rows;
  const out = new Map<string, Unchecked>();
  scope.measures.forEach((m, i) => {
    const c = row?.cells[i];
    // Sent before a new groups list changed the group's target (qa26 F1, F5): confirmed as
    // right for the group as the list now has it, or entered again.
    if (c?.oldList && c.figure) {
      out.set(m.id, {
        value: c.figure.value,
        said: oldListNowSaid(m, c.oldList, baseOf(group, m)),
      });
    } else if (c?.unchecked && c.offTarget && c.figure)
      out.set(m.id, {
        value: c.figure.value,
        said:
          c.offTarget.zero || c.offTarget.thin
            ? offTargetShort(c.offTarget)
            : `${offTargetShort(c.offTarget)} ${formatFigure(c.offTarget.target)} ${c.offTarget.unit}`,
      });
  });
  return out;
}

/**
 * Some figure the page showed as unconfirmed (`shown`: measure id → the figure as shown) is no
 * longer the group's (`current`): saved or withdrawn since. Nothing is confirmed then; the page
 * is shown again with the figures of now.
 */
export const changedSinceShown = (
  shown: ReadonlyMap<string, number>,
  current: ReadonlyMap<string, Pick<Figure, 'value'>> | undefined,
): boolean => [...shown].some(([id, v]) => current?.get(id)?.value !== v);

/**
 * The figures a confirmation stores again as the office's: each unconfirmed figure kept as it
 * is — its box left empty and it is the figure the page showed, or typed as it is (`typed`:
 * measure id → the figure read from its box; the /admin page has no boxes) — unless `typed`
 * changes it (then the typed figure is stored, a correction, not this).
 */
export function confirmedValues(
  unchecked: ReadonlyMap<string, Unchecked>,
  shown: ReadonlyMap<string, number>,
  typed: Readonly<Record<string, number>> = {},
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [id, u] of unchecked)
    if ((typed[id] === undefined && shown.get(id) === u.value) || typed[id] === u.value)
      out[id] = u.value;
  return out;
}

/** The office's confirmation's key: one per group and the figures it confirms, as they were. */
export const confirmationId = (
  campaign: string,
  groupId: string,
  confirmed: Readonly<Record<string, number>>,
  current: ReadonlyMap<string, Pick<Figure, 'at'>> | undefined,
) =>
  `confirm:${campaign}:${groupId}:${Object.keys(confirmed)
    .sort()
    .map((id) => `${id}=${confirmed[id]}@${current?.get(id)?.at ?? ''}`)
    .join(',')}`;

/**
 * Confirms the group's unconfirmed figures the page showed (`shown`: measure id → the figure as
 * shown), with no figure typed (the /admin page's button). 'stale': some figure changed since the
 * page was shown, nothing stored; 'none': none of them is unconfirmed now (confirmed already, a
 * second click), nothing stored; 'confirmed': stored, once however often the same page sends it.
 */
export async function confirmShown(
  scope: OfficeScope,
  group: Group,
  shown: ReadonlyMap<string, number>,
  by?: string,
): Promise<'confirmed' | 'stale' | 'none'> {
  // The group's latest submission, read before its figures: a leader's correction saved after
  // this (while the figures are read and checked) makes the write below refuse (review35 #4).
  const seen = await readLatestSeq(scope.db, scope.campaign, group.id);
  const current = (await readLatest(scope.db, scope.campaign)).get(group.id);
  if (shown.size === 0 || changedSinceShown(shown, current)) return 'stale';
  const values = confirmedValues(await uncheckedOf(scope, group), shown);
  if (Object.keys(values).length === 0) return 'none';
  const done = await recordSubmission(
    scope.db,
    { campaign: scope.campaign, measures: scope.measures },
    {
      group,
      values,
      source: 'office',
      confirmed: true,
      ...(by ? { by } : {}),
      id: confirmationId(scope.campaign, group.id, values, current),
      seen,
    },
  );
  return done.stale ? 'stale' : 'confirmed';
}

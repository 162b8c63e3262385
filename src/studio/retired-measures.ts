/**
 * Studio: the measures the office took out of the Chỉ tiêu field after groups had reported on
 * them (qa24 F12). Before such a save the form asks (routes-campaigns.ts); after it, the
 * measure's line as it was is kept beside campaign.yaml (RETIRED_MEASURES_FILE), so the note on
 * the uncounted figures gives the simple way back — write that line again — and the line written
 * back takes the measure's id again (campaign-fields.ts measuresFromForm), its figures with it.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { baseOf } from '../model/measure-base.js';
import { writeFileAtomic } from '../output/atomic-write.js';
import { campaignKey } from '../results/campaign-key.js';
import { keepBaseOf, readLatest } from '../results/results-store.js';
import type { StudioContext } from './app.js';
import { measureLine, type RetiredMeasure } from './campaign-fields.js';
import { type CampaignPaths, RETIRED_MEASURES_FILE } from './campaign-folders.js';

export async function readRetired(folder: string): Promise<RetiredMeasure[]> {
  try {
    const list = JSON.parse(await readFile(join(folder, RETIRED_MEASURES_FILE), 'utf8'));
    return Array.isArray(list)
      ? list.filter(
          (m): m is RetiredMeasure =>
            typeof m?.id === 'string' && typeof m.label === 'string' && typeof m.of === 'string',
        )
      : [];
  } catch {
    return [];
  }
}

/** Adds (or renews) the measures taken out, by id. */
export async function rememberRetired(
  folder: string,
  measures: readonly RetiredMeasure[],
): Promise<void> {
  if (measures.length === 0) return;
  const ids = new Set(measures.map((m) => m.id));
  const kept = (await readRetired(folder)).filter((m) => !ids.has(m.id));
  await writeFileAtomic(
    join(folder, RETIRED_MEASURES_FILE),
    `${JSON.stringify([...kept, ...measures], null, 1)}\n`,
  );
}

/** Each retired measure's line as the Chỉ tiêu field wrote it, by its id. */
export async function retiredLines(folder: string): Promise<Map<string, string>> {
  return new Map((await readRetired(folder)).map((m) => [m.id, measureLine(m)]));
}

/**
 * How many groups reported on each of `ids` (latest figures, as Kết quả counts them); none when
 * the campaign does not load (no leader's page has been served then either).
 */
export async function reportedOn(
  ctx: StudioContext,
  c: CampaignPaths,
  ids: readonly string[],
): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  if (ids.length === 0 || !c.groups) return counts;
  const ward = await ctx.previewer.previewWard(c).catch(() => undefined);
  if (!ward) return counts;
  const latest = await readLatest(ctx.opts.store.db, campaignKey(ward.campaign));
  for (const figures of latest.values()) {
    for (const id of ids) if (figures.has(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/**
 * Before a save that gives measures `ids` another base (answered "Vẫn lưu": routes-campaigns.ts),
 * their figures stored before the store kept what their base counted, sent against the base each
 * group has now, get the measure's base as the campaign has it now, read as the build reads it
 * (qa58b M3). Nothing when it does not load.
 */
export async function keepBasesOf(
  ctx: StudioContext,
  c: CampaignPaths,
  ids: readonly string[],
): Promise<void> {
  if (ids.length === 0 || !c.groups) return;
  const ward = await ctx.previewer.previewWard(c).catch(() => undefined);
  if (!ward) return;
  for (const m of ward.campaign.measures.filter((x) => ids.includes(x.id)))
    for (const g of ward.groups) {
      // Only a figure sent against the base the group has now: sent under this `of`.
      const base = baseOf(g, m);
      if (base !== undefined)
        await keepBaseOf(ctx.opts.store.db, campaignKey(ward.campaign), g.id, {
          id: m.id,
          of: m.of,
          base,
        });
    }
}

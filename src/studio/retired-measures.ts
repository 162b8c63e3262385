/**
 * Studio: the measures the office took out of the Chỉ tiêu field after groups had reported on
 * them (qa24 F12). Before such a save the form asks (routes-campaigns.ts); after it, the
 * measure's line as it was is kept beside campaign.yaml (RETIRED_MEASURES_FILE), so the note on
 * the uncounted figures gives the simple way back — write that line again — and the line written
 * back takes the measure's id again (campaign-fields.ts measuresFromForm), its figures with it.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../output/atomic-write.js';
import { campaignKey } from '../results/campaign-key.js';
import { readLatest } from '../results/results-store.js';
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

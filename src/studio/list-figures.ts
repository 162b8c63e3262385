/**
 * Studio: what the campaigns' list says of an open campaign's leaders ("8/12 tổ đã báo cáo"),
 * read from what is stored alone: the campaign's saved files as the preview loads them (kept by
 * the previewer until they change) and the figures in the store. A list view never starts a
 * campaign's leaders' site, copies its files or draws anything (review: after a restart the
 * list started every open campaign's site just to count). Kept per campaign until its saved
 * files change or a submission is stored for it.
 */

import { join } from 'node:path';
import { campaignKey } from '../results/campaign-key.js';
import { readCampaignLatestSeq, readLatest } from '../results/results-store.js';
import type { Ward } from '../serve/ward.js';
import type { StoreDb } from '../store/open-store.js';
import { campaignPaths } from './campaign-folders.js';
import type { LeadersNow } from './campaign-list.js';
import { linkInside } from './no-links.js';
import type { Previewer } from './preview.js';

interface Known {
  ward: Ward;
  /** The campaign's last submission in the store when counted (0: none). */
  seq: number;
  now: LeadersNow;
}

/**
 * How many of the campaign's groups reported, of how many: a group counts when it has a figure
 * for a measure the campaign still has (figures of a retired measure stay in the store, and
 * on Kết quả's note, but are no report for this campaign).
 */
function leadersNowOf(
  ward: Ward,
  latest: ReadonlyMap<string, ReadonlyMap<string, unknown>>,
): LeadersNow {
  const measures = ward.campaign.measures.map((m) => m.id);
  const reported = ward.groups.filter((g) => {
    const figures = latest.get(g.id);
    return figures !== undefined && measures.some((id) => figures.has(id));
  }).length;
  return { term: ward.term, reported, total: measures.length ? ward.groups.length : 0 };
}

export class ListFigures {
  private readonly known = new Map<string, Known>();

  constructor(
    private readonly o: {
      campaignsDir: string;
      previewer: Previewer;
      db: StoreDb;
      logError?: (line: string) => void;
    },
  ) {}

  /** The campaigns counted and kept, by slug. */
  kept(): string[] {
    return [...this.known.keys()];
  }

  /**
   * Forgets every campaign but `slugs` (the open ones the list shows): a campaign deleted,
   * renamed or closed is no longer held with its ward.
   */
  keepOnly(slugs: Iterable<string>): void {
    const keep = new Set(slugs);
    for (const slug of this.known.keys()) if (!keep.has(slug)) this.known.delete(slug);
  }

  /** The campaign's leaders now; undefined when its saved files do not load. */
  async of(slug: string): Promise<LeadersNow | undefined> {
    if (linkInside(join(this.o.campaignsDir, slug))) return undefined;
    const c = campaignPaths(this.o.campaignsDir, slug);
    let ward: Ward;
    try {
      ward = await this.o.previewer.previewWard(c);
    } catch {
      this.known.delete(slug);
      return undefined;
    }
    const key = campaignKey(ward.campaign);
    try {
      const seq = ward.campaign.measures.length ? await readCampaignLatestSeq(this.o.db, key) : 0;
      const known = this.known.get(slug);
      if (known?.ward === ward && known.seq === seq) return known.now;
      const latest = seq ? await readLatest(this.o.db, key) : new Map();
      const now = leadersNowOf(ward, latest);
      this.known.set(slug, { ward, seq, now });
      return now;
    } catch (e) {
      // A store that does not answer (PostgreSQL restarting, SQLite locked) hides the figures
      // of the campaign's row; the list itself still shows.
      this.known.delete(slug);
      this.o.logError?.(`campaign list: figures of ${slug} not read from the store: ${String(e)}`);
      return undefined;
    }
  }
}

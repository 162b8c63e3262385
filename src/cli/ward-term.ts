/**
 * CLI: the ward's word for its groups when a build's inputs fail to load as a whole (a roster
 * named after no group, a template's unknown column): read again from the campaign and the
 * groups file alone, so the error says "thôn", "khu phố"… as the ward does. Only on that failure
 * path, where the second read costs nothing anyone waits for.
 */
import { loadCampaign } from '../load/campaign.js';
import { listTermOf, loadGroupsReport } from '../load/groups/index.js';
import type { GroupTerm } from '../model/group-term.js';

/** The word, as the build would have found it; undefined when either file cannot be read. */
export async function wardTermOf(
  campaignFile: string,
  groupsFile: string,
): Promise<GroupTerm | undefined> {
  try {
    const [{ campaign }, report] = await Promise.all([
      loadCampaign(campaignFile),
      loadGroupsReport(groupsFile),
    ]);
    return listTermOf(campaign.issuer.group_term, report);
  } catch {
    // The error being reported is then about that file: the default word is as good as any.
    return undefined;
  }
}

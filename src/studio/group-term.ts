/**
 * Studio: the ward's word for its groups on a campaign's pages ("Danh sách khu phố", "thôn"), as
 * the build reads it (model/group-term.ts): the campaign's `issuer.group_term`, else the word all
 * its groups' names begin with, else "tổ dân phố".
 */
import { isUserError } from '../errors.js';
import { listTermOf, loadGroupsReport } from '../load/groups/index.js';
import { type GroupTerm, groupTermOf } from '../model/group-term.js';

/** The word of the campaign whose form is `form` and whose groups file (if any) is `groups`. */
export async function campaignTerm(
  form: Record<string, string>,
  groups: string | undefined,
): Promise<GroupTerm> {
  const explicit = form['issuer.group_term'];
  if (!groups) return groupTermOf(explicit, []);
  try {
    const report = await loadGroupsReport(groups);
    // The campaign's word too is read with the names: names of several units keep theirs.
    return listTermOf(explicit, report);
  } catch (e) {
    // A groups file that cannot be read is the groups page's to show; its word is the default.
    if (!isUserError(e)) throw e;
    return groupTermOf(explicit, []);
  }
}

/**
 * Output stage: the group whose cells the campaign's own texts read are the most filled in, the
 * one to judge by whether a kind has anything to print for the campaign. The list's first group
 * may be the one tổ with an empty cell: a campaign whose time and place are columns of the list
 * made no poster or flyer for anyone when its first row left them empty (review52 #2). Read from
 * the cells, with no drawing: a build of 3,000 groups draws one group more at most.
 */
import type { Campaign } from '../load/campaign.js';
import type { Group } from '../load/types.js';
import { groupFieldsUsed } from '../template/check.js';
import { cellOf, isEmpty } from './empty-cells.js';
import { campaignTemplates } from './template-checks.js';

/**
 * The first of `groups` with the most cells filled among those the campaign's texts read (a
 * known field named by its header, {{group.[Địa điểm]}}, is that field); the first group when
 * the texts read none, or when it has them all.
 */
export function fullestGroup(
  campaign: Campaign,
  groups: readonly Group[],
  headers: Readonly<Record<string, string | undefined>>,
): Group | undefined {
  const names = fieldsReadBy(
    campaignTemplates(campaign).map((t) => t.text),
    headers,
  );
  let best = groups[0];
  let most = -1;
  for (const g of groups) {
    const n = names.filter((name) => !isEmpty(cellOf(g, name))).length;
    if (n > most) {
      best = g;
      most = n;
    }
    if (most === names.length) break;
  }
  return best;
}

/**
 * The group fields `texts` read, each once: a known field named by its header
 * ({{group.[Địa điểm]}} where the list's place column is "Địa điểm") is that field.
 */
export function fieldsReadBy(
  texts: readonly string[],
  headers: Readonly<Record<string, string | undefined>>,
): string[] {
  const fieldOf = new Map(Object.entries(headers).flatMap(([f, h]) => (h ? [[h, f]] : [])));
  return [
    ...new Set(texts.flatMap((t) => [...groupFieldsUsed(t)].map((n) => fieldOf.get(n) ?? n))),
  ];
}

/**
 * Serve stage: the links a leader pastes into the group's Zalo chat (the leader page's "Đường
 * dẫn gửi vào nhóm Zalo"). In: the campaign's links, the group's row and the columns the
 * campaign prints. Out: the campaign's links and the group's own — a column of the groups file
 * that holds a web address and that a text prints ({{group.[Nhóm Zalo của tổ]}}, a per-group
 * form), labelled by its header — each page once.
 */
import { bareUrls } from '../load/bare-urls.js';
import { urlProblem } from '../load/campaign-checks.js';
import type { Group } from '../load/types.js';
import { groupFieldUses } from '../template/check.js';
import { pageKey } from '../template/link-captions.js';

export interface LabelledLink {
  label: string;
  url: string;
}

/**
 * The group fields that `texts` (the campaign's template values, the kinds' templates) print,
 * not only test: a column only an {{#if}} reads is not on the papers.
 */
export function printedFields(texts: Iterable<string>): Set<string> {
  const printed = new Set<string>();
  for (const text of texts)
    for (const use of groupFieldUses(text)) if (use.printed) printed.add(use.name);
  return printed;
}

/**
 * The web addresses in the group's own columns that the campaign prints, in the file's column
 * order, each labelled by its column's header. A cell's text around an address is left out; an
 * address the notice could not print as a link (a space typed in it, no domain: the build says
 * so, output/group-links.ts) is left out too.
 */
export function groupOwnLinks(
  group: Group | undefined,
  printed: ReadonlySet<string>,
): LabelledLink[] {
  return Object.entries(group?.columns ?? {}).flatMap(([header, cell]) =>
    printed.has(header)
      ? bareUrls(cell)
          .filter((url) => urlProblem(url) === undefined)
          .map((url) => ({ label: header, url }))
      : [],
  );
}

/**
 * `links` with each page once, the first of its addresses kept: a group's column holding the
 * campaign's own form, or two keys of the campaign naming one page, give one line to paste.
 */
export function eachPageOnce(links: readonly LabelledLink[]): LabelledLink[] {
  const seen = new Set<string>();
  return links.filter((l) => {
    const key = pageKey(l.url) ?? l.url;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

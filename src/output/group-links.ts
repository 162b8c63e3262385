/**
 * Output stage: a group's own web address that the notice prints as a link and a QR code (a
 * column the body names, `{{group.[Link đăng ký]}}`) is checked as the campaign's own links are
 * (load/campaign-checks.ts): a web address a phone opens, that fits a printed code. In: the
 * campaign and one group. Out: a problem a bad address, at its row and column, so that every bad
 * link of the groups file is said in one run and the group's notice is not printed with a code
 * that opens nothing.
 */
import { UserError } from '../errors.js';
import { bareUrls } from '../load/bare-urls.js';
import type { Campaign } from '../load/campaign.js';
import { qrProblem, URL_HINT, urlProblem } from '../load/campaign-checks.js';
import type { Group } from '../load/types.js';
import { msg } from '../messages/message.js';
import { groupFieldUses } from '../template/check.js';

/**
 * The web addresses of a cell: the whole cell when it starts with one ("https://forms gle/x", a
 * space typed in it, is one bad address, not "https://forms"; "ftp://…" one the notice would
 * print as text with no code), else every address in its text.
 */
function addresses(cell: string): string[] {
  const text = cell.trim();
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? [text] : bareUrls(text);
}

/** The problems of the web addresses in `group`'s cells that the notice's body prints. */
export function groupLinkProblems(campaign: Campaign, group: Group): UserError[] {
  const columns = group.columns ?? {};
  const printed = new Set(
    groupFieldUses(campaign.notice.body)
      .filter((u) => u.printed && Object.hasOwn(columns, u.name))
      .map((u) => u.name),
  );
  const where = (field: string) => ({
    file: group.source.file,
    row: group.source.row,
    ...(group.source.sheet !== undefined ? { sheet: group.source.sheet } : {}),
    field,
  });
  return [...printed].flatMap((header) =>
    addresses(columns[header] ?? '').flatMap((url) => {
      const bad = urlProblem(url);
      if (bad) return [new UserError(bad, where(header), URL_HINT)];
      const dense = qrProblem(url);
      return dense
        ? [
            new UserError(
              dense,
              where(header),
              msg`Use a shorter link: the page's short address, or a link shortener.`,
            ),
          ]
        : [];
    }),
  );
}

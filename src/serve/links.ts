/**
 * Serve stage: every group's leader link. In: the groups (in ward order), the secret and the
 * public base URL. Out: the links — one shape for the admin page, `links` (CSV for a mail merge
 * into Zalo or SMS messages) and the static site, so the three always agree.
 */
import { UserError } from '../errors.js';
import type { Group } from '../load/types.js';
import { msg } from '../messages/message.js';
import { groupToken } from './tokens.js';
import type { GroupLink } from './views.js';

/** The path of a group's page under the site's root: `g/<token>/`. */
export function groupPath(secret: string, groupId: string): string {
  return `g/${groupToken(secret, groupId)}/`;
}

/** "https://x.vn/tai-lieu/" → "https://x.vn/tai-lieu" (checked: http or https, no query). */
export function normalizeBaseUrl(base: string): string {
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    throw new UserError(msg`"${base}" is not a URL`, { field: '--base-url' }, baseHint);
  }
  if (!/^https?:$/.test(url.protocol) || url.search || url.hash || url.username) {
    throw new UserError(msg`"${base}" cannot be a base URL`, { field: '--base-url' }, baseHint);
  }
  return url.href.replace(/\/+$/, '');
}
const baseHint = msg`Give the address the pages are published at, e.g. https://phuong.example.vn/tai-lieu`;

export function groupLinks(groups: readonly Group[], secret: string, baseUrl: string): GroupLink[] {
  const base = normalizeBaseUrl(baseUrl);
  return groups.map((g) => {
    const path = groupPath(secret, g.id);
    return { id: g.id, name: g.name, url: `${base}/${path}`, href: `${base}/${path}` };
  });
}

/**
 * A field as RFC 4180 wants it. A text that a spreadsheet would run as a formula (it starts with
 * =, +, -, @, a tab or a carriage return: OWASP's "CSV injection") is prefixed with an apostrophe,
 * which shows it as text: a group's name comes from a file the office did not necessarily write.
 */
function csvField(s: string): string {
  const text = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** `id,name,url` with a header, CRLF line ends (RFC 4180, as spreadsheets expect). */
export function linksCsv(links: readonly GroupLink[]): string {
  const rows = [['id', 'name', 'url'], ...links.map((l) => [l.id, l.name, l.url])];
  return `${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

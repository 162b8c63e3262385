/**
 * Serve stage: every group's leader link. In: the groups (in ward order), the secret and the
 * public base URL. Out: the links — one shape for the admin page, `links` (CSV for a mail merge
 * into Zalo or SMS messages) and the static site, so the three always agree — and the office's
 * spreadsheet of them (`linksSheet`).
 */
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { UserError } from '../errors.js';
import { personKey } from '../load/groups/same-names.js';
import { phoneKey } from '../load/groups/values.js';
import type { Group } from '../load/types.js';
import { msg } from '../messages/message.js';
import type { GroupTerm } from '../model/group-term.js';
import { groupToken, NO_RENEWALS, type RenewedLinks } from './tokens.js';
import type { GroupLink } from './views.js';

/** The path of a group's page under the site's root: `g/<token>/`. */
export function groupPath(secret: string, groupId: string, renewed = 0): string {
  return `g/${groupToken(secret, groupId, renewed)}/`;
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

export function groupLinks(
  groups: readonly Group[],
  secret: string,
  baseUrl: string,
  renewed: RenewedLinks = NO_RENEWALS,
): GroupLink[] {
  const base = normalizeBaseUrl(baseUrl);
  return groups.map((g) => {
    const path = groupPath(secret, g.id, renewed.get(g.id) ?? 0);
    return { id: g.id, name: g.name, url: `${base}/${path}`, href: `${base}/${path}` };
  });
}

/**
 * A field as RFC 4180 wants it (with `sep` between fields). A text that a spreadsheet would run
 * as a formula (it starts with =, +, -, @, a tab or a carriage return: OWASP's "CSV injection") is
 * prefixed with an apostrophe, which shows it as text: a group's name comes from a file the office
 * did not necessarily write.
 */
function csvField(s: string, sep: string, formulaSafe = true): string {
  const text = formulaSafe && /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return text.includes(sep) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Rows with a header, CRLF line ends (RFC 4180, as spreadsheets expect); `formulaSafe` false
 * keeps each text as it is (a file the studio reads back, not one opened in a spreadsheet).
 */
export function csv(rows: readonly (readonly string[])[], sep: string, formulaSafe = true): string {
  return `${rows.map((r) => r.map((f) => csvField(f, sep, formulaSafe)).join(sep)).join('\r\n')}\r\n`;
}

/**
 * `id,name,url,leader,phone,note` with a header: the `links` command's output, for a mail merge
 * or a script. The columns stay in place whatever the list holds (a script reads them by
 * position; `url` stays third): the leader and phone as the groups file gives them, and the note
 * the office's sheet gives a person leading several groups ("Cùng tổ trưởng với mã 6 (…)").
 */
export function linksCsv(links: readonly SheetLink[], term: GroupTerm): string {
  const notes = sameLeaders(links, term);
  return csv(
    [
      ['id', 'name', 'url', 'leader', 'phone', 'note'],
      ...links.map((l) => [l.id, l.name, l.url, l.leader, l.phone ?? '', notes.get(l.id) ?? '']),
    ],
    ',',
  );
}

/** A link as the office's sheet lists it: with its group's leader and the leader's phone. */
export type SheetLink = GroupLink & { leader: string; phone?: string | undefined };

/**
 * For each link whose leader leads other groups too (one name, one phone: a person who leads
 * two tổ gets two links), those other groups, named as the sheet names them: "Cùng tổ trưởng
 * với mã 6 (Tổ dân phố số 6)". Namesakes with other phones, or with no phone to tell, are not joined.
 */
export function sameLeaders(links: readonly SheetLink[], term: GroupTerm): Map<string, string> {
  const notes = new Map<string, string>();
  for (const [id, others] of samePersonGroups(links)) {
    const said = others.map((o) => `mã ${o.id} (${o.name})`);
    notes.set(id, `Cùng ${term.leader} với ${said.join(', ')}`);
  }
  return notes;
}

/**
 * For each group whose leader leads other groups too (one name, one phone), those other groups
 * in list order. Namesakes with other phones, or with no phone to tell, are not joined.
 *
 * Asked on every leader's page (views.ts) and leaders tab: the joining (personKey's folding of
 * each name) is done once per version of the list, kept by the list's fingerprint (its rows'
 * ids, leaders and phones in order), and the fingerprint once per array (bench/same-person-groups.ts).
 */
export function samePersonGroups<
  T extends { id: string; leader?: string; phone?: string | undefined },
>(groups: readonly T[]): Map<string, T[]> {
  let key = fingerprints.get(groups);
  if (key === undefined) {
    key = fingerprintOf(groups);
    fingerprints.set(groups, key);
  }
  let joined = joinedByList.get(key);
  if (!joined) {
    joined = joinedRows(groups);
    joinedByList.set(key, joined);
  }
  const out = new Map<string, T[]>();
  for (const [row, others] of joined) {
    const g = groups[row];
    if (g)
      out.set(
        g.id,
        others.flatMap((o) => groups[o] ?? []),
      );
  }
  return out;
}

/** Each joined row's others, by their places in the list (a list's rows, or its links'). */
type JoinedRows = ReadonlyMap<number, readonly number[]>;

/** The joins of the lists lately asked of: a few campaigns, each list and its links. */
const joinedByList = new LRUCache<string, JoinedRows>({ max: 32 });

/**
 * Each list's fingerprint, by the list: a ward's groups are one array for the ward's life (its
 * leader pages ask of the same one), read-only, so a request pays no hash at all.
 */
const fingerprints = new WeakMap<object, string>();

/** What `samePersonGroups` reads of a list, hashed: the same rows in the same order, same joins. */
function fingerprintOf(groups: readonly { id: string; leader?: string; phone?: string }[]) {
  const hash = createHash('sha256');
  for (const g of groups) hash.update(`${g.id}\u0000${g.leader ?? ''}\u0000${g.phone ?? ''}\u0001`);
  return hash.digest('base64');
}

function joinedRows(groups: readonly { leader?: string; phone?: string | undefined }[]) {
  const byPerson = new Map<string, number[]>();
  groups.forEach((g, row) => {
    const phone = g.phone ? phoneKey(g.phone) : '';
    if (!g.leader?.trim() || !phone) return;
    const key = `${personKey(g.leader)}\u0000${phone}`;
    byPerson.set(key, [...(byPerson.get(key) ?? []), row]);
  });
  const joined = new Map<number, number[]>();
  for (const same of byPerson.values()) {
    if (same.length < 2) continue;
    for (const row of same)
      joined.set(
        row,
        same.filter((o) => o !== row),
      );
  }
  return joined;
}

/**
 * The links as the office opens them in Excel (`/admin/links.csv`, the static site's
 * `links.csv`, the studio's leaders tab): headers in Vietnamese and in the ward's own word ("Mã
 * tổ", "Tên tổ dân phố", "Tổ trưởng", "Đường dẫn"), the leader beside the group, with the
 * leader's phone when the list has phones ("Điện thoại": namesakes told apart for sending by
 * Zalo) and a "Ghi chú" saying which rows are one person leading several groups (qa44 m3), `;`
 * between fields — the list separator of Windows' Vietnamese regional settings, which Excel
 * splits a .csv on (the decimal separator being ",") — and a BOM, without which Excel reads
 * UTF-8 as a Windows code page. A `sep=;` line would make any Excel split on ";", but Excel then
 * ignores the BOM and garbles the Vietnamese, so there is none.
 */
export function linksSheet(links: readonly SheetLink[], term: GroupTerm) {
  const phones = links.some((l) => l.phone);
  const notes = sameLeaders(links, term);
  const header = [
    `Mã ${term.short}`,
    `Tên ${term.group}`,
    term.LeaderColumn,
    ...(phones ? ['Điện thoại'] : []),
    'Đường dẫn',
    ...(notes.size ? ['Ghi chú'] : []),
  ];
  const row = (l: SheetLink) => [
    l.id,
    l.name,
    l.leader,
    ...(phones ? [l.phone ?? ''] : []),
    l.url,
    ...(notes.size ? [notes.get(l.id) ?? ''] : []),
  ];
  return `\uFEFF${csv([header, ...links.map(row)], ';')}`;
}

/** The sheet's download name: "Đường dẫn các tổ dân phố - phường Lê Chân.csv". */
export const linksSheetName = (term: GroupTerm, ward: string) =>
  `Đường dẫn ${term.groups} - ${ward}.csv`;

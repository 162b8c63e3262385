/**
 * Output stage: the groups whose poster or flyer has nothing to print but its title. A campaign
 * with no actions or links prints its time and place on them (kinds/poster.ts POSTER_NEEDS,
 * kinds/flyer-needs.ts): a tổ whose time and place cells are both empty got a poster of its title
 * alone, and the warnings named the empty lines, not the papers (review52 #8). The kind is made
 * for the campaign (another tổ has them); those tổ are named with the papers, so the office
 * holds those back until the cells are filled in. Only the groups whose time and place both
 * print nothing (their cells read first) are drawn again: a list with them all filled draws none.
 */
import { rowsListed, UserError } from '../errors.js';
import { type DocumentKind, hasNeeded } from '../kinds/kind.js';
import type { Campaign } from '../load/campaign.js';
import type { Group } from '../load/types.js';
import { count, type Message, msg, withTerm } from '../messages/message.js';
import type { DocContext } from '../model/context.js';
import type { GroupTerm } from '../model/group-term.js';
import { fillValue, JOINED_FIELDS } from '../template/handlebars.js';
import type { Sections } from '../template/sections.js';
import { unmarked } from '../template/value-marks.js';
import { cellOf, isEmpty } from './empty-cells.js';
import { fieldsReadBy } from './fullest-group.js';
import { kindWords } from './skipped-kinds.js';

/** Groups named in full; more are counted. */
const ROWS_SHOWN = 8;

const titleOnly = (kinds: Message, n: number, groups: Message) =>
  msg`the ${kinds} of ${count(n)} {term.short} have no time, place or action to print: their time and place cells are empty (${groups})`;

/**
 * One warning per set of kinds left with nothing to print for some groups: those groups, by row
 * and name. `draw`: a kind's sections for a group (inputs.ts sectionsOf: a group the other
 * checks drew, the first, is not drawn again).
 */
export function titleOnlyWarnings(
  campaign: Campaign,
  kinds: readonly DocumentKind[],
  groups: readonly Group[],
  headers: Readonly<Record<string, string | undefined>>,
  contextOf: (g: Group) => DocContext,
  draw: (kind: DocumentKind, g: Group) => Sections,
  term: GroupTerm,
): UserError[] {
  const needy = kinds.filter((k) => k.needs !== undefined);
  const texts = [...JOINED_FIELDS].map(
    (field) => [field, (campaign as unknown as Record<string, unknown>)[field]] as const,
  );
  // A time or a place the same for every group prints on every group's papers; none that is a
  // group's own (a column): every group's papers are alike, judged on the first (inputs.ts).
  if (
    needy.length === 0 ||
    texts.some(([, t]) => typeof t === 'string' && t.trim() !== '' && !t.includes('{{')) ||
    !texts.some(([, t]) => typeof t === 'string' && t.includes('{{'))
  )
    return [];
  // A group with any cell of them filled prints it: only the others are filled in, then drawn.
  const read = fieldsReadBy(
    texts.flatMap(([, t]) => (typeof t === 'string' ? [t] : [])),
    headers,
  );
  const lacking = new Map<string, { kinds: DocumentKind[]; groups: Group[] }>();
  for (const g of groups) {
    if (read.some((name) => !isEmpty(cellOf(g, name)))) continue;
    const ctx = contextOf(g);
    const blank = texts.every(
      ([field, t]) => typeof t !== 'string' || unmarked(fillValue(t, field, ctx)).trim() === '',
    );
    if (!blank) continue;
    const without = needy.filter((kind) => {
      try {
        return !hasNeeded(kind, draw(kind, g));
      } catch {
        // A group whose papers cannot be drawn fails when built, with its own error.
        return false;
      }
    });
    if (without.length === 0) continue;
    const key = without.map((k) => k.name).join(',');
    const entry = lacking.get(key) ?? { kinds: without, groups: [] };
    entry.groups.push(g);
    lacking.set(key, entry);
  }
  return [...lacking.values()].map(({ kinds: without, groups: rows }) => {
    const shown = rowsListed(
      rows.slice(0, ROWS_SHOWN).map((g) => ({ at: g.source, text: g.name })),
      rows.length > ROWS_SHOWN,
    );
    return new UserError(
      withTerm(
        titleOnly(
          kindWords(
            without.map((k) => k.name),
            'and',
          ),
          rows.length,
          shown,
        ),
        term,
      ),
      { file: rows[0]?.source.file ?? '' },
      withTerm(
        msg`Fill in those cells of the groups file; until then, hold back those {term.short}' posters and flyers.`,
        term,
      ),
    );
  });
}

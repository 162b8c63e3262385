/**
 * Output stage, checks: a people noun's measure ("| cử tri") whose base more than one of the
 * groups file's columns could be ("Số cử tri", "Số cử tri nữ"; load/people-column.ts): the
 * office is told which column its rate is taken against, and how to name another. A noun for some
 * of the people ("| phụ nữ") with no column counting it is rated against nothing (load/measure-of.ts):
 * the office is told which column it needs.
 */
import { UserError } from '../errors.js';
import type { Campaign } from '../load/campaign.js';
import { peopleColumnOf } from '../load/people-column.js';
import { type Message, msg } from '../messages/message.js';
import { isEveryone, isPersonNoun } from '../model/measure-base.js';
import { CAMPAIGN_VALUE } from '../template/handlebars.js';
import type { BaseWording } from './measure-bases.js';

/**
 * One note a measure, on the campaign as written (its `of` still the noun, before
 * load/measure-of.ts measuresOnList names the column), at its `of`.
 */
export function peopleBaseNotes(
  campaign: Pick<Campaign, 'measures'>,
  headers: readonly string[],
  wording: BaseWording = 'file',
): UserError[] {
  const key = (text: string) => text.normalize('NFC').trim().toLocaleLowerCase('vi');
  return campaign.measures.flatMap((m, i) => {
    if (!isPersonNoun(m.of) || headers.some((h) => key(h) === key(m.of))) return [];
    const { taken, others } = peopleColumnOf(m.of, headers);
    if (taken === undefined && !isEveryone(m.of)) return [noColumnNote(m, i, wording)];
    if (taken === undefined || others.length === 0) return [];
    const other = others[0] as string;
    const hint: Message =
      wording === 'form'
        ? msg`To take it against another column, write its header after the "|" instead of "${m.of}", e.g. "${other}".`
        : msg`To take it against another column, write its header as the measure's of, e.g. of: ${other}.`;
    return [
      new UserError(
        msg`the list has ${String(others.length + 1)} columns of ${m.of} (${[taken, ...others]
          .map((h) => `“${h}”`)
          .join(', ')}): the rate of "${m.label}" is taken against "${taken}"`,
        { file: CAMPAIGN_VALUE, field: `measures.${i}.of`, line: 1 },
        hint,
      ),
    ];
  });
}

/** "| phụ nữ" and no "Số phụ nữ": counted with no rate, and the column that would give it one. */
function noColumnNote(m: Campaign['measures'][number], i: number, wording: BaseWording): UserError {
  const column = `Số ${m.of}`;
  return new UserError(
    msg`the list has no column of ${m.of} (e.g. "${column}"): "${m.label}" is counted with no rate, not against all the people of the list`,
    { file: CAMPAIGN_VALUE, field: `measures.${i}.of`, line: 1 },
    wording === 'form'
      ? msg`Add a column "${column}" to the groups list with each group's number, and its rate is taken against it; to take it against all the people, write "người" after the "|".`
      : msg`Add a column "${column}" to the groups file with each group's number, and its rate is taken against it; to take it against all the people, write of: people.`,
  );
}

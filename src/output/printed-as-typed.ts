/**
 * Output stage: a campaign value with "{{…}}" that no template fills in. Only the values a
 * template hands to `{{fill … source="…"}}` are templates (in the tool's own: the notice's body
 * and recipients, the actions, the time and place, the slogan); any other (a title, a link's label) prints as typed,
 * braces and all, on every group's paper (qa5 G4): the office is told.
 */
import { UserError } from '../errors.js';
import type { Campaign } from '../load/campaign.js';
import { msg } from '../messages/message.js';
import { CAMPAIGN_VALUE } from '../template/handlebars.js';
import { campaignTemplates, inCampaignFile } from './template-checks.js';

const PRINTED_AS_TYPED = msg`printed as typed, not filled in for each group: its {{…}} prints with its braces`;

/** `{{fill notice.body source="notice.body"}}`, also inside another helper: `{{md (fill step source="actions.step")}}`. */
const FILLED = /\{\{[^}]*?\bfill\s[^}]*?\bsource="([^"]+)"/g;

/** The campaign fields the templates fill in for each group ("notice.body"). */
export function filledFields(templateTexts: readonly string[]): Set<string> {
  return new Set(templateTexts.flatMap((t) => [...t.matchAll(FILLED)].map((m) => m[1] ?? '')));
}

/** A value's field without its list indexes: "actions.0.step" → "actions.step". */
const fieldOf = (path: string) => path.replace(/\.\d+(?=\.|$)/g, '');

/** Campaign values that hold "{{" where they print as typed, each a warning at its field. */
export function printedAsTypedWarnings(
  campaign: Campaign,
  campaignFile: string,
  campaignBytes: Uint8Array,
  templateTexts: readonly string[],
): UserError[] {
  const filled = filledFields(templateTexts);
  return campaignTemplates(campaign)
    .filter(({ field }) => !filled.has(fieldOf(field)) && !filled.has(field))
    .map(
      ({ field }) =>
        new UserError(
          PRINTED_AS_TYPED,
          { file: CAMPAIGN_VALUE, field, line: 1 },
          msg`Only the notice's body and recipients, the actions, the time and place (when, where) and the slogan take a group's values: write the group's own date, time or place in one of them, or take the {{…}} out of this field.`,
        ),
    )
    .map((e) => inCampaignFile(e, campaignFile, campaignBytes) as UserError);
}

/** A warning of this module's (the studio says these again where the office prints). */
export const isPrintedAsTypedWarning = (w: UserError): boolean =>
  w.text.key === PRINTED_AS_TYPED.key;

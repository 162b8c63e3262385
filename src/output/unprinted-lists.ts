/**
 * Output stage, before anything is written: a campaign list the tool's own templates print
 * (`hotlines`, `bring`: the flyer's and the checklist's sections) that an office's own template of
 * the same kind leaves out, made before the field existed (examples/tan-dinh's flyer), would be
 * printed nowhere in this build, unsaid. In: the campaign, the kinds built and the templates
 * they use. Out: one warning a field, at its line, naming the templates that lack it.
 */
import { UserError } from '../errors.js';
import type { DocumentKind } from '../kinds/kind.js';
import { templateFile, templateText } from '../kinds/render.js';
import type { Campaign } from '../load/campaign.js';
import { msg } from '../messages/message.js';
import { CAMPAIGN_VALUE } from '../template/handlebars.js';

/** The campaign's lists a default template prints in sections of its own. */
const LISTS = ['hotlines', 'bring'] as const;

/** Whether a template's {{…}} (comments aside) reads `field`. */
function reads(template: string, field: string): boolean {
  const code = template.replace(/\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}/g, '');
  return new RegExp(`\\{\\{[^}]*\\b${field}\\b[^}]*\\}\\}`).test(code);
}

export function unprintedListWarnings(
  campaign: Campaign,
  kinds: readonly DocumentKind[],
  templateDir: string | undefined,
): UserError[] {
  if (templateDir === undefined) return [];
  return LISTS.flatMap((field) => {
    if ((campaign[field] ?? []).length === 0) return [];
    const lacking = kinds.flatMap((kind) => {
      const own = templateFile(kind, templateDir);
      const tools = templateFile(kind);
      if (own === tools || !reads(templateText(tools), field)) return [];
      return reads(templateText(own), field) ? [] : [own];
    });
    if (lacking.length === 0) return [];
    return [
      new UserError(
        msg`this list is not printed on the documents made from ${lacking.join(', ')}: the campaign's own templates have no section for it`,
        { file: CAMPAIGN_VALUE, field, line: 1 },
        msg`Add its sections to the template, as the tool's own ${kinds
          .filter((k) => lacking.includes(templateFile(k, templateDir)))
          .map((k) => k.template)
          .join(
            ', ',
          )} has them ("@@ ${field}"), or delete the campaign's template to print the tool's.`,
      ),
    ];
  });
}

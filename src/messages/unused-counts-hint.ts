/**
 * The hint of a groups column no field takes and no text prints, when its cells are counts
 * ("Số hộ kinh doanh thực phẩm": 14, 0, 22…, qa54 p12): it may be meant as a measure's base. Here,
 * apart, because output/inputs.ts says it and the studio (studio/messages.ts) says it in its own
 * words by its key.
 */
import { msg } from './message.js';

export const unusedCountsHint = (header: string) =>
  msg`If it is each group's count or target for a measure, take the measure against it (of: ${header}) so that its rates are taken against it; else print it with {{group.[${header}]}} in campaign.yaml or a template, rename it to a known header (README.md › Inputs › Groups), or delete the column.`;

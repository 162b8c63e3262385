/**
 * Model: a number to call as the poster's one line of them prints it, "Cảnh sát khẩn cấp: 113 ·
 * Công an phường: 0225 3 846 113": a line broke before "113", the number alone under its name
 * (qa56 p1). `lead` is the name and its ":" held to the number by no-break spaces: a short name
 * (four words or fewer) whole, a longer one by its last word, so the line breaks between two
 * numbers to call or inside a long name, never before a number.
 */
import type { Hotline } from '../load/hotlines.js';

const NBSP = '\u00a0';

/** Up to this many words, a name to call is kept whole on the number's line. */
const SHORT_NAME_WORDS = 4;

/** A number to call with its `lead`: "Cảnh sát khẩn cấp: " with no-break spaces; '' without a name. */
export interface PrintedHotline extends Hotline {
  lead: string;
}

/** The hotline with its name held to its number (see above). */
export function withLead(hotline: Hotline): PrintedHotline {
  const words = hotline.who.trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return { ...hotline, lead: '' };
  const kept = words.length <= SHORT_NAME_WORDS ? 0 : words.length - 1;
  const lead = `${words.slice(0, kept).join(' ')}${kept > 0 ? ' ' : ''}${words.slice(kept).join(NBSP)}:${NBSP}`;
  return { ...hotline, lead };
}

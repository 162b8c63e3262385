/**
 * Load stage: which campaign a file without an `id` is, for the figures its groups report. Such
 * a file (made before ids, or by hand) has its figures under its notice's year, number and
 * symbol as written ("2025-5-UBND-VHXH"; a symbol typed "/UBND-VHXH" keeps its "/", as the
 * stores made before the loader took that mark off hold it). The loader gives it that as its
 * `id`, and the studio writes exactly that into the file the first time it saves it, so both
 * read and add to the same figures. A draft awaiting its number has no such key: it would
 * change when the number is filled in, and every draft of a year with the same symbol would
 * share it (campaign-checks.ts refuses a draft that declares measures without an id).
 */
import { normalizeText } from './normalize.js';

export function noticeKey(campaign: {
  issued: string;
  notice: { number: number | null; symbol: string };
}): string | undefined {
  const { number, symbol } = campaign.notice;
  if (number === null) return undefined;
  return `${campaign.issued.slice(0, 4)}-${number}-${normalizeText(symbol)}`;
}

/**
 * Load stage: the unit the notice's header names and the one its sentences name are the same.
 * Since the 2025 reorganisation many a xã became a phường or the reverse, and a campaign copied
 * from last year's, or from a neighbour's, keeps "XÃ TÂN HÒA" in `issuer.name` while `issuer.ward`
 * says "phường Tân Hòa": every copy would print one unit at its top and another in its sentences
 * and its "Bản gửi" line (qa11 Q13). Which is right only the office knows: a warning, not an error.
 * In: the campaign. Out: the warning, or none.
 */
import { UserError } from '../errors.js';
import { msg } from '../messages/message.js';
import { unitWordIn } from '../model/unit-term.js';
import type { LineOf } from './campaign-checks.js';
import type { Campaign } from './campaign-schema.js';

export function issuerUnitWarnings(c: Campaign, file: string, lineOf: LineOf): UserError[] {
  const { issuer } = c;
  // The header's unit: its own lines', else its parent's ("UBND PHƯỜNG X" over "PHÒNG VĂN HÓA -
  // XÃ HỘI").
  const line = [...issuer.name, issuer.parent].find((l) => unitWordIn(l) !== undefined);
  const header = line === undefined ? undefined : unitWordIn(line);
  const ward = unitWordIn(issuer.ward);
  if (line === undefined || header === undefined || ward === undefined || header === ward)
    return [];
  return [
    new UserError(
      // A parent written as its lines (joined by "\n") is quoted on one line.
      msg`the header says "${line.replace(/\s+/g, ' ').trim()}" (a ${header}) but the ward is written "${issuer.ward}" (a ${ward}): the notice would name one unit at its top and another in its sentences`,
      { file, line: lineOf(['issuer', 'ward']), field: 'issuer.ward' },
      msg`Write the same unit in issuer.name (the header) and issuer.ward, as the unit is called since the 2025 reorganisation.`,
    ),
  ];
}

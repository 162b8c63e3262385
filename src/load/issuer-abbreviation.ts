/**
 * Load stage: the issuing body's own name abbreviated ("UBND PHƯỜNG HỒNG BÀNG", qa58 p5). Decree
 * 30 (Phụ lục I) writes the issuer's name in full; only the cơ quan chủ quản line above it may
 * shorten "Ủy ban nhân dân" to "UBND" ("UBND PHƯỜNG X" over "PHÒNG VĂN HÓA - XÃ HỘI"). The notice
 * printed it as typed and nothing said so: a warning at the line, with the full form to write.
 * In: the campaign. Out: the warning, or none.
 */
import { UserError } from '../errors.js';
import { msg } from '../messages/message.js';
import type { LineOf } from './campaign-checks.js';
import type { Campaign } from './campaign-schema.js';

const SHORT = /^UBND\s+(\S.*)$/u;

export function issuerAbbreviationWarnings(c: Campaign, file: string, lineOf: LineOf): UserError[] {
  const { name } = c.issuer;
  // The last line is the issuer's own name; a line above it is a body it belongs to.
  const at = name.length - 1;
  const own = (name[at] ?? '').replace(/\s+/g, ' ').trim().normalize('NFC');
  const m = SHORT.exec(own);
  if (!m?.[1]) return [];
  return [
    new UserError(
      msg`the issuer's name "${own}" is abbreviated: Decree 30 writes the issuing body's name in full (only the body above it may be shortened to "UBND")`,
      { file, line: lineOf(['issuer', 'name', String(at)]), field: `issuer.name.${at}` },
      msg`Write it in full on two lines: "ỦY BAN NHÂN DÂN", then "${m[1]}".`,
    ),
  ];
}

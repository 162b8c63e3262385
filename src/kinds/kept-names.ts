/**
 * Kinds: the names a document keeps on one line — the group's (as written and as running text
 * says it), its leader's, the ward's and its place, the signer's. "Liên hệ trưởng thôn Trần Quốc
 * ⏎ Toản." on a flyer split a person's name, one word alone on a line (qa8 K4); the notice kept
 * the group's name whole already. layout/names.ts joins each name's words with no-break spaces.
 */
import { nameJoiner } from '../layout/names.js';
import type { DocContext } from '../model/context.js';
import type { Run } from '../template/blocks.js';

export function keptNames(ctx: DocContext): (runs: readonly Run[]) => Run[] {
  const { group, issuer, notice } = ctx;
  return nameJoiner(
    [
      group.name,
      ctx.groupInText,
      group.leader,
      issuer.ward,
      issuer.place,
      notice.signer.name,
    ].filter((x): x is string => typeof x === 'string'),
  );
}

/**
 * Kinds: the names a document keeps on one line — the group's (as written and as running text
 * says it), its leader's, the ward's and its place, the office's, the signer's and the bodies a
 * ward's papers name ("Ủy ban nhân dân"). "Liên hệ trưởng thôn Trần Quốc ⏎ Toản." on a flyer
 * split a person's name, one word alone on a line (qa8 K4); "phường Ngọc ⏎ Hà", "Ủy ban nhân ⏎
 * dân xã" (qa19). layout/names.ts joins each name's words with no-break spaces; renderSections
 * applies it to every section. (Times and amounts: layout/kept-tokens.ts.)
 */
import { nameJoiner } from '../layout/names.js';
import type { DocContext } from '../model/context.js';
import { leaderNames } from '../model/leaders.js';
import type { Run } from '../template/blocks.js';

/** The bodies a ward's papers name, each one name (both spellings of "Ủy"/"Uỷ"). */
const BODIES = [
  'Ủy ban nhân dân',
  'Uỷ ban nhân dân',
  'Hội đồng nhân dân',
  'Mặt trận Tổ quốc Việt Nam',
  'Ủy ban Mặt trận Tổ quốc Việt Nam',
  'Uỷ ban Mặt trận Tổ quốc Việt Nam',
];

export function keptNames(ctx: DocContext): (runs: readonly Run[]) => Run[] {
  const { group, issuer, notice } = ctx;
  return nameJoiner(
    [
      group.name,
      ctx.groupInText,
      group.leader,
      // Each of two leaders, as the flyer names them with their phones (qa40 m5).
      ...(leaderNames(group.leader) ?? []),
      issuer.ward,
      issuer.place,
      issuer.office,
      notice.signer.name,
      // The ward's word for its groups and their leaders: "Trưởng khu ⏎ phố" (qa20).
      ctx.term.group,
      ctx.term.Group,
      ctx.term.leader,
      ctx.term.Leader,
      ...BODIES,
    ].filter((x): x is string => typeof x === 'string'),
  );
}

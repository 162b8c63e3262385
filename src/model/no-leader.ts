/**
 * Model stage: the steps of a group the list gives no leader (load/groups/rows.ts `noLeader`,
 * qa58 p1). "Đăng ký … với tổ trưởng hoặc đại lý thu BHYT" sent the residents of a tổ between
 * two leaders to no one: there the leader's title, with the unit word after it when the step
 * says it ("tổ trưởng tổ dân phố"), becomes the office ("Phòng Văn hóa - Xã hội, phường Hồng
 * Bàng"), as its flyer's foot names it. The check warns the office of each such group.
 */
import type { Campaign } from '../load/campaign.js';
import type { GroupTerm } from './group-term.js';

const LETTER = String.raw`[\p{L}\p{M}]`;

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The leader's titles ("tổ trưởng", "trưởng thôn, trưởng ấp") as one pattern, a unit word after. */
function leaderPattern(term: Pick<GroupTerm, 'leader' | 'group'>): RegExp {
  const titles = term.leader
    .split(/\s*,\s*/)
    .map((t) => t.trim())
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map(escaped);
  return new RegExp(
    `(?<!${LETTER})(?:${titles.join('|')})(?:\\s+${escaped(term.group)})?(?!${LETTER})`,
    'giu',
  );
}

/** The campaign's actions, each step naming the office where it named the group's leader. */
export function stepsWithoutLeader(
  actions: Campaign['actions'],
  term: Pick<GroupTerm, 'leader' | 'group'>,
  office: string,
): Campaign['actions'] {
  if (!actions?.length || !term.leader.trim()) return actions;
  const pattern = leaderPattern(term);
  return actions.map((a) => {
    const step = a.step.normalize('NFC').replace(pattern, office);
    return step === a.step ? a : { ...a, step };
  });
}

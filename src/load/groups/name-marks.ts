/**
 * Load stage, groups: a numbered name whose words before its number differ from the other
 * names' only by a mark ("Tổ dân phố sô 3" among "Tổ dân phố số 1", "số 2"…; qa55 M4): a slip of
 * the keyboard that prints on the notice's heading and "Bản gửi", the leader's page and the
 * report. In: the groups read. Out: a warning per such name, naming its row and the likely name;
 * the name itself is left as typed, as the small-letter warning leaves it (name-case.ts).
 */

import { UserError } from '../../errors.js';
import { msg } from '../../messages/message.js';
import { UNIT_ALTERNATIVES } from '../../model/group-term.js';
import type { Group } from '../types.js';
import type { Column } from './columns.js';

/** A name's words before its number ("Tổ dân phố số" of "Tổ dân phố số 3"), and the number. */
function numbered(name: string): { words: string; number: string } | undefined {
  const m = /^(.*\S)\s+(\d+\S*)$/u.exec(name.normalize('NFC').replace(/\s+/gu, ' ').trim());
  return m?.[1] && m[2] ? { words: m[1], number: m[2] } : undefined;
}

/** Lower case, without marks: "Tổ dân phố sô" and "Tổ dân phố số" alike. */
const bare = (words: string) =>
  words.toLocaleLowerCase('vi').normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd');

/** Whether `typed` differs from `usual` by its marks only (case aside: name-case.ts says that). */
const marksOnly = (typed: string, usual: string): boolean =>
  typed.toLocaleLowerCase('vi') !== usual.toLocaleLowerCase('vi') && bare(typed) === bare(usual);

/**
 * The words whose marks only a slip changes: "số" and the unit words' ("tổ", "dân", "phố",
 * "thôn", "xóm"…), without marks. A place name's may be another name ("Đông" and "Đồng", "Bãi"
 * and "Bái": review55 #3), never a slip to say.
 */
const SLIP_WORDS = new Set([
  'so',
  ...UNIT_ALTERNATIVES.split('|').flatMap((u) => bare(u).split(' ')),
]);

/** A name misspelt by a mark: the word typed, the word the other names write, the name meant. */
export interface MarkSlip {
  slip: string;
  meant: string;
  name: string;
}

/**
 * The groups whose numbered names differ from most others' by a mark, each with its likely name
 * (the groups file warns of them; a results file naming one as meant says it too).
 */
export function markSlips(groups: readonly Group[]): Map<Group, MarkSlip> {
  // How many names write each form of the words before their number, as typed.
  const forms = new Map<string, number>();
  for (const g of groups) {
    const n = numbered(g.name);
    if (n) forms.set(n.words, (forms.get(n.words) ?? 0) + 1);
  }
  const names = new Set(
    groups.map((g) => g.name.normalize('NFC').replace(/\s+/gu, ' ').trim().toLocaleLowerCase('vi')),
  );
  const slips = new Map<Group, MarkSlip>();
  for (const g of groups) {
    const n = numbered(g.name);
    if (!n) continue;
    const own = forms.get(n.words) ?? 0;
    // The form most names write, at least two of them and more than this one's.
    const usual = [...forms]
      .filter(([w, count]) => count >= 2 && count > own && marksOnly(n.words, w))
      .sort((a, b) => b[1] - a[1])[0]?.[0];
    if (usual === undefined) continue;
    const [typed, other] = [n.words.split(' '), usual.split(' ')];
    // Only "số" and unit words, and never a name the list already has: "Thôn Đồng 1" among
    // "Thôn Đông 1", "Thôn Đông 2" is another thôn (review55 #3).
    const differing = typed.filter((w, i) => w !== other[i]);
    if (!differing.every((w) => SLIP_WORDS.has(bare(w)))) continue;
    const meantName = `${usual} ${n.number}`;
    if (names.has(meantName.toLocaleLowerCase('vi'))) continue;
    slips.set(g, {
      slip: differing[0] ?? n.words,
      meant: other.find((w, i) => w !== typed[i]) ?? usual,
      name: meantName,
    });
  }
  return slips;
}

export function markSlipNameWarnings(
  groups: readonly Group[],
  name: Column,
  file: string,
): UserError[] {
  return [...markSlips(groups)].map(
    ([g, { slip, meant, name: meantName }]) =>
      new UserError(
        msg`the name "${g.name.trim()}" writes "${slip}" where the other names write "${meant}": it is printed as typed`,
        { file, row: g.source.row, sheet: g.source.sheet, field: name.header },
        msg`If it should be "${meantName}", correct it in the file.`,
      ),
  );
}

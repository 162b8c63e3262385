/**
 * Studio: when a campaign's print files were made, as the build tab and "Xoá tệp in" say it. The
 * manifest's `builtAt` is its oldest file's read time (the time "Tệp in cũ" is judged by): after a
 * build of some kinds (`build --kind flyer`) it is the earlier build's, and "Đã tạo tệp in lúc …"
 * named that one. Said here: the newest build's time, and the kinds an earlier build left.
 */
import { say } from '../messages/message.js';
import type { GroupTerm } from '../model/group-term.js';
import type { Manifest } from '../output/manifest.js';
import { kindWords } from '../output/skipped-kinds.js';
import { wardTime } from './build-files.js';

export interface PrintsMade {
  /** When the newest build of them began reading the campaign (ms). */
  at: number;
  /** The kinds an earlier build made, in words, and when the earliest of them was read. */
  older?: { kinds: string; at: number };
}

/** When `m`'s print files were made; undefined when it names no time. */
export function printsMade(m: Manifest, term: GroupTerm): PrintsMade | undefined {
  if (m.builtAt === undefined) return undefined;
  const builtAt = m.builtAt;
  const files = [...m.print, ...(m.original ? [m.original] : [])].map((f) => ({
    kind: f.kind,
    at: f.readAt ?? builtAt,
  }));
  const at = Math.max(builtAt, ...files.map((f) => f.at));
  const older = files.filter((f) => f.at < at);
  if (older.length === 0) return { at };
  const kinds = [...new Set(older.map((f) => f.kind))];
  return {
    at,
    older: {
      kinds: say(kindWords(kinds, 'and'), 'vi', term),
      at: Math.min(...older.map((f) => f.at)),
    },
  };
}

/** "lúc 07/12/2026 10:05", and the earlier build's time and kinds when some files are its. */
export function printsMadeSaid(made: PrintsMade): string {
  const older = made.older
    ? `; ${made.older.kinds} là tệp của lần tạo trước, lúc ${wardTime(made.older.at)}`
    : '';
  return `lúc ${wardTime(made.at)}${older}`;
}

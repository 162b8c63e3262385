/**
 * Messages: a list said in a sentence, the first few items named and the rest counted ("Tổ 1,
 * Tổ 2, Tổ 3 và 4 tổ khác"). One reading for every stage and page that names groups, ids or
 * measures in a sentence: the CLI's and the build's warnings (`msg`) and the studio's and
 * serve's Vietnamese pages (`say(…, 'vi', term)`), so the list reads alike wherever it is said.
 */
import { count, joined, type Message, msg, type Value } from './message.js';

/** What the items counted after the named ones are: the ward's groups, ids, or measures. */
export type Counted = 'groups' | 'ids' | 'measures';

const more = (n: number, what: Counted): Message => {
  switch (what) {
    case 'groups':
      return msg`and ${count(n)} more {term.short}`;
    case 'ids':
      return msg`and ${count(n)} more ids`;
    case 'measures':
      return msg`and ${count(n)} more measures`;
  }
};

/**
 * `items` said with `separator` between them, at most `most` of them; past that, the first
 * `most` and how many more there are, with no separator before "và" ("a, b và 3 tổ khác").
 * `separator`: "; " when an item holds commas of its own ("mã 3 “Tổ 3”, nay là …").
 */
export function firstNamed(
  items: readonly Value[],
  most: number,
  what: Counted,
  separator = ', ',
): Message {
  if (items.length <= most) return joined(items, separator);
  return joined([joined(items.slice(0, most), separator), more(items.length - most, what)], ' ');
}

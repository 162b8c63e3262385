/**
 * Load stage, groups: two columns under one header. In: the header row as read (after a two-row
 * header is folded). Out: a warning per header written over more than one column, naming the
 * columns by their letters as Excel shows them.
 *
 * Only the first of such columns is read (columns.ts: the first wins a field; extraColumns keeps
 * the first by header), so the others would be lost without a word: a merged title over two
 * columns with nothing under it, or a column copied and not renamed.
 */
import { UserError } from '../../errors.js';
import { msg } from '../../messages/message.js';
import type { RawRow } from './table.js';

/** 0 → "A", 25 → "Z", 26 → "AA": the column's letters in Excel (and in a CSV opened there). */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function duplicateHeaderWarnings(header: RawRow, file: string): UserError[] {
  const columns = new Map<string, number[]>();
  header.cells.forEach((text, i) => {
    if (text !== '') columns.set(text, [...(columns.get(text) ?? []), i]);
  });
  return [...columns.entries()]
    .filter(([, at]) => at.length > 1)
    .map(([text, at]) => {
      const [first, ...others] = at.map(columnLetters) as [string, ...string[]];
      return new UserError(
        msg`the columns ${[first, ...others].join(', ')} have the same header "${text}": only column ${first} is read`,
        { file, row: header.row },
        msg`Give each column its own header; under a title merged over several columns, write each column's name in the row below it.`,
      );
    });
}

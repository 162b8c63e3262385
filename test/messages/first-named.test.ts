/**
 * The one reading of "the first few named, the rest counted" (messages/first-named.ts), which the
 * studio's pages, serve's and the build's and the CLI's warnings all use.
 */
import { describe, expect, it } from 'vitest';
import { firstNamed } from '../../src/messages/first-named.js';
import { termForms } from '../../src/messages/group-term-forms.js';
import { say } from '../../src/messages/message.js';

const names = (n: number) => Array.from({ length: n }, (_, i) => `Thôn ${i + 1}`);

describe('firstNamed', () => {
  it('names every item when there are no more than the most named', () => {
    expect(say(firstNamed(names(3), 3, 'groups'), 'vi')).toBe('Thôn 1, Thôn 2, Thôn 3');
    expect(say(firstNamed([], 3, 'groups'), 'vi')).toBe('');
  });

  it('names the first ones and counts the rest in the ward\'s word, with no separator before "và"', () => {
    const term = termForms('thôn');
    expect(say(firstNamed(names(7), 3, 'groups'), 'vi', term)).toBe(
      'Thôn 1, Thôn 2, Thôn 3 và 4 thôn khác',
    );
    expect(say(firstNamed(names(7), 3, 'groups'), 'en', term)).toBe(
      'Thôn 1, Thôn 2, Thôn 3 and 4 more thôn',
    );
  });

  it('counts ids and measures by their own word, with the separator asked for', () => {
    const ids = ['mã 1 “Tổ 1”', 'mã 2 “Tổ 2”', 'mã 3 “Tổ 3”'];
    expect(say(firstNamed(ids, 2, 'ids', '; '), 'vi')).toBe(
      'mã 1 “Tổ 1”; mã 2 “Tổ 2” và 1 mã khác',
    );
    expect(say(firstNamed(['a', 'b', 'c', 'd'], 1, 'measures'), 'vi')).toBe('a và 3 chỉ tiêu khác');
  });

  it('groups the thousands of the count', () => {
    expect(say(firstNamed(names(1203), 3, 'groups'), 'vi', termForms('tổ dân phố'))).toBe(
      'Thôn 1, Thôn 2, Thôn 3 và 1.200 tổ khác',
    );
  });
});

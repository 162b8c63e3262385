/**
 * A name's words joined by no-break spaces (layout/names.ts `nameJoiner`), with each list of
 * names' pattern made once and kept (h-perf14): a group's documents one after another, then the
 * next group's, each joins its own names and no other list's.
 */
import { describe, expect, it } from 'vitest';
import { nameJoiner } from '../../src/layout/names.js';

const NBSP = '\u00a0';
const joined = (names: string[], text: string) =>
  nameJoiner(names)([{ text }])
    .map((r) => r.text)
    .join('');

describe('names kept on one line, group after group', () => {
  it('joins the words of the names it is given, not those of the list before', () => {
    const first = ['Tổ dân phố số 5', 'Trần Văn Nam'];
    const second = ['Thôn Đoàn Kết', 'Lê Thị Hoa'];
    const text = 'Tổ dân phố số 5, Trần Văn Nam; Thôn Đoàn Kết, Lê Thị Hoa.';
    for (let i = 0; i < 3; i++) {
      expect(joined(first, text)).toBe(
        `Tổ${NBSP}dân${NBSP}phố${NBSP}số${NBSP}5, Trần${NBSP}Văn${NBSP}Nam; Thôn Đoàn Kết, Lê Thị Hoa.`,
      );
      expect(joined(second, text)).toBe(
        `Tổ dân phố số 5, Trần Văn Nam; Thôn${NBSP}Đoàn${NBSP}Kết, Lê${NBSP}Thị${NBSP}Hoa.`,
      );
    }
  });

  it('finds every name of every run, whichever run a list last read', () => {
    const join = nameJoiner(['Lê Thị Hoa']);
    const runs = join([{ text: 'Lê Thị Hoa gọi' }, { text: 'Gọi Lê Thị Hoa' }]);
    expect(runs.map((r) => r.text)).toEqual([
      `Lê${NBSP}Thị${NBSP}Hoa gọi`,
      `Gọi Lê${NBSP}Thị${NBSP}Hoa`,
    ]);
    expect(join([{ text: 'Lê Thị Hoa' }])[0]?.text).toBe(`Lê${NBSP}Thị${NBSP}Hoa`);
  });
});

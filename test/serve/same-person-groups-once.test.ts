/**
 * `samePersonGroups` (a leader of several tổ) is asked on every leader's page: the list's rows
 * are read to join them once per version of the list, not on every request, and a new version
 * (a leader's phone changed) is joined anew, not answered from the old one.
 */
import { describe, expect, it } from 'vitest';
import { samePersonGroups } from '../../src/serve/links.js';

/** Rows whose leader counts how often it is read: what joining them costs is reading each. */
function rowsReadCounted(rows: { id: string; leader: string; phone: string }[]) {
  let reads = 0;
  const list = rows.map((r) => ({
    id: r.id,
    phone: r.phone,
    get leader() {
      reads++;
      return r.leader;
    },
  }));
  return { list, reads: () => reads };
}

const ROWS = [
  { id: '1', leader: 'Nguyễn Văn Hùng', phone: '0912 345 678' },
  { id: '2', leader: 'Trần Thị Thu Hằng', phone: '0983 214 567' },
  { id: '3', leader: 'Nguyễn Văn Hùng', phone: '0912345678' },
];

const ids = (m: Map<string, { id: string }[]>) =>
  Object.fromEntries([...m].map(([id, others]) => [id, others.map((o) => o.id)]));

describe('the groups one person leads, asked on every page', () => {
  it('reads the list once, however often it is asked', () => {
    const { list, reads } = rowsReadCounted(ROWS);
    expect(ids(samePersonGroups(list))).toEqual({ '1': ['3'], '3': ['1'] });
    const first = reads();
    for (let i = 0; i < 5; i++)
      expect(ids(samePersonGroups(list))).toEqual({ '1': ['3'], '3': ['1'] });
    expect(reads()).toBe(first);
    // The answer's groups are the caller's own rows.
    expect(samePersonGroups(list).get('1')?.[0]).toBe(list[2]);
  });

  it('joins a new version of the list anew', () => {
    const changed = ROWS.map((r) => (r.id === '3' ? { ...r, phone: '0868 150 932' } : r));
    expect(ids(samePersonGroups(changed))).toEqual({});
    const again = [...ROWS, { id: '4', leader: 'Trần Thị Thu Hằng', phone: '0983 214 567' }];
    expect(ids(samePersonGroups(again))).toEqual({
      '1': ['3'],
      '3': ['1'],
      '2': ['4'],
      '4': ['2'],
    });
  });
});

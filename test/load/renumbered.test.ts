/**
 * Load stage, groups: a new file against the one in use. An id that now carries another group's
 * name (rows renumbered after a deleted one) is a shift; a name edited on its own row is a rename.
 */
import { describe, expect, it } from 'vitest';
import {
  droppedGroups,
  goneIdsWarning,
  idShifts,
  listChange,
} from '../../src/load/groups/renumbered.js';

const list = (...names: string[]) => names.map((name, i) => ({ id: String(i + 1), name }));

describe('idShifts', () => {
  it('names each id whose group moved after a deleted row', () => {
    const before = list(
      'Khu phố 1',
      'Khu phố 2',
      'Khu phố 3',
      'Khu phố 4',
      'Khu phố 5',
      'Khu phố 6',
    );
    const after = list('Khu phố 1', 'Khu phố 2', 'Khu phố 3', 'Khu phố 5', 'Khu phố 6');
    expect(idShifts(before, after)).toEqual([
      { id: '4', was: 'Khu phố 4', now: 'Khu phố 5' },
      { id: '5', was: 'Khu phố 5', now: 'Khu phố 6' },
    ]);
  });

  it('says nothing of a name edited on its row, of new rows, or of a name typed another way', () => {
    const before = list('Thôn Tây', 'Thôn Đông');
    expect(idShifts(before, list('Thôn Tây Hạ', 'thon dong.', 'Thôn Mới'))).toEqual([]);
  });

  it('names two rows that swapped places', () => {
    expect(idShifts(list('Tổ 1', 'Tổ 2'), list('Tổ 2', 'Tổ 1'))).toEqual([
      { id: '1', was: 'Tổ 1', now: 'Tổ 2' },
      { id: '2', was: 'Tổ 2', now: 'Tổ 1' },
    ]);
  });
});

describe('goneIdsWarning', () => {
  it('names the ids a new list lacks, and the id each has lost its leading zeros to (qa10 Q1)', () => {
    const before = [
      { id: '01', name: 'Tổ dân phố số 1' },
      { id: '02', name: 'Tổ dân phố số 2' },
      { id: '3', name: 'Tổ dân phố số 3' },
    ];
    // As Excel saves the workbook as CSV: "01" is 1.
    const after = [
      { id: '1', name: 'Tổ dân phố số 1' },
      { id: '2', name: 'Tổ dân phố số 2' },
      { id: '3', name: 'Tổ dân phố số 3' },
    ];
    const { gone } = listChange(before, after);
    const w = goneIdsWarning(gone, after, 'groups.csv', undefined);
    expect(w.describe('vi')).toBe(
      'groups.csv: 2 mã của danh sách đang dùng không còn trong danh sách mới: mã 01 (“Tổ dân phố số 1”), nay ghi “1”; mã 02 (“Tổ dân phố số 2”), nay ghi “2”; đường dẫn đã gửi cho các tổ trưởng này không mở được nữa, và số liệu của họ không được tính',
    );
    expect(w.hintIn('vi')).toContain('Mã mất số 0 ở đầu (“01” thành “1”)');
  });

  it('gives the plain hint when an id is simply gone', () => {
    const before = list('Khu phố 1', 'Khu phố 2');
    const w = goneIdsWarning(
      listChange(before, list('Khu phố 1')).gone,
      list('Khu phố 1'),
      'g.csv',
      undefined,
    );
    expect(w.describe('en')).toContain('id 2 ("Khu phố 2")');
    expect(w.hintIn('en')).toBe(
      "Keep each group's id as it was in the list the leaders' links were sent from.",
    );
  });
});

// Review 38 (7): a list's own groups after ids shift or leaders are elected are not dropped; an
// old ward's list over another's (qa28 m1: the same ids and names, every leader and phone other) is.
describe('droppedGroups', () => {
  const five = [1, 2, 3, 4, 5].map((i) => ({
    id: String(i),
    name: `Tổ dân phố ${i}`,
    leader: `Nguyễn Văn ${'ABCDE'[i - 1]}`,
    phone: `091234560${i}`,
  }));
  it('keeps every group when one is inserted at the top and the ids shift', () => {
    const after = [
      { id: '1', name: 'Tổ dân phố 1A', leader: 'Trần Thị X', phone: '0987000000' },
      ...five.map((g) => ({ ...g, id: String(Number(g.id) + 1) })),
    ];
    expect(droppedGroups(five, after)).toEqual([]);
  });
  it('keeps every group when two swap their ids', () => {
    const after = five.map((g) => ({ ...g, id: g.id === '1' ? '2' : g.id === '2' ? '1' : g.id }));
    expect(droppedGroups(five, after)).toEqual([]);
  });
  it('keeps every group after elections in 4 of the 5', () => {
    const after = five.map((g, i) =>
      i < 4 ? { ...g, leader: `Lê Thị Mới ${i}`, phone: `090000000${i}` } : g,
    );
    expect(droppedGroups(five, after)).toEqual([]);
  });
  it('drops every group of another list under the same ids and names', () => {
    const after = five.map((g, i) => ({ ...g, leader: `Hoàng Thị ${i}`, phone: `097700000${i}` }));
    expect(droppedGroups(five, after)).toEqual(five.map(({ id, name }) => ({ id, name })));
  });
  it('drops a group whose id another group, by another name and leader, has now', () => {
    const after = [
      { id: '1', name: 'Tổ dân phố Hòa Bình', leader: 'Hoàng Thị Y', phone: '0977000009' },
      ...five.slice(1),
    ];
    expect(droppedGroups(five, after)).toEqual([{ id: '1', name: 'Tổ dân phố 1' }]);
  });
});

/**
 * Load stage, groups: a new file against the one in use. An id that now carries another group's
 * name (rows renumbered after a deleted one) is a shift; a name edited on its own row is a rename.
 */
import { describe, expect, it } from 'vitest';
import { idShifts } from '../../src/load/groups/renumbered.js';

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

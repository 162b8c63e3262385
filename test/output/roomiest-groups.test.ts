/**
 * The groups whose documents the build lays out first to warn of what will not fit
 * (output/room-notes.ts): a group whose flyer is longer only for its leaders' contact line is
 * among them, so its flyer's map is not left out unsaid.
 */
import { describe, expect, it } from 'vitest';
import type { Group } from '../../src/load/types.js';
import { roomiestGroups } from '../../src/output/room-notes.js';

const group = (id: string, more: Partial<Group> = {}): Group => ({
  id,
  name: `Tổ dân phố số ${id}`,
  source: { file: 'groups.csv', row: Number(id) + 1 },
  ...more,
});

describe('the groups asked what will not fit', () => {
  it('include the group with two leaders and their phones', () => {
    const groups = [
      group('1', { leader: 'Lan', phone: '0901234567' }),
      group('2', { name: 'Tổ dân phố số 2 khu tập thể Thành Công', venue: 'Nhà văn hoá' }),
      group('3', { venue: 'Nhà văn hoá tổ dân phố số 3, ngõ 12 Láng Hạ' }),
      group('4', {
        leader: 'Nguyễn Thị Minh Khai; Trần Văn Hùng',
        phone: '0901234567; 0912345678',
      }),
      group('5', { leader: 'Hoa' }),
    ];
    expect(roomiestGroups(groups).map((g) => g.id)).toContain('4');
  });
});

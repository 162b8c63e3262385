/**
 * Two leaders in one cell of the groups file (load/leaders.ts): names split only into persons,
 * never a person and their title (review42 #3).
 */
import { describe, expect, it } from 'vitest';
import { cellPhoneLinks, leaderContacts, leaderNames } from '../../src/load/leaders.js';

describe('leaderNames', () => {
  it.each([
    'Nguyễn Văn An, Tổ Trưởng',
    'Nguyễn Văn Tư, Trưởng Ban',
    'Nguyễn Văn An, Tổ Trưởng Tổ Dân Phố',
    'Nguyễn Văn An, Bí thư chi bộ',
    'Nguyễn Văn An, Phó Bí Thư',
    'Nguyễn Văn An, Phó Tổ Trưởng',
    'Nguyễn Văn An, Phó Chủ Tịch',
    'Nguyễn Văn An, Phó Ban',
    // Deputy titles that once read as a second leader named "Phó …" (review43 #1).
    'Nguyễn Văn An, Phó Chỉ Huy Trưởng',
    'Nguyễn Văn An, Phó Hiệu Trưởng',
    'Nguyễn Văn An, Phó Thường Trực',
    'Nguyễn Văn An, Phó Tổng Giám Đốc',
    'Nguyễn Văn An, Phó Mặt Trận',
    'Nguyễn Văn An, Phó Trực Ban',
    'Nguyễn Văn An, Phó Văn Phòng',
    'Nguyễn Văn An, Phó Xã Đội Trưởng',
    // All capitals: "Phó" is compared as written, so this is one leader (with a warning).
    'NGUYỄN THỊ HƯỜNG, PHÓ ĐỨC PHƯƠNG',
    'Lò Văn Sơn, Trưởng Bản',
    'Y Ñuôn Niê, Buôn Trưởng',
    'Nguyễn Văn An',
    'Nguyễn Văn An, Lan',
  ])('"%s" is one leader', (cell) => {
    expect(leaderNames(cell)).toBeUndefined();
  });

  it.each([
    ['Trịnh Thị Ngọc, Lương Văn Khải', ['Trịnh Thị Ngọc', 'Lương Văn Khải']],
    ["H'Hen Niê, Y Ñuôn Niê", ["H'Hen Niê", 'Y Ñuôn Niê']],
    ['H’Hen Niê và Y Ñuôn Niê', ['H’Hen Niê', 'Y Ñuôn Niê']],
    ['Nguyễn Văn An; Trần Thị Bình', ['Nguyễn Văn An', 'Trần Thị Bình']],
    // Phó, a surname, before a name: not the deputy's title.
    ['Nguyễn Thị Hường, Phó Đức Phương', ['Nguyễn Thị Hường', 'Phó Đức Phương']],
    ['Phó Thị Hằng và Lê Văn Tám', ['Phó Thị Hằng', 'Lê Văn Tám']],
    // Given names that are also title words do not make Phó a title.
    ['Lê Văn Tám, Phó Anh Thư', ['Lê Văn Tám', 'Phó Anh Thư']],
    ['Lê Văn Tám, Phó Đức Huy', ['Lê Văn Tám', 'Phó Đức Huy']],
  ])('"%s" is two leaders', (cell, names) => {
    expect(leaderNames(cell)).toEqual(names);
  });

  it('gives a leader and a title one phone, with no mismatch to warn of', () => {
    expect(leaderContacts('Nguyễn Văn An, Tổ Trưởng', '0912 111 222')).toBeUndefined();
    expect(leaderContacts("H'Hen Niê, Y Ñuôn Niê", '0912 111 222 - 0987 333 444')).toEqual([
      { name: "H'Hen Niê", phone: '0912 111 222' },
      { name: 'Y Ñuôn Niê', phone: '0987 333 444' },
    ]);
  });
});

/** Each phone of a cell as the office's call lists link it: "dial shown", the text after it. */
const links = (cell: string) => cellPhoneLinks(cell).map((p) => [`${p.dial} ${p.shown}`, p.after]);

describe('cellPhoneLinks (review57b #6)', () => {
  it('dials each number of a cell written with "/" and no spaces on its own', () => {
    expect(links('0912 005 484/0983 100 004')).toEqual([
      ['0912005484 0912 005 484', '/'],
      ['0983100004 0983 100 004', ''],
    ]);
  });

  it('prints an extension after the number, never dialled nor a number of its own', () => {
    expect(links('1900 1234, nhánh 2')).toEqual([['19001234 1900 1234', ', nhánh 2']]);
    expect(links('0225.3846.555 (máy lẻ 12)')).toEqual([
      ['02253846555 0225.3846.555', ' (máy lẻ 12)'],
    ]);
  });

  it('links no number one cannot call', () => {
    expect(links('024 3864 511')).toEqual([[' 024 3864 511', '']]);
    expect(links('chưa có')).toEqual([[' chưa có', '']]);
  });

  it('pairs two leaders with numbers written with "/" and an extension', () => {
    expect(
      leaderContacts('Trịnh Thị Ngọc, Lương Văn Khải', '0912 005 484/0225.3846.555 (máy lẻ 12)'),
    ).toEqual([
      { name: 'Trịnh Thị Ngọc', phone: '0912 005 484' },
      { name: 'Lương Văn Khải', phone: '0225.3846.555 (máy lẻ 12)' },
    ]);
  });
});

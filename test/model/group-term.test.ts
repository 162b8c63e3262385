/**
 * The ward's word for its groups: read from the groups' names when the campaign does not say it,
 * the campaign's `issuer.group_term` when it does, "tổ dân phố" when the names differ; and the
 * groups file's headers in that word ("Tên thôn", "Trưởng bản"…) read as the name and the leader.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGroups } from '../../src/load/groups/index.js';
import { UNITS } from '../../src/load/unit-words.js';
import {
  groupOwnTerm,
  groupTermOf,
  innermostUnitWordOf,
  readGroupTerm,
} from '../../src/model/group-term.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

describe('the ward’s word for its groups', () => {
  it('is the unit word every name begins with, in each form a sentence needs', () => {
    const t = groupTermOf(undefined, ['Khu phố 1', 'Khu phố Tân Định 2', 'KHU PHỐ 10']);
    expect(t).toEqual({
      group: 'khu phố',
      Group: 'Khu phố',
      groups: 'các khu phố',
      Groups: 'Các khu phố',
      short: 'khu phố',
      Short: 'Khu phố',
      leader: 'trưởng khu phố',
      Leader: 'Trưởng khu phố',
      LeaderColumn: 'Trưởng khu phố',
    });
    expect(groupTermOf(undefined, ['Thôn Đông', 'Thôn 2']).Leader).toBe('Trưởng thôn');
    expect(groupTermOf(undefined, ['Ấp Bình Thạnh', 'Ấp 3']).groups).toBe('các ấp');
    expect(groupTermOf(undefined, ['Bản Mường', 'Bản Co Muông']).group).toBe('bản');
    expect(groupTermOf(undefined, ['Xóm 1', 'Xóm 2']).group).toBe('xóm');
    expect(groupTermOf(undefined, ['Khóm 1', 'Khóm 2']).group).toBe('khóm');
    expect(groupTermOf(undefined, ['Khu 1', 'Khu 2']).group).toBe('khu');
    expect(groupTermOf(undefined, ['Làng Dơk Ktu', 'Làng Ia Bă']).Leader).toBe('Trưởng làng');
    expect(groupTermOf(undefined, ['Buôn Ako Dhông', 'Buôn Kô Tam']).short).toBe('buôn');
    expect(groupTermOf(undefined, ['Sóc Ruộng', 'Sóc Tre']).groups).toBe('các sóc');
    // A tổ's head is a "tổ trưởng", and the groups are counted as "tổ".
    const to = groupTermOf(undefined, ['Tổ 1', 'Tổ 2']);
    expect([to.group, to.short, to.Leader]).toEqual(['tổ', 'tổ', 'Tổ trưởng']);
  });

  it('of a tổ dân phố ward is the words the tool has always printed', () => {
    const t = groupTermOf(undefined, ['Tổ dân phố số 1', 'Tổ dân phố số 2']);
    expect([t.group, t.Group, t.groups, t.short, t.Short, t.leader, t.Leader]).toEqual([
      'tổ dân phố',
      'Tổ dân phố',
      'các tổ dân phố',
      'tổ',
      'Tổ',
      'tổ trưởng',
      'Tổ trưởng',
    ]);
  });

  it('says "khu dân cư" when as many names begin with each word (qa11 Q8: none of them is a "tổ dân phố")', () => {
    expect(groupTermOf(undefined, ['Khu phố 1', 'Thôn 2', 'Tổ 3']).group).toBe('khu dân cư');
    expect(groupTermOf(undefined, ['Thôn Đông', 'Tổ dân phố Chợ']).group).toBe('khu dân cư');
    expect(
      groupTermOf(undefined, ['Khu phố 1', 'Khu phố 7', 'Ấp Rạch Tràm', 'Ấp Gành Gió']).Groups,
    ).toBe('Các khu dân cư');
    // Most names' word does not win either: it would call the ấp a khu phố (review).
    expect(groupTermOf(undefined, ['Khu phố 1', 'Khu phố 7', 'Ấp Rạch Tràm']).group).toBe(
      'khu dân cư',
    );
  });

  it('takes "Tổ 3" among "Tổ dân phố số N" as a tổ dân phố typed short, not a second kind', () => {
    expect(
      groupTermOf(undefined, ['Tổ dân phố số 1', 'Tổ dân phố số 2', 'Tổ 3 - Khu 1']).group,
    ).toBe('tổ dân phố');
    expect(groupTermOf(undefined, ['Tổ 1', 'Tổ 2', 'Tổ dân cư số 3']).group).toBe('tổ');
    // Another kind beside them is still a mixed list.
    expect(groupTermOf(undefined, ['Tổ dân phố số 1', 'Tổ 2', 'Thôn Đông']).group).toBe(
      'khu dân cư',
    );
  });

  it('falls back to "tổ dân phố" when no name begins with a unit word', () => {
    expect(groupTermOf(undefined, ['Bến Thành', 'Chợ Lớn']).group).toBe('tổ dân phố');
    // A word must end where the unit word does: "Tổng kho" is no "tổ", "Khu phố" no "khu".
    expect(groupTermOf(undefined, ['Tổng kho 1', 'Tổng kho 2']).group).toBe('tổ dân phố');
    expect(groupTermOf(undefined, ['Khu phố 1', 'Khu 2']).group).toBe('khu dân cư');
    expect(groupTermOf(undefined, []).group).toBe('tổ dân phố');
  });

  it('of a commune whose names mix words is the word that covers them all, and says each', () => {
    // A Central Highlands commune: thôn and buôn, neither "tổ" nor "thôn" for all of them (the
    // buôn is no thôn; review: "Danh sách thôn" over 3 thôn and 2 tổ dân phố).
    const names = ['Thôn 1', 'Buôn Ea Knuếc', 'Thôn Tân Lập', 'thôn 4'];
    const reading = readGroupTerm(undefined, names);
    expect([reading.term.group, reading.term.Groups]).toEqual(['khu dân cư', 'Các khu dân cư']);
    expect(
      readGroupTerm(undefined, [
        'Thôn 1',
        'Thôn 2',
        'Thôn 3',
        'Tổ dân phố Đông 1',
        'Tổ dân phố Đông 2',
      ]).term.Group,
    ).toBe('Khu dân cư');
    expect(reading.mixed).toEqual([
      { word: 'thôn', names: 3 },
      { word: 'buôn', names: 1 },
    ]);
    expect(groupTermOf(undefined, ['Ấp 1', 'Ấp 2', 'Bản Co']).groups).toBe('các khu dân cư');
    // A name with no unit word says nothing: the others' word is the ward's, nothing mixed.
    const some = readGroupTerm(undefined, ['Thôn 1', 'Thôn 2', 'Ea Knuếc']);
    expect([some.term.group, some.mixed]).toEqual(['thôn', []]);
    expect(readGroupTerm(undefined, ['Khu phố 1', 'Khu phố 2']).mixed).toEqual([]);
    expect(readGroupTerm('thôn', names).mixed).toEqual([]);
  });

  it('is the campaign’s own when given, whatever the names say', () => {
    const t = groupTermOf('Thôn', ['Khu phố 1', 'Khu phố 2']);
    expect([t.group, t.Group, t.Leader]).toEqual(['thôn', 'Thôn', 'Trưởng thôn']);
    expect(groupTermOf('tổ dân cư', ['Khu phố 1']).Leader).toBe('Tổ trưởng');
  });
});

describe('groups file headers in the ward’s word', () => {
  it.each([
    ['Mã khu phố', 'Tên khu phố', 'Trưởng khu phố', 'Khu phố 3'],
    ['STT', 'Khu phố', 'Họ tên trưởng khu phố', 'Khu phố Tân Định 2'],
    ['Mã thôn', 'Tên thôn', 'Trưởng thôn', 'Thôn Đông'],
    ['STT', 'Tên ấp', 'Trưởng ấp', 'Ấp Bình Thạnh'],
    ['STT', 'Tên bản', 'Trưởng bản', 'Bản Mường'],
    ['STT', 'Tên xóm', 'Trưởng xóm', 'Xóm 2'],
    ['STT', 'Tên khóm', 'Trưởng khóm', 'Khóm 4'],
    ['Mã khu', 'Tên khu', 'Trưởng khu', 'Khu 5'],
  ])('"%s", "%s", "%s" are the id, name and leader', async (id, name, leader, value) => {
    const dir = await makeTempDir();
    const file = join(dir, 'groups.csv');
    await writeFile(file, `${id};${name};${leader}\n7;${value};Nguyễn Văn An\n`);
    const [g] = await loadGroups(file);
    expect(g).toMatchObject({ id: '7', name: value, leader: 'Nguyễn Văn An' });
    expect(g?.columns).toBeUndefined();
  });
});

describe('one group’s own word', () => {
  it('is its name’s unit word when the ward mixes them, unless the campaign gives the word', () => {
    const ward = groupTermOf(undefined, ['Thôn Đông', 'Tổ dân phố Chợ']);
    expect(ward.group).toBe('khu dân cư');
    expect(groupOwnTerm(undefined, 'Thôn Đông', ward).Leader).toBe('Trưởng thôn');
    expect(groupOwnTerm(undefined, 'Tổ dân phố Chợ', ward).Leader).toBe('Tổ trưởng');
    // All the heads together by their titles; no one's own title is two titles.
    expect(ward.Leader).toBe('Trưởng thôn, tổ trưởng tổ dân phố');
    // As one column's header: one noun, each title whole, the "Trưởng" shared when it can be.
    expect(ward.LeaderColumn).toBe('Trưởng thôn/Tổ trưởng tổ dân phố');
    expect(groupTermOf(undefined, ['Thôn Đông', 'Bản Mường', 'Thôn 2']).LeaderColumn).toBe(
      'Trưởng thôn/bản',
    );
    const unnamed = groupOwnTerm(undefined, 'Đồng Tâm', ward);
    expect(unnamed.group).toBe(ward.group);
    expect(unnamed.Leader).not.toContain(',');
    expect(unnamed.LeaderColumn).toBe(unnamed.Leader);
    const given = groupTermOf('tổ dân phố', ['Thôn Đông']);
    expect(groupOwnTerm('tổ dân phố', 'Thôn Đông', given).Leader).toBe('Tổ trưởng');
    // Among names of several units the campaign's word names those that say none (qa23 #1).
    const names = ['Thôn Đông', 'Tổ dân phố Chợ', 'Câu Hạ'];
    const commune = groupTermOf('thôn', names);
    expect(groupOwnTerm('thôn', 'Tổ dân phố Chợ', commune).Leader).toBe('Tổ trưởng');
    expect(groupOwnTerm('thôn', 'Câu Hạ', commune).Leader).toBe('Trưởng thôn');
    expect(groupOwnTerm('thôn', 'Tổ dân phố Chợ', commune).groups).toBe('các thôn');
  });

  it('says all the groups in the ward’s word: "các khu dân cư" in a thôn’s copy too (qa11 Q19)', () => {
    const ward = groupTermOf(undefined, ['Thôn Đông', 'Tổ dân phố Chợ']);
    const thon = groupOwnTerm(undefined, 'Thôn Đông', ward);
    expect([thon.group, thon.short]).toEqual(['thôn', 'thôn']);
    expect([thon.groups, thon.Groups]).toEqual(['các khu dân cư', 'Các khu dân cư']);
  });
});

describe('a name of two units, the outer one first (qa12 Q3)', () => {
  it('is its innermost unit: "Khu phố 3 - Tổ 2" is a tổ, "Thôn Đông - Xóm 1" a xóm', () => {
    const kp = groupTermOf(undefined, ['Tổ 1', 'Tổ 2']);
    for (const name of ['Khu phố 3 - Tổ 2', 'Khu phố 3 – Tổ 2', 'KP2 - Tổ 5', 'Khu phố 3, tổ 2']) {
      expect(groupOwnTerm(undefined, name, kp).Leader, name).toBe('Tổ trưởng');
    }
    const ward = groupTermOf(undefined, ['Khu phố 3 - Tổ 2', 'Khu phố 3 - Tổ 5', 'Khu phố 4']);
    // Two tổ and a khu phố: the word for both.
    expect(ward.group).toBe('khu dân cư');
    expect(groupTermOf(undefined, ['Khu phố 3 - Tổ 2', 'Khu phố 3 - Tổ 5']).group).toBe('tổ');
    expect(groupOwnTerm(undefined, 'Thôn Đông - Xóm 1', ward).Leader).toBe('Trưởng xóm');
    // One unit, whatever its proper name holds: a hyphen in it, another unit's word inside it.
    expect(groupOwnTerm(undefined, 'Buôn Ea-Kmăt', ward).Leader).toBe('Trưởng buôn');
    expect(groupOwnTerm(undefined, 'Thôn Xóm Mới', ward).Leader).toBe('Trưởng thôn');
  });
});

describe('a place after a dash in a group’s name (qa15)', () => {
  it('leaves the unit the name begins with: an estate’s "Khu …", "Khu dân cư …" is no inner unit', () => {
    for (const [name, word] of [
      ['Tổ dân phố Khu tái định cư Đồng Tàu - Khu đô thị mới Linh Đàm mở rộng', 'tổ dân phố'],
      ['Khu phố Chánh Nghĩa Mới - Khu dân cư Hiệp Thành 3 mở rộng (thuộc phường cũ)', 'khu phố'],
      ['Tổ dân phố số 5 - Phường cũ Hàng Bạc', 'tổ dân phố'],
      ['Tổ dân phố số 5 – Khu phố 2 cũ', 'tổ dân phố'],
      ['Thôn Đông - Khu 3', 'thôn'],
      ['Ấp 4 - Khu dân cư Rạch Tràm', 'ấp'],
      ['Khu phố 3', 'khu phố'],
      ['Thôn Đông', 'thôn'],
      ['Ấp 4', 'ấp'],
      ['Khu dân cư số 2', 'khu dân cư'],
      // Still its innermost unit when the later part is one that lies inside the first.
      ['Khu phố 3 - Tổ 2', 'tổ'],
      ['KP2 - Tổ 5', 'tổ'],
      ['Thôn Đông - Xóm 1', 'xóm'],
      ['Khu dân cư số 2 - Tổ dân phố 7', 'tổ dân phố'],
      ['Khu phố 3 - Tổ 2 - Khu tái định cư Bình Khánh', 'tổ'],
      // A bracket names the group's parts, whatever its commas and dashes (qa23 #1).
      [
        'Thôn Phú Mỹ Thượng (gồm xóm Đình, xóm Chùa, xóm Giếng và khu tái định cư Đồng Bến)',
        'thôn',
      ],
      ['Thôn Phú Mỹ Hạ (gồm xóm Bãi Sông và cụm dân cư ven đê tả Hữu Đuống)', 'thôn'],
      ['Tổ dân phố Đông Hưng Thuận 1 (khu đô thị mới - phân khu A1, A2, A3)', 'tổ dân phố'],
      ['Thôn Đông (gồm xóm 1, xóm 2', 'thôn'],
    ] as const) {
      expect(innermostUnitWordOf(name), name).toBe(word);
    }
  });

  it('names no unit for a name that is only places, whatever follows its dash', () => {
    expect(innermostUnitWordOf('Đồng Tàu')).toBeUndefined();
    expect(innermostUnitWordOf('Đồng Tàu - Khu đô thị mới Linh Đàm')).toBeUndefined();
    expect(innermostUnitWordOf('Hàng Bạc (cũ) - Khu dân cư số 2')).toBeUndefined();
  });

  it('keeps the ward’s word its rows’ first words say, and each group’s own', () => {
    const hoangLiet = [
      'Tổ dân phố số 1',
      'Tổ dân phố Khu tái định cư Đồng Tàu - Khu đô thị mới Linh Đàm mở rộng giai đoạn 2 (cũ)',
    ];
    const reading = readGroupTerm(undefined, hoangLiet);
    expect([reading.term.group, reading.term.Leader, reading.mixed]).toEqual([
      'tổ dân phố',
      'Tổ trưởng',
      [],
    ]);
    expect(groupOwnTerm(undefined, hoangLiet[1] ?? '', reading.term).Leader).toBe('Tổ trưởng');
    const thuDauMot = ['Khu phố Chánh Nghĩa Mới - Khu dân cư Hiệp Thành 3 mở rộng'];
    const kp = groupTermOf(undefined, thuDauMot);
    expect([kp.group, kp.Leader]).toEqual(['khu phố', 'Trưởng khu phố']);
    expect(groupOwnTerm(undefined, thuDauMot[0] ?? '', kp).short).toBe('khu phố');
    // A mixed list: an only-place name says nothing, the others' word is the ward's.
    const mixed = readGroupTerm(undefined, [
      'Khu phố 3',
      'Khu phố 4 - Khu dân cư Bình Minh',
      'Đồng Tàu',
      'Đồng Tàu - Khu đô thị mới',
    ]);
    expect([mixed.term.group, mixed.mixed]).toEqual(['khu phố', []]);
  });
});

describe('the heads of all the groups of a list of several kinds', () => {
  const KHU_PHO = [1, 2, 3, 4, 5, 6].map((n) => `Khu phố ${n}`);
  it.each([
    // 6 khu phố and 2 ấp: "khu dân cư" for all of them, but no one is a "trưởng khu dân cư".
    [[...KHU_PHO, 'Ấp Bình Thới', 'Ấp Tân Hòa'], 'khu dân cư', 'Trưởng khu phố, trưởng ấp'],
    // A tổ inside a khu phố is a tổ: its head is a "tổ trưởng", not a "tổ trưởng tổ dân phố".
    [['Khu phố 3 - Tổ 1', 'Khu phố 3 - Tổ 2', 'Ấp Tân Hòa'], 'khu dân cư', 'Tổ trưởng, trưởng ấp'],
    [['Khu phố 3 - Tổ 1', 'Khu phố 3 - Tổ 2', 'KP4 - Tổ 1'], 'tổ', 'Tổ trưởng'],
    [['Thôn 1', 'Thôn 2', 'Tổ dân phố Chợ'], 'khu dân cư', 'Trưởng thôn, tổ trưởng tổ dân phố'],
    // One kind, however typed: the words the tool has always printed.
    [['Tổ dân phố số 1', 'Tổ dân phố số 2', 'Tổ 3'], 'tổ dân phố', 'Tổ trưởng'],
  ])('%j: "%s", its heads "%s"', (names, word, Leader) => {
    const ward = groupTermOf(undefined, names);
    expect(ward.group).toBe(word);
    expect(ward.Leader).toBe(Leader);
    expect(ward.leader).toBe(Leader.charAt(0).toLocaleLowerCase('vi') + Leader.slice(1));
  });

  it('names each group’s head by its own title', () => {
    const names = ['Khu phố 3 - Tổ 2', 'Khu phố 1', 'Ấp Tân Hòa', 'Tổ dân phố Chợ'];
    const ward = groupTermOf(undefined, names);
    expect(names.map((n) => groupOwnTerm(undefined, n, ward).Leader)).toEqual([
      'Tổ trưởng',
      'Trưởng khu phố',
      'Trưởng ấp',
      'Tổ trưởng',
    ]);
  });

  it('says them for a campaign that calls its groups "khu dân cư" itself', () => {
    const names = [...KHU_PHO, 'Ấp Bình Thới'];
    const ward = groupTermOf('khu dân cư', names);
    expect(ward.Leader).toBe('Trưởng khu phố, trưởng ấp');
    expect(groupOwnTerm('khu dân cư', 'Ấp Bình Thới', ward).Leader).toBe('Trưởng ấp');
    // Another word given is the office's choice for all of them.
    expect(groupTermOf('khu phố', names).Leader).toBe('Trưởng khu phố');
  });
});

describe('a name led by a unit’s short form', () => {
  it('is said in that unit’s word, for every short form the unit list gives', () => {
    // load/unit-words.ts is the one list of unit words and their short forms ("TDP", "KP",
    // "KDC"): each one leads a hand-typed name as its unit word would.
    const shorts = UNITS.flatMap((u) => (u.short ? [[u.short, u.word] as const] : []));
    expect(shorts.length).toBeGreaterThan(0);
    for (const [short, word] of shorts) {
      expect(groupTermOf(undefined, [`${short} số 1`, `${short}2`]).group, short).toBe(word);
    }
  });
});

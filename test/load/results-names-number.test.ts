/**
 * A group written as a unit word and a number ("Thôn 1", "TDP 1", "Tổ 4") in a xã whose thôn
 * have ids 1–4 and names without a number (qa22 #3): a guess of the thôn whose id it is, never
 * the thôn taken; in a ward whose names carry numbers ("Tổ 1" …) the number stays the name's.
 * The namer as the residents list and the results import use it (results-names.ts).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGroups } from '../../src/load/groups/index.js';
import { groupNamer } from '../../src/load/results-names.js';
import type { Group } from '../../src/load/types.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

/** The xã's thôn list as qa22 typed it (thon.csv): ids 1–4, names with no number. */
const THON = [
  ['1', 'Thôn Câu Hạ'],
  ['2', 'Thôn Câu Thượng'],
  ['3', 'Thôn Phương Chử Đông'],
  ['4', 'Thôn Phương Chử Tây (gồm cụm dân cư Đồng Khốn và xóm Trại mới tách)'],
] as const;

async function groupsOf(rows: readonly (readonly [string, string])[], header = 'Mã;Tên thôn') {
  const dir = await makeTempDir('results-names-number-');
  const file = join(dir, 'groups.csv');
  await writeFile(file, `${header};Số hộ\n${rows.map(([id, n]) => `${id};${n};100`).join('\n')}\n`);
  return loadGroups(file);
}

/** What the namer says of a name alone: the group's id taken, or the id guessed. */
function said(groups: readonly Group[], name: string, id = '', counter = false) {
  const found = groupNamer(groups).find(id, name, [], counter);
  if ('group' in found) return { taken: found.group.id, unnamed: 'unnamed' in found };
  if ('likely' in found) return { guess: found.likely?.id };
  if ('disagree' in found)
    return { disagree: found.disagree.byId.id, guess: found.disagree.byName?.id };
  return { none: true };
}

describe('a thôn written "Thôn 1" where the thôn names carry no number', () => {
  it('is a guess of the thôn whose id is the number, whatever the unit word', async () => {
    const groups = await groupsOf(THON);
    for (const [typed, id] of [
      ['Thôn 1', '1'],
      ['Thôn 3', '3'],
      ['TDP 1', '1'],
      ['Tổ 4', '4'],
      ['thôn số 02', '2'],
    ] as const)
      expect(said(groups, typed), typed).toEqual({ guess: id });
    // No thôn 5; a name as written is the thôn; "Câu Thượng" is still the guess by name.
    expect(said(groups, 'Thôn 5')).toEqual({ none: true });
    expect(said(groups, 'Thôn Câu Hạ')).toEqual({ taken: '1', unnamed: false });
    expect(said(groups, 'Câu Thượng')).toEqual({ guess: '2' });
    // A bare number in the id's cell is the id, as before.
    expect(said(groups, '', '3')).toEqual({ taken: '3', unnamed: false });
  });

  it('beside an id: its own thôn is taken by the id and said; another is a disagreement', async () => {
    const groups = await groupsOf(THON);
    expect(said(groups, 'Thôn 1', '1')).toEqual({ taken: '1', unnamed: true });
    expect(said(groups, 'Thôn 1', '2')).toEqual({ disagree: '2', guess: '1' });
    // A row counter ("STT 1") is no id: the number may be the row's; nothing is taken.
    expect(said(groups, 'Thôn 1', '1', true)).toEqual({ disagree: '1' });
  });

  it('is no guess where a thôn name carries a number, a remark aside', async () => {
    const numbered = await groupsOf([
      ['1', 'Thôn 1'],
      ['2', 'Thôn Đồng Xuân'],
    ]);
    expect(said(numbered, 'Thôn 2')).toEqual({ none: true });
    // A number in a bracketed remark is not the name's.
    const remark = await groupsOf([
      ['1', 'Thôn Đông (gồm 2 xóm)'],
      ['2', 'Thôn Tây'],
    ]);
    expect(said(remark, 'Thôn 2')).toEqual({ guess: '2' });
  });
});

describe('a ward whose names carry numbers ("Tổ 1" …)', () => {
  it("keeps the number the name's: the abbreviation taken, a typo or short form guessed by name, another number none", async () => {
    const groups = await groupsOf(
      [
        ['1', 'Tổ dân phố 1'],
        ['2', 'Tổ dân phố 2'],
        ['3', 'Tổ dân phố 3'],
        ['7', 'Tổ dân phố 12'],
      ],
      'Mã;Tên tổ dân phố',
    );
    // The unit's abbreviation written out is the name itself (qa43 minor 7): taken.
    expect(said(groups, 'TDP 3')).toEqual({ taken: '3', unnamed: false });
    expect(said(groups, 'Tổ 2')).toEqual({ guess: '2' });
    // "Tổ 7" is no tổ's name; the id 7 is tổ dân phố 12's, not meant by it.
    expect(said(groups, 'Tổ 7')).toEqual({ none: true });
  });

  it('still offers no place a whole word off ("Tây" for "Đông")', async () => {
    const groups = await groupsOf([
      ['3', 'Thôn Phương Chử Đông'],
      ['5', 'Thôn Câu Hạ'],
    ]);
    expect(said(groups, 'Thôn Phương Chử Tây')).toEqual({ none: true });
  });
});

/**
 * qa49 m3: a number to call typed twice — in the notice's body and under "Số điện thoại cần biết"
 * — and corrected in one place only. In the storm run every notice printed 0225.3.857.999 and
 * every flyer 0225 3857 888, with no word. `check` now warns at the hotline's line, naming both
 * numbers; a body that gives the same numbers (the fire drill as written) is not warned.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hotlineDisagreements } from '../../src/load/hotline-body-check.js';
import { checkVi } from '../support/cli.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

const FIXTURE = new URL('../fixtures/qa40/', import.meta.url);
const HEADING = 'của “Số điện thoại cần biết”';

describe("the storm's hotline, fixed in the list only", () => {
  it('is found by its name in the body, and by its digits when the body names it otherwise', () => {
    const body = [
      '3\\. Đường dây nóng phường: 0225.3.857.999 (trực 24/24).',
      'Mọi thông tin xin gọi số 0225.3.857.999.',
    ];
    const found = hotlineDisagreements(['Đường dây nóng phường: 0225 3857 888'], body);
    expect(found).toEqual([
      { index: 0, who: 'Đường dây nóng phường', number: '0225 3857 888', inBody: '0225.3.857.999' },
    ]);
    // The same number in both: nothing to say.
    expect(hotlineDisagreements(['Đường dây nóng phường: 0225.3.857.999'], body)).toEqual([]);
    // What is no sign (a review's cases): a longer name ("Tổ dân phố 12"); words between the name
    // and another's number; a fax beside the line's own number; two services' 1900 lines; the
    // same number with +84; a line's second number.
    const none: [string[], string][] = [
      [['Tổ dân phố 1: 0912 345 111'], 'Tổ dân phố 12: 0912 345 678'],
      [
        ['Công an phường: 0236 3 888 999'],
        'Công an phường phối hợp Ban quản lý chợ (0236 3 777 111) kiểm tra.',
      ],
      [
        ['UBND phường: 0236 3 888 999'],
        'UBND phường: 0236 3 888 999 (máy lẻ 12), fax 0236 3 888 998',
      ],
      [['Tổng đài EVN: 1900 1006'], 'Tổng đài BHXH 1900 1007.'],
      [['Công an phường: 0236 3 888 999'], 'Công an phường: +84 236 3 888 999'],
      [['Công an phường: 0236 3 888 999 - 0905 123 456'], 'Công an phường: 0905 123 456'],
    ];
    for (const [lines, text] of none) expect(hotlineDisagreements(lines, [text]), text).toEqual([]);
    // A digit mistyped, or two swapped, with no name: found by the digits.
    expect(
      hotlineDisagreements(['Trạm Y tế: 0236 3 842 115'], ['Gọi 0236 3 842 151.']),
    ).toHaveLength(1);
    // Another place's number after the name is not this line's slip when the list has it too.
    expect(
      hotlineDisagreements(
        ['Trạm Y tế: 0225 3 842 115', 'Đường dây nóng phường: 0225.3.857.999'],
        ['Trạm Y tế, đường dây nóng phường: 0225.3.857.999'],
      ),
    ).toEqual([]);
  });
});

describe('check, on the fire drill (body and list give the same numbers as written)', () => {
  let dir: string;
  let yaml: string;
  let groups: string;
  beforeAll(async () => {
    dir = await makeTempDir('phuong-print-hotline-body-');
    yaml = await readFile(new URL('d-pccc.yaml', FIXTURE), 'utf8');
    groups = join(dir, 'groups.csv');
    await writeFile(groups, await readFile(new URL('groups.csv', FIXTURE)));
  });
  afterAll(removeTempDirs);

  const check = async (text: string) => {
    const file = join(dir, 'campaign.yaml');
    await writeFile(file, text);
    const run = await checkVi(file, groups);
    expect(run.code, run.stderr).toBe(0);
    return `${run.stdout}\n${run.stderr}`.replace(/\s+/g, ' ');
  };

  it('says nothing about the numbers as the fixture gives them', async () => {
    const body = /4\\\. Mọi tình huống.*$/m.exec(yaml)?.[0] ?? '';
    // What the body and the list both give (read from the fixture, not assumed).
    expect(body).toContain('0987.654.321');
    expect(yaml).toContain('"Trực ban PCCC: 0987.654.321"');
    expect(await check(yaml)).not.toContain(HEADING);
  });

  it('warns at the line fixed in the list only, naming the number the notice still prints', async () => {
    const fixed = yaml.replace('"Trực ban PCCC: 0987.654.321"', '"Trực ban PCCC: 0987.654.322"');
    const lines = fixed.split('\n');
    const at = lines.findIndex((l) => l.includes('0987.654.322')) + 1;
    const said = await check(fixed);
    expect(said).toContain(
      `dòng 3 ${HEADING} (“Trực ban PCCC: 0987.654.322”) ghi số 0987 654 322, nhưng nội dung văn bản ghi số 0987.654.321`,
    );
    expect(said).toContain(`dòng ${at}, mục thứ 3 của “hotlines”: dòng 3 ${HEADING}`);
    expect(said).toContain('Sửa số đã cũ, ở “Nội dung”');
    // The other lines agree with the body: not warned.
    expect(said).not.toContain(`dòng 2 ${HEADING}`);
  });

  it('warns when the list gives the place another number altogether, by its name in the body', async () => {
    const moved = yaml.replace(
      '"Công an phường: 0225.3.857.114"',
      '"Công an phường: 0225 3 600 600"',
    );
    const said = await check(moved);
    expect(said).toContain(
      `dòng 2 ${HEADING} (“Công an phường: 0225 3 600 600”) ghi số 0225 3 600 600, nhưng nội dung văn bản ghi số 0225.3.857.114`,
    );
  });
});

/**
 * The tracking sheet's rows, the instruction over them and the rate line under them say the same
 * thing (qa7 B3, C3, F3). A dengue campaign's sheet had a row per household and asked "………
 * người / 1.624 nhân khẩu"; a training's roster of the 12 households invited asked about the
 * whole buôn's population; a contest's household rows were ticked "when the resident has done
 * the step" and counted against the population. Now: a campaign that reports nothing counts
 * what its rows are (households, or the people of a roster of residents, against the roster's
 * own count); a contest counts people against the population, each household row taking the
 * number of its people. Read from the built sheets (pdftotext); expected figures from the files.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArgs, runCliInProcess } from '../support/cli.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { collapseSpaces, pdfPageTexts, pdfText } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

const ACTIONS = `actions:
  - step: Lật úp, bỏ đi các vật chứa nước.
    column: Đã dọn vật chứa nước
`;
const CONTEST = `contest:
  name: Tìm hiểu Luật Căn cước năm 2023
  platform: Cổng thi trực tuyến của tỉnh
  starts: 2026-12-10
  ends: 2026-12-31
links:
  contest: { url: "https://thi.example.gov.vn/cuoc-thi", label: Trang cuộc thi }
`;

const FIGURES = {
  1: { households: 40, population: 160 },
  2: { households: 35, population: 140 },
  3: { households: 30, population: 120 },
} as const;
const GROUPS = `STT;Tên khu phố;Số hộ;Số nhân khẩu
${Object.entries(FIGURES)
  .map(([id, f]) => `${id};Khu phố ${id};${f.households};${f.population}`)
  .join('\n')}
`;
/** Khu phố 2's roster lists households by their heads; khu phố 3's lists residents. */
const HOUSEHOLDS = ['Y Bhim Niê', "H'Nĕ Byă", 'Ama Khoa'];
const RESIDENTS = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung'];
const roster = (header: string, names: string[]) =>
  `STT;${header};Địa chỉ\n${names.map((n, i) => `${i + 1};${n};Nhà số ${i + 1}`).join('\n')}\n`;

type Sheets = ((id: keyof typeof FIGURES) => Promise<string>) & {
  /** The sheet's row numbers (the lines that are a number alone), in order. */
  numbers: (id: keyof typeof FIGURES) => Promise<number[]>;
};

async function buildSheets(name: string, extra: string): Promise<Sheets> {
  const dir = await makeTempDir(`phuong-print-tally-${name}-`);
  await mkdir(join(dir, 'rosters'));
  await writeFile(join(dir, 'campaign.yaml'), `${NOTICE_ONLY}${extra}`);
  await writeFile(join(dir, 'groups.csv'), GROUPS);
  await writeFile(join(dir, 'rosters', '2.csv'), roster('Họ và tên chủ hộ', HOUSEHOLDS));
  await writeFile(join(dir, 'rosters', '3.csv'), roster('Họ và tên', RESIDENTS));
  const run = await runCliInProcess([
    ...buildArgs(join(dir, 'campaign.yaml'), join(dir, 'groups.csv'), join(dir, 'out')),
    '--kind',
    'tracker',
    '--rosters',
    join(dir, 'rosters'),
  ]);
  expect(run.code, run.stderr).toBe(0);
  const pdf = (id: keyof typeof FIGURES) =>
    readFile(join(dir, 'out', `khu-pho-${id}`, 'tracker.pdf'));
  return Object.assign(
    async (id: keyof typeof FIGURES) => collapseSpaces(await pdfText(await pdf(id))),
    {
      numbers: async (id: keyof typeof FIGURES) =>
        (await pdfPageTexts(await pdf(id)))
          .flatMap((page) => page.split('\n'))
          .map((l) => l.trim())
          .filter((l) => /^\d+$/.test(l))
          .map(Number),
    },
  );
}

/** 1, 2, … n. */
const upTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

const thousands = (n: number) => n.toLocaleString('vi-VN');

afterAll(removeTempDirs);

describe('a campaign that reports no figure (no measure, no contest)', () => {
  let sheet: Sheets;
  beforeAll(async () => {
    sheet = await buildSheets('actions', ACTIONS);
  }, 120_000);

  it('counts households on a sheet of blank household rows', async () => {
    const text = await sheet(1);
    expect(text).toContain('Đánh dấu “x” vào ô khi hộ gia đình đã làm xong việc đó.');
    expect(text).toContain(`Tỷ lệ tham gia: ……… hộ / ${FIGURES[1].households} hộ = ……… %`);
    expect(text).not.toContain('nhân khẩu');
  });

  it('counts against the households its roster lists', async () => {
    const text = await sheet(2);
    for (const name of HOUSEHOLDS) expect(text).toContain(name);
    expect(text).toContain('Đánh dấu “x” vào ô khi hộ gia đình đã làm xong việc đó.');
    expect(text).toContain(`Tỷ lệ tham gia: ……… hộ / ${HOUSEHOLDS.length} hộ = ……… %`);
  });

  it('prints a roster of households as listed, no blank rows after: it is the set counted', async () => {
    expect(await sheet.numbers(2)).toEqual(upTo(HOUSEHOLDS.length));
  });

  it('counts people against the residents its roster lists', async () => {
    const text = await sheet(3);
    for (const name of RESIDENTS) expect(text).toContain(name);
    expect(text).toContain('Đánh dấu “x” vào ô khi người dân đã làm xong việc đó.');
    expect(text).toContain(`Tỷ lệ tham gia: ……… người / ${RESIDENTS.length} người = ……… %`);
  });
});

describe('a contest (its community prize ranks people over the population)', () => {
  let sheet: Sheets;
  beforeAll(async () => {
    sheet = await buildSheets('contest', CONTEST);
  }, 120_000);

  it('asks each household row for its count of people', async () => {
    for (const id of [1, 2] as const) {
      const text = await sheet(id);
      expect(text).toContain(
        'Mỗi dòng là một hộ: ghi vào ô số người trong hộ đã làm xong bước đó.',
      );
      expect(text).not.toContain('Đánh dấu “x”');
      expect(text).toContain(
        `Tỷ lệ tham gia: ……… người / ${thousands(FIGURES[id].population)} nhân khẩu = ……… %`,
      );
    }
  });

  it('ticks the residents of a roster of residents, against the population', async () => {
    const text = await sheet(3);
    expect(text).toContain('Đánh dấu “x” vào ô khi người dân đã làm xong bước đó.');
    expect(text).toContain(
      `Tỷ lệ tham gia: ……… người / ${thousands(FIGURES[3].population)} nhân khẩu = ……… %`,
    );
  });
});

/**
 * The name column says what a row is (qa8 L1): a sheet of household rows headed "Họ và tên" was
 * filled with every resident's name. Household rows (blank ones, or a roster of heads of
 * household) are headed as that roster's own file heads them; residents' rows as theirs.
 */
describe('the name column', () => {
  let sheet: Sheets;
  beforeAll(async () => {
    sheet = await buildSheets('names', ACTIONS);
  }, 120_000);

  it.each([1, 2] as const)('is "Họ và tên chủ hộ" over household rows (khu phố %i)', async (id) => {
    expect(await sheet(id)).toMatch(/STT Họ và tên chủ hộ Địa chỉ/);
  });

  it('is "Họ và tên" over the residents of a roster', async () => {
    const text = await sheet(3);
    expect(text).toMatch(/STT Họ và tên Địa chỉ/);
    expect(text).not.toContain('chủ hộ');
  });
});

/**
 * A roster shorter than the group (qa22 #2: 6 households of a thôn of 212 made a one-page sheet):
 * when the rate counts households, a roster of households is followed by blank numbered rows up to
 * the group's households, as the sheet without a roster has them; a roster of residents is not
 * filled up to anything (a sheet without a roster has no rows of people to compare).
 */
describe('a measure of households and rosters shorter than the group', () => {
  let sheet: Sheets;
  beforeAll(async () => {
    sheet = await buildSheets(
      'partial',
      `${ACTIONS}measures:\n  - id: ho_da_don\n    label: Số hộ đã dọn vật chứa nước\n    of: households\n`,
    );
  }, 120_000);

  it("follows a roster of households with blank numbered rows up to the group's households", async () => {
    const text = await sheet(2);
    for (const [i, name] of HOUSEHOLDS.entries()) expect(text).toContain(`${i + 1} ${name}`);
    // Then the blank rows to the last (the last page filled with spare rows after them).
    const numbers = await sheet.numbers(2);
    expect(numbers.slice(0, FIGURES[2].households)).toEqual(upTo(FIGURES[2].households));
    expect(text).toContain(`……… hộ / ${FIGURES[2].households} hộ`);
  });

  it('prints a roster of residents as listed', async () => {
    expect(await sheet.numbers(3)).toEqual(upTo(RESIDENTS.length));
  });
});

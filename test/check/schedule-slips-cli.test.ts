/**
 * qa29: a campaign where each group has its own day, time and place (a VNeID drive by the
 * police). What `check`, `build` and `import-docx` say, in the words an office reads:
 * - M1: the place column "Địa điểm" (read as each group's venue) that nothing prints is warned
 *   of like the unknown columns beside it;
 * - M2: a `when`/`where` that only points at the notice's schedule table ("theo lịch … tại bảng
 *   trên"), as import-docx reads one, is warned of with the way that works;
 * - M3: a weekday its date contradicts ("Chủ nhật, 12/12/2026" is a Saturday);
 * - m1: hours no clock has ("25h00", "7:75") and hours that end before they start;
 * - m3: a phone in a column headed "SĐT cán bộ" prints grouped as the leader's does.
 * The inputs are test/fixtures/qa29 (the QA round's, cut to six groups).
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildArgs, checkVi, runCliInProcess } from '../support/cli.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const FIXTURES = fileURLToPath(new URL('../fixtures/qa29/', import.meta.url));
const GROUPS = join(FIXTURES, 'groups.csv');
const CAMPAIGN = join(FIXTURES, 'campaign.yaml');

/** The fixture's campaign with `edit` made, in a folder of its own. */
async function campaignWith(edit: (text: string) => string): Promise<string> {
  const file = join(await makeTempDir('phuong-print-qa29-'), 'campaign.yaml');
  const text = await readFile(CAMPAIGN, 'utf8');
  const edited = edit(text);
  expect(edited).not.toBe(text);
  await writeFile(file, edited);
  return file;
}

const said = async (campaign: string, groups = GROUPS) => {
  const run = await checkVi(campaign, groups);
  expect(run.code, run.stderr).toBe(0);
  return collapseSpaces(run.stderr);
};
/** What `check` says of the fixture as it is: run once for the five cases that read it. */
let fixtureSaid: Promise<string> | undefined;
const saidOfFixture = () => {
  fixtureSaid ??= said(CAMPAIGN);
  return fixtureSaid;
};

describe('the place column nothing prints (qa29 M1)', () => {
  it('is warned of, by file and column, when the campaign prints no place from it', async () => {
    // As the QA round's: `where` removed, the body says the place in words.
    const campaign = await campaignWith((t) =>
      t
        .replace('where: "{{group.[Địa điểm]}}"\n', '')
        .replace('- Địa điểm: {{where}}.', '- Địa điểm: theo lịch của tổ.'),
    );
    expect(await said(campaign)).toContain(
      `cảnh báo: ${GROUPS}, mục “Địa điểm”: cột này được đọc là địa điểm của từng tổ, nhưng chưa có nội dung nào in cột này gợi ý: Muốn in địa điểm riêng của từng tổ, ghi where: "{{group.[Địa điểm]}}" trong campaign.yaml`,
    );
  });

  it('is not, once `where` prints it', async () => {
    expect(await saidOfFixture()).not.toContain('mục “Địa điểm”');
  });

  // Review 38 (1): a campaign with one place for everyone ("Hội trường UBND phường") and the
  // ward's standard list with its cultural-house column: nothing is missing, nothing to say.
  const VENUE_SAID = 'được đọc là địa điểm của từng';
  const HALL = 'where: "Hội trường UBND phường"\n';
  it.each([
    ['hai-phong', 'Địa chỉ nhà văn hóa'],
    ['tan-dinh', 'Địa điểm sinh hoạt'],
  ])('is not said of examples/%s’s list (“%s”) when `where` is one place', async (name) => {
    const dir = join(await makeTempDir('phuong-print-venue-'), name);
    const example = fileURLToPath(new URL(`../../examples/${name}/`, import.meta.url));
    await cp(example, dir, { recursive: true });
    const campaign = join(dir, 'campaign.yaml');
    await writeFile(campaign, `${await readFile(campaign, 'utf8')}\n${HALL}`);
    const text = await said(campaign, join(dir, 'groups.csv'));
    expect(text).not.toContain(VENUE_SAID);
    expect(text).not.toContain('xoá cột');
  });

  it('is said when `where` only points at the table', async () => {
    const campaign = await campaignWith((t) =>
      t.replace(
        'where: "{{group.[Địa điểm]}}"',
        'where: "theo lịch của từng tổ dân phố tại bảng trên"',
      ),
    );
    expect(await said(campaign)).toContain(`mục “Địa điểm”: cột này ${VENUE_SAID} tổ`);
  });
});

describe('a time or place that points at the notice’s table (qa29 M2)', () => {
  it('is warned of at its line, with the columns to use instead', async () => {
    const words = 'theo lịch của từng tổ dân phố tại bảng trên';
    const campaign = await campaignWith((t) =>
      t
        .replace('when: "{{group.[Giờ]}}, ngày {{group.[Ngày]}}"', `when: ${words}`)
        .replace('where: "{{group.[Địa điểm]}}"', `where: ${words}`),
    );
    const text = await said(campaign);
    const lines = (await readFile(campaign, 'utf8')).split('\n');
    const lineOf = (key: string) => lines.findIndex((l) => l.startsWith(`${key}:`)) + 1;
    expect(text).toContain(
      `cảnh báo: ${campaign}, dòng ${lineOf('when')}, mục “when”: “${words}” chỉ sang một bảng hay lịch (“bảng”): tờ rơi, phiếu kiểm tra, bảng theo dõi, áp phích và trang của tổ trưởng in dòng “Thời gian” này nhưng không in bảng đó, nên người dân không biết ngày giờ của tổ mình`,
    );
    expect(text).toContain(
      `cảnh báo: ${campaign}, dòng ${lineOf('where')}, mục “where”: “${words}” chỉ sang một bảng hay lịch (“bảng”)`,
    );
    expect(text).toContain(
      'in dòng “Địa điểm” này nhưng không in bảng đó, nên người dân không biết địa điểm của tổ mình',
    );
    expect(text).toContain(
      'gợi ý: Ghi ngày, giờ, địa điểm của từng tổ vào các cột của danh sách tổ (ví dụ “Ngày”, “Giờ”, “Địa điểm”) rồi in các cột đó ở đây: when: "{{group.[Giờ]}}, ngày {{group.[Ngày]}}", where: "{{group.[Địa điểm]}}"',
    );
  });

  it('is said by import-docx of a notice whose days are in a table', async () => {
    const out = join(await makeTempDir('phuong-print-qa29-import-'), 'd');
    const run = await runCliInProcess([
      'import-docx',
      join(FIXTURES, 'cong-van-lich.docx'),
      '--out',
      out,
      '--lang',
      'vi',
    ]);
    const text = collapseSpaces(`${run.stdout}\n${run.stderr}`);
    const yaml = await readFile(join(out, 'campaign.yaml'), 'utf8');
    // The notice's own words, as the import read them.
    expect(yaml).toContain('theo lịch của từng tổ dân phố tại bảng trên');
    expect(text).toMatch(
      /cảnh báo: \S*campaign\.yaml, dòng \d+, mục “where”: “theo lịch của từng tổ dân phố tại bảng trên” chỉ sang một bảng hay lịch \(“bảng”\)/,
    );
    expect(text).toMatch(/mục “when”: “theo lịch của từng tổ dân phố tại bảng trên” chỉ sang/);
    expect(text).toContain(
      'gợi ý: Ghi ngày, giờ, địa điểm của từng tổ vào các cột của danh sách tổ (ví dụ “Ngày”, “Giờ”, “Địa điểm”)',
    );
  });

  it('is not said of a time and place the groups file gives', async () => {
    expect(await saidOfFixture()).not.toContain('chỉ sang một bảng');
  });

  // Review 38 (2): a place with "bảng" in its name, a map "kèm theo", a day given beside the
  // schedule are not pointers; a value that only points elsewhere is.
  const withField = (field: 'when' | 'where', value: string) =>
    campaignWith((t) =>
      field === 'when'
        ? t.replace(
            'when: "{{group.[Giờ]}}, ngày {{group.[Ngày]}}"',
            `when: ${JSON.stringify(value)}`,
          )
        : t.replace('where: "{{group.[Địa điểm]}}"', `where: ${JSON.stringify(value)}`),
    );
  // qa50 M1: a line that gives its days or places and still sends the reader to the notice's
  // table prints that pointer on every flyer with no table under it: said too, in its own words.
  const ONLY = 'chỉ sang một bảng hay lịch';
  const BESIDE = 'chỉ người đọc sang “';
  it.each([
    ['where', 'Bảng tin khu phố 3', undefined],
    ['where', 'Sân nhà văn hóa, cạnh bảng tin tổ dân phố', undefined],
    ['where', 'Trước bảng điện tử UBND phường', undefined],
    ['where', 'Đình làng Bảng', undefined],
    ['where', 'Nhà văn hóa tổ 3 (xem sơ đồ kèm theo)', undefined],
    ['where', 'Nhà văn hóa từng tổ theo lịch', undefined],
    ['when', 'Chủ nhật 13/12/2026, kèm theo lễ ra quân', undefined],
    ['when', 'Ngày 13/12/2026 (lịch cụ thể do tổ trưởng thông báo)', undefined],
    ['when', '7h30, theo lịch của từng tổ', undefined],
    ['when', 'theo lịch của từng tổ dân phố', ONLY],
    ['when', 'xem bảng dưới', ONLY],
    ['when', 'theo danh sách kèm theo', ONLY],
    ['when', 'lịch cụ thể như sau', ONLY],
    ['where', 'tại bảng kèm theo', ONLY],
    ['where', 'theo phụ lục đính kèm', ONLY],
    ['where', 'theo bảng phân công', ONLY],
    ['when', 'từ ngày 12/12/2026 đến ngày 20/12/2026 (theo lịch tại bảng dưới)', BESIDE],
    ['where', 'các nhà văn hóa tổ dân phố và Hội trường UBND phường (theo bảng dưới)', BESIDE],
    ['when', 'Thứ Bảy 12/12/2026, lịch cụ thể từng lớp như sau', BESIDE],
    // review50 B3: the place given, the annex a route map; each group's own column printed.
    ['where', 'Hội trường UBND phường (sơ đồ đường đi tại phụ lục)', BESIDE],
    ['when', '08h00, ngày {{group.[Ngày]}} (theo bảng dưới)', BESIDE],
    ['where', '{{group.[Địa điểm]}} (theo danh sách kèm theo)', BESIDE],
  ] as const)('%s: “%s” is a pointer: %s', async (field, value, said_) => {
    const text = await said(await withField(field, value));
    for (const words of [ONLY, BESIDE])
      expect(text.includes(`mục “${field}”: “${value}” ${words}`)).toBe(words === said_);
  });
  it('says of a pointer beside a day given: leave it out, and the columns only when the line has none', async () => {
    const given = await said(
      await withField('when', 'từ ngày 12/12/2026 đến ngày 20/12/2026 (theo lịch tại bảng dưới)'),
    );
    expect(given).toContain(
      'in dòng “Thời gian” này cùng lời chỉ ấy nhưng không in cái nó chỉ tới',
    );
    expect(given).toContain('gợi ý: Bỏ lời chỉ ấy khỏi dòng này');
    expect(given).toContain('Nếu bảng ghi ngày, giờ, địa điểm riêng của từng tổ');
    expect(given).not.toContain('không biết ngày giờ của tổ mình');
    const columns = await said(
      await withField('when', '08h00, ngày {{group.[Ngày]}} (theo bảng dưới)'),
    );
    expect(columns).toContain('gợi ý: Bỏ lời chỉ ấy khỏi dòng này');
    expect(columns).not.toContain('Nếu bảng ghi ngày, giờ, địa điểm riêng');
  });
});

describe('a weekday that is not its date’s (qa29 M3)', () => {
  it('is warned of at the groups file’s row and column', async () => {
    const text = await saidOfFixture();
    const at = (row: number) => `cảnh báo: ${GROUPS}, dòng ${row}, cột “Ngày”:`;
    expect(text).toContain(`${at(3)} 12/12/2026 là thứ Bảy, không phải Chủ nhật`);
    expect(text).toContain(`${at(4)} 08/12/2026 là thứ Ba, không phải thứ Hai`);
    // "Chủ nhật, 13/12/2026" is one.
    expect(text).not.toContain(`${at(5)}`);
  });

  it('is warned of in the campaign’s own text, at its line', async () => {
    const campaign = await campaignWith((t) =>
      t.replace(
        '    Đối tượng: công dân',
        '    Đợt bổ sung: Chủ nhật, 12/12/2026 tại Hội trường UBND phường.\n\n    Đối tượng: công dân',
      ),
    );
    const lines = (await readFile(campaign, 'utf8')).split('\n');
    const line = lines.findIndex((l) => l.includes('Đợt bổ sung')) + 1;
    expect(await said(campaign)).toContain(
      `cảnh báo: ${campaign}, dòng ${line}, mục “notice.body”: 12/12/2026 là thứ Bảy, không phải Chủ nhật`,
    );
  });
});

describe('hours no clock has, or that end before they start (qa29 m1)', () => {
  it('are warned of at the row and column', async () => {
    const text = await saidOfFixture();
    const at = (row: number) => `cảnh báo: ${GROUPS}, dòng ${row}, cột “Giờ”:`;
    expect(text).toContain(`${at(4)} “11h00 - 7h30”: giờ kết thúc 7h30 trước giờ bắt đầu 11h00`);
    expect(text).toContain(`${at(5)} “25h00” không phải giờ trong ngày`);
    expect(text).toContain(`${at(6)} “7:75” không phải giờ trong ngày`);
    // "7h30 - 11h00", "13h30 - 17h00" are hours.
    expect(text).not.toContain(`${at(2)}`);
    expect(text).not.toContain(`${at(7)}`);
  });

  it('in `when` too', async () => {
    const campaign = await campaignWith((t) =>
      t.replace(
        'when: "{{group.[Giờ]}}, ngày {{group.[Ngày]}}"',
        'when: "11h00 - 7h30, ngày {{group.[Ngày]}}"',
      ),
    );
    expect(await said(campaign)).toMatch(
      /mục “when”: “11h00 - 7h30”: giờ kết thúc 7h30 trước giờ bắt đầu 11h00/,
    );
  });
});

describe('the groups file’s warnings (qa29)', () => {
  it('come in the file’s row order, not by kind of problem', async () => {
    const text = await saidOfFixture();
    const rows = text
      .split(`cảnh báo: ${GROUPS}, dòng `)
      .slice(1)
      .map((s) => Number.parseInt(s, 10));
    // Rows 3 and 4 (weekdays), 4, 5 and 6 (hours), 7 (a day before the notice's).
    expect(rows).toEqual([3, 4, 4, 5, 6, 7]);
  });
});

describe('a phone in a column headed “SĐT cán bộ” (qa29 m3)', () => {
  it('prints grouped on the flyer, as the leader’s phone does', async () => {
    const out = join(await makeTempDir('phuong-print-qa29-build-'), 'out');
    const run = await runCliInProcess(
      buildArgs(CAMPAIGN, GROUPS, out, '--group', '1', '--kind', 'flyer', '--lang', 'vi'),
    );
    expect(run.code, run.stderr).toBe(0);
    const text = collapseSpaces(await pdfText(join(out, 'to-dan-pho-so-1', 'flyer.pdf')));
    // The groups file's cell is "0987654321"; the leader's "0912345601" prints "0912 345 601".
    expect(text).toContain('0912 345 601');
    expect(text).toContain('điện thoại 0987 654 321');
    expect(text).not.toContain('0987654321');
  });
});

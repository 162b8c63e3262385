/**
 * When and where residents are expected, for a campaign without a contest (qa7 B1): a dengue
 * Sunday's hours and each khu phố's own gathering point were on no flyer, checklist or tracking
 * sheet — the two facts a resident needs. The campaign's `when` and `where` (the second naming
 * the groups file's column) print under the title of all three, each group its own place; a
 * group whose cell is empty gets no bare "Địa điểm:" (and the build says which rows); a campaign
 * without them prints neither line. Read from the built PDFs (pdftotext) and the build's output.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliInProcess } from '../support/cli.js';
import { pdfTextItems } from '../support/pdf-items.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

const WHEN = '6 giờ 30 – 10 giờ 00, Chủ nhật 13/12/2026';
const POINTS = { 1: 'Trước số 38 Trần Hưng Đạo', 2: 'Sân Nhà văn hóa Khu phố 2' } as const;

const BODY = 'Đề nghị Ban điều hành các khu phố thông báo đến từng hộ gia đình./.';

const campaign = (extra: string, body = BODY) => `issued: 2026-12-07
issuer:
  name: [ỦY BAN NHÂN DÂN, PHƯỜNG CHỢ LỚN]
  ward: phường Chợ Lớn
  place: Thành phố Hồ Chí Minh
  office: Trạm Y tế phường
  phone: "028 3855 0115"
  group_term: khu phố
title: Ngày Chủ nhật xanh – diệt lăng quăng
${extra}notice:
  number: 88
  symbol: TB-UBND
  subject: ra quân "Ngày Chủ nhật xanh" diệt lăng quăng, phòng chống sốt xuất huyết
  recipients: ["Ban điều hành {{group.name}}"]
  body: ${body}
  signer:
    lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
    name: Lâm Thị Mỹ Dung
  cc: [Như trên;, "Lưu: VT."]
actions:
  - step: Lật úp, bỏ đi các vật chứa nước.
    column: Đã dọn vật chứa nước
  - step: Mang rác đã thu gom ra điểm tập kết trước 9 giờ 30.
    column: Đã mang rác ra điểm
`;

/** Each khu phố's own day and hours (qa8 K2): Khu phố 2 has no day, Khu phố 3 neither. */
const DAY = 'Chủ nhật 13/12/2026';
const HOURS = { 1: '6 giờ 30 – 10 giờ 00', 2: '7 giờ 00 – 9 giờ 00' } as const;

const GROUPS = `Mã KP;Khu phố;Trưởng khu phố;Điện thoại;Điểm tập kết;Số hộ;Số dân;Ngày;Giờ
1;Khu phố 1;Quách Kim Mai;0997366946;${POINTS[1]};40;160;${DAY};${HOURS[1]}
2;Khu phố 2;Lý Thị Phát;0968202938;${POINTS[2]};35;140;;${HOURS[2]}
3;Khu phố 3;Trần Văn Ba;0912000003;;30;120;;
`;

const KINDS = ['flyer', 'checklist', 'tracker'] as const;
let dir: string;

async function build(name: string, extra: string, body?: string, kinds: string[] = [...KINDS]) {
  await writeFile(join(dir, `${name}.yaml`), campaign(extra, body));
  const out = join(dir, `out-${name}`);
  const run = await runCliInProcess([
    'build',
    '--campaign',
    join(dir, `${name}.yaml`),
    '--groups',
    join(dir, 'groups.csv'),
    '--kind',
    kinds.join(','),
    '--out',
    out,
  ]);
  expect(run.code, run.stderr).toBe(0);
  const text = async (slug: string, kind: string) =>
    collapseSpaces(await pdfText(await readFile(join(out, slug, `${kind}.pdf`))));
  return { run, text, out };
}

beforeAll(async () => {
  dir = await makeTempDir('phuong-print-event-');
  await writeFile(join(dir, 'groups.csv'), GROUPS);
});
afterAll(removeTempDirs);

describe('a campaign with a time and a place (when, where)', () => {
  let built: Awaited<ReturnType<typeof build>>;
  beforeAll(async () => {
    built = await build('sunday', `when: ${WHEN}\nwhere: "{{group.[Điểm tập kết]}}"\n`);
  }, 120_000);

  it.each(KINDS)("prints the time and each group's own place on the %s", async (kind) => {
    for (const [id, point] of Object.entries(POINTS)) {
      const text = await built.text(`khu-pho-${id}`, kind);
      expect(text).toContain(`Thời gian: ${WHEN}`);
      expect(text).toContain(`Địa điểm: ${point}`);
    }
  });

  it.each(KINDS)(
    'prints no bare "Địa điểm:" on the %s of a group whose cell is empty',
    async (kind) => {
      const text = await built.text('khu-pho-3', kind);
      expect(text).toContain(`Thời gian: ${WHEN}`);
      expect(text).not.toContain('Địa điểm');
    },
  );

  it("sets the checklist's time and place at least as large as its steps (qa8 K7)", async () => {
    const [page] = await pdfTextItems(
      await readFile(join(built.out, 'khu-pho-1', 'checklist.pdf')),
    );
    const sizeOf = (start: string) =>
      page?.items.find((i) => i.str.trim().startsWith(start))?.fontSize ?? 0;
    const step = sizeOf('Lật úp');
    expect(step).toBeGreaterThan(0);
    expect(sizeOf('Thời gian')).toBeGreaterThanOrEqual(step);
    expect(sizeOf('Địa điểm')).toBeGreaterThanOrEqual(step);
  });

  it('says which group has no place, naming the group, its row and the column', () => {
    expect(built.run.stderr).toContain(
      'Khu phố 3 (row 4, column "Điểm tập kết" empty): no "Địa điểm" line',
    );
  });
});

describe('a time joined from two columns, one or both empty for a group (qa8 K2)', () => {
  let built: Awaited<ReturnType<typeof build>>;
  beforeAll(async () => {
    built = await build(
      'parts',
      'when: "{{group.[Ngày]}}, {{group.[Giờ]}}"\n',
      '"Thời gian: {{when}}."',
      [...KINDS, 'notice'],
    );
  }, 120_000);

  it.each(KINDS)('prints both parts where both cells are filled, on the %s', async (kind) => {
    expect(await built.text('khu-pho-1', kind)).toContain(`Thời gian: ${DAY}, ${HOURS[1]}`);
  });

  it.each(KINDS)('prints the hours alone, no stray comma, on the %s', async (kind) => {
    const text = await built.text('khu-pho-2', kind);
    expect(text).toContain(`Thời gian: ${HOURS[2]}`);
    expect(text).not.toMatch(/Thời gian: *,/);
  });

  it.each(KINDS)('leaves the line out where both cells are empty, on the %s', async (kind) => {
    expect(await built.text('khu-pho-3', kind)).not.toContain('Thời gian');
  });

  it("prints the notice body's {{when}} as the flyer does, filled for the group", async () => {
    expect(await built.text('khu-pho-1', 'notice')).toContain(`Thời gian: ${DAY}, ${HOURS[1]}.`);
    const second = await built.text('khu-pho-2', 'notice');
    expect(second).toContain(`Thời gian: ${HOURS[2]}.`);
    expect(second).not.toContain('{{');
  });

  it('says, naming each group, what its line will read', () => {
    const said = collapseSpaces(built.run.stderr);
    expect(said).toContain(`Khu phố 2 (row 3, column "Ngày" empty): "Thời gian: ${HOURS[2]}"`);
    expect(said).toContain('Khu phố 3 (row 4, column "Ngày", "Giờ" empty): no "Thời gian" line');
  });
});

describe('a campaign without a time and a place', () => {
  let built: Awaited<ReturnType<typeof build>>;
  beforeAll(async () => {
    built = await build('plain', '');
  }, 120_000);

  it.each(KINDS)('prints neither line on the %s', async (kind) => {
    const printed = await built.text('khu-pho-1', kind);
    expect(printed).toContain('Ngày Chủ nhật xanh – diệt lăng quăng');
    expect(printed).not.toContain('Thời gian:');
    expect(printed).not.toContain('Địa điểm:');
  });
});

describe("the notice's body with a line for the time and one for the place (qa13)", () => {
  const body = `|
    Ủy ban nhân dân phường thông báo lịch ra quân:
    - Thời gian: {{when}}.
    - Địa điểm: {{where}}.
    - Liên hệ: trưởng khu phố.

    Mọi hộ gia đình tập trung tại {{where}} đúng giờ./.`;
  let built: Awaited<ReturnType<typeof build>>;
  beforeAll(async () => {
    built = await build(
      'body-lines',
      'when: "{{group.[Ngày]}}, {{group.[Giờ]}}"\nwhere: "{{group.[Điểm tập kết]}}"\n',
      body,
      ['notice'],
    );
  }, 120_000);

  it('prints both lines for a group whose cells are filled', async () => {
    const text = await built.text('khu-pho-1', 'notice');
    expect(text).toContain(`- Thời gian: ${DAY}, ${HOURS[1]}.`);
    expect(text).toContain(`- Địa điểm: ${POINTS[1]}.`);
    expect(text).toContain(`tập trung tại ${POINTS[1]} đúng giờ`);
  });

  it('leaves out a line that would print only its label, as the flyer does', async () => {
    const text = await built.text('khu-pho-3', 'notice');
    expect(text).not.toContain('Thời gian');
    expect(text).not.toContain('Địa điểm');
    // The lines around them are there, the list goes on with its next item.
    expect(text).toContain('lịch ra quân: - Liên hệ: trưởng khu phố.');
  });

  it('says that the sentence with the place prints without it, naming the group', () => {
    const said = collapseSpaces(built.run.stderr);
    expect(said).toContain('Khu phố 3 (row 4, column "Điểm tập kết" empty): no "Địa điểm" line');
    expect(said).toContain(
      `the campaign's text has {{where}} inside a sentence: for 1 khu phố whose "Địa điểm" prints nothing (4: Khu phố 3)`,
    );
    // The time is in no sentence: nothing more is said of it than its line.
    expect(said).not.toContain('{{when}} inside a sentence');
  });
});

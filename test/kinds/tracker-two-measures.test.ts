/**
 * qa25 F9: a Tết gift campaign reports two measures, the gifts handed out (a count of households)
 * and the money handed out (đồng, against each thôn's budget). The tracking sheet had a line under
 * its table for the first only; each measure now has its own ("Số tiền đã trao: ……… đồng /
 * 9.000.000 đồng"). And its 18 households were split 9 + 9 over two landscape pages, half of
 * page 1 empty: page 1 is filled first, and only the rows the last page needs so that the totals
 * and the lines under them never stand alone go over. Values from the tester's c3 (Thôn Đông
 * Hòa: 18 poor and near-poor households, 9.000.000 đồng); read from the sheet's text.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tracker } from '../../src/kinds/tracker.js';
import { loadFonts } from '../../src/layout/fonts.js';
import { loadCampaign } from '../../src/load/campaign.js';
import type { Group, Resident } from '../../src/load/types.js';
import { buildContext } from '../../src/model/context.js';
import { renderOutput } from '../../src/render/output.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { collapseSpaces, pdfPageTexts } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const CAMPAIGN = `${NOTICE_ONLY}title: Trao quà Tết cho hộ nghèo, hộ cận nghèo
actions:
  - { step: Nhận quà và ký vào danh sách nhận quà, column: Đã nhận quà }
  - { step: Mang theo căn cước khi đến nhận, column: Có căn cước }
measures:
  - { id: so_suat_qua, label: Số suất quà đã trao, of: "Số hộ nghèo, cận nghèo" }
  - { id: so_tien, label: Số tiền đã trao (đồng), of: Kinh phí (đồng) }
`;

const group: Group = {
  id: '1',
  name: 'Thôn Đông Hòa',
  columns: { 'Số hộ nghèo, cận nghèo': '18', 'Kinh phí (đồng)': '9.000.000' },
  source: { file: 'groups.xlsx', row: 2 },
};

const SURNAMES = ['Lê Đức', 'Ngô Thị', 'Hoàng Văn'];
const GIVEN = ['Lượng', 'Ưng', 'Hường', 'Hằng', 'Chín', 'Mai'];
const rosterOf = (length: number): Resident[] =>
  Array.from({ length }, (_, i) => ({
    no: String(i + 1),
    name: `${SURNAMES[i % 3]} ${GIVEN[Math.floor(i / 3)]}`,
    address: `Xóm ${(i % 4) + 1}, Thôn Đông Hòa`,
    household: true,
    source: { file: 'rosters.xlsx', row: i + 2 },
  }));
const roster = rosterOf(18);

async function sheet(yaml = CAMPAIGN, of: Group = group, rows = roster) {
  const dir = await makeTempDir('phuong-print-tracker-two-');
  const file = join(dir, 'campaign.yaml');
  await writeFile(file, yaml);
  const { campaign } = await loadCampaign(file);
  const { bytes } = await renderOutput(tracker, buildContext(campaign, of, 'thon-dong-hoa', rows), {
    fonts: loadFonts(),
    created: new Date('2026-03-02T00:00:00+07:00'),
  });
  return (await pdfPageTexts(bytes)).map(collapseSpaces);
}

describe('a tracking sheet of two measures, a count and a sum of money (qa25 F9)', () => {
  it('has a line under its table for each measure', async () => {
    const text = (await sheet()).join(' ');
    expect(text).toContain('Số suất quà đã trao: ……… hộ / 18 hộ nghèo, cận nghèo = ……… %');
    expect(text).toContain('Số tiền đã trao: ……… đồng / 9.000.000 đồng = ……… %');
  });

  it('fills page 1 before breaking: only the last rows the totals need go over', async () => {
    // 18 households now fit one page, their rows a little lower (qa57 p3): 22 do not. Names
    // told apart by their number, each given name being shared by three rows.
    const long = rosterOf(22).map((r, i) => ({ ...r, name: `${r.name} ${i + 1}` }));
    const pages = await sheet(CAMPAIGN, group, long);
    expect(pages).toHaveLength(2);
    const on = (page: string) => long.filter((r) => page.includes(`${r.name} `)).length;
    const [first = '', last = ''] = pages;
    expect(on(first) + on(last)).toBe(long.length);
    // 9 + 9 before; the last page keeps the few rows that go with the totals (never 1 or 2).
    expect(on(first)).toBeGreaterThanOrEqual(long.length - 3);
    expect(on(last)).toBeGreaterThanOrEqual(3);
    expect(last).toContain('Tổng cộng');
  });

  it('says who received a sum over the people, not a rate of money over people', async () => {
    // A grant taken (by a slip `check` warns of) against the thôn's 61 people: a treasurer
    // writes the sum and how many received it; "đồng / 61 nhân khẩu = %" means nothing.
    const yaml = CAMPAIGN.replace('of: Kinh phí (đồng) }', 'of: people }').replace(
      'Số tiền đã trao (đồng)',
      'Số tiền hỗ trợ (đồng)',
    );
    const text = (await sheet(yaml, { ...group, population: 61 })).join(' ');
    expect(text).toContain('Số tiền hỗ trợ: ……… đồng (……… người đã nhận / 61 nhân khẩu)');
    expect(text).not.toContain('đồng / 61');
  });

  it('a first measure that is a sum over the households is not counted in “hộ”', async () => {
    // The sheet's own line was the tally's: "Số tiền đã trao (đồng): ……… hộ / 20 hộ = ……… %".
    const yaml = CAMPAIGN.replace(
      /measures:\n[\s\S]*$/,
      'measures:\n  - { id: so_tien, label: Số tiền đã trao (đồng), of: households }\n',
    );
    const text = (await sheet(yaml, { ...group, households: 20 })).join(' ');
    expect(text).toContain('Số tiền đã trao: ……… đồng (……… hộ đã nhận / 20 hộ)');
    expect(text).not.toContain('……… hộ / 20 hộ');
  });
});

describe('who paid a sum over the households: a fund’s name is not the measure’s verb (review46 #1)', () => {
  const onHouseholds = (label: string) =>
    CAMPAIGN.replace(
      /measures:\n[\s\S]*$/,
      `measures:\n  - { id: so_tien, label: "${label} (đồng)", of: households }\n`,
    );

  it.each([
    'Số tiền ủng hộ Quỹ hỗ trợ nông dân',
    'Số tiền đóng góp Quỹ phát triển tài năng trẻ',
    'Số tiền thu Quỹ khuyến học cấp phường',
    'Số tiền đóng quỹ Chi hội Phụ nữ',
  ])('“%s” is paid in by the households', async (label) => {
    const text = (await sheet(onHouseholds(label), { ...group, households: 228 })).join(' ');
    expect(text).toContain(`${label}: ……… đồng (……… hộ đã nộp / 228 hộ)`);
    expect(text).not.toContain('đã nhận');
  });

  it('a sum handed out is still received', async () => {
    const label = 'Số tiền hỗ trợ đã trao';
    const text = (await sheet(onHouseholds(label), { ...group, households: 228 })).join(' ');
    expect(text).toContain(`${label}: ……… đồng (……… hộ đã nhận / 228 hộ)`);
  });
});

/**
 * A target or an estimate with decimals in the groups file: "120,5" in a "Chỉ tiêu (kg)" column.
 * A quantity measure (kg) reads it, from a CSV's text and from a workbook's number cell (shown
 * "120,5" by a Vietnamese Excel), and the report's rate is taken against it; a count measure
 * (people) cannot have half a person as its target: `check` says so at the cell, with its row
 * and column, rather than in a list of cells holding no number. Expected figures from the files
 * written here.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkVi, runCliInProcess } from '../support/cli.js';
import { workbook } from '../support/inputs.js';
import { measureCampaign } from '../support/measure-campaign.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { testFolder } from '../support/tmp.js';

const KG_COLUMN = 'Chỉ tiêu (kg)';
const KG = 'Khối lượng giấy vụn thu gom';
const PEOPLE_COLUMN = 'Chỉ tiêu (người)';
const PEOPLE = 'Số người hiến máu';
const HEADER = ['STT', 'Tên tổ dân phố', 'Tổ trưởng', 'Số hộ', 'Số nhân khẩu'];

const { write, path } = testFolder('phuong-print-decimal-targets-');

/** "79,3%": value / base, to a tenth of a percent, as a reader works it out. */
const rateOf = (value: number, base: number) =>
  `${(Math.round((value * 1000) / base) / 10).toFixed(1).replace('.', ',')}%`;
const vi = (n: number) => String(n).replace('.', ',');

describe('a target with decimals in the groups file', () => {
  it.each([
    ['a CSV', 'csv'],
    ['a workbook', 'xlsx'],
  ] as const)(
    'is read for a measure in kg, from %s, and the rate taken against it',
    async (_, kind) => {
      // Tổ 1's target 120,5 kg, Tổ 2's 80 kg; they collected 95,5 and 100 kg.
      const targets = [120.5, 80];
      const figures = [95.5, 100];
      const rows = [1, 2].map((i) => [
        i,
        `Tổ dân phố số ${i}`,
        'Nguyễn Văn A',
        300,
        1000,
        targets[i - 1] as number,
      ]);
      const groups =
        kind === 'csv'
          ? await write(
              'groups.csv',
              `${[...HEADER, KG_COLUMN].join(';')}\n${rows.map((r) => r.map((c) => (typeof c === 'number' ? vi(c) : c)).join(';')).join('\n')}\n`,
            )
          : await writeFile(
              path('groups.xlsx'),
              await workbook({ 'Danh sách': [[...HEADER, KG_COLUMN], ...rows] }),
            ).then(() => path('groups.xlsx'));
      const results = await write(
        'ket-qua.csv',
        `STT;${KG}\n${figures.map((f, i) => `${i + 1};${vi(f)}`).join('\n')}\n`,
      );
      const out = path(`bao-cao-${kind}`);
      const run = await runCliInProcess([
        'report',
        ...[
          '--campaign',
          await write(
            'campaign.yaml',
            measureCampaign(`{ id: kg, label: ${KG}, of: ${KG_COLUMN} }`),
          ),
        ],
        ...['--groups', groups, '--results', results],
        ...['--date', '2026-03-22', '--out', out, '--lang', 'vi'],
      ]);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).not.toContain('120,5');
      const text = collapseSpaces(await pdfText(join(out, 'report.pdf')));
      const [f1 = 0, f2 = 0] = figures;
      const [t1 = 0, t2 = 0] = targets;
      const value = f1 + f2;
      const target = t1 + t2;
      // 195,5 kg of 200,5 kg: 97,5%.
      expect(text).toContain(
        `${KG}: ${vi(value)} kg/chỉ tiêu ${vi(target)} kg, đạt ${rateOf(value, target)} chỉ tiêu`,
      );
      // Tổ 1's own target, figure and rate: 95,5 of 120,5 → 79,3 (the table's "Chỉ tiêu (kg)",
      // figure and "Tỷ lệ (%)" columns, qa54 p11).
      expect(text).toMatch(
        new RegExp(`Tổ dân phố số 1 ${vi(t1)} ${vi(f1)} ${rateOf(f1, t1).replace('%', '')}`),
      );
    },
  );

  it('is said at its cell, with its row and column, for a count of people', async () => {
    const groups = await write(
      'groups-people.csv',
      `${[...HEADER, PEOPLE_COLUMN].join(';')}
1;Tổ dân phố số 1;Nguyễn Văn A;300;1000;25
2;Tổ dân phố số 2;Lê Thị B;280;900;120,5
`,
    );
    const campaign = await write(
      'campaign-people.yaml',
      measureCampaign(`{ id: nguoi, label: ${PEOPLE}, of: ${PEOPLE_COLUMN} }`),
    );
    const run = await checkVi(campaign, groups);
    const said = collapseSpaces(run.stderr + run.stdout);
    // Row 3 of the file (its header is row 1), the column named.
    expect(said).toMatch(/groups-people\.csv[^\n]*(dòng|hàng) 3[^\n]*Chỉ tiêu \(người\)/);
    expect(said).toContain(
      `“120,5” là số thập phân, nhưng “${PEOPLE}” đếm người, phải là số nguyên: không tính tỷ lệ cho tổ này`,
    );
    expect(said).not.toContain('không có số ở 1 dòng');
  });
});

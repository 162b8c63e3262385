/**
 * A measure taken against a count column of the groups file (`of: Số cử tri`): an election's
 * turnout is of its voters, not its population (qa17 GAP). The tracking sheet's rate line, the
 * report's totals, table and spreadsheet, and the check of a results file all read the column;
 * a column the file lacks, or cells that are no count, are said. Expected figures come from the
 * groups file written here.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { groupTermOf } from '../../src/model/group-term.js';
import { problemText } from '../../src/serve/results-form.js';
import { buildArgs, checkVi, runCli, runCliInProcess } from '../support/cli.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { testFolder } from '../support/tmp.js';

const campaignOf = (of: string) => `issued: 2026-02-02
issuer:
  name: [UBND XÃ YÊN PHONG, ỦY BAN BẦU CỬ]
  ward: xã Yên Phong
  place: Bắc Ninh
  office: Ủy ban bầu cử
notice:
  number: 3
  symbol: TB-UBBC
  subject: niêm yết danh sách cử tri bầu cử đại biểu Quốc hội và Hội đồng nhân dân
  body: Đề nghị các xóm thông báo để cử tri kiểm tra danh sách./.
  signer: { lines: [TM. ỦY BAN BẦU CỬ, CHỦ TỊCH], name: Nguyễn Văn Quyết }
  cc: ["Lưu: VT, UBBC."]
title: Kiểm tra danh sách cử tri
actions:
  - { step: Kiểm tra tên mình trong danh sách cử tri, column: Đã kiểm tra }
measures:
  - { id: di_bau, label: Số cử tri đã đi bầu, of: ${of} }
`;

/** Xóm, population and voters: the rate must be of the voters (the last column). */
const XOM = [
  ['01', 'Xóm Đông', 702, 498],
  ['02', 'Xóm Chùa', 590, 431],
  ['03', 'Xóm Giữa', 880, 620],
] as const;
const groupsCsv = (votersHeader = 'Số cử tri', cell = (v: number) => String(v)) =>
  `Mã xóm;Tên xóm;Trưởng xóm;Số hộ;Số nhân khẩu;${votersHeader}\n${XOM.map(
    ([id, name, people, voters]) => `${id};${name};Nguyễn Văn A;150;${people};${cell(voters)}`,
  ).join('\n')}\n`;

const { write, path } = testFolder('phuong-print-measure-column-');

const thousands = (n: number) => n.toLocaleString('de-DE');

describe('a measure taken against the groups file’s "Số cử tri"', () => {
  it('prints the tracking sheet’s rate line over the group’s voters, and warns of nothing', async () => {
    const campaign = await write('campaign.yaml', campaignOf('Số cử tri'));
    const groups = await write('groups.csv', groupsCsv());
    const out = path('out');
    const run = await runCliInProcess([
      ...buildArgs(campaign, groups, out, '--kind', 'tracker', '--lang', 'vi'),
    ]);
    expect(run.code).toBe(0);
    // The column is used (the rate), so no "nothing prints it" warning names it.
    expect(run.stderr).not.toContain('Số cử tri');
    const [, name, people, voters] = XOM[0];
    const text = collapseSpaces(await pdfText(join(out, 'xom-dong', 'tracker.pdf')));
    expect(text).toContain(`Số cử tri đã đi bầu: ……… cử tri / ${voters} cử tri = ……… %`);
    expect(text).not.toContain(`${people} nhân khẩu`);
    expect(text).toContain(name);
  });

  it('reports the turnout over the voters, in the PDF and the spreadsheet', async () => {
    const campaign = await write('campaign.yaml', campaignOf('Số cử tri'));
    const groups = await write('groups.csv', groupsCsv());
    const voted = [490, 431, 598];
    const results = await write(
      'ket-qua.csv',
      `Mã xóm;Số cử tri đã đi bầu\n${XOM.map(([id], i) => `${id};${voted[i]}`).join('\n')}\n`,
    );
    const out = path('bao-cao');
    const run = await runCliInProcess([
      'report',
      ...['--campaign', campaign, '--groups', groups, '--results', results],
      ...['--date', '2026-03-20', '--out', out, '--lang', 'vi'],
    ]);
    expect(run.code).toBe(0);
    const sum = voted.reduce((a, b) => a + b, 0);
    const voters = XOM.reduce((a, x) => a + x[3], 0);
    const rate = (Math.round((sum * 1000) / voters) / 10).toFixed(1).replace('.', ',');
    const text = collapseSpaces(await pdfText(join(out, 'report.pdf')));
    expect(text).toContain(
      `Số cử tri đã đi bầu: ${thousands(sum)}/${thousands(voters)} cử tri, chiếm tỷ lệ ${rate}%`,
    );
    expect(text).toContain('trên tổng số cử tri');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'report.xlsx'));
    const [ws] = wb.worksheets;
    if (!ws) throw new Error('report.xlsx has no sheet');
    const head = (ws.getRow(2).values as unknown[]).map(String);
    const at = head.indexOf('Số cử tri');
    expect(at).toBeGreaterThan(0);
    expect(head).not.toContain('Số nhân khẩu');
    const byName = new Map<string, unknown>();
    ws.eachRow((row, n) => {
      if (n > 2) byName.set(String(row.getCell(3).value), row.getCell(at).value);
    });
    for (const [, name, , v] of XOM) expect(byName.get(name)).toBe(v);
    expect(byName.get('Toàn xã')).toBe(voters);
  });

  it('refuses a figure above the group’s voters, though below its population', async () => {
    const campaign = await write('campaign.yaml', campaignOf('Số cử tri'));
    const groups = await write('groups.csv', groupsCsv());
    const [, name, people, voters] = XOM[2];
    const typo = voters + 50;
    expect(typo).toBeLessThan(people);
    const results = await write('ket-qua-sai.csv', `Mã xóm;Số cử tri đã đi bầu\n03;${typo}\n`);
    const run = await runCliInProcess([
      'report',
      ...['--campaign', campaign, '--groups', groups, '--results', results],
      ...['--out', path('bao-cao-sai'), '--lang', 'vi'],
    ]);
    expect(run.code).not.toBe(0);
    // The unit word lower case before a proper name, as Decree 30 writes it inside a sentence.
    const inText = name.replace(/^Xóm/, 'xóm');
    expect(run.stderr).toContain(`${typo} lớn hơn số cử tri của ${inText} (${voters})`);
  });

  it('takes "Số nhân khẩu" as the population', async () => {
    const campaign = await write('campaign.yaml', campaignOf('Số nhân khẩu'));
    const groups = await write('groups.csv', groupsCsv());
    const out = path('out-people');
    const run = await runCliInProcess([
      ...buildArgs(campaign, groups, out, '--kind', 'tracker', '--lang', 'vi'),
    ]);
    expect(run.code).toBe(0);
    const text = collapseSpaces(await pdfText(join(out, 'xom-dong', 'tracker.pdf')));
    expect(text).toContain(`người / ${XOM[0][2]} nhân khẩu = ……… %`);
  });
});

describe('a measure’s column the groups file does not give', () => {
  it('names the campaign’s line and the file’s count columns when the column is missing', async () => {
    const campaign = await write('campaign.yaml', campaignOf('Số cử tri'));
    const groups = await write('groups-tong.csv', groupsCsv('Tổng số cử tri'));
    const run = await checkVi(campaign, groups);
    // Every rate of it would go missing: refused, as a text naming a missing column is.
    expect(run.code).toBe(1);
    const line = campaignOf('Số cử tri')
      .split('\n')
      .findIndex((l) => l.includes('of: Số cử tri'));
    expect(run.stderr).toContain(
      `campaign.yaml, dòng ${line + 1}, mục thứ 1 của “measures”, “of”: danh sách không có cột “Số cử tri”: không tính được tỷ lệ của “Số cử tri đã đi bầu”`,
    );
    expect(run.stderr).toContain('“Tổng số cử tri”');
  });

  it('names the file’s column a misspelt header most likely means', async () => {
    const campaign = await write('campaign-typo.yaml', campaignOf('Số cử tr'));
    const groups = await write('groups.csv', groupsCsv());
    const run = await checkVi(campaign, groups);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('danh sách không có cột “Số cử tr”');
    expect(run.stderr).toContain('Có phải cột “Số cử tri” của danh sách? Ghi of: Số cử tri.');
  });

  it('names the rows whose cell is no count', async () => {
    const campaign = await write('campaign.yaml', campaignOf('Số cử tri'));
    const groups = await write(
      'groups-trong.csv',
      groupsCsv('Số cử tri', (v) => (v === XOM[1][3] ? 'chưa có' : String(v))),
    );
    const run = await checkVi(campaign, groups);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      `cột “Số cử tri” không có số ở 1 dòng (3: ${XOM[1][1]} “chưa có”): chưa tính được tỷ lệ của “Số cử tri đã đi bầu” cho các xóm đó`,
    );
  });
});

describe('a figure above its base, for a group named without its unit word', () => {
  it('names the group with the ward’s word ("của thôn Quyết Thắng")', async () => {
    const campaign = await write('campaign.yaml', campaignOf('Số cử tri'));
    const groups = await write(
      'groups-thon.csv',
      'STT;Tên thôn;Số hộ;Số cử tri\n1;Quyết Thắng;150;420\n2;Đoàn Kết;130;380\n',
    );
    const results = await write('ket-qua-thon.csv', 'STT;Số cử tri đã đi bầu\n1;520\n');
    const run = await runCliInProcess([
      'report',
      ...['--campaign', campaign, '--groups', groups, '--results', results],
      ...['--out', path('bao-cao-thon'), '--lang', 'vi'],
    ]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('520 lớn hơn số cử tri của thôn Quyết Thắng (420)');
  });

  it('says it so on the leader’s form too', () => {
    const term = groupTermOf(undefined, ['Quyết Thắng', 'Đoàn Kết'], ['Tên thôn']);
    const text = problemText(
      {
        kind: 'above',
        measure: 'di_bau',
        group: 'Quyết Thắng',
        value: 520,
        limit: 420,
        base: 'column',
        unit: 'cử tri',
      },
      [{ id: 'di_bau', label: 'Số cử tri đã đi bầu', of: 'Số cử tri' }],
      term,
    );
    expect(text).toContain('520 lớn hơn số cử tri của thôn Quyết Thắng (420).');
  });
});

describe('the tracking sheet’s rate line with a long unit', () => {
  it('keeps "= ……… %" with the word before it', async () => {
    const campaign = await write(
      'campaign-long.yaml',
      campaignOf('Số người từ 14 tuổi trở lên').replace(
        'label: Số cử tri đã đi bầu',
        'label: Số người đã kích hoạt tài khoản mức 2',
      ),
    );
    const groups = await write(
      'groups-long.csv',
      // 1.560: the rate line that ended "… trở lên =" with "……… %" alone below it (qa18).
      groupsCsv('Số người từ 14 tuổi trở lên', (v) => (v === XOM[0][3] ? '1560' : String(v))),
    );
    const out = path('out-long');
    const run = await runCliInProcess([
      ...buildArgs(campaign, groups, out, '--kind', 'tracker', '--lang', 'vi'),
    ]);
    expect(run.code, run.stderr).toBe(0);
    const text = await pdfText(join(out, 'xom-dong', 'tracker.pdf'), { layout: true });
    const rate = text.split('\n').filter((l) => l.includes('……… %'));
    expect(rate.length).toBeGreaterThan(0);
    for (const line of rate) expect(line).toMatch(/\p{L} = ……… %/u);
  });
});

describe('a results file with a figure left empty', () => {
  it('says which groups have no figure of that measure (qa18)', async () => {
    const campaign = await write(
      'campaign-two.yaml',
      `${campaignOf('Số cử tri')}  - { id: the_cu_tri, label: Số cử tri đã nhận thẻ, of: Số cử tri }\n`,
    );
    const groups = await write('groups.csv', groupsCsv());
    // Xóm Chùa gives one figure and leaves the other empty; a row of none is a group that has
    // not reported, which the report says as such.
    const results = await write(
      'ket-qua-trong.csv',
      'Mã xóm;Số cử tri đã nhận thẻ;Số cử tri đã đi bầu\n01;495;490\n02;430;\n03;;\n',
    );
    const run = await runCliInProcess([
      'report',
      ...['--campaign', campaign, '--groups', groups, '--results', results],
      ...['--date', '2026-03-20', '--out', path('bao-cao-trong'), '--lang', 'vi'],
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(
      `mục “Số cử tri đã đi bầu”: cột này để trống ở 1 dòng (3: ${XOM[1][1]})`,
    );
    expect(run.stderr).not.toContain(XOM[2][1]);
  });
});

describe('a results file row of no group', () => {
  it('is said in the ward’s word (qa18: "không có tổ nào" in a commune of xóm)', async () => {
    const campaign = await write('campaign.yaml', campaignOf('Số cử tri'));
    const groups = await write('groups.csv', groupsCsv());
    const results = await write('ket-qua-la.csv', 'Tên xóm;Số cử tri đã đi bầu\nXóm Lạ;10\n');
    // As a user runs it (the bundle): the in-process run keeps the term of an earlier one.
    const run = await runCli([
      'report',
      ...['--campaign', campaign, '--groups', groups, '--results', results],
      ...['--out', path('bao-cao-la'), '--lang', 'vi'],
      // Into a store: the import path said the row's problem with the default word.
      ...['--data', path('kho-la')],
    ]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('tệp danh sách xóm không có xóm nào tên “Xóm Lạ”');
  });
});

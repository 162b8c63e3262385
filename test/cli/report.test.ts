/**
 * `phuong-print report` on the example ward with a synthetic results file: report.pdf's table,
 * read back with pdftotext, equals the file's figures row by row (rates and ranks worked out here
 * from the groups file, independently of the tool); the totals row is the sum of the rows; qpdf
 * finds nothing wrong; the chart's bars, read back from the page content, are in rate order and
 * as long as their rates; report.xlsx read back with exceljs holds the same figures. A results
 * file with an unmatched row and a negative count names both, and stores nothing.
 */
import { appendFile, cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLatest } from '../../src/results/results-store.js';
import { openStore } from '../../src/store/open-store.js';
import { runCli, runCliInProcess } from '../support/cli.js';
import { execToolOk, qdfOf } from '../support/exec.js';
import { structure } from '../support/pdf-structure.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

interface Row {
  id: string;
  name: string;
  population: number;
  households: number;
}

/** The example's groups, read here from the file as a person would (";"-separated). */
async function exampleGroups(): Promise<Row[]> {
  const text = (await readFile(EXAMPLE_GROUPS, 'utf8')).replace(/^\uFEFF/, '');
  return text
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => {
      const c = line.split(';');
      return {
        id: c[0] ?? '',
        name: c[1] ?? '',
        households: Number(c[5]),
        population: Number(c[6]),
      };
    });
}

/** Figures of group i: participants, certificates, households with the app (some ties). */
function figuresOf(g: Row): [number, number, number] {
  const i = Number(g.id);
  // Groups 3 and 13 report the same share of their residents (30 %): a tie, one rank.
  const share = i === 3 || i === 13 ? 30 : (i * 37) % 60;
  const joined = Math.floor((g.population * share) / 100);
  return [joined, Math.floor(joined / 2), Math.floor((g.households * ((i * 13) % 80)) / 100)];
}

const ratePct = (value: number, base: number) => Math.round((value * 1000) / base) / 10;
const shown = (r: number) => r.toFixed(1).replace('.', ',');
const thousands = (n: number) => n.toLocaleString('de-DE');

let groups: Row[];
let reported: Row[];
let dir: string;
beforeAll(async () => {
  groups = await exampleGroups();
  reported = groups.slice(0, 28);
  dir = await makeTempDir();
  const header =
    'Mã tổ,Tên tổ dân phố,Số người dân tham gia cuộc thi,Số người dân nhận giấy chứng nhận,Số hộ gia đình cài đặt ứng dụng Smart Hải Phòng';
  const lines = reported.map((g) => [g.id, g.name, ...figuresOf(g)].join(','));
  await writeFile(join(dir, 'ket-qua.csv'), `${[header, ...lines].join('\n')}\n`);
  // The example's first two groups, for the cases about the report's heading and wording: what
  // they read is the same over two groups as over 32, each report ~a tenth of the drawing.
  await mkdir(join(dir, 'two'));
  const exampleLines = (await readFile(EXAMPLE_GROUPS, 'utf8')).split(/\r?\n/);
  await writeFile(TWO.groups, `${exampleLines.slice(0, 3).join('\n')}\n`);
  await writeFile(TWO.results, `${[header, ...lines.slice(0, 2)].join('\n')}\n`);
});

/** The two-group ward's files (beforeAll). */
const TWO = {
  get groups() {
    return join(dir, 'two', 'groups.csv');
  },
  get results() {
    return join(dir, 'two', 'ket-qua.csv');
  },
};

/**
 * `report` on the example ward, by the command's code in this process (runCliInProcess: the same
 * exit code, output and files, without a Node start-up each); the khu phố ward's below by the
 * real program.
 */
const report = (args: string[], date = '2025-11-12') =>
  runCliInProcess([
    'report',
    '--campaign',
    EXAMPLE_CAMPAIGN,
    '--groups',
    EXAMPLE_GROUPS,
    '--date',
    date,
    '--number',
    '12',
    ...args,
  ]);

/** `report` of another campaign or groups file, from a results file, with no number. */
const reportOf = (campaign: string, groups: string, results: string, out: string) =>
  runCliInProcess([
    'report',
    '--campaign',
    campaign,
    '--groups',
    groups,
    '--date',
    '2025-11-12',
    '--results',
    results,
    '--out',
    out,
  ]);

// Made once, on first use, and shared by the cases that only read them.
const memo = <T>(fn: () => Promise<T>) => {
  let p: Promise<T> | undefined;
  return () => {
    p ??= fn();
    return p;
  };
};

/** The report of the results file into out/: read by the first case, compared by --pdfa's. */
const plainReport = memo(() =>
  report(['--results', join(dir, 'ket-qua.csv'), '--out', join(dir, 'out')]),
);

/**
 * The results file imported into data/ (a new data folder), reported into date-now/: the
 * figures stored today, for the case that reports from the store and the case of --date.
 */
const importedReport = memo(() =>
  report([
    '--results',
    join(dir, 'ket-qua.csv'),
    '--data',
    join(dir, 'data'),
    '--out',
    join(dir, 'date-now'),
  ]),
);

// The cases side by side (describe.concurrent): each reports into folders of its own (the two
// that read the imported store share its one import, made once), and while one waits for
// pdftotext, qpdf or the real program, another's report runs in this process (one command at a
// time: runCliInProcess).
describe.concurrent('report', () => {
  it('writes report.pdf whose table, totals and chart are the figures, and report.xlsx', async () => {
    const out = join(dir, 'out');
    const res = await plainReport();
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    const pdf = join(out, 'report.pdf');
    await execToolOk('qpdf', ['--check', pdf]);

    // Expected: the rate of participants per resident, rounded once; competition ranking.
    const expected = reported
      .map((g) => {
        const f = figuresOf(g);
        return {
          g,
          f,
          rates: [
            ratePct(f[0], g.population),
            ratePct(f[1], g.population),
            ratePct(f[2], g.households),
          ],
        };
      })
      .sort((a, b) => (b.rates[0] ?? 0) - (a.rates[0] ?? 0) || Number(a.g.id) - Number(b.g.id));
    const ranks = expected.map((e) => expected.findIndex((o) => o.rates[0] === e.rates[0]) + 1);
    expect(new Set(ranks).size).toBeLessThan(ranks.length); // the tie is there

    const text = await pdfText(pdf, { layout: true });
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('Số: 12/BC-UBND');
    expect(text).toContain('Lê Chân, ngày 12 tháng 11 năm 2025');
    const tableRows = [
      ...text.matchAll(
        /^\s*(\d+)\s+(Tổ dân phố số \d+)\s+([\d.]+)\s+([\d,]+)\s+([\d.]+)\s+([\d,]+)\s+([\d.]+)\s+([\d,]+)\s*$/gm,
      ),
    ].map((m) => m.slice(1, 9));
    expect(tableRows).toEqual(
      expected.map((e, i) => [
        String(ranks[i]),
        e.g.name,
        thousands(e.f[0]),
        shown(e.rates[0] ?? 0),
        thousands(e.f[1]),
        shown(e.rates[1] ?? 0),
        thousands(e.f[2]),
        shown(e.rates[2] ?? 0),
      ]),
    );
    // The four groups that did not report are listed, without figures.
    for (const g of groups.slice(28)) expect(text).toMatch(new RegExp(`^\\s*${g.name}\\s*$`, 'm'));
    // Totals: the sum of the rows, against the whole ward's population (every group's).
    const sums = [0, 1, 2].map((k) => reported.reduce((s, g) => s + (figuresOf(g)[k] ?? 0), 0));
    const pop = groups.reduce((s, g) => s + g.population, 0);
    const hh = groups.reduce((s, g) => s + g.households, 0);
    // The groups yet to report are counted as 0 in the ward's rates, said in its row's label
    // (wrapped around the row's figures in the narrow name column).
    const pending = groups.length - reported.length;
    const totals = new RegExp(
      `^\\s*Toàn phường \\(tính ${pending} tổ\\s*\\n\\s*([\\d.]+)\\s+([\\d,]+)\\s+([\\d.]+)\\s+([\\d,]+)\\s+([\\d.]+)\\s+([\\d,]+)\\s*\\n\\s*chưa báo cáo là 0\\)\\s*$`,
      'm',
    ).exec(text);
    expect(totals?.slice(1)).toEqual([
      thousands(sums[0] ?? 0),
      shown(ratePct(sums[0] ?? 0, pop)),
      thousands(sums[1] ?? 0),
      shown(ratePct(sums[1] ?? 0, pop)),
      thousands(sums[2] ?? 0),
      shown(ratePct(sums[2] ?? 0, hh)),
    ]);
    const summed = tableRows.reduce((s, r) => s + Number((r[2] ?? '').replaceAll('.', '')), 0);
    expect(thousands(summed)).toBe(totals?.[1]);

    // The chart: the bars (the one grey fill) in rate order, each as long as its rate.
    const content = await qdfOf(pdf);
    const bars = [
      ...content.matchAll(
        /([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) re\n\/DeviceRGB cs\n0\.30196\d* 0\.30196\d* 0\.30196\d* scn\nf/g,
      ),
    ].map((m) => Number(m[3]));
    expect(bars).toHaveLength(reported.length);
    const chartRates = expected.map((e) => e.rates[0] ?? 0);
    for (let i = 1; i < bars.length; i++) {
      expect(bars[i]).toBeLessThanOrEqual(bars[i - 1] ?? 0);
      // Lengths in proportion to the rates (to within rounding of the drawn widths).
      expect((bars[i] ?? 0) / (bars[0] ?? 1)).toBeCloseTo(
        (chartRates[i] ?? 0) / (chartRates[0] ?? 1),
        2,
      );
    }

    // report.xlsx: the same rows and totals, as numbers.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'report.xlsx'));
    const ws = wb.worksheets[0];
    const values: unknown[][] = [];
    ws?.eachRow((row) => values.push((row.values as unknown[]).slice(1)));
    // The base columns the rates are of: the groups file's population and households.
    expect(values[1]?.slice(3, 5)).toEqual(['Số nhân khẩu', 'Số hộ']);
    const body = values.slice(2, 2 + expected.length);
    expect(body).toEqual(
      expected.map((e, i) => [
        ranks[i],
        e.g.id,
        e.g.name,
        e.g.population,
        e.g.households,
        e.f[0],
        e.rates[0],
        e.f[1],
        e.rates[1],
        e.f[2],
        e.rates[2],
      ]),
    );
    expect(values.at(-1)?.slice(2)).toEqual([
      `Toàn phường (tính ${pending} tổ chưa báo cáo là 0)`,
      pop,
      hh,
      sums[0],
      ratePct(sums[0] ?? 0, pop),
      sums[1],
      ratePct(sums[1] ?? 0, pop),
      sums[2],
      ratePct(sums[2] ?? 0, hh),
    ]);
  });

  it('--pdfa: report.pdf is PDF/A-2b and tagged, its text the same', async () => {
    // The same report without --pdfa: the first case's.
    const plainOut = join(dir, 'out');
    const plain = await plainReport();
    expect(plain.code, plain.stderr).toBe(0);
    const out = join(dir, 'out-pdfa');
    const res = await report(['--results', join(dir, 'ket-qua.csv'), '--out', out, '--pdfa']);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    const pdf = join(out, 'report.pdf');
    await execToolOk('qpdf', ['--check', pdf]);
    const bytes = new Uint8Array(await readFile(pdf));
    expect(Buffer.from(bytes).toString('latin1')).toContain('<pdfaid:part>2</pdfaid:part>');
    const nodes = await structure(bytes);
    expect(nodes.filter((n) => n.role === 'H1').map((n) => n.text.slice(0, 7))).toEqual([
      'BÁO CÁO',
    ]);
    expect(nodes.some((n) => n.role === 'TH' && n.text === 'Tổ dân phố')).toBe(true);
    expect(await pdfText(pdf)).toBe(await pdfText(join(plainOut, 'report.pdf')));
  });

  it('imports into the data folder and reports from it; a file with errors names each and stores nothing', async () => {
    // A data folder of its own for the refused file: it stays empty.
    const badData = join(dir, 'data-bad');
    const bad = new ExcelJS.Workbook();
    const ws = bad.addWorksheet('Kết quả');
    ws.addRow(['Tên tổ dân phố', 'Số người dân tham gia cuộc thi', 'cai_app']);
    ws.addRow(['Tổ dân phố số 1', 100, 20]);
    ws.addRow(['Tổ dân phố số 99', 50, 10]);
    ws.addRow(['TO DAN PHO SO 2', -4, 10]);
    const badFile = join(dir, 'ket-qua-loi.xlsx');
    await bad.xlsx.writeFile(badFile);
    const res = await report(['--results', badFile, '--data', badData, '--out', join(dir, 'bad')]);
    expect(res.code).toBe(1);
    // Every problem named, each on its row and column with its hint, then that nothing was taken.
    expect(res.stderr.trimEnd().split('\n')).toEqual([
      `error: ${badFile}, row 3, field "Tên tổ dân phố": no group of the groups file has the name "Tổ dân phố số 99"`,
      'hint: Check this row of the results file against the groups file: the id ("Mã tổ"/"STT") or the name must be one of its groups.',
      `error: ${badFile}, row 4, field "Số người dân tham gia cuộc thi": a negative count (-4)`,
      'hint: A figure is a count of 0 or more, written with digits (thousands may be grouped: 1.234).',
      `error: ${badFile}: 2 problems in the results file: nothing was imported or reported`,
      'hint: Fix each row named above and run again.',
    ]);
    const store = await openStore({ dataDir: badData });
    expect((await readLatest(store.db, '2025-5-UBND-VHXH')).size).toBe(0);
    await store.close();

    const data = join(dir, 'data');
    const good = await importedReport();
    expect(good.code).toBe(0);
    expect(good.stdout).toContain('imported the figures of 28 groups');
    // Reported from the store on the day the figures were stored (a report counts what was sent
    // by the end of its day), and from the file on that day too: the same figures, the same text.
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
    const fromFile = await report(
      ['--results', join(dir, 'ket-qua.csv'), '--out', join(dir, 'stored')],
      today,
    );
    expect(fromFile.code, fromFile.stderr).toBe(0);
    const fromStore = await report(['--data', data, '--out', join(dir, 'again')], today);
    expect(fromStore.code).toBe(0);
    const a = await pdfText(join(dir, 'stored', 'report.pdf'), { layout: true });
    const b = await pdfText(join(dir, 'again', 'report.pdf'), { layout: true });
    expect(b).toBe(a);
  });

  it('--date: the stored figures as they stood at the end of that day, and a day the office may not mean said (qa9 Q8)', async () => {
    // The figures imported today into data/, reported into date-now/ (the case above's import).
    const data = join(dir, 'data');
    const imported = await importedReport();
    expect(imported.code, imported.stderr).toBe(0);
    // The figures were stored today: at the end of an earlier day no group had reported.
    const past = await report(['--data', data, '--out', join(dir, 'date-past')], '01/01/2026');
    expect(past.code, past.stderr).toBe(0);
    expect(past.stderr).toContain(
      `warning: option --date: 28 groups sent figures after 01/01/2026: the report counts each group's figures as they stood at the end of that day`,
    );
    const text = collapseSpaces(await pdfText(join(dir, 'date-past', 'report.pdf')));
    expect(text).toContain('tính đến ngày 01/01/2026');
    expect(text).toContain('Số tổ dân phố đã báo cáo: 0/32 tổ.');
    // Before the notice itself (issued 2025-10-09 in the example's campaign.yaml).
    const early = await report(['--data', data, '--out', join(dir, 'date-early')], '2025-10-01');
    expect(early.stderr).toContain(
      `warning: option --date: the report's day 01/10/2025 is before the notice's day 09/10/2025`,
    );
    // Without --date: today, every figure.
    const now = collapseSpaces(await pdfText(join(dir, 'date-now', 'report.pdf')));
    expect(now).toContain('Số tổ dân phố đã báo cáo: 28/32 tổ.');
  });

  it('ranks by households when the first measure counts households (a khu phố ward)', async () => {
    const ward = join(dir, 'tan-dinh');
    await cp(join(dirname(EXAMPLE_CAMPAIGN), '..', 'tan-dinh'), ward, { recursive: true });
    await appendFile(
      join(ward, 'campaign.yaml'),
      [
        'measures:',
        '  - { id: diet_lang_quang, label: Số hộ đã diệt lăng quăng, of: households }',
        '  - { id: tap_huan, label: Số người dự tập huấn, of: people }',
        '',
      ].join('\n'),
    );
    // groups.csv: Khu phố 1 has 262 households; 131 of them → 50,0 %. Khu phố 2 does not report.
    await writeFile(join(ward, 'ket-qua.csv'), 'STT;Số hộ đã diệt lăng quăng\n1;131\n');
    const out = join(ward, 'out');
    const res = await runCli([
      'report',
      '--campaign',
      join(ward, 'campaign.yaml'),
      '--groups',
      join(ward, 'groups.csv'),
      '--results',
      join(ward, 'ket-qua.csv'),
      '--date',
      '2026-04-01',
      '--out',
      out,
    ]);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    const text = await pdfText(join(out, 'report.pdf'), { layout: true });
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('xếp hạng theo tỷ lệ số hộ đã diệt lăng quăng trên tổng số hộ;');
    expect(flat).toMatch(/Khu phố 1 131 50,0/);
    // Who has not reported, and the closing sentence, are two paragraphs.
    expect(text).toMatch(/khẩn trương báo cáo kết quả\.\s*\n\s*Ủy ban nhân dân phường Tân Định/);
  });

  it("names the body that issued the notice, not the ward's committee, and numbers it so (qa17)", async () => {
    // An election committee's notice: its report is the committee's, "BC-UBBC".
    const campaign = join(dir, 'uy-ban-bau-cu.yaml');
    const yaml = (await readFile(EXAMPLE_CAMPAIGN, 'utf8'))
      .replace(/ {2}parent: "".*\n/, '  parent: UBND PHƯỜNG LÊ CHÂN\n')
      .replace(/ {4}- ỦY BAN NHÂN DÂN\n {4}- PHƯỜNG LÊ CHÂN\n/, '    - ỦY BAN BẦU CỬ\n')
      .replace(/ {2}symbol: UBND-VHXH/, '  symbol: TB-UBBC');
    await writeFile(campaign, yaml);
    const out = join(dir, 'bau-cu');
    const res = await reportOf(campaign, TWO.groups, TWO.results, out);
    expect(res.code, res.stderr).toBe(0);
    const flat = collapseSpaces(await pdfText(join(out, 'report.pdf')));
    expect(flat).toMatch(/Số: …+\/BC-UBBC/);
    expect(flat).toContain('Kết quả thực hiện Thông báo số 05/TB-UBBC');
    expect(flat).toContain('của Ủy ban bầu cử phường Lê Chân');
    expect(flat).toContain('Ủy ban bầu cử phường Lê Chân báo cáo kết quả thực hiện');
    expect(flat).not.toMatch(/Ủy ban nhân dân phường Lê Chân báo cáo|BC-UBND/);
  });

  // Every type of notice: the report is the issuer's ("BC-UBND", not "BC-" and the notice's
  // type code) and names the notice by its type (qa21: a công điện's read "…/BC-CĐ" and
  // "Công văn số 07/CĐ-UBND"). Codes and names as Decree 30's Phụ lục III writes them.
  it.each([
    ['UBND-VHXH', 'Công văn'],
    ['CĐ-UBND', 'Công điện'],
    ['NQ-UBND', 'Nghị quyết'],
    ['QĐ-UBND', 'Quyết định'],
    ['CT-UBND', 'Chỉ thị'],
    ['QC-UBND', 'Quy chế'],
    ['QyĐ-UBND', 'Quy định'],
    ['TC-UBND', 'Thông cáo'],
    ['TB-UBND', 'Thông báo'],
    ['HD-UBND', 'Hướng dẫn'],
    ['CTr-UBND', 'Chương trình'],
    ['KH-UBND', 'Kế hoạch'],
    ['PA-UBND', 'Phương án'],
    ['ĐA-UBND', 'Đề án'],
    ['BC-UBND', 'Báo cáo'],
    ['BB-UBND', 'Biên bản'],
    ['TTr-UBND', 'Tờ trình'],
    ['GM-UBND', 'Giấy mời'],
    ['GGT-UBND', 'Giấy giới thiệu'],
  ])('a notice numbered …/%s: the report is BC-UBND and cites the %s', async (symbol, name) => {
    const campaign = join(dir, `type-${symbol}.yaml`);
    const yaml = (await readFile(EXAMPLE_CAMPAIGN, 'utf8')).replace(
      / {2}symbol: UBND-VHXH/,
      `  symbol: ${symbol}`,
    );
    await writeFile(campaign, yaml);
    const out = join(dir, `type-${symbol}`);
    const res = await reportOf(campaign, TWO.groups, TWO.results, out);
    expect(res.code, res.stderr).toBe(0);
    const flat = collapseSpaces(await pdfText(join(out, 'report.pdf')));
    expect(flat).toMatch(/Số: …+\/BC-UBND\b/);
    expect(flat).toContain(`Kết quả thực hiện ${name} số 05/${symbol}`);
  });

  it('names a commune\'s thôn "thôn" when only the list\'s header says so (qa17)', async () => {
    const thon = join(dir, 'thon');
    await mkdir(thon, { recursive: true });
    const groupsFile = join(thon, 'groups.csv');
    await writeFile(
      groupsFile,
      'STT;Tên thôn;Trưởng thôn;Số hộ;Số nhân khẩu\n1;Đoàn Kết;Lê Văn Ba;120;400\n2;Hòa Bình;Vũ Thị Tư;98;350\n',
    );
    await writeFile(join(thon, 'ket-qua.csv'), 'STT,Số người dân tham gia cuộc thi\n1,200\n');
    const out = join(thon, 'out');
    const res = await reportOf(EXAMPLE_CAMPAIGN, groupsFile, join(thon, 'ket-qua.csv'), out);
    expect(res.code, res.stderr).toBe(0);
    const flat = collapseSpaces(await pdfText(join(out, 'report.pdf')));
    expect(flat).toContain('Số thôn đã báo cáo: 1/2 thôn');
    expect(flat).not.toMatch(/tổ dân phố|Tổ dân phố|tổ trưởng/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(out, 'report.xlsx'));
    const cells = book.worksheets[0]?.getSheetValues().flat().map(String) ?? [];
    expect(cells).toContain('Mã thôn');
    expect(cells).not.toContain('Mã tổ');
  });

  it('reads --date written day first, as the office writes it, and refuses a day that is none in Vietnamese (qa8 R1)', async () => {
    const run = (date: string, out: string) =>
      runCliInProcess([
        'report',
        '--lang',
        'vi',
        '--campaign',
        EXAMPLE_CAMPAIGN,
        '--groups',
        EXAMPLE_GROUPS,
        '--results',
        join(dir, 'ket-qua.csv'),
        '--date',
        date,
        '--out',
        out,
      ]);
    const out = join(dir, 'day-first');
    const res = await run('15/12/2025', out);
    expect(res.code).toBe(0);
    expect(await pdfText(join(out, 'report.pdf'))).toContain('ngày 15 tháng 12 năm 2025');

    const bad = await run('31/02/2025', join(dir, 'no-day'));
    expect(bad.code).toBe(2);
    // Written as asked: the day is what is wrong (qa38 m3).
    expect(bad.stderr).toContain('--date: ngày 31/02/2025 không có trong lịch');
    expect(bad.stderr).not.toMatch(/not a date|\n\s+at /);
  });

  it('warns of a column it does not read (a figure under a header that is no measure)', async () => {
    const file = join(dir, 'extra.csv');
    // "Tổ trưởng" is the groups file's, and not a figure; "Số người dự thi" is no measure's label.
    await writeFile(
      file,
      'Mã tổ;Tổ trưởng;Số người dân tham gia cuộc thi;Số người dự thi\n1;Nguyễn Văn Hùng;120;95\n',
    );
    const res = await report(['--results', file, '--out', join(dir, 'extra')]);
    expect(res.code).toBe(0);
    const warnings = res.stderr.split('\n').filter((l) => l.startsWith('warning:'));
    expect(warnings).toEqual([
      `warning: ${file}, field "Số người dự thi": the column "Số người dự thi" is neither the group nor one of the campaign's measures: it is not read`,
    ]);
    expect(res.stderr).toContain('hint: To report it, head it with a measure');
    // Nobody reported the certificates: the report says so rather than print a total of 0.
    const text = collapseSpaces(await pdfText(join(dir, 'extra', 'report.pdf')));
    expect(text).toContain('- Số người dân nhận giấy chứng nhận: chưa có tổ nào báo cáo.');
    // Only group 1 reported: its rate leads, the ward's after it counting the others as 0.
    expect(text).toMatch(
      /- Số người dân tham gia cuộc thi: tỷ lệ [\d,]+% ở 1 tổ đã báo cáo \(120\//,
    );
    expect(text).toContain('toàn phường: 120/');
    expect(text).toMatch(/120 [\d,]+ 3\./);
    expect(text).toContain('Toàn phường (tính 31 tổ chưa báo cáo là 0)');
  });
});

/**
 * `build --rosters` with a partial household list (qa22 #2, #5): the xã's fire-safety campaign,
 * its thôn list (Thôn Câu Hạ 212 households) and the household list a clerk started (6 households
 * of Câu Hạ, 4 of Phương Chử Đông, 4 of Phương Chử Tây, none of Câu Thượng as the groups file
 * writes it). The build says once, naming the file, which thôn the list gives far fewer households
 * than the thôn list counts and which it gives none; the rows refused are one warning per thing
 * written and reason, each row's number in it.
 */
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArgs, runCliInProcess } from '../support/cli.js';
import { pdfPageTexts } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'qa22-pccc');
const LIST = join(FIXTURE, 'ds-ho-an-thang.xlsx');

afterAll(removeTempDirs);

describe('build --rosters <a partial list>', () => {
  let run: Awaited<ReturnType<typeof runCliInProcess>>;
  let out: string;
  let households: Map<string, number>;
  beforeAll(async () => {
    const lines = (await readFile(join(FIXTURE, 'thon.csv'), 'utf8')).trim().split('\n');
    const header = (lines[0] ?? '').split(';');
    households = new Map(
      lines.slice(1).map((l) => {
        const cells = l.split(';');
        return [cells[header.indexOf('Tên thôn')] ?? '', Number(cells[header.indexOf('Số hộ')])];
      }),
    );
    out = await makeTempDir('phuong-print-rosters-partial-');
    // The command's code in this process (runCliInProcess: the same exit code, output and files,
    // without a Node start-up): what build says and draws is the point.
    run = await runCliInProcess([
      ...buildArgs(join(FIXTURE, 'campaign.yaml'), join(FIXTURE, 'thon.csv'), out),
      '--kind',
      'tracker',
      '--rosters',
      LIST,
      '--lang',
      'vi',
    ]);
    expect(run.code, run.stderr).toBe(0);
  }, 120_000);

  it('says once, naming the file, the thôn given far fewer households and those given none', () => {
    const said = run.stderr.split('\n').filter((l) => l.includes('ít dòng hơn nhiều'));
    expect(said).toHaveLength(1);
    const [line = ''] = said;
    expect(line).toContain(`${basename(LIST)}:`);
    expect(line).toContain(`Thôn Câu Hạ: 6/${households.get('Thôn Câu Hạ')} hộ`);
    expect(line).toContain(`Thôn Phương Chử Đông: 4/${households.get('Thôn Phương Chử Đông')} hộ`);
    expect(line).toContain('không có dòng nào của 1 thôn (Thôn Câu Thượng)');
  });

  it('says the rows refused for one thing written once, with every row number', () => {
    const lines = run.stderr.split('\n');
    const cauThuong = lines.filter((l) => l.includes('“Câu Thượng”'));
    expect(cauThuong).toHaveLength(1);
    expect(cauThuong[0]).toContain('“Câu Thượng” — dòng 15, 16, 17, 18, cột “Thôn”:');
    expect(lines.filter((l) => l.includes('“Thôn 1”'))).toHaveLength(1);
    expect(lines.some((l) => l.includes('“Thôn 1” — dòng 10, 11, 12, cột “Thôn”:'))).toBe(true);
    // A row refused alone is said by its row, as before.
    expect(lines.some((l) => /dòng 32, cột “Thôn”: .*“Thôn Đồng Xuân”/.test(l))).toBe(true);
  });

  it('tells how to mend the rows refused together as several rows, one alone as its row', () => {
    const lines = run.stderr.split('\n');
    const hintAfter = (said: (l: string) => boolean) =>
      lines.slice(lines.findIndex(said) + 1).find((l) => l.includes('gợi ý:')) ?? '';
    const many = hintAfter((l) => l.includes('“Thôn 1” — dòng 10, 11, 12, cột “Thôn”:'));
    expect(many).toContain('ở các dòng này');
    expect(many).not.toContain('ở dòng này');
    const one = hintAfter((l) => /dòng 32, cột “Thôn”: .*“Thôn Đồng Xuân”/.test(l));
    expect(one).toContain('dòng này');
    expect(one).not.toContain('các dòng này');
  });

  it("prints Thôn Câu Hạ's sheet to its 212 households", async () => {
    const pages = await pdfPageTexts(join(out, 'thon-cau-ha', 'tracker.pdf'));
    const numbers = pages
      .flatMap((p) => p.split('\n'))
      .map((l) => l.trim())
      .filter((l) => /^\d+$/.test(l))
      .map(Number);
    const count = households.get('Thôn Câu Hạ') ?? 0;
    expect(numbers.slice(0, count)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
  });
});

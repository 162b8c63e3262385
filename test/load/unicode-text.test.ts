/**
 * Excel's "Unicode Text" save type — UTF-16 LE with a BOM, TAB-separated, CRLF, named .txt — and
 * .tsv files, as groups and rosters files: read by their content, checked by `check`, and printed
 * (the names are read back from the PDFs). The files are written here byte by byte as Excel
 * writes them. The commands run in this process (runCliInProcess).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGroups } from '../../src/load/groups/index.js';
import { loadRoster } from '../../src/load/roster.js';
import { runCliInProcess } from '../support/cli.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const GROUPS = [
  ['STT', 'Tên tổ dân phố', 'Tổ trưởng', 'Số điện thoại', 'Địa chỉ nhà văn hóa'],
  [
    '7',
    'Tổ dân phố Đông Hải',
    'Phạm Thị Huyền Trang',
    '0912 345 678',
    'Nhà văn hóa số 7, phố Lạch Tray',
  ],
  // Excel quotes a cell holding a tab, a quote or a line break, and doubles the quote.
  ['8', 'Tổ "Cầu Đất"', 'Lê Văn Đức', '', 'Số 3\tngõ 5, phố Cầu Đất'],
];
const ROSTER = [
  ['STT', 'Họ và tên', 'Địa chỉ', 'Năm sinh'],
  ['1', 'Nguyễn Thị Ngọc Ánh', 'Số 12 ngõ 4', '1987'],
  ['2', 'Đỗ Quang Vĩnh', 'Số 14 ngõ 4', '1952'],
];

/** A table as Excel's "Unicode Text": UTF-16 LE with its BOM, TABs, CRLF, quoted where needed. */
function unicodeText(rows: readonly (readonly string[])[]): Buffer {
  const cell = (c: string) => (/[\t"\r\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c);
  const text = `${rows.map((r) => r.map(cell).join('\t')).join('\r\n')}\r\n`;
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

/** A .tsv as other programs write it: UTF-8 without a BOM, TABs, LF. */
function tsv(rows: readonly (readonly string[])[]): Buffer {
  return Buffer.from(`${rows.map((r) => r.join('\t')).join('\n')}\n`, 'utf8');
}

describe('loading', () => {
  it('a Unicode Text .txt and a .tsv give the groups of their rows', async () => {
    const dir = await makeTempDir('phuong-print-unicode-text-');
    const txt = join(dir, 'to-dan-pho.txt');
    await writeFile(txt, unicodeText(GROUPS));
    const fromTxt = await loadGroups(txt);
    expect(fromTxt.map((g) => [g.id, g.name, g.leader, g.venue])).toEqual([
      ['7', 'Tổ dân phố Đông Hải', 'Phạm Thị Huyền Trang', 'Nhà văn hóa số 7, phố Lạch Tray'],
      // The tab inside a cell is whitespace like any other: one space.
      ['8', 'Tổ "Cầu Đất"', 'Lê Văn Đức', 'Số 3 ngõ 5, phố Cầu Đất'],
    ]);
    const tsvFile = join(dir, 'TO-DAN-PHO.TSV');
    await writeFile(tsvFile, tsv(GROUPS.slice(0, 2)));
    expect((await loadGroups(tsvFile)).map((g) => g.name)).toEqual(['Tổ dân phố Đông Hải']);
  });

  it('a roster saved as Unicode Text', async () => {
    const dir = await makeTempDir('phuong-print-unicode-text-');
    const file = join(dir, '7.txt');
    await writeFile(file, unicodeText(ROSTER));
    const residents = await loadRoster(file);
    expect(residents.map((r) => [r.name, r.born])).toEqual([
      ['Nguyễn Thị Ngọc Ánh', 1987],
      ['Đỗ Quang Vĩnh', 1952],
    ]);
  });
});

describe('check and build from Unicode Text files', () => {
  it('check passes, and the notice and tracking sheet print the names from the files', async () => {
    const dir = await makeTempDir('phuong-print-unicode-text-');
    const groups = join(dir, 'groups.txt');
    await writeFile(groups, unicodeText(GROUPS));
    const rosters = join(dir, 'rosters');
    await mkdir(rosters);
    await writeFile(join(rosters, '7.txt'), unicodeText(ROSTER));
    // Notes beside the rosters are not taken for one.
    await writeFile(join(rosters, 'ghi-chu.txt'), 'Danh sách cập nhật tháng 9');
    const inputs = ['--campaign', EXAMPLE_CAMPAIGN, '--groups', groups, '--rosters', rosters];

    const check = await runCliInProcess(['check', ...inputs, '--kind', 'notice,tracker']);
    expect(check.code, check.stderr).toBe(0);
    expect(check.stdout).toContain('ok: 2 groups');

    const out = join(dir, 'out');
    const build = await runCliInProcess([
      'build',
      ...inputs,
      '--out',
      out,
      '--quiet',
      '--group',
      '7',
      '--kind',
      'notice,tracker',
    ]);
    expect(build.code, build.stderr).toBe(0);
    const folder = join(out, 'to-dan-pho-dong-hai');
    const notice = collapseSpaces(await pdfText(join(folder, 'notice.pdf')));
    // In running text Decree 30 writes the unit's common noun lower case before a name
    // ("Bản gửi: tổ dân phố Đông Hải, …"): the name as the file has it, its first letter lowered.
    expect(notice).toContain('Bản gửi: tổ dân phố Đông Hải');
    // The notice's "Kính gửi" is the campaign's; the tracking sheet names the group's leader.
    const tracker = collapseSpaces(await pdfText(join(folder, 'tracker.pdf')));
    expect(tracker).toContain('Phạm Thị Huyền Trang');
    expect(tracker).toContain('Nguyễn Thị Ngọc Ánh');
    expect(tracker).toContain('Đỗ Quang Vĩnh');
  });
});

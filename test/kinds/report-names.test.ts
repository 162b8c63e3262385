/**
 * The report's table and chart break a long group name only between its unit word, its proper
 * name and a bracketed note, never inside a person's or a place's name ("Khu dân cư Nguyễn |
 * Thị Minh Khai" read as two names; h-q10 item 2). Read back with pdftotext, line by line.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliInProcess } from '../support/cli.js';
import { pdfText } from '../support/pdf-text.js';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const NAMES = [
  'Khu phố Tân Định 2 (Đa Kao cũ)',
  'Khu dân cư Nguyễn Thị Minh Khai',
  "Thôn Đắk R'Moan Ea Kmăt",
  'Tổ dân phố số 12A',
];
/** The proper names and notes that must each stay on one line. */
const WHOLE = ['Tân Định 2', '(Đa Kao cũ)', 'Nguyễn Thị Minh Khai', "Đắk R'Moan Ea Kmăt", 'số 12A'];

describe('the report’s long group names', () => {
  it('are broken between their parts, never inside a name', async () => {
    const dir = await makeTempDir('phuong-print-report-names-');
    const groups = join(dir, 'groups.csv');
    await writeFile(
      groups,
      `STT;Tên khu phố;Số hộ;Số nhân khẩu\n${NAMES.map((n, i) => `${i + 1};${n};100;400`).join('\n')}\n`,
    );
    const results = join(dir, 'ket-qua.csv');
    await writeFile(
      results,
      `Mã tổ,Tên tổ dân phố,Số người dân tham gia cuộc thi\n${NAMES.map((_, i) => `${i + 1},x,${200 - 40 * i}`).join('\n')}\n`,
    );
    const out = join(dir, 'out');
    const r = await runCliInProcess([
      'report',
      ...['--campaign', EXAMPLE_CAMPAIGN, '--groups', groups, '--results', results],
      ...['--date', '2025-11-12', '--out', out],
    ]);
    expect(r.code, r.stderr).toBe(0);
    const text = await pdfText(join(out, 'report.pdf'), { layout: true });
    // The table and the chart: each name's parts, each whole on a line, twice.
    for (const part of WHOLE) {
      const lines = text.split('\n').filter((l) => l.includes(part));
      expect(lines.length, part).toBeGreaterThanOrEqual(2);
    }
    // No line ends inside a proper name.
    expect(text).not.toMatch(/(Nguyễn|Thị|Đắk|R'Moan|\(Đa)\s*$/m);
  });
});

describe('a large ward’s report (qa11 Q16)', () => {
  it('sets each long name on one line of its row, next to its figure', async () => {
    const dir = await makeTempDir('phuong-print-report-wide-');
    const names = Array.from({ length: 40 }, (_, i) => `Khu phố Số ${i + 101} Mường Chiến Tả Phìn`);
    const groups = join(dir, 'groups.csv');
    await writeFile(
      groups,
      `STT;Tên khu phố;Số hộ;Số nhân khẩu\n${names.map((n, i) => `${i + 1};${n};100;400`).join('\n')}\n`,
    );
    const results = join(dir, 'ket-qua.csv');
    await writeFile(
      results,
      `Mã tổ,Tên tổ dân phố,Số người dân tham gia cuộc thi\n${names.map((_, i) => `${i + 1},x,${300 - i}`).join('\n')}\n`,
    );
    const out = join(dir, 'out');
    const r = await runCliInProcess([
      'report',
      ...['--campaign', EXAMPLE_CAMPAIGN, '--groups', groups, '--results', results],
      ...['--date', '2025-11-12', '--out', out],
    ]);
    expect(r.code, r.stderr).toBe(0);
    const lines = (await pdfText(join(out, 'report.pdf'), { layout: true })).split('\n');
    // The table's row: rank, the whole name, its figure on the same line.
    for (const [i, name] of names.entries()) {
      const row = lines.find((l) => l.includes(name) && l.includes(String(300 - i)));
      expect(row, name).toBeDefined();
    }
  });
});

/**
 * The report's bar chart at 400 groups labels each bar with the group's name broken only between
 * its unit word, its proper name and a bracketed note, as the table does: "Khu phố Nậm Khắt Háng
 * | Chua Xá số 10" read as two places. Read back with pdftotext -layout: each proper name (with
 * its number) whole on a line, in the table and in the chart.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliInProcess } from '../support/cli.js';
import { pdfText } from '../support/pdf-text.js';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const UNITS = ['Tổ dân phố', 'Khu phố', 'Thôn', 'Bản', 'Khu dân cư', 'Ấp'];
const PLACES = [
  'Nguyễn Thị Minh Khai',
  'Mường Chiến Tả Phìn',
  "Đắk R'Moan Ea Kmăt",
  'Phước Long Thượng',
  'Kẻ Sặt Nghĩa Hưng',
  'Nậm Khắt Háng Chua Xá',
];

describe('the report chart of a ward of 400 groups', () => {
  it('breaks its labels between a name’s parts only', { timeout: 180_000 }, async () => {
    const dir = await makeTempDir('phuong-print-report-chart-');
    const groups = Array.from({ length: 400 }, (_, i) => {
      const proper = `${PLACES[i % PLACES.length]} số ${i + 1}`;
      const unit = UNITS[Math.floor(i / PLACES.length) % UNITS.length];
      return { id: i + 1, proper, name: `${unit} ${proper}${i % 7 === 0 ? ' (Hàng Bạc cũ)' : ''}` };
    });
    await writeFile(
      join(dir, 'groups.csv'),
      `STT;Tên tổ dân phố;Số hộ;Số nhân khẩu\n${groups.map((g) => `${g.id};${g.name};100;400`).join('\n')}\n`,
    );
    await writeFile(
      join(dir, 'ket-qua.csv'),
      `Mã tổ,Tên tổ dân phố,Số người dân tham gia cuộc thi\n${groups.map((g) => `${g.id},x,${10 + ((g.id * 37) % 380)}`).join('\n')}\n`,
    );
    const out = join(dir, 'out');
    const r = await runCliInProcess([
      'report',
      ...['--campaign', EXAMPLE_CAMPAIGN, '--groups', join(dir, 'groups.csv')],
      ...['--results', join(dir, 'ket-qua.csv'), '--date', '2025-11-12', '--out', out],
    ]);
    expect(r.code, r.stderr).toBe(0);
    const lines = (await pdfText(join(out, 'report.pdf'), { layout: true }))
      .split('\n')
      .map((l) => l.replace(/\s+/gu, ' '));
    // Each proper name whole on a line of the table and on one of the chart.
    const broken = groups.filter((g) => {
      const whole = new RegExp(`${g.proper}(?!\\d)`, 'u');
      return lines.filter((l) => whole.test(l)).length < 2;
    });
    expect(broken.map((g) => g.name)).toEqual([]);
  });
});

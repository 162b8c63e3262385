/**
 * An office's results sheet read by `report` (qa6 H1): a part's subtotal ("Cộng Hàng Bạc") is
 * skipped as the groups loader skips it, but a group whose own name reads like one ("Cộng Hòa")
 * is that group's row, never a totals row.
 */
import { describe, expect, it } from 'vitest';
import { parseResultsFile } from '../../src/load/results-file.js';
import type { Group } from '../../src/load/types.js';
import type { Measure } from '../../src/results/figures.js';

const measure = { id: 'joined', label: 'Số người tham gia', unit: 'người' } as unknown as Measure;
const group = (id: string, name: string): Group => ({
  id,
  name,
  source: { file: 'g.csv', row: 1 },
});

describe('a results sheet of a list in parts', () => {
  it('reads a group named "Cộng Hòa" and skips the subtotal "Cộng Hàng Bạc"', async () => {
    const csv = [
      'Tên tổ dân phố;Số người tham gia',
      'Cộng Hòa;12',
      'Tổ dân phố số 2;8',
      'Cộng Hàng Bạc;20',
    ].join('\n');
    const r = await parseResultsFile(
      new TextEncoder().encode(csv),
      'ket-qua.csv',
      [measure],
      [group('1', 'Cộng Hòa'), group('2', 'Tổ dân phố số 2')],
    );
    expect(r.rows.map((row) => [row.group.id, row.values.joined])).toEqual([
      ['1', 12],
      ['2', 8],
    ]);
    expect(r.warnings.map((w) => w.describe('vi'))).toEqual([
      'ket-qua.csv, dòng 4, cột “Tên tổ dân phố”: đây là dòng tổng cộng (“Cộng Hàng Bạc”), không phải một tổ dân phố: đã bỏ qua dòng này',
    ]);
  });
});

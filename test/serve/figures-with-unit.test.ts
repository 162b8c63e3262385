/**
 * A figure typed with what it counts after it, as a leader or the office says it ("50 hộ", "120
 * người", "498 cử tri"), is the number (qa18: refused with "chỉ ghi chữ số"); another measure's
 * word ("50 người" for households) or an estimate ("khoảng 200") stays refused.
 */
import { describe, expect, it } from 'vitest';
import { readTypedFigures } from '../../src/serve/results-form.js';

const MEASURES = [
  { id: 'ho', label: 'Số hộ được kiểm tra', of: 'households' },
  { id: 'nguoi', label: 'Số người tham gia', of: 'people' },
  { id: 'bau', label: 'Số cử tri đã đi bầu', of: 'Số cử tri' },
];

const read = (typed: Record<string, string>) =>
  readTypedFigures(MEASURES, (m) => typed[m.id] ?? '');

describe('a figure typed with its unit', () => {
  it('is the number', () => {
    const r = read({ ho: '50 hộ', nguoi: '1.250 người', bau: '498 cử tri' });
    expect(r.errors).toEqual([]);
    expect(r.values).toEqual({ ho: 50, nguoi: 1250, bau: 498 });
  });

  it('stays refused with another measure’s word or as an estimate', () => {
    const r = read({ ho: '50 người', nguoi: 'khoảng 200' });
    expect(r.invalid).toEqual(['ho', 'nguoi']);
  });
});

/**
 * The ward's table: rates against population or households, rounded once to a tenth of a
 * percent; same shown rate, same rank (1-2-2-4); totals over the reported figures against the
 * whole ward; who has not reported. Expected values are worked out by hand from the figures.
 */
import { describe, expect, it } from 'vitest';
import type { Group } from '../../src/load/types.js';
import type { Measure } from '../../src/results/figures.js';
import type { Figure, LatestFigures } from '../../src/results/results-store.js';
import { formatRate, standingsOf } from '../../src/results/standings.js';

const MEASURES: Measure[] = [
  { id: 'tham_gia', label: 'Số người tham gia', of: 'people' },
  { id: 'cai_app', label: 'Số hộ cài ứng dụng', of: 'households' },
];
const group = (id: string, population: number, households: number): Group => ({
  id,
  name: `Tổ ${id}`,
  population,
  households,
  source: { file: 'g.csv', row: 1 },
});
const fig = (value: number): Figure => ({
  value,
  at: '2025-10-20T08:00:00.000Z',
  source: 'leader',
  confirmed: false,
});
const latest = (rows: Record<string, Record<string, number>>): LatestFigures =>
  new Map(
    Object.entries(rows).map(([g, v]) => [
      g,
      new Map(Object.entries(v).map(([m, n]) => [m, fig(n)])),
    ]),
  );

describe('standings', () => {
  it('ranks by the rounded rate of the first measure; equal shown rates share a rank', () => {
    const groups = [
      group('1', 1000, 300),
      group('2', 3000, 900),
      group('3', 2000, 500),
      group('4', 1000, 250),
      group('5', 800, 200),
    ];
    // 1: 123/1000 = 12,3%. 2: 370/3000 = 12,333… → 12,3%. 3: 300/2000 = 15,0%.
    // 4: 50/1000 = 5,0%. 5: nothing reported.
    const s = standingsOf(
      groups,
      MEASURES,
      latest({
        '1': { tham_gia: 123, cai_app: 30 },
        '2': { tham_gia: 370 },
        '3': { tham_gia: 300, cai_app: 250 },
        '4': { tham_gia: 50 },
      }),
    );
    expect(s.rows.map((r) => [r.group.id, formatRate(r.cells[0]?.rate), r.rank])).toEqual([
      ['1', '12,3%', 2],
      ['2', '12,3%', 2],
      ['3', '15,0%', 1],
      ['4', '5,0%', 4],
      ['5', '', undefined],
    ]);
    expect(s.ranked.map((r) => r.group.id)).toEqual(['3', '1', '2', '4']);
    expect(s.missing.map((g) => g.id)).toEqual(['5']);
    // Totals: 843 people of 7 800 (10,8%); 280 households of 2 150 (13,0%), from 2 groups.
    // While groups are still out, the rate over those that reported: 843 of the 7 000 people of
    // groups 1–4 (12,0%), one group out; 280 of the 800 households of groups 1 and 3 (35,0%),
    // three out.
    expect(s.totals).toEqual([
      {
        value: 843,
        base: 7800,
        rate: 108,
        groups: 4,
        reporting: { value: 843, base: 7000, rate: 120, groups: 4, pending: 1 },
      },
      {
        value: 280,
        base: 2150,
        rate: 130,
        groups: 2,
        reporting: { value: 280, base: 800, rate: 350, groups: 2, pending: 3 },
      },
    ]);
    expect(s.rows[2]?.cells[1]?.rate).toBe(500);
  });

  it('a group without a population has figures but no rate and no rank', () => {
    const g: Group = { id: '9', name: 'Tổ 9', source: { file: 'g.csv', row: 2 } };
    const s = standingsOf([g], MEASURES, latest({ '9': { tham_gia: 10 } }));
    expect(s.rows[0]?.cells[0]).toMatchObject({ figure: { value: 10 }, rate: undefined });
    expect(s.rows[0]?.rank).toBeUndefined();
    expect(s.totals[0]).toEqual({ value: 10, base: undefined, rate: undefined, groups: 1 });
  });
});

describe('standings of a quantity (kg, with decimals)', () => {
  it('adds figures up to the hundredth: 0,1 + 0,2 kg is 0,3, not a float’s tail', () => {
    const kg: Measure[] = [
      { id: 'rac_kg', label: 'Khối lượng rác thu gom (kg)', of: 'Khối lượng dự kiến (kg)' },
    ];
    const groups = ['1', '2', '3'].map((id) => ({
      ...group(id, 1000, 300),
      columns: { 'Khối lượng dự kiến (kg)': '10' },
    }));
    const s = standingsOf(
      groups,
      kg,
      latest({ 1: { rac_kg: 0.1 }, 2: { rac_kg: 0.2 }, 3: { rac_kg: 95.5 } }),
    );
    // By hand: 0,1 + 0,2 + 95,5 = 95,8 kg of 3 × 10 kg.
    expect(s.totals[0]?.value).toBe(95.8);
    expect(s.totals[0]?.base).toBe(30);
    const two = standingsOf(groups, kg, latest({ 1: { rac_kg: 0.1 }, 2: { rac_kg: 0.2 } }));
    expect(two.totals[0]?.value).toBe(0.3);
  });
});

/**
 * A figure as typed → its number: a count whole, a quantity with up to two decimals written the
 * Vietnamese way ("95,5", "1.234,5"); an English "95.5" read as 95,5 and flagged; "1.234" one
 * thousand two hundred and thirty-four; a workbook's number cell to its hundredth. Expected
 * values by hand.
 */
import { describe, expect, it } from 'vitest';
import { readFigureNumber, readFigureText } from '../../src/results/figure-text.js';

describe('a quantity’s figure as typed', () => {
  it.each([
    ['95,5', { value: 95.5 }],
    ['1.234,5', { value: 1234.5 }],
    ['1 234,25', { value: 1234.25 }],
    ['1.234', { value: 1234 }],
    ['0,3', { value: 0.3 }],
    ['95', { value: 95 }],
    ['95.5', { value: 95.5, dotDecimal: true }],
    ['0.75', { value: 0.75, dotDecimal: true }],
    // A whole 0 is never followed by a group of thousands: half a kilogram, not 500 (review).
    ['0.500', { value: 0.5, dotDecimal: true }],
    ['0.750', { value: 0.75, dotDecimal: true }],
    // Thousands grouped by the no-break space of Excel's copied text.
    ['1\u00a0234,5', { value: 1234.5 }],
    ['95,555', { problem: 'decimals' }],
    ['1,234', { problem: 'decimals' }],
    ['1,234.5', { problem: 'decimals' }],
    ['-3,5', { problem: 'negative' }],
    ['khoảng 90', { problem: 'not-a-number' }],
  ])('"%s"', (text, want) => {
    expect(readFigureText(text, true)).toEqual(want);
  });
});

describe('a count’s figure as typed', () => {
  it.each([
    ['1.234', { value: 1234 }],
    ['245', { value: 245 }],
    ['2,5', { problem: 'fraction' }],
    ['2.5', { problem: 'fraction' }],
    ['1.234,5', { problem: 'fraction' }],
    ['-5', { problem: 'negative' }],
    ['mười', { problem: 'not-a-number' }],
  ])('"%s"', (text, want) => {
    expect(readFigureText(text, false)).toEqual(want);
  });
});

describe('a workbook’s number cell', () => {
  it('is a quantity to its hundredth, a count only when whole', () => {
    expect(readFigureNumber(0.1 + 0.2, true)).toEqual({ value: 0.3 });
    expect(readFigureNumber(95.5, true)).toEqual({ value: 95.5 });
    expect(readFigureNumber(1 / 3, true)).toEqual({ problem: 'decimals' });
    expect(readFigureNumber(2.5, false)).toEqual({ problem: 'fraction' });
    // A count a formula worked out, "=0,1*30", holds 3.0000000000000004 and shows 3 (review).
    expect(readFigureNumber(0.1 * 30, false)).toEqual({ value: 3 });
    expect(readFigureNumber(-1, true)).toEqual({ problem: 'negative' });
  });
});

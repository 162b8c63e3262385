import { describe, expect, it } from 'vitest';
import { wardDate } from '../../src/render/pdf/dates.js';

// A build dates every document alike, so the info dictionary's date is made once (h-cpu): a
// document with another date still gets its own.
describe("the info dictionary's date", () => {
  it('is each date in the ward time, one after another and back', () => {
    const first = new Date('2026-10-09T00:00:00Z');
    const second = new Date('2026-12-31T20:30:00Z');
    expect(String(wardDate(first))).toBe("D:20261009070000+07'00'");
    expect(String(wardDate(second))).toBe("D:20270101033000+07'00'");
    const again = wardDate(first);
    expect(String(again)).toBe("D:20261009070000+07'00'");
    expect(again.getTime()).toBe(first.getTime());
    expect(again.toISOString()).toBe('2026-10-09T00:00:00.000Z');
  });
});

/**
 * A word typed before a value is judged as a unit word once per build (template/repeated-term.ts
 * `isUnitTyped`, h-perf14): the same letters are asked about against every unit word of the same
 * length ("khóm" against "thôn" first, then "khóm"), so what is kept must be by both the letters
 * and the unit they were judged against.
 */
import { describe, expect, it } from 'vitest';
import { withoutRepeatedTerms } from '../../src/template/repeated-term.js';

// A printed value is bracketed by two marks (template/value-marks.ts).
const unmarked = (s: string) => s.replace(/[\uFDD0-\uFDD4]/g, '');
const said = (text: string, name: string) =>
  unmarked(withoutRepeatedTerms(text.replace('{{group.name}}', `\uFDD0${name}\uFDD1`)));

describe('a unit word typed before a group’s name, asked again and again', () => {
  it('is the unit it spells, whichever unit of its length was asked first', () => {
    // Decree 30's "thôn, khóm {{group.name}}" for "Khóm Hai": the group is a khóm (qa36).
    for (let i = 0; i < 3; i++) {
      expect(said('Các thôn, khóm {{group.name}} họp.', 'Khóm Hai')).toBe('Các khóm Hai họp.');
      expect(said('Gửi trưởng khóm {{group.name}}.', 'Khóm Hai')).toBe('Gửi trưởng khóm Hai.');
      expect(said('Gửi trưởng thôn {{group.name}}.', 'Thôn Hai')).toBe('Gửi trưởng thôn Hai.');
    }
  });
});

/**
 * A unit word said twice is found by character (template/repeated-term.ts): a text of one-unit
 * characters only is read by its indexes as it is, without splitting it into an array (h-b3k);
 * a text holding a character outside the Basic Multilingual Plane (a "bold" letter pasted from a
 * social network, an emoji) is still read whole character by whole character, so such a letter
 * right before a unit word makes it part of another word, as it did before.
 */
import { describe, expect, it } from 'vitest';
import { withoutRepeatedTerms } from '../../src/template/repeated-term.js';

// A template's output brackets each printed value (template/value-marks.ts): `{{group.name}}`
// printed "Thôn Đoàn Kết" is OPEN + the name + CLOSE.
const unmarked = (s: string) => s.replace(/[\uFDD0-\uFDD4]/g, '');
const said = (text: string, name: string) =>
  unmarked(withoutRepeatedTerms(text.replace('{{group.name}}', `\uFDD0${name}\uFDD1`)));

describe('a unit word said twice before a group’s name', () => {
  it('goes in a text of Vietnamese letters', () => {
    expect(said('Kính gửi: Trưởng thôn {{group.name}}.', 'Thôn Đoàn Kết')).toBe(
      'Kính gửi: Trưởng thôn Đoàn Kết.',
    );
  });

  it('stays when a letter outside the Basic Multilingual Plane makes it part of another word', () => {
    // "𝐗thôn" is one word, not the unit "thôn": nothing is dropped, and the name's own word is
    // lower case mid-sentence as any other ("Gửi Thôn Đoàn Kết" would have dropped a typed word).
    expect(said('Gửi 𝐗thôn {{group.name}} 📢.', 'Thôn Đoàn Kết')).toBe(
      'Gửi 𝐗thôn thôn Đoàn Kết 📢.',
    );
  });
});

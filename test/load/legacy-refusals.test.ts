/**
 * Each refusal of a campaign text typed with an old font or in VIQR is known as one
 * (isLegacyRefusal), which the studio's form needs to say a body's line as "Dòng 3: …". The
 * sentences are written once, where they are worded: a refusal worded anew at its throw site
 * would not be known, and this test says which. Texts are qa37's (the example's ward typed so).
 */
import { describe, expect, it } from 'vitest';
import type { UserError } from '../../src/errors.js';
import {
  campaignLegacyText,
  isLegacyRefusal,
  legacyRefusal,
} from '../../src/load/campaign-legacy.js';
import { say } from '../../src/messages/message.js';

/** The campaign's refusals and warnings for its `issuer` texts, said in Vietnamese. */
function legacyOf(issuer: Record<string, string>) {
  const { errors, warnings } = campaignLegacyText({ issuer }, 'campaign.yaml', () => 3);
  return { errors, warnings };
}
const vi = (e: UserError) => say(e.text, 'vi');

const TCVN3_WARD = 'ph\u00ADêng Lª Ch©n';

describe('refusals of text typed with an old font or in VIQR', () => {
  it('knows each refusal of the loader as one, whatever its wording', () => {
    const refused = [
      legacyOf({ ward: 'phu+o+`ng Le^ Cha^n' }).errors,
      legacyOf({ ward: 'Traû lôøi 20 caâu traéc nghieäm cuûa baøi thi.' }).errors,
      legacyOf({ ward: 'PH¦êNG L£ CH¢N' }).errors,
      // A campaign typed wholly with TCVN3: "Sè 5" reads either way ("Số 5").
      legacyOf({ ward: TCVN3_WARD, name: 'Sè 5' }).errors,
    ];
    const said = refused.map((errors) => errors.map(vi));
    expect(said).toEqual([
      [expect.stringContaining('chữ được viết kiểu VIQR')],
      [expect.stringContaining('phông VNI, không phải Unicode')],
      [expect.stringContaining('phông TCVN3 (ABC), không phải Unicode')],
      [expect.stringContaining('đọc thành tiếng Việt theo cả hai cách')],
    ]);
    for (const e of refused.flat())
      expect({ said: vi(e), known: isLegacyRefusal(e) }).toEqual({ said: vi(e), known: true });
  });

  it('knows the form’s refusal of TCVN3 the loader converted as one', () => {
    const { errors, warnings } = legacyOf({ ward: TCVN3_WARD });
    expect(errors).toEqual([]);
    const refusal = legacyRefusal(warnings[0] as UserError);
    expect(refusal && vi(refusal)).toContain('“ph\u00ADêng Lª Ch©n” có lẽ là “phường Lê Chân”');
    expect(refusal && isLegacyRefusal(refusal)).toBe(true);
  });

  it('does not refuse a Unicode name beside TCVN3 that would read with a capital inside a word', () => {
    // "Giàng A Páo" read as TCVN3 is "GiỔng A PỏO": no reading, so not "either way".
    expect(legacyOf({ ward: TCVN3_WARD, name: 'Giàng A Páo' }).errors).toEqual([]);
  });
});

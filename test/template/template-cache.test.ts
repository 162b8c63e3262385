import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { renderTemplate } from '../../src/template/handlebars.js';

// Compiled templates are kept by their text alone (h-cpu): the same text in two places must
// still print each call's own values and name each call's own file and field when it fails.
const unmarked = (s: string) => s.replace(/[\uFDD0-\uFDD4]/g, '');

describe('a template text used in two places', () => {
  it('prints each context and names its own file and field in an error', () => {
    const text = 'Kính gửi: {{group.chairman}}';
    const a = { text, file: 'mau/to-roi.md' };
    const b = { text, file: 'campaign.yaml', field: 'notice.body' };
    expect(unmarked(renderTemplate(a, { group: { chairman: 'Ông Lê Văn Tám' } }))).toBe(
      'Kính gửi: Ông Lê Văn Tám',
    );
    expect(unmarked(renderTemplate(b, { group: { chairman: 'Bà Trần Thị Hoa' } }))).toBe(
      'Kính gửi: Bà Trần Thị Hoa',
    );
    const failure = (src: typeof a | typeof b) => {
      try {
        renderTemplate(src, {});
      } catch (e) {
        return e;
      }
      return undefined;
    };
    const ea = failure(a);
    const eb = failure(b);
    expect(ea).toBeInstanceOf(UserError);
    expect(eb).toBeInstanceOf(UserError);
    expect((ea as UserError).where).toMatchObject({ file: 'mau/to-roi.md' });
    expect((ea as UserError).where.field).toBeUndefined();
    expect((eb as UserError).where).toMatchObject({ file: 'campaign.yaml', field: 'notice.body' });
  });
});

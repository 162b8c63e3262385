import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { compiledForNow, isCompiled, renderTemplate } from '../../src/template/handlebars.js';

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

// The build's unprinted-fields check draws every kind once for the first group (h-mem): the
// templates of the kinds the build does not make are compiled for it and then forgotten, while a
// template the build had compiled already stays compiled.
describe('templates compiled for a one-off check', () => {
  it('are not kept after it; those compiled before it are', () => {
    const built = { text: 'Thông báo: {{group.name}}', file: 'thong-bao.md' };
    const other = { text: 'Tờ rơi: {{group.name}}', file: 'to-roi.md' };
    const ctx = { group: { name: 'Tổ 5' } };
    expect(unmarked(renderTemplate(built, ctx))).toBe('Thông báo: Tổ 5');
    const printed = compiledForNow(() => [renderTemplate(built, ctx), renderTemplate(other, ctx)]);
    expect(printed.map(unmarked)).toEqual(['Thông báo: Tổ 5', 'Tờ rơi: Tổ 5']);
    expect(isCompiled(built.text)).toBe(true);
    expect(isCompiled(other.text)).toBe(false);
    // Drawn again later, it is compiled again and prints the same.
    expect(unmarked(renderTemplate(other, ctx))).toBe('Tờ rơi: Tổ 5');
  });
});

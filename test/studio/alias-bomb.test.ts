/**
 * A campaign file on disk that repeats YAML aliases to an enormous size (an "alias bomb", copied
 * in by hand or by a curious person): the studio's campaign page says what is wrong with the file
 * in Vietnamese, as `check` does, instead of answering an internal error.
 */
import { writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { exampleForTests, plainText } from './studio.js';

// Six lines that stand for 9^6 values when every alias is written out.
const BOMB = `a: &a ["x","x","x","x","x","x","x","x","x"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: [*e,*e,*e,*e,*e,*e,*e,*e,*e]
`;

describe('a campaign file that repeats its aliases too many times', () => {
  const ex = exampleForTests();

  it('is named as the file’s problem on its page, not an internal error', async () => {
    await writeFile(ex.file, BOMB);
    const page = await ex.c.get('/c/hai-phong');
    expect(page.status, page.text.slice(0, 300)).toBeLessThan(500);
    const text = plainText(page.text);
    // The loader's sentence for it, in Vietnamese, among what needs fixing before printing.
    expect(text).toMatch(
      /cần sửa trước khi in: có 1 chỗ\. Tệp lặp lại bí danh \(\*tên\) quá nhiều lần/,
    );
    expect(ex.s.errors).toEqual([]);
  });
});

/**
 * A studio build whose path is too long for the disk (a group's name of 300 letters, a data
 * folder deep in the server's disk) is told to the office in the CLI's own sentence (the
 * longest name's length, the 255-byte limit), not a generic "không ghi được tệp …".
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFaultInVietnamese } from '../../src/studio/build-faults.js';

/** The error Node gives for a name longer than the disk allows. */
function tooLong(path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`ENAMETOOLONG: name too long, open '${path}'`), {
    code: 'ENAMETOOLONG',
    syscall: 'open',
    path,
  });
}

describe('a studio build into a path too long', () => {
  const out = '/srv/phuong/campaigns/hai-phong/out';

  it('a name longer than the disk allows: its length and the limit, in Vietnamese', () => {
    const name = `${'a'.repeat(300)}.pdf`;
    const said = buildFaultInVietnamese(tooLong(join(out, 'groups', name)), out) ?? '';
    expect(said).toMatch(/quá dài \(304 ký tự\)/);
    expect(said).toContain('255 byte');
    expect(said).not.toContain('a'.repeat(100));
    expect(said).not.toMatch(/ENAMETOOLONG|name too long/);
  });

  it('a whole path too long: its length, in Vietnamese', () => {
    const path = join(
      out,
      ...Array.from({ length: 30 }, () => 'thư-mục-rất-sâu'.repeat(10)),
      'x.pdf',
    );
    const said = buildFaultInVietnamese(tooLong(path), out) ?? '';
    expect(said).toMatch(/đường dẫn này quá dài \(\d+ ký tự\)/);
    expect(said).toContain('đường dẫn ngắn hơn');
  });
});

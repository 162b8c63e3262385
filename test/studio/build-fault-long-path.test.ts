/**
 * A studio build whose path is too long for the disk (a group's name of 300 letters, a data
 * folder deep in the server's disk) is told to the office in the CLI's own sentence (the
 * longest name's length, the 255-byte limit), not a generic "không ghi được tệp …".
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFaultInVietnamese } from '../../src/studio/build-faults.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

/** The error the machine gives when a file is written at `path`: Node's own, not one made here. */
async function tooLong(path: string): Promise<NodeJS.ErrnoException> {
  const e = await writeFile(path, '').then(
    () => undefined,
    (error: NodeJS.ErrnoException) => error,
  );
  if (e?.code !== 'ENAMETOOLONG') throw new Error(`expected ENAMETOOLONG writing ${path}`);
  return e;
}

describe('a studio build into a path too long', () => {
  let out = '';
  beforeAll(async () => {
    out = await makeTempDir('phuong-print-long-path-');
  });
  afterAll(removeTempDirs);

  it('a name longer than the disk allows: its length and the limit, in Vietnamese', async () => {
    const name = `${'a'.repeat(300)}.pdf`;
    const said = buildFaultInVietnamese(await tooLong(join(out, name)), out) ?? '';
    expect(said).toMatch(/quá dài \(304 ký tự\)/);
    expect(said).toContain('255 byte');
    expect(said).not.toContain('a'.repeat(100));
    expect(said).not.toMatch(/ENAMETOOLONG|name too long/);
  });

  it('a whole path too long: its length, in Vietnamese', async () => {
    const path = join(
      out,
      ...Array.from({ length: 30 }, () => 'thư-mục-rất-sâu'.repeat(10)),
      'x.pdf',
    );
    const said = buildFaultInVietnamese(await tooLong(path), out) ?? '';
    expect(said).toMatch(/đường dẫn này quá dài \(\d+ ký tự\)/);
    expect(said).toContain('đường dẫn ngắn hơn');
  });
});

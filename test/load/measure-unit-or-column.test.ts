/**
 * A measure's "of" after its "|": a unit of its own ("kg", "bao", "mét khối") or a column of the
 * groups list. Two lower-case words the product does not know as a unit ("cử tri", "hộ nghèo")
 * name a column (review53 #1): a list without it is refused with its own columns, as before units
 * were read; a unit is read as one. What the office reads: `check`'s words.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkVi } from '../support/cli.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

const GROUPS = `STT;Tên tổ dân phố;Số hộ;Số nhân khẩu;Số cử tri
1;Tổ dân phố 1;40;160;120
2;Tổ dân phố 2;35;140;100
`;

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir('phuong-print-measure-of-');
  await writeFile(join(dir, 'groups.csv'), GROUPS);
});
afterAll(removeTempDirs);

async function checkWith(of: string) {
  const file = join(dir, `${of.replace(/\W+/gu, '-')}.yaml`);
  await writeFile(
    file,
    `${NOTICE_ONLY}measures:\n  - { id: so_lieu, label: Số liệu đã làm, of: ${of} }\n`,
  );
  const run = await checkVi(file, join(dir, 'groups.csv'));
  return { ...run, said: run.stderr.replace(/\s+/g, ' ') };
}

describe('a measure’s “of”', () => {
  it.each(['cử tri', 'hộ nghèo'])(
    '“%s”, a column the list lacks, is refused with its columns',
    async (of) => {
      const run = await checkWith(of);
      expect(run.code, run.said).not.toBe(0);
      expect(run.said).toContain(`“${of}”`);
      // The list's own count column named in the hint.
      expect(run.said).toContain('Số cử tri');
    },
  );

  it.each(['kg', 'bao', 'mét khối'])('“%s”, a unit, is read as one', async (of) => {
    const run = await checkWith(of);
    expect(run.code, run.said).toBe(0);
  });
});

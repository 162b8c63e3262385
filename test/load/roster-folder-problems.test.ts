/**
 * A rosters folder with several problems: a file named after no group and a roster with a bad
 * row. Both are reported (check lists each), so fixing one does not uncover the next only on the
 * following run.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { problemsOf } from '../../src/errors.js';
import { loadRosters } from '../../src/load/roster-folder.js';
import { userError } from '../support/inputs.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

describe('a rosters folder', () => {
  it('reports every bad roster, not only the first', async () => {
    const dir = await makeTempDir('phuong-print-rosters-');
    await writeFile(
      join(dir, '1.csv'),
      'STT;Họ và tên;Năm sinh\n1;Trần Văn Ba;1958\n2;#REF!;1960\n',
    );
    await writeFile(join(dir, '99.csv'), 'STT;Họ và tên\n1;Đỗ Văn Năm\n');
    const err = await userError(() => loadRosters(dir, ['1', '2']));
    const all = problemsOf(err).map((p) => [p.where.file, p.where.row]);
    expect(all).toEqual([
      [join(dir, '99.csv'), undefined],
      [join(dir, '1.csv'), 3],
    ]);
  });
});

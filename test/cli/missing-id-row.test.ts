/**
 * A row whose id cell is empty fails that group, and the build says which by its name and row:
 * it printed "không tạo được: tổ ? (Tổ dân phố số 9): …", a "tổ ?" the office could not look up.
 * Read from `build`'s stderr, in Vietnamese and in English.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildArgs, runCliInProcess } from '../support/cli.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const GROUPS = [
  'STT;Tên tổ dân phố;Tổ trưởng',
  '1;Tổ dân phố số 1;Lê Văn An',
  ';Tổ dân phố số 9;Hà Thị Bình',
  '3;;Trần Văn Cường',
].join('\n');

async function built(lang: 'vi' | 'en') {
  const dir = await makeTempDir();
  const campaign = join(dir, 'campaign.yaml');
  const groups = join(dir, 'groups.csv');
  await writeFile(campaign, NOTICE_ONLY);
  await writeFile(groups, GROUPS);
  const r = await runCliInProcess([
    ...buildArgs(campaign, groups, join(dir, 'out'), '--kind', 'notice', '--lang', lang),
  ]);
  return { ...r, groups };
}

describe('a group that fails without an id', () => {
  it('is named by its name and row, never "tổ ?"', async () => {
    const r = await built('vi');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `không tạo được: Tổ dân phố số 9: ${r.groups}, dòng 3, cột “STT”: thiếu mã tổ`,
    );
    // A group with an id is still named by it.
    expect(r.stderr).toContain(`không tạo được: tổ 3: ${r.groups}, dòng 4, cột “Tên tổ dân phố”`);
    expect(r.stderr).not.toMatch(/\?/);
  });

  it('is said the same way in English', async () => {
    const r = await built('en');
    expect(r.stderr).toContain(`failed: Tổ dân phố số 9: ${r.groups}, row 3, field "STT"`);
    expect(r.stderr).not.toMatch(/group \?/);
  });
});

/**
 * CLI `check` on the header row a ward office types ("STT, Tên tổ dân phố, Họ và tên tổ trưởng,
 * Số ĐT, Số hộ gia đình"): every column is read, so check has nothing to warn about — where it
 * used to say "ổn" while the leader, phone and household count were silently left out. A column
 * that only looks like a field is named with the field it probably means. Run `npm run build`.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

async function check(lines: readonly string[]) {
  const dir = await makeTempDir('phuong-print-headers-');
  const groups = join(dir, 'to-dan-pho.csv');
  await writeFile(groups, `${lines.join('\n')}\n`);
  const r = await runCli([
    'check',
    '--lang',
    'vi',
    '--campaign',
    EXAMPLE_CAMPAIGN,
    '--groups',
    groups,
  ]);
  return { ...r, groups };
}

describe('check on hand-typed headers', () => {
  it('reads every column of "STT, Tên tổ dân phố, Họ và tên tổ trưởng, Số ĐT, Số hộ gia đình"', async () => {
    const r = await check([
      'STT,Tên tổ dân phố,Họ và tên tổ trưởng,Số ĐT,Số hộ gia đình',
      '1,Tổ dân phố số 1,Nguyễn Văn A,0912345678,300',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^ổn: 1 tổ, /);
  });

  it('names the field a look-alike column probably means', async () => {
    const r = await check(['STT,Tên tổ dân phố,Số hộ thường xuyên', '1,Tổ dân phố số 1,280']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      `cảnh báo: ${r.groups}, dòng 1, cột “Số hộ thường xuyên”: cột “Số hộ thường xuyên” không dùng đến — có phải là “Số hộ”?`,
    );
  });
});

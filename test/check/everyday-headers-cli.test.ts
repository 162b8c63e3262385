import { afterAll, describe, expect, it } from 'vitest';
import { checkGroupsFile } from '../support/cli.js';
import { removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

async function check(lines: readonly string[]) {
  const r = await checkGroupsFile('to-dan-pho.csv', `${lines.join('\n')}\n`);
  return { ...r, groups: r.file };
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

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
    // Every column read: nothing said of one. The file has no population, which the example's
    // people measures take their rates against: that alone is said (qa21 #2).
    const said = r.stderr.split('\n').filter(Boolean);
    expect(said, r.stderr).toHaveLength(2);
    expect(said[0]).toContain('danh sách không có cột “Số nhân khẩu”:');
    expect(said[0]).toContain('sẽ không có tỷ lệ, không xếp hạng');
    expect(said[1]).toContain('hoặc tính theo hộ');
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

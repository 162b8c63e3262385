/**
 * A day the time line (`when`) writes without its year (qa25: "ngày 15/12", "15/12, 19h30"):
 * the leader's page takes it in the notice's year (test/serve/leader-period.test.ts), and one
 * that either year may mean — before the notice's date in its year, months after it in the
 * next — is warned of by `check` where it is written: campaign.yaml's `when`, or the groups
 * file's cell the line prints, at its row and column, with both days to choose from.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkVi } from '../support/cli.js';
import { collapseSpaces } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const campaign = (issued: string, when: string) => `issued: ${issued}
issuer:
  name: [ỦY BAN NHÂN DÂN, PHƯỜNG SƠN TRÀ]
  ward: phường Sơn Trà
  place: Sơn Trà
  office: Văn phòng UBND phường
  phone: "0236 3 831 114"
notice:
  number: 7
  symbol: TB-UBND
  subject: vận động hiến máu tình nguyện
  recipients: [Các tổ dân phố trên địa bàn phường]
  body: Đề nghị các tổ dân phố thông báo đến từng hộ.
  signer: { lines: [CHỦ TỊCH], name: Ngô Văn Hải }
  cc: [Như trên;]
title: Ngày hội hiến máu
when: "${when}"
actions:
  - step: Ăn nhẹ trước khi đến | Đã báo
`;
/** The groups' meeting days: group 1's either year, group 2's this December's, group 3's a full date. */
const GROUPS =
  'STT;Tên tổ dân phố;Số hộ;Ngày họp\n1;Tổ dân phố 1;120;ngày 12/12\n2;Tổ dân phố 2;80;ngày 28/12\n3;Tổ dân phố 3;90;ngày 12/12/2026\n';

async function check(issued: string, when: string) {
  const dir = await makeTempDir('phuong-print-when-year-');
  const file = join(dir, 'campaign.yaml');
  await writeFile(file, campaign(issued, when));
  const groups = join(dir, 'groups.csv');
  await writeFile(groups, GROUPS);
  const run = await checkVi(file, groups);
  return { run, file, groups, said: collapseSpaces(run.stderr) };
}

describe('a `when` day without its year', () => {
  it('that either year may mean is warned of at campaign.yaml’s `when`, with both days', async () => {
    const { run, file, said } = await check('2026-12-20', '19h30 ngày 10/12');
    expect(run.code, run.stderr).toBe(0);
    expect(said).toContain(
      `cảnh báo: ${file}, dòng 17, mục “when”: “10/12” không ghi năm: nếu là năm ban hành thì là ngày 10/12/2026, trước ngày ban hành 20/12/2026; nếu là năm sau thì là ngày 10/12/2027, nhiều tháng sau đó. Trang của tổ trưởng không tính ngày này khi báo chiến dịch đã kết thúc`,
    );
    expect(said).toContain('gợi ý: Ghi ngày đủ năm: 10/12/2026 hoặc 10/12/2027.');
  });

  it('taken from the groups file is warned of at its row and column, only where ambiguous', async () => {
    const { run, groups, said } = await check('2026-12-20', '19h30 {{group.[Ngày họp]}}');
    expect(run.code, run.stderr).toBe(0);
    expect(said).toContain(
      `cảnh báo: ${groups}, dòng 2, cột “Ngày họp”: “12/12” không ghi năm: nếu là năm ban hành thì là ngày 12/12/2026`,
    );
    // 28/12 is after the notice of 20/12: this December's, nothing to say; 12/12/2026 has its year.
    expect(said.match(/không ghi năm/g)).toHaveLength(1);
  });

  it('that the notice’s date makes clear is not warned of', async () => {
    // 10/12 after a notice of 01/12; 05/01 early in the year after a notice of 20/12.
    for (const [issued, when] of [
      ['2026-12-01', '19h30 ngày 10/12'],
      ['2026-12-20', '7h00 ngày 05/01'],
    ] as const) {
      const { run, said } = await check(issued, when);
      expect(run.code, run.stderr).toBe(0);
      expect(said, when).not.toContain('không ghi năm');
    }
  });
});

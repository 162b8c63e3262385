/**
 * A contest campaign other than the bundled example, end to end through the CLI (bin/ → dist/;
 * `npm run build` first): a ward's online quiz on the fire-safety law, with an app of its own.
 * Without the contest's page, `check` names the campaign's field, in Vietnamese, never the
 * tool's own template.
 */
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { wardCsv } from '../support/ward.js';

const FIRE_QUIZ_PAGE = 'https://thipccc.tphcm.gov.vn/hoi-thi-2026';

/** The office's campaign, as it would type it; `extra` is added at the end (links, actions…). */
function fireQuizCampaign(extra = ''): string {
  return `issued: 2026-12-03
issuer:
  name: [ỦY BAN NHÂN DÂN, PHƯỜNG BẾN THÀNH]
  ward: phường Bến Thành
  place: Thành phố Hồ Chí Minh
  office: Phòng Văn hóa - Xã hội
  phone: "028 3829 4567"
notice:
  number: 27
  symbol: UBND-VHXH
  subject: hưởng ứng Hội thi trực tuyến tìm hiểu pháp luật về phòng cháy, chữa cháy năm 2026
  recipients: [Trưởng các khu phố]
  body: |
    Ủy ban nhân dân phường đề nghị các khu phố vận động người dân tham gia hội thi.
  signer: { lines: [KT. CHỦ TỊCH, PHÓ CHỦ TỊCH], name: Trần Thị Thanh Hương }
  cc: [Như trên;, "Lưu: VT, VHXH."]
title: Hội thi pháp luật PCCC 2026
contest:
  name: Tìm hiểu pháp luật về phòng cháy, chữa cháy năm 2026
  platform: Cổng thi trực tuyến Thành phố
  starts: 2026-12-05
  ends: 2027-01-05
  questions: 20
  support_phone: "028 3829 1234"
  eligible: [Công dân từ đủ 15 tuổi trở lên]
  rules:
    - Mỗi người chỉ dùng một tài khoản.
    - Được thi tối đa 3 lần, lấy kết quả cao nhất.
app:
  name: Cứu nạn 114
  ios: { url: "https://apps.apple.com/vn/app/cuu-nan-114/id6450000000", label: iPhone }
  android: { url: "https://play.google.com/store/apps/details?id=vn.gov.pccc.cuunan114", label: Android }
${extra}`;
}

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir('phuong-print-contest-');
  await writeFile(join(dir, 'groups.csv'), wardCsv(2));
});
afterAll(removeTempDirs);

/** `check --lang vi` of the campaign text, from an empty folder that must stay empty. */
async function checkVi(campaign: string) {
  await writeFile(join(dir, 'campaign.yaml'), campaign);
  const cwd = await makeTempDir('phuong-print-contest-cwd-');
  const r = await runCli(
    [
      'check',
      '--lang',
      'vi',
      '--campaign',
      join(dir, 'campaign.yaml'),
      '--groups',
      join(dir, 'groups.csv'),
    ],
    { cwd },
  );
  expect(await readdir(cwd)).toEqual([]);
  return r;
}

describe('a contest campaign without its page', () => {
  it('is refused by check at the campaign’s field, in Vietnamese, naming no template', async () => {
    const r = await checkVi(fireQuizCampaign());
    expect(r.code).toBe(1);
    const errors = r.stderr.split('\n').filter((l) => l.startsWith('lỗi: '));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^lỗi: .*campaign\.yaml, dòng \d+, mục “links\.contest\.url”: cuộc thi chưa có địa chỉ trang thi/,
    );
    expect(r.stderr).toContain('Trang cuộc thi');
    expect(r.stderr).not.toMatch(/\.hbs|không có biến|^\s+at /m);
  });

  it('checks clean once the page is given', async () => {
    const r = await checkVi(
      fireQuizCampaign(`links:\n  contest: { url: "${FIRE_QUIZ_PAGE}", label: Trang hội thi }\n`),
    );
    expect(r.stderr).not.toMatch(/^lỗi:/m);
    expect(r.code).toBe(0);
  });
});

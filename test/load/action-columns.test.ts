/**
 * An action with no column title heads its tick column on the tracking sheet with the whole step
 * (qa17: "Báo ngay cho trưởng xóm nếu tên bị sai hoặc bị bỏ sót." as a column's title): warned
 * at the step's line; a short step, or one with its title, is not.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { problemsOf } from '../../src/errors.js';
import { parseCampaignReport } from '../../src/load/campaign.js';
import { lineOf, NOTICE_ONLY, userErrorSync } from '../support/inputs.js';

const FIXTURE = (name: string) =>
  fileURLToPath(new URL(`../fixtures/qa40/${name}`, import.meta.url));

const LONG = 'Báo ngay cho trưởng xóm nếu tên bị sai hoặc bị bỏ sót.';

/** The warnings of campaign.yaml `yaml` about its actions. */
const actionWarnings = (yaml: string) =>
  parseCampaignReport(yaml, 'campaign.yaml').warnings.filter((w) =>
    w.where.field?.startsWith('actions.'),
  );

describe('an action without a column title', () => {
  it('is warned of when its step is a sentence, at the step’s line', () => {
    const yaml = `${NOTICE_ONLY}actions:
  - step: Kiểm tra tên trong danh sách cử tri
  - step: ${LONG}
  - step: ${LONG}
    column: Đã báo sai tên
`;
    expect(actionWarnings(yaml).map((w) => [w.where.line, w.describe('vi')])).toEqual([
      [
        lineOf(yaml, `- step: ${LONG}`),
        `campaign.yaml, dòng ${lineOf(yaml, `- step: ${LONG}`)}, mục thứ 2 của “actions”, “step”: việc “${LONG}” chưa có tên cột ngắn: bảng theo dõi sẽ lấy cả câu làm tiêu đề cột đánh dấu`,
      ],
    ]);
  });
});

describe('a "|" in an action of campaign.yaml (qa40 M2)', () => {
  it('the note for a missing column title says what to write in the file, not the studio’s “|”', () => {
    const yaml = `${NOTICE_ONLY}actions:\n  - step: ${LONG}\n`;
    const [note] = actionWarnings(yaml);
    const said = note?.hintIn('vi') ?? '';
    expect(said).toContain('“column: Đã dọn”');
    expect(said).not.toContain('“|”');
  });

  it('reads "step: … | title" as the studio reads its line: the step and its column title, no note', () => {
    // The QA's d-pccc/campaign.yaml, as the clerk wrote it following the earlier hint.
    const yaml = `${NOTICE_ONLY}actions:
  - step: Khi nghe còi báo cháy, tắt điện, khóa van gas | Đã tắt điện, gas
  - step: Di chuyển theo lối thoát nạn đến điểm tập kết, không đi thang máy | Có mặt điểm tập kết
`;
    const report = parseCampaignReport(yaml, 'campaign.yaml');
    expect(report.campaign.actions).toEqual([
      { step: 'Khi nghe còi báo cháy, tắt điện, khóa van gas', column: 'Đã tắt điện, gas' },
      {
        step: 'Di chuyển theo lối thoát nạn đến điểm tập kết, không đi thang máy',
        column: 'Có mặt điểm tập kết',
      },
    ]);
    expect(actionWarnings(yaml)).toEqual([]);
  });

  it('refuses a "|" it cannot read as a column title, at its line, saying what to write', () => {
    const twice = 'Khi nghe còi báo cháy, tắt điện, khóa van gas | Đã tắt điện | gas';
    const given = 'Điểm danh với tổ trưởng tại điểm tập kết | Đã điểm danh';
    const yaml = `${NOTICE_ONLY}actions:
  - step: ${twice}
  - step: ${given}
    column: Điểm danh
  - step: Dọn lối thoát nạn
    column: Đã dọn | lối đi
`;
    const said = problemsOf(userErrorSync(() => parseCampaignReport(yaml, 'campaign.yaml'))).map(
      (p) => `${p.describe('vi')}. ${p.hintIn('vi')}`,
    );
    expect(said).toEqual([
      `campaign.yaml, dòng ${lineOf(yaml, `- step: ${twice}`)}, mục thứ 1 của “actions”, “step”: việc “${twice}” có dấu “|”: dấu này sẽ bị in ra trên tờ rơi, phiếu kiểm tra và bảng theo dõi. Trong campaign.yaml, ghi việc không có dấu “|”: “step: Khi nghe còi báo cháy, tắt điện, khóa van gas”, rồi ghi tên cột ngắn ở một dòng riêng ngay dưới, thẳng cột với “step:”, ví dụ “column: Đã tắt điện gas”.`,
      `campaign.yaml, dòng ${lineOf(yaml, `- step: ${given}`)}, mục thứ 2 của “actions”, “step”: việc “${given}” có dấu “|”: dấu này sẽ bị in ra trên tờ rơi, phiếu kiểm tra và bảng theo dõi. Việc này đã có tên cột (“column: Điểm danh”): hãy bỏ dấu “|” và phần sau nó khỏi dòng step, ghi “step: Điểm danh với tổ trưởng tại điểm tập kết”.`,
      `campaign.yaml, dòng ${lineOf(yaml, 'column: Đã dọn | lối đi')}, mục thứ 3 của “actions”, “column”: tên cột “Đã dọn | lối đi” có dấu “|”: dấu này sẽ bị in ra ở tiêu đề cột của bảng theo dõi. Ghi tên cột không có dấu “|”, ví dụ “column: Đã dọn lối đi”.`,
    ]);
  });
});

describe('an action that says what to bring (qa40 m7)', () => {
  const noteOf = (yaml: string) => {
    const [note] = actionWarnings(yaml);
    return `${note?.say('vi')}. ${note?.hintIn('vi')}`;
  };

  it('names the thing without where it is brought, and the sign-up list the QA’s sheet is', async () => {
    // The QA's c-tap-huan/campaign.yaml: the sign-up sheet of a class (of: Chỉ tiêu (người)).
    const yaml = await readFile(FIXTURE('c-tap-huan.yaml'), 'utf8');
    const step = 'Mang điện thoại thông minh đã sạc đầy pin đến lớp';
    expect(yaml).toContain(`- step: ${step}\n`);
    const withoutBring = yaml.replace(/^bring:\n(?: {2}- .*\n)+/m, '');
    expect(withoutBring).not.toContain('bring:');
    const said = noteOf(withoutBring);
    expect(said).toContain(`việc “${step}” là thứ cần mang theo: danh sách đăng ký sẽ có`);
    expect(said).toContain('mỗi dòng một thứ: “Điện thoại thông minh đã sạc đầy pin”.');
    expect(said).not.toContain('một thứ: “Điện thoại thông minh đã sạc đầy pin đến lớp”');
  });

  it('says that “Cần mang theo” lists the thing already, as the QA’s campaign does', async () => {
    const yaml = await readFile(FIXTURE('c-tap-huan.yaml'), 'utf8');
    expect(yaml).toContain('bring:\n  - Điện thoại thông minh đã sạc đầy pin\n');
    expect(noteOf(yaml)).toContain(
      'Mục “Cần mang theo” (bring) đã có “Điện thoại thông minh đã sạc đầy pin”: nên bỏ việc này.',
    );
  });

  it('on a household tracking sheet still says “bảng theo dõi”', () => {
    const yaml = `${NOTICE_ONLY}actions:\n  - step: Mang theo thẻ căn cước đến nhà văn hóa\n`;
    const said = noteOf(yaml);
    expect(said).toContain('là thứ cần mang theo: bảng theo dõi sẽ có');
    expect(said).toContain('mỗi dòng một thứ: “Thẻ căn cước”.');
  });
});

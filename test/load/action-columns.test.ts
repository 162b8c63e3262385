/**
 * An action with no column title heads its tick column on the tracking sheet with the whole step
 * (qa17: "Báo ngay cho trưởng xóm nếu tên bị sai hoặc bị bỏ sót." as a column's title): warned
 * at the step's line; a short step, or one with its title, is not.
 */
import { describe, expect, it } from 'vitest';
import { parseCampaignReport } from '../../src/load/campaign.js';
import { lineOf, NOTICE_ONLY } from '../support/inputs.js';

const LONG = 'Báo ngay cho trưởng xóm nếu tên bị sai hoặc bị bỏ sót.';

describe('an action without a column title', () => {
  it('is warned of when its step is a sentence, at the step’s line', () => {
    const yaml = `${NOTICE_ONLY}actions:
  - step: Kiểm tra tên trong danh sách cử tri
  - step: ${LONG}
  - step: ${LONG}
    column: Đã báo sai tên
`;
    const warnings = parseCampaignReport(yaml, 'campaign.yaml').warnings.filter((w) =>
      w.where.field?.startsWith('actions.'),
    );
    expect(warnings.map((w) => [w.where.line, w.describe('vi')])).toEqual([
      [
        lineOf(yaml, `- step: ${LONG}`),
        `campaign.yaml, dòng ${lineOf(yaml, `- step: ${LONG}`)}, mục thứ 2 của “actions”, “step”: việc “${LONG}” chưa có tên cột ngắn: bảng theo dõi sẽ lấy cả câu làm tiêu đề cột đánh dấu`,
      ],
    ]);
  });
});

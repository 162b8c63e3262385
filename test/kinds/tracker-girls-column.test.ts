/**
 * qa56 M2: an HPV campaign counts "Số trẻ gái đã tiêm" against the groups file's "Số trẻ gái cần
 * tiêm" (32 girls in Tổ 1 of 210 households). Its tracking sheet was 10 pages of 210 household
 * rows ("Mỗi dòng là một hộ: ghi vào ô số trẻ trong hộ …") while the plan asks the leader to list
 * the girls from 9 to 14. A count of children of a column of its own now makes the list of
 * children, a row a child (32 and a few spare), as a sign-up of children does.
 */
import { describe, expect, it } from 'vitest';
import { buildCampaignText } from '../support/campaign-build.js';

const CAMPAIGN = `issued: 2026-12-01
issuer:
  name: [ỦY BAN NHÂN DÂN, PHƯỜNG KIẾN AN]
  ward: phường Kiến An
  place: Kiến An
  office: Phòng Văn hóa - Xã hội
title: Tiêm HPV 2026
notice:
  number: 97
  symbol: KH-UBND
  subject: triển khai tiêm vắc xin HPV cho trẻ em gái từ 9 đến 14 tuổi năm 2026
  recipients: []
  body: |
    Ủy ban nhân dân phường thông báo: {{when}}, tại {{where}}.
  signer:
    lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
    name: Võ Thị Thu
  cc: [Các Tổ dân phố trên địa bàn phường;, "Lưu: VT, VHXH."]
when: 7h30 ngày 14/12/2026
where: Trạm Y tế phường Kiến An
actions:
  - step: Cha mẹ ký phiếu đồng ý tiêm chủng
    column: Đã ký phiếu đồng ý
  - step: Đưa trẻ đến tiêm đúng lịch
    column: Đã tiêm
measures:
  - { id: da_tiem, label: Số trẻ gái đã tiêm, of: Số trẻ gái cần tiêm }
`;

// QA's hpv-groups.csv, its first tổ.
const GROUPS = `STT;Tên tổ dân phố;Tổ trưởng;Số điện thoại;Số hộ;Số nhân khẩu;Số trẻ gái cần tiêm
1;Tổ dân phố số 1;Nguyễn Văn Hải;0912 111 222;210;700;32
`;

describe('the tracking sheet of a count of girls against a column of its own', () => {
  it('lists the girls, a row each, not the 210 households', async () => {
    const b = await buildCampaignText(CAMPAIGN, GROUPS, 'tracker');
    expect(b.code, b.stderr).toBe(0);
    const sheet = await b.text('to-dan-pho-so-1', 'tracker');
    expect(sheet).toContain('DANH SÁCH TRẺ');
    expect(sheet).toContain(
      'Mỗi dòng ghi một trẻ (họ và tên, ngày sinh, họ tên cha hoặc mẹ, địa chỉ)',
    );
    expect(sheet).not.toContain('Mỗi dòng là một hộ');
    expect(sheet).not.toContain('Họ và tên chủ hộ');
    // Rows for the 32 girls and a few spare, ~18 a page: 2 or 3 pages, not the households' 10.
    const pages = Number(/Trang 1\/(\d+)/.exec(sheet)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(3);
    expect(sheet).toContain(' 32 ');
  });
});

/**
 * The tracking sheet, its checklist and the leader page word the rows as what the first measure
 * counts.
 * - qa54 p3: a measles vaccination against "Chỉ tiêu (trẻ)" printed an adults' sign-up sheet
 *   ("DANH SÁCH ĐĂNG KÝ THAM GIA", "Mỗi dòng ghi một người", "Họ và tên") and the leader page said
 *   "ghi mỗi người đăng ký một dòng". Now the list is of children: titled "DANH SÁCH TRẺ", a child
 *   a row with its date of birth and a parent, the checklist asks the child's name, birth day
 *   and parent. A blood-donation day against "Chỉ tiêu (người)" keeps its sign-up sheet.
 * - qa56 M2: an HPV campaign counting "Số trẻ gái đã tiêm" against its list's "Số trẻ gái cần
 *   tiêm" (32 of 210 households) printed 10 pages of household rows; it lists the girls.
 * - qa54: a food-safety campaign counting "Số hộ kinh doanh thực phẩm" said "khi hộ gia đình đã
 *   làm xong việc đó"; now "khi hộ kinh doanh thực phẩm đã làm xong việc đó".
 */
import { describe, expect, it } from 'vitest';
import { closedAfterAll, startServer, tokenOf, wardOf } from '../serve/server.js';
import { buildCampaignText } from '../support/campaign-build.js';
import { visible } from '../support/page-text.js';

const campaign = (measure: string, step: string) => `issued: 2026-12-02
issuer:
  name: [ỦY BAN NHÂN DÂN, PHƯỜNG AN HÒA]
  ward: phường An Hòa
  place: An Hòa
  office: Phòng Văn hóa - Xã hội
title: Chiến dịch của phường
notice:
  number: 120
  symbol: TB-UBND
  subject: triển khai chiến dịch trên địa bàn phường
  recipients: []
  body: |
    Ủy ban nhân dân phường thông báo: {{when}}, tại {{where}}.
  signer:
    lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
    name: Võ Thị Thu
  cc: [Các Tổ dân phố trên địa bàn phường;, "Lưu: VT, VHXH."]
when: 7h30 - 11h00, 14/12/2026
where: Trạm Y tế phường An Hòa, 25 Lê Lợi
actions:
  - step: ${step}
measures:
  - ${measure}
`;

const GROUPS = `STT,Tên tổ dân phố,Tổ trưởng,Số hộ,Số nhân khẩu,Chỉ tiêu (trẻ),Chỉ tiêu (người),Số hộ kinh doanh thực phẩm,Số trẻ gái cần tiêm
1,Tổ dân phố 1,Nguyễn Văn Bình,210,780,45,30,14,32
`;

const CHILDREN = campaign(
  '{ id: tre, label: Số trẻ đã được tiêm, of: Chỉ tiêu (trẻ) }',
  'Đưa trẻ đến Trạm Y tế đúng buổi của tổ | Đã tiêm',
);
// qa56 M2: an HPV campaign counting girls against a column of its own (32 in the tổ).
const GIRLS = campaign(
  '{ id: da_tiem, label: Số trẻ gái đã tiêm, of: Số trẻ gái cần tiêm }',
  'Đưa trẻ đến tiêm đúng lịch | Đã tiêm',
);
const ADULTS = campaign(
  '{ id: hien, label: Số người đăng ký hiến máu, of: Chỉ tiêu (người) }',
  'Đến điểm hiến máu đúng giờ | Đã hiến máu',
);
const SHOPS = campaign(
  '{ id: cam_ket, label: Số hộ kinh doanh đã ký cam kết, of: Số hộ kinh doanh thực phẩm }',
  'Ký cam kết bảo đảm an toàn thực phẩm | Đã ký cam kết',
);

describe('the tracking sheet and checklist of a measure counting children', () => {
  it('list children, with their date of birth and a parent', async () => {
    const b = await buildCampaignText(CHILDREN, GROUPS, 'tracker,checklist');
    expect(b.code, b.stderr).toBe(0);
    const sheet = await b.text('to-dan-pho-1', 'tracker');
    expect(sheet).toContain('DANH SÁCH TRẺ');
    expect(sheet).toContain(
      'Mỗi dòng ghi một trẻ (họ và tên, ngày sinh, họ tên cha hoặc mẹ, địa chỉ); đánh dấu “x” vào ô khi đã làm xong việc đó cho trẻ.',
    );
    expect(sheet).toContain('STT Họ và tên trẻ Họ tên cha/mẹ, địa chỉ Ngày sinh Đã tiêm');
    expect(sheet).not.toContain('ĐĂNG KÝ');
    expect(sheet).not.toContain('một người');
    const checklist = await b.text('to-dan-pho-1', 'checklist');
    expect(checklist).toMatch(/Họ và tên trẻ:.*Ngày sinh:.*Họ tên cha hoặc mẹ:.*Số điện thoại:/);
  });

  it('list the girls of a count of its own column, not the 210 households (qa56 M2)', async () => {
    const b = await buildCampaignText(GIRLS, GROUPS, 'tracker');
    expect(b.code, b.stderr).toBe(0);
    const sheet = await b.text('to-dan-pho-1', 'tracker');
    expect(sheet).toContain('DANH SÁCH TRẺ');
    expect(sheet).not.toContain('Mỗi dòng là một hộ');
    expect(sheet).not.toContain('Họ và tên chủ hộ');
    // Rows for the 32 girls and a few spare, ~18 a page: 2 or 3 pages, not the households' 10.
    const pages = Number(/Trang 1\/(\d+)/.exec(sheet)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(3);
    expect(sheet).toContain(' 32 ');
  });

  it('leave an adults’ sign-up sheet as it was', async () => {
    const b = await buildCampaignText(ADULTS, GROUPS, 'tracker,checklist');
    expect(b.code, b.stderr).toBe(0);
    const sheet = await b.text('to-dan-pho-1', 'tracker');
    expect(sheet).toContain('DANH SÁCH ĐĂNG KÝ THAM GIA');
    expect(sheet).toContain('Mỗi dòng ghi một người (họ và tên, địa chỉ)');
    expect(sheet).toContain('STT Họ và tên Địa chỉ Đã hiến máu');
    expect(sheet).not.toContain('Ngày sinh');
    const checklist = await b.text('to-dan-pho-1', 'checklist');
    expect(checklist).toMatch(/Họ và tên: .*Số điện thoại:/);
    expect(checklist).not.toContain('Ngày sinh');
  });
});

describe('the tracking sheet of a measure counting a kind of household', () => {
  it('says the rows are that kind, not “hộ gia đình”', async () => {
    const b = await buildCampaignText(SHOPS, GROUPS, 'tracker');
    expect(b.code, b.stderr).toBe(0);
    const sheet = await b.text('to-dan-pho-1', 'tracker');
    expect(sheet).toContain('Đánh dấu “x” vào ô khi hộ kinh doanh thực phẩm đã làm xong việc đó.');
    expect(sheet).not.toContain('hộ gia đình');
  });
});

describe('the leader page’s steps', () => {
  const { servers } = closedAfterAll();
  const page = async (yaml: string) => {
    const s = await startServer({ ward: await wardOf(yaml, GROUPS) });
    servers.push(s);
    return visible(await (await fetch(`${s.url}/g/${tokenOf('1')}/`)).text());
  };

  it('ask a list of children for a measure counting them', async () => {
    const text = await page(CHILDREN);
    expect(text).toContain(
      'In danh sách trẻ: ghi mỗi trẻ một dòng (họ và tên, ngày sinh, họ tên cha hoặc mẹ, địa chỉ), đánh dấu “x” khi đã làm xong từng việc cho trẻ.',
    );
    expect(text).toContain('đưa cho cha mẹ của từng trẻ tự đánh dấu');
    expect(text).toContain(
      'Danh sách trẻ của tổ Mỗi trẻ một dòng (họ tên, ngày sinh, cha hoặc mẹ)',
    );
    expect(text).not.toContain('người đăng ký');
  });

  it('keep the sign-up list of adults', async () => {
    const text = await page(ADULTS);
    expect(text).toContain('In danh sách đăng ký: ghi mỗi người đăng ký một dòng');
  });

  it('name the kind of household', async () => {
    const text = await page(SHOPS);
    expect(text).toContain(
      'mỗi hộ kinh doanh thực phẩm một dòng, đánh dấu “x” khi hộ kinh doanh thực phẩm đó đã làm xong từng việc',
    );
  });
});

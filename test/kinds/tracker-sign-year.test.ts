/**
 * qa56 M5: a mừng thọ issued 01/12/2026 for "8 giờ 00 ngày 10/01/2027 (Chủ nhật)", sheets due
 * 15/01/2027: every tracking sheet ended "Lê Chân, ngày …… tháng …… năm 2026", and the leader
 * signing in January 2027 had to cross the year out. The sheet now takes the year of the work
 * (the event and the deadline) when it is later than the notice's, leaves it to write ("năm
 * 20……") when the work runs across the new year, and keeps the notice's year otherwise.
 */
import { describe, expect, it } from 'vitest';
import { buildCampaignText } from '../support/campaign-build.js';

const campaign = (when: string, deadline: string) => `issued: 2026-12-01
issuer:
  name: [ỦY BAN NHÂN DÂN, PHƯỜNG LÊ CHÂN]
  ward: phường Lê Chân
  place: Lê Chân
  office: Phòng Văn hóa - Xã hội
title: Mừng thọ người cao tuổi năm 2027
notice:
  number: 88
  symbol: TB-UBND
  subject: tổ chức mừng thọ người cao tuổi năm 2027
  recipients: []
  body: |
    Ủy ban nhân dân phường thông báo lịch mừng thọ: {{when}}, tại {{where}}.
  signer:
    lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
    name: Phạm Văn Long
  cc: ["Lưu: VT, VHXH."]
when: "${when}"
where: Nhà văn hóa tổ dân phố
deadline: "${deadline}"
actions:
  - step: Người cao tuổi đến nhận quà tại nhà văn hóa
    column: Đã nhận quà
`;

const GROUPS = `STT,Tên tổ dân phố,Tổ trưởng,Số hộ,Số nhân khẩu
1,Tổ dân phố số 1,Nguyễn Thị Hoa,30,96
`;

/** The sheet's place-and-date line, as printed. */
async function dateLine(when: string, deadline: string): Promise<string> {
  const b = await buildCampaignText(campaign(when, deadline), GROUPS, 'tracker');
  expect(b.code, b.stderr).toBe(0);
  const sheet = await b.text('to-dan-pho-so-1', 'tracker');
  return /Lê Chân, ngày …… tháng …… năm \S+/.exec(sheet)?.[0] ?? sheet;
}

describe('the tracking sheet’s signing year', () => {
  it('is the event’s year when the work happens after the notice’s year', async () => {
    expect(await dateLine('8 giờ 00 ngày 10/01/2027 (Chủ nhật)', 'ngày 15/01/2027')).toBe(
      'Lê Chân, ngày …… tháng …… năm 2027',
    );
  });

  it('is left to write when the work runs across the new year', async () => {
    expect(await dateLine('Từ ngày 20/12/2026 đến hết ngày 10/01/2027', 'ngày 15/01/2027')).toBe(
      'Lê Chân, ngày …… tháng …… năm 20……',
    );
  });

  it('stays the notice’s year for work within it', async () => {
    expect(await dateLine('8 giờ 00 ngày 20/12/2026', 'ngày 25/12/2026')).toBe(
      'Lê Chân, ngày …… tháng …… năm 2026',
    );
  });
});

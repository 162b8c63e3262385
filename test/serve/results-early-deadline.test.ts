/**
 * rev55 (finding 3): a `when` that gives a period ending on a day ("Từ nay đến hết ngày
 * 20/12/2026"), or a deadline ("Hạn chót nộp phiếu: 20/12/2026", "Chậm nhất ngày 20/12/2026"),
 * names no day the event begins: that day was read as its first, so every leader's figure was
 * marked "gửi trước ngày diễn ra 20/12/2026" and the leader's page said "Ngày diễn ra:
 * 20/12/2026" right after its own "Hạn báo cáo: 18/12/2026". Nor is a day on or after the
 * report's deadline an event's first day. results-early.test.ts's setup, its `when` such a line;
 * a deadline after the `when`'s day but for the case of the review (18/12).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { type ResultsOffice, resultsOffice } from './results-office.js';
import { closedAfterAll, leaderPageOn, wardOf } from './server.js';

const campaignWith = (when: string, deadline = '22/12/2026') => `issued: 2026-12-02
issuer:
  name: [ỦY BAN NHÂN DÂN, PHƯỜNG AN HÒA]
  ward: phường An Hòa
  place: An Hòa
  office: Phòng Văn hóa - Xã hội
title: Rà soát hộ nghèo, hộ cận nghèo năm 2027
notice:
  number: 121
  symbol: TB-UBND
  subject: rà soát hộ nghèo, hộ cận nghèo năm 2027 trên địa bàn phường
  recipients: []
  body: |
    Ủy ban nhân dân phường đề nghị các tổ dân phố rà soát hộ nghèo, hộ cận nghèo: {{when}}, tại {{where}}.
  signer:
    lines: [TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH, PHÓ CHỦ TỊCH]
    name: Võ Thị Thu
  cc: [Các Tổ dân phố trên địa bàn phường;, "Lưu: VT, VHXH."]
when: "${when}"
where: Nhà văn hóa các tổ dân phố
actions:
  - step: Nộp phiếu rà soát cho tổ trưởng | Đã nộp
measures:
  - { id: ho, label: Số hộ đã rà soát, of: Số hộ }
report:
  deadline: ${deadline}
`;

const GROUPS = `STT,Tên tổ dân phố,Tổ trưởng,Số điện thoại,Số hộ,Số nhân khẩu
1,Tổ dân phố 1,Nguyễn Văn Bình,0912345678,210,780
2,Tổ dân phố 2,Trần Thị Hoa,0983214567,185,640
`;

let office: ResultsOffice;
beforeAll(async () => {
  office = await resultsOffice(
    campaignWith('Từ nay đến hết ngày 20/12/2026'),
    GROUPS,
    'phuong-print-early-end-',
  );
  // A leader's figures two weeks and a day before the period ends: neither is early.
  await office.report(
    '1',
    { ho: 120 },
    { at: new Date('2026-12-07T10:00:00+07:00'), source: 'leader' },
  );
  await office.report(
    '2',
    { ho: 90 },
    { at: new Date('2026-12-19T10:00:00+07:00'), source: 'leader' },
  );
});
afterAll(async () => {
  await office?.close();
  await removeTempDirs();
});

describe('a `when` that ends on its day marks no figure early', () => {
  it('in Kết quả', async () => {
    const text = await office.pageText();
    expect(text).toContain('Tổ dân phố 1');
    expect(text).not.toContain('trước ngày diễn ra');
  });

  it('in the report', async () => {
    const text = await office.reportText();
    expect(text).toContain('Số hộ đã rà soát: 210/395 hộ');
    expect(text).not.toContain('trước ngày diễn ra');
  });
});

describe('the leader’s page of such a `when` names no event day', () => {
  const held = closedAfterAll();
  it.each([
    ['Từ nay đến hết ngày 20/12/2026', '18/12/2026'],
    ['Từ nay đến hết ngày 20/12/2026', '22/12/2026'],
    ['Hạn chót nộp phiếu: 20/12/2026', '22/12/2026'],
    ['Chậm nhất ngày 20/12/2026', '22/12/2026'],
    // One day, but after the report's deadline: no event's first day either.
    ['Chủ nhật 20/12/2026', '18/12/2026'],
    // The days begin with another than the one read as its start (review55b #4).
    ['Chủ nhật 20/12/2026 (đăng ký trước 18/12/2026)', '22/12/2026'],
    // Ends, whatever word says so (review55b #5).
    ['Muộn nhất ngày 20/12/2026', '22/12/2026'],
    ['Kết thúc ngày 20/12/2026', '22/12/2026'],
  ])('%s, hạn báo cáo %s', async (when, deadline) => {
    const ward = await wardOf(campaignWith(when, deadline), GROUPS);
    const text = await leaderPageOn(ward, '1', '2026-12-07', held);
    expect(text).toContain(`Hạn báo cáo: ${deadline}`);
    expect(text).not.toContain('Ngày diễn ra');
    expect(text).not.toContain('trước ngày diễn ra');
  });
});

describe('the leader’s page names the event day of a `when` that begins on it (review55b)', () => {
  const held = closedAfterAll();
  it.each([
    // A deadline on the day itself (deadline-check.ts allows it: #3).
    ['Chủ nhật 20/12/2026', '20/12/2026'],
    // "trước" of something else than the day (#5).
    ['Đúng 7h00 (đề nghị đến trước 15 phút), Chủ nhật 20/12/2026', '22/12/2026'],
  ])('%s, hạn báo cáo %s', async (when, deadline) => {
    const ward = await wardOf(campaignWith(when, deadline), GROUPS);
    const text = await leaderPageOn(ward, '1', '2026-12-07', held);
    expect(text).toContain('Ngày diễn ra: 20/12/2026');
  });
});

/**
 * qa54 p4: figures sent before the event. The measles vaccination (qa54's soi campaign) vaccinates
 * each tổ on its own day, the groups file's "Ngày tiêm" (14/12/2026 for Tổ 1–2, 15/12/2026 for Tổ
 * 3–4); on 07/12 a leader's form took "38" and the report counted it without a word. Such figures
 * are taken (a tổ may send the children it signed up) but marked, as late ones are: Kết quả's
 * "Cập nhật", the report's closing and its spreadsheet's note say "gửi trước ngày diễn ra …",
 * and the leader's form says the day while it is ahead. Only a leader's own figure: the office's
 * entry is its own reading.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { type ResultsOffice, resultsOffice } from './results-office.js';
import { closedAfterAll, leaderPageOn, wardOf } from './server.js';

const CAMPAIGN = `issued: 2026-12-02
issuer:
  name: [ỦY BAN NHÂN DÂN, PHƯỜNG AN HÒA]
  ward: phường An Hòa
  place: An Hòa
  office: Phòng Văn hóa - Xã hội
title: Tiêm vắc-xin sởi cho trẻ từ 1 đến 5 tuổi
notice:
  number: 120
  symbol: TB-UBND
  subject: lịch tiêm vắc-xin sởi cho trẻ từ 1 đến 5 tuổi trên địa bàn phường
  recipients: []
  body: |
    Ủy ban nhân dân phường thông báo lịch tiêm vắc-xin sởi cho trẻ từ 1 đến 5 tuổi: {{when}}, tại {{where}}.
  signer:
    lines: [TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH, PHÓ CHỦ TỊCH]
    name: Võ Thị Thu
  cc: [Các Tổ dân phố trên địa bàn phường;, "Lưu: VT, VHXH."]
when: "{{group.[Giờ tiêm]}}, {{group.[Ngày tiêm]}}"
where: Trạm Y tế phường An Hòa, 25 Lê Lợi
actions:
  - step: Đưa trẻ đến Trạm Y tế đúng buổi của tổ | Đã tiêm
measures:
  - { id: tre, label: Số trẻ đã được tiêm, of: Chỉ tiêu (trẻ) }
report:
  deadline: 18/12/2026
`;

const GROUPS = `STT,Tên tổ dân phố,Tổ trưởng,Số điện thoại,Ngày tiêm,Giờ tiêm,Chỉ tiêu (trẻ),Số hộ,Số nhân khẩu
1,Tổ dân phố 1,Nguyễn Văn Bình,0912345678,14/12/2026,7h30 - 11h00,45,210,780
2,Tổ dân phố 2,Trần Thị Hoa,0983214567,14/12/2026,13h30 - 16h30,38,185,640
3,Tổ dân phố 3,Lê Văn Tám,0356782104,15/12/2026,7h30 - 11h00,52,240,905
4,Tổ dân phố 4,Phạm Thị Lan,0868150932,15/12/2026,13h30 - 16h30,30,160,590
`;

let office: ResultsOffice;
beforeAll(async () => {
  office = await resultsOffice(CAMPAIGN, GROUPS, 'phuong-print-early-');
  const sent: [string, string, 'leader' | 'office'][] = [
    // On its own day: not early.
    ['1', '2026-12-14T09:00:00+07:00', 'leader'],
    // A week before (qa54's "38 trẻ" of 07/12).
    ['2', '2026-12-07T10:00:00+07:00', 'leader'],
    // The evening before its day, 15/12, though Tổ 1–2 had theirs that day.
    ['3', '2026-12-14T23:30:00+07:00', 'leader'],
    // The office's entry is not the group's.
    ['4', '2026-12-07T10:00:00+07:00', 'office'],
  ];
  for (const [id, at, source] of sent)
    await office.report(id, { tre: 30 }, { at: new Date(at), source });
});
afterAll(async () => {
  await office?.close();
  await removeTempDirs();
});

describe('a figure sent before the group’s event day', () => {
  it('is marked in Kết quả’s row, with the group’s own day', async () => {
    const text = await office.pageText();
    expect(text).toContain('(gửi trước ngày diễn ra 14/12/2026)');
    expect(text).toContain('(gửi trước ngày diễn ra 15/12/2026)');
    expect(text.match(/gửi trước ngày diễn ra/g)).toHaveLength(2);
  });

  it('is counted, and named in the report’s closing and its spreadsheet’s note', async () => {
    const text = await office.reportText();
    expect(text).toContain(
      'Các tổ dân phố gửi số liệu trước ngày diễn ra (2 tổ, số liệu vẫn được tính): Tổ dân phố 2 (14/12/2026), Tổ dân phố 3 (15/12/2026).',
    );
    // All four figures are in the total: 120 of 165.
    expect(text).toMatch(/120 trẻ/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await (await office.admin('/admin/bao-cao.xlsx')).arrayBuffer());
    const notes: string[] = [];
    wb.worksheets[0]?.eachRow((row) => {
      const values = (row.values as unknown[]).map(String);
      if (values.some((v) => v.includes('trước ngày diễn ra'))) notes.push(values.join(' | '));
    });
    expect(notes).toHaveLength(2);
    expect(notes.find((n) => n.includes('Tổ dân phố 2'))).toContain(
      'Gửi trước ngày diễn ra 14/12/2026',
    );
    expect(notes.find((n) => n.includes('Tổ dân phố 3'))).toContain(
      'Gửi trước ngày diễn ra 15/12/2026',
    );
  });
});

describe('the leader’s form before the group’s day', () => {
  const held = closedAfterAll();
  const leaderPage = async (id: string, today: string) =>
    leaderPageOn(await wardOf(CAMPAIGN, GROUPS), id, today, held);

  it('says the day and that figures sent now are marked, not refused', async () => {
    const text = await leaderPage('3', '2026-12-07');
    expect(text).toContain('Ngày diễn ra: 15/12/2026.');
    expect(text).toContain('vẫn được lưu nhưng được ghi là “gửi trước ngày diễn ra”');
  });

  it('says nothing of it on the day', async () => {
    const text = await leaderPage('3', '2026-12-15');
    expect(text).toContain('Hạn báo cáo: 18/12/2026');
    expect(text).not.toContain('trước ngày diễn ra');
  });
});

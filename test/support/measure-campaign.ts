/**
 * Test support: a campaign of one notice, one step to tick and the measures given (YAML lines
 * under `measures:`), for the tests of what a measure's base says on the tracking sheet, the
 * leader's form and the report. The ward's word comes from the groups file the test writes.
 */
export const measureCampaign = (...measures: string[]) => `issued: 2026-03-02
issuer:
  name: [ỦY BAN NHÂN DÂN, XÃ HẢI ĐÔNG]
  ward: xã Hải Đông
  place: Nam Định
  office: Văn phòng
notice:
  number: 8
  symbol: TB-UBND
  subject: triển khai công việc trên địa bàn
  body: Đề nghị các đơn vị triển khai./.
  signer: { lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH], name: Trần Văn Cường }
  cc: ["Lưu: VT."]
title: Công việc của các đơn vị
actions:
  - { step: Làm xong việc được giao, column: Đã làm }
measures:
${measures.map((m) => `  - ${m}`).join('\n')}
`;

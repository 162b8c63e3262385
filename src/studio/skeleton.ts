/**
 * Studio: a new campaign from scratch — a campaign.yaml the loader accepts as it is, written as
 * a ward's notice usually reads, with every value one the office replaces (and comments saying
 * which field is what, for whoever opens the file in an editor). Its notice is a draft until the
 * văn thư gives it its number and day (qa17: a form left untouched printed "Số: 01/UBND-VHXH"
 * and today's date as if issued): its date is this month alone ("12/2026" in the form, printed
 * "ngày      tháng 12 năm 2026"), so a whole day typed over it dates the notice (qa18: a day
 * typed beside a ticked "Dự thảo chưa có ngày" printed blank). Its subject (and its title, when
 * none was typed) is the campaign's name, marked so until the office writes its own (qa56 M1).
 * Its "Kính gửi" is "Trưởng các tổ dân phố" (the ward's own word), one text for every group: the
 * tổ's own name there made every new campaign warn about its own default (qa58 M4).
 */

import { BLANK_PLACEHOLDERS as B } from '../load/placeholders.js';

/** The comment the skeleton writes beside a value it copied from the campaign's name. */
export const UNCHANGED_MARK = 'CHƯA SỬA:';

/** Whether a value's trailing comment is the skeleton's mark. */
export const isUnchangedMark = (comment: string | null | undefined): boolean =>
  (comment ?? '').trimStart().startsWith(UNCHANGED_MARK);

export function skeletonCampaign(name: string, today: string, title?: string): string {
  const quoted = JSON.stringify((title || name).normalize('NFC'));
  // The values copied from the name are marked until the office changes them (name-as-subject.ts).
  const titleNote = title
    ? 'tên ngắn, in trên áp phích và tờ rơi'
    : `${UNCHANGED_MARK} đang là tên chiến dịch; ghi tên ngắn in trên áp phích và tờ rơi`;
  return `# Chiến dịch tạo trong phần mềm (phuong-print studio). Sửa trong trang "Sửa chiến dịch",
# hoặc bằng một trình soạn thảo: mỗi mục có ghi chú bên cạnh.
issued: ${today.slice(0, 7)} # ngày ban hành: tháng/năm khi chưa có ngày (in "ngày … tháng 12 năm 2026"); ghi đủ ngày/tháng/năm khi đã có
issuer:
  parent: "" # cơ quan chủ quản (nếu có)
  name: # tên cơ quan ban hành, mỗi dòng một dòng in
    - ỦY BAN NHÂN DÂN
    - ${B.unit} ${B.name}
  ward: ${B.unit.toLocaleLowerCase('vi')} ${B.name.toLocaleLowerCase('vi')} # tên đơn vị trong câu, ví dụ: xã Tân Hòa
  place: ${B.place} # in trước ngày tháng
  office: Phòng Văn hoá - Xã hội
  phone: "" # số điện thoại liên hệ
  # group_term: khu phố # tên gọi các tổ trong đơn vị (khu phố, thôn, ấp…); bỏ trống thì lấy theo tên các tổ
notice:
  number: # số văn bản: để trống khi là dự thảo chờ lấy số
  symbol: UBND-VHXH
  subject: ${quoted} # ${UNCHANGED_MARK} đang là tên chiến dịch; ghi trích yếu tóm tắt nội dung thông báo
  recipients: # "Kính gửi": {{term.groups}} là "các tổ dân phố" (hoặc "các thôn"…), một nội dung chung cho mọi tổ; {{group.name}} là tên từng tổ (mỗi tổ một nội dung)
    - "Trưởng {{term.groups}}"
  body: |
    Thực hiện kế hoạch của Ủy ban nhân dân {{unit}}, đề nghị {{term.groups}} triển khai các nội dung sau:

    ## 1. Mục đích, yêu cầu

    - Nội dung thứ nhất.

    - Nội dung thứ hai.

    ## 2. Tổ chức thực hiện

    {{term.Leader}} thông báo đến từng hộ gia đình và báo cáo kết quả về **Phòng Văn hoá - Xã hội**.
  signer:
    lines: # quyền hạn, chức vụ người ký
      - TM. ỦY BAN NHÂN DÂN
      - CHỦ TỊCH
    name: ${B.signerName}
  cc: # nơi nhận
    - Như trên;
    - "Lưu: VT, VHXH."
title: ${quoted} # ${titleNote}
`;
}

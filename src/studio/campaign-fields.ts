/**
 * Studio: every field of campaign.yaml as a form field — its label and help in Vietnamese, how
 * its value is shown in the form (text, date, one item a line…) and how the form's text goes
 * back into the YAML document. Writing changes only the fields' values in the parsed document,
 * so the file's comments and the keys the form does not show stay where they were.
 */
import { type Document, isCollection, isMap, isScalar, isSeq, Scalar } from 'yaml';
import { UserError } from '../errors.js';
import { colonEntryText } from '../load/campaign-schema.js';
import { hotlineText } from '../load/hotlines.js';
import { withoutListMark } from '../load/list-marks.js';
import { defaultOf, MEASURE_BASES, measureOf } from '../load/measure-of.js';
import { verbatim } from '../messages/message.js';
import { slugify } from '../model/format.js';
import { readDate, shownDate } from './form-dates.js';
import { PRIZE_EXAMPLE, prizeLine, readPrizeLine } from './prize-lines.js';
import { dropStaleGuesses } from './stale-guesses.js';

export type FieldType =
  | 'text'
  | 'date'
  | 'number'
  | 'lines'
  | 'body'
  | 'actions'
  | 'links'
  | 'measures'
  | 'prizes'
  | 'appendix'
  | 'checkbox';

export interface FieldDef {
  path: readonly string[];
  label: string;
  help: string;
  type: FieldType;
  /** Left empty, the key is removed (the loader's default applies). */
  optional?: boolean;
}

export interface Section {
  title: string;
  /** A part some campaigns have (contest, app): all empty → `key: null`. */
  optionalKey?: string;
  help?: string;
  fields: readonly FieldDef[];
}

const f = (
  path: string,
  label: string,
  type: FieldType,
  help: string,
  optional = false,
): FieldDef => ({
  path: path.split('.'),
  label,
  type,
  help,
  optional,
});

export const SECTIONS: readonly Section[] = [
  {
    title: 'Cơ quan ban hành',
    fields: [
      f(
        'issuer.parent',
        'Cơ quan chủ quản',
        'lines',
        'In hoa phía trên tên cơ quan, nếu có; tên dài thì mỗi dòng là một dòng in. Ví dụ: UBND QUẬN 1, hoặc ỦY BAN NHÂN DÂN ↵ THÀNH PHỐ HẢI PHÒNG. Để trống nếu không có.',
        true,
      ),
      f(
        'issuer.name',
        'Tên cơ quan ban hành',
        'lines',
        'Mỗi dòng là một dòng in đậm. Ví dụ: ỦY BAN NHÂN DÂN ↵ PHƯỜNG LÊ CHÂN, hoặc ỦY BAN NHÂN DÂN ↵ XÃ TÂN HÒA',
      ),
      f(
        'issuer.ward',
        'Tên đơn vị trong câu',
        'text',
        'Cách gọi phường, xã hoặc đặc khu trong nội dung, ví dụ: phường Lê Chân, xã Tân Hòa',
      ),
      f(
        'issuer.place',
        'Địa danh',
        'text',
        'In trước ngày tháng: “Lê Chân, ngày 09 tháng 10 năm 2025”.',
      ),
      f(
        'issuer.office',
        'Bộ phận giải đáp',
        'text',
        'Nơi người dân hỏi thêm, ví dụ: Phòng Văn hoá - Xã hội',
      ),
      f(
        'issuer.phone',
        'Số điện thoại liên hệ',
        'text',
        'Ví dụ: 0225 3 857 123. Để trống nếu không in.',
        true,
      ),
      f(
        'issuer.group_term',
        'Tên gọi các tổ, thôn trong đơn vị',
        'text',
        'Tổ dân phố, khu phố, thôn, ấp, bản… Để trống thì lấy theo tên các tổ trong danh sách (“Khu phố 1” → khu phố, “Thôn 3” → thôn).',
        true,
      ),
    ],
  },
  {
    title: 'Văn bản',
    fields: [
      f(
        'notice.number',
        'Số văn bản',
        'number',
        'Chỉ ghi số, ví dụ 5 (in thành “Số: 05/…”); để trống nếu là dự thảo chờ lấy số (in “Số:      /…” để văn thư điền).',
      ),
      f('notice.symbol', 'Ký hiệu', 'text', 'Phần sau dấu gạch chéo, ví dụ: UBND-VHXH'),
      f(
        'notice.type',
        'Loại văn bản',
        'text',
        'Công văn, Công điện, Thông báo, Kế hoạch, Quyết định, Báo cáo, Tờ trình… Để trống thì theo ký hiệu: CĐ-… là Công điện, TB-… là Thông báo, KH-… là Kế hoạch, ký hiệu không có tên loại (UBND-VHXH) là công văn. Văn bản có tên loại in tên loại bằng chữ in hoa giữa trang, trích yếu ngay dưới, không có “V/v”; công điện gửi đến các nơi ở “Kính gửi” bằng dòng “ỦY BAN NHÂN DÂN PHƯỜNG … điện:”.',
        true,
      ),
      f(
        'notice.urgency',
        'Độ khẩn',
        'text',
        'Chỉ ghi khi văn bản cần chuyển gấp: KHẨN, THƯỢNG KHẨN hoặc HỎA TỐC. Độ khẩn in trong khung, dưới số văn bản, như Nghị định 30/2020/NĐ-CP quy định; không ghi chữ “KHẨN” vào trích yếu hay tên chiến dịch. Để trống nếu văn bản không khẩn.',
        true,
      ),
      f(
        'notice.secrecy',
        'Độ mật',
        'text',
        'Chỉ ghi khi văn bản chứa bí mật nhà nước: MẬT, TỐI MẬT hoặc TUYỆT MẬT. Dấu độ mật in trong khung đỏ, dưới số văn bản, trên độ khẩn. Để trống nếu văn bản không mật.',
        true,
      ),
      f(
        'notice.circulation',
        'Phạm vi lưu hành',
        'text',
        'Chỉ ghi khi văn bản hạn chế người đọc: XEM XONG TRẢ LẠI, LƯU HÀNH NỘI BỘ hoặc TRẢ LẠI SAU KHI HỌP (HỘI NGHỊ). In bằng chữ in hoa, đậm, dưới ngày tháng. Để trống nếu không hạn chế.',
        true,
      ),
      f(
        'notice.bodySize',
        'Cỡ chữ nội dung',
        'number',
        'Ghi 14 nếu muốn in phần nội dung cỡ 14; để trống thì in cỡ 13. Nghị định 30/2020/NĐ-CP cho phép cỡ 13 hoặc 14.',
        true,
      ),
      f(
        'issued',
        'Ngày ban hành',
        'date',
        'Ngày ghi trên văn bản, viết ngày/tháng/năm, ví dụ 01/12/2026. Dự thảo chờ văn thư ghi ngày: chỉ ghi tháng/năm, ví dụ 12/2026, để in “ngày      tháng 12 năm 2026”.',
      ),
      f(
        'notice.undated',
        'Dự thảo chưa có ngày',
        'checkbox',
        'Đánh dấu khi văn bản chờ văn thư ghi ngày: in “ngày      tháng” để trống, năm theo Ngày ban hành. Bỏ đánh dấu khi đã có ngày.',
        true,
      ),
      f(
        'notice.subject',
        'Trích yếu (V/v)',
        'text',
        'Công văn in sau “V/v”; văn bản có tên loại (Thông báo, Kế hoạch…) in dưới tên loại, chữ đầu viết hoa. Viết thường chữ đầu, ví dụ: tăng cường phòng, chống sốt xuất huyết',
      ),
      f(
        'notice.recipients',
        'Kính gửi',
        'lines',
        'Mỗi dòng một nơi nhận, ví dụ: Trưởng {{term.groups}} (in “Trưởng các tổ dân phố”, “Trưởng các thôn”…), một nội dung chung cho mọi tổ. {{group.name}} được thay bằng tên từng tổ; {{term.Group}} {{group.name}} in tên kèm từ chỉ đơn vị, ví dụ “Thôn Hòa Bình”, “Tổ dân phố số 5” (không lặp từ khi tên đã có), khi đó mỗi tổ nhận một nội dung riêng. Công văn và công điện phải có; văn bản có tên loại khác (Thông báo, Kế hoạch…) có thể để trống, khi đó nơi nhận chỉ ghi ở “Nơi nhận”.',
      ),
      f(
        'notice.body',
        'Nội dung',
        'body',
        'Mỗi dòng là một đoạn (xuống dòng là sang đoạn mới, như trong Word). Bảng chép từ Word hoặc Excel dán vào được giữ thành bảng, dòng đầu là tiêu đề. Bảng đọc từ tệp Word hiện thành dòng “| ô | ô |”: mỗi hàng một dòng, các ô cách nhau bằng dấu “|”, dòng “| --- |” ngăn hàng tiêu đề; sửa chữ trong ô, giữ nguyên các dấu “|”. “## ” đầu dòng: đề mục lớn; “### ”: đề mục nhỏ; “- ”: gạch đầu dòng; **chữ đậm**; *chữ nghiêng*. {{links.tên.url}}: địa chỉ của một đường dẫn bên dưới. Nội dung ghi tên một đường dẫn như ở mục “Đường dẫn” (ví dụ: đăng ký qua đường link “Đăng ký tiêm”) thì văn bản in mã QR của đường dẫn đó ở Phụ lục.',
      ),
      f(
        'notice.appendix',
        'Phụ lục kèm theo',
        'appendix',
        'Phần in sau chữ ký, trên trang riêng: “PHỤ LỤC”, tên phụ lục in đậm, dòng “(Kèm theo … số … ngày …)” do phần mềm tự in, rồi nội dung. Nội dung viết như ô Nội dung: mỗi dòng một đoạn, bảng chép từ Word hoặc Excel dán vào được giữ thành bảng, “- ” đầu dòng là gạch đầu dòng. Có từ hai phụ lục (kể cả phụ lục mã QR) thì đánh số Phụ lục I, II… Muốn bỏ một phụ lục thì xoá cả tên lẫn nội dung của nó rồi bấm Lưu.',
        true,
      ),
    ],
  },
  {
    title: 'Người ký và nơi nhận',
    fields: [
      f(
        'notice.signer.lines',
        'Quyền hạn, chức vụ người ký',
        'lines',
        'Mỗi dòng một dòng in, ví dụ: KT. CHỦ TỊCH ↵ PHÓ CHỦ TỊCH',
      ),
      f('notice.signer.name', 'Họ và tên người ký', 'text', 'Ví dụ: Nguyễn Văn An'),
      f(
        'notice.cc',
        'Nơi nhận',
        'lines',
        'Mỗi dòng một nơi nhận, như in ở góc trái cuối văn bản. Ví dụ: Như trên; ↵ Lưu: VT, VHXH.',
      ),
    ],
  },
  {
    title: 'Áp phích, tờ rơi, bảng theo dõi',
    fields: [
      f(
        'title',
        'Tên ngắn của chiến dịch',
        'text',
        'In to trên áp phích và tờ rơi, ví dụ: Phòng, chống sốt xuất huyết',
        true,
      ),
      f(
        'slogan',
        'Khẩu hiệu',
        'text',
        'Câu khẩu hiệu in trên áp phích và ảnh áp phích. Nằm dưới tên ứng dụng (hoặc tên chiến dịch); chiến dịch không có ứng dụng in nó cả trên tờ rơi, dưới tên chiến dịch. Ví dụ: Mỗi nhà một bình chữa cháy. Để trống thì không in.',
        true,
      ),
      f(
        'when',
        'Thời gian',
        'text',
        'Lúc người dân cần có mặt. In dưới tên chiến dịch trên tờ rơi, phiếu kiểm tra và bảng theo dõi, và ở chân áp phích và ảnh áp phích. Ví dụ: 6 giờ 30 – 10 giờ 00, Chủ nhật 13/12/2026. Giờ riêng của từng tổ (tổ dân phố, khu phố, thôn…) lấy từ cột của danh sách: {{group.[Thời gian tiếp nhận]}}. Để trống thì không in.',
        true,
      ),
      f(
        'where',
        'Địa điểm',
        'text',
        'Nơi người dân đến, in ngay dưới Thời gian (trên mọi tài liệu có Thời gian). Ví dụ: Nhà văn hoá khu phố 3; nơi riêng của từng tổ (điểm tập kết, nhà văn hoá của tổ…) lấy từ cột của danh sách: {{group.[Điểm tập kết]}}. Để trống thì không in ở tài liệu nào (việc làm trực tuyến, không cần đến đâu).',
        true,
      ),
      f(
        'deadline',
        'Thời hạn',
        'text',
        'Ngày cuối cùng để đăng ký hoặc để làm xong việc. In dưới Thời gian và Địa điểm trên tờ rơi, phiếu kiểm tra và bảng theo dõi: “Hạn đăng ký: …” với danh sách đăng ký hoặc khi nội dung thông báo, việc cần làm ghi “đăng ký … trước ngày” đó, “Thời hạn: …” với các chiến dịch khác. Hạn các tổ, thôn gửi số liệu là “Hạn báo cáo” (phần Số liệu báo cáo). Ghi ngày đủ ngày/tháng/năm, sau ngày ban hành. Ví dụ: 17h00 ngày 12/12/2026. Để trống thì không in.',
        true,
      ),
      f(
        'actions',
        'Việc người dân cần làm',
        'actions',
        'Mỗi dòng một việc (với cuộc thi: một bước dự thi), in thành các bước trên tờ rơi, phiếu kiểm tra và thành cột của bảng theo dõi. Muốn đặt tên cột ngắn cho bảng theo dõi thì thêm “ | tên cột”. Ví dụ: Đổ bỏ vật dụng chứa nước đọng | Đã dọn. Cột để tổ trưởng ghi điều người dân chọn (không đánh dấu “x”) thì thêm “ | ghi” sau tên cột. Ví dụ: Đăng ký học bơi cho con | Bể bơi, ca học | ghi. Ngày, giờ, địa điểm riêng của từng tổ (tổ dân phố, khu phố, thôn…) lấy từ cột của danh sách: Có người ở nhà ngày {{group.[Ngày kiểm tra]}}. Cuộc thi để trống mục này thì in các bước chung: đăng ký, làm bài, chia sẻ, nhận chứng nhận (theo phần Cuộc thi). Thứ cần mang theo (thẻ căn cước, giấy tờ) ghi ở mục “Cần mang theo” bên dưới.',
        true,
      ),
      f(
        'points',
        'Điều cần biết',
        'lines',
        'Mỗi dòng một điều người dân cần biết, không phải đánh dấu. In thành danh sách đánh số “Điều cần biết” trên tờ rơi, áp phích, ảnh tờ rơi, ảnh áp phích và trong tin nhắn Zalo của tổ trưởng; không thành phiếu kiểm tra hay cột của bảng theo dõi. Chiến dịch tuyên truyền (dấu hiệu lừa đảo, cách phòng bệnh, đội mũ bảo hiểm) không có việc cần làm vẫn có tờ rơi và áp phích để dán ở nhà văn hoá, cổng trường nhờ mục này, không cần thêm việc hay thời hạn. Ví dụ: Không cung cấp mã OTP, mật khẩu cho bất kỳ ai ↵ Không bấm đường link lạ. Để trống thì không in.',
        true,
      ),
      f(
        'bring',
        'Cần mang theo',
        'lines',
        'Những thứ người dân cần mang theo hoặc chuẩn bị sẵn, mỗi dòng một thứ, in thành danh sách “Cần mang theo” trên tờ rơi và trong tin nhắn Zalo của tổ trưởng (không thành cột của bảng theo dõi như các việc ở trên). Ví dụ: Thẻ căn cước gắn chip ↵ Điện thoại đã cài ứng dụng VNeID. Để trống thì không in.',
        true,
      ),
      f(
        'hotlines',
        'Số điện thoại cần biết',
        'lines',
        'Mỗi dòng một số: tên nơi cần gọi, dấu “:”, rồi số điện thoại. In trong khung trên tờ rơi, trong tin nhắn Zalo và trên trang của tổ trưởng (bấm vào số để gọi). Ví dụ: Ban Chỉ huy PCTT phường: 0236 3 111 222 ↵ Công an phường: 0236 3 888 999 ↵ Cấp cứu: 115. Số điện thoại của bộ phận giải đáp ghi ở phần Cơ quan ban hành. Để trống thì không in.',
        true,
      ),
      f(
        'links',
        'Đường dẫn (in thành mã QR)',
        'links',
        'Mỗi dòng một đường dẫn: tên (in dưới mã QR) | địa chỉ. Ví dụ: Nhóm Zalo của thôn | https://zalo.me/g/abc123. Nội dung văn bản ghi tên đó (ví dụ: tham gia qua đường link “Nhóm Zalo của thôn”) thì văn bản in mã QR của đường dẫn ở Phụ lục. Trang cuộc thi ghi ở mục “Trang cuộc thi” của phần Cuộc thi.',
        true,
      ),
      f(
        'assets.logo',
        'Ảnh logo',
        'text',
        'Tên tệp ảnh trong thư mục chiến dịch, ví dụ logo.png. Để trống nếu không có.',
        true,
      ),
      f('assets.logo_on_qr', 'In logo giữa mã QR của áp phích', 'checkbox', '', true),
      f(
        'assets.map.file',
        'Sơ đồ / hình ảnh',
        'text',
        'Tên tệp ảnh trong thư mục chiến dịch, ví dụ so-do.png. Để trống nếu không có.',
        true,
      ),
      f(
        'assets.map.caption',
        'Chú thích dưới sơ đồ',
        'text',
        'In dưới ảnh trên tờ rơi và làm tiêu đề trang Phụ lục của thông báo. Ví dụ: Sơ đồ điểm tập kết.',
        true,
      ),
    ],
  },
  {
    title: 'Chuyển khoản (nếu có)',
    optionalKey: 'payment',
    help: 'Tài khoản để người dân nộp phí, ủng hộ quỹ bằng chuyển khoản: in trọn dưới tiêu đề “Thông tin chuyển khoản” trên tờ rơi, phiếu kiểm tra và trong tin nhắn Zalo của tổ trưởng (không thành việc cần làm, không thành cột của bảng theo dõi). Để trống cả phần này nếu không thu tiền qua chuyển khoản.',
    fields: [
      f(
        'payment.bank',
        'Ngân hàng',
        'text',
        'Tên ngân hàng và chi nhánh. Ví dụ: Ngân hàng TMCP Công thương Việt Nam (VietinBank) - Chi nhánh Lê Chân',
        true,
      ),
      f(
        'payment.account',
        'Số tài khoản',
        'text',
        'Ghi đúng như in, có thể cách từng nhóm 4 số. Ví dụ: 1234 5678 9012 3456',
      ),
      f('payment.holder', 'Chủ tài khoản', 'text', 'Ví dụ: Ủy ban nhân dân phường Lê Chân', true),
      f(
        'payment.note',
        'Nội dung chuyển khoản',
        'text',
        'Người dân ghi gì khi chuyển khoản. Ví dụ: VSMT 2026 - Tên tổ - Tên chủ hộ',
        true,
      ),
    ],
  },
  {
    title: 'Số liệu báo cáo (chỉ tiêu)',
    help: 'Các con số mà mỗi tổ, thôn báo cáo lại trên trang tải tài liệu của mình (mở ở thẻ “Trang tổ trưởng”, “Trang trưởng thôn”… của chiến dịch). Để trống nếu chiến dịch không cần báo cáo số liệu.',
    fields: [
      f(
        'measures',
        'Chỉ tiêu',
        'measures',
        'Mỗi dòng một chỉ tiêu: tên chỉ tiêu | người, hộ, đồng, một đơn vị tính hoặc tên một cột số của danh sách tổ. “người”, “hộ”: tỉ lệ tính trên số nhân khẩu hay số hộ của tổ; “người (không tính tỉ lệ)”, “hộ (không tính tỉ lệ)”: chỉ đếm, không tính tỉ lệ (ví dụ số người vắng mặt); “đồng”: một số tiền, không tính tỉ lệ; một đơn vị tính (kg, túi, suất, đơn vị…): cộng dồn, không tính tỉ lệ; tên một cột (ví dụ Số cử tri): tỉ lệ tính trên số cử tri của tổ. Chỉ tiêu đầu tiên dùng để xếp hạng. Ví dụ: Số người tham gia cuộc thi | người ↵ Số hộ cài đặt ứng dụng | hộ ↵ Số tiền đã thu (đồng) | đồng. Sửa tên một chỉ tiêu ngay trên dòng của nó mà vẫn giữ “người”, “hộ” hay “đồng” thì số liệu các tổ đã báo cáo vẫn được giữ; đổi cả tên lẫn “người”/“hộ”/“đồng” thì đó là chỉ tiêu mới, chưa có số liệu.',
        true,
      ),
      f(
        'report.deadline',
        'Hạn báo cáo',
        'date',
        'Ngày cuối các tổ, thôn gửi số liệu, ví dụ 10/12/2026. Số liệu gửi sau ngày này được ghi “gửi sau hạn báo cáo” ở thẻ Kết quả và trong báo cáo kết quả. Để trống: chiến dịch có cuộc thi thì không tổ nào bị ghi là gửi muộn (số liệu cuộc thi gửi sau khi cuộc thi kết thúc); chiến dịch khác tính theo ngày cuối ghi ở mục Thời gian.',
        true,
      ),
      f(
        'totals_by',
        'Cộng số liệu theo cột',
        'text',
        'Tên một cột của danh sách mà nhiều tổ, thôn cùng chung một giá trị, ví dụ Khu vực bỏ phiếu, Khu phố, Cụm. Thẻ Kết quả và báo cáo kết quả (PDF) có thêm phần cộng số liệu theo từng giá trị của cột này (số tổ đã báo cáo, số liệu, tỉ lệ), để báo cáo lên cấp trên theo khu vực. Để trống nếu không cần.',
        true,
      ),
    ],
  },
  {
    title: 'Báo cáo kết quả',
    help: 'Nơi gửi báo cáo kết quả (Kết quả › Tải báo cáo kết quả): báo cáo gửi lên cấp trên, không gửi các tổ như văn bản. Để trống thì gửi cơ quan ghi ở “Cơ quan chủ quản” (ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI: “Kính gửi: Ủy ban nhân dân thành phố Hà Nội”); chưa điền mục đó thì in “Ủy ban nhân dân thành phố ……” (xã: tỉnh) để ghi tay; “Nơi nhận: Như trên; Lưu: VT, …”.',
    fields: [
      f(
        'report.recipients',
        'Kính gửi (báo cáo kết quả)',
        'lines',
        'Mỗi dòng một cơ quan nhận báo cáo. Ví dụ: Ủy ban nhân dân thành phố Hải Phòng ↵ Sở Nông nghiệp và Môi trường thành phố.',
        true,
      ),
      f(
        'report.cc',
        'Nơi nhận (báo cáo kết quả)',
        'lines',
        'Mỗi dòng một nơi nhận, như in ở góc trái cuối báo cáo. Ví dụ: Như trên; ↵ Thường trực Đảng ủy phường; ↵ Lưu: VT, KT.',
        true,
      ),
    ],
  },
  {
    title: 'Cuộc thi (nếu có)',
    optionalKey: 'contest',
    help: 'Để trống cả phần này nếu chiến dịch không có cuộc thi.',
    fields: [
      f('contest.name', 'Tên cuộc thi', 'text', ''),
      f(
        'contest.platform',
        'Nền tảng thi',
        'text',
        'Nơi thi, in sau chữ “trên”: “Đăng ký tài khoản trên …”. Ví dụ: nền tảng học trực tuyến One Touch, Cổng thi trực tuyến Thành phố',
      ),
      f(
        'links.contest.url',
        'Trang cuộc thi',
        'text',
        'Địa chỉ trang web để vào thi, ví dụ https://thi.hochiminhcity.gov.vn/hoi-thi-2026. Bắt buộc khi có cuộc thi: tờ rơi và phiếu kiểm tra in mã QR của trang này.',
        true,
      ),
      f(
        'links.contest.label',
        'Chú thích dưới mã QR trang cuộc thi',
        'text',
        'Để trống thì in: Trang cuộc thi.',
        true,
      ),
      f('contest.starts', 'Ngày bắt đầu', 'date', ''),
      f('contest.ends', 'Ngày kết thúc', 'date', ''),
      f('contest.questions', 'Số câu hỏi', 'number', '0 nếu không có bài trắc nghiệm.', true),
      f('contest.share_message', 'Thông điệp chia sẻ', 'text', '', true),
      f(
        'contest.certificate_button',
        'Nút nhận chứng nhận',
        'text',
        'Ví dụ: Nhận chứng nhận',
        true,
      ),
      f('contest.support_phone', 'Số điện thoại hỗ trợ', 'text', '', true),
      f('contest.topics', 'Nội dung thi', 'lines', 'Mỗi dòng một nội dung.', true),
      f('contest.eligible', 'Đối tượng tham gia', 'lines', 'Mỗi dòng một đối tượng.', true),
      f('contest.rules', 'Thể lệ', 'lines', 'Mỗi dòng một điều.', true),
      f(
        'contest.prizes.community.title',
        'Giải tập thể: tên giải',
        'text',
        'Ví dụ: Giải cộng đồng lan tỏa mạnh nhất. Để trống nếu không có giải tập thể.',
        true,
      ),
      f(
        'contest.prizes.community.detail',
        'Giải tập thể: nội dung',
        'text',
        'Ai được giải và giải gồm những gì. Ví dụ: 01 giải cho khu phố có tỉ lệ người dân tham gia cao nhất, 3.000.000 đồng và Giấy khen.',
        true,
      ),
      f(
        'contest.prizes.individual.title',
        'Giải cá nhân: tên giải',
        'text',
        'Ví dụ: Giải cá nhân học tập tích cực. Để trống nếu không có giải cá nhân.',
        true,
      ),
      f(
        'contest.prizes.individual.items',
        'Giải cá nhân: các giải',
        'prizes',
        `Mỗi dòng một giải: số lượng | hạng giải | số tiền (đồng). Ví dụ: ${PRIZE_EXAMPLE} ↵ 2 | giải nhì | 3.000.000`,
        true,
      ),
    ],
  },
  {
    title: 'Ứng dụng (nếu có)',
    optionalKey: 'app',
    help: 'Để trống cả phần này nếu chiến dịch không mời cài ứng dụng.',
    fields: [
      f('app.name', 'Tên ứng dụng', 'text', ''),
      f('app.ios.url', 'Địa chỉ trên App Store', 'text', 'https://apps.apple.com/…'),
      f('app.ios.label', 'Chú thích mã iPhone', 'text', 'Để trống thì in: iPhone (iOS).', true),
      f('app.android.url', 'Địa chỉ trên Google Play', 'text', 'https://play.google.com/…'),
      f('app.android.label', 'Chú thích mã Android', 'text', 'Để trống thì in: Android.', true),
      f(
        'app.qr_caption_ios',
        'Dòng dưới mã iPhone',
        'text',
        'Để trống thì in: Mã QR tải ứng dụng <tên ứng dụng> (dùng cho điện thoại iPhone).',
        true,
      ),
      f(
        'app.qr_caption_android',
        'Dòng dưới mã Android',
        'text',
        'Để trống thì in: Mã QR tải ứng dụng <tên ứng dụng> (dùng cho điện thoại Android).',
        true,
      ),
    ],
  },
];

export const FIELDS: readonly FieldDef[] = SECTIONS.flatMap((s) => s.fields);
export const fieldName = (d: FieldDef) => d.path.join('.');
/** The id of a field's input on the edit page (`#f-notice-body`). */
export const fieldId = (d: FieldDef) => `f-${fieldName(d).replace(/\./g, '-')}`;

/** The part of the form a field sits in ("Áp phích, tờ rơi, bảng theo dõi"). */
export const sectionOf = (d: FieldDef): Section | undefined =>
  SECTIONS.find((s) => s.fields.includes(d));

/** The form field a loader's error belongs to: its path, or the nearest one above it. */
export function fieldOf(path: string | undefined): FieldDef | undefined {
  if (!path) return undefined;
  const parts = path.split('.');
  for (let n = parts.length; n >= 1; n--) {
    const name = parts.slice(0, n).join('.');
    const found = FIELDS.find((d) => fieldName(d) === name);
    if (found) return found;
  }
  return undefined;
}

const getPath = (data: unknown, path: readonly string[]): unknown =>
  path.reduce<unknown>(
    (v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined),
    data,
  );

/**
 * The contest's page is the link `links.contest` (the templates print `links.contest.url`), shown
 * in the contest's part as its own fields, so the office never has to know the link's name.
 */
const CONTEST_PAGE_FIELDS = ['links.contest.url', 'links.contest.label'];
/** The label a contest page given without one prints under its QR code. */
export const CONTEST_PAGE_LABEL = 'Trang cuộc thi';
const hasContest = (data: unknown) => {
  const contest = getPath(data, ['contest']);
  return contest !== undefined && contest !== null;
};

/** The form's text of each field, from the campaign's data. */
export function formValues(data: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  // With a contest, its page shows in the contest's part, not among the other links.
  const contest = hasContest(data);
  // A map written as its file name alone (`map: so-do.png`, by hand or for the CLI).
  const map = getPath(data, ['assets', 'map']);
  for (const d of FIELDS) {
    let v = getPath(data, d.path);
    if (fieldName(d) === 'assets.map.file' && typeof map === 'string') v = map;
    if (CONTEST_PAGE_FIELDS.includes(fieldName(d)) && !contest) v = undefined;
    if (d.type === 'links' && contest && v && typeof v === 'object') {
      const { contest: _page, ...others } = v as Record<string, unknown>;
      v = others;
    }
    out[fieldName(d)] = toFormText(d, v);
  }
  return out;
}

/**
 * The campaign's keys that no form field shows (`issuer.email`, `notes`), as dotted paths: the
 * form keeps them in the file as they are, and the page says which they are.
 */
export function keysNotInForm(data: unknown): string[] {
  const names = new Set(FIELDS.map(fieldName));
  const out: string[] = [];
  const walk = (value: unknown, path: readonly string[]) => {
    const name = path.join('.');
    if (names.has(name)) return; // a field shows it (and everything under it)
    const under = FIELDS.some(
      (d) => d.path.length > path.length && name === d.path.slice(0, path.length).join('.'),
    );
    if (path.length > 0 && !under) {
      out.push(name);
      return;
    }
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    }
  };
  walk(data, []);
  return out;
}

/** An action line's third part marking its column as one to write in: "… | Bể bơi, ca học | ghi". */
const WRITE_MARK = 'ghi';
const isWriteMark = (part: string | undefined) =>
  part !== undefined && part.trim().toLocaleLowerCase('vi') === WRITE_MARK;

function toFormText(d: FieldDef, v: unknown): string {
  if (v === undefined || v === null) return '';
  switch (d.type) {
    case 'lines':
      // "- Lưu: VT, VHXH." typed unquoted is read as the office typed it, as the build reads it
      // (a number to call too: "- Cấp cứu: 115", whose number YAML read as an integer).
      return Array.isArray(v)
        ? v
            .map((l) => String(fieldName(d) === 'hotlines' ? hotlineText(l) : colonEntryText(l)))
            .join('\n')
        : String(v);
    case 'actions':
      return Array.isArray(v)
        ? v
            .map((a: { step?: unknown; column?: unknown; write?: unknown }) =>
              // A column to write in (`write: true`) keeps its mark: "… | Bể bơi, ca học | ghi".
              a.write === true
                ? `${a.step ?? ''} | ${a.column ?? ''} | ${WRITE_MARK}`
                : a.column
                  ? `${a.step ?? ''} | ${a.column}`
                  : String(a.step ?? ''),
            )
            .join('\n')
        : '';
    case 'links':
      // Each link by the words printed under its code, never its key in the file ("zalo",
      // "guide": qa41 m4), which the save keeps (linksFromForm).
      return Object.entries(v as Record<string, { url?: unknown; label?: unknown }>)
        .map(([name, l]) => `${String(l?.label ?? '').trim() || name} | ${l?.url ?? ''}`)
        .join('\n');
    case 'measures':
      return Array.isArray(v) ? v.map(measureLine).join('\n') : '';
    case 'prizes':
      return Array.isArray(v) ? v.map(prizeLine).join('\n') : '';
    case 'checkbox':
      return v === true ? '1' : '';
    case 'appendix':
      return Array.isArray(v) && v.length > 0
        ? appendixText(
            v.map((a: { title?: unknown; body?: unknown }) => ({
              title: String(a?.title ?? ''),
              body: String(a?.body ?? ''),
            })),
          )
        : '';
    case 'date':
      return shownDate(v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
    default:
      return String(v);
  }
}

/**
 * A measure as its line of the Chỉ tiêu field: "Số hộ đã nộp phiếu góp ý | hộ"; a plain amount
 * (`of: amount`, or `of` left out under a label in đồng) "| đồng".
 */
export const measureLine = (m: { label?: unknown; of?: unknown }) => {
  const of = m.of === undefined ? defaultOf(String(m.label ?? '')) : m.of;
  return `${m.label ?? ''} | ${MEASURE_BASES.find((b) => b.of === of)?.word ?? of ?? ''}`;
};

/** One of the notice's own appendices as the form edits it: its title and its text. */
export interface AppendixEntry {
  title: string;
  body: string;
}

/**
 * The appendices as the form's one value of `notice.appendix` (JSON: the edit page shows each
 * entry as a title and a text box, and posts them as `notice.appendix.<n>.title`/`.body`).
 */
export const appendixText = (list: readonly AppendixEntry[]) =>
  list.length ? JSON.stringify(list) : '';

/**
 * Appendices as the form compares and saves them, whether read from the file or posted: each
 * title's lines kept (the notice prints a title line by line), spaces within a line made one;
 * each text as typed (clean); entries with neither title nor text left out.
 */
export function appendixList(read: unknown): AppendixEntry[] {
  if (!Array.isArray(read)) return [];
  return read
    .map((a: { title?: unknown; body?: unknown }) => ({
      title: clean(String(a?.title ?? ''))
        .split('\n')
        .map((l) => l.replace(/\s+/g, ' ').trim())
        .filter(Boolean)
        .join('\n'),
      body: clean(String(a?.body ?? '')),
    }))
    .filter((a) => a.title !== '' || a.body !== '');
}

/** The appendices of the form's value; entries with neither title nor text are left out. */
export function appendixEntries(text: string): AppendixEntry[] {
  if (text.trim() === '') return [];
  try {
    return appendixList(JSON.parse(text));
  } catch {
    return [];
  }
}

/**
 * The appendices posted by the edit page (`notice.appendix.<n>.title`, `.body`), in their
 * order, as the form's value of `notice.appendix`.
 */
export function postedAppendix(body: Record<string, unknown>): string {
  const list: AppendixEntry[] = [];
  // Every one posted (no more than the post's fields): past MAX_APPENDICES, formProblems says so.
  const posted = Object.keys(body).length;
  for (let n = 0; n < posted; n++) {
    const title = body[`notice.appendix.${n}.title`];
    const text = body[`notice.appendix.${n}.body`];
    if (title === undefined && text === undefined) break;
    list.push({ title: String(title ?? ''), body: String(text ?? '') });
  }
  return appendixText(list);
}

/** The most appendices the edit page saves; more are refused with a word (formProblems). */
export const MAX_APPENDICES = 100;

/** Text from a form: NFC, Windows line ends made plain, outer spaces trimmed. */
export const clean = (s: string) => s.normalize('NFC').replace(/\r\n?/g, '\n').trim();
export const nonEmptyLines = (s: string) =>
  clean(s)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** The fields typed one list item a line, whose items lose a typed list mark (list-marks.ts). */
export const ITEM_FIELDS: ReadonlySet<string> = new Set([
  'notice.recipients',
  'notice.cc',
  'report.recipients',
  'report.cc',
  'points',
  'bring',
  'hotlines',
  'contest.topics',
  'contest.eligible',
  'contest.rules',
]);

/** The YAML value of a field's form text; undefined removes the key. */
function fromFormText(d: FieldDef, text: string): unknown {
  const t = clean(text);
  if (d.type === 'checkbox') return t === '1' ? true : undefined;
  if (d.type === 'appendix') {
    const list = appendixEntries(t);
    return list.length ? list : undefined;
  }
  if (t === '') {
    if (d.optional) return undefined;
    // An empty notice number is a draft awaiting its number (printed "Số:      /…"): null.
    if (d.type === 'number') return null;
    return d.type === 'lines' ? [] : '';
  }
  switch (d.type) {
    case 'number':
      // Digits become a number; anything else stays text, for the loader to name.
      return /^\d+$/.test(t) ? Number(t) : t;
    case 'date': {
      // 30/11/2026 is written 2026-11-30; anything else stays text (formProblems names it).
      const date = readDate(t);
      return 'iso' in date ? date.iso : t;
    }
    case 'lines':
      // The parent body on one line is kept as the one text it always was (a list for two).
      if (fieldName(d) === 'issuer.parent' && nonEmptyLines(t).length === 1) return t;
      // A list's items lose the mark typed or pasted before them ("• Thẻ cử tri", "1.⇥…"):
      // every paper puts its own (load/list-marks.ts). A heading's lines (the issuer's name,
      // the signer's) are lines, not items, and stay as typed.
      return ITEM_FIELDS.has(fieldName(d))
        ? nonEmptyLines(t).map(withoutListMark)
        : nonEmptyLines(t);
    case 'actions':
      return nonEmptyLines(t).map((line) => {
        // The flyer and checklist number the steps themselves: a list marker typed before a
        // line ("- ", "+ ", "1. ", "2)") would print after their number ("2.  - Báo sai sót").
        const [step = '', column = '', mark] = withoutListMark(line)
          .split('|')
          .map((p) => p.trim());
        // "việc | tên cột | ghi": the column is written in, what each row chose (qa57 p5).
        const write = isWriteMark(mark) ? { write: true } : {};
        return column ? { step, column, ...write } : { step, ...write };
      });
    case 'links':
      // Without the file's links (applyForm passes them): every line a new link.
      return linksFromForm(t, {});
    case 'prizes':
      // A line the form cannot read is formProblems' to name: the file is not written then.
      return nonEmptyLines(t).flatMap((line) => {
        const read = readPrizeLine(line);
        return 'item' in read ? [read.item] : [];
      });
    default:
      return t;
  }
}

/**
 * What a measure's rate is taken against, as the office writes it after the "|": "người", "hộ"
 * (load/measure-of.ts reads their other words too), or a count column of the groups file ("Số cử
 * tri"), which the build checks against the file.
 */
const baseOf = (text: string) => (text.trim() === '' ? undefined : measureOf(text));

interface MeasureLine {
  label: string;
  /** What follows the "|" as typed. */
  base: string;
  /** "people", "households" or a column's header; undefined when nothing follows the "|". */
  of: string | undefined;
}

const measureLines = (text: string): MeasureLine[] =>
  nonEmptyLines(text).map((line) => {
    const bar = line.lastIndexOf('|');
    const label = (bar < 0 ? line : line.slice(0, bar)).trim();
    const base = bar < 0 ? '' : line.slice(bar + 1).trim();
    // Nothing after the "|" under a label in đồng: a plain amount, as in campaign.yaml.
    return { label, base, of: baseOf(base) ?? defaultOf(label) };
  });

/**
 * An id the schema takes, made from a label: "Số hộ cài ứng dụng" → so_ho_cai_ung_dung; cut at
 * 28 letters (room for a suffix within the schema's 32), so labels with one long start get
 * _2, _3… Recorded in `taken`, which the next new line of the same save must see.
 */
function idFromLabel(label: string, taken: Set<string>): string {
  const stem = slugify(label).replace(/-/g, '_').slice(0, 28).replace(/_+$/, '');
  const base =
    (/^[a-z]/.test(stem) ? stem : `m_${stem}`.slice(0, 28).replace(/_+$/, '')) || 'chi_tieu';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}_${n}`;
  taken.add(id);
  return id;
}

/**
 * A measure's basis as a form's line reads it: the file's `of` in any of its words ("đồng" and
 * "amount" alike, qa43 minor 2: a sum's line reworded in place was taken for a new measure), or
 * the plain amount a label in đồng gets when `of` is left out.
 */
const basisOf = (m: { label?: unknown; of?: unknown }) =>
  m.of === undefined || m.of === null ? defaultOf(String(m.label ?? '')) : measureOf(String(m.of));

/**
 * The measures of the form's lines. A figure already reported is stored under its measure's id,
 * so the ids stay: a line keeps the id of the measure of the same label (case aside), else of
 * the measure at its place whose label no line keeps and that counts the same thing, people,
 * households or đồng (a label reworded in place). A line whose label and basis both changed is another
 * figure typed over the old one: taking the old id would show the old figure's reports as its
 * own. A new line gets an id made from its label.
 */
export function measuresFromForm(
  text: string,
  old: readonly { id?: unknown; label?: unknown; of?: unknown }[],
  retired: readonly RetiredMeasure[] = [],
) {
  const lines = measureLines(text);
  const key = (label: unknown) =>
    String(label ?? '')
      .toLocaleLowerCase('vi')
      .trim();
  const oldByLabel = new Map(old.map((m) => [key(m.label), String(m.id ?? '')]));
  const kept = new Set(lines.map((l) => key(l.label)).filter((k) => oldByLabel.has(k)));
  const taken = new Set<string>();
  // A line written back as it was before the office took it out keeps its figures' id.
  const back = (l: { label: string; of?: string }) =>
    retired.find((r) => key(r.label) === key(l.label) && basisOf(r) === l.of)?.id;
  const ids = lines.map((l, i) => {
    const same = oldByLabel.get(key(l.label)) ?? back(l);
    const inPlace = old[i];
    const id =
      same ??
      (inPlace &&
      !kept.has(key(inPlace.label)) &&
      basisOf(inPlace) === l.of &&
      typeof inPlace.id === 'string'
        ? inPlace.id
        : undefined);
    if (id && !taken.has(id)) {
      taken.add(id);
      return id;
    }
    return undefined;
  });
  // A new line's id is none of the kept ones, none made earlier in this save, and none of a
  // removed figure (whose reported figures are still stored under it).
  for (const m of old) if (typeof m.id === 'string') taken.add(m.id);
  for (const r of retired) taken.add(r.id);
  return lines.map((l, i) => ({
    id: ids[i] ?? idFromLabel(l.label, taken),
    label: l.label,
    // A word not understood stays as typed: formProblems names it, the loader never sees it saved.
    of: l.of ?? l.base,
  }));
}

/** A links line read: "tên | địa chỉ", or the old "key | địa chỉ | chú thích" naming its key. */
export interface LinkLine {
  /** The key the line names itself (the old three-part way, or a line without "|"). */
  key?: string;
  label: string;
  url: string;
}

/** An address as a links line holds it: a scheme, then no space ("https://…", "tel:115"). */
const isAddress = (p: string) => /^[a-z][a-z0-9+.-]*:\S*$/i.test(p);

/**
 * One line of the links field. Its address is its first part after a "|" that reads as an
 * address, up to the line's end: an address or a caption may hold a "|" of its own
 * ("https://a.vn/x?a=1|2", "Zalo | Nhóm hỗ trợ"). Without any, the line splits at its first "|".
 * The old three-part way ("zalo | https://… | Nhóm Zalo") only when its first part is a bare key,
 * followed by a spaced " | ", and no part but the second reads as an address.
 */
export function readLinkLine(line: string): LinkLine {
  const segs = line.split('|');
  const first = segs[0]?.trim() ?? '';
  if (segs.length === 1) return { key: first, label: '', url: '' };
  const second = segs[1]?.trim() ?? '';
  const at = segs.findIndex((p, n) => n > 0 && isAddress(p.trim()));
  if (
    segs.length >= 3 &&
    /^[a-z0-9_]+$/i.test(first) &&
    // The address second, or none further on ("zalo | zalo.me/g/abc | …" is the loader's to name).
    (second === '' || at === 1 || at < 0) &&
    (/\s$/.test(segs[1] ?? '') || /^\s/.test(segs[2] ?? ''))
  )
    return { key: first, url: second, label: segs.slice(2).join('|').trim() };
  const cut = at > 0 ? at : 1;
  return { label: segs.slice(0, cut).join('|').trim(), url: segs.slice(cut).join('|').trim() };
}

/** A links line's name, as fromFormText makes it. */
export const linkName = (line: string, i: number) => {
  const read = readLinkLine(line);
  return read.key || read.label || `link${i + 1}`;
};

type OldLink = { url?: unknown; label?: unknown };

/** A link's key made from its caption: "Nhóm Zalo của thôn" → nhom_zalo_cua_thon. */
export const keyFromLabel = (label: string, i: number) =>
  slugify(label).replace(/-/g, '_').slice(0, 40).replace(/_+$/, '') || `link${i + 1}`;

/**
 * The links of the form's lines, each "tên | địa chỉ": the words printed under its code, then
 * its address. Each keeps the key it has in the file (the body's {{links.zalo.url}} names it):
 * every line is first matched to the link of the same address, then the rest to the link of the
 * same caption, and all those keys are kept for them; only then does a new line get a key made
 * from its caption, never one the file has (a link taken out may still be named in the body) nor
 * `contest`. A line of three parts ("zalo | https://… | Nhóm Zalo", as the form was written
 * before) names its key itself. A line without "|" is formProblems' to name.
 */
export function linksFromForm(
  text: string,
  old: Readonly<Record<string, OldLink>>,
): Record<string, { url: string; label: string }> {
  const lines = nonEmptyLines(text).map(readLinkLine);
  // Keys the office wrote itself come first, then every key the file has, and the contest's.
  const taken = new Set<string>(['contest', ...Object.keys(old)]);
  const claimed = new Set<string>();
  const keys: (string | undefined)[] = lines.map((l, i) => {
    if (l.key === undefined) return undefined;
    const key = l.key || `link${i + 1}`;
    taken.add(key);
    claimed.add(key);
    return key;
  });
  const pool = Object.entries(old).map(([key, l]) => ({
    key,
    url: String(l?.url ?? '').trim(),
    label: String(l?.label ?? '').trim(),
  }));
  const matched = new Map<number, (typeof pool)[number]>();
  const same = (a: string, b: string) => a.toLocaleLowerCase('vi') === b.toLocaleLowerCase('vi');
  const match = (find: (l: LinkLine, o: (typeof pool)[number]) => boolean) =>
    lines.forEach((l, i) => {
      if (keys[i] !== undefined) return;
      const o = pool.find((o) => !claimed.has(o.key) && find(l, o));
      if (!o) return;
      claimed.add(o.key);
      keys[i] = o.key;
      matched.set(i, o);
    });
  match((l, o) => l.url !== '' && o.url === l.url);
  match(
    (l, o) => l.label !== '' && (same(o.label, l.label) || (o.label === '' && o.key === l.label)),
  );
  const out = lines.map((l, i): [string, { url: string; label: string }] => {
    let key = keys[i];
    if (key === undefined) {
      key = keyFromLabel(l.label, i);
      for (let n = 2; taken.has(key); n++) key = `${keyFromLabel(l.label, i)}_${n}`;
      taken.add(key);
    }
    const before = matched.get(i);
    // A link with no caption of its own was shown by its key: its key is no caption.
    const label = before && before.label === '' && l.label === key ? '' : l.label;
    return [key, { url: l.url, label }];
  });
  return Object.fromEntries(out);
}

/** A measure the office took out while groups had reported on it (retired-measures.ts). */
export interface RetiredMeasure {
  id: string;
  label: string;
  of: string;
}

export interface FormProblems {
  /** What the form's text says wrong before it is YAML, at its field (and line). */
  errors: UserError[];
  /** The YAML paths these problems stand for: the loader's problems there are not shown again. */
  covered: string[];
}

/**
 * Problems of the form's own text, said as the form is written: a date that is no date, a
 * links line without its "|". The loader would see only what they became (an empty address).
 */
export function formProblems(form: Record<string, string>): FormProblems {
  const errors: UserError[] = [];
  const covered: string[] = [];
  for (const d of FIELDS) {
    const t = clean(form[fieldName(d)] ?? '');
    const field = fieldName(d);
    if (d.type === 'date' && t !== '') {
      const date = readDate(t);
      if ('problem' in date) {
        errors.push(
          new UserError(
            verbatim(
              date.problem === 'shape'
                ? `Ghi ngày theo dạng ngày/tháng/năm, ví dụ 30/11/2026; đang là “${t}”.`
                : `“${t}” không phải là ngày có trên lịch.`,
            ),
            { field },
          ),
        );
        covered.push(field);
      }
    }
    if (d.type === 'appendix') {
      const count = appendixEntries(t).length;
      if (count > MAX_APPENDICES) {
        errors.push(
          new UserError(
            verbatim(
              `Văn bản có ${count} phụ lục; phần mềm chỉ lưu được tối đa ${MAX_APPENDICES} phụ lục. Hãy gộp bớt phụ lục rồi bấm Lưu.`,
            ),
            { field },
          ),
        );
        covered.push(field);
      }
    }
    if (d.type === 'measures') {
      measureLines(t).forEach((line, i) => {
        if (line.of) return;
        const where = `Dòng ${i + 1} (“${line.label}”)`;
        errors.push(
          new UserError(
            verbatim(
              `${where}: thiếu “| người”, “| hộ”, “| đồng”, “| đơn vị tính” (kg, bao, lượt…) hoặc “| tên cột số của danh sách” ở cuối dòng. Ví dụ: Số người tham gia cuộc thi | người; Số cử tri đã đi bầu | Số cử tri; Số tiền đã thu | đồng; Rác thu gom | kg.`,
            ),
            { field },
          ),
        );
        covered.push(`${field}.${i}.of`);
      });
    }
    if (d.type === 'actions') {
      // "việc | tên cột | …": fromFormText keeps two parts, so a third would be lost without a
      // word; refused here as campaign.yaml's "step: a | b | c" is (checkActionBars).
      nonEmptyLines(t).forEach((line, i) => {
        const bars = line.split('|').length - 1;
        if (bars < 2 || (bars === 2 && isWriteMark(line.split('|')[2]))) return;
        const [step = '', ...rest] = withoutListMark(line)
          .split('|')
          .map((p) => p.trim());
        errors.push(
          new UserError(
            verbatim(
              `Dòng ${i + 1} (“${line}”) có ${bars} dấu “|”: mỗi dòng chỉ có một dấu “|”, giữa việc và tên cột ngắn của bảng theo dõi, phần sau dấu “|” thứ hai sẽ bị bỏ. Ví dụ: ${step} | ${rest.filter(Boolean).join(' ')}.`,
            ),
            { field },
          ),
        );
        covered.push(`${field}.${i}`);
      });
    }
    if (d.type === 'prizes') {
      nonEmptyLines(t).forEach((line, i) => {
        const read = readPrizeLine(line);
        if ('problem' in read) {
          errors.push(
            new UserError(verbatim(`Dòng ${i + 1} (“${line}”): ${read.problem}`), { field }),
          );
          covered.push(`${field}.${i}`);
        }
      });
    }
    if (d.type === 'links') {
      nonEmptyLines(t).forEach((line, i) => {
        if (line.includes('|')) return;
        errors.push(
          new UserError(
            verbatim(
              `Dòng ${i + 1}: thiếu dấu “|”. Mỗi dòng viết: tên | địa chỉ, ví dụ: Nhóm Zalo của thôn | https://zalo.me/g/abc123.`,
            ),
            { field },
          ),
        );
        covered.push(`${field}.${linkName(line, i)}`);
      });
    }
  }
  for (const p of prizePairProblems(form)) {
    errors.push(p.error);
    covered.push(p.field);
  }
  return { errors, covered };
}

/** A prize's name without what it is, or what it is without its name: said at the empty one. */
function prizePairProblems(form: Record<string, string>) {
  const text = (name: string) => clean(form[name] ?? '');
  const pairs = [
    {
      name: 'contest.prizes.community.title',
      what: 'contest.prizes.community.detail',
      say: 'Giải tập thể có nội dung thì cần cả tên giải, ví dụ: Giải cộng đồng lan tỏa mạnh nhất.',
      sayWhat:
        'Giải tập thể có tên thì cần cả nội dung: ai được giải, giải gồm những gì. Ví dụ: 01 giải cho khu phố có tỉ lệ tham gia cao nhất, 3.000.000 đồng.',
    },
    {
      name: 'contest.prizes.individual.title',
      what: 'contest.prizes.individual.items',
      say: 'Có các giải cá nhân thì cần cả tên giải, ví dụ: Giải cá nhân học tập tích cực.',
      sayWhat: '',
    },
  ];
  const out: { error: UserError; field: string }[] = [];
  for (const p of pairs) {
    const [name, what] = [text(p.name), text(p.what)];
    if (name === '' && what !== '')
      out.push({ error: new UserError(verbatim(p.say), { field: p.name }), field: p.name });
    if (name !== '' && what === '' && p.sayWhat)
      out.push({ error: new UserError(verbatim(p.sayWhat), { field: p.what }), field: p.what });
  }
  return out;
}

/** Sets `value` at `path`, keeping the node (and its comments) when it is a scalar already. */
function put(doc: Document, path: readonly string[], value: unknown): void {
  if (value === undefined) {
    if (doc.hasIn(path)) doc.deleteIn(path);
    return;
  }
  // A parent written as `contest: null` (or missing) becomes a map first.
  for (let n = 1; n < path.length; n++) {
    const parent = doc.getIn(path.slice(0, n), true);
    if (!isMap(parent)) doc.setIn(path.slice(0, n), doc.createNode({}));
  }
  const node = doc.getIn(path, true);
  if (isScalar(node) && (typeof value !== 'object' || value === null)) {
    node.value = value;
    if (typeof value === 'string' && value.includes('\n')) node.type = Scalar.BLOCK_LITERAL;
    return;
  }
  if (isSeq(node) && Array.isArray(value) && value.every((v) => typeof v !== 'object')) {
    // Item by item: a comment on a line the office did not change stays on it.
    value.forEach((v, i) => {
      const item = node.items[i];
      if (isScalar(item)) item.value = v;
      else node.items[i] = doc.createNode(v);
    });
    node.items.length = value.length;
    return;
  }
  const created = doc.createNode(value);
  if (isScalar(created) && typeof value === 'string' && value.includes('\n')) {
    created.type = Scalar.BLOCK_LITERAL;
  }
  doc.setIn(path, created);
}

/**
 * The appendices written back: the same as the file has them (titles and texts alike), the
 * file's own writing stays; else each text with more than one line as a block (`body: |`), as
 * `import-docx` writes it, so the file stays readable to whoever opens it.
 */
function putAppendix(
  doc: Document,
  path: readonly string[],
  list: AppendixEntry[] | undefined,
): void {
  const old = doc.getIn(path, true);
  // Read as the form reads it (appendixList), so a hand-written title over two lines, a double
  // space or a comment is no change.
  const before = isSeq(old) ? appendixList(old.toJSON()) : [];
  if (JSON.stringify(list ?? []) === JSON.stringify(before)) return;
  put(doc, path, list);
  (list ?? []).forEach((a, i) => {
    for (const part of ['title', 'body'] as const) {
      const node = doc.getIn([...path, i, part], true);
      if (isScalar(node) && a[part].includes('\n')) node.type = Scalar.BLOCK_LITERAL;
    }
  });
}

/**
 * The prizes as the loader takes them, once the form's fields are in: a kind of prize left
 * with no field at all is removed (and `prizes` with none); an individual prize named without
 * lines keeps its name, with no items.
 */
function tidyPrizes(doc: Document): void {
  for (const kind of ['community', 'individual']) {
    const node = doc.getIn(['contest', 'prizes', kind], true);
    if (isMap(node) && node.items.length === 0) doc.deleteIn(['contest', 'prizes', kind]);
  }
  const individual = doc.getIn(['contest', 'prizes', 'individual'], true);
  if (isMap(individual) && !individual.has('items')) individual.set('items', doc.createNode([]));
  const prizes = doc.getIn(['contest', 'prizes'], true);
  if (isMap(prizes) && prizes.items.length === 0) doc.deleteIn(['contest', 'prizes']);
}

/** The document with the form's values in place. */
export function applyForm(
  doc: Document,
  form: Record<string, string>,
  retired: readonly RetiredMeasure[] = [],
): void {
  const before = doc.clone();
  // A map written as its file name alone becomes its file and caption, as the form has them.
  const map = doc.getIn(['assets', 'map'], true);
  if (isScalar(map) && typeof map.value === 'string')
    doc.setIn(['assets', 'map'], doc.createNode({ file: map.value }));
  for (const section of SECTIONS) {
    const texts = section.fields.map((d) => clean(form[fieldName(d)] ?? ''));
    if (section.optionalKey && texts.every((t) => t === '')) {
      // A part the campaign does not have: left out (the loader reads it as null), or kept as
      // the office wrote it (`contest: null`); never added (qa43 m11: saving the measures
      // appended `payment: null`, `contest: null` to the office's file).
      const node = doc.getIn([section.optionalKey], true);
      if (node !== undefined && !(isScalar(node) && node.value === null))
        doc.deleteIn([section.optionalKey]);
      continue;
    }
    section.fields.forEach((d, i) => {
      const text = texts[i] ?? '';
      // Written below, once the links field has written the other links.
      if (CONTEST_PAGE_FIELDS.includes(fieldName(d))) return;
      if (d.type === 'measures') {
        const old = doc.getIn(d.path);
        const before = isSeq(old)
          ? (old.toJSON() as { id?: unknown; label?: unknown; of?: unknown }[])
          : [];
        const value = text === '' ? undefined : measuresFromForm(text, before, retired);
        // The same measures as before: the file's own writing (flow maps, comments) stays.
        if (value && JSON.stringify(value) === JSON.stringify(before)) return;
        put(doc, d.path, value);
        return;
      }
      if (d.type === 'prizes') {
        const old = doc.getIn(d.path);
        const value = fromFormText(d, text);
        // The same prizes as before: the file's own writing (flow maps, comments) stays.
        if (isSeq(old) && JSON.stringify(value) === JSON.stringify(old.toJSON())) return;
      }
      if (d.type === 'links') {
        const old = doc.getIn(d.path);
        const before = isMap(old) ? (old.toJSON() as Record<string, OldLink>) : {};
        // With a contest, its page is the contest's fields' (putContestPage), not a line here.
        const { contest: _page, ...others } = before;
        const keep = clean(form['links.contest.url'] ?? '') !== '' ? others : before;
        put(doc, d.path, text === '' ? undefined : linksFromForm(text, keep));
        return;
      }
      if (d.type === 'appendix') {
        putAppendix(doc, d.path, fromFormText(d, text) as AppendixEntry[] | undefined);
        return;
      }
      put(doc, d.path, fromFormText(d, text));
    });
  }
  tidyPrizes(doc);
  putContestPage(doc, form);
  // `assets` and `report` left with no key at all are removed rather than written as `{}`.
  for (const key of ['assets', 'report']) {
    const node = doc.getIn([key], true);
    if (isMap(node) && node.items.length === 0) doc.deleteIn([key]);
  }
  keepFlow(before.contents, doc.contents);
  dropStaleGuesses(before, doc);
}

/**
 * How long (as JSON) a list or map the office wrote in flow style (`[a, b]`, `{ url: …, label: … }`)
 * may grow and still be written so once the form changed it; longer, it is written a line an item.
 */
const FLOW_FITS = 100;

const jsonOf = (node: { toJSON(): unknown }): string | undefined => {
  try {
    return JSON.stringify(node.toJSON());
  } catch {
    return undefined;
  }
};

/**
 * The file's flow collections written in flow style again where the form rebuilt them (the links,
 * the measures, a list changed): the same value always, a changed one while it fits (FLOW_FITS);
 * a value written again as it was, with its quotes; a list's or map's comment kept.
 * Matched by key, and by place in a list (an item added takes the style of the list's last).
 */
function keepFlow(old: unknown, now: unknown): void {
  // A value the form wrote again as it was keeps its quotes too (`url: "https://…"`).
  if (isScalar(old) && isScalar(now) && now.type === undefined && old.value === now.value)
    now.type = old.type;
  if (!isCollection(old) || !isCollection(now)) return;
  // The comment on a list or map the form wrote anew (`links: # every URL printed …`) stays.
  now.commentBefore ??= old.commentBefore;
  now.comment ??= old.comment;
  if (old.flow && !now.flow) {
    const value = jsonOf(now);
    if (value !== undefined && (value === jsonOf(old) || value.length <= FLOW_FITS))
      now.flow = true;
  }
  if (isSeq(old) && isSeq(now)) {
    now.items.forEach((item, i) => {
      keepFlow(old.items[Math.min(i, old.items.length - 1)], item);
    });
  } else if (isMap(old) && isMap(now)) {
    for (const pair of now.items)
      keepFlow(old.get(isScalar(pair.key) ? pair.key.value : pair.key, true), pair.value);
  }
}

/**
 * The contest's page fields, written as the link `links.contest`, first among the links (the
 * links field wrote the others). Both left empty, the links stay as the links field wrote them:
 * a campaign with no contest keeps a link it named `contest`, and a contest without a page is
 * the loader's error, shown at the "Trang cuộc thi" field.
 */
function putContestPage(doc: Document, form: Record<string, string>): void {
  const [url = '', label = ''] = CONTEST_PAGE_FIELDS.map((name) => clean(form[name] ?? ''));
  if (url === '' && label === '') return;
  const page = doc.createNode({ url, label: label || CONTEST_PAGE_LABEL });
  const links = doc.getIn(['links'], true);
  if (!isMap(links)) {
    doc.setIn(['links'], doc.createNode({}));
  }
  const map = doc.getIn(['links'], true);
  if (!isMap(map)) return;
  map.delete('contest');
  map.items.unshift(doc.createPair('contest', page));
}

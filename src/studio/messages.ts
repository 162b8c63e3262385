/**
 * Studio: the loader's messages in Vietnamese. The load stage words its problems in English (for
 * the CLI); the office reads them here. Each entry matches one English form and says it again;
 * a message no entry knows is shown in English, never dropped — the catalogue grows with use.
 */
import type { UserError } from '../errors.js';

type Rule = readonly [RegExp, (m: RegExpExecArray) => string];

const q = (s: string | undefined) => `“${s ?? ''}”`;

/** What a YAML value was, as the English message says it ("the text \"abc\"", "a list"). */
function shown(what: string | undefined): string {
  if (!what) return '';
  const text = /^the text "(.*)"$/.exec(what)?.[1];
  if (text !== undefined) return `“${text}”`;
  const n = /^the number (.*)$/.exec(what)?.[1];
  if (n !== undefined) return `số ${n}`;
  return (
    { nothing: 'để trống', 'a list': 'một danh sách', 'a group of fields': 'một nhóm trường' }[
      what
    ] ?? what
  );
}

const RULES: readonly Rule[] = [
  // campaign.yaml (load/campaign-errors.ts, campaign-checks.ts)
  [/^the required field "(.+)" is missing from/, () => 'Chưa điền: đây là mục bắt buộc.'],
  [/is empty: it must be filled in$/, () => 'Chưa điền: đây là mục bắt buộc.'],
  [/^.+ is empty$/, () => 'Không được để trống.'],
  [/has no entries: it needs at least one$/, () => 'Cần ít nhất một dòng.'],
  [
    /must be a date written YYYY-MM-DD, but it is (.+)$/,
    (m) => `Ngày phải viết dạng năm-tháng-ngày, ví dụ 2026-11-30; đang là ${shown(m[1])}.`,
  ],
  [/is not a real date \((.+)\)$/, (m) => `Không có ngày này trên lịch: ${shown(m[1])}.`],
  [
    /must be a full web address starting with https:\/\/ or http:\/\/, but it is (.+)$/,
    (m) =>
      `Phải là địa chỉ web đầy đủ, bắt đầu bằng https:// hoặc http://; đang là ${shown(m[1])}.`,
  ],
  [
    /must be a whole number, but it is (.+)$/,
    (m) => `Phải là một số nguyên; đang là ${shown(m[1])}.`,
  ],
  [/must be a number, but it is (.+)$/, (m) => `Phải là một số; đang là ${shown(m[1])}.`],
  [/must be (\d+) or more$/, (m) => `Phải từ ${m[1]} trở lên.`],
  [/must be a text, but it is (.+)$/, (m) => `Phải là chữ; đang là ${shown(m[1])}.`],
  [/must be a list, but it is (.+)$/, (m) => `Phải là một danh sách; đang là ${shown(m[1])}.`],
  [
    /^"(.+)" is not a field of (.+), so it would not be printed$/,
    (m) => `Mục ${q(m[1])} không có trong mẫu chiến dịch nên sẽ không được in.`,
  ],
  [/^the URL "(.+)" contains a space$/, (m) => `Địa chỉ ${q(m[1])} có dấu cách.`],
  [/^the URL "(.+)" is not a web address$/, (m) => `${q(m[1])} không phải là địa chỉ web.`],
  [
    /^the URL "(.+)" must start with https:\/\/ or http:\/\/( and a domain)?$/,
    (m) =>
      `Địa chỉ ${q(m[1])} phải bắt đầu bằng https:// hoặc http://${m[2] ? ' và tên miền' : ''}.`,
  ],
  [/^the URL "(.+)" has no domain/, (m) => `Địa chỉ ${q(m[1])} thiếu tên miền (ví dụ .gov.vn).`],
  [
    /^the URL "(.+)" has a malformed domain/,
    (m) => `Tên miền trong địa chỉ ${q(m[1])} không đúng.`,
  ],
  [
    /^the URL "(.+)" must not contain a user name or password$/,
    (m) => `Địa chỉ ${q(m[1])} không được chứa tên đăng nhập hay mật khẩu.`,
  ],
  [
    /^the URL is too long for a printed QR code/,
    () =>
      'Địa chỉ quá dài: mã QR in ra sẽ quá dày, điện thoại khó quét. Hãy dùng địa chỉ ngắn hơn.',
  ],
  [
    /^the contest ends \((.+)\) before it starts \((.+)\)$/,
    (m) => `Cuộc thi kết thúc (${m[1]}) trước ngày bắt đầu (${m[2]}).`,
  ],
  [
    /^the notice is dated (.+), after the contest starts \((.+)\)$/,
    (m) => `Văn bản đề ngày ${m[1]}, sau ngày cuộc thi bắt đầu (${m[2]}).`,
  ],
  [
    /^the logo "(.+)" is outside the campaign's folder$/,
    (m) => `Ảnh logo ${q(m[1])} nằm ngoài thư mục chiến dịch.`,
  ],
  [/^(.+) is not valid \((.+)\)$/, (m) => `Giá trị không hợp lệ: ${shown(m[2])}.`],
  [
    /^invalid YAML( at line (.+)|: .*)$/,
    (m) =>
      `Tệp campaign.yaml sai cú pháp YAML${m[2] ? ` ở dòng ${m[2]}` : ''}: sửa tệp bằng trình soạn thảo.`,
  ],
  // The groups file (load/groups/*)
  [/^the id is empty$/, () => 'Thiếu số thứ tự / mã tổ.'],
  [/^the name is empty$/, () => 'Thiếu tên tổ dân phố.'],
  [
    /^"(.*)" is not a whole number$/,
    (m) => `${q(m[1])} không phải là số nguyên: chỉ ghi chữ số, ví dụ 245.`,
  ],
  [/^the id "(.+)" is already used by row (\d+)$/, (m) => `Mã ${q(m[1])} trùng với dòng ${m[2]}.`],
  [
    /^the cell shows the formula error (.+)$/,
    (m) => `Ô này báo lỗi công thức ${m[1]}: sửa công thức hoặc gõ giá trị.`,
  ],
  [
    /^the phone "(.+)" is a number cell and has lost digits/,
    (m) =>
      `Số điện thoại ${q(m[1])} bị Excel lưu dạng số nên mất số 0 đầu: định dạng cột là Văn bản (Text) rồi gõ lại.`,
  ],
  [
    /^no "(.+)" column in the header \(found: (.*)\)$/,
    (m) => `Dòng tiêu đề không có cột ${q(m[1])} (có: ${m[2] || 'không có gì'}).`,
  ],
  [/^the file has a header but no groups$/, () => 'Tệp có dòng tiêu đề nhưng không có tổ nào.'],
  [/^the file is empty$/, () => 'Tệp trống.'],
  [/^the workbook has no data$/, () => 'Tệp Excel không có dữ liệu.'],
  [/^the file is not a readable Excel workbook$/, () => 'Không đọc được tệp Excel này.'],
  [
    /^the row has (\d+) fields but the header has (\d+)$/,
    (m) => `Dòng có ${m[1]} ô nhưng dòng tiêu đề có ${m[2]} cột.`,
  ],
  [
    /^the file is not UTF-8: it was read as Windows-1258/,
    () => 'Tệp không ở dạng UTF-8: đã đọc theo bảng mã Windows-1258 và chuyển đổi.',
  ],
  [/^the file is not UTF-8/, () => 'Tệp không ở dạng UTF-8. Trong Excel: Lưu thành → CSV UTF-8.'],
  [
    /font, not in Unicode/,
    () =>
      'Chữ được gõ bằng phông cũ (TCVN3/VNI), không phải Unicode. Dùng Unikey chuyển mã sang Unicode.',
  ],
  // Templates and rendering (template/, kinds/, layout/, output/inputs.ts)
  [/^no group with id "(.+)"$/, (m) => `Không có tổ mã ${q(m[1])}.`],
  [
    /^the template has no "@@ (.+)" section$/,
    (m) => `Mẫu văn bản thiếu phần “@@ ${m[1]}”: thêm một dòng “@@ ${m[1]}”.`,
  ],
  [
    /^template error(?: at "(.+?)")?: (.+)$/s,
    (m) => `Mẫu văn bản có lỗi${m[1] ? ` ở ${q(m[1])}` : ''}: ${templateDetail(m[2] ?? '')}`,
  ],
  [
    /^(.+) \(line (\d+) of section "@@ (.+)" as filled in\)$/s,
    (m) => `${inVietnamese(m[1] ?? '')} (dòng ${m[2]} của phần “@@ ${m[3]}” sau khi điền)`,
  ],
  [
    /^the flyer text does not fit on an A5 page/,
    () => 'Nội dung tờ rơi không vừa một trang A5, kể cả khi thu nhỏ chữ: hãy rút gọn.',
  ],
  [
    /^the "@@ (.+)" section names (\d+) QR codes; this document has room for (\d+)$/,
    (m) => `Phần “@@ ${m[1]}” có ${m[2]} mã QR; văn bản này chỉ in được ${m[3]}.`,
  ],
  [
    /^a line of the "@@ (.+)" section does not start with a web address: "(.*)"$/s,
    (m) => `Một dòng của phần “@@ ${m[1]}” không bắt đầu bằng địa chỉ web: ${q(m[2])}.`,
  ],
  [/^cannot read the (.+) image$/, (m) => `Không đọc được ảnh (${m[1]}).`],
  [
    /^the link (.+) is too long for a QR code on the (.+): it needs (\d+) mm, the page has room for (\d+) mm$/,
    (m) =>
      `Địa chỉ ${m[1]} quá dài để in mã QR (${m[2]}): cần ${m[3]} mm, trang chỉ có chỗ ${m[4]} mm. Hãy dùng địa chỉ ngắn hơn.`,
  ],
];

/** What Handlebars or the template check said was wrong, in Vietnamese where it is known. */
function templateDetail(detail: string): string {
  const known: readonly Rule[] = [
    [/^unknown variable "(.+)"/, (m) => `không có biến ${q(m[1])}.`],
    [/^"(.+)" not defined/, (m) => `không có biến ${q(m[1])}.`],
    [/^unknown helper "(.+)"/, (m) => `không có hàm ${q(m[1])}.`],
    [/^partials are not supported/, () => 'không dùng được mẫu con {{> …}}.'],
    [/Parse error|Expecting|unclosed|doesn't match/i, () => 'sai cú pháp {{…}}.'],
  ];
  for (const [pattern, say] of known) {
    const m = pattern.exec(detail);
    if (m) return say(m);
  }
  return detail;
}

/** The message in Vietnamese, or as the loader wrote it when the catalogue does not know it. */
export function inVietnamese(message: string): string {
  for (const [pattern, say] of RULES) {
    const m = pattern.exec(message);
    if (m) return say(m);
  }
  return message;
}

export interface ShownProblem {
  /** The loader's field (a YAML path or a column header), when it named one. */
  field?: string;
  row?: number;
  message: string;
}

export function showProblem(e: UserError): ShownProblem {
  return { field: e.where.field, row: e.where.row, message: inVietnamese(e.message) };
}

/**
 * Studio: the Word import's notes in Vietnamese. The importer (load/docx) words its guesses and
 * warnings in English for the CLI; the office reviews them here. Each rule matches one English
 * form and says it again; a sentence no rule knows is shown as the importer wrote it, never
 * dropped (the catalogue grows with use, as messages.ts does).
 */
import type { Guess, ImportWarning } from '../load/docx/import-docx.js';
import type { Source } from '../load/docx/provenance.js';

type Rule = readonly [RegExp, (m: RegExpExecArray) => string];

const q = (s: string | undefined) => `“${s ?? ''}”`;

const MARKS: Record<string, string> = {
  underline: 'gạch chân',
  strikethrough: 'gạch ngang',
  superscript: 'chỉ số trên',
  subscript: 'chỉ số dưới',
};

const PARTS: Record<string, string> = {
  header: 'đầu trang (header)',
  footer: 'chân trang (footer)',
  comments: 'ghi chú (comment)',
};

const RULES: readonly Rule[] = [
  // Warnings (body-markdown.ts, header.ts, tail.ts, notice-draft.ts, import-docx.ts)
  [
    /^a picture \((.+)\) is not imported: a notice prints no pictures/,
    (m) =>
      `Hình ảnh (${m[1]}) không được đưa vào: thông báo không in hình; nếu là mã QR, hãy ghi địa chỉ web của nó vào nội dung.`,
  ],
  [
    /^a picture \((.+)\) in the header is not imported$/,
    (m) => `Hình ảnh (${m[1]}) ở phần đầu văn bản không được đưa vào.`,
  ],
  [/^a picture \((.+)\) is not imported$/, (m) => `Hình ảnh (${m[1]}) không được đưa vào.`],
  [
    /^its footnote is not imported: "(.*)"/s,
    (m) =>
      `Chú thích cuối trang không được đưa vào: ${q(m[1])} (nếu cần in, hãy viết vào nội dung).`,
  ],
  [
    /^this text is in a text box/,
    () => 'Đoạn này nằm trong hộp văn bản (text box): đã đưa vào tại chỗ neo hộp; xem lại vị trí.',
  ],
  [
    /^Word numbers this heading itself/,
    () => 'Word tự đánh số đề mục này nên số không có trong chữ: hãy gõ số vào.',
  ],
  [
    /^(.+) cannot be printed: the text is kept without it$/,
    (m) =>
      `Không in được kiểu ${(m[1] ?? '')
        .split(', ')
        .map((k) => MARKS[k] ?? k)
        .join(', ')}: giữ lại chữ, bỏ kiểu này.`,
  ],
  [
    /^paragraphs (\d+)–(\d+) are a list Word numbers itself/,
    (m) =>
      `Các đoạn ${m[1]}–${m[2]} là danh sách Word tự đánh số: ở đây đánh 1., 2., …; xem lại số và kiểu số (a), b), …).`,
  ],
  [
    /^table (\d+) has merged cells/,
    (m) => `Bảng ${m[1]} có ô gộp: đã tách ra, chữ nằm ở ô đầu; xem lại bảng.`,
  ],
  [
    /^the notice has no number yet/,
    () => 'Văn bản chưa có số: cần điền số văn bản (notice.number).',
  ],
  [
    /^the date is not a real day/,
    () => 'Ngày tháng không có trên lịch: cần điền ngày ban hành (issued).',
  ],
  [
    /^a rule drawn with characters is not imported/,
    () => 'Đường kẻ gõ bằng ký tự không được đưa vào (thông báo tự kẻ đường của nó).',
  ],
  [
    /^a header line that is none of the notice’s fields/,
    () => 'Dòng ở phần đầu không thuộc mục nào của thông báo: không đưa vào.',
  ],
  [/^Word reader: (.*)$/s, (m) => `Trình đọc Word báo: ${m[1]}`],
  [
    /^Word styles imported as plain text \(their look is not kept\): (.*)$/s,
    (m) =>
      `Các kiểu (style) Word sau được đưa vào như chữ thường, không giữ hình thức: ${(m[1] ?? '').replace(/"([^"]*)"/g, '“$1”')}.`,
  ],
  [
    /^the document's (\w+) holds "(.*)": not imported$/s,
    (m) => `Phần ${PARTS[m[1] ?? ''] ?? m[1]} của tài liệu có ${q(m[2])}: không đưa vào.`,
  ],
  [/^(.+) was not found: fill it in$/, (m) => `Không thấy ${m[1]} trong văn bản: hãy điền.`],
  [
    /^no "Kính gửi:" line was found/,
    () => 'Không thấy dòng “Kính gửi:”: cần điền danh sách kính gửi (notice.recipients).',
  ],
  [
    /^a note in place of the signature: not imported$/,
    () => 'Ghi chú ở chỗ chữ ký: không đưa vào.',
  ],
  [
    /^after the signature and not part of it: not imported$/,
    () => 'Nằm sau chữ ký và không thuộc phần chữ ký: không đưa vào.',
  ],
  // How a guess was made (header.ts, notice-draft.ts, tail.ts)
  [
    /^the bold lines are the issuer, those above them its superior body$/,
    () => 'các dòng in đậm là cơ quan ban hành, các dòng phía trên là cơ quan chủ quản',
  ],
  [
    /^the issuer starts at "(.+)", the lines above are its superior body$/,
    (m) => `cơ quan ban hành bắt đầu từ ${q(m[1])}, các dòng phía trên là cơ quan chủ quản`,
  ],
  [
    /^of three lines, the first is the superior body$/,
    () => 'trong ba dòng, dòng đầu là cơ quan chủ quản',
  ],
  [
    /^every line above the number is the issuer$/,
    () => 'mọi dòng phía trên số văn bản là cơ quan ban hành',
  ],
  [
    /^paragraphs (\d+) to (\d+): everything between "Kính gửi" and the signature$/,
    (m) => `các đoạn ${m[1]} đến ${m[2]}: mọi thứ giữa “Kính gửi” và chữ ký`,
  ],
  [
    /^the issuer’s last line in running-text case$/,
    () => 'dòng cuối của tên cơ quan ban hành, viết thường như trong câu',
  ],
  [/^the office "(.*)" in the notice's symbol$/, (m) => `bộ phận ${q(m[1])} trong ký hiệu văn bản`],
  [/^the first line under the signer’s titles$/, () => 'dòng đầu tiên dưới chức danh người ký'],
  [/^the upper-case lines of the signature$/, () => 'các dòng chữ in hoa của phần chữ ký'],
];

/** The importer's sentence in Vietnamese, or as it wrote it when no rule knows it. */
export function importNoteInVietnamese(sentence: string): string {
  for (const [pattern, say] of RULES) {
    const m = pattern.exec(sentence);
    if (m) return say(m);
  }
  return sentence;
}

/** `đoạn 3 (“Số: 05/UBND-VHXH”)`, or `các đoạn 3, 4 (…)`. */
export function sourcesInVietnamese(from: readonly Source[]): string {
  const [first] = from;
  if (!first) return 'không có trong văn bản';
  const numbers = from.map((s) => s.paragraph).join(', ');
  return `${from.length > 1 ? 'các đoạn' : 'đoạn'} ${numbers} (${q(first.text)})`;
}

export function guessInVietnamese(g: Guess): string {
  const how = g.how ? ` (${importNoteInVietnamese(g.how)})` : '';
  // The body is summed up by its size ("24 paragraphs"), not quoted.
  const size = /^(\d+) paragraphs?$/.exec(g.value)?.[1];
  const value = size ? `${size} đoạn` : q(g.value);
  return `Đã đọc ${g.field}: ${value} — ${sourcesInVietnamese(g.from)}${how}`;
}

export function warningInVietnamese(w: ImportWarning): string {
  const said = importNoteInVietnamese(w.message);
  if (w.paragraph === undefined) return said;
  return `đoạn ${w.paragraph}${w.text ? ` (${q(w.text)})` : ''}: ${said}`;
}

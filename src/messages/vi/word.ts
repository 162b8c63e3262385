/**
 * Vietnamese for the Word import (load/docx): its guesses and warnings, and import-docx's report.
 * Keys are the English templates as `msg` makes them (`{0}` for each value); see ../message.ts.
 */
export const WORD = (): Record<string, string> => ({
  'guesses (each has a comment in campaign.yaml; check them):':
    'những chỗ đoán (mỗi chỗ có ghi chú trong campaign.yaml; hãy kiểm tra):',
  'from {0}': 'lấy từ {0}',
  'warnings ({0}: not imported as the document has it):':
    'cảnh báo ({0}: chưa đưa vào đúng như trong văn bản):',
  'wrote {0}': 'đã ghi {0}',
  'the office "{0}" that keeps a copy ("Lưu: VT, {1}"): it drafted the document, so residents ask it':
    'đơn vị “{0}” giữ bản lưu (“Lưu: VT, {1}”): đơn vị soạn văn bản, người dân hỏi đơn vị này',
  'the symbol shows the committee itself issued the document, so its Văn phòng is where residents ask; change it if residents should ask another office':
    'ký hiệu văn bản cho thấy văn bản do chính Ủy ban ban hành, nên ghi Văn phòng HĐND và UBND là nơi giải đáp; nếu người dân cần hỏi bộ phận khác thì sửa lại',
  "saved the document's {0} picture(s) to {1} (a notice prints none)":
    'đã lưu {0} hình ảnh của văn bản vào {1} (thông báo không in hình ảnh)',
  'the campaign as imported:': 'chiến dịch vừa nhập:',
  'next: fill in what is marked FILL IN, then {0}':
    'tiếp theo: điền những chỗ đánh dấu FILL IN, rồi chạy {0}',
  'next: {0}': 'tiếp theo: {0}',
  "a picture ({0}) is not imported: a notice prints no pictures; a QR code's web address can be written in the text instead":
    'hình ảnh ({0}) không được đưa vào: thông báo không in hình ảnh; có thể ghi địa chỉ web vào nội dung để in thành mã QR',
  "the QR code in a picture ({0}) holds {1}: the address is printed in the picture's place, and the annex prints its QR code":
    'mã QR trong hình ảnh ({0}) là địa chỉ {1}: địa chỉ này được in vào chỗ hình ảnh, mã QR của nó in ở Phụ lục kèm theo',
  "the QR code in a picture ({0}) holds {1}, a page of {2}; {3}. It is printed in the picture's place and the annex prints its QR code: check it is the ward's own address":
    'mã QR trong hình ảnh ({0}) là địa chỉ {1}, trang của {2}; {3}. Địa chỉ này sẽ được in vào chỗ hình ảnh và in thành mã QR ở Phụ lục — kiểm tra: đây có phải địa chỉ của phường không?',
  'it is not secure (http://)': 'địa chỉ không bảo mật (http://)',
  'it is a short link: where it leads cannot be seen':
    'đây là đường dẫn rút gọn, không thấy được nó dẫn đến đâu',
  "the document's text names this site nowhere else":
    'nội dung văn bản không nhắc đến trang này ở chỗ nào khác',
  "a picture ({0}) is not imported: its QR code is a bank-transfer code (VietQR); write the account's number, bank and holder into the text if they must print":
    'hình ảnh ({0}) không được đưa vào: mã QR trong hình là mã chuyển khoản ngân hàng (VietQR); cần in thì ghi số tài khoản, ngân hàng và chủ tài khoản vào nội dung',
  'a picture ({0}) is not imported: its QR code holds "{1}", not a web address; write it into the text if it must print':
    'hình ảnh ({0}) không được đưa vào: mã QR trong hình là “{1}”, không phải địa chỉ web; cần in thì viết vào nội dung',
  'a picture ({0}) is not imported and no QR code could be read in it, while paragraph {1} ("{2}") points at a QR code: write its web address into the text, or reword that sentence':
    'hình ảnh ({0}) không được đưa vào và không đọc được mã QR trong hình, trong khi đoạn {1} (“{2}”) nhắc đến mã QR: hãy ghi địa chỉ web của mã vào nội dung, hoặc sửa lại câu đó',
  'its footnote is not imported: "{0}" (write it into the text if it must print)':
    'chú thích cuối trang không được đưa vào: “{0}” (cần in thì viết vào nội dung)',
  'this text is in a text box: imported where the box is anchored; check its place':
    'đoạn chữ này nằm trong hộp văn bản: đã đưa vào tại chỗ gắn hộp; hãy kiểm tra vị trí',
  'Word numbers this heading itself in a style the notice cannot print: numbered {0} here; check it':
    'Word tự đánh số đề mục này theo kiểu không in được: ở đây đánh số {0}; hãy kiểm tra',
  'Word numbers this heading itself: its number is not in the text; type it in':
    'Word tự đánh số đề mục này: số không có trong chữ; hãy gõ số vào',
  '{0} cannot be printed: the text is kept without it':
    'không in được {0}: giữ nguyên chữ, bỏ định dạng đó',
  underline: 'gạch chân',
  strikethrough: 'gạch ngang',
  superscript: 'chỉ số trên',
  subscript: 'chỉ số dưới',
  "paragraphs {0}–{1} are a list Word numbers itself whose numbers may differ from Word's: tracked changes in its numbered paragraphs (or in those of the same list before it), or numbering the import does not read; numbered {2} here; check this list's numbers against Word":
    'các đoạn {0}–{1} là danh sách Word tự đánh số và số thứ tự có thể khác bản Word: có sửa đổi được theo dõi (track changes) ở đoạn đánh số của danh sách này (hoặc của phần trước nó trong cùng danh sách), hoặc kiểu đánh số chưa đọc được; ở đây đánh số {2}; hãy kiểm tra lại số thứ tự của danh sách này so với bản Word',
  "Word numbers this heading itself and its number may differ from Word's: tracked changes in numbered paragraphs of its list before it, or numbering the import does not read; numbered {0} here; check the number against Word":
    'Word tự đánh số đề mục này và số có thể khác bản Word: có sửa đổi được theo dõi (track changes) ở đoạn đánh số trước nó trong cùng danh sách, hoặc kiểu đánh số chưa đọc được; ở đây đánh số {0}; hãy kiểm tra lại số thứ tự so với bản Word',
  'paragraphs {0}–{1} are a list Word numbers itself: numbered {2} here; check the numbers and their style (a), b), …)':
    'các đoạn {0}–{1} là danh sách Word tự đánh số: ở đây đánh số {2}; hãy kiểm tra số và kiểu đánh số (a), b), …)',
  'table {0} has cells merged down: their text is printed in each row they span; check the table':
    'bảng {0} có ô gộp theo chiều dọc: chữ của ô gộp được in lại ở mỗi hàng mà ô đó trải qua; hãy kiểm tra bảng',
  'table {0} has merged cells: each is split, its text in the first of them; check the table':
    'bảng {0} có ô gộp: mỗi ô gộp được tách ra, chữ nằm ở ô đầu; hãy kiểm tra bảng',
  'the notice has no number yet: "Số:" prints blank until notice.number is filled in':
    'văn bản chưa có số: dòng “Số:” in để trống cho đến khi điền “Số văn bản” (notice.number)',
  'the notice has no date yet: "ngày … tháng …" prints blank until "issued" is filled in and "undated" removed':
    'văn bản chưa có ngày ban hành: “ngày … tháng …” in để trống cho đến khi bỏ đánh dấu “Dự thảo chưa có ngày” (bỏ dòng notice.undated)',
  'the date has a day or a month but not both: "{0}" is not printed; the notice prints "ngày … tháng …" blank for the văn thư to write in':
    'ngày tháng chỉ có ngày hoặc chỉ có tháng: “{0}” không được in; văn bản in “ngày … tháng …” để trống cho văn thư ghi tay',
  'the date is not a real day: "issued" must be filled in':
    'ngày tháng không có thật: cần điền “issued”',
  'a rule drawn with characters is not imported (the notice draws its own)':
    'đường kẻ vẽ bằng ký tự không được đưa vào (thông báo tự kẻ)',
  'a line of only underscores or dashes in the body prints as such: delete it from the body if it is a rule':
    'một dòng chỉ có dấu gạch dưới hoặc gạch ngang trong nội dung được in nguyên như vậy: nếu đó là đường kẻ thì xóa dòng này khỏi nội dung',
  'the address of the Word hyperlink on the words "{0}" (not typed in the text): the flyer, the checklist and the posters (their first two links) print its QR code, labelled "{1}"':
    'địa chỉ của liên kết Word trên chữ “{0}” (không gõ ra trong văn bản): tờ rơi, phiếu kiểm tra và áp phích (hai đường dẫn đầu) in mã QR của nó, tên là “{1}”',
  'an address typed in the body: the flyer, the checklist and the posters (their first two links) print its QR code, labelled with the words before it':
    'địa chỉ web gõ trong nội dung: tờ rơi, phiếu kiểm tra và áp phích (hai đường dẫn đầu) in mã QR của nó, tên là những chữ đứng trước nó',
  'a header line that is none of the notice’s fields: not imported':
    'một dòng phần đầu văn bản không thuộc mục nào của thông báo: không được đưa vào',
  'the bold lines are the issuer, those above them its superior body':
    'các dòng in đậm là cơ quan ban hành, các dòng phía trên là cơ quan cấp trên',
  'the bold lines and the "ỦY BAN NHÂN DÂN" line above them are the issuer (alone, it names no superior body)':
    'các dòng in đậm và dòng “ỦY BAN NHÂN DÂN” phía trên là cơ quan ban hành (dòng này một mình không phải tên cơ quan cấp trên)',
  'Left out: {0}': 'Không điền: {0}',
  'left out ({0}: the notice does not say them as the flyer prints them):':
    'không điền ({0} mục: văn bản không nói ra theo cách tờ rơi in):',
  'no short title (title): the trích yếu has {0} words even without its first verb and its year, more than {1} for a headline; the flyer and the posters print it whole: write a title of a few words':
    'không có tiêu đề ngắn (title): trích yếu dài {0} chữ kể cả khi bỏ động từ đầu và năm, quá {1} chữ để in to; tờ rơi và áp phích in nguyên trích yếu: hãy ghi một tiêu đề vài chữ',
  "no title (title) written: the trích yếu, {0} words, is the flyer's and the posters' headline as it is":
    'không ghi tiêu đề (title): trích yếu {0} chữ, in nguyên làm dòng chữ lớn của tờ rơi và áp phích',
  'the trích yếu without {0}: the big line of the flyer and the posters':
    'trích yếu bỏ {0}: dòng chữ lớn của tờ rơi và áp phích',
  'nothing to bring (bring) written: the body has no "mang theo …" sentence; the flyer prints no "Cần mang theo"':
    'không ghi thứ cần mang theo (bring): nội dung không có câu “mang theo …”; tờ rơi không in “Cần mang theo”',
  'nothing to bring (bring) written: the body says "mang theo" only in a table, which the flyer does not read; if residents bring any, write them in {0}, one a line':
    'không ghi thứ cần mang theo (bring): nội dung chỉ nói “mang theo” trong một bảng, tờ rơi không đọc bảng; nếu người dân cần mang gì thì ghi vào {0}, mỗi dòng một thứ',
  'nothing to bring (bring) written: the body\'s "mang theo …" sentence is no list of things; if residents bring any, write them in {0}, one a line':
    'không ghi thứ cần mang theo (bring): câu “mang theo …” trong nội dung không phải danh sách các thứ; nếu người dân cần mang gì thì ghi vào {0}, mỗi dòng một thứ',
  '"{0}" in campaign.yaml': 'mục “{0}” trong tệp campaign.yaml',
  'the body\'s sentence saying what to bring ("mang theo …"), one thing a line: the flyer\'s and the checklist\'s "Cần mang theo"':
    'câu “mang theo …” trong nội dung, mỗi thứ một dòng: mục “Cần mang theo” của tờ rơi và phiếu kiểm tra',
  "the body's sentence asking for a report by a day: the reporting deadline":
    'câu trong nội dung yêu cầu báo cáo trước một ngày: hạn báo cáo',
  "the body's sentence asking the tổ leaders for a report by a day: the reporting deadline":
    'câu trong nội dung giao việc cho {term.leader}, yêu cầu gửi kết quả trước một ngày: hạn báo cáo',
  "the body gives two days for a report: {0} (paragraph {1}, the tổ leaders' step) and {2} (paragraph {3}); report.deadline, the leaders' \"Hạn báo cáo\", is {4}: change it if the leaders' figures are due by {5}":
    'nội dung có hai ngày có thể là hạn báo cáo: {0} (đoạn {1}, việc của {term.leader}) và {2} (đoạn {3}); đã lấy {4} làm “Hạn báo cáo” của {term.leader} (report.deadline): nếu {term.leader} phải gửi kết quả trước {5} thì sửa report.deadline',
  'the body gives two days for a report: {0} (paragraph {1}) and {2} (paragraph {3}); report.deadline, the leaders\' "Hạn báo cáo", is {4}: change it if the leaders\' figures are due by {5}':
    'nội dung có hai ngày có thể là hạn báo cáo: {0} (đoạn {1}) và {2} (đoạn {3}); đã lấy {4} làm “Hạn báo cáo” của {term.leader} (report.deadline): nếu {term.leader} phải gửi kết quả trước {5} thì sửa report.deadline',
  'the body\'s "Thời gian:" line, for the flyer, checklist and tracking sheet':
    'dòng “Thời gian:” trong nội dung, để in trên tờ rơi, phiếu kiểm tra và bảng theo dõi',
  'the body\'s "Địa điểm:" line, for the flyer, checklist and tracking sheet':
    'dòng “Địa điểm:” trong nội dung, để in trên tờ rơi, phiếu kiểm tra và bảng theo dõi',
  "the document's name, in capitals before its trích yếu":
    'tên loại văn bản, chữ in hoa trước trích yếu',
  "the document's name, in capitals under the header":
    'tên loại văn bản, chữ in hoa dưới phần đầu văn bản',
  'the issuer starts at "ỦY BAN NHÂN DÂN", the lines above are its superior body':
    'cơ quan ban hành bắt đầu từ “ỦY BAN NHÂN DÂN”, các dòng phía trên là cơ quan cấp trên',
  'the first line names a superior body (province, city, district or town), the issuer is under it':
    'dòng đầu là cơ quan cấp trên (tỉnh, thành phố, huyện, quận hoặc thị xã), cơ quan ban hành ở dưới',
  'of three lines, the first is the superior body': 'trong ba dòng, dòng đầu là cơ quan cấp trên',
  'every line above the number is the issuer': 'mọi dòng phía trên số văn bản là cơ quan ban hành',
  'the document\'s header holds "{0}": not imported':
    'phần đầu trang (header) của văn bản có “{0}”: không được đưa vào',
  'the document\'s footer holds "{0}": not imported':
    'phần chân trang (footer) của văn bản có “{0}”: không được đưa vào',
  'the document\'s comments holds "{0}": not imported':
    'phần chú thích (comment) của văn bản có “{0}”: không được đưa vào',
  'Word reader: {0}': 'trình đọc Word: {0}',
  'the document has text typed with a {0} font, not in Unicode, that cannot be converted with certainty: "{1}" probably reads "{2}"':
    'văn bản có chữ gõ bằng phông {0}, không phải Unicode, và không chuyển mã chắc chắn được: “{1}” có lẽ là “{2}”',
  'Open the document in Word, select all (Ctrl+A) and copy; in Unikey › "Công cụ…" (Ctrl+Shift+F6) choose Nguồn "{0}", Đích "Unicode", click "Chuyển mã"; paste back, set the font to Times New Roman, save and import again.':
    'Mở văn bản bằng Word, chọn tất cả (Ctrl+A) rồi chép; mở Unikey › “Công cụ…” (Ctrl+Shift+F6), chọn Nguồn “{0}”, Đích “Unicode” (Unicode dựng sẵn), bấm “Chuyển mã”; dán lại, đổi phông sang Times New Roman, lưu rồi nhập lại.',
  '{0} paragraph(s) typed with a TCVN3 (ABC) font (.VnTime, .VnTimeH) were converted to Unicode: paragraphs {1}; check them on the proof':
    'đã chuyển sang Unicode {0} đoạn gõ bằng phông TCVN3 (ABC) (.VnTime, .VnTimeH): các đoạn {1}; hãy soát lại trên bản in thử',
  '{0} paragraph(s) typed with a TCVN3 (ABC) font (.VnTime, .VnTimeH) were converted to Unicode; check them on the proof':
    'đã chuyển sang Unicode {0} đoạn gõ bằng phông TCVN3 (ABC) (.VnTime, .VnTimeH); hãy soát lại trên bản in thử',
  'the công điện prints "{0} điện:" (from the issuer and the signer\'s title), not "{1} điện:" as the document has it':
    'công điện sẽ in “{0} điện:” (theo cơ quan ban hành và chức vụ người ký), không phải “{1} điện:” như trong văn bản',
  'the công điện prints "{0} điện:" (from the issuer and the signer\'s title), not "{1} điện:" as the document has it: a committee\'s công điện is signed "TM. ỦY BAN NHÂN DÂN" over the chairman\'s title':
    'công điện sẽ in “{0} điện:” (theo cơ quan ban hành và chức vụ người ký), không phải “{1} điện:” như trong văn bản: công điện của Ủy ban thì người ký ghi “TM. ỦY BAN NHÂN DÂN” trên chức vụ của Chủ tịch',
  'next: fix the errors above and fill in what is marked FILL IN, then {0}':
    'tiếp theo: sửa các lỗi nêu trên và điền những chỗ đánh dấu FILL IN, rồi chạy {0}',
  'next: fix the errors above in campaign.yaml, then {0}':
    'tiếp theo: sửa các lỗi nêu trên trong campaign.yaml, rồi chạy {0}',
  'tabs that line its parts up are printed as one space each; check how it reads, or make it a table':
    'mỗi dấu tab dùng để căn thẳng các phần của đoạn này chỉ in thành một dấu cách; hãy xem lại đoạn khi in ra, hoặc chuyển thành bảng',
  'Word styles imported as plain text (their look is not kept): {0}':
    'các kiểu định dạng Word được đưa vào như chữ thường (không giữ hình thức): {0}',
  '{0} was not found: fill it in': 'không tìm thấy {0}: hãy điền vào',
  'no "Kính gửi:" line was found: notice.recipients must be filled in':
    'không thấy dòng “Kính gửi:”: cần điền notice.recipients',
  'paragraphs {0} to {1}: everything between "Kính gửi" and the signature':
    'các đoạn {0} đến {1}: toàn bộ phần giữa “Kính gửi” và chữ ký',
  'a picture ({0}) is not imported': 'hình ảnh ({0}) không được đưa vào',
  'a picture ({0}) in the header is not imported':
    'hình ảnh ({0}) ở phần đầu văn bản không được đưa vào',
  'the issuer’s line that names the unit, in running-text case':
    'dòng tên cơ quan ban hành có tên đơn vị, viết theo kiểu trong câu văn',
  'the issuer’s last line in running-text case':
    'dòng cuối tên cơ quan ban hành, viết theo kiểu trong câu văn',
  'the office "{0}" in the notice\'s symbol': 'bộ phận “{0}” trong ký hiệu văn bản',
  'not in the document': 'không có trong văn bản',
  'paragraphs {0} ("{1}")': 'các đoạn {0} (“{1}”)',
  'paragraph {0} ("{1}")': 'đoạn {0} (“{1}”)',
  'paragraph {0} ("{1}"): {2}': 'đoạn {0} (“{1}”): {2}',
  'paragraph {0}: {1}': 'đoạn {0}: {1}',
  'the document holds {0} embedded object(s) (e.g. a pasted Excel table): not imported':
    'văn bản có {0} đối tượng nhúng (ví dụ bảng Excel dán vào): không được đưa vào',
  'the document holds {0} chart(s): not imported': 'văn bản có {0} biểu đồ: không được đưa vào',
  'the document holds {0} equation(s): not imported':
    'văn bản có {0} công thức toán: không được đưa vào',
  'a tracked change is imported as if accepted: "{0}" left out, "{1}" printed':
    'có sửa đổi được theo dõi (track changes), đã đưa vào như đã chấp nhận: bỏ “{0}”, in “{1}”',
  'a tracked change is imported as if accepted: "{0}" left out':
    'có sửa đổi được theo dõi (track changes), đã đưa vào như đã chấp nhận: bỏ “{0}”',
  'a tracked change is imported as if accepted: "{0}" printed':
    'có sửa đổi được theo dõi (track changes), đã đưa vào như đã chấp nhận: in “{0}”',
  'a note in place of the signature: not imported': 'ghi chú ở chỗ chữ ký: không được đưa vào',
  'the first line under the signer’s titles': 'dòng đầu tiên dưới chức danh người ký',
  'what follows "PHỤ LỤC" after the signature': 'phần sau “PHỤ LỤC” ở sau chữ ký',
  'after the signature and not part of it: not imported':
    'nằm sau chữ ký và không thuộc phần ký: không được đưa vào',
  'the upper-case lines of the signature': 'các dòng chữ in hoa của phần ký',
  '{0} paragraphs': '{0} đoạn',
  '{0} paragraphs and {1} table(s)': '{0} đoạn và {1} bảng',
});

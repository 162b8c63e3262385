/**
 * Vietnamese for the inputs: campaign.yaml, the groups file, rosters, results files, the signing certificate, the Word notice.
 * Keys are the English templates as `msg` makes them (`{0}` for each value); see ../message.ts.
 */
export const INPUTS = (): Record<string, string> => ({
  'Write the full address as a browser shows it, e.g. https://zalo.me/g/abc123.':
    'Ghi đầy đủ địa chỉ như trình duyệt hiển thị, ví dụ https://zalo.me/g/abc123.',
  'the URL "{0}" contains a space': 'địa chỉ “{0}” có dấu cách',
  'the URL "{0}" is not a web address': '“{0}” không phải là địa chỉ web',
  'the URL "{0}" must start with https:// or http://':
    'địa chỉ “{0}” phải bắt đầu bằng https:// hoặc http://',
  'the URL "{0}" must start with https:// or http:// and a domain':
    'địa chỉ “{0}” phải bắt đầu bằng https:// hoặc http:// và tên miền',
  'the URL "{0}" must not contain a user name or password':
    'địa chỉ “{0}” không được chứa tên đăng nhập hay mật khẩu',
  'the URL "{0}" has no domain ("{1}" is not a web site\'s name)':
    'địa chỉ “{0}” thiếu tên miền (“{1}” không phải là tên một trang web)',
  'the URL "{0}" has a malformed domain ("{1}")': 'tên miền trong địa chỉ “{0}” không đúng (“{1}”)',
  '{0}×{1} modules of {2} mm': '{0}×{1} ô, mỗi ô {2} mm',
  'more than any QR code holds': 'nhiều hơn mức một mã QR chứa được',
  'the URL is too long for a printed QR code: {0} bytes need {1} in a {2} mm code (phones need modules of at least {3} mm; about {4} bytes fit)':
    'địa chỉ quá dài để in thành mã QR: {0} byte cần {1} trong một mã {2} mm (điện thoại cần ô tối thiểu {3} mm; chỉ chứa được khoảng {4} byte)',
  "Use a shorter link: the page's short address, or a link shortener.":
    'Dùng địa chỉ ngắn hơn: địa chỉ rút gọn của trang, hoặc một dịch vụ rút gọn liên kết.',
  'measure {0} has the same id as measure {1} ("{2}")':
    'chỉ tiêu thứ {0} trùng mã với chỉ tiêu thứ {1} (“{2}”)',
  'measure {0} has the same label as measure {1} ("{2}")':
    'chỉ tiêu thứ {0} trùng tên với chỉ tiêu thứ {1} (“{2}”)',
  'Give each measure its own id, e.g. tham_gia, chung_nhan, cai_app.':
    'Mỗi chỉ tiêu cần một mã riêng, ví dụ tham_gia, chung_nhan, cai_app.',
  'Give each measure its own label: a leader must tell the boxes apart.':
    'Mỗi chỉ tiêu cần một tên riêng để {term.leader} phân biệt được các ô.',
  'the ward\'s word for its groups is one word ("thôn"), not a list ("{0}")':
    'tên gọi các tổ là một từ (“thôn”), không phải một danh sách (“{0}”)',
  "Leave it empty when the groups are called differently (Thôn …, Buôn …): each group's documents then say its own word.":
    'Để trống ô này khi các tổ có tên gọi khác nhau (Thôn …, Buôn …): văn bản của mỗi tổ sẽ dùng đúng tên gọi của tổ đó.',
  'the contest ends ({0}) before it starts ({1})':
    'cuộc thi kết thúc ({0}) trước ngày bắt đầu ({1})',
  // A when/where that points at a table or schedule; a day or hour slip (load/schedule-checks.ts).
  '"{0}" points at a table or schedule ("{1}"): the flyer, checklist, tracking sheet, posters and leader\'s page print this "Thời gian" line but not the table, so residents are not told their group\'s day and time':
    '“{0}” chỉ sang một bảng hay lịch (“{1}”): tờ rơi, phiếu kiểm tra, bảng theo dõi, áp phích và trang của {term.leader} in dòng “Thời gian” này nhưng không in bảng đó, nên người dân không biết ngày giờ của {term.short} mình',
  '"{0}" points at a table or schedule ("{1}"): the flyer, checklist, tracking sheet, posters and leader\'s page print this "Địa điểm" line but not the table, so residents are not told their group\'s place':
    '“{0}” chỉ sang một bảng hay lịch (“{1}”): tờ rơi, phiếu kiểm tra, bảng theo dõi, áp phích và trang của {term.leader} in dòng “Địa điểm” này nhưng không in bảng đó, nên người dân không biết địa điểm của {term.short} mình',
  '"{0}" sends the reader to "{1}", which the flyer, checklist, tracking sheet, posters and leader\'s page do not carry: they print this "{2}" line with the pointer and without what it points to':
    '“{0}” chỉ người đọc sang “{1}”, mà tờ rơi, phiếu kiểm tra, bảng theo dõi, áp phích và trang của {term.leader} không có: các giấy đó in dòng “{2}” này cùng lời chỉ ấy nhưng không in cái nó chỉ tới',
  'Leave the pointer out of this line: the notice keeps its table or annex, the other papers print the line alone. If the table gives each group its own day, time or place, write them in columns of the groups file and print them here with {{group.[…]}} (README.md › Inputs › campaign.yaml, when and where).':
    'Bỏ lời chỉ ấy khỏi dòng này: văn bản vẫn giữ bảng hay phụ lục của nó, các giấy khác chỉ in dòng này. Nếu bảng ghi ngày, giờ, địa điểm riêng của từng {term.short}, hãy ghi chúng vào các cột của danh sách {term.short} rồi in ở đây bằng {{group.[…]}} (README.md › Inputs › campaign.yaml, mục when và where).',
  'Leave the pointer out of this line: the notice keeps its table or annex, the other papers print the line alone.':
    'Bỏ lời chỉ ấy khỏi dòng này: văn bản vẫn giữ bảng hay phụ lục của nó, các giấy khác chỉ in dòng này.',
  'Write each group\'s own day, time and place in columns of the groups file (e.g. "Ngày", "Giờ", "Địa điểm") and print them here: when: "{{group.[Giờ]}}, ngày {{group.[Ngày]}}", where: "{{group.[Địa điểm]}}" (README.md › Inputs › campaign.yaml, when and where).':
    'Ghi ngày, giờ, địa điểm của từng {term.short} vào các cột của danh sách {term.short} (ví dụ “Ngày”, “Giờ”, “Địa điểm”) rồi in các cột đó ở đây: when: "{{group.[Giờ]}}, ngày {{group.[Ngày]}}", where: "{{group.[Địa điểm]}}" (README.md › Inputs › campaign.yaml, mục when và where).',
  'Correct the weekday or the date: every paper prints it as typed.':
    'Sửa lại thứ hoặc ngày: mọi giấy in đều in đúng như đang ghi.',
  'Correct the hours: every paper prints them as typed.':
    'Sửa lại giờ: mọi giấy in đều in đúng như đang ghi.',
  '"when" ends on {0}, before it starts on {1}':
    'thời gian kết thúc ngày {0}, trước ngày bắt đầu {1}',
  "the contest ends on {0}, before the notice's date {1}: the notice would announce a contest already over":
    'cuộc thi kết thúc ngày {0}, trước ngày ban hành văn bản {1}: văn bản sẽ báo một cuộc thi đã kết thúc',
  'Check the contest\'s end "contest.ends" (and the notice\'s body), or the notice\'s date "issued": a notice copied from an earlier contest keeps its old days.':
    'Kiểm tra lại ngày kết thúc cuộc thi ở mục “contest.ends” (và trong nội dung thông báo) hoặc ngày ban hành ở mục “issued”: văn bản chép từ cuộc thi trước vẫn giữ ngày cũ.',
  "the campaign's time {0} is before the notice's date {1}: the notice would announce an event before its own date":
    'thời gian của chiến dịch ({0}) trước ngày ban hành văn bản {1}: văn bản sẽ báo một việc diễn ra trước cả ngày ký văn bản',
  "Check the day and year of the time (and of the notice's body), or the notice's date: a notice copied from an earlier campaign keeps its old days.":
    'Kiểm tra lại ngày, năm ở mục “Thời gian” (và trong nội dung thông báo) hoặc ngày ban hành: văn bản chép từ chiến dịch trước vẫn giữ ngày cũ.',
  "the deadline {0} is long before the campaign's first day {1}: it may be the earlier campaign's":
    'thời hạn {0} trước ngày bắt đầu chiến dịch {1} hơn một tháng: có thể là thời hạn của chiến dịch trước',
  'Check the deadline: it is printed on the flyer, the checklist and the tracking sheet.':
    'Kiểm tra lại mục “Thời hạn”: ngày này được in trên tờ rơi, phiếu kiểm tra và bảng theo dõi.',
  "the campaign's time ended on {0} (today is {1}): the papers would announce an event already over":
    'chiến dịch đã kết thúc ngày {0} (hôm nay là ngày {1}): giấy in ra sẽ báo một việc đã qua',
  "the campaign's time ended today at {0} (it is {1} now): the papers would announce an event already over":
    'chiến dịch đã kết thúc lúc {0} hôm nay (bây giờ là {1}): giấy in ra sẽ báo một việc đã qua',
  'For a new campaign, give its own days (and a new notice number and date); to print the old papers again for the record, this warning can be left.':
    'Nếu là chiến dịch mới, hãy ghi ngày của chiến dịch này (và số, ngày ban hành mới); nếu chỉ in lại giấy cũ để lưu thì có thể bỏ qua cảnh báo này.',
  "the reporting deadline {0} is before the notice's date {1}: every figure would be marked as sent late":
    'hạn báo cáo {0} trước ngày ban hành văn bản {1}: mọi số liệu sẽ bị ghi là gửi sau hạn',
  // load/timeless-check.ts
  'the campaign gives no time: the flyer and the Zalo message to the groups say no day, and residents cannot tell until when':
    'chiến dịch không ghi thời gian: tờ rơi và tin nhắn gửi nhóm Zalo không có ngày nào, người dân không biết làm đến khi nào',
  'Fill in "when" (when residents are expected, e.g. "Từ ngày 03/02/2026 đến hết ngày 14/3/2026") or "deadline" (the last day); the notice\'s body is not printed on the flyer.':
    'Điền mục “when” (Thời gian, ví dụ “Từ ngày 03/02/2026 đến hết ngày 14/3/2026”) hoặc “deadline” (Thời hạn, ngày cuối cùng); nội dung của thông báo không được in trên tờ rơi.',
  // load/deadline-check.ts signUpDayWarnings
  "the sign-up deadline {0} is after the campaign's first day {1}: the papers ask residents to sign up for what has already begun":
    'hạn đăng ký {0} sau ngày bắt đầu {1}: giấy tờ in ra sẽ mời người dân đăng ký khi việc đã bắt đầu',
  'Check the deadline: it is the last day to sign up, on or before the first day {0}.':
    'Kiểm tra lại mục “deadline” (Hạn đăng ký): đó là ngày cuối cùng để đăng ký, không muộn hơn ngày bắt đầu {0}.',
  "the reporting deadline {0} is before the campaign's first day {1}: every figure would be marked as sent late":
    'hạn báo cáo {0} trước ngày bắt đầu chiến dịch {1}: mọi số liệu sẽ bị ghi là gửi sau hạn',
  "the reporting deadline {0} is more than a year after the campaign's last day {1}: no figure would be marked as sent late":
    'hạn báo cáo {0} sau ngày kết thúc chiến dịch {1} hơn một năm: không số liệu nào bị ghi là gửi sau hạn',
  "the reporting deadline {0} is more than a year after the notice's date {1}: no figure would be marked as sent late":
    'hạn báo cáo {0} sau ngày ban hành văn bản {1} hơn một năm: không số liệu nào bị ghi là gửi sau hạn',
  "Check the deadline's year: it is the last day the groups send their figures, on or after the campaign's first day.":
    'Kiểm tra lại năm của hạn báo cáo: đó là ngày cuối các {term.short} gửi số liệu, từ ngày chiến dịch bắt đầu trở đi.',
  "Is the end {0} (the year {1})? Correct the end day's year.":
    'Có phải kết thúc ngày {0} (năm {1})? Sửa lại năm của ngày kết thúc.',
  'Check that the start and end days are not swapped.':
    'Kiểm tra xem ngày bắt đầu và ngày kết thúc có bị đảo chỗ không.',
  'the notice\'s body says "{0}", but "when" ends on {1} (the flyer, checklist, tracking sheet, leaders\' page and Zalo message print {2})':
    'nội dung thông báo ghi “{0}”, nhưng mục “Thời gian” ghi đến hết ngày {1} (tờ rơi, phiếu kiểm tra, bảng theo dõi, trang của {term.leader} và tin nhắn Zalo in ngày {2})',
  'Write the same end day in both, "Thời gian" and the notice\'s body; or write {{when}} in the body instead of its days.':
    'Sửa cho hai nơi ghi cùng một ngày kết thúc: mục “Thời gian” và nội dung thông báo; hoặc ghi {{when}} vào nội dung thay cho các ngày (thông báo sẽ in đúng như mục “Thời gian”).',
  "Check that the contest's start and end dates are not swapped.":
    'Kiểm tra xem ngày bắt đầu và ngày kết thúc cuộc thi có bị đảo không.',
  "the contest has no page: the flyer and checklist print the QR code of links.contest, the contest's web page":
    'cuộc thi chưa có địa chỉ trang thi: tờ rơi và phiếu kiểm tra in mã QR của trang cuộc thi để người dân vào thi',
  'Give the contest\'s page: in the studio, the field "Trang cuộc thi" of the contest\'s part; in campaign.yaml, under links: contest: { url: "https://…", label: Trang cuộc thi }.':
    'Ghi địa chỉ trang cuộc thi: trong studio ở mục “Trang cuộc thi” (phần Cuộc thi); trong campaign.yaml, dưới links: contest: { url: "https://…", label: Trang cuộc thi }.',
  '"{0}" is not printed: the contest\'s steps are its actions, and none of them says it':
    '“{0}” không được in: các bước dự thi lấy từ “actions” (Việc người dân cần làm), và không bước nào nói đến nội dung này',
  "Say it in one of the actions (or in the notice's body), or leave the field empty.":
    'Ghi nội dung này vào một bước trong “actions” (hoặc vào nội dung văn bản), hoặc để trống mục đó.',
  'the notice is dated {0}, after the contest starts ({1})':
    'văn bản đề ngày {0}, sau ngày cuộc thi bắt đầu ({1})',
  'the notice number, a whole number of 1 or more (empty: a draft awaiting its number)':
    'số văn bản, một số nguyên từ 1 trở lên (để trống: dự thảo chờ lấy số)',
  'true for a draft awaiting its day: the date prints blank but for its year':
    'true nếu là dự thảo chờ ngày ban hành: ngày, tháng in để trống, chỉ in năm',
  'the campaign has no id and its notice no number yet, so the figures its groups report would have nothing to be kept under':
    'chiến dịch chưa có mã (id) và văn bản chưa có số, nên số liệu các {term.short} báo cáo không có chỗ để lưu',
  'Add a line "id: " and a name of your own for this campaign at the top of campaign.yaml (e.g. id: 2026-phong-chong-sot-xuat-huyet), and keep it when the number is filled in.':
    'Thêm một dòng “id: ” và một tên riêng cho chiến dịch ở đầu tệp campaign.yaml (ví dụ id: 2026-phong-chong-sot-xuat-huyet), và giữ nguyên dòng đó khi điền số văn bản.',
  'the notice has no number yet: "Số:" prints blank for the clerk to fill in':
    'văn bản chưa có số: dòng “Số:” in để trống để văn thư điền',
  'the notice has no date yet: "ngày … tháng …" prints blank for the clerk to fill in':
    'văn bản chưa có ngày ban hành: “ngày … tháng …” in để trống để văn thư điền',
  'Once the notice is issued, give its number and day ("Số văn bản", "Ngày ban hành"; in campaign.yaml notice.number and issued) and untick "Dự thảo chưa có ngày" (remove notice.undated).':
    'Khi văn bản được ban hành, hãy điền “Số văn bản” và “Ngày ban hành”, rồi bỏ đánh dấu “Dự thảo chưa có ngày” (trong campaign.yaml: notice.number, issued, bỏ dòng notice.undated).',
  'this still holds the placeholder "{0}", printed as it is on every notice':
    'vẫn còn chỗ để điền “{0}”: sẽ in nguyên như vậy trên mọi văn bản',
  'this still holds the placeholder "{0}": nothing prints until it is filled in':
    'vẫn còn chỗ để điền “{0}”: chưa tạo được tệp in nào cho đến khi điền',
  'Write the real value in place of "{0}".': 'Hãy ghi nội dung thật thay cho “{0}”.',
  'the body still holds the blank campaign\'s sample line "{0}", printed as it is on every notice':
    'vẫn còn dòng mẫu “{0}” của chiến dịch mới: nếu không sửa, dòng này được in trên mọi văn bản',
  "Replace the sample lines with the notice's own content.":
    'Hãy thay các dòng mẫu bằng nội dung thật của thông báo.',
  'this still holds "{0}", written in place of a value to fill in: nothing is printed or published until it is':
    'vẫn còn “{0}”, chữ ghi thay cho nội dung cần điền: chưa tạo được tệp in, chưa mở trang nào cho đến khi điền',
  'Write the real value in place of "{0}" (the Word import and the blank campaign write such a value in brackets where they had none).':
    'Hãy ghi nội dung thật thay cho “{0}” (khi nhập từ tệp Word hoặc tạo chiến dịch mới, phần mềm ghi chữ trong ngoặc như vậy ở chỗ chưa có nội dung).',
  'A notice usually comes out before the contest; check "issued".':
    'Thông báo thường ban hành trước cuộc thi; kiểm tra lại mục “issued”.',
  'the date of the notice, written DD/MM/YYYY or YYYY-MM-DD':
    'ngày ban hành văn bản, viết dạng ngày/tháng/năm hoặc năm-tháng-ngày',
  'the body that issues the notice: name, ward, place, office':
    'cơ quan ban hành văn bản: name, ward, place, office',
  'the parent body, or ""': 'cơ quan cấp trên, hoặc ""',
  'the issuing body, one entry per printed line': 'tên cơ quan ban hành, mỗi dòng in một mục',
  'one printed line of the issuer': 'một dòng in tên cơ quan ban hành',
  'the ward as named in running text': 'tên phường như viết trong câu văn',
  'the place name printed before the date': 'địa danh in trước ngày tháng',
  'the office that answers questions': 'bộ phận giải đáp thắc mắc',
  "the office's phone number, in quotes": 'số điện thoại của bộ phận, đặt trong dấu ngoặc kép',
  'the notice: number, symbol, subject, recipients, body, signer, cc':
    'văn bản thông báo: number, symbol, subject, recipients, body, signer, cc',
  'the notice symbol': 'ký hiệu văn bản',
  'the kind of document: Công văn, Thông báo, Kế hoạch…':
    'loại văn bản: Công văn, Thông báo, Kế hoạch…',
  'a công văn names whom it is sent to ("Kính gửi"): notice.recipients has no line':
    'công văn phải ghi nơi nhận ở “Kính gửi” (notice.recipients), nhưng mục này chưa có dòng nào',
  'Write the recipients, one a line ({{group.name}} is each group\'s name); a Thông báo or Kế hoạch (notice.type) may have none and lists them under "Nơi nhận".':
    'Hãy ghi nơi nhận, mỗi dòng một nơi ({{group.name}} là tên từng {term.short}); văn bản có tên loại như Thông báo, Kế hoạch (notice.type) thì có thể không có “Kính gửi”, nơi nhận ghi ở “Nơi nhận”.',
  '{0} leaders in one cell ("{1}") and {2} phones: printed each with the phone in the same place, "{3}"':
    'ô có {0} {term.leader} (“{1}”) và {2} số điện thoại: tờ rơi in mỗi người kèm số điện thoại theo đúng thứ tự trong ô, “{3}”; bảng theo dõi có chỗ ký riêng cho từng người, cạnh nhau',
  '{0} leaders in one cell ("{1}") but {2} phones: the phones are printed together after the names':
    'ô có {0} {term.leader} (“{1}”) nhưng {2} số điện thoại: tờ rơi in tên rồi in chung các số sau tên, không biết số nào của ai; bảng theo dõi có chỗ ký riêng cho từng người, cạnh nhau',
  'If the numbers are the other way round, swap them in the phone cell.':
    'Nếu số điện thoại bị đảo thứ tự, hãy đổi lại trong ô số điện thoại.',
  'Write one phone for each leader, in the same order, apart by " - " (e.g. "0912 111 222 - 0987 333 444").':
    'Ghi mỗi {term.leader} một số điện thoại, theo cùng thứ tự với tên, cách nhau bằng “ - ” (ví dụ “0912 111 222 - 0987 333 444”).',
  'the action "{0}" has a column to write in ("write: true") but no column title: the tracking sheet heads it with the whole sentence and does not say what to write in it':
    'việc “{0}” có cột để ghi (“write: true”) nhưng chưa có tên cột: bảng theo dõi lấy cả câu làm tiêu đề cột và không nói ghi gì vào đó',
  'Write the column\'s short title on a line of its own under the action\'s step, e.g. "column: Bể bơi, ca học".':
    'Ghi tên cột ngắn ở một dòng riêng ngay dưới dòng “step:” của việc đó, thẳng cột với “step:”, ví dụ “column: Bể bơi, ca học”.',
  'the action "{0}" has no short title: the tracking sheet heads its tick column with the whole sentence':
    'việc “{0}” chưa có tên cột ngắn: bảng theo dõi sẽ lấy cả câu làm tiêu đề cột đánh dấu',
  'Optional: for a shorter column title, write one at the end of the action\'s line, after "|", e.g. "… | Đã dọn". Left as it is, the tracking sheet prints the whole sentence.':
    'Không bắt buộc: muốn tiêu đề cột gọn hơn, ghi tên cột ngắn ở cuối dòng của việc đó, sau dấu “|”, ví dụ “… | Đã dọn”. Để nguyên thì bảng theo dõi vẫn in đủ cả câu.',
  'Optional: for a shorter column title, write it on a line of its own under the action\'s step, e.g. "column: Đã dọn". Left as it is, the tracking sheet prints the whole sentence.':
    'Không bắt buộc: muốn tiêu đề cột gọn hơn, ghi tên cột ngắn ở một dòng riêng ngay dưới dòng “step:” của việc đó, thẳng cột với “step:”, ví dụ “column: Đã dọn”. Để nguyên thì bảng theo dõi vẫn in đủ cả câu.',
  'the action "{0}" has a "|" that would be printed on the flyer, the checklist and the tracking sheet':
    'việc “{0}” có dấu “|”: dấu này sẽ bị in ra trên tờ rơi, phiếu kiểm tra và bảng theo dõi',
  'The action has its column title already ("column: {0}"): write the step without "|", "step: {1}".':
    'Việc này đã có tên cột (“column: {0}”): hãy bỏ dấu “|” và phần sau nó khỏi dòng step, ghi “step: {1}”.',
  'Write the step without "|", "step: {0}", and its column title on a line of its own under it, e.g. "column: {1}".':
    'Trong campaign.yaml, ghi việc không có dấu “|”: “step: {0}”, rồi ghi tên cột ngắn ở một dòng riêng ngay dưới, thẳng cột với “step:”, ví dụ “column: {1}”.',
  'the column title "{0}" has a "|" that would be printed on the tracking sheet':
    'tên cột “{0}” có dấu “|”: dấu này sẽ bị in ra ở tiêu đề cột của bảng theo dõi',
  'Write the column title without "|", e.g. "column: {0}".':
    'Ghi tên cột không có dấu “|”, ví dụ “column: {0}”.',
  'the action "{0}" says what to bring: the tracking sheet gives it a tick column':
    'việc “{0}” là thứ cần mang theo: bảng theo dõi sẽ có một cột đánh dấu cho việc này, tổ trưởng không biết đánh dấu gì',
  'the action "{0}" says what to bring: the sign-up list gives it a tick column':
    'việc “{0}” là thứ cần mang theo: danh sách đăng ký sẽ có một cột đánh dấu cho việc này, tổ trưởng không biết đánh dấu gì',
  'What to bring (bring; the studio\'s "Cần mang theo") lists "{0}" already: remove this action. The flyer and the Zalo message print that list.':
    'Mục “Cần mang theo” (bring) đã có “{0}”: nên bỏ việc này. Tờ rơi và tin nhắn Zalo in mục đó thành danh sách những thứ cần mang theo.',
  'Move it to what to bring (bring; the studio\'s "Cần mang theo"), one thing a line: "{0}". The flyer and the Zalo message print those as a list.':
    'Nên chuyển sang mục “Cần mang theo” (bring), mỗi dòng một thứ: “{0}”. Tờ rơi và tin nhắn Zalo in mục đó thành danh sách những thứ cần mang theo.',
  'the deadline (deadline) "{0}" is the same for every group and is not filled in for each: its {{…}} would print with its braces on every flyer, checklist and list':
    'mục “Thời hạn” (deadline) “{0}” in chung cho mọi {term.short}, không điền riêng cho từng {term.short}: tờ rơi, phiếu kiểm tra và danh sách của mọi {term.short} sẽ in nguyên cả dấu ngoặc {{…}}',
  'Write one day for every group here (e.g. 30/06/2027), or leave it empty; a group\'s own day from the column "{0}" goes in an action (e.g. "Đăng ký với tổ trưởng trước ngày {{group.[{1}]}}") or in the time (when), which are filled in for each group.':
    'Ở mục này ghi một ngày chung cho mọi {term.short} (ví dụ 30/06/2027) hoặc để trống; hạn riêng của từng {term.short} ở cột “{0}” thì ghi vào “Việc người dân cần làm” (ví dụ “Đăng ký với tổ trưởng trước ngày {{group.[{1}]}}”) hoặc mục “Thời gian”: các mục này điền riêng cho từng {term.short}.',
  "Write one day for every group here (e.g. 30/06/2027), or leave it empty; a group's own day from a column of the groups list goes in an action or in the time (when), which are filled in for each group.":
    'Ở mục này ghi một ngày chung cho mọi {term.short} (ví dụ 30/06/2027) hoặc để trống; hạn riêng của từng {term.short} lấy từ cột của danh sách thì ghi vào “Việc người dân cần làm” hoặc mục “Thời gian”: các mục này điền riêng cho từng {term.short}.',
  'the issuer\'s name "{0}" is abbreviated: Decree 30 writes the issuing body\'s name in full (only the body above it may be shortened to "UBND")':
    'tên cơ quan ban hành “{0}” đang viết tắt: theo Nghị định 30, tên cơ quan ban hành phải ghi đầy đủ (chỉ tên cơ quan chủ quản ở dòng trên mới được viết tắt “UBND”)',
  'Write it in full on two lines: "ỦY BAN NHÂN DÂN", then "{0}".':
    'Ghi đầy đủ thành hai dòng: “ỦY BAN NHÂN DÂN”, rồi “{0}”.',
  'the time (when) "{0}" has a "|": the flyer, the checklist and the tracking sheet print it as typed':
    'mục “Thời gian” (when) “{0}” có dấu “|”: tờ rơi, phiếu kiểm tra và bảng theo dõi in nguyên dấu đó',
  'the place (where) "{0}" has a "|": the flyer, the checklist and the tracking sheet print it as typed':
    'mục “Địa điểm” (where) “{0}” có dấu “|”: tờ rơi, phiếu kiểm tra và bảng theo dõi in nguyên dấu đó',
  'Only an action\'s line is split at "|" (its step, then its column title): here write a comma instead, e.g. "{0}"; a "|" meant to be printed can stay.':
    'Chỉ dòng “Việc người dân cần làm” mới được tách ở dấu “|” (việc, rồi tên cột): ở đây nên thay bằng dấu phẩy, ví dụ “{0}”; nếu muốn in dấu “|” thì cứ để nguyên.',
  'line {0} of what to bring, "{1}", has a "|": the flyer and the Zalo message print it as typed':
    'dòng {0} của “Cần mang theo” (“{1}”) có dấu “|”: tờ rơi và tin nhắn Zalo in nguyên dấu đó',
  'Write one thing a line, without "|", e.g. "{0}" on this line and "{1}" on the next; only an action\'s line is split at "|".':
    'Ghi mỗi dòng một thứ, không có dấu “|”, ví dụ dòng này “{0}”, dòng sau “{1}”; chỉ dòng “Việc người dân cần làm” mới được tách ở dấu “|”.',
  'line {0} of the numbers to call, "{1}", has a "|": the flyer, the Zalo message and the leader\'s page print it as typed':
    'dòng {0} của “Số điện thoại cần biết” (“{1}”) có dấu “|”: tờ rơi, tin nhắn Zalo và trang của {term.leader} in nguyên dấu đó',
  'Write whom it calls, a colon, then the number, without "|", e.g. "{0}: {1}"; only an action\'s line is split at "|".':
    'Ghi tên nơi cần gọi, dấu hai chấm rồi số điện thoại, không có dấu “|”, ví dụ “{0}: {1}”; chỉ dòng “Việc người dân cần làm” mới được tách ở dấu “|”.',
  'line {0} of the numbers to call, "{1}", gives {2}, but the notice\'s body writes {3} for it: the notice would print one number, the flyer, the Zalo message and the leader\'s page the other':
    'dòng {0} của “Số điện thoại cần biết” (“{1}”) ghi số {2}, nhưng nội dung văn bản ghi số {3}: văn bản sẽ in một số, còn tờ rơi, tin nhắn Zalo và trang của {term.leader} in số kia',
  'Correct the one that is out of date, in the body (notice.body) or in the numbers to call (hotlines), so that every paper gives the same number.':
    'Sửa số đã cũ, ở “Nội dung” (notice.body) hoặc ở “Số điện thoại cần biết” (hotlines), để mọi tài liệu cùng ghi một số.',
  'line {0} of the numbers to call, "{1}", takes its number from the groups file ({{…}}): the numbers to call print the same on every group\'s papers, as typed, so this line has no number':
    'dòng {0} của “Số điện thoại cần biết” (“{1}”) lấy số từ danh sách {term.short} ({{…}}): các số điện thoại cần biết in giống nhau trên giấy của mọi {term.short}, đúng như đã gõ, nên dòng này không có số nào',
  'Leave this line out: the flyer and the leader\'s page already give each group\'s leader and phone from the groups file\'s columns ("Tổ trưởng", "Số điện thoại"). Here, write only numbers the same for every group, e.g. "Công an phường: 0236 3 888 999".':
    'Bỏ dòng này: tờ rơi và trang của {term.leader} đã ghi tên và số điện thoại {term.leader} của từng {term.short} theo các cột “{term.LeaderColumn}”, “Số điện thoại” của danh sách {term.short}. Ở đây chỉ ghi các số chung cho mọi {term.short}, ví dụ “Công an phường: 0236 3 888 999”.',
  'line {0} of the numbers to call, "{1}", has no phone number':
    'dòng {0} của “Số điện thoại cần biết” (“{1}”) không có số điện thoại',
  'Write the number after whom it calls, e.g. "Công an phường: 0236 3 888 999" (or 113, 114, 115); a line that is no number to call belongs in the notice\'s body.':
    'Ghi số điện thoại sau tên nơi cần gọi, ví dụ “Công an phường: 0236 3 888 999” (hoặc 113, 114, 115); dòng không phải số điện thoại thì ghi vào nội dung văn bản.',
  'the notice\'s body names "{0}", part of the link "{1}", but not the link itself: the notice prints no QR code for it':
    'văn bản nhắc “{0}”, một phần tên đường dẫn “{1}”, nhưng không ghi đủ tên đường dẫn đó: văn bản không in mã QR của nó',
  'Write the link\'s whole label in the body ("{0}"), or shorten the label under "Đường dẫn" (links) to "{1}".':
    'Ghi đủ tên đường dẫn trong văn bản (“{0}”), hoặc sửa tên đường dẫn ở ô “Đường dẫn” thành “{1}”.',
  'the notice\'s body says "{0}" but names none of the campaign\'s links: the notice prints no address and no QR code for it':
    'văn bản nói “{0}” nhưng không ghi tên hay địa chỉ đường dẫn nào: văn bản sẽ không in địa chỉ, cũng không in mã QR để người đọc mở',
  'Name the link in the body by its label under "Đường dẫn" (links): {0}, or write its address: the notice then prints its QR code in the annex.':
    'Ghi trong nội dung tên đường dẫn như ở mục “Đường dẫn” (links): {0}, hoặc ghi địa chỉ của nó; khi đó văn bản in mã QR của đường dẫn ở Phụ lục.',
  'line {0} of the numbers to call, "{1}", does not split into whom it calls and the number: the papers print "{2}"':
    'dòng {0} của “Số điện thoại cần biết” (“{1}”) không tách được tên nơi cần gọi và số điện thoại: tờ rơi, phiếu kiểm tra và trang tổ trưởng sẽ in “{2}”',
  'Write whom it calls, a colon, then the number, e.g. "Công an phường: 0236 3 888 999".':
    'Ghi tên nơi cần gọi, dấu hai chấm rồi số điện thoại, ví dụ “Công an phường: 0236 3 888 999”.',
  '"Nơi nhận" has "{0}", which stands for the recipients under "Kính gửi", but the notice has no "Kính gửi"':
    '“Nơi nhận” có dòng “{0}”, tức là các nơi ở “Kính gửi”, nhưng văn bản không có “Kính gửi”',
  'Write under "Nơi nhận" (notice.cc) whom the notice is sent to, in place of "Như trên" (e.g. "Các tổ dân phố;").':
    'Thay “Như trên” bằng các nơi nhận văn bản, ghi ở “Nơi nhận” (notice.cc), ví dụ: “Các tổ dân phố;”.',
  'notice.type is "{0}" but the symbol "{1}" is a {2}\'s':
    'loại văn bản (notice.type) là “{0}” nhưng ký hiệu “{1}” là ký hiệu của {2}',
  'A công văn\'s symbol has no type code ("UBND-VHXH"): correct the symbol, or notice.type.':
    'Ký hiệu của công văn không có chữ viết tắt tên loại (“UBND-VHXH”): hãy sửa ký hiệu, hoặc sửa loại văn bản (notice.type).',
  'A {0}\'s symbol begins with its code, "{1}-" ("Số: 05/{2}-UBND"): correct the symbol, or notice.type.':
    'Ký hiệu của {0} bắt đầu bằng chữ viết tắt tên loại “{1}-” (“Số: 05/{2}-UBND”): hãy sửa ký hiệu, hoặc sửa loại văn bản (notice.type).',
  '"Số văn bản" (notice.number) is the number alone: write {0} there.':
    '“Số văn bản” (notice.number) chỉ ghi số: ghi {0} vào đó.',
  '"Số văn bản" (notice.number) is the number alone: write {0} there, and {1} as "Ký hiệu" (notice.symbol).':
    '“Số văn bản” (notice.number) chỉ ghi số: ghi {0} vào đó, còn {1} ghi vào “Ký hiệu” (notice.symbol).',
  '"{0}" is not a kind of document the notice can be laid out as':
    'phần mềm chưa trình bày được văn bản loại “{0}”',
  'the urgency mark: KHẨN, THƯỢNG KHẨN or HỎA TỐC': 'độ khẩn: KHẨN, THƯỢNG KHẨN hoặc HỎA TỐC',
  'the secrecy mark: MẬT, TỐI MẬT or TUYỆT MẬT': 'độ mật: MẬT, TỐI MẬT hoặc TUYỆT MẬT',
  'the circulation mark: XEM XONG TRẢ LẠI, LƯU HÀNH NỘI BỘ or TRẢ LẠI SAU KHI HỌP (HỘI NGHỊ)':
    'phạm vi lưu hành: XEM XONG TRẢ LẠI, LƯU HÀNH NỘI BỘ hoặc TRẢ LẠI SAU KHI HỌP (HỘI NGHỊ)',
  "the body's type size in points: 13 or 14": 'cỡ chữ phần nội dung: 13 hoặc 14',
  '"{0}" is not a secrecy mark: write MẬT, TỐI MẬT or TUYỆT MẬT':
    '“{0}” không phải mức độ mật: ghi MẬT, TỐI MẬT hoặc TUYỆT MẬT',
  'Leave "Độ mật" (notice.secrecy) empty for a notice that holds no state secret.':
    'Văn bản không chứa bí mật nhà nước thì để trống “Độ mật” (notice.secrecy).',
  "the notice is marked {0}: it is not put on the leaders' pages, the download site nor the groups' ZIPs":
    'Văn bản có độ mật {0}: không đưa lên trang tổ trưởng, trang tải về hay tệp ZIP gửi các tổ',
  'A state secret must not go over a network connected to the Internet (Luật Bảo vệ bí mật nhà nước 2018, Điều 5): the notice is printed and handed out on paper only; the other papers are published as before.':
    'Bí mật nhà nước không được truyền qua mạng có kết nối Internet (Luật Bảo vệ bí mật nhà nước 2018, Điều 5): văn bản chỉ được in và phát bản giấy; các giấy tờ khác vẫn đưa lên như trước.',
  '"{0}" is not one of Decree 30\'s circulation marks':
    '“{0}” không phải là một chỉ dẫn phạm vi lưu hành theo Nghị định 30/2020/NĐ-CP',
  "the notice is marked {0}: the leaders' pages tell the leaders to print it for themselves, not to post it on the board nor send it to the Zalo group":
    'Văn bản ghi {0}: trang tổ trưởng dặn tổ trưởng in để tự nắm, không dán ở nhà văn hóa, bảng tin và không gửi vào nhóm Zalo',
  'The poster, the flyer and the message for the Zalo group are for the residents and are published as before; leave "Phạm vi lưu hành" (notice.circulation) empty for a notice to post on the board.':
    'Áp phích, tờ rơi và tin nhắn nhóm Zalo là cho người dân, vẫn đưa lên như trước; văn bản cần dán ở bảng tin thì để trống “Phạm vi lưu hành” (notice.circulation).',
  'Write XEM XONG TRẢ LẠI, LƯU HÀNH NỘI BỘ or TRẢ LẠI SAU KHI HỌP (HỘI NGHỊ); leave "Phạm vi lưu hành" (notice.circulation) empty for a notice anyone may read.':
    'Ghi XEM XONG TRẢ LẠI, LƯU HÀNH NỘI BỘ hoặc TRẢ LẠI SAU KHI HỌP (HỘI NGHỊ); văn bản không hạn chế người đọc thì để trống “Phạm vi lưu hành” (notice.circulation).',
  'a công điện names whom it is sent to (after "… điện:"): notice.recipients has no line':
    'công điện phải ghi nơi nhận điện (sau dòng “… điện:”, ở mục notice.recipients), nhưng mục này chưa có dòng nào',
  'Write the recipients, one a line ({{group.name}} is each group\'s name): they print under "… điện:".':
    'Hãy ghi nơi nhận, mỗi dòng một nơi ({{group.name}} là tên từng {term.short}): các nơi này in dưới dòng “… điện:”.',
  '"{0}" is not one of Decree 30\'s urgency marks':
    '“{0}” không phải là một độ khẩn theo Nghị định 30/2020/NĐ-CP',
  'Write KHẨN, THƯỢNG KHẨN or HỎA TỐC; leave "Độ khẩn" (notice.urgency) empty for a notice that is not urgent.':
    'Ghi KHẨN, THƯỢNG KHẨN hoặc HỎA TỐC; văn bản không khẩn thì để trống “Độ khẩn” (notice.urgency).',
  '"{0}" is a sum of money ({1}), but its rate is taken against the population: the report would print a sum as a share of the people':
    '“{0}” là số tiền ({1}), nhưng tỷ lệ lại tính trên số nhân khẩu: báo cáo sẽ in số tiền thành tỷ lệ trên số người (“… đồng / … người = … %”)',
  '"{0}" is a sum of money ({1}), but its rate is taken against the households: the report would print a sum as a share of the households':
    '“{0}” là số tiền ({1}), nhưng tỷ lệ lại tính trên số hộ: báo cáo sẽ in số tiền thành tỷ lệ trên số hộ (“… đồng / … hộ = … %”)',
  'A sum collected is a plain amount: leave "of" out (or write of: đồng; in the studio, "| đồng" after the label), or take it against a column of the groups file in đồng, e.g. "Chỉ tiêu (đồng)". A count of households begins its label with "Số hộ".':
    'Số tiền đã thu chỉ ghi tổng, không tính tỷ lệ: bỏ dòng “of” (hoặc ghi of: đồng; trong trang làm việc: ghi “| đồng” sau tên chỉ tiêu), hoặc tính trên một cột tiền của danh sách, ví dụ “Chỉ tiêu (đồng)”. Nếu là số hộ thì tên chỉ tiêu bắt đầu bằng “Số hộ”.',
  '"{0}" is measured in {1}, but its rate is taken against the population: a figure in {2} is no share of people, and one above the population is refused':
    '“{0}” tính bằng {1}, nhưng tỷ lệ lại tính trên số nhân khẩu: số {2} không phải là một phần của số người, và số lớn hơn số nhân khẩu sẽ bị từ chối',
  '"{0}" is measured in {1}, but its rate is taken against the households: a figure in {2} is no share of households, and one above their number is refused':
    '“{0}” tính bằng {1}, nhưng tỷ lệ lại tính trên số hộ: số {2} không phải là một phần của số hộ, và số lớn hơn số hộ sẽ bị từ chối',
  'Count it in its own unit: of: {0} (in the studio, "| {1}" after the label); or take it against a column of the groups file in {2}, e.g. "Khối lượng dự kiến ({3})".':
    'Hãy tính theo đơn vị của nó: ghi of: {0} (trong trang làm việc: ghi “| {1}” sau tên chỉ tiêu); hoặc tính trên một cột của danh sách tính bằng {2}, ví dụ “Khối lượng dự kiến ({3})”.',
  'the title begins with "{0}": it prints as part of the campaign\'s name on the posters, the flyers and the leader\'s page':
    'tên chiến dịch bắt đầu bằng “{0}”: chữ này sẽ in lẫn vào tên chiến dịch trên áp phích, tờ rơi và trang tổ trưởng',
  'Choose "{0}" as "Độ khẩn" (notice.urgency), which Decree 30 prints in a frame under the number, and take it out of the title: "{1}".':
    'Hãy chọn “{0}” ở “Độ khẩn” (notice.urgency) — Nghị định 30 in độ khẩn trong khung, dưới số văn bản — và bỏ chữ này khỏi tên chiến dịch: “{1}”.',
  'the subject begins with "{0}": it prints as part of the subject line':
    'trích yếu bắt đầu bằng “{0}”: chữ này sẽ in lẫn vào trích yếu',
  'Choose "{0}" as "Độ khẩn" (notice.urgency), which Decree 30 prints in a frame under the number, and take it out of the subject: "{1}".':
    'Hãy chọn “{0}” ở “Độ khẩn” (notice.urgency) — Nghị định 30 in độ khẩn trong khung, dưới số văn bản — và bỏ chữ này khỏi trích yếu: “{1}”.',
  'Write one of: {0}; or leave it empty to take it from the symbol (TB-… a Thông báo, KH-… a Kế hoạch, UBND-… a Công văn).':
    'Ghi một trong các loại: {0}; hoặc để trống để lấy theo ký hiệu (TB-… là Thông báo, KH-… là Kế hoạch, UBND-… là Công văn).',
  'the subject printed after "V/v"': 'trích yếu in sau “V/v”',
  'a list of recipients ("Kính gửi"), each a line of text':
    'danh sách nơi gửi (“Kính gửi”), mỗi nơi một dòng',
  'one recipient': 'một nơi gửi',
  'the text of the notice, on the lines under "body: |", indented':
    'nội dung văn bản, viết thụt vào trên các dòng dưới “body: |”',
  'the signature block: the lines above the signature and the name':
    'phần ký: các dòng trên chữ ký và họ tên người ký',
  'the lines above the signature': 'các dòng trên chữ ký',
  'the appendices printed after the signature, each with a title and a body':
    'các phụ lục in sau phần ký, mỗi phụ lục có tên (title) và nội dung (body)',
  'one appendix: its title and body': 'một phụ lục: tên và nội dung',
  "the appendix's title": 'tên phụ lục',
  'the appendix\'s text, on the lines under "body: |", indented':
    'nội dung phụ lục, viết thụt vào trên các dòng dưới “body: |”',
  'one line above the signature': 'một dòng trên chữ ký',
  "the signer's full name": 'họ và tên người ký',
  'the "Nơi nhận" list': 'danh sách “Nơi nhận”',
  'one "Nơi nhận" entry': 'một mục “Nơi nhận”',
  'the contest (only for a campaign that has one): name, platform, starts, ends':
    'cuộc thi (chỉ khi chiến dịch có cuộc thi): name, platform, starts, ends',
  'the first day of the contest, YYYY-MM-DD': 'ngày đầu của cuộc thi, dạng năm-tháng-ngày',
  'the last day of the contest, YYYY-MM-DD': 'ngày cuối của cuộc thi, dạng năm-tháng-ngày',
  "the last day the groups' figures are due, DD/MM/YYYY or YYYY-MM-DD":
    'hạn báo cáo: ngày cuối gửi số liệu, viết ngày/tháng/năm hoặc năm-tháng-ngày',
  'the number of questions, a whole number': 'số câu hỏi, một số nguyên',
  'a prize: how many, which rank, the amount in đồng':
    'một giải: số lượng, hạng giải, số tiền (đồng)',
  'what residents are asked to do, one step each (a short tracker column optional)':
    'những việc người dân cần làm, mỗi việc một mục (có thể kèm tên cột ngắn cho bảng theo dõi)',
  'one step: the sentence, and optionally a short column title':
    'một việc: câu mô tả, có thể kèm tên cột ngắn',
  "the campaign's links by name, each with a url and a label":
    'các đường liên kết của chiến dịch theo tên, mỗi liên kết có url và label',
  'a link with a url and a label (printed under its QR code)':
    'một liên kết có url và label (in dưới mã QR)',
  'a full web address': 'một địa chỉ web đầy đủ',
  'the caption under its QR code': 'chú thích in dưới mã QR',
  'the app (only for a campaign that has one): name, ios, android and their QR captions':
    'ứng dụng (chỉ khi chiến dịch có ứng dụng): name, ios, android và chú thích mã QR',
  'the App Store link and its label': 'liên kết App Store và nhãn của nó',
  'the Google Play link and its label': 'liên kết Google Play và nhãn của nó',
  'a list of the figures each group reports back, each with id, label and of (người, hộ, đồng, a unit or a count column of the groups file)':
    'danh sách các chỉ tiêu mỗi {term.short} báo cáo, mỗi chỉ tiêu có id, label và of (người, hộ, đồng, một đơn vị tính như kg, bao, hoặc tên một cột số của danh sách)',
  'one figure: id, label and of (người, hộ, đồng, a unit or a count column of the groups file)':
    'một chỉ tiêu: id, label và of (người, hộ, đồng, một đơn vị tính như kg, bao, hoặc tên một cột số của danh sách)',
  'a short name of lower-case letters, digits and "_", starting with a letter':
    'một tên ngắn gồm chữ thường không dấu, chữ số và “_”, bắt đầu bằng chữ cái',
  "where residents pay by transfer: account (required), bank, holder and note (the transfer's content)":
    'nơi người dân chuyển khoản: account (số tài khoản, bắt buộc), bank (ngân hàng), holder (chủ tài khoản), note (nội dung chuyển khoản)',
  'the account number, as printed': 'số tài khoản, như sẽ in ra',
  'the label a leader reads above the number': 'tên chỉ tiêu mà {term.leader} đọc phía trên ô số',
  'people (its rate is taken against the population), households, the header of a count column of the groups file, đồng (a sum of money: no rate) or a unit (kg, bao: an amount, no rate); may be left out when the label ends in its unit, "(đồng)", "(kg)", "(bao)"':
    'people (tỷ lệ tính theo số nhân khẩu), households (theo số hộ), tên một cột số của danh sách (ví dụ “Số cử tri”), đồng (một số tiền, không tính tỷ lệ) hoặc một đơn vị tính (kg, bao: chỉ ghi tổng, không tính tỷ lệ); có thể bỏ trống khi tên chỉ tiêu kết thúc bằng đơn vị đó, ví dụ “Số tiền đã thu (đồng)”, “Khối lượng rác (kg)”, “Số bao rác (bao)”',
  'a picture file beside campaign.yaml': 'một tệp ảnh nằm cạnh campaign.yaml',
  'true or false': 'true (có) hoặc false (không)',
  "a picture of the signer's signature beside campaign.yaml (transparent PNG or SVG)":
    'ảnh chữ ký của người ký, nằm cạnh campaign.yaml (PNG nền trong suốt hoặc SVG)',
  "a picture of the agency's seal beside campaign.yaml (transparent PNG or SVG), or its file and the seal's real diameter":
    'ảnh con dấu của cơ quan, nằm cạnh campaign.yaml (PNG nền trong suốt hoặc SVG), hoặc tệp ảnh đó kèm đường kính thật của con dấu',
  "the seal's real diameter, measured on a stamped paper, from 20 to 50 mm":
    'đường kính thật của con dấu, đo trên một văn bản đã đóng dấu, từ 20 đến 50 mm',
  'a text': 'một đoạn chữ',
  'a number': 'một số',
  'a list': 'một danh sách',
  'a group of fields, indented under it': 'một nhóm mục, viết thụt vào bên dưới',
  'a whole number': 'một số nguyên',
  'a group of fields': 'một nhóm mục',
  'A line with ":" in it is read as a field name and its value: write the line in quotes, e.g. - "{0}".':
    'Dòng có dấu “:” bị đọc thành tên mục và giá trị của mục: viết cả dòng trong ngoặc kép, ví dụ - "{0}".',
  'a group of named entries': 'một nhóm mục có tên',
  'Expected {0}, e.g. {1}. See README.md › Inputs › campaign.yaml.':
    'Cần {0}, ví dụ {1}. Xem README.md › Inputs › campaign.yaml.',
  'See README.md › Inputs › campaign.yaml.': 'Xem README.md › Inputs › campaign.yaml.',
  nothing: 'để trống',
  'the number {0}': 'số {0}',
  '"{0}"': '“{0}”',
  'the text "{0}"': '“{0}”',
  'the campaign': 'chiến dịch',
  'entry {0} of "{1}"': 'mục thứ {0} của “{1}”',
  'The fields of {0} are: {1}.': 'Các mục của {0} là: {1}.',
  '"{0}" is not a field of {1}, so it would not be printed':
    '“{0}” không phải là mục của {1} nên sẽ không được in',
  'Did you mean "{0}"? {1}': 'Có phải ý bạn là “{0}”? {1}',
  'the required field "{0}" is missing from {1}': 'thiếu mục bắt buộc “{0}” trong {1}',
  '{0} is empty: it must be filled in': '{0} còn trống: đây là mục bắt buộc',
  '{0} must be {1}, but it is {2}': '{0} phải là {1}, nhưng đang là {2}',
  '{0} is empty': '{0} không được để trống',
  '{0} has no entries: it needs at least one': '{0} chưa có dòng nào: cần ít nhất một dòng',
  '{0} must be {1} or more': '{0} phải từ {1} trở lên',
  '{0} must be a date written DD/MM/YYYY or YYYY-MM-DD, but it is {1}':
    '{0} phải là ngày viết dạng ngày/tháng/năm (ví dụ 30/11/2026) hoặc năm-tháng-ngày (2026-11-30), nhưng đang là {1}',
  '{0} is not a real date ({1})': '{0} không phải là ngày có thật trên lịch ({1})',
  '{0} must be a short name of lower-case letters, digits and "_", starting with a letter, but it is {1}':
    '{0} phải là một tên ngắn gồm chữ thường không dấu, chữ số và “_”, bắt đầu bằng chữ cái, nhưng đang là {1}',
  '{0} must be a full web address starting with https:// or http://, but it is {1}':
    '{0} phải là địa chỉ web đầy đủ, bắt đầu bằng https:// hoặc http://, nhưng đang là {1}',
  '{0} is not valid ({1})': '{0} không hợp lệ ({1})',
  'the {0} image "{1}" is outside the campaign\'s folder':
    'ảnh {0} “{1}” nằm ngoài thư mục chiến dịch',
  'Copy the image into the folder of campaign.yaml (e.g. assets/{0}.png) and give its path from there.':
    'Chép ảnh vào thư mục chứa campaign.yaml (ví dụ assets/{0}.png) rồi ghi đường dẫn tính từ thư mục đó.',
  'invalid YAML: {0}': 'tệp YAML sai cú pháp: {0}',
  'the line is indented with the Tab key': 'dòng này thụt lề bằng phím Tab',
  'Use spaces instead of Tab: YAML allows only spaces (e.g. two spaces per level).':
    'Dùng dấu cách thay cho Tab: tệp YAML chỉ cho thụt lề bằng dấu cách (ví dụ mỗi cấp hai dấu cách).',
  'the line does not start in the same column as the items above it':
    'dòng này không thẳng cột với các mục phía trên',
  'Items of one level start in the same column: count the spaces. Look also for a quote or "[" left open on a line above.':
    'Các mục cùng cấp phải bắt đầu ở cùng một cột: đếm số dấu cách. Xem cả dấu nháy hay dấu “[” còn bỏ ngỏ ở dòng phía trên.',
  '"{0}" is written twice (first on line {1})': 'mục “{0}” viết hai lần (lần đầu ở dòng {1})',
  '"{0}" is written twice': 'mục “{0}” viết hai lần',
  'Keep one: put what both say under one "{0}", and delete the other.':
    'Chỉ giữ một: gộp nội dung của cả hai vào một mục “{0}”, rồi xoá mục còn lại.',
  'the text has a colon ":" in it, so it must be in double quotes':
    'câu có dấu hai chấm “:” nên phải đặt trong ngoặc kép',
  'Put the text in double quotes, e.g. {0}': 'Đặt cả câu trong ngoặc kép, ví dụ: {0}',
  'the next line is indented deeper than this one, so it is read as part of this value':
    'dòng tiếp theo thụt lề sâu hơn dòng này nên bị đọc lẫn vào giá trị của dòng này',
  'Start the next line in the same column as this one; or, if the lines below belong under this one, leave nothing after its ":".':
    'Cho dòng tiếp theo bắt đầu ở cùng cột với dòng này; hoặc, nếu các dòng bên dưới là mục con của dòng này, đừng ghi gì sau dấu “:” của nó.',
  'a quote or bracket opened above is not closed':
    'có dấu nháy hoặc dấu ngoặc mở ở phía trên mà chưa đóng',
  'Find the value above that starts with " or \' or [ and close it on the same line ("…", \'…\' or […]).':
    'Tìm giá trị phía trên bắt đầu bằng dấu " hoặc \' hoặc [ và đóng lại ngay trên dòng đó ("…", \'…\' hoặc […]).',
  'a value cannot begin with "{0}"': 'giá trị không được bắt đầu bằng “{0}”',
  'a backslash "{0}" inside double quotes must be written twice':
    'dấu gạch chéo ngược “{0}” trong ngoặc kép phải viết hai lần',
  "Write {0} for a backslash, or use single quotes '…' around the text.":
    "Viết {0} cho mỗi dấu gạch chéo ngược, hoặc đặt câu trong dấu nháy đơn '…'.",
  '{0} (character {1})': '{0} (ở ký tự thứ {1})',
  '{0} (character {1}; the same on lines {2})': '{0} (ở ký tự thứ {1}; các dòng {2} cũng vậy)',
  '{0} (the same on lines {1})': '{0} (các dòng {1} cũng vậy)',
  'Check indentation and quotes around values that contain ":".':
    'Kiểm tra thụt lề, và đặt trong dấu ngoặc kép những giá trị có dấu “:”.',
  'expected a YAML mapping of campaign fields':
    'tệp phải gồm các mục của chiến dịch, mỗi mục một dòng “tên mục: giá trị” (YAML)',
  'Write the campaign as "field: value" lines (issued:, issuer:, notice: …), as in examples/hai-phong/campaign.yaml.':
    'Ghi chiến dịch thành các dòng “tên mục: giá trị” (issued:, issuer:, notice: …), như tệp mẫu examples/hai-phong/campaign.yaml.',
  'the campaign file is empty': 'tệp chiến dịch đang trống',
  "Start from a copy of examples/hai-phong/campaign.yaml, make the campaign in the studio, or draft it from the ward's Word notice (import-docx).":
    'Hãy bắt đầu từ một bản sao của tệp mẫu examples/hai-phong/campaign.yaml, tạo chiến dịch trong studio, hoặc soạn từ công văn Word của phường (import-docx).',
  'the file repeats its aliases (*name) too many times to be read':
    'tệp lặp lại bí danh (*tên) quá nhiều lần nên không đọc được',
  'Write the values out instead of repeating them with YAML aliases: a campaign needs none.':
    'Hãy viết thẳng các giá trị thay vì lặp lại bằng bí danh YAML: chiến dịch không cần bí danh.',
  'cannot read the campaign file': 'không đọc được tệp chiến dịch',
  'the campaign file does not exist': 'không có tệp chiến dịch này',
  'this is a folder, not the campaign file': 'đây là một thư mục, không phải tệp chiến dịch',
  'Give the campaign.yaml file inside it: --campaign {0}.':
    'Hãy chỉ tới tệp campaign.yaml trong thư mục đó: --campaign {0}.',
  'Check the path given to --campaign.': 'Kiểm tra đường dẫn ghi sau --campaign.',
  'the campaign file is not UTF-8': 'tệp chiến dịch không ở dạng UTF-8',
  'Save it as UTF-8 (any modern editor does by default).':
    'Lưu tệp dạng UTF-8 (các trình soạn thảo hiện nay đều mặc định như vậy).',
  'the signing certificate is not a PKCS#12 file': 'tệp chứng thư số không phải dạng PKCS#12',
  'Give the .p12 or .pfx file your certificate authority issued (certificate and private key).':
    'Dùng tệp .p12 hoặc .pfx do tổ chức cung cấp chứng thư số cấp (gồm chứng thư và khoá bí mật).',
  'wrong password for the signing certificate': 'sai mật khẩu của chứng thư số',
  'cannot read the signing certificate ({0})': 'không đọc được chứng thư số ({0})',
  'Set PHUONG_PRINT_SIGN_PASSWORD to the password of the .p12 file (or type it when asked).':
    'Đặt PHUONG_PRINT_SIGN_PASSWORD bằng mật khẩu của tệp .p12 (hoặc gõ khi được hỏi).',
  'Export the certificate and its key again as a .p12 file.':
    'Xuất lại chứng thư số cùng khoá thành tệp .p12.',
  "the signing certificate's key is {0}: only RSA certificates can sign":
    'khoá của chứng thư số là loại {0}: chỉ ký được bằng chứng thư số dùng khoá RSA',
  'Ask the certificate authority (or the IT staff who exported it) for an RSA certificate, as Vietnamese authorities issue for signing documents, exported as a .p12 or .pfx file.':
    'Đề nghị tổ chức cung cấp chứng thư số (hoặc cán bộ công nghệ thông tin đã xuất tệp) cấp chứng thư số dùng khoá RSA — loại các tổ chức ở Việt Nam cấp để ký văn bản — và xuất thành tệp .p12 hoặc .pfx.',
  'the signing certificate file holds no private key': 'tệp chứng thư số không có khoá bí mật',
  'Export the certificate together with its private key (a .p12 or .pfx file).':
    'Xuất chứng thư số cùng khoá bí mật (tệp .p12 hoặc .pfx).',
  'the signing certificate file has no certificate for its private key (or the key is not RSA)':
    'tệp chứng thư số không có chứng thư khớp với khoá bí mật (hoặc khoá không phải RSA)',
  'Export the certificate together with its own private key.':
    'Xuất chứng thư số cùng đúng khoá bí mật của nó.',
  'the signing certificate expired at {0}, before the signing time {1} (Viet Nam time, UTC+7)':
    'chứng thư số đã hết hạn lúc {0}, trước thời điểm ký {1} (giờ Việt Nam, UTC+7)',
  'the signing certificate is valid only from {0}, after the signing time {1} (Viet Nam time, UTC+7)':
    'chứng thư số chỉ có hiệu lực từ {0}, sau thời điểm ký {1} (giờ Việt Nam, UTC+7)',
  'Use a certificate valid at the signing time, or set the time with --signed-at.':
    'Dùng chứng thư số còn hiệu lực vào thời điểm ký, hoặc đặt thời điểm ký bằng --signed-at.',
  'the signing certificate may not be used for signatures (its key usage has neither digitalSignature nor nonRepudiation)':
    'chứng thư số này không được dùng để ký (mục đích sử dụng khoá không có digitalSignature hay nonRepudiation)',
  'Ask the certificate authority for a signing certificate.':
    'Đề nghị tổ chức cung cấp chứng thư số cấp chứng thư dùng để ký.',
  'the signing certificate file does not exist': 'không có tệp chứng thư số',
  'cannot read the signing certificate file ({0})': 'không đọc được tệp chứng thư số ({0})',
  'Give the path of the .p12 or .pfx file after --sign.':
    'Ghi đường dẫn tệp .p12 hoặc .pfx sau --sign.',
  'this is not a Word document (.docx) that can be read':
    'đây không phải là văn bản Word (.docx) đọc được',
  'Open it in Word and save it as "Word Document (*.docx)"; an old .doc file must be saved as .docx first.':
    'Mở tệp bằng Word rồi chọn Tệp → Lưu thành → Tài liệu Word (*.docx); tệp .doc cũ cũng phải lưu lại như vậy trước.',
  'this file holds no Word document (word/document.xml is missing)':
    'tệp này không phải là văn bản Word (.docx): bên trong không có phần văn bản',
  'Open it in Word and save it as "Word Document (*.docx)".':
    'Mở tệp bằng Word rồi chọn Tệp → Lưu thành → Tài liệu Word (*.docx).',
  'no "{0}" column in the header (found: {1})': 'dòng tiêu đề không có cột “{0}” (chỉ có: {1})',
  'Name the column one of {0} (case and accents do not matter); the header must be one of the first 10 rows.':
    'Đặt tên cột là một trong {0} (không phân biệt hoa thường, có dấu hay không); dòng tiêu đề phải nằm trong 10 dòng đầu.',
  'the file is not valid CSV: {0}': 'tệp CSV không đúng định dạng: {0}',
  'A value that contains the delimiter, a quote or a line break must be in double quotes, with quotes inside it doubled (""). Saving from Excel or LibreOffice does this.':
    'Giá trị có dấu phân cách, dấu ngoặc kép hoặc xuống dòng phải đặt trong ngoặc kép, ngoặc kép bên trong viết đôi (""). Lưu từ Excel hoặc LibreOffice sẽ tự làm việc này.',
  'the row has {0} fields but the header has {1}':
    'dòng này có {0} ô nhưng dòng tiêu đề có {1} cột',
  'Fields are separated by {0}. A value that contains {1} must be in double quotes; every row needs as many fields as the header (empty ones too).':
    'Các ô được ngăn cách bằng {0}. Giá trị có {1} phải đặt trong ngoặc kép; mỗi dòng phải có đủ số ô như dòng tiêu đề (kể cả ô trống).',
  'the file is empty': 'tệp trống',
  'The first row must be the header.': 'Dòng đầu tiên phải là dòng tiêu đề.',
  'In Excel: File › Save As › "CSV UTF-8 (Comma delimited) (*.csv)"; in LibreOffice: Save As CSV, Character set "Unicode (UTF-8)".':
    'Trong Excel: File › Save As › “CSV UTF-8 (Comma delimited) (*.csv)”; trong LibreOffice: Save As CSV, Character set “Unicode (UTF-8)”.',
  'the file is not UTF-8 (it looks like {0})': 'tệp không ở dạng UTF-8 (có vẻ là {0})',
  'the file is not UTF-8': 'tệp không ở dạng UTF-8',
  'the file\'s Vietnamese letters were replaced by "?" when it was saved (e.g. "{0}"): they are lost and cannot be read back':
    'các chữ cái tiếng Việt trong tệp đã bị thay bằng dấu “?” khi lưu (ví dụ “{0}”): chữ đã mất, không khôi phục được',
  'Save the list again from the original (the Excel workbook, or the file it was copied from) as CSV UTF-8, or give the .xlsx itself. {0}':
    'Lưu lại danh sách từ bản gốc (sổ tính Excel, hoặc tệp đã chép ra tệp này) thành CSV UTF-8, hoặc đưa thẳng tệp .xlsx. {0}',
  'the file is an Excel workbook (.xlsx), not CSV':
    'tệp này là sổ tính Excel (.xlsx), không phải CSV',
  'Rename it to end in .xlsx, or save it again as CSV UTF-8.':
    'Đổi tên tệp cho đuôi là .xlsx, hoặc lưu lại thành CSV UTF-8.',
  'the file is an old Excel workbook (.xls), not CSV':
    'tệp này là sổ tính Excel cũ (.xls), không phải CSV',
  'the file is not UTF-8: it was read as Windows-1258 (Vietnamese) and converted':
    'tệp không ở dạng UTF-8: đã đọc theo bảng mã Windows-1258 (tiếng Việt) và chuyển đổi',
  'Check the names on the proofs. To stop this warning, save the file as UTF-8: {0}':
    'Kiểm tra lại các tên trên bản in thử. Để hết cảnh báo này, hãy lưu tệp dạng UTF-8: {0}',
  'cannot read groups from a "{0}" file': 'không đọc được danh sách {term.short} từ tệp “{0}”',
  'cannot read groups from a file without an extension (.csv, .xlsx…)':
    'không đọc được danh sách {term.short} từ tệp không có đuôi (.csv, .xlsx…)',
  'this is a folder, not a file': 'đây là một thư mục, không phải tệp',
  'this is the temporary file Excel keeps beside an open workbook, not the list':
    'đây là tệp tạm Excel tạo ra khi đang mở một sổ tính, không phải danh sách',
  'Choose the workbook itself, "{0}".': 'Hãy chọn chính tệp sổ tính “{0}”.',
  'this ".xls" file is a web page or XML that Excel opens, not a workbook':
    'tệp “.xls” này là trang web hoặc tệp XML mà Excel mở được, không phải sổ tính Excel',
  'this is an old Excel file (.xls), which the tool does not read':
    'đây là tệp Excel cũ (.xls), phần mềm không đọc được',
  'Open it in Excel, choose File › Save As › "Excel Workbook (*.xlsx)", and give the .xlsx file.':
    'Mở tệp trong Excel, chọn Tệp (File) › Lưu thành (Save As) › “Sổ làm việc Excel (Excel Workbook *.xlsx)”, rồi dùng tệp .xlsx đó.',
  'this is a LibreOffice file (.ods), which the tool does not read':
    'đây là tệp LibreOffice (.ods), phần mềm không đọc được',
  'Open it, choose File › Save As › file type "Excel 2007-365 (.xlsx)", and give the .xlsx file.':
    'Mở tệp, chọn Tệp (File) › Lưu thành (Save As) › kiểu “Excel 2007-365 (.xlsx)”, rồi dùng tệp .xlsx đó.',
  'Give the groups as a .csv (CSV UTF-8), .txt (Excel "Unicode Text"), .xlsx (Excel workbook) or .docx (a table in Word) file.':
    'Hãy đưa danh sách {term.short} dạng tệp .csv (CSV UTF-8), .txt (“Văn bản Unicode” của Excel), .xlsx (sổ tính Excel) hoặc .docx (bảng trong Word).',
  'this is an old Word file (.doc) under a "{0}" name, which the tool does not read':
    'đây là tệp Word cũ (.doc) mang đuôi “{0}”, phần mềm không đọc được',
  'this ".docx" file is an old Excel file (.xls), which the tool does not read':
    'tệp “.docx” này thực ra là tệp Excel cũ (.xls), phần mềm không đọc được',
  'this is an old Word file (.doc), which the tool does not read':
    'đây là tệp Word cũ (.doc), phần mềm không đọc được',
  'Open it in Word, choose File › Save As › "Word Document (*.docx)", and give the .docx file; the list must be a table in it.':
    'Mở tệp bằng Word, chọn Tệp › Lưu thành › “Tài liệu Word (*.docx)” rồi dùng tệp .docx; danh sách phải là một bảng trong tệp.',
  'this ".docx" file is not a Word document': 'tệp “.docx” này không phải văn bản Word',
  'the Word document holds no table: the list must be a table, a row per group':
    'văn bản Word không có bảng nào: danh sách phải là một bảng, mỗi {term.short} một dòng',
  'Put the list in a Word table (Insert › Table), its first row the headers ("STT", "Tên tổ dân phố"…); or give it as an Excel workbook (.xlsx).':
    'Hãy để danh sách trong một bảng Word (Chèn › Bảng), dòng đầu là tiêu đề cột (“STT”, “Tên tổ dân phố”…); hoặc dùng tệp Excel (.xlsx).',
  'read the list in table {0} of the document; table(s) {1} also hold a list, not read':
    'đã đọc danh sách ở bảng thứ {0} của văn bản; (các) bảng thứ {1} cũng là danh sách nhưng không được đọc',
  "Keep one list in the document (delete last year's), or give the list as an Excel workbook (.xlsx).":
    'Chỉ để một danh sách trong văn bản (xoá danh sách cũ), hoặc dùng tệp Excel (.xlsx).',
  'the file does not exist': 'không có tệp này',
  "the campaign folder holds templates/web/{0}: the program does not use it, the leaders' pages use the program's own script (a script in a campaign folder could run on every leader's phone)":
    'thư mục chiến dịch có tệp templates/web/{0}: phần mềm không dùng mã này, trang tổ trưởng dùng mã của phần mềm (mã lạ trong thư mục chiến dịch có thể chạy trên điện thoại của mọi tổ trưởng)',
  'If the office wrote this script, run serve with --templates naming the folder that holds it.':
    'Nếu chính văn phòng viết mã này, hãy chạy serve với --templates chỉ tới thư mục chứa nó.',
  'the templates folder {0} does not exist': 'không có thư mục mẫu {0}',
  '--templates names {0}, which is a file, not a folder':
    '--templates chỉ tới {0}, đây là một tệp chứ không phải thư mục',
  "Give the folder that holds the templates (notice.hbs, poster.hbs…), or leave out --templates to use the campaign's templates/ folder or the tool's own.":
    'Hãy ghi thư mục chứa các mẫu (notice.hbs, poster.hbs…), hoặc bỏ --templates để dùng thư mục templates/ của chiến dịch hoặc mẫu có sẵn của phần mềm.',
  'cannot read the file ({0})': 'không đọc được tệp ({0})',
  'Check the path given for the groups file.': 'Kiểm tra đường dẫn của tệp danh sách {term.short}.',
  'the file has text typed with a TCVN3 (ABC) font, and this cell reads as Vietnamese both as it is and converted ("{0}" or "{1}")':
    'tệp có chữ gõ bằng phông TCVN3 (ABC), và ô này đọc thành tiếng Việt theo cả hai cách, giữ nguyên hay chuyển mã (“{0}” hoặc “{1}”)',
  'the file has text typed with a TCVN3 (ABC) font, and this cell reads as Vietnamese both as it is and converted':
    'tệp có chữ gõ bằng phông TCVN3 (ABC), và ô này đọc thành tiếng Việt theo cả hai cách, giữ nguyên hay chuyển mã',
  'the text was typed with a VNI font, not in Unicode, and the tool does not convert VNI':
    'chữ được gõ bằng phông VNI, không phải Unicode; công cụ không tự chuyển mã được phông VNI',
  'the text was typed with a TCVN3 (ABC) font, not in Unicode, and cannot be converted with certainty':
    'chữ được gõ bằng phông TCVN3 (ABC), không phải Unicode, và không tự chuyển mã chắc chắn được',
  '{0} ("{1}" is probably "{2}")': '{0} (“{1}” có lẽ là “{2}”)',
  '{0} ("{1}")': '{0} (“{1}”)',
  'the CSV file was saved as ANSI ("CSV (Comma delimited)"), not UTF-8, with text typed in a TCVN3 (ABC) font':
    'tệp CSV được lưu dạng ANSI (“CSV (Comma delimited)”), không phải UTF-8, với chữ gõ bằng phông TCVN3 (ABC)',
  'the CSV file was saved as ANSI ("CSV (Comma delimited)"), not UTF-8, with text typed in a VNI font':
    'tệp CSV được lưu dạng ANSI (“CSV (Comma delimited)”), không phải UTF-8, với chữ gõ bằng phông VNI',
  'Save it again as CSV UTF-8 (the tool then converts the TCVN3 text itself), or give the Excel workbook: {0}':
    'Lưu lại tệp dạng CSV UTF-8 (công cụ sẽ tự chuyển mã chữ TCVN3), hoặc dùng thẳng tệp Excel: {0}',
  'Open it in Excel, then: {0}': 'Mở tệp bằng Excel rồi: {0}',
  '{0} cell(s) typed with a TCVN3 (ABC) font were converted to Unicode, e.g. "{1}" → "{2}"':
    'đã chuyển {0} ô gõ bằng phông TCVN3 (ABC) sang Unicode, ví dụ “{1}” → “{2}”',
  '{0} cell(s) typed with a TCVN3 (ABC) font were converted to Unicode':
    'đã chuyển {0} ô gõ bằng phông TCVN3 (ABC) sang Unicode',
  'cells with the letter Ñ are printed as typed (e.g. "{0}"): Ê Đê, M\'Nông and K\'Ho names write it':
    'các ô có chữ Ñ được in đúng như gõ (ví dụ “{0}”): tên tiếng Ê Đê, M’Nông, K’Ho có chữ này',
  "cells with the letter Ñ are printed as typed: Ê Đê, M'Nông and K'Ho names write it":
    'các ô có chữ Ñ được in đúng như gõ: tên tiếng Ê Đê, M’Nông, K’Ho có chữ này',
  'If the list was typed with a VNI font instead (where Ñ stands for Đ), convert it: {0}':
    'Nếu danh sách được gõ bằng phông VNI (khi đó Ñ là chữ Đ) thì hãy chuyển mã: {0}',
  'the text with the letter Ñ is printed as typed ("{0}"): Ê Đê, M\'Nông and K\'Ho names write it':
    'chữ Ñ trong “{0}” được in đúng như đã gõ: tên tiếng Ê Đê, M’Nông, K’Ho có chữ này',
  'If it was typed with a VNI font instead (where Ñ stands for Đ), convert it: {0}':
    'Nếu chữ này được gõ bằng phông VNI (khi đó Ñ là chữ Đ) thì hãy chuyển mã: {0}',
  'Check them on the proofs. To fix the file itself: {0}':
    'Kiểm tra lại trên bản in thử. Để sửa ngay trong tệp: {0}',
  'Convert the file with Unikey: copy the cells, open Unikey › "Công cụ…" (Ctrl+Shift+F6), choose Nguồn "TCVN3 (ABC)" or "VNI Windows" as the text looks, Đích "Unicode", click "Chuyển mã", paste back and save as CSV UTF-8 or Excel workbook.':
    'Chuyển mã bằng Unikey: chép các ô, mở Unikey › “Công cụ…” (Ctrl+Shift+F6), chọn Nguồn “TCVN3 (ABC)” hoặc “VNI Windows” tùy theo chữ, Đích “Unicode” (Unicode dựng sẵn), bấm “Chuyển mã”, dán lại rồi lưu thành CSV UTF-8 hoặc sổ tính Excel.',
  'the workbook has no data': 'tệp Excel không có dữ liệu',
  'the file is a Word document (.docx), not an Excel workbook':
    'tệp này là văn bản Word (.docx), không phải sổ tính Excel',
  'Give the list as an Excel workbook (.xlsx) or CSV: copy the table from Word into Excel and save it as "Excel Workbook (*.xlsx)".':
    'Đưa danh sách {term.short} dạng sổ tính Excel (.xlsx) hoặc CSV: chép bảng từ Word sang Excel rồi chọn Tệp → Lưu thành → “Sổ làm việc Excel (*.xlsx)”.',
  'the cell shows the formula error {0}': 'ô này báo lỗi công thức {0}',
  'Fix the formula or type the value.': 'Sửa công thức hoặc gõ thẳng giá trị.',
  '"{0}" is not a whole number': '“{0}” không phải là số nguyên',
  'Write digits only, e.g. 245 or 1.234 (a thousands dot or space is fine); leave it empty if unknown.':
    'Chỉ ghi chữ số, ví dụ 245 hoặc 1.234 (được dùng dấu chấm hay dấu cách ngăn hàng nghìn); chưa biết thì để trống.',
  '"{0}" must not be negative': '“{0}”: số này không được âm',
  '"{0}" has a decimal part: a count is a whole number':
    '“{0}” là số thập phân (có phần lẻ sau dấu phẩy hoặc dấu chấm): số hộ, số nhân khẩu phải là số nguyên',
  'Households and residents are counted in whole numbers: write the figure without a decimal part, e.g. 245 or 1.234.':
    'Ghi số nguyên, không có phần lẻ, ví dụ 245 hoặc 1.234.',
  'the column "{0}" is not used: is it "{1}"?': 'cột “{0}” không dùng đến — có phải là “{1}”?',
  'Group leader': '{term.LeaderColumn}',
  'the column "{0}" holds two fields, "{1}" and "{2}": neither is read from it':
    'cột “{0}” gộp hai mục “{1}” và “{2}”: phần mềm không đọc được mục nào từ cột này',
  'Split it into two columns headed "{0}" and "{1}" (Excel: Data › Text to Columns), so that each is printed.':
    'Tách thành hai cột có tiêu đề “{0}” và “{1}” (trong Excel: Data › Text to Columns), để in được cả hai.',
  'If so, rename the column "{0}" (README.md › Inputs › Groups lists the headers read); if not, this warning can be ignored.':
    'Nếu đúng, đổi tên cột thành “{0}” (README.md › Inputs › Groups liệt kê các tiêu đề đọc được); nếu không, có thể bỏ qua cảnh báo này.',
  'a totals row ("{0}"), not a group: it is skipped':
    'đây là dòng tổng cộng (“{0}”), không phải một {term.group}: đã bỏ qua dòng này',
  'column {0} (column {1}) has no header, but {2} of its cells hold values ({3}…): the column is not read':
    'cột {0} (cột thứ {1}) không có tiêu đề nhưng có {2} ô có nội dung ({3}…): cột này không được đọc',
  'column {0} (column {1}) has no header, but {2} of its cells hold values ({3}): the column is not read':
    'cột {0} (cột thứ {1}) không có tiêu đề nhưng có {2} ô có nội dung ({3}): cột này không được đọc',
  'Give this column a header if it is to be printed; a text prints a column by its header, {{group.[header]}}.':
    'Đặt tiêu đề cho cột này nếu cần in; nội dung in một cột theo tiêu đề của cột, {{group.[Tiêu đề]}}.',
  'Give this column a header, e.g. "Số điện thoại", if it is to be printed.':
    'Đặt tiêu đề cho cột này, ví dụ “Số điện thoại”, nếu cần in.',
  'the columns {0} have the same header "{1}": only column {2} is read':
    'các cột {0} có cùng tiêu đề “{1}”: chỉ đọc cột {2}',
  "Give each column its own header; under a title merged over several columns, write each column's name in the row below it.":
    'Đặt cho mỗi cột một tiêu đề riêng; dưới ô tiêu đề gộp nhiều cột, ghi tên từng cột ở dòng ngay dưới.',
  'the row numbers the columns (1, 2, 3…), not a group: it is skipped':
    'dòng này đánh số các cột (1, 2, 3…), không phải một {term.group}: đã bỏ qua dòng này',
  '"{0}" has no leader (the name and the phone are empty): there is no one to send its leader page\'s link to, and its flyer and poster send residents to the office instead of the leader':
    '“{0}” không có {term.leader} (ô họ tên và ô số điện thoại đều trống): không có ai để gửi đường dẫn trang {term.leader} của {term.short} này; tờ rơi và áp phích của {term.short} này ghi người dân liên hệ văn phòng phường thay cho {term.leader}',
  "Write the name and phone of whoever stands in (a deputy, or the ward's officer for this group), or leave them empty until one is chosen: the group's papers are still printed.":
    'Ghi họ tên và số điện thoại của người nhận việc thay (tổ phó, hoặc cán bộ phường phụ trách {term.short} này), hoặc để trống đến khi có {term.leader} mới: giấy tờ của {term.short} này vẫn được in.',
  'the leader\'s cell holds more than a name: "{0}" prints with it, as "{1}"':
    'ô {term.leader} có thêm nội dung ngoài họ tên: “{0}” sẽ được in liền sau tên, thành “{1}”',
  "Keep the leader's name alone in the column; give a deputy or a phone a column of its own.":
    'Chỉ ghi họ tên {term.leader} trong cột này; người phó hoặc số điện thoại ghi ở cột riêng.',
  'the row repeats the header, not a group: it is skipped':
    'dòng này lặp lại dòng tiêu đề, không phải một {term.group}: đã bỏ qua dòng này',
  'row {0} is below the table (a date, a signature), not a group: it is skipped':
    'dòng {0} nằm dưới bảng (ngày tháng, chữ ký), không phải một {term.group}: đã bỏ qua',
  'rows {0}–{1} are below the table (a date, signatures), not groups: they are skipped':
    'dòng {0}–{1} nằm dưới bảng (ngày tháng, chữ ký), không phải {term.group}: đã bỏ qua',
  'If one of them is a group, write its name in the column "{0}".':
    'Nếu trong đó có một {term.group}, ghi tên vào cột “{0}”.',
  'the phone "{0}" is not a phone number in Viet Nam (0 and 9 or 10 digits): it is printed as typed':
    'số điện thoại “{0}” không giống số điện thoại ở Việt Nam (số 0 và 9 hoặc 10 chữ số): sẽ in đúng như đã ghi',
  'the phone "{0}" begins with a landline\'s area code (02…) but has 10 digits; a landline has 11 (0 and 10 digits): it is printed as typed':
    'số điện thoại “{0}” bắt đầu bằng mã vùng của số cố định (02…) nhưng chỉ có 10 chữ số, trong khi số cố định có 11 chữ số: có thể thiếu một chữ số, sẽ in đúng như đã ghi',
  'Check the number; write it as 0912 345 678 (a mobile) or 024 3845 1234 (a landline).':
    'Kiểm tra lại số; ghi theo dạng 0912 345 678 (di động) hoặc 024 3845 1234 (cố định).',
  'the name "{0}" begins with a small letter where the other names begin with a capital: it is printed as typed':
    'tên “{0}” viết thường chữ đầu, trong khi các tên khác viết hoa: sẽ in đúng như đã ghi',
  'the name "{0}" writes "{1}" where the other names write "{2}": it is printed as typed':
    'tên “{0}” ghi “{1}”, trong khi các tên khác ghi “{2}”: sẽ in đúng như đã ghi',
  'If it should be "{0}", correct it in the file.': 'Nếu đúng là “{0}”, sửa lại trong tệp.',
  '"{0}" is taken as the group the groups file names "{1}", written with other marks: check which is right':
    '“{0}” được hiểu là {term.short} mà danh sách {term.short} ghi “{1}” (khác dấu): kiểm tra xem tên nào đúng',
  'If it should begin with a capital ("{0}"), correct it in the file.':
    'Nếu cần viết hoa (“{0}”), sửa lại trong tệp.',
  'the totals row says {0} but the groups above add up to {1}':
    'dòng tổng cộng ghi {0} nhưng cộng các dòng phía trên được {1}',
  "Check for a group left out of the list or a figure typed wrong; the documents use each group's own figure.":
    'Xem có {term.group} nào bị sót khỏi danh sách hay gõ nhầm số không; tài liệu dùng số của từng {term.short}.',
  'the id is empty': 'thiếu mã {term.short}',
  'Every row needs an id (e.g. "5"), different on every row.':
    'Mỗi dòng cần một mã {term.short} (ví dụ “5”), không dòng nào trùng nhau.',
  'the name is empty': 'thiếu tên',
  'Write the group\'s name, e.g. "Tổ dân phố số 5".':
    'Ghi tên {term.short}, ví dụ “{term.Group} số 5”.',
  'the phone "{0}" is a number cell and has lost digits (its leading 0)':
    'số điện thoại “{0}” bị Excel lưu dạng số nên mất chữ số 0 ở đầu',
  'the file has a header but no groups': 'tệp có dòng tiêu đề nhưng không có {term.short} nào',
  'Add one row per residential group under the header.':
    'Thêm mỗi {term.group} một dòng bên dưới dòng tiêu đề.',
  'the id "{0}" is already used by row {1}': 'mã “{0}” trùng với dòng {1}',
  'Every group needs its own id; renumber one of the two rows.':
    'Mỗi {term.short} cần một mã riêng; đánh số lại một trong hai dòng.',
  'the row repeats row {0}: the same name, leader and figures (only "{1}" and the notes differ), so it is one group entered twice and is not counted again':
    'dòng này chép lại dòng {0}: cùng tên, cùng {term.leader}, cùng mọi số liệu (chỉ khác cột “{1}” và ghi chú), nên là một {term.short} nhập hai lần; không tính lần thứ hai',
  "Delete one of the two rows (or, if they are two groups, write each one's own name and figures).":
    'Xoá một trong hai dòng (nếu là hai {term.short} khác nhau thì ghi đúng tên và số liệu của từng {term.short}).',
  'Format the column as Text (Format Cells › Text) and type the numbers again with their leading 0.':
    'Định dạng cột là Văn bản (Format Cells › Text) rồi gõ lại các số, có cả số 0 ở đầu.',
  'the file is not a readable Excel workbook': 'không đọc được tệp Excel này',
  'the file is CSV (text), not an Excel workbook': 'tệp này là CSV (văn bản), không phải Excel',
  'Rename it to end in .csv, or open it in Excel and save it again as "Excel Workbook (*.xlsx)".':
    'Hãy đổi đuôi tệp thành .csv, hoặc mở bằng Excel rồi lưu lại thành “Excel Workbook (*.xlsx)”.',
  'Save it from Excel or LibreOffice as "Excel Workbook (*.xlsx)"; old .xls files and password-protected workbooks cannot be read.':
    'Lưu lại từ Excel hoặc LibreOffice thành “Excel Workbook (*.xlsx)”; tệp .xls cũ và tệp có đặt mật khẩu thì không đọc được.',
  'the Word document would take more than {0} MB once opened: it is broken, or not a notice':
    'tệp Word này khi mở ra sẽ chiếm hơn {0} MB: tệp bị hỏng, hoặc không phải là một văn bản thông báo',
  'Check that this is the right file; if it is, open it in Word, make its large pictures smaller or remove them, and save it again as "Word Document (*.docx)".':
    'Kiểm tra xem có đúng tệp không; nếu đúng, mở tệp bằng Word, thu nhỏ hoặc xoá các hình lớn, rồi chọn Tệp → Lưu thành → Tài liệu Word (*.docx).',
  'the workbook would take more than {0} MB once opened; a groups or roster file may not':
    'tệp Excel này khi mở ra sẽ chiếm hơn {0} MB; tệp danh sách {term.short} hay danh sách hộ không thể lớn như vậy',
  'the file is {0} MB; a groups or roster file may be at most {1} MB':
    'tệp nặng {0} MB; tệp danh sách {term.short} hay danh sách hộ chỉ được tối đa {1} MB',
  'Check that this is the right file: a ward’s groups or residents fit in a few hundred KB.':
    'Kiểm tra xem có đúng tệp không: danh sách {term.short} hay cư dân của một phường chỉ nặng vài trăm KB.',
  'a cell holds {0} characters; a cell may hold at most {1}':
    'một ô có {0} ký tự; mỗi ô chỉ được tối đa {1}',
  'Check that cell: a name, phone or address is much shorter.':
    'Kiểm tra ô đó: tên, số điện thoại hay địa chỉ ngắn hơn nhiều.',
  'the file has more than {0} rows, the most a groups or roster file may have':
    'tệp có hơn {0} dòng, vượt mức tối đa của tệp danh sách {term.short} hay danh sách hộ',
  'Check that this is the right file, or split a very large city into several files.':
    'Kiểm tra xem có đúng tệp không, hoặc chia danh sách rất lớn thành nhiều tệp.',
  'the column "{0}" is a column of the groups list: it need not be imported, and is not read':
    'cột “{0}” là cột của danh sách {term.short}: không cần nhập, cột này không được đọc',
  'the column "{0}" is neither the group nor one of the campaign\'s measures: it is not read':
    'cột “{0}” không phải cột {term.short}, cũng không phải chỉ tiêu nào của chiến dịch: cột này không được đọc',
  'the column "{0}" holds figures but is none of the campaign\'s measures, and no column is headed {1}: the report would say no group reported it':
    'cột “{0}” có số liệu nhưng không khớp chỉ tiêu nào của chiến dịch, và không có cột nào mang tên {1}: báo cáo sẽ ghi là chưa có {term.short} nào báo cáo',
  "Head the column with the measure's label as campaign.yaml writes it, or with its id, and import the file again; nothing of it was imported.":
    'Đặt tiêu đề cột đúng tên chỉ tiêu như trong campaign.yaml, hoặc mã của chỉ tiêu, rồi nhập lại tệp; chưa có số liệu nào của tệp được nhập.',
  "To report it, head it with a measure's label or id: {0}.":
    'Muốn báo cáo cột này, đặt tiêu đề là tên hoặc mã của một chỉ tiêu: {0}.',
  'no header with a group column and a figure column (found: {0})':
    'không có dòng tiêu đề gồm cột {term.short} và cột số liệu (chỉ có: {0})',
  'Head one column "Mã tổ" or "Tên tổ dân phố", and one column per figure with its label or id: {0}.':
    'Đặt một cột tiêu đề “STT” hoặc “Mã” cho mã {term.short}, và mỗi chỉ tiêu một cột có tên hoặc mã của chỉ tiêu: {0}.',
  'the header (row {0}) has the group column "{1}" but no figure column (found: {2})':
    'dòng tiêu đề (dòng {0}) có cột {term.short} “{1}” nhưng không có cột số liệu nào (chỉ có: {2})',
  'Head one column per figure with its label or id: {0}.':
    'Mỗi chỉ tiêu một cột, tiêu đề là tên hoặc mã của chỉ tiêu: {0}.',
  'Head one column per figure with its label: {0}.':
    'Mỗi chỉ tiêu một cột, tiêu đề là tên của chỉ tiêu: {0}.',
  'the header (row {0}) has the figure column "{1}" but no group column (found: {2})':
    'dòng tiêu đề (dòng {0}) có cột số liệu “{1}” nhưng không có cột {term.short} (chỉ có: {2})',
  'Head one column with the group\'s id ("Mã tổ") or its name ("Tên tổ dân phố"), as the groups file has them.':
    'Thêm một cột mã {term.short} (“Mã {term.short}”) hoặc tên {term.short} (“Tên {term.short}”), ghi như trong tệp danh sách.',
  'the column "{0}" is read as the measure "{1}": its header is not the measure\'s label as written in the campaign':
    'cột “{0}” được đọc là số liệu “{1}”, dù tiêu đề cột không ghi đúng tên số liệu như trong chiến dịch',
  'If the column holds another figure, rename it; else head it "{0}", as the campaign writes it.':
    'Nếu cột này là số liệu khác, hãy đổi tiêu đề cột; nếu đúng, nên ghi tiêu đề là “{0}” như trong chiến dịch.',
  'no group of the groups file has the id "{0}" or the name "{1}"':
    'tệp danh sách {term.short} không có {term.short} nào mã “{0}” hay tên “{1}”',
  'no group of the groups file has the id "{0}"':
    'tệp danh sách {term.short} không có {term.short} nào mã “{0}”',
  'no group of the groups file has the name "{0}"':
    'tệp danh sách {term.short} không có {term.short} nào tên “{0}”',
  'no group of the groups file has the empty id and name':
    'dòng này không có mã {term.short} và tên {term.short}',
  '"{0}" looks like an Excel day number ({1}), not a date: the papers print the number "{2}" as the file holds it':
    '“{0}” có vẻ là số ngày của Excel ({1}), không phải ngày tháng: giấy tờ sẽ in nguyên số “{2}” như trong tệp',
  '{0} cells of the "{1}" column look like Excel day numbers, not dates ({2}): the papers print the numbers as the file holds them':
    '{0} ô của cột “{1}” có vẻ là số ngày của Excel, không phải ngày tháng ({2}): giấy tờ sẽ in nguyên các số đó như trong tệp',
  'In Excel, format the column as dates (Format Cells › Date, dd/mm/yyyy) or type each day as {0}, then save the file again.':
    'Trong Excel, định dạng cột này là ngày (Format Cells › Date, kiểu dd/mm/yyyy) hoặc gõ lại từng ngày dạng {0}, rồi lưu lại tệp.',
  'no group of the groups file has the id "{0}": is it the id "{1}" ({2})?':
    'tệp danh sách {term.short} không có {term.short} nào mã “{0}”: có phải mã “{1}” ({2})?',
  'no group of the groups file has the id "{0}" or the name "{1}": is it "{2}" (id {3})?':
    'tệp danh sách {term.short} không có {term.short} nào mã “{0}” hay tên “{1}”: có phải “{2}” (mã {3})?',
  'no group of the groups file has the name "{0}": is it "{1}" (id {2})?':
    'tệp danh sách {term.short} không có {term.short} nào tên “{0}”: có phải “{1}” (mã {2})?',
  'the column "{0}" reads like several measures ({1}), and which one it is cannot be told: the file has no figure column':
    'cột “{0}” gần giống tên nhiều số liệu ({1}), không biết là số liệu nào: tệp không có cột số liệu nào được đọc',
  "Head the column with its measure's label, as the campaign writes it.":
    'Đặt tiêu đề cột đúng như tên số liệu trong chiến dịch.',
  'the column "{0}" is not headed as the measure "{1}" ({2}) is named, though it reads alike: the file has no figure column':
    'cột “{0}” gần giống nhưng không đúng tên số liệu “{1}” ({2}): tệp không có cột số liệu nào được đọc',
  'Head the column with the measure\'s label as campaign.yaml writes it ("{0}") or with its id ({1}).':
    'Đặt tiêu đề cột đúng như tên số liệu trong campaign.yaml (“{0}”) hoặc ghi mã của nó ({1}).',
  'Is it the measure "{0}" ({1})? Head the column with its label as campaign.yaml writes it, or with its id.':
    'Có phải số liệu “{0}” ({1})? Đặt tiêu đề cột đúng như tên số liệu trong campaign.yaml, hoặc ghi mã của nó.',
  "{0} rows give a group's id without its leading zeros, as Excel saves a number column to CSV; each is taken as the one group with that id (row {1})":
    '{0} dòng ghi mã {term.short} thiếu số 0 ở đầu (Excel bỏ số 0 ở đầu khi lưu thành CSV); mỗi dòng được hiểu là {term.short} duy nhất có mã đó (dòng {1})',
  'row {0}: {1} {2}, the name "{3}"': 'dòng {0}: {1} {2}, tên ghi “{3}”',
  'the column "{0}" counts the rows, it is not the groups\' ids: in {1} rows it names another group than the row\'s name, and each row is taken as the group its name gives ({2})':
    'cột “{0}” là số thứ tự dòng, không phải mã {term.short}: ở {1} dòng, số này là mã của một {term.short} khác với tên ghi trong dòng, nên mỗi dòng được ghi cho {term.short} theo tên ({2})',
  'Check the groups named on each of those rows; to name a group by its id, add a column "Mã tổ" with the ids of the groups file.':
    'Hãy xem lại {term.short} của từng dòng đó; muốn ghi theo mã {term.short}, thêm cột “Mã {term.short}” ghi mã như trong tệp danh sách.',
  'row {0}: id {1} is "{2}", the name "{3}"': 'dòng {0}: mã {1} là “{2}”, tên ghi “{3}”',
  "in {0} rows the name is like no group's of the groups file: each row is taken as the group its id gives ({1})":
    'ở {0} dòng, tên ghi không giống tên {term.short} nào trong tệp danh sách: mỗi dòng được ghi cho {term.short} theo mã ({1})',
  'Check the groups named on each of those rows; write each name as the groups file has it.':
    'Hãy xem lại {term.short} của từng dòng đó; nên ghi tên {term.short} đúng như trong tệp danh sách.',
  'the id {0} is "{1}", but the name written is "{2}"': 'mã {0} là “{1}”, nhưng tên ghi “{2}”',
  'the name written, "{0}", is no group\'s name in the groups file':
    'tên ghi “{0}” không phải tên {term.short} nào trong tệp danh sách',
  'Check that the groups named are the right ones; to keep the zeros, format the id column as Text in Excel before typing.':
    'Hãy xem lại các {term.short} được nêu có đúng không; muốn giữ số 0 ở đầu, trong Excel hãy định dạng cột mã là Text (Văn bản) trước khi gõ.',
  'this row': 'dòng này',
  'these rows': 'các dòng này',
  'the results file': 'tệp kết quả',
  'the residents list': 'danh sách hộ, người dân',
  'the group that reported': '{term.short} đã báo cáo',
  'the group of the household or resident': '{term.short} của hộ, người dân đó',
  'This row is not imported.': 'Dòng này chưa được nhập.',
  'These rows are not imported.': 'Các dòng này chưa được nhập.',
  "This row is on no group's tracking sheet.":
    'Dòng này chưa có trong bảng theo dõi của {term.short} nào.',
  "These rows are on no group's tracking sheet.":
    'Các dòng này chưa có trong bảng theo dõi của {term.short} nào.',
  'Check {0} of {1} against the groups file: the id ("Mã tổ"/"STT") or the name must be one of its groups.':
    'Đối chiếu {0} của {1} với tệp danh sách {term.short}: mã {term.short} (cột “STT” hoặc “Mã”) hoặc tên phải là của một {term.short} trong đó.',
  'Write in {0} the group\'s id as given above (e.g. "{1}"), or its name as printed.':
    'Ghi vào {0} mã {term.short} như nêu trên (ví dụ “{1}”), hoặc tên {term.short} như khi in.',
  'Write in {0} the group\'s id given above, or its name as printed with its old ward (e.g. "{1}").':
    'Ghi vào {0} mã {term.short} nêu trên, hoặc tên {term.short} như khi in, kèm tên phường cũ (ví dụ “{1}”).',
  'Write the group\'s id ("Mã tổ"/"STT") in {0}, as the groups file has it.':
    'Ghi mã {term.short} vào {0}, đúng như trong tệp danh sách (cột “STT” hoặc “Mã”).',
  '{0} of {1} ("{2}")': '{0} của {1} (“{2}”)',
  '{0} is hidden in Excel: the groups file does not read it, so the figures of {1} belong to no group':
    '{0} đang bị ẩn trong Excel: tệp danh sách không đọc dòng đó, nên số liệu của {1} không thuộc {term.short} nào',
  "{0} is hidden in Excel: the groups file does not read it, so the households or residents of {1} are on no group's tracking sheet":
    '{0} đang bị ẩn trong Excel: tệp danh sách không đọc dòng đó, nên hộ, người dân ở {1} không có trong bảng theo dõi của {term.short} nào',
  'If the group still reports, show its row in the groups file (select the rows around it › Unhide) and save the file; if it was dissolved or merged, delete {0} of the results file.':
    'Nếu {term.short} này vẫn báo cáo, cho hiện lại dòng đó trong tệp danh sách (chọn các dòng bao quanh › Unhide/Bỏ ẩn) rồi lưu tệp; nếu {term.short} đã giải thể hoặc sáp nhập, xoá {0} trong tệp kết quả.',
  'If the group is still there, show its row in the groups file (select the rows around it › Unhide) and save the file; if it was dissolved or merged, write in {0} of the residents list the group that took its households in.':
    'Nếu {term.short} này vẫn còn, cho hiện lại dòng đó trong tệp danh sách (chọn các dòng bao quanh › Unhide/Bỏ ẩn) rồi lưu tệp; nếu {term.short} đã giải thể hoặc sáp nhập, ghi vào {0} của danh sách hộ, người dân tên {term.short} đã nhận các hộ đó.',
  'If so, correct the id in {0} to {1}, as the groups file has it.':
    'Nếu đúng, sửa mã ở {0} thành {1} cho đúng như trong tệp danh sách.',
  'If so, write the group\'s id ({0}) or its name as the groups file has it ("{1}") in {2}.':
    'Nếu đúng, sửa tên ở {2} cho đúng như trong tệp danh sách (“{1}”), hoặc ghi mã {term.short} là {0}.',
  'The column "{0}" counts the rows, it is not the group\'s id: write the group\'s name as the groups file has it ("{1}"), or add a column "Mã tổ" with its id. {2}':
    'Cột “{0}” chỉ là số thứ tự dòng, không phải mã {term.short}: ghi tên {term.short} đúng như trong tệp danh sách (“{1}”), hoặc thêm cột “Mã {term.short}” ghi mã {term.short}. {2}',
  'The column "{0}" counts the rows, it is not the group\'s id: write the group\'s name as the groups file has it, or add a column "Mã tổ" with its id. {1}':
    'Cột “{0}” chỉ là số thứ tự dòng, không phải mã {term.short}: ghi tên {term.short} đúng như trong tệp danh sách, hoặc thêm cột “Mã {term.short}” ghi mã {term.short}. {1}',
  'In the groups file "{0}" has the id {1}: correct the id or the name in {2} to {3}. {4}':
    'Trong tệp danh sách, “{0}” có mã {1}: sửa mã hoặc tên ở {2} cho đúng {3}. {4}',
  'Is it "{0}" (id {1})? Correct the id or the name in {2} to {3}. {4}':
    'Có phải “{0}” (mã {1})? Sửa mã hoặc tên ở {2} cho đúng {3}. {4}',
  'Correct the id or the name in {0} to {1}, as the groups file has them. {2}':
    'Sửa mã hoặc tên ở {0} cho đúng {1}, như trong tệp danh sách. {2}',
  'the name "{0}" fits {1} groups of the groups file ({2}): which one is meant cannot be told':
    'tên “{0}” khớp với {1} {term.short} trong tệp danh sách ({2}): không biết là {term.short} nào',
  '"{0}" (id {1})': '“{0}” (mã {1})',
  'the id "{0}" fits {1} groups of the groups file ({2}): each sheet of the groups file numbers its groups from 1':
    'mã “{0}” khớp với {1} {term.short} trong tệp danh sách ({2}): mỗi trang tính của tệp danh sách đánh số {term.short} từ 1',
  '{0} is given on {1} rows ({2}) with the same figures: they are read once, as row {3}':
    '{0} có {1} dòng (dòng {2}) ghi cùng số liệu: chỉ đọc một lần, theo dòng {3}',
  'Delete the repeated rows to keep one row per group.':
    'Xoá các dòng lặp lại để mỗi {term.short} chỉ còn một dòng.',
  '{0} is given on {1} rows ({2}), not all of which can be read: none of them is read':
    '{0} có {1} dòng (dòng {2}), trong đó có dòng không đọc được: không nhập dòng nào trong số đó',
  '{0} is given on {1} rows ({2}) with different figures: none of them is read':
    '{0} có {1} dòng (dòng {2}) ghi số liệu khác nhau: không nhập dòng nào trong số đó',
  'Keep one row per group, then upload the file again: if the rows are two reports, delete the older; if they are two parts of the group, add their figures up on one row.':
    'Mỗi {term.short} chỉ giữ một dòng rồi tải tệp lên lại: nếu là hai lần báo cáo, xoá dòng cũ; nếu là hai phần của {term.short}, cộng gộp số liệu vào một dòng.',
  'a negative count ({0})': 'số âm ({0})',
  '"{0}" has a decimal part, but "{1}" counts {2}: a whole number':
    '“{0}” là số thập phân, nhưng “{1}” đếm số {2}: phải là số nguyên',
  'Write a whole number, without a decimal part, e.g. 245 or 1.234.':
    'Ghi số nguyên, không có phần lẻ, ví dụ 245 hoặc 1.234.',
  '"{0}" has more than two decimals, or marks whose meaning cannot be told':
    '“{0}” có hơn hai chữ số thập phân, hoặc có dấu chấm, dấu phẩy không rõ nghĩa',
  '"{0}" is too large for a figure': '“{0}” quá lớn, không phải là số liệu',
  '"{0}" is not a number': '“{0}” không phải là số',
  'A figure in {0} is a number of 0 or more with at most two decimals, written with a decimal comma: 95,5 or 1.234,5.':
    'Số liệu tính bằng {0} là số từ 0 trở lên, tối đa hai chữ số thập phân, dùng dấu phẩy ngăn phần thập phân và dấu chấm ngăn hàng nghìn: 95,5 hoặc 1.234,5.',
  '"{0}" is read as {1} {2}: its dot is taken as a decimal point':
    '“{0}” được đọc là {1} {2}: dấu chấm được hiểu là dấu thập phân',
  'Vietnamese writes decimals with a comma ({0}) and groups thousands with a dot (1.234): check the figure, and write it so.':
    'Tiếng Việt dùng dấu phẩy ngăn phần thập phân ({0}) và dấu chấm ngăn hàng nghìn (1.234): kiểm tra lại số liệu và ghi theo cách đó.',
  '"{0}" is not a time (day/month/year, and hour:minute if given)':
    '“{0}” không phải là thời gian (ngày/tháng/năm, có thể thêm giờ:phút)',
  'the time {0} is after now': 'thời gian {0} là sau thời điểm hiện tại',
  "Write when the row's figures were counted, as 12/11/2025 09:05 (Viet Nam time), or leave the cell empty: the row is then as of the file's last change.":
    'Ghi thời điểm có số liệu của dòng, ví dụ 12/11/2025 09:05 (giờ Việt Nam), hoặc để trống: khi đó dòng được tính theo lần lưu tệp cuối cùng.',
  'A figure is a count of 0 or more, written with digits (thousands may be grouped: 1.234).':
    'Số liệu là số đếm từ 0 trở lên, viết bằng chữ số (có thể ngăn hàng nghìn: 1.234).',
  '{0} is more than the population of {1} ({2})': '{0} lớn hơn số nhân khẩu của {1} ({2})',
  '{0} is more than the households of {1} ({2})': '{0} lớn hơn số hộ của {1} ({2})',
  '{0} is more than the voters of {1} ({2})': '{0} lớn hơn số cử tri của {1} ({2})',
  '{0} is more than {1} of {2} ({3})': '{0} lớn hơn {1} của {2} ({3})',
  '{0} people is too many for the {1} households of {2} (more than {3} a household)':
    '{0} người là quá nhiều so với {1} hộ của {2} (hơn {3} người một hộ)',
  'Check the figure; if it is right (the groups file is older than the count), run again with --confirm.':
    'Kiểm tra lại số liệu; nếu đúng (tệp danh sách {term.short} cũ hơn số liệu), chạy lại với --confirm.',
  'a results file must be a .csv, .txt (Excel "Unicode Text") or .xlsx file':
    'tệp kết quả phải là tệp .csv, .txt (Excel “Unicode Text”) hoặc .xlsx',
  'Save the figures as CSV UTF-8 (.csv) or as an Excel workbook (.xlsx).':
    'Lưu số liệu thành CSV UTF-8 (.csv) hoặc sổ tính Excel (.xlsx).',
  'Check the path given to --results.': 'Kiểm tra đường dẫn ghi sau --results.',
  'the rosters folder cannot be read': 'không đọc được thư mục danh sách hộ',
  "Give a folder that holds one <group id>.csv, .txt or .xlsx file per group, or one file for the whole ward with a column naming each row's group.":
    'Chọn thư mục có mỗi {term.short} một tệp <mã {term.short}>.csv, .txt hoặc .xlsx, hoặc một tệp chung cho mọi {term.short} có cột ghi {term.short} của từng dòng.',
  'the sheet "{0}" lists residents or households by group, not the groups: it is not read as the groups list':
    'trang tính “{0}” là danh sách hộ, người dân theo {term.short}, không phải danh sách {term.short}: không đọc trang này làm danh sách {term.short}',
  'To print its names on each group\'s tracking sheet instead of blank numbered rows, give this file as the residents roster too: --rosters "{0}".':
    'Muốn in tên các hộ (người) này vào bảng theo dõi của từng {term.short} thay cho các dòng trống đánh số, đưa cả tệp này làm danh sách hộ: --rosters "{0}".',
  "the list has no column naming each row's group":
    'danh sách không có cột ghi mỗi dòng thuộc {term.short} nào',
  'Add a column "Tổ" (or "Mã tổ", "Tên tổ dân phố") giving each row\'s group as the groups file writes it (its id or its name), or give each group a file of its own.':
    'Thêm cột “Tổ” (hoặc “Mã tổ”, “Tên tổ dân phố”) ghi {term.short} của từng dòng như tệp danh sách {term.short} ghi (mã hoặc tên {term.short}).',
  'the row gives its group and nothing else: it is skipped':
    'dòng chỉ ghi {term.short}, không có họ tên hay địa chỉ: bỏ qua dòng này',
  'Write the name (and address) of the household or resident, or delete the row.':
    'Ghi họ tên (và địa chỉ) của hộ hoặc người dân, hoặc xoá dòng này.',
  "the row names no group: its household or resident is on no group's sheet":
    'dòng không ghi {term.short} nào: hộ (người) ở dòng này không được in vào bảng theo dõi của {term.short} nào',
  '"{0}" — rows {1}, column "{2}": {3}': '“{0}” — dòng {1}, cột “{2}”: {3}',
  'rows {0}, column "{1}": {2}': 'dòng {0}, cột “{1}”: {2}',
  'the residents list gives {0} groups far fewer rows than their count ({1})':
    'danh sách hộ, người dân có ít dòng hơn nhiều so với số trong danh sách {term.short} ở {0} {term.short} ({1})',
  'the residents list gives {0} groups far fewer rows than their count ({1}), and no row to {2} groups ({3})':
    'danh sách hộ, người dân có ít dòng hơn nhiều so với số trong danh sách {term.short} ở {0} {term.short} ({1}), và không có dòng nào của {2} {term.short} ({3})',
  '{0}: {1}/{2} {3}': '{0}: {1}/{2} {3}',
  "the residents list gives households, not residents, for {0} groups ({1}): their children's lists are blank numbered rows to fill in, not the heads of household":
    'danh sách của {0} {term.short} ({1}) ghi theo hộ (chủ hộ), không theo từng người: danh sách trẻ của các {term.short} này in các dòng trống có số thứ tự để ghi tay, không in tên chủ hộ',
  'To print each group\'s children by name, give a list of residents (a row per person, with "Họ và tên" and "Năm sinh") instead of heads of household; else the leader writes in the children who come.':
    'Muốn in sẵn tên từng trẻ, đưa danh sách từng người (mỗi người một dòng, có cột “Họ và tên” và “Năm sinh”) thay cho danh sách chủ hộ; nếu không, {term.leader} ghi tay tên các trẻ đến nhận.',
  "the residents list gives no year of birth to tell the children of {0} groups ({1}): their children's lists are blank numbered rows to fill in, not every resident":
    'danh sách hộ, người dân không có năm sinh để biết ai là trẻ em ở {0} {term.short} ({1}): danh sách trẻ của các {term.short} này in các dòng trống có số thứ tự để ghi tay, không in toàn bộ người dân',
  'To print each group\'s children by name, add a "Năm sinh" column to the list (a resident\'s year of birth); else the leader writes in the children who come.':
    'Muốn in sẵn tên từng trẻ, thêm cột “Năm sinh” vào danh sách (năm sinh của từng người); nếu không, {term.leader} ghi tay tên các trẻ đến nhận.',
  "Their tracking sheets print the listed rows, then blank numbered rows up to the group's count for the leader to fill in. If the list should hold every household (resident) of these groups, check the file: a filter left on in Excel, rows not typed yet.":
    'Bảng theo dõi của các {term.short} này in các dòng có trong danh sách, rồi các dòng trống đánh số cho đủ số của {term.short} để {term.leader} ghi tay. Nếu danh sách phải có đủ mọi hộ (người) của các {term.short} này, hãy kiểm tra lại tệp: bộ lọc còn bật trong Excel, các dòng chưa nhập.',
  'Write the row\'s group in the column "{0}", as the groups file writes it (its id or its name).':
    'Ghi {term.short} của dòng này vào cột “{0}”, như tệp danh sách {term.short} ghi (mã hoặc tên {term.short}).',
  'the roster is named after no group': 'tên tệp danh sách hộ không trùng mã {term.short} nào',
  'Name each roster after its group\'s id from the groups file (STT / Mã tổ), e.g. "5.csv".':
    'Đặt tên mỗi tệp danh sách hộ theo mã {term.short} trong tệp danh sách {term.short} (cột “STT” hoặc “Mã”), ví dụ “5.csv”.',
  'group "{0}" has two rosters (also {1})':
    '{term.short} “{0}” có hai tệp danh sách hộ (tệp kia là {1})',
  'Keep one file per group.': 'Mỗi {term.short} chỉ giữ một tệp.',
  'Check the rosters folder.': 'Kiểm tra thư mục danh sách hộ.',
  'the cell shows a formula error': 'ô này báo lỗi công thức',
  "Write the resident's (or head of household's) full name, or delete the row.":
    'Ghi họ tên người dân (hoặc chủ hộ), hoặc xoá dòng này.',
  'the name is empty: the row is printed with an empty name cell':
    'thiếu tên: dòng này vẫn được in, ô họ tên để trống',
  'Write the name in the file (or the leader writes it on the sheet); delete the row if it is not a household or resident of the group.':
    'Ghi tên vào tệp (hoặc {term.leader} ghi tay trên bảng); nếu dòng này không phải một hộ hay người dân của {term.short} thì xoá dòng.',
  'Name each roster after its group\'s id from the groups file (STT / Mã tổ): is it "{0}"?':
    'Đặt tên mỗi tệp danh sách hộ theo mã {term.short} trong tệp danh sách {term.short} (cột “STT” hoặc “Mã”): có phải mã “{0}”?',
  "the year of birth {0} makes the resident under 60: the row is not printed on the elders' list":
    'năm sinh {0} cho thấy người này chưa đủ 60 tuổi: dòng này không được in vào danh sách người cao tuổi',
  "If the year is a typing mistake, correct it; else delete the row: the elders' list prints the residents aged 60 and over.":
    'Nếu năm sinh gõ nhầm thì sửa lại; nếu không thì xoá dòng: danh sách người cao tuổi chỉ in những người từ 60 tuổi trở lên.',
  'the year of birth does not read: the row is printed with an empty birth cell':
    'năm sinh không đọc được: dòng vẫn được in, ô năm sinh để trống',
  "Write the resident's year of birth (e.g. 1950).": 'Ghi năm sinh của người này (ví dụ 1950).',
  "the amount is empty: the row is printed with an empty amount cell, and the list's total is left for the leader to write":
    'thiếu số tiền: dòng vẫn được in, ô số tiền để trống, ô tổng cộng để trống cho {term.leader} ghi tay',
  'the amounts in the roster {0} for {1} add up to {2} đồng, but the groups file gives {3}':
    'tổng số tiền trong danh sách người dân {0} của {1} là {2} đồng, nhưng tệp danh sách {term.short} ghi {3}',
  'the roster {0} lists {1} of the {2} {3} of {4}: its receipt list prints blank numbered rows after them for the leader to write in the others':
    'danh sách người dân {0} có {1} trong số {2} {3} của {4}: danh sách ký nhận in thêm các dòng trống đánh số sau đó để {term.leader} ghi tay những người còn lại',
  'the roster {0} lists {1} {2} of {3}, but the groups file gives {4}':
    'danh sách người dân {0} có {1} {2} của {3}, nhưng tệp danh sách {term.short} ghi {4}',
  "the roster {0} lists fewer than the groups file's count for {1} groups ({2}): their receipt lists print blank numbered rows after them for the leader to write in the others":
    'danh sách người dân {0} có ít hơn số trong tệp danh sách {term.short} ở {1} {term.short} ({2}): danh sách ký nhận của các {term.short} này in thêm các dòng trống đánh số sau đó để {term.leader} ghi tay những người còn lại',
  "the roster {0} lists more than the groups file's count for {1} groups ({2})":
    'danh sách người dân {0} có nhiều hơn số trong tệp danh sách {term.short} ở {1} {term.short} ({2})',
  "the roster {0} lists fewer than the groups file's count for {1} groups ({2}): their receipt lists print blank numbered rows after them for the leader to write in the others; and more for {3} groups ({4})":
    'danh sách người dân {0} có ít hơn số trong tệp danh sách {term.short} ở {1} {term.short} ({2}): danh sách ký nhận của các {term.short} này in thêm các dòng trống đánh số sau đó để {term.leader} ghi tay những người còn lại; và nhiều hơn ở {3} {term.short} ({4})',
  'the column "{0}" of the roster has no amount in any row of {1} groups ({2}): their receipt lists print no amounts':
    'cột “{0}” của danh sách người dân không có số tiền ở dòng nào của {1} {term.short} ({2}): danh sách ký nhận của các {term.short} này không in số tiền',
  "Check the roster (rows not typed yet, a filter left on in Excel) or the groups file's figure, so that both give the same count.":
    'Kiểm tra lại danh sách người dân (các dòng chưa nhập, bộ lọc còn bật trong Excel) hoặc số trong tệp danh sách {term.short}, để hai bên khớp nhau.',
  "Correct the roster's amounts or the groups file, so that both give the same sum.":
    'Sửa số tiền trong danh sách người dân hoặc trong tệp danh sách {term.short} để hai bên khớp nhau.',
  "the year of birth does not read: the row is not printed on the children's list":
    'năm sinh không đọc được: dòng này không được in vào danh sách trẻ',
  "the year of birth is empty: the row is not printed on the children's list":
    'năm sinh để trống: dòng này không được in vào danh sách trẻ',
  "Write the resident's year of birth (e.g. 2016): the children's list prints the residents under 16 by it.":
    'Ghi năm sinh của người này (ví dụ 2016): danh sách trẻ chỉ in những người dưới 16 tuổi theo năm sinh.',
  "the cell's value does not read, but the column is printed nowhere: the row is printed":
    'ô này không đọc được, nhưng cột này không được in ở đâu: dòng vẫn được in',
  'Delete the column "{0}" from the file: the tracking sheet does not print it.':
    'Xoá cột “{0}” khỏi tệp: bảng theo dõi không in cột này.',
  'The tracking sheet prints a count of each row beside what it did when the campaign\'s measure counts the same ("Số chó" for "Số chó, mèo đã tiêm"): name the column after what the measure counts, or delete it if nobody needs it.':
    'Bảng theo dõi in số đếm của từng dòng bên cạnh việc đã làm khi chỉ tiêu của chiến dịch đếm cùng thứ đó (cột “Số chó” cho “Số chó, mèo đã tiêm”): đặt tên cột theo thứ chỉ tiêu đếm, hoặc xoá cột nếu không ai cần dùng.',
  'the column "{0}" of the roster is not printed anywhere':
    'cột “{0}” của danh sách người dân không được in ở đâu',
  'the list is read as a list of households, each row a household: its column "{0}" gives a household\'s size on {1} of its {2} rows':
    'danh sách được đọc là danh sách hộ, mỗi dòng một hộ: cột “{0}” ghi số nhân khẩu của hộ ở {1}/{2} dòng',
  'If each row is a person, delete the column "{0}" or add a column "Năm sinh"; if each row is a household, head the name column "Họ và tên chủ hộ".':
    'Nếu mỗi dòng là một người, hãy xoá cột “{0}” hoặc thêm cột “Năm sinh”; nếu mỗi dòng là một hộ, hãy đặt tên cột họ tên là “Họ và tên chủ hộ”.',
  "The tracking sheet prints each row's number, name and address (and a person's date of birth, the amount a hand-out gives, the amount a fee asks and its exemption); a column it does not print still goes round with the file: if nobody needs it (an ID card number, a phone), delete it from the file.":
    'Bảng theo dõi in số thứ tự, họ tên và địa chỉ của từng dòng (và ngày sinh của từng người, số tiền mỗi người được nhận khi chiến dịch trao quà, tiền, số tiền phải nộp và diện miễn khi chiến dịch thu tiền của từng hộ); cột không được in vẫn đi theo tệp: nếu không ai cần dùng cột này (như số CCCD, số điện thoại), hãy xoá cột khỏi tệp.',
  'The tracking sheet prints each person\'s amount when an action asks them to sign for it ("ký nhận"), and each household\'s amount due and exemption when the campaign collects a sum in đồng from each ("Số tiền đã thu (đồng)"); delete the column if nobody needs it.':
    'Bảng theo dõi in số tiền của từng người khi có việc yêu cầu người nhận ký nhận (“ký nhận”), và số tiền phải nộp, diện miễn của từng hộ khi chiến dịch thu tiền của từng hộ (“Số tiền đã thu (đồng)”); nếu không ai cần dùng cột này, hãy xoá cột khỏi tệp.',
  'the column "{0}" of the roster has no amount in any row of {1}: its receipt list prints no amounts':
    'cột “{0}” của danh sách người dân không có số tiền ở dòng nào của {1}: danh sách ký nhận của {1} không in số tiền',
  'the column "{0}" of the roster has no amount in any row: the receipt list prints no amounts':
    'cột “{0}” của danh sách người dân không có số tiền ở dòng nào: danh sách ký nhận không in số tiền',
  'Write each person\'s amount in đồng ("500.000"): the receipt list then prints it and the total; delete the column if nobody is handed money.':
    'Ghi số tiền của từng người bằng đồng (ví dụ “500.000”) để danh sách ký nhận in số tiền và tổng cộng; nếu không trao tiền cho ai, hãy xoá cột khỏi tệp.',
  "The tracking sheet has no room left for it beside the campaign's columns: give fewer actions a column of their own.":
    'Bảng theo dõi không còn chỗ cho cột này bên cạnh các cột của chiến dịch: hãy bớt số việc có cột riêng.',
  'the date of birth does not read: the row is printed with an empty birth cell':
    'ngày sinh không đọc được: dòng vẫn được in, ô ngày sinh để trống',
  'Write the year ("1957") or the date ("12/03/1957").':
    'Ghi năm sinh (“1957”) hoặc ngày sinh (“12/03/1957”).',
  'the amount does not read as a sum of money: the row is printed with an empty amount cell':
    'số tiền không đọc được: dòng vẫn được in, ô số tiền để trống',
  'Write the sum in đồng, as "500.000" or "500.000 đồng".':
    'Ghi số tiền bằng đồng, ví dụ “500.000” hoặc “500.000 đồng”.',
  'the roster has a header but no residents':
    'danh sách hộ có dòng tiêu đề nhưng không có người nào',
  'Add one row per resident or household, or remove the file to print blank numbered rows.':
    'Thêm mỗi người dân hoặc mỗi hộ một dòng, hoặc bỏ tệp này để in các dòng trống có đánh số.',
  'a roster must be a .csv, .txt (Excel "Unicode Text") or .xlsx file':
    'danh sách hộ phải là tệp .csv, .txt (Excel “Unicode Text”) hoặc .xlsx',
  'Save the roster as CSV UTF-8 (.csv), as Unicode Text (.txt) or as an Excel workbook (.xlsx).':
    'Lưu danh sách hộ thành CSV UTF-8 (.csv), Unicode Text (.txt) hoặc sổ tính Excel (.xlsx).',
  'Check the path of the roster.': 'Kiểm tra đường dẫn của tệp danh sách hộ.',
  "the ward's word for its residential groups":
    'từ phường dùng để gọi các đơn vị dân cư (tổ dân phố, khu phố, thôn, ấp…)',
  "the body gives the contest's dates as {0}–{1}, but the contest runs {2}–{3} (the flyer and checklist print these)":
    'nội dung ghi thời gian thi từ {0} đến {1}, nhưng cuộc thi diễn ra từ {2} đến {3} (tờ rơi và phiếu in theo ngày này)',
  'Write {{contestDates.starts.short}} and {{contestDates.ends.short}} in the body instead of the dates, so the notice follows contest.starts and contest.ends.':
    'Thay các ngày trong nội dung bằng {{contestDates.starts.short}} và {{contestDates.ends.short}}, để thông báo luôn theo đúng ngày bắt đầu và kết thúc của cuộc thi.',
  "the app's name as its store writes it": 'tên ứng dụng, viết như trên kho ứng dụng',
  'the line under the iPhone QR code (default: "Mã QR tải ứng dụng <name> (dùng cho điện thoại iPhone)")':
    'dòng chữ dưới mã QR cho iPhone (mặc định: “Mã QR tải ứng dụng <tên> (dùng cho điện thoại iPhone)”)',
  'the line under the Android QR code (default: "Mã QR tải ứng dụng <name> (dùng cho điện thoại Android)")':
    'dòng chữ dưới mã QR cho Android (mặc định: “Mã QR tải ứng dụng <tên> (dùng cho điện thoại Android)”)',
  "the campaign's short name": 'tên ngắn của chiến dịch',
  "the campaign's slogan, printed under its name on the posters":
    'khẩu hiệu của chiến dịch, in dưới tên trên áp phích',
  'when residents are expected, as printed after "Thời gian:"':
    'lúc người dân cần có mặt, như in sau “Thời gian:”',
  'where residents are expected, as printed after "Địa điểm:"':
    'nơi người dân cần đến, như in sau “Địa điểm:”',
  "the contest's name, without quotes": 'tên cuộc thi, không cần ngoặc kép',
  'where the contest takes place, as printed after "trên"': 'nơi thi, như in sau chữ “trên”',
  'the symbol "{0}" starts with a number: the notice would print "Số: {1}/{2}"':
    'ký hiệu “{0}” bắt đầu bằng một con số: văn bản sẽ in “Số: {1}/{2}”',
  'Write the number in notice.number ({0}) and the symbol alone: {1}.':
    'Ghi số văn bản ({0}) vào ô số văn bản, còn ô ký hiệu chỉ ghi ký hiệu: {1}.',
  "column {0}: the office's own notes, kept in the file and not printed":
    'cột {0}: ghi chú riêng của văn phòng, giữ nguyên trong tệp và không in ra giấy',
  'the groups are called "{0}" where the tool speaks of all of them ("Trưởng các {1}", "các {2}"), but {3} of them are no {4} ({5}): their heads are addressed by another unit\'s name':
    'ô tên gọi chung ghi “{0}”, nên những chỗ nói chung về tất cả gọi là “Trưởng các {1}”, “các {2}”; nhưng {3} nhóm trong danh sách không phải {4} ({5}): người đứng đầu các nhóm đó bị gọi bằng tên của đơn vị khác',
  'Leave issuer.group_term empty to say "{0}" there (each group keeps its own word on its own papers), or write the recipients in full.':
    'Để trống ô tên gọi chung thì những chỗ đó ghi “{0}” (giấy tờ của từng nhóm vẫn gọi theo tên của nhóm), hoặc ghi đầy đủ nơi nhận ở mục Kính gửi.',
  'the groups\' names begin with different words ({0}): each group\'s own papers say the word its name begins with; where the tool speaks of all of them, it says "{1}"':
    'tên các nhóm dân cư bắt đầu bằng những từ khác nhau ({0}): giấy tờ của từng nhóm gọi nhóm đó theo từ ở đầu tên của nhóm; những chỗ nói chung về tất cả (báo cáo, trang của văn phòng, thông báo) gọi là “{1}”',
  'To call all of them by another word where the tool speaks of all of them ("{0}" fits every kind), give it as issuer.group_term in campaign.yaml; each group keeps its own word.':
    'Muốn gọi chung bằng một từ khác (“{0}” là từ chung cho mọi loại), ghi từ đó vào campaign.yaml ở mục issuer.group_term; từng nhóm vẫn được gọi theo từ ở đầu tên của nhóm.',
  'the header says "{0}" (a {1}) but the ward is written "{2}" (a {3}): the notice would name one unit at its top and another in its sentences':
    'tên cơ quan ban hành ghi “{0}” (là {1}) nhưng tên đơn vị trong câu văn ghi “{2}” (là {3}): văn bản sẽ in một đơn vị ở đầu trang và một đơn vị khác trong câu',
  'Write the same unit in issuer.name (the header) and issuer.ward, as the unit is called since the 2025 reorganisation.':
    'Ghi cùng một đơn vị ở mục issuer.name (tên cơ quan ban hành) và mục issuer.ward, theo tên gọi của đơn vị từ khi sắp xếp năm 2025.',
  'the groups file has no "{0}" column: the figures are not totalled by it':
    'danh sách không có cột “{0}”: trang Kết quả và báo cáo kết quả chưa cộng được số liệu theo cột này',
  'the "{0}" column is each group\'s leader, not an area several groups share: the figures are not totalled by it':
    'cột “{0}” của danh sách là họ tên {term.leader} của từng {term.short}, không phải khu vực chung của nhiều {term.short}: trang Kết quả và báo cáo kết quả không cộng số liệu theo cột này',
  'the "{0}" column is each group\'s own, not an area several groups share: the figures are not totalled by it':
    'cột “{0}” của danh sách ghi riêng từng {term.short} (mã, tên, điện thoại, số hộ, số nhân khẩu), không phải khu vực chung của nhiều {term.short}: trang Kết quả và báo cáo kết quả không cộng số liệu theo cột này',
  'Did you mean the list\'s column "{0}"? Write it as the list writes it.':
    'Có phải cột “{0}” của danh sách? Ghi đúng như danh sách ghi.',
  "Write the header of the list's column that several groups share ({0}), or leave it empty.":
    'Ghi tiêu đề cột của danh sách mà nhiều {term.short} cùng chung một giá trị ({0}), hoặc để trống.',
  "Write the header of the list's column that several groups share, or leave it empty.":
    'Ghi tiêu đề cột của danh sách mà nhiều {term.short} cùng chung một giá trị (ví dụ Khu vực bỏ phiếu, Khu phố, Cụm), hoặc để trống.',
  'the list\'s "{0}" has columns under it: the rate of {1} is taken against the first, "{2}"':
    'cột “{0}” của danh sách có các cột con: tỷ lệ của {1} tính theo cột con đầu tiên, “{2}”',
  '"{0}" is read as a unit of its own, not a column of the groups file: "{1}" is summed in "{2}", with no rate':
    '“{0}” được hiểu là đơn vị đếm, không phải cột của danh sách: “{1}” chỉ cộng tổng theo “{2}”, không tính tỷ lệ',
  'If it counts against a column of the groups file, write its header as the file writes it (e.g. of: Số {0}) and add the column; if "{1}" is the unit the leaders count in, leave it.':
    'Nếu cần tính tỷ lệ theo một cột của danh sách, ghi tiêu đề cột đúng như danh sách ghi (ví dụ of: Số {0}) và thêm cột đó vào danh sách; nếu “{1}” đúng là đơn vị tổ trưởng đếm thì để nguyên.',
  'If it counts against a column of the list, write that column\'s header after the "|" as the list writes it (e.g. "Số {0}") and add the column; if "{1}" is the unit the leaders count in, leave it.':
    'Nếu cần tính tỷ lệ theo một cột của danh sách, ghi tiêu đề cột đó sau dấu “|” đúng như danh sách ghi (ví dụ “Số {0}”) và thêm cột đó vào danh sách; nếu “{1}” đúng là đơn vị tổ trưởng đếm thì để nguyên.',
  'Did you mean the list\'s column "{0}"? Write it after the "|".':
    'Có phải cột “{0}” của danh sách? Ghi tiêu đề cột đó sau dấu “|”.',
  'the list has no column of {0} (e.g. "{1}"): "{2}" is counted with no rate, not against all the people of the list':
    'danh sách không có cột đếm số {0} (ví dụ “{1}”): “{2}” chỉ đếm số, không tính tỷ lệ (không tính theo toàn bộ nhân khẩu của {term.short}, vì không phải ai cũng là {0})',
  'Add a column "{0}" to the groups list with each group\'s number, and its rate is taken against it; to take it against all the people, write "người" after the "|".':
    'Thêm cột “{0}” vào danh sách {term.short}, ghi số của từng {term.short}: tỷ lệ sẽ tính theo cột đó; muốn tính theo toàn bộ nhân khẩu thì sau dấu “|” ghi “người”.',
  'Add a column "{0}" to the groups file with each group\'s number, and its rate is taken against it; to take it against all the people, write of: people.':
    'Thêm cột “{0}” vào tệp danh sách {term.short}, ghi số của từng {term.short}: tỷ lệ sẽ tính theo cột đó; muốn tính theo toàn bộ nhân khẩu thì ghi of: people.',
  'the list has {0} columns of {1} ({2}): the rate of "{3}" is taken against "{4}"':
    'danh sách có {0} cột đếm số {1} ({2}): tỷ lệ của “{3}” tính theo cột “{4}”',
  'To take it against another column, write its header after the "|" instead of "{0}", e.g. "{1}".':
    'Muốn tính theo cột khác, ghi tiêu đề cột đó sau dấu “|” thay cho “{0}”, ví dụ “{1}”.',
  "To take it against another column, write its header as the measure's of, e.g. of: {0}.":
    'Muốn tính theo cột khác, ghi tiêu đề cột đó vào of của chỉ tiêu này trong campaign.yaml, ví dụ of: {0}.',
  'If it is another column, write its header after the "|", e.g. "{0}".':
    'Nếu là cột khác, ghi tiêu đề cột đó sau dấu “|”, ví dụ “{0}”.',
  'If it is another column, write its header, e.g. "{0}".':
    'Nếu là cột khác, ghi tiêu đề cột đó, ví dụ “{0}”.',
  'the groups file has no "{0}" column: the rate of {1} cannot be taken':
    'danh sách không có cột “{0}”: không tính được tỷ lệ của {1}',
  'For a count rated against nothing, write "người (không tính tỉ lệ)" or "hộ (không tính tỉ lệ)" after the "|".':
    'Nếu chỉ đếm số, không tính tỷ lệ, ghi “người (không tính tỉ lệ)” hoặc “hộ (không tính tỉ lệ)” sau dấu “|”.',
  'For a count rated against nothing, write of: người (không tính tỉ lệ), or of: hộ (không tính tỉ lệ).':
    'Nếu chỉ đếm số, không tính tỷ lệ, ghi of: người (không tính tỉ lệ), hoặc of: hộ (không tính tỉ lệ).',
  'Did you mean the list\'s column "{0}"? Write it after the "|" as the list writes it.':
    'Có phải cột “{0}” của danh sách? Ghi sau dấu “|” đúng như danh sách ghi.',
  'Did you mean the groups file\'s column "{0}"? Write of: {1}.':
    'Có phải cột “{0}” của danh sách? Ghi of: {1}.',
  'After the "|" write "người", "hộ", a unit ("kg", "bao"…) or the header of one of the list\'s count columns ({0}).':
    'Sau dấu “|” ghi “người”, “hộ”, một đơn vị tính (“kg”, “bao”…) hoặc đúng tên một cột số của danh sách ({0}).',
  'After the "|" write "người", "hộ" or a unit ("kg", "bao"…), or add the column to the list.':
    'Sau dấu “|” ghi “người”, “hộ” hoặc một đơn vị tính (“kg”, “bao”…), hoặc thêm cột đó vào danh sách.',
  "Write the header of one of the file's count columns ({0}), or người, hộ or a unit (kg, bao…).":
    'Ghi đúng tên một cột số của danh sách ({0}), hoặc ghi người, hộ hay một đơn vị tính (kg, bao…).',
  'Add the column to the groups file, or write người, hộ or a unit (kg, bao…).':
    'Thêm cột đó vào danh sách, hoặc ghi người, hộ hay một đơn vị tính (kg, bao…).',
  'the "{0}" column has no count in {1} rows ({2}): the rate of {3} is not taken for those groups':
    'cột “{0}” không có số ở {1} dòng ({2}): chưa tính được tỷ lệ của {3} cho các {term.short} đó',
  'the "{0}" column has no count in {1} rows ({2}): the rate of {3} is not taken for those groups, and their sign-up lists print blank rows with no target':
    'cột “{0}” không có số ở {1} dòng ({2}): chưa tính được tỷ lệ của {3} cho các {term.short} đó, và danh sách đăng ký của các {term.short} đó in dòng trống, không ghi chỉ tiêu',
  "Write each group's sum in the column, e.g. 380.000, 380.000 đồng or 4,28 triệu.":
    'Ghi số tiền của từng {term.short} vào cột, ví dụ 380.000, 380.000 đồng hoặc 4,28 triệu.',
  'the groups file has no "Số {0}" column: {1} will have no rate and no rank':
    'danh sách không có cột “Số {0}”: {1} sẽ không có tỷ lệ, không xếp hạng',
  'the "{0}" column is empty in all {1} rows: {2} will have no rate and no rank':
    'cột “{0}” trống ở cả {1} dòng: {2} sẽ không có tỷ lệ, không xếp hạng',
  "Write each group's count of {0} in the list.": 'Ghi số {0} của từng {term.short} vào danh sách.',
  'To take the rate of "{0}" against this column, write "{1}" after the "|" of its line (of: {2} in campaign.yaml).':
    'Muốn tính tỷ lệ của “{0}” trên cột này, ghi “{1}” sau dấu “|” ở dòng đó (of: {2} trong campaign.yaml).',
  'The list has the column "{0}": to take the rate against it, after the "|" write "{1}".':
    'Danh sách có cột “{0}”: muốn tính tỷ lệ trên cột đó, sau dấu “|” ghi “{1}”.',
  'The list has the column "{0}": to take the rate against it, write of: {1}.':
    'Danh sách có cột “{0}”: muốn tính tỷ lệ trên cột đó, ghi of: {1}.',
  'Write each group\'s count of {0} in the list; or count in {1}: after the "|" write "{2}".':
    'Ghi số {0} của từng {term.short} vào danh sách; hoặc tính theo {1}: sau dấu “|” ghi “{2}”.',
  "Write each group's count of {0} in the list; or count in {1} (of: {2}).":
    'Ghi số {0} của từng {term.short} vào danh sách; hoặc tính theo {1} (ghi of: {2}).',
  "Write each group's count in the column (digits only, e.g. 820 or 1.052; 0 for a group that has none).":
    'Ghi số của từng {term.short} vào cột đó (chỉ ghi chữ số, ví dụ 820 hoặc 1.052; ghi 0 nếu {term.short} không có).',
  "Write each group's count in the column (digits only, e.g. 820 or 1.052).":
    'Ghi số của từng {term.short} vào cột đó (chỉ ghi chữ số, ví dụ 820 hoặc 1.052).',
  // A column typed as "[Giờ tập trung]" in a field (studio/bracketed-columns.ts).
  '"{0}" prints as written on every paper, brackets and all':
    '“{0}” sẽ in nguyên như vậy, cả dấu ngoặc, trên mọi tài liệu',
  'Did you mean each group\'s cell of the column "{0}"? Write {{group.[{1}]}}, or pick the column under "Chèn cột danh sách".':
    'Có phải ô cột “{0}” của từng {term.short}? Ghi {{group.[{1}]}}, hoặc bấm vào cột đó ở “Chèn cột danh sách {term.short}”.',
  '{0} must be người, hộ, đồng, a unit (kg, bao, lượt…) or the header of a count column of the groups file, but it is {1}':
    '{0} phải là người, hộ, đồng, một đơn vị tính (kg, bao, lượt…) hoặc tên một cột số của danh sách, nhưng đang là {1}',
  'the notice has its month but no day yet: "ngày …" prints blank for the clerk to fill in':
    'văn bản đã có tháng nhưng chưa có ngày: “ngày …” để trống để văn thư ghi',
  'Once the notice is issued, write its whole day in "Ngày ban hành" (issued in campaign.yaml), e.g. 05/12/2026.':
    'Khi văn bản đã ban hành, ghi đủ ngày vào “Ngày ban hành” (mục issued trong campaign.yaml), ví dụ 05/12/2026.',
  'the phone "{0}" is a number Excel shortened: its digits are lost':
    'số điện thoại “{0}” là số đã bị Excel rút gọn: các chữ số đã mất',
  'Once the notice is issued, give its number and whole day ("Số văn bản", "Ngày ban hành"; in campaign.yaml notice.number and issued).':
    'Khi văn bản đã ban hành, ghi số và đủ ngày tháng năm (“Số văn bản”, “Ngày ban hành”; trong campaign.yaml là notice.number và issued).',
  'the notice has its month but no day (issued is a month alone), so the report cites it without a date':
    'văn bản mới có tháng, chưa có ngày (mục issued chỉ ghi tháng/năm), nên báo cáo trích dẫn văn bản không kèm ngày',
  'Once the paper has its day, write the whole day in issued (e.g. 15/12/2026) and make the report again.':
    'Khi văn bản đã có ngày, ghi đủ ngày vào mục issued (ví dụ 15/12/2026) rồi làm lại báo cáo.',
  "this column's cell is empty in {0} rows ({1}): those groups have no figure of it, and are not counted as having reported it":
    'cột này để trống ở {0} dòng ({1}): các {term.short} đó chưa có số liệu này, không được tính là đã báo cáo số liệu này',
  'Write the figure, or 0 if there is none; leave it empty only when the group has not counted yet.':
    'Ghi số liệu, hoặc ghi 0 nếu không có; chỉ để trống khi {term.short} chưa thống kê xong.',
  '"{0}" counts households, but its rate is taken against the population':
    '“{0}” đếm số hộ, nhưng tỷ lệ lại tính theo số nhân khẩu',
  '"{0}" counts households, but its rate is taken against the column "{1}"':
    '“{0}” đếm số hộ, nhưng tỷ lệ lại tính theo cột “{1}”',
  '"{0}" counts people, but its rate is taken against the households':
    '“{0}” đếm số người, nhưng tỷ lệ lại tính theo số hộ',
  '"{0}" counts people, but its rate is taken against the column "{1}", which counts households':
    '“{0}” đếm số người, nhưng tỷ lệ lại tính theo cột “{1}”, là cột đếm số hộ',
  'Write of: households (in the studio, "| hộ" after the label), or begin the label with what it counts.':
    'Ghi of: households (trong phần mềm: “| hộ” sau tên chỉ tiêu), hoặc sửa tên chỉ tiêu cho đúng thứ được đếm.',
  'Write of: people (in the studio, "| người" after the label), or begin the label with what it counts.':
    'Ghi of: people (trong phần mềm: “| người” sau tên chỉ tiêu), hoặc sửa tên chỉ tiêu cho đúng thứ được đếm.',
  '"{0}" is the number {1}, which is how Excel stores the day {2}':
    '“{0}” đang là số {1}: đó là cách Excel lưu ngày {2}',
  'Write the date itself, e.g. {0}: {1}.': 'Hãy ghi chính ngày đó, ví dụ {0}: {1}.',
  'To follow some actions one by one on the sheet, give each of them (at most {0}) a short column title: after the step, "| Đã …" on its line in the studio; column: in campaign.yaml.':
    'Muốn theo dõi riêng từng việc trên bảng, hãy đặt tiêu đề cột ngắn cho các việc đó (tối đa {0} việc): trong trang làm việc, ghi “| Đã …” sau việc ở dòng của nó; trong campaign.yaml, ghi column:.',
  "the campaign has {0} actions, more than the tracking sheet's {1} tick columns: it ticks only the {2} given a column title (the checklist and the flyer print all of them)":
    'chiến dịch có {0} việc, nhiều hơn {1} cột đánh dấu của bảng theo dõi: bảng chỉ có cột cho {2} việc đã đặt tiêu đề cột (phiếu kiểm tra và tờ rơi vẫn in đủ các việc)',
  'the campaign has {0} actions, more than the tracking sheet\'s {1} tick columns: it has one column for all of them, "Đã làm đủ {2} việc" (the checklist and the flyer print each)':
    'chiến dịch có {0} việc, nhiều hơn {1} cột đánh dấu của bảng theo dõi: bảng có một cột chung “Đã làm đủ {2} việc” (phiếu kiểm tra và tờ rơi vẫn in từng việc)',
  "the title has {0} characters: it is the campaign's short name, the heading of the flyer, the checklist and the tracking sheet, where it takes several lines and leaves the steps less room":
    'tên ngắn của chiến dịch (title) dài {0} ký tự: đây là tiêu đề của tờ rơi, phiếu kiểm tra và bảng theo dõi, tên dài sẽ chiếm nhiều dòng và làm các bước bị in nhỏ lại',
  'Give a name of a few words (at most {0} characters), e.g. "Ngày Chủ nhật xanh"; the notice prints the subject in full.':
    'Hãy đặt một tên vài chữ (tối đa {0} ký tự), ví dụ “Ngày Chủ nhật xanh”; văn bản vẫn in đầy đủ trích yếu.',
  "this list is not printed on the documents made from {0}: the campaign's own templates have no section for it":
    'danh sách này không được in trên các tài liệu làm từ {0}: mẫu riêng của chiến dịch không có phần dành cho nó',
  "Add its sections to the template, as the tool's own {0} has them (\"@@ {1}\"), or delete the campaign's template to print the tool's.":
    'Hãy thêm các phần của nó vào mẫu, như mẫu có sẵn {0} của phần mềm (“@@ {1}”), hoặc xoá mẫu riêng của chiến dịch để in theo mẫu có sẵn.',
  'Write the whole sum in đồng, in digits, e.g. 12.500.000 (or 12,5 triệu).':
    'Ghi đủ số đồng bằng chữ số, ví dụ 12.500.000 (hoặc 12,5 triệu).',
  'a negative sum ({0})': 'số tiền âm ({0})',
  '"{0}" has a decimal part, but a sum in đồng is whole':
    '“{0}” là số thập phân, nhưng số tiền tính bằng đồng phải là số nguyên',
  '"{0}" is not a sum of money': '“{0}” không phải là số tiền',
  '"{0}": write the whole sum in đồng, in digits, e.g. 12.500.000 (or 12,5 triệu).':
    '“{0}”: ghi đủ số đồng bằng chữ số, ví dụ 12.500.000 (hoặc 12,5 triệu).',
  '"{0}": {1} has a decimal part, but a sum in đồng is whole: write the whole sum in đồng, e.g. 12.500.000 (or 12,5 triệu).':
    '“{0}”: {1} là số thập phân, nhưng số tiền tính bằng đồng phải là số nguyên: ghi đủ số đồng, ví dụ 12.500.000 (hoặc 12,5 triệu).',
  '"{0}": {1} {2}, but the groups list gives {3} {4}. Check the figure. If it is right, tick the box below and press Lưu lại.':
    '“{0}”: {1} {2}, nhưng danh sách ghi {3} có {4}. Kiểm tra lại số đã ghi. Nếu đúng là như vậy, hãy đánh dấu ô xác nhận bên dưới rồi bấm Lưu lại.',
  '{0}: {1} {2}, but the groups list gives it {3}: check the figure before signing the report':
    '{0}: {1} {2}, nhưng danh sách ghi có {3}: kiểm tra lại trước khi ký báo cáo',
  '"{0}": {1} {2} is {3} times the {4} of {5} {6}. Check the number of zeros. If it is right, tick the box below and press Lưu lại.':
    '“{0}”: {1} {2} là gấp {3} lần {4} {5} {6}. Kiểm tra lại số chữ số 0. Nếu đúng là như vậy, hãy đánh dấu ô xác nhận bên dưới rồi bấm Lưu lại.',
  '"{0}": {1} {2} is {3} times the {4} of {5} {6}. Check the figure. If it is right, tick the box below and press Lưu lại.':
    '“{0}”: {1} {2} là gấp {3} lần {4} {5} {6}. Kiểm tra lại số đã ghi. Nếu đúng là như vậy, hãy đánh dấu ô xác nhận bên dưới rồi bấm Lưu lại.',
  '"{0}": {1} {2} is less than 1% of the {3} of {4} {5}. Was it written in thousands of đồng? Write the whole sum in đồng, e.g. {6}. If it is right, tick the box below and press Lưu lại.':
    '“{0}”: {1} {2} chưa bằng 1% {3} {4} {5}. Có phải đã ghi theo nghìn đồng? Ghi đủ số đồng, ví dụ {6}. Nếu đúng là như vậy, hãy đánh dấu ô xác nhận bên dưới rồi bấm Lưu lại.',
  '{0}: {1} {2} is {3} times the {4} of {5} {6}: check the number of zeros before signing the report':
    '{0}: {1} {2} là gấp {3} lần {4} {5} {6}: kiểm tra lại số chữ số 0 trước khi ký báo cáo',
  '{0}: {1} {2} is {3} times the {4} of {5} {6}: check the figure before signing the report':
    '{0}: {1} {2} là gấp {3} lần {4} {5} {6}: kiểm tra lại số đã ghi trước khi ký báo cáo',
  '{0}: {1} {2} is less than 1% of the {3} of {4} {5}: was it written in thousands of đồng ({6})? Check it before signing the report':
    '{0}: {1} {2} chưa bằng 1% {3} {4} {5}: có phải đã ghi theo nghìn đồng ({6})? Kiểm tra lại trước khi ký báo cáo',
  '"{0}": {1} đồng, less than {2} đồng for the whole {3}. Was it written in thousands of đồng? Write the whole sum in đồng, e.g. {4}. If it is right, tick the box below and press Lưu lại.':
    '“{0}”: {1} đồng, chưa đến {2} đồng cho cả {3}. Có phải đã ghi theo nghìn đồng? Ghi đủ số đồng, ví dụ {4}. Nếu đúng là như vậy, hãy đánh dấu ô xác nhận bên dưới rồi bấm Lưu lại.',
  '"{0}": {1} đồng, less than {2} đồng for each of the {3} households of {4}. Was it written in thousands of đồng? Write the whole sum in đồng, e.g. {5}. If it is right, tick the box below and press Lưu lại.':
    '“{0}”: {1} đồng, chưa đến {2} đồng mỗi hộ của {4} ({3} hộ). Có phải đã ghi theo nghìn đồng? Ghi đủ số đồng, ví dụ {5}. Nếu đúng là như vậy, hãy đánh dấu ô xác nhận bên dưới rồi bấm Lưu lại.',
  '{0}: {1} đồng, less than {2} đồng for the whole group: was it written in thousands of đồng ({3})? Check it before signing the report':
    '{0}: {1} đồng, chưa đến {2} đồng cho cả {term.short}: có phải đã ghi theo nghìn đồng ({3})? Kiểm tra lại trước khi ký báo cáo',
  '{0}: {1} đồng, less than {2} đồng for each of its {3} households: was it written in thousands of đồng ({4})? Check it before signing the report':
    '{0}: {1} đồng, chưa đến {2} đồng mỗi hộ ({3} hộ): có phải đã ghi theo nghìn đồng ({4})? Kiểm tra lại trước khi ký báo cáo',
  '{0}: {1} {2} is less than 1% of the {3} of {4} {5}: check the figure before signing the report':
    '{0}: {1} {2} chưa bằng 1% {3} {4} {5}: kiểm tra lại số đã ghi trước khi ký báo cáo',
  'If the figure is right, nothing needs doing; if not, correct it in the file and import it again.':
    'Nếu số đúng thì không cần làm gì; nếu sai, sửa số trong tệp rồi nhập lại.',
  '"{0}": {1} {2} is less than 1% of the {3} of {4} {5}. Check the figure. If it is right, tick the box below and press Lưu lại.':
    '“{0}”: {1} {2} chưa bằng 1% {3} {4} {5}. Kiểm tra lại số đã ghi. Nếu đúng là như vậy, hãy đánh dấu ô xác nhận bên dưới rồi bấm Lưu lại.',
  '"{0}" is a symbolic link (it points to a file elsewhere on this computer): the studio does not open a campaign holding one':
    '“{0}” là một liên kết (symbolic link) trỏ tới tệp ở chỗ khác trên máy: phần mềm không mở chiến dịch có liên kết như vậy',
  'Put the real file in its place (or delete the link), or restore the backup with "phuong-print restore", which keeps no links':
    'Hãy chép tệp thật vào thay cho liên kết (hoặc xoá liên kết), hoặc khôi phục bản sao lưu bằng lệnh “phuong-print restore” (lệnh này không giữ liên kết)',
  'the Word document is damaged or was not downloaded whole: the text inside it cannot be read':
    'đây là văn bản Word bị hỏng hoặc chưa tải về trọn vẹn: phần văn bản bên trong không đọc được',
  'Open it in Word: if it opens, save it again as "Word Document (*.docx)"; if not, get the file again (a file sent over Zalo or by mail may have been cut short).':
    'Mở tệp bằng Word: nếu mở được, chọn Tệp → Lưu thành → Tài liệu Word (*.docx) rồi tải lên lại; nếu không mở được, hãy xin lại tệp (tệp gửi qua Zalo hoặc thư điện tử có thể bị cắt dở).',
  'the text is written in VIQR (tone marks typed as ^ ( + \' ? ~ . after the letters), not in Unicode: "{0}" probably reads "{1}"':
    "chữ được viết kiểu VIQR (dấu gõ bằng ^ ( + ' ? ~ . sau chữ cái), không phải Unicode: “{0}” có lẽ là “{1}”",
  "the text is written in VIQR (tone marks typed as ^ ( + ' ? ~ . after the letters), not in Unicode":
    "chữ được viết kiểu VIQR (dấu gõ bằng ^ ( + ' ? ~ . sau chữ cái), không phải Unicode",
  'the text was typed with a {0} font, not in Unicode, and cannot be converted with certainty: "{1}" probably reads "{2}"':
    'chữ được gõ bằng phông {0}, không phải Unicode, và không chuyển mã chắc chắn được: “{1}” có lẽ là “{2}”',
  'the text was typed with a TCVN3 (ABC) font and has been converted to Unicode: "{0}" → "{1}"':
    'chữ được gõ bằng phông TCVN3 (ABC) và đã được chuyển sang Unicode: “{0}” → “{1}”',
  'Check it on the proof; to fix the file itself: {0}':
    'Hãy soát lại trên bản in thử; muốn sửa hẳn trong tệp: {0}',
  'the campaign has text typed with a TCVN3 (ABC) font, and this text reads as Vietnamese both as it is and converted':
    'chiến dịch có chữ gõ bằng phông TCVN3 (ABC), và đoạn chữ này đọc thành tiếng Việt theo cả hai cách, giữ nguyên hay chuyển mã',
  'Convert it to precomposed Unicode with Unikey: copy the text, open Unikey › "Công cụ…" (Ctrl+Shift+F6), choose Nguồn "{0}", Đích "Unicode", click "Chuyển mã" and paste it back.':
    'Chuyển mã sang Unicode dựng sẵn bằng Unikey: chép đoạn chữ, mở Unikey › “Công cụ…” (Ctrl+Shift+F6), chọn Nguồn “{0}”, Đích “Unicode”, bấm “Chuyển mã” rồi dán lại.',
  'the text was typed with a TCVN3 (ABC) font, not in Unicode: "{0}" probably reads "{1}"':
    'chữ được gõ bằng phông TCVN3 (ABC), không phải Unicode: “{0}” có lẽ là “{1}”',
  'and {0} other places are also written in VIQR, not in Unicode':
    'và {0} chỗ khác cũng viết kiểu VIQR, không phải Unicode',
  'and {0} other places are also typed with a {1} font, not in Unicode':
    'và {0} chỗ khác cũng gõ bằng phông {1}, không phải Unicode',
  'Convert the whole file at once rather than text by text: open it in Notepad, copy everything (Ctrl+A, Ctrl+C), open Unikey › "Công cụ…" (Ctrl+Shift+F6), choose Nguồn "{0}", Đích "Unicode", click "Chuyển mã", paste it back and save it as UTF-8.':
    'Nên chuyển mã cả tệp một lần thay vì từng đoạn: mở tệp bằng Notepad, chép hết (Ctrl+A, Ctrl+C), mở Unikey › “Công cụ…” (Ctrl+Shift+F6), chọn Nguồn “{0}”, Đích “Unicode”, bấm “Chuyển mã”, dán lại rồi lưu dạng UTF-8.',
  // Decree 30 checks of the notice (load/campaign-checks.ts, qa42 F12, F9).
  'the symbol "{0}" is printed in capitals, "{1}", as Decree 30 writes a ký hiệu':
    'ký hiệu “{0}” được in hoa thành “{1}”, vì Nghị định 30 quy định ký hiệu viết bằng chữ in hoa',
  'Write it so in notice.symbol ({0}), as the văn thư registers it.':
    'Sửa notice.symbol thành {0} cho khớp với sổ đăng ký văn bản đi của văn thư.',
  '"Nơi nhận" has no "Lưu: VT, …" entry: Decree 30 ends the list with the copy the văn thư keeps':
    '“Nơi nhận” thiếu dòng “Lưu: VT, …”: theo Nghị định 30, dòng cuối của nơi nhận là bản lưu tại văn thư',
  'Add "Lưu: VT, <the drafting office\'s code>." as the last line of notice.cc (e.g. "Lưu: VT, VHXH.").':
    'Thêm dòng cuối “Lưu: VT, <viết tắt tên đơn vị soạn thảo>.” vào notice.cc (ví dụ “Lưu: VT, VHXH.”).',
  'a {0} prints "Kính gửi" (notice.recipients): Decree 30 gives "Kính gửi" to a công văn, a tờ trình or a báo cáo; a {1} is sent by its "Nơi nhận"':
    '{0} đang in “Kính gửi” (notice.recipients): theo Nghị định 30, “Kính gửi” chỉ dùng cho công văn, tờ trình, báo cáo; {1} gửi đến các nơi ghi ở “Nơi nhận”',
  'Leave notice.recipients empty and name the recipients in notice.cc ("Nơi nhận"), or make it a công văn (a symbol without the type\'s code, e.g. UBND-VHXH).':
    'Để trống notice.recipients và ghi các nơi nhận ở notice.cc (“Nơi nhận”), hoặc ban hành dưới dạng công văn (ký hiệu không có mã loại văn bản, ví dụ UBND-VHXH).',
});

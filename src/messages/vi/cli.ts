/**
 * Vietnamese for the command line: framing words, usage mistakes, option values, summaries, and the machine's refusals (system-errors.ts).
 * Keys are the English templates as `msg` makes them (`{0}` for each value); see ../message.ts.
 */
export const CLI = (): Record<string, string> => ({
  'error:': 'lỗi:',
  'hint:': 'gợi ý:',
  'info:': 'thông tin:',
  'warning:': 'cảnh báo:',
  'row {0}': 'dòng {0}',
  'sheet "{0}"': 'trang tính “{0}”',
  'line {0}': 'dòng {0}',
  'option {0}': 'tùy chọn {0}',
  'column "{0}"': 'cột “{0}”',
  'field "{0}"': 'mục “{0}”',
  'entry {0} of field "{1}"': 'mục thứ {0} của “{1}”',
  'entry {0} of field "{1}", "{2}"': 'mục thứ {0} của “{1}”, “{2}”',
  '{0} (and {1} more: run "phuong-print check")':
    '{0} (và {1} lỗi khác: chạy “phuong-print check” để xem hết)',
  '{0}: {1}': '{0}: {1}',
  '{0} or {1}': '{0} hoặc {1}',
  '{0} and {1}': '{0} và {1}',
  'group {0}: {1}': '{term.short} {0}: {1}',
  'group {0} ({1}, {2}), {3}': '{term.short} {0} ({1}, {2}), {3}',
  'row {0} on sheet "{1}"': 'dòng {0} ở trang “{1}”',
  '{0} on sheet "{1}": {2}': '{0} ở trang “{1}”: {2}',
  '{0}…': '{0}…',
  'building [{bar}] {value}/{total} groups | {rate} groups/s | {built} built, {reused} reused, {failed} failed':
    'đang tạo [{bar}] {value}/{total} {term.short} | {rate} {term.short}/giây | {built} đã tạo, {reused} dùng lại, {failed} lỗi',
  '{0}/{1} groups, {2} groups/s: {3} built, {4} reused, {5} failed':
    '{0}/{1} {term.short}, {2} {term.short}/giây: {3} đã tạo, {4} dùng lại, {5} lỗi',
  'wrote {0} files ({1} pages) to {2}, reused {3}, {4} print files, {5} ZIPs, in {6} s on {7} thread(s)':
    'đã ghi {0} tệp ({1} trang) vào {2}, dùng lại {3}, {4} tệp in, {5} tệp ZIP, trong {6} giây trên {7} luồng',
  '{0} groups renamed: their files are in folders named after the new names':
    '{0} {term.short} đã đổi tên: tệp nằm trong thư mục theo tên mới',
  'removed the files of {0} groups no longer in the groups file':
    'đã xoá tệp của {0} {term.short} không còn trong danh sách',
  'removed the {0} an earlier build made (this campaign has nothing for them to print now)':
    'đã xoá {0} do lần tạo trước làm ra (chiến dịch này nay không còn gì để in cho chúng)',
  'the {0} an earlier build made are out of date (this campaign has nothing for them to print): left out of the ZIPs; a build of the whole ward removes them':
    '{0} do lần tạo trước làm ra đã cũ (chiến dịch này không còn gì để in cho chúng): không đưa vào tệp ZIP; lần tạo cho cả danh sách sẽ xoá chúng',
  'failed: group {0}: {1}{2}': 'không tạo được: {term.short} {0}: {1}{2}',
  'failed: {0}{1}{2}': 'không tạo được: {0}{1}{2}',
  '(none of its new documents put in place: its folder and ZIP left as the last build made them)':
    '(chưa thay tài liệu mới nào của {term.short} này: thư mục và tệp ZIP của {term.short} để nguyên như lần tạo trước)',
  'interrupted: {0} of {1} groups finished, {2} not finished (their folders left as they were); the {3} files made are kept; run the same command again to complete the build':
    'đã dừng giữa chừng: đã tạo xong {0}/{1} {term.short}, {2} {term.short} chưa xong (thư mục của các {term.short} này để nguyên như trước); đã giữ {3} tệp đã tạo xong; chạy lại đúng lệnh này để làm tiếp',
  "interrupted: the {0} groups asked are made; the print files were not remade (the other groups' pages were not all in them); run the same command again to remake them":
    'đã dừng giữa chừng: {0} {term.short} đã chọn đều đã tạo xong; các tệp in chưa được làm lại (chưa đủ trang của các {term.short} khác); chạy lại đúng lệnh này để làm lại các tệp in',
  'one or more group ids': 'một hoặc nhiều mã {term.short}',
  'i/n with 1 ≤ i ≤ n (e.g. 2/4)': 'dạng i/n với 1 ≤ i ≤ n (ví dụ 2/4)',
  "the site {0} holds the residents' names and addresses of the rosters: each group's tracker.pdf, tracker.preview.png and all.zip (and, with the page views, tracker.html and its tracker.page-*.png pictures), and the office page's ward.zip; anyone with a group's link sees them, and a static site cannot be closed":
    'trang {0} có họ tên, địa chỉ người dân của danh sách hộ (--rosters): trong tracker.pdf, tracker.preview.png và all.zip của từng {term.short} (cùng tracker.html và các ảnh trang tracker.page-*.png khi trang có phần xem từng trang), và ward.zip của trang văn phòng; ai có đường dẫn của {term.short} đều xem được, và trang tĩnh không đóng được',
  'publish it only where the links stay private and delete it from the host when the campaign ends, or build the site without --rosters (the tracking sheets then print blank numbered rows)':
    'chỉ đăng trang ở nơi đường dẫn được giữ kín và xoá trang khỏi máy chủ khi chiến dịch kết thúc, hoặc dựng trang không có --rosters (bảng theo dõi khi đó in các dòng trống đánh số)',
  'drew {0} page pictures for the documents\' page-by-page views ("Xem"); --no-site-views leaves them out ("Xem" then opens the PDF)':
    'đã vẽ {0} ảnh trang cho phần xem từng trang của tài liệu (nút “Xem”); --no-site-views bỏ phần này (“Xem” khi đó mở tệp PDF)',
  "the groups' pages offer no document to download":
    'trang của các {term.short} không có tài liệu nào để tải',
  "the groups' pages offer: {0}": 'trang của các {term.short} có: {0}',
  '--kind and --size': '--kind và --size',
  "the groups' pages offer only {0}, as {1} asked; a build without {2} puts every document on the site":
    'trang của các {term.short} chỉ có {0}, theo {1}; chạy lại không có {2} để đưa mọi tài liệu lên trang',
  "the new site {0} no longer offers the {1} the site it replaced offered: the groups' links now open only {2}, as --kind asked":
    'trang mới {0} không còn {1} như trang cũ: đường dẫn của các {term.short} giờ chỉ mở được {2}, theo --kind',
  "the new site {0} no longer offers the {1} the site it replaced offered: the groups' links now open no document, as --kind asked":
    'trang mới {0} không còn {1} như trang cũ: đường dẫn của các {term.short} giờ không mở được tài liệu nào, theo --kind',
  'the new site {0} no longer offers the {1} the site it replaced offered, as --size asked':
    'trang mới {0} không còn {1} như trang cũ, theo --size',
  "build the site again without --size, or with --size naming every size the groups' leaders need":
    'dựng lại trang không có --size, hoặc ghi trong --size mọi khổ các {term.short} cần',
  "build the site again without --kind, or with --kind naming every document the groups' leaders need":
    'dựng lại trang không có --kind, hoặc ghi trong --kind mọi loại tài liệu các {term.short} cần',
  "wrote the download site ({0} files) to {1}; the office page's secret address is in {2}":
    'đã ghi trang tải tài liệu ({0} tệp) vào {1}; địa chỉ bí mật của trang văn phòng nằm trong {2}',
  '--no-site-views is given without --site': 'có --no-site-views nhưng thiếu --site',
  'Add --site, or leave out --no-site-views.': 'Thêm --site, hoặc bỏ --no-site-views.',
  'unknown document kind "{0}"': 'không có loại tài liệu “{0}”',
  'Known kinds: {0}.': 'Các loại tài liệu: {0}.',
  'ok: certificate of "{0}" can sign at {1} (valid {2} to {3}, Viet Nam time, UTC+7)':
    'ổn: chứng thư số của “{0}” ký được vào lúc {1} (hiệu lực từ {2} đến {3}, giờ Việt Nam, UTC+7)',
  'check failed: the certificate cannot sign': 'kiểm tra không đạt: chứng thư số không ký được',
  'check failed: {0} of {1} groups cannot be built, {2} document(s) failed to render':
    'kiểm tra không đạt: {0} trên {1} {term.short} không tạo được tài liệu, {2} tài liệu không dựng được',
  'check failed: {0} of {1} groups cannot be built':
    'kiểm tra không đạt: {0} trên {1} {term.short} không tạo được tài liệu',
  'ok: {0} groups, {1} kinds': 'ổn: {0} {term.short}, {1} loại tài liệu',
  'to look at: {0} groups, {1} kinds; {2} groups share {3} names with nothing telling them apart ({4}): each is printed with its id; see the warnings "share the name" above':
    'cần xem lại: {0} {term.short}, {1} loại tài liệu; {2} {term.short} trùng {3} tên mà không có gì phân biệt ({4}): tên mỗi {term.short} được in kèm mã {term.short}; xem các cảnh báo “cùng tên” ở trên',
  'cannot read the Word file': 'không đọc được tệp Word',
  'Check the path and the file name.': 'Kiểm tra lại đường dẫn và tên tệp.',
  'the file is {0} MB; a notice may be at most {1} MB':
    'tệp nặng {0} MB; một văn bản thông báo chỉ được tối đa {1} MB',
  'Check that this is the notice: a notice with its pictures fits in a few MB.':
    'Kiểm tra xem có đúng là tệp thông báo không: một thông báo kèm hình ảnh chỉ nặng vài MB.',
  'the folder already has a campaign.yaml': 'thư mục đã có tệp campaign.yaml',
  'Import into a new folder, or add --force to replace it.':
    'Hãy nhập vào một thư mục mới, hoặc thêm --force để ghi đè.',
  '--{0}: "{1}" is not {2}': '--{0}: “{1}” không phải là {2}',
  'one of {0}': 'một trong các giá trị {0}',
  '--{0} needs a value: {1}': '--{0} cần có giá trị: {1}',
  '--{0}: {1}': '--{0}: {1}',
  'a whole number from {0} up': 'một số nguyên từ {0} trở lên',
  'a whole number from {0} to {1}': 'một số nguyên từ {0} đến {1}',
  'a number from {0} up': 'một số từ {0} trở lên',
  '--{0}: "{1}" is not {2} (did you mean "{3}"?)':
    '--{0}: “{1}” không phải là {2} (có phải ý bạn là “{3}”?)',
  'an http:// or https:// address': 'một địa chỉ bắt đầu bằng http:// hoặc https://',
  'a date written DD/MM/YYYY or YYYY-MM-DD':
    'một ngày viết dạng ngày/tháng/năm (15/12/2026) hoặc năm-tháng-ngày (2026-12-15)',
  'the campaign declares no measures, so there is nothing to report':
    'chiến dịch chưa khai báo chỉ tiêu nào (measures) nên không có gì để báo cáo',
  'Add the figures the groups report, e.g. measures: [{ id: tham_gia, label: Số người tham gia cuộc thi, of: people }].':
    'Thêm các chỉ tiêu mà {term.groups} báo cáo, ví dụ measures: [{ id: tham_gia, label: Số người tham gia cuộc thi, of: people }].',
  'no figures to report': 'không có số liệu để báo cáo',
  'the data store in {0} holds no figures yet: the report says no group has reported':
    'kho dữ liệu trong {0} chưa có số liệu nào: báo cáo sẽ ghi là chưa {term.group} nào báo cáo',
  'Check that it is the data folder of the server the leaders report to (serve --data), or give the figures as a file with --results.':
    'Kiểm tra đây có đúng là thư mục dữ liệu của máy chủ mà các {term.leader} báo cáo vào (serve --data) không, hoặc đưa số liệu bằng tệp với --results.',
  'the data store in {0} holds no figures of this campaign (“{1}”), only of other campaigns: {2}':
    'kho dữ liệu trong {0} không có số liệu nào của chiến dịch này (“{1}”), chỉ có số liệu của chiến dịch khác: {2}',
  "Check --data, and that campaign.yaml's id is the one the leaders reported under: a changed id starts an empty record.":
    'Kiểm tra --data, và mã (id) trong campaign.yaml có đúng là mã các {term.leader} đã báo cáo theo không: đổi mã là bắt đầu một sổ số liệu trống.',
  'Give the figures as a file (--results ket-qua.xlsx), or the data folder of the server the leaders report to (--data).':
    'Đưa số liệu bằng một tệp (--results ket-qua.xlsx), hoặc thư mục dữ liệu của máy chủ mà các {term.leader} báo cáo vào (--data).',
  '{0} problems in the results file: nothing was imported or reported':
    'tệp kết quả có {0} lỗi: chưa nhập và chưa báo cáo gì',
  'Fix each row named above and run again.': 'Sửa từng dòng nêu ở trên rồi chạy lại.',
  '--dev listens on loopback only': '--dev chỉ mở trên máy này (loopback)',
  '--host {0} cannot go with --dev: {1}': '--host {0} không dùng được cùng --dev: {1}',
  'Drop --host, or set PHUONG_PRINT_SECRET and drop --dev.':
    'Bỏ --host, hoặc đặt PHUONG_PRINT_SECRET và bỏ --dev.',
  'not a date': 'không phải là ngày',
  'an ISO date or date-time, e.g. 2025-10-09 or 2025-10-09T08:30':
    'một ngày hoặc ngày giờ dạng ISO, ví dụ 2025-10-09 hoặc 2025-10-09T08:30',
  '--signed-at is given without --sign': 'có --signed-at nhưng thiếu --sign',
  '--signed-at {0} is in the future: each notice will say it was signed then, and a verifier flags a signature dated after its own clock':
    '--signed-at {0} là thời điểm chưa tới: mỗi thông báo sẽ ghi đã ký vào lúc đó, và phần mềm kiểm tra chữ ký sẽ báo chữ ký có thời gian ký sau giờ hiện tại',
  'Leave out --signed-at to sign at the time of the build, or give a time already past.':
    'Bỏ --signed-at để ký theo giờ tạo tài liệu, hoặc ghi một thời điểm đã qua.',
  'Add --sign <certificate.p12>, or leave out --signed-at.':
    'Thêm --sign <chứng-thư.p12>, hoặc bỏ --signed-at.',
  'no password for the signing certificate': 'chưa có mật khẩu của chứng thư số',
  "Set {0} to the certificate's password (it is never a command-line option).":
    'Đặt biến {0} bằng mật khẩu của chứng thư số (mật khẩu không bao giờ được gõ trên dòng lệnh).',
  '--{0} is given {1} times ({2}); give it once': '--{0} được ghi {1} lần ({2}); chỉ ghi một lần',
  'The groups are one file. For a ward made of several old wards, copy their lists into one Excel workbook, one sheet per old ward named after it ("Tân Bình cũ"); or into one table with a column "Phường cũ" giving each group\'s old ward.':
    'Danh sách {term.group} chỉ gồm một tệp. Phường, xã gồm nhiều phường, xã cũ: chép danh sách của các phường, xã cũ vào một sổ tính Excel, mỗi phường, xã cũ một trang tính đặt theo tên của nó (“Tân Bình cũ”); hoặc vào một bảng có thêm cột “Phường cũ” ghi phường, xã cũ của mỗi {term.short}.',
  'The commands are {0}; "phuong-print --help" describes them.':
    'Các lệnh là {0}; “phuong-print --help” giải thích từng lệnh.',
  '"phuong-print {0} --help" lists its options and the values they take.':
    '“phuong-print {0} --help” liệt kê các tùy chọn của lệnh và giá trị được phép.',
  'unknown option {0} (did you mean {1}?)': 'không có tùy chọn {0} (có phải ý bạn là {1}?)',
  'unknown option {0}': 'không có tùy chọn {0}',
  'unexpected argument "{0}" (did you mean the command {1}?)':
    'không hiểu “{0}” (có phải ý bạn là lệnh {1}?)',
  'unexpected argument "{0}"': 'không hiểu “{0}”',
  'unknown command "{0}" (did you mean {1}?)': 'không có lệnh “{0}” (có phải ý bạn là {1}?)',
  'unknown command "{0}"': 'không có lệnh “{0}”',
  'missing required options {0}': 'thiếu các tùy chọn bắt buộc {0}',
  'missing required option {0}': 'thiếu tùy chọn bắt buộc {0}',
  'not enough arguments: got {0}, need at least {1}': 'thiếu tham số: có {0}, cần ít nhất {1}',
  'not enough arguments: {0}': 'thiếu tham số: {0}',
  'name a command: {0}': 'hãy ghi một lệnh: {0}',
  'too many arguments: got {0}, at most {1}': 'thừa tham số: có {0}, tối đa {1}',
  '{0} needs a value': '{0} cần có giá trị',
  '--{0} needs a value': '--{0} cần có giá trị',
  'Choose an output folder this user can write to (--out), or fix its permissions; on Windows, also close a program that has the file open.':
    'Chọn thư mục kết quả mà tài khoản này ghi được (--out), hoặc sửa quyền của thư mục; trên Windows, đóng cả chương trình đang mở tệp đó.',
  'Free some space, or choose an output folder on another disk (--out).':
    'Giải phóng bớt dung lượng, hoặc chọn thư mục kết quả trên ổ đĩa khác (--out).',
  'Give --host an address of this machine, e.g. 127.0.0.1 or 0.0.0.0 (every address).':
    'Ghi cho --host một địa chỉ của máy này, ví dụ 127.0.0.1 hoặc 0.0.0.0 (mọi địa chỉ).',
  'A file stands where the output needs a folder (or the other way round): choose another --out, or move it away.':
    'Có một tệp nằm đúng chỗ cần tạo thư mục (hoặc ngược lại): chọn --out khác, hoặc chuyển tệp đó đi chỗ khác.',
  'the address': 'địa chỉ',
  '{0} port {1}': '{0} cổng {1}',
  'cannot listen on {0}: {1}': 'không mở được {0}: {1}',
  'another program is already using it': 'một chương trình khác đang dùng cổng này',
  'Stop the other server (or an earlier phuong-print serve), or choose another --port.':
    'Tắt máy chủ kia (hoặc lệnh phuong-print serve đang chạy từ trước), hoặc chọn cổng khác bằng --port.',
  'the address is not one of this machine’s': 'địa chỉ này không thuộc máy này',
  'the disk is read-only': 'ổ đĩa chỉ cho đọc, không ghi được',
  'The build stopped: its drawing threads ended and no other could start. The files already made are kept.':
    'Việc tạo tài liệu đã dừng giữa chừng do phần mềm gặp lỗi khi khởi động phần vẽ tài liệu. Các tệp đã tạo xong vẫn được giữ.',
  'Build again. If it stops again, restart the program (it may have been updated while it ran).':
    'Hãy tạo lại. Nếu vẫn dừng, hãy khởi động lại phần mềm (có thể phần mềm vừa được cập nhật khi đang chạy); nếu vẫn không được, hãy cài đặt lại phần mềm.',
  'it is a link to {0}, which does not exist':
    'đây là liên kết (shortcut) tới {0}, nơi không có thật',
  'Make the folder it points to (or mount its drive), or choose another folder.':
    'Tạo thư mục mà liên kết trỏ tới (hoặc cắm ổ đĩa chứa nó), hoặc chọn thư mục khác.',
  'the folder cannot be made there: the file system does not allow it':
    'không tạo được thư mục ở đó: hệ thống tệp không cho phép',
  'Choose an output folder on a disk that can be written (--out).':
    'Chọn thư mục kết quả trên ổ đĩa ghi được (--out).',
  'a part of the path is a file, not a folder':
    'một phần của đường dẫn là tệp chứ không phải thư mục',
  'a file stands where a folder should be made': 'đã có một tệp ở chỗ cần tạo thư mục',
  'a folder stands where a file should be': 'đã có một thư mục ở chỗ cần ghi tệp',
  'the file is in use by another program': 'tệp đang được một chương trình khác mở',
  'Close it (a PDF viewer or Excel may hold it open) and run the command again.':
    'Đóng tệp đó (trình xem PDF hoặc Excel có thể đang mở) rồi chạy lại lệnh.',
  'a folder or file name in this path is too long ({0} characters)':
    'tên một thư mục hoặc tệp trong đường dẫn này quá dài ({0} ký tự)',
  'Give a shorter name: a name may have at most {0} bytes (about 100 letters with Vietnamese marks).':
    'Hãy đặt tên ngắn hơn: mỗi tên được dài tối đa {0} byte (khoảng 100 chữ có dấu tiếng Việt).',
  'this path is too long ({0} characters)': 'đường dẫn này quá dài ({0} ký tự)',
  'Choose a folder with a shorter path, nearer the top of the disk.':
    'Hãy chọn thư mục có đường dẫn ngắn hơn, gần gốc ổ đĩa hơn.',
  'cannot write the output to {0}: {1}': 'không ghi được kết quả ra {0}: {1}',
  'the standard output': 'đầu ra chuẩn (stdout)',
  'the system refused the write ({0})': 'hệ thống từ chối ghi ({0})',
  'Free some space, or send the output (>) to a file on another disk.':
    'Hãy giải phóng bớt dung lượng, hoặc ghi kết quả (>) ra một tệp trên ổ đĩa khác.',
  'Send the output (>) to a file in a folder this user can write to.':
    'Hãy ghi kết quả (>) ra một tệp trong thư mục mà người dùng này ghi được.',
  'the disk is full': 'ổ đĩa đã đầy',
  'this is a folder, not a Word file': 'đây là một thư mục, không phải tệp Word',
  'Give the notice\'s .docx file itself, e.g. phuong-print import-docx "{0}".':
    'Hãy chỉ tới chính tệp .docx của văn bản, ví dụ phuong-print import-docx "{0}".',
  "Give the notice's .docx file itself (in Word: File → Save As → Word Document).":
    'Hãy chỉ tới chính tệp .docx của văn bản (trong Word: Tệp → Lưu Như → “Tài liệu Word (*.docx)”).',
  "the user's disk quota is used up": 'tài khoản đã dùng hết dung lượng được cấp',
  'too many files are open at once': 'đang mở quá nhiều tệp cùng lúc',
  'Raise the limit (ulimit -n 4096) or build with fewer --jobs.':
    'Nâng giới hạn (ulimit -n 4096) hoặc chạy với ít --jobs hơn.',
  'no such host name': 'không có tên máy này',
  'permission denied': 'không có quyền truy cập',
  'the computer does not allow removing this file (the account running the program may not remove it, or the file is read-only)':
    'máy tính không cho phép xoá tệp này (tài khoản chạy phần mềm không có quyền xoá, hoặc tệp được đặt chỉ đọc)',
  "Ask the computer's administrator to remove it by hand or to allow removing it.":
    'Nhờ người quản trị máy tính xoá tay hoặc cho phép xoá.',
  'the file cannot be replaced: another program holds it open, or it may not be changed':
    'không thay được tệp này: một chương trình khác đang giữ tệp, hoặc tệp không được phép sửa',
  'Close the file in the program that has it open (a PDF viewer, Excel) and run the command again; if none has, make the file and its folder writable.':
    'Đóng tệp này trong chương trình đang mở nó (trình xem PDF, Excel) rồi chạy lại lệnh; nếu không chương trình nào mở, cho phép ghi tệp và thư mục của nó.',
  'Ports below 1024 need administrator rights: choose --port 8080 or another above 1023.':
    'Cổng dưới 1024 cần quyền quản trị: chọn --port 8080 hoặc một cổng khác lớn hơn 1023.',
  'backed up {0} pages of the store to {1}': 'đã sao lưu {0} trang của kho dữ liệu vào {1}',
  'backed up the data folder ({0} files) to {1}': 'đã sao lưu thư mục dữ liệu ({0} tệp) vào {1}',
  'restored the data folder {0} from {1}': 'đã khôi phục thư mục dữ liệu {0} từ {1}',
  'restored the store of {0} from {1}': 'đã khôi phục kho dữ liệu của {0} từ {1}',
  'what was there before is kept as {0}': 'dữ liệu có ở đó trước khi khôi phục được giữ lại ở {0}',
  'watching for the next change (Ctrl-C stops)': 'đang chờ lần sửa tiếp theo (Ctrl-C để dừng)',
  'rebuilt after a change to {0} in {1} s: {2} built, {3} reused, {4} failed':
    'đã tạo lại sau khi {0} thay đổi, trong {1} giây: {2} đã tạo, {3} dùng lại, {4} lỗi',
  'watching {0} for changes (Ctrl-C stops)': 'đang theo dõi thay đổi của {0} (Ctrl-C để dừng)',
  'now also watching {0}': 'theo dõi thêm {0}',
  'Password of {0}: ': 'Mật khẩu của {0}: ',
  'no longer watching {0}': 'thôi theo dõi {0}',
  'stopped watching': 'đã dừng theo dõi',
  'merged {0} shards: {1} groups, {2} files, {3} print files into {4}':
    'đã gộp {0} phần: {1} {term.short}, {2} tệp, {3} tệp in vào {4}',
  'serving {0} groups of {1} on {2}': 'đang phục vụ {0} {term.short} của {1} tại {2}',
  'warning: --dev uses a built-in secret: these links are not private':
    'cảnh báo: --dev dùng khoá bí mật có sẵn: các đường liên kết này không được giữ kín',
  'office page: {0}/admin (user "admin")': 'trang văn phòng: {0}/admin (người dùng “admin”)',
  'office page off: set PHUONG_PRINT_ADMIN_PASSWORD to enable /admin':
    'trang văn phòng đang tắt: đặt PHUONG_PRINT_ADMIN_PASSWORD để mở /admin',
  'figures kept in {0}': 'số liệu được lưu trong {0}',
  'warning: {0} declares {1} measures but no data folder keeps the figures: leaders have no form to report them; add --data <folder> (or --database-url)':
    'cảnh báo: {0} có {1} chỉ tiêu báo cáo (measures) nhưng chưa có nơi lưu số liệu: trang của {term.leader} sẽ không có ô báo cáo số liệu; thêm --data <thư mục> (hoặc --database-url)',
  'warning: the campaign declares no measures: leaders have no figures to report':
    'cảnh báo: chiến dịch chưa khai báo chỉ tiêu nào: {term.leader} không có số liệu để báo cáo',
  '<public address>': '<địa chỉ công khai>',
  '<the secret given to serve --secret>': '<khoá bí mật đã dùng với serve --secret>',
  "leader links: phuong-print links --secret '{0}' --groups {1} --base-url {2}":
    "đường liên kết cho {term.leader}: phuong-print links --secret '{0}' --groups {1} --base-url {2}",
  "leader links: phuong-print links --groups {0} --base-url {1} (with this server's PHUONG_PRINT_SECRET set, or --secret and the same secret)":
    'đường liên kết cho {term.leader}: phuong-print links --groups {0} --base-url {1} (đặt PHUONG_PRINT_SECRET như máy chủ này, hoặc thêm --secret với đúng khoá bí mật đó)',
  'leader links: phuong-print links --dev --groups {0} --base-url {1}':
    'đường liên kết cho {term.leader}: phuong-print links --dev --groups {0} --base-url {1}',
  'edits to the inputs are served as they are saved (or on SIGHUP)':
    'dữ liệu đầu vào sửa đến đâu được cập nhật đến đó khi lưu (hoặc khi nhận SIGHUP)',
  'edited inputs are served on SIGHUP': 'dữ liệu đầu vào đã sửa được cập nhật khi nhận SIGHUP',
  stopped: 'đã dừng',
  'stopping: new requests are refused, those under way get a few seconds to finish':
    'đang dừng: không nhận yêu cầu mới, các yêu cầu đang làm có vài giây để xong',
  'stopping the build of {0} in progress: the groups being made stop after the document being drawn, their folders left as the last build made them, and the groups finished keep their files; build again to complete it':
    'đang dừng lần tạo tệp in của {0}: các {term.short} đang tạo dở dừng sau tài liệu đang tạo và để nguyên thư mục như lần tạo trước, các {term.short} đã tạo xong giữ tệp đã tạo; bấm “Tạo tệp in” để tạo tiếp',
  'the build of {0} had finished when the studio stopped: all {1} groups made':
    'lần tạo tệp in của {0} đã xong trước khi dừng: đã tạo đủ {1} {term.short}',
  'the build of {0} stopped: {1} of {2} groups finished, {3} not finished; the {4} files made are kept; build again to complete it':
    'lần tạo tệp in của {0} đã dừng: đã tạo xong {1}/{2} {term.short}, {3} {term.short} chưa xong; đã giữ {4} tệp đã tạo xong; bấm “Tạo tệp in” để tạo tiếp',
  'created user "admin" with the password in PHUONG_PRINT_ADMIN_PASSWORD':
    'đã tạo người dùng “admin” với mật khẩu trong PHUONG_PRINT_ADMIN_PASSWORD',
  'studio on {0} (data: {1})': 'studio đang chạy tại {0} (dữ liệu: {1})',
  // Said alike on Cài đặt and by `studio --base-url` (studio/address-tail.ts).
  'the studio cannot be served under a folder of its host name ("{0}"): its pages and the leaders\' links start right after the host name, so the links and QR codes printed would open nothing':
    'phần mềm không chạy được dưới một thư mục của tên miền (“{0}”): các trang của phần mềm và đường dẫn gửi tổ trưởng, trưởng thôn đều bắt đầu ngay sau tên miền, nên đường dẫn, mã QR in ra sẽ không mở được',
  'The studio needs a host name of its own that reaches it directly (the person who installs it sets that up), e.g. {0}; then give that name':
    'Cần dành cho phần mềm một tên miền riêng trỏ thẳng tới phần mềm (người cài đặt phần mềm làm việc này), ví dụ {0}, rồi ghi tên miền đó',
  'give only the start of the address, nothing after the host name ("{0}")':
    'chỉ ghi phần đầu của địa chỉ, không có phần sau tên miền (“{0}”)',
  'Give {0}': 'Ghi {0}',
  'reload ({0}) failed, still serving the last good inputs: {1}':
    'nạp lại ({0}) không được, vẫn dùng dữ liệu đúng gần nhất: {1}',
  'reloaded ({0}): {1} groups': 'đã nạp lại ({0}): {1} {term.short}',
  '{0} changed': '{0} đã thay đổi',
  'watching the inputs: {0}': 'theo dõi dữ liệu đầu vào: {0}',
  'Render the documents of every residential group into the output folder':
    'Tạo tài liệu của mọi tổ dân phố vào thư mục kết quả',
  'Check the campaign, templates, groups and rosters without building (exit 0 = ok)':
    'Kiểm tra chiến dịch, mẫu, danh sách tổ và danh sách hộ mà không tạo tài liệu (mã thoát 0 = ổn)',
  'Join the output folders of `build --shard i/n` runs: files, manifest and print files':
    'Gộp các thư mục kết quả của những lần chạy `build --shard i/n`: tệp, manifest và tệp in',
  'Serve the download pages: one per group (secret link) and the office page (/admin)':
    'Mở các trang tải tài liệu: mỗi tổ một trang (đường liên kết bí mật) và trang văn phòng (/admin)',
  "Render the ward's report of results (report.pdf, report.xlsx) from a results file or the stored figures":
    'Tạo báo cáo kết quả của phường (report.pdf, report.xlsx) từ tệp kết quả hoặc số liệu đã lưu',
  'Back up the data folder (.zip: everything, to move to a new computer) or its store (.sqlite), while it runs':
    'Sao lưu thư mục dữ liệu (.zip: tất cả, để chuyển sang máy mới) hoặc kho dữ liệu của nó (.sqlite), ngay khi phần mềm đang chạy',
  'Put a backup back as the data folder, with the studio stopped':
    'Khôi phục thư mục dữ liệu từ tệp sao lưu (khi phần mềm đã dừng)',
  "Print every group's download link as CSV (id,name,url,leader,phone,note)":
    'In đường liên kết tải tài liệu của mọi tổ dạng CSV (id,name,url,leader,phone,note)',
  "Make a campaign folder (campaign.yaml) from the ward's notice in Word (.docx)":
    'Tạo thư mục chiến dịch (campaign.yaml) từ văn bản thông báo của phường bằng Word (.docx)',
  "The culture office's web studio: make, preview, build and download campaigns":
    'Studio trên web cho bộ phận văn hoá: soạn, xem trước, tạo và tải tài liệu chiến dịch',
  'Language of messages: vi or en (default: from LANG / LC_ALL)':
    'Ngôn ngữ thông báo: vi hoặc en (mặc định: theo LANG / LC_ALL)',
  '$0 <command> [options]\n\nPrint-ready PDFs for every residential group of a Vietnamese ward campaign.':
    '$0 <lệnh> [tùy chọn]\n\nTạo tệp PDF sẵn sàng để in cho mọi tổ dân phố trong một chiến dịch của phường.',
  'Notices for every group (all options: phuong-print build --help)':
    'Thông báo cho mọi tổ (mọi tùy chọn: phuong-print build --help)',
  'imported the figures of {0} groups from {1}': 'đã nhập số liệu của {0} {term.short} từ {1}',
  '{0} groups of {1} were imported from this same file before: not stored again':
    '{0} {term.short} trong {1} đã được nhập từ chính tệp này trước đây: không lưu lại lần nữa',
  '{0} groups of {1} have no figure in the file: nothing stored':
    '{0} {term.short} trong {1} không có số liệu nào trong tệp: không lưu gì',
  '{0} groups of {1} have the figures already stored: nothing new':
    '{0} {term.short} trong {1} có số liệu giống số đã lưu: không có gì mới',
  '{0} already has a newer figure of "{1}" ({2}, sent at {3}): the newer one is kept, the file\'s {4} is not stored':
    '{0} đã có số liệu “{1}” mới hơn ({2}, gửi lúc {3}): giữ số mới, không lưu số {4} trong tệp',
  "The file was last saved at {0}, before that figure. If the file's figure is the right one, save the file again and import it again.":
    'Tệp được lưu lần cuối lúc {0}, trước số liệu đó. Nếu số trong tệp mới là số đúng, hãy lưu lại tệp rồi nhập lại.',
  "The row's time is {0}, before that figure. If the row's figure is the right one, write the time it was counted in the row and import the file again.":
    'Thời gian của dòng là {0}, trước số liệu đó. Nếu số trong dòng mới là số đúng, hãy ghi đúng thời điểm có số liệu vào dòng rồi nhập lại tệp.',
  'the office withdrew the figures of {0} at {1}, after the file\'s figure of "{2}": the file\'s {3} is not stored':
    'văn phòng đã xoá số liệu của {0} lúc {1}, sau thời điểm của số liệu “{2}” trong tệp: không lưu số {3} trong tệp',
  "The row's time is {0}, before the withdrawal. If the row's figure is the right one, write the time it was counted in the row and import the file again.":
    'Thời gian của dòng là {0}, trước lần xoá đó. Nếu số trong dòng là số đúng, hãy ghi đúng thời điểm có số liệu vào dòng rồi nhập lại tệp.',
  "The file was last saved at {0}, before the withdrawal. If the file's figure is the right one, save the file again and import it again.":
    'Tệp được lưu lần cuối lúc {0}, trước lần xoá đó. Nếu số trong tệp là số đúng, hãy lưu lại tệp rồi nhập lại.',
  '{0} groups have figures but are no longer in the groups list: {1}':
    '{0} {term.short} có số liệu nhưng không còn trong danh sách: {1}',
  '{0} ({1})': '{0} ({1})',
  'id {0}': 'mã {0}',
  'id {0}, listed now as "{1}"': 'mã {0}, danh sách nay ghi “{1}”',
  'Their figures are kept in the store but not counted in the report. An id that lost its leading zeros ("01" → "1") was most likely changed by Excel saving the list as CSV: type the ids as they were (as text), or give the original workbook.':
    'Số liệu của các {term.short} này vẫn được lưu nhưng không tính vào báo cáo. Mã mất số 0 ở đầu (“01” thành “1”) thường là do Excel bỏ đi khi lưu danh sách thành CSV: hãy gõ lại mã như cũ (dạng chữ), hoặc dùng tệp Excel gốc.',
  'Their figures are kept in the store but not counted in the report. If a group was left out by mistake, add it back to the groups file with its old id.':
    'Số liệu của các {term.short} này vẫn được lưu nhưng không tính vào báo cáo. Nếu bỏ sót, hãy thêm lại vào danh sách {term.short} với đúng mã cũ.',
  'figures are stored for {0} measures the campaign no longer has: {1}':
    'có số liệu của {0} chỉ tiêu không còn trong chiến dịch: {1}',
  'They are kept but not counted in the report. If a measure was only renamed, keep its old id in measures so its figures count again.':
    'Số liệu này vẫn được lưu nhưng không tính vào báo cáo. Nếu chỉ đổi tên chỉ tiêu, hãy giữ mã (id) cũ của chỉ tiêu trong measures để số liệu được tính lại.',
  'wrote {0} ({1} pages) and {2}': 'đã ghi {0} ({1} trang) và {2}',
  'check failed: {0} field(s) still hold a value to fill in':
    'kiểm tra không đạt: {0} mục vẫn còn chữ cần điền',
  "the report's day {0} is before the notice's day {1}":
    'ngày của báo cáo ({0}) trước ngày ban hành văn bản ({1})',
  'Check the day: a report of results comes after the notice it reports on.':
    'Xem lại ngày: báo cáo kết quả làm sau văn bản mà nó báo cáo.',
  "the report's day {0} is after today: its figures are those sent until now":
    'ngày của báo cáo ({0}) sau hôm nay: số liệu in là số liệu gửi đến lúc này',
  "Make the report on that day, or give today's date.":
    'Làm báo cáo vào đúng ngày đó, hoặc ghi ngày hôm nay.',
  "{0} groups sent figures after {1}: the report counts each group's figures as they stood at the end of that day":
    '{0} {term.short} gửi số liệu sau ngày {1}: báo cáo tính số liệu của từng {term.short} đến hết ngày đó',
  'For the latest figures, leave out --date (today) or give a later day.':
    'Muốn số liệu mới nhất, bỏ --date (báo cáo ngày hôm nay) hoặc ghi một ngày sau.',
  'the notice has no number (a draft), so the report cites it without one':
    'văn bản chưa có số (dự thảo để văn thư ghi tay), nên báo cáo kết quả không ghi số của văn bản',
  'Once the paper has its number, write it in notice.number and make the report again.':
    'Khi văn thư đã ghi số trên bản giấy, điền số đó vào notice.number rồi làm lại báo cáo.',
  'the notice has no day (undated: true), so the report cites it without a date':
    'văn bản chưa có ngày ban hành (undated: true), nên báo cáo kết quả không ghi ngày của văn bản',
  'Once the paper has its day, write it in issued, remove undated: true and make the report again.':
    'Khi văn thư đã ghi ngày trên bản giấy, điền ngày đó vào issued, bỏ undated: true rồi làm lại báo cáo.',
  'check failed: {0} document(s) cannot be drawn for the groups tried (the first, and the one with the most text); the build fails them, and any other group alike':
    'kiểm tra không đạt: {0} tài liệu không dựng được ở các {term.short} đã thử ({term.short} đầu tiên và {term.short} có tên, địa điểm dài nhất); khi in, các {term.short} đó và mọi {term.short} tương tự cũng không tạo được',
});

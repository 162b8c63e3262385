/**
 * Vietnamese of the commands' help (`phuong-print <command> --help`): what each option does,
 * the examples and the notes below them. The groups are "tổ" here: help is read before any
 * campaign is.
 */
export const OPTIONS = (): Record<string, string> => ({
  'A campaign draft from the Word notice: ward/campaign.yaml':
    'Bản nháp chiến dịch từ văn bản Word: ward/campaign.yaml',
  "Accept figures above a group's population or households (--results)":
    'Chấp nhận số liệu lớn hơn số nhân khẩu hoặc số hộ của tổ (--results)',
  'Address to listen on': 'Địa chỉ máy chủ lắng nghe',
  'After building, rebuild whenever the campaign, its templates, the groups or the rosters change (Ctrl-C stops)':
    'Tạo xong thì theo dõi: mỗi khi chiến dịch, mẫu, danh sách tổ hoặc danh sách hộ thay đổi, tạo lại (Ctrl-C để dừng)',
  'With --site: each PDF\'s pages as pictures, opened by "Xem" (--no-site-views: "Xem" opens the PDF, and the site builds far faster)':
    'Với --site: các trang của mỗi tệp PDF dưới dạng ảnh, mở bằng nút “Xem” (--no-site-views: “Xem” mở tệp PDF, và trang dựng nhanh hơn nhiều)',
  'Also write the static download site to <out>/site, offering the documents --kind and --size ask for (secret: --secret)':
    'Ghi thêm trang tải tài liệu dạng tĩnh vào <out>/site, có các tài liệu mà --kind và --size chọn (khoá bí mật: --secret)',
  'Any bad group row fails the whole build (nothing is written)':
    'Chỉ cần một dòng tổ bị lỗi là dừng cả lần tạo (không ghi tệp nào)',
  'Back up the figures': 'Sao lưu số liệu',
  'Behind a reverse proxy: client address from X-Forwarded-For, host from X-Forwarded-Host, and X-Forwarded-Proto: http believed (https there is read without this flag too)':
    'Chạy sau máy chủ chuyển tiếp (reverse proxy): lấy địa chỉ người dùng từ X-Forwarded-For, tên miền từ X-Forwarded-Host, và tin cả X-Forwarded-Proto: http (https ở đó luôn được đọc, không cần cờ này)',
  'Build everything': 'Tạo tất cả',
  'Build only share i of n of the groups (e.g. 2/4), stable by group id':
    'Chỉ tạo phần thứ i trong n phần của danh sách tổ (ví dụ 2/4), chia cố định theo mã tổ',
  'Campaign file': 'Tệp chiến dịch',
  'Campaign file (campaign.yaml)': 'Tệp chiến dịch (campaign.yaml)',
  'Campaign folder to write campaign.yaml into (made if missing)':
    'Thư mục chiến dịch để ghi campaign.yaml (chưa có thì tạo mới)',
  'Check the example ward': 'Kiểm tra phường ví dụ',
  "Data folder: keeps the groups' reported figures (a SQLite file); without it, no figures are taken":
    'Thư mục dữ liệu: lưu số liệu các tổ báo cáo (một tệp SQLite); không có thì không nhận số liệu',
  'Data folder: the store (users, sessions) and campaigns/<name>/':
    'Thư mục dữ liệu: kho dữ liệu (người dùng, phiên đăng nhập) và campaigns/<tên>/',
  'Development: the links of `serve --dev` (its built-in secret, not private)':
    'Dùng khi phát triển: đường liên kết của `serve --dev` (khoá bí mật có sẵn, không riêng tư)',
  'Development: allow a built-in secret (loopback only)':
    'Dùng khi phát triển: cho phép khoá bí mật có sẵn (chỉ trên máy này)',
  'Disk cache': 'Thư mục bộ nhớ đệm trên đĩa',
  'Environment: PHUONG_PRINT_ADMIN_PASSWORD (first start only: the password of user "admin"), PHUONG_PRINT_DATABASE_URL (as --database-url).':
    'Biến môi trường: PHUONG_PRINT_ADMIN_PASSWORD (chỉ lần chạy đầu: mật khẩu của người dùng “admin”), PHUONG_PRINT_DATABASE_URL (như --database-url).',
  'Environment: PHUONG_PRINT_SECRET (the links\' secret), PHUONG_PRINT_ADMIN_PASSWORD (user "admin" on /admin; without it /admin is 404).':
    'Biến môi trường: PHUONG_PRINT_SECRET (khoá bí mật của các đường liên kết), PHUONG_PRINT_ADMIN_PASSWORD (người dùng “admin” của trang /admin; không có thì không mở được /admin).',
  'Figures per group: .csv or .xlsx (group id or name, one column per measure)':
    'Số liệu của từng tổ: tệp .csv hoặc .xlsx (mã hoặc tên tổ, mỗi chỉ tiêu một cột)',
  "Residents rosters for the tracking sheet: a folder of <group id>.csv, .txt or .xlsx, or one such file for the whole ward with a column naming each row's group":
    'Danh sách hộ, người dân cho bảng theo dõi: thư mục có mỗi tổ một tệp <mã tổ>.csv, .txt hoặc .xlsx, hoặc một tệp cho cả phường có cột ghi tổ của từng dòng',
  'Rosters for the tracking sheets: a folder of <group id> files, or one file for the whole ward':
    'Danh sách hộ cho bảng theo dõi: thư mục mỗi tổ một tệp <mã tổ>, hoặc một tệp cho cả phường',
  "Folder of templates overriding report.hbs (default: the campaign's templates/)":
    'Thư mục mẫu dùng thay report.hbs (mặc định: thư mục templates/ của chiến dịch)',
  "Folder of templates overriding the built-in ones (default: the campaign's templates/)":
    'Thư mục mẫu dùng thay mẫu có sẵn (mặc định: thư mục templates/ của chiến dịch)',
  "Folder of templates overriding the built-in ones kind by kind (default: the campaign's templates/ folder, if any)":
    'Thư mục mẫu dùng thay mẫu có sẵn của từng loại tài liệu (mặc định: thư mục templates/ của chiến dịch, nếu có)',
  'Folder to join them into (may be one of them)':
    'Thư mục gộp vào (có thể là một trong các thư mục đó)',
  'Groups: .csv, .xlsx, .txt (Excel "Unicode Text") or .docx (a table in Word)':
    'Danh sách tổ: tệp .csv, .xlsx, .txt (Excel “Unicode Text”) hoặc .docx (bảng trong Word)',
  'Join three shards into out/': 'Gộp ba phần vào out/',
  'Kinds to build, comma-separated: {0} or all (default)':
    'Các loại tài liệu cần tạo, cách nhau bằng dấu phẩy: {0} hoặc all (mặc định: tất cả)',
  'Kinds to check, comma-separated: {0} or all (default)':
    'Các loại tài liệu cần kiểm tra, cách nhau bằng dấu phẩy: {0} hoặc all (mặc định: tất cả)',
  'Links to mail-merge': 'Đường liên kết để trộn thư (gửi Zalo, tin nhắn)',
  'Make every PDF an archival PDF/A-2b file': 'Tạo mọi tệp PDF theo chuẩn lưu trữ PDF/A-2b',
  'Make report.pdf archival (PDF/A-2b) and tagged for screen readers':
    'Tạo report.pdf theo chuẩn lưu trữ (PDF/A-2b), có gắn thẻ cho phần mềm đọc màn hình',
  'Memory cache bound (MB; 0: no memory cache)':
    'Giới hạn bộ nhớ đệm trong RAM (MB; 0: không dùng bộ nhớ đệm trong RAM)',
  'Most requests per minute from one client, a whole number from 1':
    'Số yêu cầu tối đa mỗi phút từ một máy, số nguyên từ 1',
  'One notice for group 5': 'Một thông báo cho tổ 5',
  "Only if a separate `serve` also publishes the leaders' pages: its address (the build tab links to its /admin). Not needed: the studio publishes them itself (tab Trang tổ trưởng)":
    'Chỉ khi có thêm một máy chủ `serve` riêng mở các trang của tổ trưởng: địa chỉ của máy chủ đó (thẻ In và tải về dẫn đến trang /admin của nó). Không bắt buộc: studio tự mở các trang tổ trưởng (thẻ Trang tổ trưởng)',
  'Only these group ids (repeat or comma-separate)':
    'Chỉ các tổ có mã này (ghi nhiều lần hoặc cách nhau bằng dấu phẩy)',
  'Output folder': 'Thư mục kết quả',
  'Output folders of the shard builds': 'Các thư mục kết quả của những lần tạo từng phần',
  'Port to listen on, 0 to 65535 (0: any free port)':
    'Cổng lắng nghe, từ 0 đến 65535 (0: một cổng bất kỳ còn trống)',
  'Poster sizes to build, comma-separated: {0} (default: all)':
    'Các khổ áp phích cần tạo, cách nhau bằng dấu phẩy: {0} (mặc định: tất cả)',
  "PostgreSQL for the users and sessions instead of the data folder's SQLite file: postgres://… (default: $PHUONG_PRINT_DATABASE_URL)":
    'Dùng PostgreSQL cho người dùng và phiên đăng nhập thay cho tệp SQLite trong thư mục dữ liệu: postgres://… (mặc định: $PHUONG_PRINT_DATABASE_URL)',
  'PostgreSQL instead of --data (default: $PHUONG_PRINT_DATABASE_URL)':
    'Dùng PostgreSQL thay cho --data (mặc định: $PHUONG_PRINT_DATABASE_URL)',
  'PostgreSQL instead of --data: postgres://… (default: $PHUONG_PRINT_DATABASE_URL)':
    'Dùng PostgreSQL thay cho --data: postgres://… (mặc định: $PHUONG_PRINT_DATABASE_URL)',
  'A .zip holds the whole data folder except the prints (made again by "Tạo tệp in" in the studio); put it back with phuong-print restore. PostgreSQL stores are backed up with its own tools (pg_dump).':
    'Tệp .zip chứa cả thư mục dữ liệu, trừ các bản in (bấm “Tạo tệp in” trong studio để tạo lại); khôi phục bằng lệnh phuong-print restore. Kho dữ liệu PostgreSQL được sao lưu bằng công cụ riêng của PostgreSQL (pg_dump).',
  'Back up the whole data folder (to move to a new computer, or to keep)':
    'Sao lưu cả thư mục dữ liệu (để chuyển sang máy mới, hoặc để cất giữ)',
  'The backup file (.zip, or an older .sqlite)': 'Tệp sao lưu (.zip, hoặc tệp .sqlite cũ)',
  'The data folder to put it back as (the studio stopped)':
    'Thư mục dữ liệu cần khôi phục (phần mềm phải đang dừng)',
  'Put the whole data folder back (on a new computer, or after a fault)':
    'Khôi phục cả thư mục dữ liệu (trên máy mới, hoặc sau khi máy gặp sự cố)',
  'Print a machine-readable summary (JSON) on stdout':
    'In bản tóm tắt dạng máy đọc được (JSON) ra stdout',
  'Print files for one-sided printers (default: two-sided, each group starting on a front page; posters and flyers are always one-sided)':
    'Tệp in cho máy in một mặt (mặc định: in hai mặt, văn bản của mỗi tổ bắt đầu ở mặt trước; áp phích và tờ rơi luôn in một mặt)',
  'Print only the summary': 'Chỉ in bản tóm tắt',
  'Public address of the server or static site, e.g. https://phuong.example.vn':
    'Địa chỉ công khai của máy chủ hoặc trang tĩnh, ví dụ https://phuong.example.vn',
  'Public address of the server, for the links and QR codes on /admin':
    'Địa chỉ công khai của máy chủ, dùng cho đường liên kết và mã QR trên trang /admin',
  'Public address of the studio (https: the requests by it get a Secure cookie and HSTS)':
    'Địa chỉ công khai của studio (https: các lần mở bằng địa chỉ này có cookie chế độ Secure và HSTS)',
  'Rebuild everything, even what did not change': 'Tạo lại tất cả, kể cả phần không thay đổi',
  'Replace a campaign.yaml already in the folder': 'Ghi đè campaign.yaml đã có trong thư mục',
  'Residential groups: .csv, .xlsx, .txt (Excel "Unicode Text") or .docx (a table in Word)':
    'Danh sách tổ dân phố: tệp .csv, .xlsx, .txt (Excel “Unicode Text”) hoặc .docx (bảng trong Word)',
  "Secret of the site's group links (default: $PHUONG_PRINT_SECRET)":
    'Khoá bí mật cho đường liên kết của các tổ trên trang tĩnh (mặc định: $PHUONG_PRINT_SECRET)',
  'Secret the group links derive from (default: $PHUONG_PRINT_SECRET)':
    'Khoá bí mật để tạo đường liên kết của các tổ (mặc định: $PHUONG_PRINT_SECRET)',
  'Secret the links derive from (default: $PHUONG_PRINT_SECRET)':
    'Khoá bí mật để tạo các đường liên kết (mặc định: $PHUONG_PRINT_SECRET)',
  'Serve edited inputs (campaign, groups, rosters, templates) without a restart; --no-watch: on SIGHUP only':
    'Dùng ngay dữ liệu đầu vào vừa sửa (chiến dịch, danh sách tổ, danh sách hộ, mẫu) mà không cần khởi động lại; --no-watch: chỉ khi nhận SIGHUP',
  'Sign every notice with this certificate (.p12/.pfx; password: {0} or a prompt)':
    'Ký số mọi thông báo bằng chứng thư này (.p12/.pfx; mật khẩu: {0} hoặc nhập khi được hỏi)',
  'Signed, archival notices': 'Thông báo có ký số, theo chuẩn lưu trữ',
  'Signing time, ISO date or date-time (default: the time of signing, now; no zone: UTC+07:00)':
    'Thời điểm ký, ngày hoặc ngày giờ theo ISO (mặc định: lúc ký, tức là bây giờ; không ghi múi giờ thì là UTC+07:00)',
  'Start with a UTF-8 BOM (for Excel)': 'Thêm BOM UTF-8 ở đầu tệp (để Excel đọc đúng)',
  'The backup file to write': 'Tệp sao lưu cần ghi',
  'The notice (.docx)': 'Văn bản thông báo (.docx)',
  'The report from a spreadsheet of figures': 'Báo cáo từ một bảng tính số liệu',
  "The report's date, DD/MM/YYYY or YYYY-MM-DD (default: today)":
    'Ngày của báo cáo, dạng ngày/tháng/năm hoặc năm-tháng-ngày (mặc định: hôm nay)',
  "The report's number in the register (default: left blank to write in)":
    'Số của báo cáo trong sổ văn bản (mặc định: để trống để ghi tay)',
  "The report's symbol (default: BC- and the notice's issuer, e.g. BC-UBND)":
    'Ký hiệu của báo cáo (mặc định: BC- và ký hiệu cơ quan ban hành văn bản, ví dụ BC-UBND)',
  "The server's data folder": 'Thư mục dữ liệu của máy chủ',
  "The server's data folder: the figures the leaders sent (and where --results goes)":
    'Thư mục dữ liệu của máy chủ: số liệu các tổ trưởng đã gửi (và nơi lưu --results)',
  'Where the site will be published (for the QR codes on its office page)':
    'Địa chỉ sẽ đăng trang tĩnh (cho mã QR trên trang văn phòng)',
  "With --sign: also sign the notices' print file (an invisible signature)":
    'Dùng cùng --sign: ký số cả tệp in của thông báo (chữ ký không hiển thị)',
  'Worker threads, a whole number from 1 (default: one per core, here {0}, for {1} documents or more; fewer are made in the main thread)':
    'Số luồng làm việc, số nguyên từ 1 (mặc định: mỗi lõi một luồng, ở máy này {0}, khi có từ {1} tài liệu trở lên; ít hơn thì làm trong luồng chính)',
});

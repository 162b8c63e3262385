/**
 * Vietnamese for templates, documents, the build's output folder, the download site, the store and the studio.
 * Keys are the English templates as `msg` makes them (`{0}` for each value); see ../message.ts.
 */
export const DOCUMENTS = (): Record<string, string> => ({
  checklist: 'phiếu kiểm tra',
  flyer: 'tờ rơi',
  notice: 'thông báo',
  'the A4 poster': 'áp phích khổ A4',
  'the A3 poster': 'áp phích khổ A3',
  'the posters and {0} have room for {1} QR codes: the link "{2}" ({3}) has no code on them':
    'áp phích và {0} chỉ đủ chỗ cho {1} mã QR: đường dẫn “{2}” ({3}) không có mã trên đó',
  'the posters and {0} have room for {1} QR codes: the link {2} has no code on them':
    'áp phích và {0} chỉ đủ chỗ cho {1} mã QR: đường dẫn {2} không có mã trên đó',
  "To have this one on the poster, write it among the first {0} under links in the campaign file (a contest's page comes first).":
    'Muốn đường dẫn này có trên áp phích, ghi nó trong {0} đường dẫn đầu tiên của mục links trong tệp chiến dịch (trang cuộc thi luôn đứng đầu).',
  '{0} prints the first {1} actions, in type a phone reads: {2} are on the flyer and in the message only':
    '{0} chỉ in {1} việc đầu tiên để chữ đủ to đọc trên điện thoại: {2} chỉ có trên tờ rơi và trong tin nhắn',
  'To have one of them on {0}, write it among the first {1} actions in the campaign file.':
    'Muốn việc nào có trên {0}, ghi việc đó trong {1} việc đầu tiên của mục actions trong tệp chiến dịch.',
  '{0} has no room for the "@@ {1}" section, even in its smallest type: it is not printed':
    '{0} không đủ chỗ cho phần “@@ {1}”, kể cả khi đã thu nhỏ chữ hết mức: phần này không được in',
  '{0} of {1} has no room for "{2}", even in its smallest type: it is not printed':
    '{0} của {1} không đủ chỗ cho phần “{2}”, kể cả khi đã thu nhỏ chữ hết mức: phần này không được in',
  'Shorten the "{0}" cell of {1} ({2} characters; a fallback place, for one, may go), or the campaign\'s steps and what to bring.':
    'Rút ngắn ô “{0}” của {1} (dài {2} ký tự; có thể bỏ bớt phần ghi thêm như địa điểm dự phòng), hoặc viết gọn các bước và những thứ cần mang theo trong tệp chiến dịch.',
  'Shorten the "@@ {0}" section (fewer or shorter lines), or the campaign text it prints.':
    'Rút ngắn phần “@@ {0}” (bớt dòng hoặc viết gọn lại), hoặc rút ngắn nội dung trong chiến dịch mà phần này in ra.',
  'table {0} of the notice\'s body is too wide for the page even with each column as narrow as its longest word: words are split, the longest in the column "{1}"':
    'bảng thứ {0} trong nội dung thông báo vẫn rộng hơn trang khi mỗi cột chỉ còn rộng bằng từ dài nhất của nó: các từ bị ngắt giữa chừng, từ dài nhất ở cột “{1}”',
  'Give the table fewer columns, or move a long link out of it into the text (it still gets its QR code in the annex), or use a shorter link.':
    'Bớt cột của bảng, hoặc đưa đường dẫn dài ra khỏi bảng vào đoạn văn (đường dẫn vẫn có mã QR ở phụ lục), hoặc dùng đường dẫn rút gọn.',
  'the copy mark at the foot of each page ("{0}") is too long for one line even in small type: it is printed on several lines':
    'dòng ghi bản gửi ở cuối mỗi trang (“{0}”) dài hơn một dòng kể cả khi đã thu nhỏ chữ: dòng này được in thành nhiều dòng',
  'Give the group a shorter name in the groups file, or shorten the "page-tag" section of the template.':
    'Đặt tên ngắn hơn cho tổ trong danh sách tổ, hoặc rút ngắn phần “page-tag” của mẫu.',
  'the flyer text does not fit on an A5 page, even in its smallest type ({0} pt) with short lines two to a row: it is {1} mm too long. What takes the room: {2}':
    'nội dung tờ rơi không vừa một trang A5, kể cả khi chữ đã nhỏ nhất ({0} pt) và các dòng ngắn đã xếp hai dòng một hàng: còn dài hơn {1} mm. Các phần chiếm chỗ: {2}',
  '"{0}": {1} lines, {2} mm': '“{0}” {1} dòng, cao {2} mm',
  '"{0}" ({1}): {2} lines, {3} mm': '“{0}” ({1}) {2} dòng, cao {3} mm',
  'field "{0}", line {1}': 'mục “{0}”, dòng {1}',
  '"{0}": about {1} lines fewer': 'mục “{0}”: bớt khoảng {1} dòng',
  '"{0}" at line {1}: about {2} lines fewer': 'mục “{0}” ở dòng {1}: bớt khoảng {2} dòng',
  "Shorten one of the campaign's lists in {0}: {1} (two short lines share a row); or the other parts. The flyer is {2} mm too long.":
    'Rút ngắn một trong các danh sách của chiến dịch trong tệp {0}: {1} (hai dòng ngắn được in chung một hàng); hoặc rút ngắn các phần khác. Tờ rơi đang dài hơn trang {2} mm.',
  "Shorten one of the campaign's lists: {0} (two short lines share a row); or the other parts. The flyer is {1} mm too long.":
    'Rút ngắn một trong các danh sách của chiến dịch: {0} (hai dòng ngắn được in chung một hàng); hoặc rút ngắn các phần khác. Tờ rơi đang dài hơn trang {1} mm.',
  'the field "{0}" on the Content tab': 'mục “{0}” ở thẻ Nội dung',
  'the "{0}" box in the "{1}" part of the Content tab': 'ô “{0}” trong phần “{1}” ở thẻ Nội dung',
  'Shorten one of the lists on the Content tab: {0} (two short lines share a row), or the other parts, then save. The flyer is {1} mm too long.':
    'Rút ngắn một trong các mục ở thẻ Nội dung: {0} (hai dòng ngắn được in chung một hàng), hoặc rút ngắn các phần khác, rồi bấm Lưu. Tờ rơi đang dài hơn trang {1} mm.',
  'the title and the lines under it: {0} mm': 'tên và các dòng dưới tên, cao {0} mm',
  'other lines: {0} lines, {1} mm': 'các dòng khác {0} dòng, cao {1} mm',
  'Shorten "{0}" or "{1}" (fewer lines, or shorter names: two short lines share a row), or the other parts, by at least {2} mm.':
    'Rút ngắn mục “{0}” hoặc “{1}” (bớt dòng, hoặc ghi tên ngắn hơn: hai dòng ngắn được in chung một hàng), hoặc các phần khác, tổng cộng ít nhất {2} mm.',
  'Shorten "{0}" (fewer lines, or shorter lines: two short lines share a row), or the other parts, by at least {1} mm.':
    'Rút ngắn mục “{0}” (bớt dòng, hoặc viết ngắn hơn: hai dòng ngắn được in chung một hàng), hoặc các phần khác, tổng cộng ít nhất {1} mm.',
  "Shorten the flyer's parts (fewer or shorter lines) by at least {0} mm: the campaign texts it prints, or the flyer template.":
    'Rút ngắn các phần của tờ rơi (bớt dòng hoặc viết gọn lại) ít nhất {0} mm: các nội dung chiến dịch in trên đó, hoặc mẫu tờ rơi.',
  'the "@@ {0}" section names {1} QR codes; this document has room for {2}':
    'phần “@@ {0}” có {1} mã QR; tài liệu này chỉ đủ chỗ cho {2}',
  'Keep at most {0} lines in "@@ {1}" (one code per line).':
    'Chỉ giữ tối đa {0} dòng trong “@@ {1}” (mỗi dòng một mã).',
  'a line of the "@@ {0}" section does not start with a web address: "{1}"':
    'một dòng trong phần “@@ {0}” không bắt đầu bằng địa chỉ web: “{1}”',
  'Write one code per line: the address, then its caption, e.g. {{links.guide.url}} **{{md links.guide.label}}**.':
    'Mỗi dòng một mã: địa chỉ trước, chú thích sau, ví dụ {{links.guide.url}} **{{md links.guide.label}}**.',
  'tracker: {0} has {1} households; its blank tracking sheet prints {2} rows':
    'bảng theo dõi: {0} có {1} hộ; bảng theo dõi trống chỉ in {2} dòng',
  'Check the figure (a residential group has a few hundred households at most), or give the group a residents roster (--rosters).':
    'Kiểm tra lại số hộ (một {term.group} chỉ có tối đa vài trăm hộ), hoặc đưa danh sách hộ của {term.short} (--rosters).',
  'tracker: {0} has a target of {1} {2}; its sign-up sheet prints {3} rows':
    'bảng theo dõi: {0} có chỉ tiêu {1} {2}; bảng đăng ký chỉ in {3} dòng',
  'Check the target (a typing slip?), or give the group a residents roster (--rosters).':
    'Kiểm tra lại chỉ tiêu (có gõ nhầm không?), hoặc đưa danh sách người dân của {term.short} (--rosters).',
  'tracker: {0} has {1} {2}; its receipt list prints {3} rows':
    'bảng theo dõi: {0} có {1} {2}; danh sách ký nhận chỉ in {3} dòng',
  'Check the figure (a typing slip?), or give the group a residents roster (--rosters).':
    'Kiểm tra lại số liệu (có gõ nhầm không?), hoặc đưa danh sách người dân của {term.short} (--rosters).',
  'tracker: {0} has {1} {2}; its list of names prints {3} rows':
    'bảng theo dõi: {0} có {1} {2}; danh sách chỉ in {3} dòng',
  'tracker: {0} has {1} {2}, far more than its {3} households: its sheet has a row per household, not a row per person':
    'bảng theo dõi: {0} có {1} {2}, nhiều hơn hẳn {3} hộ của {term.short}: bảng theo dõi in mỗi hộ một dòng, không in danh sách từng người',
  "Check the figure (a typing slip?); else each household's row takes how many of its people, or give the group a residents roster (--rosters).":
    'Kiểm tra lại số liệu (có gõ nhầm không?); nếu đúng, mỗi hộ ghi số người của hộ mình ở dòng của hộ, hoặc đưa danh sách người dân của {term.short} (--rosters).',
  'tracker: {0} has {1} {2}; its tracking sheet prints {3} rows':
    'bảng theo dõi: {0} có {1} {2}; bảng theo dõi chỉ in {3} dòng',
  "Check the figure (a typing slip?): the roster's rows are printed, then blank rows up to the figure, {0} rows at most.":
    'Kiểm tra lại số liệu (có gõ nhầm không?): bảng in các dòng có trong danh sách người dân, rồi các dòng trống cho đủ số này, tối đa {0} dòng.',
  'the "columns" section has {0} lines; the tracking sheet needs at least {1} (STT, name, address, notes)':
    'phần “columns” có {0} dòng; bảng theo dõi cần ít nhất {1} (STT, họ tên, địa chỉ, ghi chú)',
  'the "columns" section has {0} columns; an A4 landscape page fits at most {1} (STT, name, address, {2} tick columns, notes)':
    'phần “columns” có {0} cột; trang A4 khổ ngang chỉ vừa tối đa {1} (STT, họ tên, địa chỉ, {2} cột đánh dấu, ghi chú)',
  "Each of the campaign's actions (and installing its app) is a column to tick: keep at most {0} of them, or give a template with fewer columns (--templates).":
    'Mỗi việc ở mục “Việc người dân cần làm” (actions) là một cột đánh dấu của bảng theo dõi, việc cài ứng dụng thêm một cột: giữ tối đa {0} cột như vậy (bớt việc hoặc gộp hai việc vào một dòng), hoặc dùng mẫu có ít cột hơn (--templates).',
  'the tick column "{0}" is the one the tracking sheet has for the app {1}: it is printed once':
    'cột đánh dấu “{0}” trùng với cột bảng theo dõi tự có cho ứng dụng {1}: chỉ in một cột',
  'Nothing to fix.': 'Không cần sửa gì.',
  'the tick column "{0}" is named twice; it is printed once':
    'cột đánh dấu “{0}” có hai lần; chỉ in một cột',
  'the tick column "{0}" is too narrow for its word "{1}", even with the header in {2} pt type: the word is broken across lines':
    'cột đánh dấu “{0}” quá hẹp cho chữ “{1}”, kể cả khi thu tiêu đề bảng xuống cỡ chữ {2}: chữ đó bị ngắt sang dòng sau',
  'Shorten the column\'s title (a shorter word, or "column:" for a long step), or keep fewer tick columns.':
    'Rút ngắn tên cột (dùng từ ngắn hơn, hoặc ghi “column:” ngắn cho việc có tên dài), hoặc giữ ít cột đánh dấu hơn.',
  'Write one column title per line: STT, name, address, one line per step to tick, notes.':
    'Mỗi dòng một tên cột: STT, họ tên, địa chỉ, mỗi việc cần đánh dấu một dòng, ghi chú.',
  logo: 'logo',
  signature: 'chữ ký',
  seal: 'con dấu',
  map: 'sơ đồ',
  'Upload the picture in the "Sơ đồ / hình ảnh" box of the "Áp phích, tờ rơi, bảng theo dõi" part: it prints on the flyer and on the notice\'s annex page; then take the picture out of the text.':
    'Hãy tải ảnh lên ở ô “Sơ đồ / hình ảnh” của phần “Áp phích, tờ rơi, bảng theo dõi”: ảnh sẽ in trên tờ rơi và ở trang Phụ lục của thông báo; rồi xoá hình ảnh khỏi nội dung.',
  'the flyer has no room for the map, even in its smallest type: the flyer is printed without it (the notice prints it on its annex page)':
    'tờ rơi không còn chỗ cho sơ đồ, kể cả khi chữ đã nhỏ nhất: tờ rơi được in không có sơ đồ (thông báo vẫn in sơ đồ ở trang Phụ lục)',
  "To have it on the flyer, shorten the flyer's lists (fewer or shorter lines), or use a wider, less tall picture.":
    'Muốn in sơ đồ trên tờ rơi, hãy rút ngắn các danh sách của tờ rơi (ít dòng hơn hoặc dòng ngắn hơn), hoặc dùng ảnh rộng hơn, thấp hơn.',
  'a picture file beside campaign.yaml (PNG or JPEG), or its file and caption':
    'một tệp ảnh (PNG hoặc JPEG) đặt cạnh campaign.yaml, hoặc tệp ảnh và dòng chú thích của ảnh',
  'cannot read the {0} image': 'không đọc được ảnh {0}',
  'Give the path of a PNG, JPEG, SVG or WebP file, relative to campaign.yaml.':
    'Ghi đường dẫn tệp PNG, JPEG, SVG hoặc WebP, tính từ thư mục của campaign.yaml.',
  'Save the {0} as PNG, JPEG, SVG or WebP.': 'Lưu ảnh {0} thành PNG, JPEG, SVG hoặc WebP.',
  'the {0} is too large: {1} × {2} pixels ({3} million), more than the {4} million pixels the tool reads':
    'ảnh {0} quá lớn: {1} × {2} điểm ảnh ({3} triệu), vượt mức {4} triệu điểm ảnh phần mềm đọc được',
  'Make the picture smaller (about 1000 to 2000 pixels a side prints sharp: Paint › Resize) and save it again as PNG or JPEG.':
    'Hãy thu nhỏ ảnh (mỗi chiều khoảng 1000 đến 2000 điểm ảnh là in đủ rõ: Paint › Resize) rồi lưu lại dạng PNG hoặc JPEG.',
  'the link {0} is too long for a QR code on the {1}: it needs {2} mm, the page has room for {3} mm':
    'đường liên kết {0} quá dài để in mã QR trên {1}: cần {2} mm, trang chỉ còn chỗ {3} mm',
  'Give a short link for it in the campaign (e.g. one made with a link shortener) and use that in the template.':
    'Khai báo một địa chỉ rút gọn trong chiến dịch (ví dụ tạo bằng dịch vụ rút gọn liên kết) và dùng địa chỉ đó trong mẫu.',
  'no group with id "{0}"': 'không có {term.short} mã “{0}”',
  'The groups file writes that id "{0}": --group {1}.':
    'Tệp danh sách ghi mã đó là “{0}”: dùng --group {1}.',
  "the print files {0} are not remade: other groups' documents changed too, and they would print what those groups' files do not say":
    'chưa làm lại các tệp in {0}: tài liệu của các {term.short} khác cũng đã thay đổi, làm lại thì tệp in sẽ khác với tệp riêng của các {term.short} đó',
  'the file {0} changed while the build was reading it': 'tệp {0} đã thay đổi trong lúc đang in',
  'Build again when nobody is editing it.': 'Hãy in lại khi không còn ai sửa tệp này.',
  'Build without --group to remake every group and the print files.':
    'Chạy lại lệnh build không có --group để làm lại mọi {term.short} và các tệp in.',
  'Each sheet of the groups file numbers its groups from 1, and each id is given its sheet\'s short name: "{0}" is {1}: --group {2}.':
    'Mỗi trang tính của tệp danh sách đánh số {term.short} từ 1, và mã của mỗi {term.short} có thêm tên viết tắt của trang: “{0}” là {1}: dùng --group {2}.',
  '"{0}" is a name; that group\'s id is {1}: --group {2}.':
    '“{0}” là tên; mã của {term.short} này là {1}: dùng --group {2}.',
  'No group has the id or the name "{0}": is it "{1}" (id {2})? If so: --group {3}.':
    'Không có {term.short} nào mã hoặc tên “{0}”: có phải “{1}” (mã {2})? Nếu đúng, dùng --group {3}.',
  'Use an id from the STT / Mã tổ column.':
    'Dùng một mã {term.short} có trong tệp danh sách {term.short} (cột “STT” hoặc cột “Mã”).',
  '--sign-print is given without --sign': 'có --sign-print nhưng thiếu --sign',
  'Add --sign <certificate.p12>, or leave out --sign-print.':
    'Thêm --sign <chứng-thư.p12>, hoặc bỏ --sign-print.',
  '--sign: none of the kinds built ({0}) has a signature':
    '--sign: không loại tài liệu nào đang tạo ({0}) có chỗ ký',
  'Only the notice is signed: add --kind notice.':
    'Chỉ văn bản thông báo được ký số: thêm --kind notice.',
  'another build is writing into {0} right now': 'một lần tạo tài liệu khác đang ghi vào {0}',
  'Wait for it to finish, or build into another folder with --out.':
    'Đợi lần đó xong, hoặc ghi vào thư mục khác bằng --out.',
  'the folder {0} already holds files that phuong-print did not make ({1}{2})':
    'thư mục {0} đã có những tệp không do phuong-print tạo ra ({1}{2})',
  'Choose an empty or new folder with --out, or add --force to build into it anyway.':
    'Chọn thư mục trống hoặc thư mục mới bằng --out, hoặc thêm --force để vẫn ghi vào thư mục này.',
  'the folder {0} holds the files of another campaign, “{1}” ({2}): building “{3}” there would replace them':
    'thư mục {0} đang chứa tài liệu của chiến dịch khác, “{1}” ({2}): tạo “{3}” vào đó sẽ thay mất các tài liệu ấy',
  "Give this campaign its own folder with --out (for example --out out-new-campaign), or add --force to replace the other campaign's files.":
    'Ghi chiến dịch này vào thư mục riêng bằng --out (ví dụ --out out-chien-dich-moi), hoặc thêm --force để thay các tài liệu của chiến dịch kia.',
  "every print file is the same as the last build's: if you printed those, no need to print them again":
    'mọi tệp in giống hệt lần tạo trước: nếu đã in các tệp đó thì không cần in lại',
  "the same as the last build's (if you printed those, no need to print them again): {0}":
    'giống hệt lần tạo trước (nếu đã in các tệp đó thì không cần in lại): {0}',
  'the output folder holds a symbolic link: {0}':
    'thư mục kết quả có một liên kết tượng trưng (symbolic link): {0}',
  'A build never writes through links; remove the link (or build into a new folder).':
    'Công cụ không bao giờ ghi qua liên kết; hãy xoá liên kết đó (hoặc ghi vào thư mục mới).',
  'this column is not one the tool knows, and no template prints it':
    'cột này không phải cột phần mềm tự đọc, và chưa có nội dung nào in cột này',
  "If it is each group's count or target for a measure, take the measure against it (of: {0}) so that its rates are taken against it; else print it with {{group.[{1}]}} in campaign.yaml or a template, rename it to a known header (README.md › Inputs › Groups), or delete the column.":
    'Nếu đây là số hoặc chỉ tiêu của từng {term.short} cho một chỉ tiêu báo cáo, ghi of: {0} ở chỉ tiêu đó trong mục measures của campaign.yaml để tỷ lệ được tính trên cột này; nếu không, in cột này bằng {{group.[{1}]}} trong campaign.yaml hoặc trong mẫu, đổi tên thành một tiêu đề đã biết (README.md › Inputs › Groups), hoặc xoá cột.',
  'Print it with {{group.[{0}]}} in campaign.yaml or a template, rename it to a known header (README.md › Inputs › Groups), or delete the column.':
    'In cột này bằng {{group.[{0}]}} trong campaign.yaml hoặc trong mẫu, đổi tên thành một tiêu đề đã biết (README.md › Inputs › Groups), hoặc xoá cột.',
  "this column is read as each group's place, but no text prints it":
    'cột này được đọc là địa điểm của từng {term.short}, nhưng chưa có nội dung nào in cột này',
  'To print each group\'s own place, write where: "{{group.[{0}]}}" in campaign.yaml (README.md › Inputs › campaign.yaml).':
    'Muốn in địa điểm riêng của từng {term.short}, ghi where: "{{group.[{0}]}}" trong campaign.yaml (README.md › Inputs › campaign.yaml).',
  contest: 'cuộc thi',
  'actions for residents': 'việc người dân cần làm',
  links: 'đường dẫn',
  'the campaign has no {0}': 'chiến dịch không có {0}',
  'its templates print nothing for this campaign':
    'mẫu của chúng không có gì để in cho chiến dịch này',
  'only {0} made: {1} (no {2})': 'chỉ làm {0}: {1} (không làm {2})',
  '{0} not made: {1}': 'không làm {0}: {1}',
  '{0} cannot be made: {1}': 'không làm được {0}: {1}',
  'actions (the actions for residents), contest (a contest) or links (the links)':
    'actions (việc người dân cần làm), contest (cuộc thi) hoặc links (đường dẫn)',
  'actions (the actions for residents) or contest (a contest)':
    'actions (việc người dân cần làm) hoặc contest (cuộc thi)',
  'They print what {0} gives in the campaign file: add it (README.md › Inputs › campaign.yaml), or ask for other kinds with --kind; no file was written.':
    'Loại tài liệu này in từ mục {0} của tệp chiến dịch: thêm mục đó (README.md › Inputs › campaign.yaml), hoặc chọn loại khác với --kind; chưa ghi tệp nào.',
  'A flyer is made without actions too from points (what residents are to know, nothing to tick) or when, where or deadline (the time, the place, the deadline); bring and hotlines print on it beside them, not alone.':
    'Không có việc cần làm, tờ rơi vẫn làm được khi có mục points (điều cần biết: những điều người dân cần biết, không phải đánh dấu) hoặc when, where, deadline (thời gian, địa điểm, thời hạn); mục bring và hotlines (cần mang theo, số điện thoại cần biết) được in kèm, nhưng riêng chúng thì không đủ để làm tờ rơi.',
  'A poster and its share image are made without actions too from points (what residents are to know, nothing to tick) or when, where or deadline (the time, the place, the deadline).':
    'Không có việc cần làm, áp phích và ảnh áp phích vẫn làm được khi có mục points (điều cần biết: những điều người dân cần biết, không phải đánh dấu) hoặc when, where, deadline (thời gian, địa điểm, thời hạn).',
  'A flyer, a poster and its share image are made without actions too from points (what residents are to know, nothing to tick) or when, where or deadline (the time, the place, the deadline); bring and hotlines print on them beside these, not alone.':
    'Không có việc cần làm, tờ rơi, áp phích và ảnh áp phích vẫn làm được khi có mục points (điều cần biết: những điều người dân cần biết, không phải đánh dấu) hoặc when, where, deadline (thời gian, địa điểm, thời hạn); mục bring và hotlines (cần mang theo, số điện thoại cần biết) được in kèm, nhưng riêng chúng thì không đủ để làm tờ rơi, áp phích.',
  'no readable manifest.json here': 'không có tệp manifest.json đọc được ở đây',
  'Give the output folders of the shard builds.':
    'Chọn các thư mục kết quả của những lần tạo theo phần (--shard).',
  "the manifest does not say where each group's pages are in {0}":
    'tệp manifest không ghi trang của từng {term.short} nằm ở đâu trong {0}',
  '{0} (id {1}) is in two shards: {2} and {3}': '{0} (mã {1}) có trong cả hai phần: {2} và {3}',
  'Give each shard once, every one built with the same n and its own i (build --shard i/n); nothing was written.':
    'Mỗi phần chỉ đưa một lần, các phần tạo với cùng n và mỗi phần một i riêng (build --shard i/n); chưa ghi tệp nào.',
  'Build this shard again with this version (build --shard), then merge.':
    'Tạo lại phần này bằng phiên bản hiện tại (build --shard), rồi gộp lại.',
  'the shard build in {0} did not finish (it was stopped or failed midway): {1} lists only some of its groups':
    'lần tạo phần ở {0} chưa xong (đã dừng hoặc lỗi giữa chừng): {1} chỉ ghi một số {term.short} của phần đó',
  'Build this shard again until it finishes (build --shard i/n), then merge; nothing was written.':
    'Tạo lại phần này cho đến khi xong (build --shard i/n), rồi gộp lại; chưa ghi tệp nào.',
  '{0} was written by an older version of phuong-print and does not say which campaign its files are of':
    '{0} do phiên bản cũ của phuong-print ghi, không cho biết các tệp trong đó thuộc chiến dịch nào',
  '{0} is of the campaign “{1}” ({2}), but {3} is of another, “{4}” ({5})':
    '{0} là của chiến dịch “{1}” ({2}), còn {3} là của một chiến dịch khác, “{4}” ({5})',
  'Merge only the shards of one campaign, each built from its campaign file with build --shard i/n; nothing was written.':
    'Chỉ gộp các phần của cùng một chiến dịch, mỗi phần tạo từ tệp chiến dịch đó bằng build --shard i/n; chưa ghi tệp nào.',
  '{0} and {1} were built from different versions of the campaign, its groups file, its templates or rosters: one print file would hold two texts':
    '{0} và {1} được tạo từ hai bản khác nhau của tệp chiến dịch, danh sách {term.short}, mẫu hoặc danh sách người dân: gộp lại thì một tệp in sẽ có hai nội dung khác nhau',
  'Build every shard again from the same campaign and groups files (build --shard i/n), then merge; nothing was written.':
    'Tạo lại mọi phần từ cùng một tệp chiến dịch và cùng danh sách {term.short} (build --shard i/n), rồi gộp lại; chưa ghi tệp nào.',
  "{0}: the notice's schedule, by {term.short}, has no row for it":
    '{0}: bảng lịch trong nội dung thông báo (theo từng {term.short}) không có dòng nào của {term.short} này',
  "{0}: the notice's schedule says {1}, but the column “{2}” says {3}":
    '{0}: bảng lịch trong nội dung thông báo ghi {1}, nhưng cột “{2}” ghi {3}',
  "{0}: the notice's schedule in {1} says {2}, but the column “{3}” says {4}":
    '{0}: bảng lịch trong nội dung thông báo ({1}) ghi {2}, nhưng cột “{3}” ghi {4}',
  "{0}: the day {1} of the column “{2}” is in no row of the notice's schedule":
    '{0}: ngày {1} ở cột “{2}” không có trong bảng lịch của nội dung thông báo',
  "The notice and this {term.short}'s flyer, checklist and leader page would say different times: correct the notice's table or the list's cell so that both say the same.":
    'Thông báo và tờ rơi, phiếu kiểm tra, trang {term.leader} của {term.short} này sẽ ghi thời gian khác nhau: sửa bảng trong nội dung thông báo hoặc ô trong danh sách {term.short} cho khớp nhau.',
  "The notice and this {term.short}'s flyer, checklist and leader page would say different places: correct the notice's table or the list's cell so that both say the same.":
    'Thông báo và tờ rơi, phiếu kiểm tra, trang {term.leader} của {term.short} này sẽ ghi địa điểm khác nhau: sửa bảng trong nội dung thông báo hoặc ô trong danh sách {term.short} cho khớp nhau.',
  'the fonts have no glyph for {0}': 'phông chữ không có ký tự {0}',
  'Replace the character (look for look-alikes pasted from other scripts, or symbols), or add a font that has it.':
    'Thay ký tự đó (thường là chữ trông giống nhưng dán từ bảng chữ khác, hoặc ký hiệu), hoặc thêm phông chữ có ký tự này.',
  'Replace the character (look for look-alikes pasted from other scripts, or symbols).':
    'Thay ký tự đó (thường là chữ trông giống nhưng dán từ bảng chữ khác, hoặc ký hiệu).',
  '"{0}" is not a shard': '“{0}” không phải là một phần (shard)',
  'Write i/n with 1 ≤ i ≤ n, e.g. 2/4.': 'Ghi dạng i/n với 1 ≤ i ≤ n, ví dụ 2/4.',
  'the signature and seal images are not printed: only a signed notice shows a signature and seal':
    'ảnh chữ ký và con dấu sẽ không được in: chỉ thông báo có ký số mới hiện chữ ký và con dấu',
  'the seal image is not printed: only a signed notice shows a signature and seal':
    'ảnh con dấu sẽ không được in: chỉ thông báo có ký số mới hiện chữ ký và con dấu',
  'the signature image is not printed: only a signed notice shows a signature and seal':
    'ảnh chữ ký sẽ không được in: chỉ thông báo có ký số mới hiện chữ ký và con dấu',
  'the logo is not printed: only {0} print it, and this campaign makes none':
    'logo sẽ không được in: chỉ {0} có in logo, mà chiến dịch này không làm loại giấy đó',
  "A poster is made from the campaign's actions, points to know, links, time or place (actions, points, links, when, where): add one of them, or leave the logo out.":
    'Áp phích làm được khi chiến dịch có việc người dân cần làm, điều cần biết, đường dẫn, thời gian hoặc địa điểm (actions, points, links, when, where): thêm một trong các mục đó, hoặc bỏ logo.',
  'the map is not printed: only {0} print it, and this campaign makes none':
    'sơ đồ sẽ không được in: chỉ {0} có in sơ đồ, mà chiến dịch này không làm loại giấy đó',
  'Give the flyer or the notice something to print, or leave the map out.':
    'Cho tờ rơi hoặc thông báo có nội dung để in, hoặc bỏ sơ đồ.',
  'Add --sign <certificate.p12> to sign the notices; unsigned, the notice keeps the space for a handwritten signature.':
    'Thêm --sign <chứng-thư.p12> để ký số các thông báo; không ký số thì thông báo chừa chỗ để ký tay.',
  '"{0}" is not a URL': '“{0}” không phải là địa chỉ web',
  '"{0}" cannot be a base URL': '“{0}” không dùng làm địa chỉ gốc được',
  'Give the address the pages are published at, e.g. https://phuong.example.vn/tai-lieu':
    'Ghi địa chỉ nơi đăng các trang, ví dụ https://phuong.example.vn/tai-lieu',
  'the link {0} is too long for a QR code on the sheet of codes: it needs {1} mm, a card has room for {2} mm':
    'đường liên kết {0} quá dài để in mã QR trên tờ mã: cần {1} mm, mỗi thẻ chỉ có chỗ {2} mm',
  'Publish the pages at a shorter address (whoever installed the tool sets it: the --base-url option).':
    'Đăng các trang ở một địa chỉ ngắn hơn (nhờ người cài đặt phần mềm đổi địa chỉ đó: tùy chọn --base-url).',
  'the name "{0}" does not fit its card on the sheet of QR codes, even in {1}-point type and without its part in brackets':
    'tên “{0}” quá dài, không vừa thẻ của {term.short} trên tờ mã QR, kể cả khi in chữ cỡ {1} và bỏ phần trong ngoặc',
  "Shorten the group's name in the groups file.":
    'Rút gọn tên {term.short} này trong tệp danh sách {term.group}.',
  '{0} already exists and was not written by phuong-print':
    '{0} đã có sẵn và không do phuong-print tạo ra',
  'Move that folder away, build into another folder with --out, or add --force to replace it.':
    'Chuyển thư mục đó đi chỗ khác, ghi vào thư mục khác bằng --out, hoặc thêm --force để thay thế.',
  'no secret for the group links': 'chưa có khoá bí mật cho đường liên kết của {term.groups}',
  'Set PHUONG_PRINT_SECRET (e.g. to the output of `openssl rand -base64 32`) or pass --secret; keep it private and the same across runs so the links stay valid.':
    'Đặt PHUONG_PRINT_SECRET (ví dụ bằng kết quả của `openssl rand -base64 32`) hoặc dùng --secret; giữ kín và giữ nguyên qua các lần chạy để đường liên kết vẫn dùng được.',
  'the secret is too short ({0} characters, at least {1})':
    'khoá bí mật quá ngắn ({0} ký tự, cần ít nhất {1})',
  'Use a long random value, e.g. the output of `openssl rand -base64 32`.':
    'Dùng một chuỗi ngẫu nhiên dài, ví dụ kết quả của `openssl rand -base64 32`.',
  'no data store in {0} yet: a new one is made for the figures of --results':
    'chưa có kho dữ liệu trong {0}: phần mềm tạo kho mới để lưu số liệu của --results',
  'If the leaders already sent figures, give the folder passed to `serve --data` instead.':
    'Nếu các {term.leader} đã gửi số liệu, hãy chọn thư mục đã dùng với `serve --data`.',
  'no data store in {0}': 'không có kho dữ liệu trong {0}',
  'Give the folder passed to `serve --data` (it holds phuong-print.sqlite).':
    'Chọn thư mục đã dùng với `serve --data` (thư mục có tệp phuong-print.sqlite).',
  'the backup file already exists': 'tệp sao lưu đã có sẵn',
  "Name a new file, e.g. with today's date: phuong-print-{0}.sqlite.":
    'Đặt tên tệp mới, ví dụ kèm ngày hôm nay: phuong-print-{0}.sqlite.',
  'cannot open the data store {0}: {1}': 'không mở được kho dữ liệu {0}: {1}',
  "Name a new file, e.g. with today's date: sao-luu-{0}.zip.":
    'Đặt tên tệp mới, ví dụ kèm ngày hôm nay: sao-luu-{0}.zip.',
  'the studio or server is still running on {0}': 'phần mềm vẫn đang chạy trên thư mục {0}',
  'stop it first (Ctrl-C in its window, or stop its service), then restore again':
    'hãy dừng phần mềm trước (bấm Ctrl-C trong cửa sổ của nó, hoặc dừng dịch vụ), rồi khôi phục lại',
  'the backup file does not exist': 'không có tệp sao lưu này',
  'the data folder is a link to the folder {0}, which is not there: nothing was restored':
    'thư mục dữ liệu này là đường dẫn tắt tới thư mục {0}, nhưng thư mục đó không có: chưa khôi phục gì',
  'If that folder is on another disk, connect and mount the disk (or start the Docker volume) and restore again; otherwise give --data the folder itself.':
    'Nếu thư mục đó nằm trên ổ đĩa khác, hãy cắm và gắn (mount) ổ đĩa đó (hoặc bật volume Docker) rồi khôi phục lại; nếu không, hãy ghi thẳng thư mục dữ liệu sau --data.',
  "Give the file made by `phuong-print backup` or the studio's Sao lưu button (a .zip, or an older .sqlite).":
    'Chọn tệp do lệnh `phuong-print backup` hoặc nút “Tải bản sao lưu” của phần mềm tạo ra (tệp .zip, hoặc tệp .sqlite cũ).',
  'this is a folder, not a backup file': 'đây là một thư mục, không phải tệp sao lưu',
  "Give the backup file itself (a .zip made by `phuong-print backup` or the studio's Sao lưu button), not a folder; a folder unzipped by hand is already a data folder: start the studio on it.":
    'Chọn chính tệp sao lưu (tệp .zip do lệnh `phuong-print backup` hoặc nút “Tải bản sao lưu” tạo ra), không chọn thư mục; thư mục đã giải nén bằng tay thì đã là thư mục dữ liệu: hãy khởi động phần mềm trên thư mục đó.',
  'it holds a file whose name cannot be unpacked safely ({0})':
    'tệp này có một tệp mang tên không thể giải nén an toàn ({0})',
  'it holds both a file and a folder named {0}':
    'tệp này có cả một tệp và một thư mục cùng tên {0}',
  'removed while the backup was made, so not in it: {0}':
    'đã bị xoá trong lúc sao lưu nên không có trong tệp sao lưu: {0}',
  'this backup lacks {0} items, deleted or renamed while it was made: {1}; everything else is restored':
    'bản sao lưu này thiếu {0} mục, bị xoá hoặc đổi tên trong lúc đang sao lưu: {1}; các mục khác đã được khôi phục đủ',
  "left out of the backup: {0} (another moment's log of the store, or files half written); the store is restored without them":
    'đã bỏ qua trong tệp sao lưu: {0} (nhật ký của kho ở thời điểm khác, hoặc tệp ghi dở); kho dữ liệu được khôi phục không kèm các tệp này',
  'Nothing was changed in {0}. A .zip backup can also be unzipped by hand into an empty folder, then the studio started on that folder.':
    'Thư mục {0} chưa bị thay đổi gì. Cũng có thể giải nén tệp sao lưu .zip bằng tay vào một thư mục trống, rồi khởi động phần mềm trên thư mục đó.',
  'cannot restore into {0}: this user may not write there':
    'không khôi phục được vào {0}: người dùng đang chạy lệnh không có quyền ghi ở đó',
  "Run the restore as the user that runs the studio (in Docker, the container's user), or give that user the folder (chown -R). {0}":
    'Hãy chạy lệnh khôi phục bằng người dùng chạy phần mềm (với Docker, người dùng của container), hoặc cấp thư mục cho người dùng đó (chown -R). {0}',
  'cannot restore into {0}: the disk is full': 'không khôi phục được vào {0}: ổ đĩa đã đầy',
  'Free some space on that disk, then restore again. {0}':
    'Giải phóng bớt dung lượng trên ổ đĩa đó rồi khôi phục lại. {0}',
  'cannot restore into {0}: the folder is in use or on another disk':
    'không khôi phục được vào {0}: thư mục đang được dùng hoặc nằm trên ổ đĩa khác',
  'Close the programs that have files of the folder open, then restore again. {0}':
    'Đóng các chương trình đang mở tệp trong thư mục rồi khôi phục lại. {0}',
  'cannot restore into {0} ({1})': 'không khôi phục được vào {0} ({1})',
  'this file is not a backup of a phuong-print data folder':
    'tệp này không phải tệp sao lưu thư mục dữ liệu của phuong-print',
  'the data store {0} is damaged ({1}); nothing was changed in it':
    'kho dữ liệu {0} bị hỏng ({1}); phần mềm chưa ghi gì vào đó',
  'if a backup was just copied back here, the files phuong-print.sqlite-wal and phuong-print.sqlite-shm beside it belong to the old store: put the backup back with `phuong-print restore --from <backup> --data <folder>`, which sets them aside (or move those two files out of the folder), then start again':
    'nếu vừa chép tệp sao lưu vào đây, hai tệp phuong-print.sqlite-wal và phuong-print.sqlite-shm bên cạnh là của kho cũ: hãy khôi phục bằng lệnh `phuong-print restore --from <tệp sao lưu> --data <thư mục>` (lệnh này cất hai tệp đó sang bên), hoặc chuyển hai tệp đó ra khỏi thư mục, rồi khởi động lại',
  'put the latest backup back with `phuong-print restore --from <backup> --data <folder>`, or report this with the data folder kept as it is':
    'hãy khôi phục bản sao lưu gần nhất bằng lệnh `phuong-print restore --from <tệp sao lưu> --data <thư mục>`, hoặc báo lỗi này và giữ nguyên thư mục dữ liệu',
  'cannot write to the data store: the disk is full':
    'không ghi được vào kho dữ liệu: ổ đĩa đã đầy',
  'cannot write to the data store: the file or its folder is read-only for this user':
    'không ghi được vào kho dữ liệu: tệp hoặc thư mục của nó chỉ đọc đối với người dùng đang chạy phần mềm',
  'Free some space on that disk (old builds, backups, logs), then start again.':
    'Giải phóng bớt dung lượng trên ổ đĩa đó (bản tạo cũ, bản sao lưu, nhật ký) rồi chạy lại.',
  "Give the user running the program write permission on the data folder and every file in it (chown -R <user> <folder>); in Docker, the data volume must belong to the container's user (node).":
    'Cấp quyền ghi thư mục dữ liệu và mọi tệp trong đó cho người dùng chạy phần mềm (chown -R <người dùng> <thư mục>); với Docker, ổ dữ liệu (volume) phải thuộc người dùng của container (node).',
  'check that the data folder is writable and the file is not a damaged or foreign file':
    'kiểm tra xem thư mục dữ liệu có ghi được không, và tệp có bị hỏng hay là tệp của chương trình khác không',
  'the data store could not be brought up to date (step {0}): {1}':
    'không cập nhật được kho dữ liệu (bước {0}): {1}',
  'the data store could not be brought up to date: {0}': 'không cập nhật được kho dữ liệu: {0}',
  'the data store {0} was written by a newer version of phuong-print (step {1}), which this version cannot read':
    'kho dữ liệu {0} do phiên bản mới hơn của phuong-print ghi (bước {1}), phiên bản này không đọc được',
  'in PostgreSQL': 'trong PostgreSQL',
  'cannot reach the PostgreSQL database: {0}': 'không kết nối được cơ sở dữ liệu PostgreSQL: {0}',
  'check that the PostgreSQL server is running and that the database address (--database-url or $PHUONG_PRINT_DATABASE_URL) names it, its user and password':
    'kiểm tra máy chủ PostgreSQL đang chạy và địa chỉ cơ sở dữ liệu (--database-url hoặc $PHUONG_PRINT_DATABASE_URL) ghi đúng máy chủ, người dùng và mật khẩu',
  'use that version, or go back to the copy kept before the upgrade: stop the studio and run `{0}` (what was entered since the upgrade is not in it)':
    'hãy dùng phiên bản đó, hoặc khôi phục bản sao trước khi nâng cấp: dừng phần mềm rồi chạy `{0}` (số liệu, tài khoản thêm vào sau khi nâng cấp không có trong bản sao này)',
  'use that version, or restore the copy of the store kept before the upgrade (phuong-print.sqlite.truoc-nang-cap-… in the data folder) or a backup made with this version':
    'hãy dùng phiên bản đó, hoặc khôi phục bản sao trước khi nâng cấp (tệp phuong-print.sqlite.truoc-nang-cap-… trong thư mục dữ liệu) hay một bản sao lưu làm bằng phiên bản này',
  'nothing is lost: the store as it was is kept as {0}; report this with the data folder kept as it is':
    'không mất gì: kho dữ liệu như trước khi cập nhật được giữ ở {0}; hãy báo lỗi này và giữ nguyên thư mục dữ liệu',
  'cannot keep a copy of the data store before bringing it up to date: {0}; nothing was changed in it':
    'không lưu được bản sao kho dữ liệu trước khi cập nhật: {0}; kho dữ liệu chưa bị thay đổi',
  'free some space on the disk or make the data folder writable, then start again':
    'hãy giải phóng dung lượng ổ đĩa hoặc cho phép ghi vào thư mục dữ liệu, rồi khởi động lại',
  'the data store was brought up to date for this version; its copy as it was is kept as {0} (to go back to the earlier version: Cài đặt, "Nâng cấp và quay lại phiên bản cũ")':
    'đã cập nhật kho dữ liệu cho phiên bản này; bản sao như trước khi cập nhật được giữ ở {0} (muốn quay lại phiên bản cũ: xem Cài đặt, mục “Nâng cấp và quay lại phiên bản cũ”)',
  'the data store was brought up to date for this version; its copy as it was is kept as {0}':
    'đã cập nhật kho dữ liệu cho phiên bản này; bản sao như trước khi cập nhật được giữ ở {0}',
  'removed the older copies kept before earlier upgrades, only the newest {0} are kept: {1}':
    'đã xoá các bản sao cũ giữ lại trước những lần nâng cấp đã qua, chỉ giữ {0} bản mới nhất: {1}',
  'could not remove {0}, an older copy kept before an earlier upgrade: {1}; Cài đặt shows it with its size':
    'không xoá được {0}, bản sao cũ giữ lại trước một lần nâng cấp đã qua: {1}; Cài đặt có ghi bản này và dung lượng của nó',
  'could not remove {0}, an older copy kept before an earlier upgrade: {1}; remove it by hand to free the space':
    'không xoá được {0}, bản sao cũ giữ lại trước một lần nâng cấp đã qua: {1}; hãy tự xoá tệp này để lấy lại chỗ trống trên đĩa',
  'the system refused to remove it ({0})': 'hệ thống từ chối xoá ({0})',
  'The data store had already been brought up to date for this version: for the earlier version to open it again, run `{0}`.':
    'Kho dữ liệu đã được cập nhật cho phiên bản này trước đó: muốn phiên bản cũ mở lại được kho dữ liệu, hãy chạy lệnh `{0}`.',
  'the PostgreSQL store is about to be brought up to date for this version ({0} steps) and no copy of it is kept: the earlier version can open it again only from a pg_dump made before the update':
    'kho dữ liệu PostgreSQL sắp được cập nhật cho phiên bản này ({0} bước) và phần mềm không giữ bản sao của kho này: sau đó phiên bản cũ chỉ mở lại được từ bản sao lưu bằng pg_dump làm trước khi cập nhật',
  'another studio is already running on the data folder {0} (at {1}, process {2})':
    'một studio khác đang chạy trên thư mục dữ liệu {0} (tại {1}, tiến trình {2})',
  'another studio is already running on the data folder {0} (process {1})':
    'một studio khác đang chạy trên thư mục dữ liệu {0} (tiến trình {1})',
  'another studio is already running on the data folder {0}':
    'một studio khác đang chạy trên thư mục dữ liệu {0}',
  "use the studio already running, or stop it first (Ctrl-C in its window, or stop its service) and start again; two studios on one data folder would write over each other's work":
    'hãy dùng studio đang chạy đó, hoặc dừng nó trước (Ctrl-C trong cửa sổ của nó, hoặc dừng dịch vụ) rồi khởi động lại; hai studio trên một thư mục dữ liệu sẽ ghi đè lên việc của nhau',
  'restore the store from its latest backup, or report this with the data folder kept as it is':
    'khôi phục kho dữ liệu từ bản sao lưu gần nhất, hoặc báo lỗi này và giữ nguyên thư mục dữ liệu',
  'invalid YAML at line {0}': 'tệp YAML sai cú pháp ở dòng {0}',
  'Check the {{…}} expressions: variables are listed in README.md › Templates.':
    'Kiểm tra các biểu thức {{…}}: danh sách biến có trong README.md › Templates.',
  'The groups file has no column "{0}": add it (the header exactly as written here), or use one of group.id, name, leader, phone, venue, households, population.':
    'Tệp danh sách {term.short} không có cột “{0}”: thêm cột này (tiêu đề đúng như viết ở đây), hoặc dùng một trong group.id, name, leader, phone, venue, households, population.',
  'The groups file has no column "{0}". Did you mean "{1}"? Correct that header in the groups file to "{2}", or write {3}.':
    'Danh sách {term.short} không có cột “{0}”. Có phải “{1}”? Sửa tiêu đề cột đó trong danh sách thành “{2}”, hoặc ghi {3}.',
  'The groups file has no column "{0}". Its columns: {1}. Add the column to the file (its header exactly as written here), or write one of those as {{group.[Header]}}.':
    'Tệp danh sách {term.short} không có cột “{0}”. Các cột của tệp: {1}. Thêm cột đó vào tệp (tiêu đề đúng như viết ở đây), hoặc ghi một trong các cột trên dạng {{group.[Tên cột]}}.',
  'The groups file has no column "{0}". Did you mean "{1}"? Write {2}.':
    'Danh sách {term.short} không có cột “{0}”. Có phải “{1}”? Hãy ghi {2}.',
  'template error: {0}': 'lỗi mẫu: {0}',
  'unknown variable "{0}"': 'không có biến “{0}”',
  '"{0}" has no "{1}"; it has: {2}.': '“{0}” không có “{1}”; các tên có trong đó: {2}.',
  'Did you mean "{0}"? "{1}" has: {2}.': 'Có phải ý là “{0}”? Các tên có trong “{1}”: {2}.',
  'unknown helper "{0}"': 'không có hàm “{0}”',
  '"{0}" is written {1}': '“{0}” phải ghi là {1}',
  "a column's name with spaces is written in square brackets: {0}":
    'tên cột có dấu cách phải viết trong ngoặc vuông: {0}',
  'a column of the groups file is written after "group.", in square brackets: {{{0}}} → {1}':
    'cột của danh sách {term.short} phải ghi sau “group.”, trong ngoặc vuông: {{{0}}} → {1}',
  'The groups file has no column "{0}": did you mean "{1}"?':
    'Danh sách {term.short} không có cột “{0}”: có phải “{1}”?',
  'partials are not supported': 'không hỗ trợ mẫu con (partial)',
  'template error at "{0}": {1}': 'lỗi mẫu tại “{0}”: {1}',
  '"{{" is not closed: add "}}" right after the name, or delete the "{{" if no name was meant':
    'có “{{” chưa được đóng: thêm “}}” ngay sau tên biến, hoặc xoá “{{” nếu không định chèn biến',
  '{{/{0}}} closes {{#{1}}}: write {{/{2}}} instead':
    '{{/{0}}} đóng nhầm {{#{1}}}: sửa thành {{/{2}}}',
  '{{#{0}}} is not closed with {{/{1}}}: add {{/{2}}} where that part ends':
    '{{#{0}}} chưa được đóng bằng {{/{1}}}: thêm {{/{2}}} vào chỗ phần đó kết thúc',
  '{{/{0}}} closes nothing: delete it, or add {{#{1} …}} where that part begins':
    '{{/{0}}} không đóng phần nào: xoá nó đi, hoặc thêm {{#{1} …}} vào chỗ phần đó bắt đầu',
  '"{0}" is not written right: write one variable\'s name between {{ and }}, e.g. {{group.name}}':
    '“{0}” viết chưa đúng: giữa {{ và }} chỉ ghi một tên biến, ví dụ {{group.name}}',
  'an image': 'một hình ảnh',
  'A picture is printed from the campaign\'s "assets" only: write it there as "map: { file: so-do.png, caption: Sơ đồ điểm tập kết }" (the file beside campaign.yaml), and it prints on the flyer and on the notice\'s annex page; take the picture out of the text.':
    'Hình ảnh chỉ in được khi ghi ở mục “assets”: hãy ghi “map: { file: so-do.png, caption: Sơ đồ điểm tập kết }” (tệp ảnh đặt cạnh campaign.yaml), ảnh sẽ in trên tờ rơi và ở trang phụ lục của thông báo; rồi xoá hình ảnh khỏi nội dung.',
  HTML: 'mã HTML',
  'Use **bold**, *italic* and line breaks instead; write comments as {{!-- … --}}.':
    'Hãy dùng **đậm**, *nghiêng* và xuống dòng; ghi chú thích dạng {{!-- … --}}.',
  'a code block (```)': 'một khối mã (```)',
  'Remove the ``` lines; indent a paragraph by four spaces to set it in.':
    'Xoá các dòng ```; muốn thụt đoạn văn vào thì thêm bốn dấu cách ở đầu.',
  'a horizontal rule (---, ***)': 'một đường kẻ ngang (---, ***)',
  'Remove the line, or escape it (\\---) to print it as written.':
    'Xoá dòng đó, hoặc viết \\--- để in đúng như gõ.',
  'a link definition ([name]: URL)': 'một định nghĩa liên kết ([tên]: URL)',
  'Write the URL in the text itself: it becomes a link and a QR code.':
    'Ghi thẳng địa chỉ vào nội dung: địa chỉ sẽ thành liên kết và mã QR.',
  'a task list item ([ ] / [x])': 'một mục ô đánh dấu ([ ] / [x])',
  'Write the item without the box, or escape it: \\[ ].':
    'Viết mục đó không có ô, hoặc viết \\[ ].',
  'the text holds {0} ("{1}"), which cannot be printed':
    'nội dung có {0} (“{1}”), phần này không in được',
  'Write it as plain text.': 'Viết thành chữ thường.',
  'this table row has {0} cells, its header {1}: the last {2} would not be printed':
    'dòng này của bảng có {0} ô, dòng tiêu đề có {1}: {2} ô cuối sẽ không được in',
  'a cell of this pasted table ("{0}") has a quote that is never closed: its row would not print as in Excel':
    'một ô của bảng dán vào (“{0}”) có dấu ngoặc kép không đóng: dòng này của bảng sẽ không in ra như trong Excel',
  'Copy the table from Excel again, or remove the stray quote ("); a line break inside a cell can be written <br>.':
    'Sao chép lại bảng từ Excel, hoặc xoá dấu ngoặc kép thừa ("); muốn xuống dòng trong một ô thì viết <br>.',
  'Add the missing header cells, or write a "|" inside a cell as "\\|".':
    'Thêm các ô tiêu đề còn thiếu, hoặc viết dấu “|” trong ô thành “\\|”.',
  'the text holds an invisible control character ({0}), which cannot be printed':
    'nội dung có một ký tự điều khiển vô hình ({0}), ký tự này không in được',
  'Delete it: retype the line, or paste it as plain text.':
    'Xoá ký tự đó: gõ lại dòng, hoặc dán dưới dạng chữ thuần.',
  "the template lacks {0} of the sections of the tool's own {1}: {2}":
    'mẫu thiếu {0} phần có trong mẫu {1} của phần mềm: {2}',
  'Start from a copy of the tool\'s template ({0}) and change the text under its "@@" lines, keeping every line that starts with "@@".':
    'Hãy chép mẫu của phần mềm ({0}) rồi sửa chữ dưới các dòng “@@”, giữ lại mọi dòng bắt đầu bằng “@@”.',
  'the template has no "@@ {0}" section': 'mẫu không có phần “@@ {0}”',
  'Add a line "@@ {0}".': 'Thêm một dòng “@@ {0}”.',
  '{0} (line {1} of section "@@ {2}" as filled in)':
    '{0} (dòng {1} của phần “@@ {2}” sau khi điền dữ liệu)',
  'backup copies a data folder, not a PostgreSQL database':
    'lệnh backup sao lưu thư mục dữ liệu, không sao lưu cơ sở dữ liệu PostgreSQL',
  'Back up PostgreSQL with pg_dump.': 'Sao lưu PostgreSQL bằng pg_dump.',
  'no header with a group column and a figure column (found: nothing)':
    'không có dòng tiêu đề gồm cột {term.short} và cột số liệu (tệp không có tiêu đề nào)',
  'no "{0}" column in the header (found: nothing)':
    'dòng tiêu đề không có cột “{0}” (dòng tiêu đề trống)',
  'the studio has no user yet: set the environment variable PHUONG_PRINT_ADMIN_PASSWORD (at least {0} characters) and start it again; that becomes the password of user "admin".':
    'phần mềm chưa có người dùng nào: hãy đặt biến môi trường PHUONG_PRINT_ADMIN_PASSWORD (ít nhất {0} ký tự) rồi chạy lại; đó sẽ là mật khẩu của người dùng “admin”.',
  'PHUONG_PRINT_ADMIN_PASSWORD has only {0} characters, at least {1} are needed: choose a longer password (a short sentence is easy to remember) and start it again.':
    'PHUONG_PRINT_ADMIN_PASSWORD chỉ có {0} ký tự, cần ít nhất {1}: hãy chọn mật khẩu dài hơn (một câu ngắn dễ nhớ) rồi chạy lại.',
  // A leader's figures sent from a page older than the group's latest (serve/routes-results.ts).
  "The group's figures changed since you opened this page: nothing was saved. The figures saved since are under the boxes; the boxes you changed keep what you typed, the others now hold the newest figures. Check them, then press Lưu lại.":
    'Số liệu của {term.short} đã thay đổi từ khi bạn mở trang này (văn phòng hoặc một máy khác vừa lưu): chưa lưu số nào. Số đã lưu mới nhất ghi ở dưới mỗi ô; ô bạn đã sửa vẫn giữ số bạn vừa nhập, các ô khác nay ghi số đã lưu mới nhất. Kiểm tra lại rồi bấm Lưu lại.',
  // The studio's Kết quả tab: the office takes back a group's figures (routes-results-entry.ts).
  'The office withdrew the figures': 'Văn phòng xoá số liệu',
  'Withdrew the figures of {0}: it has not reported now.':
    'Đã xoá số liệu của {0}: {term.short} này trở về “Chưa báo cáo”.',
  'Figures entered for the wrong group? Withdraw them: the group goes back to "not reported". The history keeps them.':
    'Đã nhập nhầm số liệu vào {term.short} này? Hãy xoá số liệu: {term.short} trở về “Chưa báo cáo”, lịch sử vẫn giữ các số đã nhập và lần xoá.',
  "Withdraw this group's figures": 'Xoá số liệu của {term.short} này',
  'Withdraw the figures of {0}?': 'Xoá số liệu của {0}?',
  'Withdraw the figures': 'Xoá số liệu',
  'The figures counted now:': 'Số liệu đang được tính:',
  'They will no longer count: {0} goes back to "not reported" in the results, the report and its spreadsheet, and its leader\'s page shows no figures. The history keeps them, with this withdrawal, your name and the time. The leader can send figures again at any time.':
    'Sau khi xoá, các số này không còn được tính: {0} trở về “Chưa báo cáo” trong Kết quả, báo cáo và bảng Excel, trang của {term.leader} không còn hiện số đã lưu. Lịch sử số liệu vẫn giữ các số này, kèm lần xoá, tên người xoá và thời gian. {term.Leader} vẫn có thể gửi lại số liệu bất cứ lúc nào.',
  'Cancel, keep them': 'Huỷ, giữ lại số liệu',
  'There are no figures of {0} to withdraw.': 'Không có số liệu nào của {0} để xoá.',
  "Back to the group's figures": 'Quay lại trang số liệu của {term.short}',
  'The figures of {0} changed after this page was opened: nothing was withdrawn. Look at them again before withdrawing.':
    'Số liệu của {0} vừa thay đổi sau khi mở trang này nên chưa xoá gì. Hãy xem lại số liệu rồi mới xoá.',
  "not stored: the office withdrew the group's figures later, at {0}{1}":
    'không lưu: văn phòng đã xoá số liệu của {term.short} này sau đó, lúc {0}{1}',
  // serve's /admin/ket-qua: the office confirms a figure it has not checked (routes-results.ts).
  'Confirmed the figures of {0}: the report no longer marks them unconfirmed.':
    'Đã xác nhận số liệu của {0}: báo cáo không còn ghi số này là “chưa xác nhận”.',
  'The figures of {0} had nothing left to confirm (confirmed already, perhaps on another page): nothing was changed.':
    'Số liệu của {0} không còn số nào chờ xác nhận (có thể đã được xác nhận ở trang khác): không thay đổi gì.',
  'This form is out of date or did not come from this page: nothing was confirmed. Look at the figures below again, then confirm.':
    'Biểu mẫu đã cũ hoặc không được gửi từ trang này: chưa xác nhận số nào. Hãy xem lại các số dưới đây rồi bấm xác nhận lại.',
  'This form is not valid: nothing was confirmed.': 'Biểu mẫu không hợp lệ: chưa xác nhận số nào.',
  'The figures of {0} changed after this page was opened: nothing was confirmed. Look at them again below.':
    'Số liệu của {0} vừa thay đổi sau khi mở trang này: chưa xác nhận số nào. Hãy xem lại số mới dưới đây.',
  // The studio's results import: measures by their labels only (routes-results-import.ts).
  "To report it, head the column with a measure's label: {0}.":
    'Muốn báo cáo cột này, đặt tiêu đề cột là tên của một chỉ tiêu: {0}.',
  "Head one column with the group's id or name, and one column per figure headed with its label: {0}.":
    'Cần một cột mã {term.short} hoặc tên {term.short}, và mỗi chỉ tiêu một cột có tiêu đề là tên của chỉ tiêu: {0}.',
  'the "step-qr" line "{0}" gives no step number, so its code has no step to go under':
    'dòng “{0}” của phần “step-qr” không ghi số bước, nên mã QR của nó không biết in dưới bước nào',
  'Begin the line with the number of the step the code goes under, e.g. "1. https://… Caption".':
    'Ghi số của bước ở đầu dòng, ví dụ “1. https://… Chú thích”.',
  'the template has no "step-qr" section: the codes of the links the steps name ({0}) are not printed':
    'mẫu không có phần “step-qr”: mã QR của các đường dẫn mà các bước nhắc đến ({0}) không được in',
  'Add the section as the tool\'s own templates/checklist.hbs has it: "@@ step-qr", then a line a link: the step\'s number, the address, the caption.':
    'Thêm phần này như trong templates/checklist.hbs của công cụ: dòng “@@ step-qr”, rồi mỗi đường dẫn một dòng: số của bước, địa chỉ, chú thích.',
  // The leader page's message to the group's Zalo chat (serve/zalo-message.ts).
  '… and {0} more: see the flyer': '… và {0} việc nữa: xem trong tờ rơi',
  '{0}, phone {1}': '{0}, ĐT: {1}',
  'Contact: {0}': 'Liên hệ: {0}',
  'Contact: {0}, phone {1}': 'Liên hệ: {0}, ĐT: {1}',
  'Download {0} for {1}': 'Tải {0} cho {1}',
  // A print file's title (output/build.ts printTitle).
  '{0} – every group, {1} (two-sided copy)': '{0} – tất cả {term.groups}, {1} (bản in hai mặt)',
  '{0} – every group, {1} (one-sided copy)': '{0} – tất cả {term.groups}, {1} (bản in một mặt)',
  // A print file's description, its PDF Subject (output/build.ts printSidesSaid).
  'Print one-sided: each page is a sheet to put up.': 'In một mặt: mỗi trang là một tờ để dán.',
  'Print one-sided: one page a group, no blank pages.':
    'In một mặt: mỗi {term.short} một trang, không có trang trắng.',
  "Print one-sided: the groups' documents one after another, no blank pages.":
    'In một mặt: văn bản của các {term.short} nối tiếp nhau, không có trang trắng.',
  "Print two-sided, flipping on the long edge: each group's document begins on the front of a sheet (a blank page is the back of the sheet before).":
    'In hai mặt, lật theo cạnh dài: văn bản của mỗi {term.short} bắt đầu ở mặt trước một tờ (trang trắng là mặt sau của tờ trước).',
  // A campaign field no paper document prints (output/unprinted-fields.ts).
  'filled in, but no paper document of this campaign prints it':
    'có nội dung nhưng không có tài liệu giấy nào của chiến dịch này in mục này',
  '"{0}" is filled in, but no paper document of this campaign prints it':
    'mục “{0}” có nội dung nhưng không có tài liệu giấy nào của chiến dịch này in mục đó',
  "The documents made ({0}) have no place for it: write it in the notice's body, or leave it out.":
    'Các tài liệu được làm ({0}) không có chỗ in mục này: ghi nội dung vào phần nội dung của thông báo, hoặc để trống mục này.',
  "Only {0} print it, and this campaign makes none: they are made from “Điều cần biết”, “Việc người dân cần làm”, “Thời gian”, “Địa điểm” or “Thời hạn” (a poster from “Đường dẫn” too). Fill one of them in, or write it in the notice's body.":
    'Mục này chỉ in trên {0}, mà chiến dịch này chưa làm các tài liệu đó: chúng được làm khi có “Điều cần biết”, “Việc người dân cần làm”, “Thời gian”, “Địa điểm” hoặc “Thời hạn” (áp phích: cả “Đường dẫn”). Điền một trong các mục đó, hoặc ghi nội dung vào phần nội dung của thông báo.',
  "Only {0} print it, and this campaign makes none: they are made from points, actions, when, where or deadline (a poster from links too). Fill one of them in, or write it in the notice's body.":
    'Mục này chỉ in trên {0}, mà chiến dịch này chưa làm các tài liệu đó: chúng được làm khi có mục points (điều cần biết), actions (việc người dân cần làm), when, where hoặc deadline (thời gian, địa điểm, thời hạn) (áp phích: cả links, đường dẫn). Điền một trong các mục đó, hoặc ghi nội dung vào phần nội dung của thông báo.',
  "Write it in the notice's body, or leave it out.":
    'Ghi nội dung này vào phần nội dung của thông báo, hoặc bỏ mục này đi.',
  // The ward's unmarked notice when groups' copies differ in text (output/original.ts).
  name: 'tên',
  id: 'mã',
  "leader's name": 'tên {term.leader}',
  'phone number': 'số điện thoại',
  venue: 'địa điểm',
  'the columns {0}': 'cột {0}',
  'the unmarked original': 'bản gốc',
  'the notice\'s text does not say each group\'s own {0}, which "Thời gian" and "Địa điểm" print on its flyer, checklist and leader page':
    'nội dung thông báo không ghi {0} riêng của từng {term.short}, trong khi “Thời gian”, “Địa điểm” in các cột đó trên tờ rơi, phiếu kiểm tra và trang {term.leader} của mỗi {term.short}: thông báo và tờ rơi của một {term.short} có thể ghi khác nhau',
  'Put those columns in the text ("Chèn cột danh sách" under "Nội dung"), or write that each group gathers as its flyer says.':
    'Chèn các cột đó vào nội dung (“Chèn cột danh sách {term.short}” dưới ô “Nội dung”), hoặc ghi rõ mỗi {term.short} tập trung theo giờ, địa điểm ghi trên tờ rơi của {term.short}.',
  'the notice\'s text differs from group to group (it prints each group\'s {0}): {1}, the copy without "Bản gửi" to register, sign and keep, is the text sent to {2}, not one text for every group':
    'nội dung văn bản khác nhau theo từng {term.short} (in {0} của từng {term.short}): {1}, bản không ghi “Bản gửi” để văn thư đăng ký, ký và lưu, là nội dung gửi {2}, không phải nội dung chung của mọi {term.short}',
  'A document under one number has one text: write {0} of every group as a list in the text (or an annex), or write it for all ("theo lịch của từng tổ") and leave each group\'s own to its flyer and leader page; or register each group\'s copy as its own document.':
    'Một văn bản, một số thì chỉ có một nội dung: ghi {0} của mọi {term.short} thành một danh sách trong nội dung (hoặc phụ lục), hoặc viết chung (“theo lịch của từng {term.short}”) để phần riêng của mỗi {term.short} ở tờ rơi và trang {term.leader}; nếu không, đăng ký bản của mỗi {term.short} là một văn bản riêng.',
  'the notice\'s text differs from group to group ("{0}" names each group): {1}, the unmarked copy to register and keep, is the text of {2}, not one text for every group':
    'nội dung văn bản khác nhau theo từng {term.short} (mục “{0}” ghi tên từng {term.short}): {1}, bản không đánh dấu để đăng ký và lưu, là nội dung gửi {2}, không phải một nội dung chung cho mọi {term.short}',
  'A document under one number has one text: write "{0}" the same for every group (the groups are named in "Nơi nhận" or in a list), or register each group\'s copy as its own document.':
    'Một văn bản, một số thì chỉ có một nội dung: ghi mục “{0}” giống nhau cho mọi {term.short} (tên các {term.short} ghi ở “Nơi nhận” hoặc trong một danh sách), hoặc đăng ký bản của mỗi {term.short} là một văn bản riêng.',
});

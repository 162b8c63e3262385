/**
 * Vietnamese for what the loaders find in the files as the office made them: the campaign's
 * images, the workbook's sheets, cells saved without a value, look-alike ids and names, totals
 * rows of results sheets. Keys are the English templates as `msg` makes them (see ../message.ts).
 */
export const INPUT_FILES = (): Record<string, string> => ({
  'there is no file "{0}" in the folder {1}': 'không có tệp “{0}” trong thư mục {1}',
  'there is no file "{0}" in the folder {1}; there is "{2}"':
    'không có tệp “{0}” trong thư mục {1}; chỉ có tệp “{2}”',
  'Check the name as typed (letters, accents, the extension such as .png), or copy the image into that folder.':
    'Kiểm tra tên tệp đã gõ (chữ cái, dấu, phần đuôi như .png), hoặc chép ảnh vào thư mục đó.',
  '"{0}" is a folder, not an image file': '“{0}” là một thư mục, không phải tệp ảnh',
  "Give the image file inside it, e.g. {0}/{1}.png, or the image's own name.":
    'Hãy ghi tên tệp ảnh trong thư mục đó, ví dụ {0}/{1}.png, hoặc tên của chính tệp ảnh.',
  'the {0} file "{1}" is empty (0 bytes)': 'tệp ảnh {0} “{1}” rỗng (0 byte)',
  'Save the picture again as PNG or JPEG and copy it here (a download or copy that did not finish leaves an empty file).':
    'Hãy lưu lại ảnh dạng PNG hoặc JPEG rồi chép vào đây (tải về hoặc chép chưa xong cũng để lại tệp rỗng).',
  'the {0} "{1}" is an AVIF picture, which cannot be printed':
    'ảnh {0} “{1}” là ảnh AVIF (dạng ảnh lưu từ một số trang web), không in được',
  'the {0} "{1}" is not an image of a known kind':
    'ảnh {0} “{1}” không thuộc dạng ảnh nào đọc được',
  'the {0} "{1}" is a {2} image': 'ảnh {0} “{1}” ở dạng {2}, không dùng được',
  'the {0} "{1}" is a damaged {2} file: its picture cannot be read':
    'tệp ảnh {0} “{1}” (dạng {2}) bị hỏng: không đọc được hình trong tệp',
  'Export it again from the drawing program (or as PNG) and give that file.':
    'Hãy xuất lại tệp từ phần mềm vẽ (hoặc xuất ra PNG) rồi ghi tên tệp mới.',
  'Open it in Paint (or another picture program) and save it again as PNG or JPEG; if it does not open, take the picture again from where it came.':
    'Hãy mở ảnh bằng Paint (hoặc phần mềm xem ảnh khác) rồi lưu lại dạng PNG hoặc JPEG; nếu không mở được, hãy lấy lại ảnh từ nơi đã lấy.',
  'the {0} "{1}" is only {2} × {3} pixels: printed {4} mm long it has {5} dots an inch, fewer than the {6} that print sharp, so it prints blurred':
    'ảnh {0} “{1}” chỉ có {2} × {3} điểm ảnh: in dài {4} mm thì chỉ được {5} điểm ảnh mỗi inch, dưới mức {6} để in rõ, nên sẽ bị mờ',
  'Use a larger picture, at least {0} pixels on its longer side (export the map again from where it was drawn, not a screenshot or a picture sent by chat).':
    'Hãy dùng ảnh lớn hơn, cạnh dài nhất tối thiểu {0} điểm ảnh (xuất lại sơ đồ từ nơi đã vẽ, không dùng ảnh chụp màn hình hay ảnh gửi qua Zalo).',
  'the {0} "{1}" is only {2} × {3} pixels: it prints blurred, in squares':
    'ảnh {0} “{1}” chỉ có {2} × {3} điểm ảnh: in ra sẽ mờ, thành các ô vuông',
  "Use a larger picture of it, at least {0} pixels a side (from the ward's own file, or an SVG exported as PNG), and use that file instead.":
    'Hãy dùng ảnh lớn hơn, mỗi chiều ít nhất {0} điểm ảnh (lấy từ tệp gốc của phường, hoặc xuất tệp SVG thành ảnh PNG), thay cho tệp này.',
  'the {0} "{1}" is a HEIC photo (as an iPhone saves them), which cannot be printed':
    'ảnh {0} “{1}” là ảnh HEIC (dạng ảnh iPhone chụp), không in được',
  'Save it as JPEG or PNG (open it and export or share it as JPEG) and give that file.':
    'Hãy lưu ảnh thành JPEG hoặc PNG (mở ảnh rồi xuất hoặc chia sẻ dưới dạng JPEG) và ghi tên tệp mới.',
  'the SVG {0} "{1}" refers to a file outside it ("{2}"), which would not be printed':
    'ảnh SVG {0} “{1}” tham chiếu tệp bên ngoài (“{2}”), phần đó sẽ không được in',
  'Save the SVG with its pictures embedded (Illustrator: Images › Embed), or export it as PNG.':
    'Lưu lại tệp SVG với ảnh nhúng bên trong (Illustrator: Images › Embed), hoặc xuất ra PNG.',
  'read the sheet "{0}" (the one open when the file was saved); also holding a list, not read: {1}':
    'đọc trang tính “{0}” (trang đang mở khi lưu tệp); trang cũng có danh sách nhưng không được đọc: {1}',
  'If another sheet is the one to use, open it in Excel and save the file; delete the sheets no longer used.':
    'Nếu cần dùng trang khác, hãy mở trang đó trong Excel rồi lưu tệp; nên xoá các trang không còn dùng.',
  'read the sheet "{0}"; hidden sheets also holding a list, not read: {1}':
    'đọc trang tính “{0}”; các trang bị ẩn cũng có danh sách nhưng không được đọc: {1}',
  'If a hidden sheet is the one to use, show it in Excel (right-click a sheet tab › Unhide), delete the other lists and save the file.':
    'Nếu cần dùng trang đang ẩn, hãy hiện trang đó trong Excel (bấm chuột phải vào tên trang › Bỏ ẩn), xoá các danh sách khác rồi lưu tệp.',
  'the workbook has {0} sheets with a list: {1}, and none of them was open when it was saved':
    'tệp có {0} trang tính có danh sách: {1}, và khi lưu tệp không trang nào trong số đó đang mở',
  // A list kept one sheet per old ward (load/groups/sheet-parts.ts).
  '{0} of sheet "{1}"': '{0} ở trang “{1}”',
  'the id "{0}" is already used by row {1} of sheet "{2}"':
    'mã “{0}” trùng với dòng {1} ở trang tính “{2}”',
  'Every group needs its own id, across the sheets too: number each sheet\'s groups from 1 (each id is then given its sheet\'s name) or on from the last of the sheet before, or add a column "Mã tổ" with a code of its own for every group.':
    'Mỗi {term.short} cần một mã riêng, kể cả giữa các trang tính: đánh số {term.short} của mỗi trang từ 1 (mã được ghi kèm tên trang) hoặc tiếp theo số cuối của trang trước, hoặc thêm cột “Mã tổ” ghi cho mỗi {term.short} một mã riêng.',
  'sheet "{0}": {1}': 'trang “{0}”: {1}',
  "each old ward numbers its groups from 1: a group's id is its number after its old ward's short name, {0}":
    'mỗi phường, xã cũ đánh số {term.short} từ 1: mã của mỗi {term.short} là số đó ghi sau tên viết tắt của phường, xã cũ, {0}',
  'A results file names a group by this id, or by its name as printed. For other ids, give every group of the list an id of its own (numbered on across the old wards).':
    'Tệp kết quả ghi {term.short} bằng mã này, hoặc bằng tên như khi in. Muốn dùng mã khác, ghi cho mỗi {term.short} trong cả danh sách một mã riêng (đánh số nối tiếp qua các phường, xã cũ).',
  "each sheet numbers its groups from 1: a group's id is its number after its sheet's short name, {0}":
    'mỗi trang tính đánh số {term.short} từ 1: mã của mỗi {term.short} là số đó ghi sau tên viết tắt của trang, {0}',
  'A results file names a group by this id, or by its name as printed. For other ids, number each sheet\'s groups on from the sheet before, or add a column "Mã tổ" with a code of its own for every group.':
    'Tệp kết quả ghi {term.short} bằng mã này, hoặc bằng tên như khi in. Muốn dùng mã khác, đánh số {term.short} của mỗi trang tiếp theo số cuối của trang trước, hoặc thêm cột “Mã tổ” ghi cho mỗi {term.short} một mã riêng.',
  '{0} groups (rows {1}) share their name with a group of another sheet: each is printed with its sheet\'s name, e.g. "{2}" (row {3}) and "{4}" (row {5})':
    '{0} {term.short} (dòng {1}) trùng tên với {term.short} ở trang tính khác: mỗi {term.short} được in kèm tên trang của mình, ví dụ “{2}” (dòng {3}) và “{4}” (dòng {5})',
  'their names or titles name old wards or communes, but they list mostly the same groups':
    'tên hoặc tiêu đề các trang ghi phường, xã cũ, nhưng các trang có phần lớn {term.short} giống nhau',
  'the names of {0} name no old ward or commune, but the sheets list different groups':
    'tên trang {0} không ghi phường, xã cũ nào, nhưng các trang có {term.short} khác nhau',
  'could not tell whether the sheets {0} are parts of the ward or versions of one list (one per year or round): {1}; all of them are read, as parts':
    'không rõ các trang tính {0} là các phần của phường hay các bản của cùng một danh sách (mỗi năm, mỗi đợt một bản): {1}; đã đọc tất cả, coi là các phần của phường',
  'If they are versions, delete or hide the sheets no longer used (right-click a sheet tab › Hide) and save the file; if they are parts, name each sheet after its old ward or commune, e.g. "Phường Hàng Bạc (cũ)".':
    'Nếu là các bản của một danh sách, hãy xoá hoặc ẩn các trang không còn dùng (bấm chuột phải vào tên trang › Ẩn) rồi lưu tệp; nếu là các phần, hãy đặt tên mỗi trang theo phường, xã cũ của nó, ví dụ “Phường Hàng Bạc (cũ)”.',
  'hidden sheets also holding a list, not read: {0}':
    'các trang bị ẩn cũng có danh sách nhưng không được đọc: {0}',
  'If a hidden sheet is a part of the ward, show it in Excel (right-click a sheet tab › Unhide) and save the file.':
    'Nếu trang đang ẩn là một phần của phường, hãy hiện trang đó trong Excel (bấm chuột phải vào tên trang › Bỏ ẩn) rồi lưu tệp.',
  'read the sheet "{0}"; the other sheets have no header row with {1}, and are not read: {2}':
    'đã đọc trang tính “{0}”; các trang tính khác không có dòng tiêu đề gồm {1} nên không được đọc: {2}',
  'sheets without a list (no "{0}" and "{1}" header), not read: {2}':
    'các trang không có danh sách (không có cột “{0}” và “{1}”), không được đọc: {2}',
  '"{0}" ({1} groups)': '“{0}” ({1} {term.short})',
  "the list is kept one sheet per part of the ward: all {0} sheets are read, {1}; a group whose name is also on another sheet is printed with its sheet's name":
    'danh sách chia thành từng trang tính theo từng phần của phường (phường, xã cũ): đã đọc cả {0} trang, {1}; {term.short} nào trùng tên với {term.short} ở trang khác được in kèm tên trang của mình',
  "If a sheet is not a part of the ward (last year's list, a draft), delete or hide it (right-click its tab › Hide) and save the file.":
    'Nếu có trang không phải một phần của phường (danh sách năm trước, bản nháp), hãy xoá hoặc ẩn trang đó (bấm chuột phải vào tên trang › Ẩn) rồi lưu tệp.',
  'Delete the sheets no longer used, or open the sheet to use in Excel and save the file again.':
    'Hãy xoá các trang không còn dùng, hoặc mở trang cần dùng trong Excel rồi lưu lại tệp.',
  '"{0}" has no value here': 'biến “{0}” không có giá trị ở chỗ này',
  'the file has no "{0}" column: {{group.{1}}} in {2} prints nothing':
    'tệp không có cột “{0}”: {{group.{1}}} trong {2} sẽ được để trống',
  'Add the column to the groups file, or take {{group.{0}}} out of campaign.yaml.':
    'Thêm cột đó vào tệp danh sách, hoặc bỏ {{group.{0}}} khỏi campaign.yaml.',
  'a {0} of 0: no rate is counted for this group; the results and the report say it apart':
    '{0} bằng 0: không tính tỷ lệ cho {term.short} này; trang Kết quả, bảng số liệu (Excel) và báo cáo kết quả ghi riêng {term.short} này là “có {0} bằng 0”',
  "Write the group's {0} if it has one; keep 0 if it was given none.":
    'Nếu {term.short} có {0}, ghi số {0}; nếu {term.short} không được giao {0}, giữ số 0.',
  'Leave the cell empty while the figure is not known; keep 0 only if the group has no {0}.':
    'Để trống ô này khi chưa có số; chỉ giữ số 0 nếu {term.short} thật sự có 0 {0}.',
  '0 {0}: no rate is counted for this group, and a figure reported for it is asked about before it counts; the results and the report say it apart':
    'số 0 là {term.short} có 0 {0}: không tính tỷ lệ cho {term.short} này, và số liệu {term.short} này báo cáo (lớn hơn 0) sẽ được hỏi lại để xác nhận; trang Kết quả, bảng số liệu (Excel) và báo cáo kết quả ghi riêng {term.short} này, không ghi là “chưa có số”',
  '0 {0}: no rate is counted for this group, and a figure reported for it is asked about before it counts; the results and the report say it apart, and {1} prints the cell as it is, 0':
    'số 0 là {term.short} có 0 {0}: không tính tỷ lệ cho {term.short} này, và số liệu {term.short} này báo cáo (lớn hơn 0) sẽ được hỏi lại để xác nhận; trang Kết quả, bảng số liệu (Excel) và báo cáo kết quả ghi riêng {term.short} này, không ghi là “chưa có số”, và {1} vẫn in nguyên ô này, tức là in số 0',
  '0 is read as none (no {0}): no rate is counted for this group; {1} prints the cell as it is, 0':
    'số 0 được hiểu là không có {0}: không tính tỷ lệ cho {term.short} này; {1} in nguyên ô này, tức là in số 0',
  'Nothing to fix when the group has none; read its papers once to see that the sentence reads right with 0.':
    'Không cần sửa nếu {term.short} thật sự không có; chỉ cần đọc lại giấy tờ của {term.short} này một lần xem câu có số 0 đọc có xuôi không.',
  '"{0}" is not a count: no rate is counted for this group, and {1} prints it as typed':
    '“{0}” không phải là số: không tính tỷ lệ cho {term.short} này, và {1} in nguyên chữ đã ghi',
  'Write the figure in digits: 0 when the group has none (no {0}).':
    'Ghi số bằng chữ số: ghi 0 nếu {term.short} không có {0}.',
  'Write the figure in digits, e.g. 820 or 1.052.': 'Ghi số bằng chữ số, ví dụ 820 hoặc 1.052.',
  '"{0}" has decimals, but {1} counts {2}, a whole number: no rate is counted for this group':
    '“{0}” là số thập phân, nhưng {1} đếm {2}, phải là số nguyên: không tính tỷ lệ cho {term.short} này',
  'Write a whole count (e.g. {0}); if the figures are a weight or an amount, give the unit in the column\'s header, e.g. "{1} (kg)".':
    'Ghi số nguyên (ví dụ {0}); nếu số liệu là khối lượng hoặc số tiền, ghi đơn vị vào tiêu đề cột, ví dụ “{1} (kg)”.',
  'Write the real figure; or leave the cell empty until it is known (then nothing prints there).':
    'Hãy ghi số thật; hoặc để trống ô cho đến khi có số (khi đó chỗ này không in gì).',
  'Leave the cell empty until the figure is known, or write the real figure.':
    'Để trống ô này khi chưa có số, hoặc ghi số thật.',
  'the ids "{0}" and "{1}" (rows {2}, {3}): are they the same group?':
    'mã “{0}” và “{1}” (dòng {2}, {3}) có phải cùng một {term.short}?',
  'the names "{0}" and "{1}" (rows {2}, {3}) differ only in capitals, accents, dashes, apostrophes or a final dot: are they the same group?':
    'tên “{0}” và “{1}” (dòng {2}, {3}) chỉ khác nhau ở chữ hoa, dấu, kiểu gạch ngang, kiểu dấu nháy hoặc dấu chấm cuối: có phải cùng một {term.short}?',
  'If they are one group, delete one of the two rows; if not, give them clearly different ids.':
    'Nếu là một, hãy xoá một trong hai dòng; nếu không, hãy đặt cho chúng mã khác hẳn nhau.',
  'If they are one group, delete one of the two rows; if not, make the two names clearly different.':
    'Nếu là một, hãy xoá một trong hai dòng; nếu không, hãy sửa tên cho khác hẳn nhau.',
  // A list far longer than a ward's (load/groups/index.ts MAX_WARD_GROUPS).
  'the list has {0} groups, far more than a ward has (tens to a few hundred): it looks like a list of households or residents, not a list of groups':
    'danh sách có {0} {term.short}, nhiều hơn hẳn số {term.short} của một phường, xã (vài chục đến vài trăm): có vẻ là danh sách hộ/người dân, không phải danh sách {term.short}',
  'If this is the households or residents list, give the list of groups instead (one row per group); the households list goes in as the residents list. If the ward really has this many groups, the list can be used as it is.':
    'Nếu đây là danh sách hộ hoặc người dân, hãy dùng danh sách {term.group} (mỗi {term.short} một dòng); danh sách hộ, người dân (cho bảng theo dõi) là một tệp riêng. Nếu phường, xã thật sự có ngần ấy {term.short}, vẫn dùng được danh sách này.',
  // Same names (load/groups/same-names.ts) and the parts of a list (sections.ts, totals.ts).
  '{0} groups (rows {1}) share their name with a group of another "{2}": each is printed with its "{3}", e.g. "{4}" (row {5}) and "{6}" (row {7})':
    '{0} {term.short} (dòng {1}) trùng tên với {term.short} có “{2}” khác: mỗi {term.short} được in kèm “{3}” của mình, ví dụ “{4}” (dòng {5}) và “{6}” (dòng {7})',
  '{0} groups (rows {1}) share their name with a group of another part of the list or another "{2}": each is printed with its part\'s name and its "{3}", e.g. "{4}" (row {5}) and "{6}" (row {7})':
    '{0} {term.short} (dòng {1}) trùng tên với {term.short} ở phần khác của danh sách hoặc có “{2}” khác: mỗi {term.short} được in kèm tên phần và “{3}” của mình, ví dụ “{4}” (dòng {5}) và “{6}” (dòng {7})',
  '{0} groups (rows {1}) share their name with a group under another heading: each is printed with its heading, e.g. "{2}" (row {3}) and "{4}" (row {5})':
    '{0} {term.short} (dòng {1}) trùng tên với {term.short} ở phần khác của danh sách: mỗi {term.short} được in kèm tên phần của mình, ví dụ “{2}” (dòng {3}) và “{4}” (dòng {5})',
  'To print other names, change them in the file.': 'Muốn in tên khác, hãy sửa tên trong tệp.',
  '{0} groups share the name "{1}" (rows {2}; ids {3}): their papers would read the same at the top, so each is printed with its id, e.g. "{4}"':
    '{0} {term.short} cùng tên “{1}” (dòng {2}; mã {3}): giấy của các {term.short} này giống hệt nhau ở phần đầu, nên tên được in kèm mã {term.short}, ví dụ “{4}”',
  'If they are one group, keep one row. If not, write each one\'s old ward or area in the column "{0}", or give them different names.':
    'Nếu là một {term.short}, chỉ giữ một dòng. Nếu không, ghi phường, xã cũ hoặc khu vực của mỗi {term.short} vào cột “{0}”, hoặc đặt tên khác cho từng {term.short}.',
  'If they are one group, keep one row. If not, add a column "Phường cũ" (or "Khu vực") giving each one\'s old ward or area, or give them different names.':
    'Nếu là một {term.short}, chỉ giữ một dòng. Nếu không, thêm cột “Phường cũ” / “Khu vực” ghi phường, xã cũ hoặc khu vực của mỗi {term.short}, hoặc đặt tên khác cho từng {term.short}.',
  '{0} groups whose name no other group has (rows {1}) are printed with their old ward too, e.g. "{2}" (row {3}): a group merged or added in one old ward then renames no group of another':
    '{0} {term.short} có tên không trùng với {term.short} nào (dòng {1}) cũng được in kèm tên phường, xã cũ, ví dụ “{2}” (dòng {3}): nhờ vậy khi gộp hoặc thêm {term.short} ở một phường, xã cũ, tên in của {term.short} ở phường, xã cũ khác không đổi theo',
  'a note across the table ("{0}"), not a group: it is skipped':
    'đây là dòng ghi chú (“{0}”), không phải một {term.group}: đã bỏ qua dòng này',
  'Nothing of a note is printed. If it is a group, write its id and its other cells.':
    'Dòng ghi chú không được in ra giấy nào. Nếu đây là một {term.group}, hãy ghi mã và các ô khác của {term.short} này.',
  'a section heading ("{0}"), not a group: it is skipped':
    'đây là dòng tiêu đề phần (“{0}”), không phải một {term.group}: đã bỏ qua dòng này',
  "A row of text alone across the table (an old ward's name) is read as the heading of the groups under it; if it is a group, write its id and its other cells.":
    'Dòng chỉ có chữ trải ngang bảng (như tên phường cũ) được hiểu là tiêu đề của các {term.short} bên dưới; nếu đây là một {term.group}, hãy ghi mã và các ô khác của {term.short} này.',
  'the totals row says {0} but the groups above add up to {1}, those of rows {2}–{3} to {4}':
    'dòng cộng ghi {0} nhưng cộng các dòng phía trên được {1}, cộng riêng dòng {2}–{3} được {4}',
  'row {0} is hidden in Excel (filtered out or hidden): it is not read':
    'dòng {0} đang bị ẩn trong Excel (do lọc hoặc ẩn dòng): không đọc dòng này',
  'rows {0} are hidden in Excel (filtered out or hidden): they are not read':
    'các dòng {0} đang bị ẩn trong Excel (do lọc hoặc ẩn dòng): không đọc các dòng này',
  'If a hidden row is a group to print, show it in Excel (clear the filter, or select the rows around it › Unhide) and save the file.':
    'Nếu dòng bị ẩn là {term.group} cần in, hãy hiện lại dòng đó trong Excel (bỏ lọc, hoặc chọn các dòng xung quanh › Bỏ ẩn) rồi lưu tệp.',
  'column {0} "{1}" is hidden in Excel: the tool does not read or keep it':
    'cột {0} “{1}” đang ẩn trong Excel: phần mềm không đọc và không lưu cột này',
  'column {0} is hidden in Excel: the tool does not read or keep it':
    'cột {0} đang ẩn trong Excel: phần mềm không đọc và không lưu cột này',
  'If the column is to be read and printed, show it in Excel (select the columns on both sides › Unhide) and save the file.':
    'Nếu cần đọc và in cột này, hãy hiện lại cột trong Excel (chọn hai cột hai bên › Bỏ ẩn) rồi lưu tệp.',
  'column {0} "{1}" is hidden in Excel, but the tool needs it: it is read':
    'cột {0} “{1}” đang ẩn trong Excel, nhưng phần mềm cần cột này nên vẫn đọc và in cột này',
  'Show it in Excel (select the columns on both sides › Unhide) to see what is printed from it.':
    'Hãy hiện lại cột trong Excel (chọn hai cột hai bên › Bỏ ẩn) để xem những gì sẽ được in từ cột này.',
  'a double quote (") inside a cell, after "{0}"': 'có dấu ngoặc kép (") nằm giữa một ô, sau “{0}”',
  'a double quote (") ends a cell, but more text follows it in the cell':
    'dấu ngoặc kép (") kết thúc một ô nhưng sau nó trong ô vẫn còn chữ',
  'a cell opens with a double quote (") that is never closed':
    'một ô mở dấu ngoặc kép (") nhưng không có dấu đóng',
  'the rows and cells cannot be told apart': 'không tách được các dòng và ô',
  'the cell has a formula but the file holds no result for it':
    'ô có công thức nhưng tệp chưa lưu kết quả',
  'Open the file in Excel (or LibreOffice) and save it again: the results are saved with it.':
    'Mở tệp bằng Excel (hoặc LibreOffice) rồi lưu lại: kết quả sẽ được lưu cùng tệp.',
  // Renumbered ids (load/groups/renumbered.ts).
  'id {0} was "{1}", now "{2}"': 'mã {0} trước là “{1}”, nay là “{2}”',
  'and {0} more ids': 'và {0} mã khác',
  'id {0} ("{1}")': 'mã {0} (“{1}”)',
  'id {0} ("{1}"), now "{2}"': 'mã {0} (“{1}”), nay ghi “{2}”',
  '{0} ids of the list in use are not in the new list: {1}; the links already sent to their leaders no longer open, and their figures are not counted':
    '{0} mã của danh sách đang dùng không còn trong danh sách mới: {1}; đường dẫn đã gửi cho các {term.leader} này không mở được nữa, và số liệu của họ không được tính',
  'Ids that lost their leading zeros ("01" → "1") were most likely changed by Excel saving the list as CSV: type the ids as they were (as text), or use the original workbook.':
    'Mã mất số 0 ở đầu (“01” thành “1”) thường là do Excel bỏ đi khi lưu danh sách thành CSV: hãy gõ lại mã như cũ (dạng chữ), hoặc dùng tệp Excel gốc.',
  "Keep each group's id as it was in the list the leaders' links were sent from.":
    'Giữ nguyên mã của từng {term.short} như trong danh sách đã dùng để gửi đường dẫn cho các {term.leader}.',
  "{0}: the links already sent to the group leaders would open the wrong group's page, and the figures they reported would count for another group":
    '{0}: đường dẫn đã gửi cho {term.leader} sẽ mở sai {term.short}, và số liệu họ đã báo cáo sẽ tính cho {term.short} khác',
  'Keep each group\'s old number in the STT column (do not renumber after deleting a row), or add a "Mã tổ" column with a code that never changes.':
    'Giữ nguyên STT cũ của từng {term.short} (không đánh số lại sau khi xoá dòng), hoặc thêm cột “Mã {term.short}” ghi mã cố định của từng {term.short}.',
  'the "{0}" column is empty in {1} rows ({2}): those groups\' papers print nothing where the campaign\'s text has {{{3}}}':
    'cột “{0}” để trống ở {1} dòng ({2}): giấy in của các {term.short} này sẽ bỏ trống chỗ nội dung ghi {{{3}}}',
  'Fill in those cells of the groups file, or put the sentence inside {{#if {0}}}…{{/if}} so that it prints only where the cell has a value.':
    'Điền các ô đó trong danh sách {term.short}, hoặc đặt câu đó trong {{#if {0}}}…{{/if}} để câu chỉ in khi ô có giá trị.',
  // A day a printed date column holds that is wrong for the notice (output/printed-days.ts).
  '"{0}" has no year, while the column\'s other cells are dates (the notice is dated {1})':
    '“{0}” không có năm, trong khi các ô khác của cột ghi ngày đủ năm (văn bản ban hành ngày {1})',
  '"{0}" has no year, while the column\'s other cells are dates':
    '“{0}” không có năm, trong khi các ô khác của cột ghi ngày đủ năm',
  '"{0}" has no year and is the notice\'s own date {1}':
    '“{0}” không có năm và trùng ngày ban hành {1}',
  '"{0}" has no year and, in the notice\'s year, is before its date {1}':
    '“{0}” không có năm, và nếu là năm ban hành thì trước ngày ban hành {1}',
  '"{0}" is the notice\'s own date {1}: residents get the paper on that day':
    '“{0}” trùng ngày ban hành {1}: người dân nhận giấy đúng ngày đó',
  '"{0}" is before the notice\'s date {1}: residents get the paper after that day':
    '“{0}” trước ngày ban hành {1}: người dân nhận giấy khi ngày đó đã qua',
  "Check that cell: write the day with its year (day/month/year), after the notice's date. The {term.short}'s papers print the cell as it is.":
    'Kiểm tra lại ô đó: ghi ngày đủ ngày/tháng/năm, sau ngày ban hành. Giấy in của {term.short} này in đúng như ô đang ghi.',
  'the day {0} is not on the calendar': 'ngày {0} không có trong lịch',
  // A weekday its date contradicts, an hour no clock has (load/day-time-slips.ts).
  '{0} is a {1}, not a {2}': '{0} là {1}, không phải {2}',
  '"{0}" is no hour of the day (hours 0 to 23, minutes 0 to 59)':
    '“{0}” không phải giờ trong ngày (giờ từ 0 đến 23, phút từ 0 đến 59)',
  '"{0}" ends at {1}, before it starts at {2}': '“{0}”: giờ kết thúc {1} trước giờ bắt đầu {2}',
  "Correct the weekday or the date in that cell. The {term.short}'s papers print the cell as it is.":
    'Sửa lại thứ hoặc ngày trong ô đó. Giấy in của {term.short} này in đúng như ô đang ghi.',
  "Correct the hours in that cell. The {term.short}'s papers print the cell as it is.":
    'Sửa lại giờ trong ô đó. Giấy in của {term.short} này in đúng như ô đang ghi.',
  "Check that cell against the calendar (day/month/year). The {term.short}'s papers print the cell as it is.":
    'Kiểm tra lại ô đó theo lịch (ngày/tháng/năm). Giấy in của {term.short} này in đúng như ô đang ghi.',
  // A cell the time prints that says no date or time (output/empty-cells.ts undatedWhenWarnings).
  '"{0}" has no date or time: the flyer will print "{1}"':
    '“{0}” không có ngày giờ: tờ rơi sẽ in “{1}”',
  // A day of the time line without its year that either year may mean (output/empty-cells.ts).
  // A day without its year (output/empty-cells.ts): the deadline's words, then the time's.
  '"{0}" has no year: in the notice\'s year it is {1}, before the notice\'s date {2}, and in the next year {3}, months after it':
    '“{0}” không ghi năm: nếu là năm ban hành thì là ngày {1}, trước ngày ban hành {2}; nếu là năm sau thì là ngày {3}, nhiều tháng sau đó',
  "{0}. The {term.leader}'s page leaves this day out when it says the campaign has ended":
    '{0}. Trang của {term.leader} không tính ngày này khi báo chiến dịch đã kết thúc',
  'Write the day with its year: {0} or {1}.': 'Ghi ngày đủ năm: {0} hoặc {1}.',
  // A deadline day before the notice's date, or past on the day the papers are made (output/empty-cells.ts).
  '"{0}" is before the notice\'s date {1}: residents get the paper when the deadline has passed':
    '“{0}” trước ngày ban hành {1}: người dân nhận giấy khi đã quá hạn',
  '"{0}" has passed: today is {1}, and the papers would print a deadline that is over':
    '“{0}” đã qua: hôm nay là ngày {1}, giấy in ra sẽ ghi một thời hạn đã hết',
  "Write the deadline as a day after the notice's date, with its year (day/month/year).":
    'Ghi thời hạn là một ngày sau ngày ban hành, đủ ngày/tháng/năm.',
  'Give a new deadline, or correct the day if it was typed wrong.':
    'Ghi thời hạn mới, hoặc sửa lại ngày nếu gõ nhầm.',
  "Write the date and time in that cell once they are set; until then, hold back that group's flyer and posters.":
    'Khi đã có lịch, ghi ngày giờ vào ô đó; trước đó, chưa phát tờ rơi, chưa dán áp phích của {term.short} này.',
  // The time and place lines of groups with empty cells (output/empty-cells.ts joinedLineWarnings).
  'the "{0}" line of {1} {term.short} prints what their cells hold, leaving out the empty ones: {2}':
    'dòng “{0}” của {1} {term.short} có ô trống trong danh sách, chỉ in phần có chữ: {2}',
  '{0} ({1}, column {2} empty): "{3}: {4}"': '{0} ({1}, cột {2} để trống) in “{3}: {4}”',
  '{0} ({1}, column {2} empty): no "{3}" line': '{0} ({1}, cột {2} để trống) không in dòng “{3}”',
  'and {0} more {term.short}': 'và {0} {term.short} khác',
  'and {0} more measures': 'và {0} chỉ tiêu khác',
  'the campaign\'s text has {{{0}}} inside a sentence: for {1} {term.short} whose "{2}" prints nothing ({3}) the sentence prints with nothing in its place':
    'nội dung chiến dịch có {{{0}}} ở giữa câu: {1} {term.short} không có “{2}” ({3}) sẽ in câu đó với chỗ trống',
  'Fill in those cells of the groups file if the line should say more.':
    'Nếu dòng đó cần ghi đủ, hãy điền các ô đó trong danh sách {term.short}.',
  'printed as typed, not filled in for each group: its {{…}} prints with its braces':
    'in nguyên văn như đã gõ, không điền riêng cho từng {term.short}: {{…}} trong mục này sẽ in ra cả dấu ngoặc',
  "Only the notice's body and recipients, the actions, the time and place (when, where) and the slogan take a group's values: write the group's own date, time or place in one of them, or take the {{…}} out of this field.":
    'Chỉ các mục “Nội dung”, “Kính gửi”, “Việc người dân cần làm”, “Thời gian”, “Địa điểm” và “Khẩu hiệu” điền được thông tin riêng của từng {term.short}: ghi ngày, giờ, địa điểm riêng của {term.short} ở một trong các mục đó, hoặc bỏ {{…}} khỏi mục này.',
  // Groups whose poster or flyer prints only its title (output/title-only.ts).
  'the {0} of {1} {term.short} have no time, place or action to print: their time and place cells are empty ({2})':
    '{0} của {1} {term.short} không có thời gian, địa điểm hay việc cần làm để in: ô thời gian và địa điểm trong danh sách để trống ({2})',
  "Fill in those cells of the groups file; until then, hold back those {term.short}' posters and flyers.":
    'Điền các ô đó trong danh sách {term.short}; trước đó, chưa dán áp phích, chưa phát tờ rơi của các {term.short} này.',
  // A file picked by mistake (load/groups/file-kind.ts).
  'the file is a PDF document, not a table': 'tệp này là tài liệu PDF, không phải bảng danh sách',
  'the file is a picture ({0}), not a table': 'tệp này là ảnh ({0}), không phải bảng danh sách',
  'A PDF or a picture cannot be read back into a table: give the list as the Excel workbook (.xlsx) it was made from, or a CSV saved from it.':
    'Không đọc được bảng từ tệp PDF hay ảnh: hãy đưa sổ tính Excel (.xlsx) gốc của danh sách, hoặc tệp CSV lưu từ sổ tính đó.',
  'the file is a Word document, not CSV': 'tệp này là văn bản Word, không phải tệp CSV',
  "the file is not text: it holds another kind of data under a table's name":
    'tệp này không phải bảng dạng chữ: nội dung là một loại tệp khác, chỉ mang tên của bảng',
  'Check that the right file was picked; give the list as an Excel workbook (.xlsx) or CSV UTF-8.':
    'Kiểm tra xem đã chọn đúng tệp chưa; đưa danh sách dạng sổ tính Excel (.xlsx) hoặc CSV UTF-8.',
});

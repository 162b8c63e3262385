/**
 * The names a group's ZIP gives the Hải Phòng example's documents of Tổ dân phố số 5 (its name
 * in groups.csv, then each document's title), in the registry's order: the same in the leader's
 * ZIP from `serve` and in the build's out/zip/ (one naming rule for both).
 */
export const GROUP_5_ZIP_NAMES = [
  'Tổ dân phố số 5 - Thông báo của phường.pdf',
  'Tổ dân phố số 5 - Áp phích A4.pdf',
  'Tổ dân phố số 5 - Áp phích A3.pdf',
  'Tổ dân phố số 5 - Ảnh chia sẻ Zalo.png',
  'Tổ dân phố số 5 - Tờ rơi cuộc thi.pdf',
  'Tổ dân phố số 5 - Ảnh tờ rơi cuộc thi.png',
  'Tổ dân phố số 5 - Phiếu kiểm tra các bước dự thi.pdf',
  'Tổ dân phố số 5 - Bảng theo dõi của tổ.pdf',
];

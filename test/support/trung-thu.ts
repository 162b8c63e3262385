/**
 * A Trung thu campaign's actions besides handing out the gifts: the receipt list's tests
 * (tracker-receipt*.test.ts) fill a sheet's tick columns with them, as a ward's festival has them.
 */
export const TRUNG_THU_STEPS: readonly string[] = [
  'Đưa con em đến nhà văn hoá tổ đúng giờ',
  'Đăng ký tiết mục văn nghệ',
  'Tham gia rước đèn',
  'Dọn vệ sinh sân nhà văn hoá',
  'Trang trí đèn lồng',
  'Chuẩn bị mâm cỗ trông trăng',
  'Tham gia phá cỗ',
  'Giữ trật tự khi ra về',
];

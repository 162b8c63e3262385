/**
 * The synthetic ward of the tests and the bench: a groups CSV of N rows shaped like
 * examples/hai-phong/groups.csv (ids 1..N, "Tổ dân phố số i", leaders with diacritics, phone,
 * venue, households, population), as a ward's spreadsheet exports it (UTF-8 BOM, ";", CRLF).
 * Every row differs (phone, venue, counts), so no two groups' documents are the same.
 */
const HEADER = 'STT;Tên tổ dân phố;Tổ trưởng;Số điện thoại;Địa chỉ nhà văn hóa;Số hộ;Số nhân khẩu';
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Thị Thu', 'Minh', 'Quốc', 'Thị Ngọc', 'Hữu'];
const GIVEN = ['Hùng', 'Hằng', 'Thắng', 'Ánh', 'Dũng', 'Yến', 'Tuấn', 'Hương', 'Cường', 'Ngọc'];
const STREETS = ['Mê Linh', 'Hàng Kênh', 'Chợ Con', 'Dư Hàng', 'Tô Hiệu', 'Lạch Tray'];

export function leaderName(i: number, salt = 0): string {
  const pick = <T>(list: readonly T[], n: number) => list[n % list.length] as T;
  return `${pick(FAMILY, i + salt)} ${pick(MIDDLE, i * 3 + salt)} ${pick(GIVEN, i * 7 + salt)}`;
}

/** Row i of the ward, with its leader's name from `leaderOf`. */
export function wardRow(i: number, leaderOf: (i: number) => string = leaderName): string {
  const phone = `09${String(10_000_000 + ((i * 7_919) % 89_999_999)).padStart(8, '0')}`;
  const street = STREETS[i % STREETS.length];
  const households = 150 + ((i * 37) % 350);
  return [
    i,
    `Tổ dân phố số ${i}`,
    leaderOf(i),
    `${phone.slice(0, 4)} ${phone.slice(4, 7)} ${phone.slice(7)}`,
    `Nhà văn hóa Tổ dân phố số ${i}, ${10 + i} phố ${street}`,
    households,
    households * 3 + (i % 97),
  ].join(';');
}

/** The groups CSV of groups 1..n. */
export function wardCsv(n: number, leaderOf?: (i: number) => string): string {
  const lines = [HEADER];
  for (let i = 1; i <= n; i++) lines.push(wardRow(i, leaderOf));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

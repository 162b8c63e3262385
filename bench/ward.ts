/**
 * Bench: the synthetic ward — a groups CSV of N rows shaped like examples/hai-phong/groups.csv
 * (ids 1..N, "Tổ dân phố số i", leaders with diacritics, phone, venue, households, population),
 * and the one-row edit used to time an incremental re-run.
 */
import { readFile, writeFile } from 'node:fs/promises';

const HEADER = 'STT;Tên tổ dân phố;Tổ trưởng;Số điện thoại;Địa chỉ nhà văn hóa;Số hộ;Số nhân khẩu';
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Thị Thu', 'Minh', 'Quốc', 'Thị Ngọc', 'Hữu'];
const GIVEN = ['Hùng', 'Hằng', 'Thắng', 'Ánh', 'Dũng', 'Yến', 'Tuấn', 'Hương', 'Cường', 'Ngọc'];
const STREETS = ['Mê Linh', 'Hàng Kênh', 'Chợ Con', 'Dư Hàng', 'Tô Hiệu', 'Lạch Tray'];

export function leaderName(i: number, salt = 0): string {
  const pick = <T>(list: readonly T[], n: number) => list[n % list.length] as T;
  return `${pick(FAMILY, i + salt)} ${pick(MIDDLE, i * 3 + salt)} ${pick(GIVEN, i * 7 + salt)}`;
}

function row(i: number, leader = leaderName(i)): string {
  const phone = `09${String(10_000_000 + ((i * 7_919) % 89_999_999)).padStart(8, '0')}`;
  const street = STREETS[i % STREETS.length];
  const households = 150 + ((i * 37) % 350);
  return [
    i,
    `Tổ dân phố số ${i}`,
    leader,
    `${phone.slice(0, 4)} ${phone.slice(4, 7)} ${phone.slice(7)}`,
    `Nhà văn hóa Tổ dân phố số ${i}, ${10 + i} phố ${street}`,
    households,
    households * 3 + (i % 97),
  ].join(';');
}

/** Writes a groups CSV with groups 1..n (CRLF, UTF-8 BOM, as a ward's spreadsheet exports it). */
export async function writeWard(file: string, n: number): Promise<void> {
  const lines = [HEADER];
  for (let i = 1; i <= n; i++) lines.push(row(i));
  await writeFile(file, `\uFEFF${lines.join('\r\n')}\r\n`);
}

/** Changes the leader of group `id` in place: one group's inputs change, nothing else. */
export async function changeLeader(file: string, id: number, salt: number): Promise<void> {
  const text = await readFile(file, 'utf8');
  const lines = text.split('\r\n');
  const at = lines.findIndex((l) => l.startsWith(`${id};`));
  if (at < 0) throw new Error(`bench: group ${id} not in ${file}`);
  lines[at] = row(id, `${leaderName(id, salt)} ${['Sơn', 'Lộc', 'Phúc'][salt % 3]}`);
  await writeFile(file, lines.join('\r\n'));
}

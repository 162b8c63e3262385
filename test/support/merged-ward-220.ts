/**
 * A merged ward's 220 tổ (qa44 m8: Lạch Tray 62, Hàng Kênh 58, Dư Hàng Kênh 55, An Biên 45, each
 * numbering its tổ from 1, a "Phường cũ" column), as a groups.csv for the example campaign.
 */
export const OLD_WARDS: [string, number][] = [
  ['Lạch Tray', 62],
  ['Hàng Kênh', 58],
  ['Dư Hàng Kênh', 55],
  ['An Biên', 45],
];
export const ROWS = OLD_WARDS.flatMap(([ward, n]) =>
  Array.from({ length: n }, (_, i) => ({ ward, name: `Tổ dân phố số ${i + 1}` })),
);
export const CSV = `STT,Tên tổ dân phố,Phường cũ,Tổ trưởng,SĐT,Số hộ,Số nhân khẩu
${ROWS.map((r, i) => `${i + 1},${r.name},${r.ward},Trưởng tổ ${i + 1},0912 ${String(100000 + i).slice(0, 3)} ${String(i).padStart(3, '0')},${100 + i},${400 + i}`).join('\n')}
`;

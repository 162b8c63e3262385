/**
 * Test support: an election campaign like qa22's (7 tổ, "Số cử tri", "Khu vực bỏ phiếu" shared by
 * 2–3 tổ, "Điểm bỏ phiếu"), its groups list, and the sums and rates a test expects of it, worked
 * out from the list here.
 */
export const campaign = (totalsBy = '') => `issued: 2026-03-02
issuer:
  name: [UBND PHƯỜNG LÊ CHÂN, ỦY BAN BẦU CỬ]
  ward: phường Lê Chân
  place: Hải Phòng
  office: Ủy ban bầu cử
notice:
  number: 3
  symbol: TB-UBBC
  subject: bầu cử đại biểu Quốc hội và Hội đồng nhân dân các cấp
  body: Đề nghị các tổ dân phố thông báo để cử tri đi bầu đầy đủ./.
  signer: { lines: [TM. ỦY BAN BẦU CỬ, CHỦ TỊCH], name: Nguyễn Văn Quyết }
  cc: ["Lưu: VT, UBBC."]
title: Bầu cử
actions:
  - { step: Đi bầu cử, column: Đã đi bầu }
measures:
  - { id: di_bau, label: Số cử tri đã đi bầu, of: Số cử tri }
${totalsBy}`;

/** id, voters, polling area: as qa22's bau-cu-to.xlsx (7 tổ, 2–3 a polling area). */
export const TO = [
  ['1', 398, 'Số 1'],
  ['2', 361, 'Số 1'],
  ['3', 455, 'Số 1'],
  ['4', 322, 'Số 2'],
  ['5', 487, 'Số 2'],
  ['6', 270, 'Số 3'],
  ['7', 379, 'Số 3'],
] as const;
export const groupsCsv = `Mã tổ;Tên tổ dân phố;Tổ trưởng;Số hộ;Số cử tri;Khu vực bỏ phiếu;Điểm bỏ phiếu\n${TO.map(
  ([id, voters, area]) =>
    `${id};Tổ dân phố số ${id};Nguyễn Văn A;120;${voters};${area};Nhà văn hóa khu vực ${area}`,
).join('\n')}\n`;

export const vi = (n: number) => n.toLocaleString('de-DE');
/** value / base in a Vietnamese reader's percent, to a tenth, rounded half up. */
export const pct = (value: number, base: number) =>
  `${(Math.round((value * 1000) / base) / 10).toFixed(1).replace('.', ',')}%`;
export const voters = (ids: readonly string[]) =>
  TO.filter(([id]) => ids.includes(id)).reduce((sum, [, v]) => sum + v, 0);
export const ALL = TO.map(([id]) => id);

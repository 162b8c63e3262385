/**
 * Load stage, rosters: the headers a roster's columns are known by. A group's own roster has the
 * resident's number, name, address, phone and year of birth (`ROSTER_COLUMNS`); a ward-wide list
 * ("DS hộ sơ tán": Tổ, Họ tên chủ hộ, Địa chỉ…) has the same and a column naming each row's
 * group, by its id ("Mã tổ") or its name ("Tổ", "Tên tổ dân phố") as the groups file writes
 * them (`WARD_ROSTER_COLUMNS`). A leaf module: the groups loader asks it whether a workbook's
 * other sheet is such a list.
 */
import {
  type ColumnSpec,
  HEADERS,
  isRowCounter,
  normaliseHeader,
  PHONE_HEADERS,
} from './groups/columns.js';
import { listHeader } from './groups/prepare.js';
import type { RawTable } from './groups/table.js';

export type RosterField = 'no' | 'name' | 'address' | 'phone' | 'born' | 'amount' | 'exempt';

const ROSTER_HEADERS: Readonly<Record<RosterField, readonly string[]>> = {
  no: ['STT', 'Số TT', 'TT', 'Số thứ tự', 'no'],
  // "Họ và tên" is read as "Họ tên" (columns.ts).
  name: ['Họ và tên', 'Chủ hộ', 'Họ tên chủ hộ', 'Tên chủ hộ', 'name', 'full name'],
  address: [
    'Địa chỉ',
    'Số nhà',
    'Địa chỉ thường trú',
    'Địa chỉ nơi ở',
    'Nơi ở',
    'Nơi ở hiện nay',
    'Chỗ ở hiện nay',
    'address',
  ],
  phone: [...PHONE_HEADERS, 'phone'],
  born: [
    'Năm sinh',
    'Ngày sinh',
    'Ngày tháng năm sinh',
    'Ngày, tháng, năm sinh',
    'born',
    'year of birth',
  ],
  // What each person is handed (a mừng thọ's "Mức quà"): printed on a hand-out's receipt list
  // (model/roster-extras.ts).
  amount: [
    'Số tiền',
    'Mức quà',
    'Mức hỗ trợ',
    'Số tiền hỗ trợ',
    'Thành tiền',
    'Mức tiền',
    // What each household owes a fund (qa57 M2: "Số tiền phải nộp (đồng)"), printed on its
    // collection list beside what it paid.
    'Số tiền phải nộp',
    'Số tiền phải đóng',
    'Số tiền phải thu',
    'Mức đóng',
    'Mức nộp',
    'Phải nộp',
    'amount',
  ],
  // Why a household owes nothing (a fund's "Hộ nghèo"), printed on its collection list (qa57 M2).
  exempt: [
    'Diện miễn',
    'Thuộc diện miễn',
    'Đối tượng miễn',
    'Đối tượng được miễn',
    'Diện miễn giảm',
    'Miễn giảm',
    'Lý do miễn',
    'exempt',
  ],
};

/** A roster's header of the year of birth ("Năm sinh", "Ngày sinh"). */
export const isBornHeader = (header: string): boolean =>
  ROSTER_HEADERS.born.some((h) => normaliseHeader(h) === normaliseHeader(header));

/** Accepted headers per column, English alias last; the earlier entry wins when two match. */
export const ROSTER_COLUMNS: ColumnSpec<RosterField, 'name'> = {
  headers: ROSTER_HEADERS,
  required: ['name'],
  expected: { name: 'Họ và tên' },
};

export type WardRosterField = RosterField | 'groupId' | 'group';

/**
 * A ward-wide list's columns: the roster's, and the group's id ("Mã tổ", "Mã thôn": the groups
 * file's id headers but its row counters, which here count the residents, and a bare "Mã", which
 * may be a household's code) and its name or number ("Tổ": "1" or "Tổ 1"; the groups file's name
 * headers but the English "name", which is the resident's). Listed first: a header both could
 * take is the group's.
 */
export const WARD_ROSTER_COLUMNS: ColumnSpec<WardRosterField, 'name'> = {
  headers: {
    groupId: HEADERS.id.filter((h) => !isRowCounter(h) && !['Mã', 'Mã số', 'id'].includes(h)),
    group: [
      ...HEADERS.name.filter((h) => h !== 'name'),
      'Tổ',
      'Tổ số',
      'Thuộc tổ',
      'Thuộc tổ dân phố',
      'group',
    ],
    ...ROSTER_HEADERS,
  },
  required: ['name'],
  expected: { name: 'Họ và tên' },
};

/** Whether a sheet (or a text table) is a ward-wide list: a name column and a group column. */
export function holdsWardRoster(table: RawTable): boolean {
  const found = listHeader(table, WARD_ROSTER_COLUMNS);
  return found !== undefined && (found.columns.group ?? found.columns.groupId) !== undefined;
}

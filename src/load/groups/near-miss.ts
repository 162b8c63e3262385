/**
 * Load stage, groups: a column no field took but whose header looks like one ("Số hộ thường
 * xuyên", "Điện thoại nhà riêng"). In: the header row, the matched columns and the extra ones.
 * Out: a warning per such column naming the field it probably means, so a leader's name or a
 * household count is not lost to a header typed another way.
 *
 * Only for a field no column took, and never for a column about another person or a part of
 * the group ("Số hộ nghèo", "Tổ phó", "Điện thoại công an khu vực"): those are the ward's own
 * columns, printed by header when a template asks.
 */
import { UserError } from '../../errors.js';
import { msg } from '../../messages/message.js';
import { UNITS } from '../unit-words.js';
import { type Column, type Field, normaliseHeader } from './columns.js';

/** The header a user is offered for each field: the README's first name for it. */
const LABELS: Readonly<Record<Field, string>> = {
  id: 'STT',
  name: 'Tên tổ dân phố',
  leader: 'Tổ trưởng',
  phone: 'Số điện thoại',
  venue: 'Nhà văn hoá',
  households: 'Số hộ',
  population: 'Số nhân khẩu',
};

/**
 * What follows "trưởng" in a unit's head's title: each unit word's first word and each
 * abbreviation, normalised ("to", "khu", "thon", …, "tdp"), from load/unit-words.ts.
 */
const HEADED = [
  ...new Set(UNITS.flatMap((u) => [u.word.split(' ')[0] ?? '', u.short ?? ''].filter(Boolean))),
]
  .map(normaliseHeader)
  .join('|');

/** Words of a header (normalised: no marks, lower case) that point to a field, in the order tried. */
const CUES: readonly (readonly [Field, RegExp])[] = [
  ['phone', /\b(?:dien thoai|sdt|so dt|dtdd|di dong|zalo)\b/],
  ['population', /\b(?:nhan khau|khau|dan so|so dan|so nguoi)\b/],
  ['households', /\b(?:so ho|tong ho|ho gia dinh|ho dan)\b/],
  ['leader', new RegExp(`\\b(?:to truong|truong (?:${HEADED}))\\b`)],
  ['venue', /\b(?:van hoa|nvh|dia diem|sinh hoat)\b/],
  ['id', /^(?:ma|so thu tu|thu tu|stt)\b/],
  ['name', /^ten\b/],
];

/** A column about someone else or a part of the group: never offered as a field. */
const OTHER =
  /\b(?:ngheo|can ngheo|kinh doanh|chinh sach|tam tru|tam vang|dang vien|tre em|cao tuoi|to pho|pho truong|pho bi thu|bi thu|cong an|mat tran|phu nu|thanh nien|cuu chien binh|nu|nam|chi bo|doan)\b/;

/** The field a header probably means, when no column took it. */
export function nearestField(header: string, taken: ReadonlySet<string>): Field | undefined {
  const text = normaliseHeader(header);
  if (OTHER.test(text)) return undefined;
  return CUES.find(([field, cue]) => !taken.has(field) && cue.test(text))?.[0];
}

/**
 * The two fields a header names at once ("Trưởng thôn - SĐT": the leader and the phone), in the
 * header's order, when no column took either; undefined otherwise.
 */
function twoFields(header: string, taken: ReadonlySet<string>): [Field, Field] | undefined {
  const text = normaliseHeader(header);
  if (OTHER.test(text)) return undefined;
  const found = CUES.flatMap(([field, cue]) => {
    const at = taken.has(field) ? -1 : text.search(cue);
    return at >= 0 ? [{ field, at }] : [];
  }).sort((x, y) => x.at - y.at);
  const [a, b] = found;
  return a && b && found.length === 2 ? [a.field, b.field] : undefined;
}

export function nearMissWarnings(
  columns: Partial<Record<Field, Column>>,
  extras: readonly Column[],
  file: string,
  headerRow: number,
): UserError[] {
  const taken = new Set<string>(Object.keys(columns));
  return extras.flatMap((col) => {
    const both = twoFields(col.header, taken);
    if (both) {
      // "Trưởng thôn - SĐT" (cells "Nguyễn Văn A - 0912…"): renamed as either field, the other
      // would be read as it (qa7 L10); split, each is read.
      for (const f of both) taken.add(f);
      // The leader's header in the ward's word ("Trưởng thôn"), as the loader reads it too.
      const [a, b] = both.map((f) => (f === 'leader' ? msg`Group leader` : LABELS[f]));
      return [
        new UserError(
          msg`the column "${col.header}" holds two fields, "${a ?? ''}" and "${b ?? ''}": neither is read from it`,
          { file, row: headerRow, field: col.header },
          msg`Split it into two columns headed "${a ?? ''}" and "${b ?? ''}" (Excel: Data › Text to Columns), so that each is printed.`,
        ),
      ];
    }
    const field = nearestField(col.header, taken);
    if (!field) return [];
    // One column per field: a second look-alike is the ward's own column.
    taken.add(field);
    // A place named for the campaign ("Địa điểm bỏ phiếu") is the venue as "Địa điểm": renamed
    // "Nhà văn hoá", a polling place would read as a cultural house (qa5 G10).
    const label =
      field === 'venue' && /\bdia diem\b/.test(normaliseHeader(col.header))
        ? 'Địa điểm'
        : LABELS[field];
    return [
      new UserError(
        msg`the column "${col.header}" is not used: is it "${label}"?`,
        { file, row: headerRow, field: col.header },
        msg`If so, rename the column "${label}" (README.md › Inputs › Groups lists the headers read); if not, this warning can be ignored.`,
      ),
    ];
  });
}

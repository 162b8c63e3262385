/**
 * Serve stage (and the studio): figures the store holds that the campaign no longer counts
 * (results/unlisted.ts), said to the office in Vietnamese — which groups or measures, that the
 * figures are kept, and how to have them counted again. One sentence a kind, for serve's
 * /admin/ket-qua, the studio's Kết quả tab and its pages after a save.
 */
import { type Counted, firstNamed } from '../messages/first-named.js';
import { say } from '../messages/message.js';
import { formatFigure } from '../model/format.js';
import type { GroupTerm } from '../model/group-term.js';
import { type MeasureOf, reportedUnit } from '../model/measure-base.js';
import { type Unlisted, unlistedGroupName } from '../results/unlisted.js';

/** Groups named in the sentence; the rest are counted ("và 30 tổ khác"). */
const NAMED = 20;

const listed = (names: readonly string[], what: Counted, term: GroupTerm): string =>
  say(firstNamed(names, NAMED, what, '; '), 'vi', term);

/**
 * `place`: where it is read. `serve`'s office edits campaign.yaml itself; the studio's office
 * never sees that file nor a measure's id: it is told the measure by its line in the Chỉ tiêu
 * field (`lines`, by id: the studio keeps the line of a measure taken out, studio/
 * retired-measures.ts) and that writing that line back counts the figures again (qa24 F12).
 */
export function unlistedSaid(
  u: Unlisted,
  term: GroupTerm,
  place: 'serve' | 'studio' = 'serve',
  lines: ReadonlyMap<string, string> = new Map(),
  /** The campaign's measures: each group named with its figures ("Tổ dân phố 8 (mã 8): 90 hộ"). */
  measures: readonly (MeasureOf & { id: string })[] = [],
): string[] {
  const said: string[] = [];
  const n = u.groups.length;
  if (n > 0) {
    const named = u.groups.map((g) => {
      const figures = measures.flatMap((m) => {
        const v = g.values?.[m.id];
        return v === undefined ? [] : [`${formatFigure(v)} ${reportedUnit(m)}`];
      });
      return `${unlistedGroupName(g)}${figures.length ? `: ${figures.join(', ')}` : ''}`;
    });
    // A merger is the common case (qa26 F2): adding the group back would undo it.
    const merged =
      place === 'studio'
        ? `Nếu ${term.short} đã sáp nhập vào ${term.short} khác, hãy cộng số này vào ${term.short} mới ở “Nhập, sửa”, rồi xoá số liệu của ${term.short} cũ (mở “Nhập, sửa” với mã cũ) để không tính hai lần.`
        : `Nếu ${term.short} đã sáp nhập vào ${term.short} khác, hãy đề nghị ${term.leader} của ${term.short} mới gửi số đã cộng cả số này.`;
    said.push(
      `${n} ${term.short} có số liệu nhưng không còn trong danh sách: ${listed(named, 'groups', term)}. Số liệu ${n > 1 ? `của các ${term.short} này` : `của ${term.short} này`} vẫn được lưu, nhưng không tính vào tổng của Kết quả; báo cáo ghi riêng là chưa tính. ${merged} Nếu bỏ sót, hãy thêm lại vào danh sách ${term.short} với đúng mã cũ: số liệu sẽ được tính lại.`,
    );
  }
  const m = u.measures.length;
  if (m > 0 && place === 'studio') {
    const named = u.measures.map((x) => ({ ...x, line: lines.get(x.id) }));
    const known = named.filter((x) => x.line !== undefined);
    said.push(
      `Có số liệu của ${m} chỉ tiêu không còn trong chiến dịch: ${listed(
        named.map((x) =>
          x.line === undefined
            ? `một chỉ tiêu đã bỏ khỏi ô “Chỉ tiêu” (${x.groups} ${term.short} đã báo cáo)`
            : `“${x.line}” (${x.groups} ${term.short} đã báo cáo)`,
        ),
        'measures',
        term,
      )}. Số liệu này vẫn được lưu, nhưng không tính vào Kết quả và báo cáo. Muốn tính lại, hãy ghi lại đúng dòng cũ vào ô “Chỉ tiêu” (thẻ Nội dung)${
        known.length
          ? `: ${known.map((x) => `“${x.line}”`).join(', ')}`
          : ', tên và “người”, “hộ” hay “đồng” như trước'
      }, rồi bấm Lưu. Muốn đổi tên một chỉ tiêu mà giữ số liệu, hãy sửa tên ngay trên dòng của nó ở ô “Chỉ tiêu” (thẻ Nội dung), giữ nguyên “người”, “hộ” hay “đồng”.`,
    );
  } else if (m > 0) {
    said.push(
      `Có số liệu của ${m} chỉ tiêu không còn trong chiến dịch: ${listed(
        u.measures.map((x) => `mã chỉ tiêu “${x.id}” (${x.groups} ${term.short} đã báo cáo)`),
        'measures',
        term,
      )}. Số liệu này vẫn được lưu, nhưng không tính vào Kết quả và báo cáo. Nếu chỉ đổi tên chỉ tiêu, hãy giữ mã chỉ tiêu cũ (id) trong campaign.yaml: số liệu sẽ được tính lại.`,
    );
  }
  return said;
}

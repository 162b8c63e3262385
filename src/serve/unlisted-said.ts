/**
 * Serve stage (and the studio): figures the store holds that the campaign no longer counts
 * (results/unlisted.ts), said to the office in Vietnamese — which groups or measures, that the
 * figures are kept, and how to have them counted again. One sentence a kind, for serve's
 * /admin/ket-qua, the studio's Kết quả tab and its pages after a save.
 */
import { type Counted, firstNamed } from '../messages/first-named.js';
import { say } from '../messages/message.js';
import type { GroupTerm } from '../model/group-term.js';
import { type Unlisted, unlistedGroupName } from '../results/unlisted.js';

/** Groups named in the sentence; the rest are counted ("và 30 tổ khác"). */
const NAMED = 20;

const listed = (names: readonly string[], what: Counted, term: GroupTerm): string =>
  say(firstNamed(names, NAMED, what, '; '), 'vi', term);

/**
 * `place`: where it is read. `serve`'s office edits campaign.yaml itself; the studio's office
 * never sees that file, and its form keeps a measure's id only when the measure is renamed on
 * its own line (studio/campaign-fields.ts), so it is told that, and who can bring an id back.
 */
export function unlistedSaid(
  u: Unlisted,
  term: GroupTerm,
  place: 'serve' | 'studio' = 'serve',
): string[] {
  const said: string[] = [];
  const n = u.groups.length;
  if (n > 0) {
    said.push(
      `${n} ${term.short} có số liệu nhưng không còn trong danh sách: ${listed(u.groups.map(unlistedGroupName), 'groups', term)}. Số liệu ${n > 1 ? `của các ${term.short} này` : `của ${term.short} này`} vẫn được lưu, nhưng không tính vào Kết quả và báo cáo. Nếu bỏ sót, hãy thêm lại vào danh sách ${term.short} với đúng mã cũ: số liệu sẽ được tính lại.`,
    );
  }
  const m = u.measures.length;
  if (m > 0) {
    said.push(
      `Có số liệu của ${m} chỉ tiêu không còn trong chiến dịch: ${listed(
        u.measures.map((x) => `mã chỉ tiêu “${x.id}” (${x.groups} ${term.short} đã báo cáo)`),
        'measures',
        term,
      )}. Số liệu này vẫn được lưu, nhưng không tính vào Kết quả và báo cáo. ${
        place === 'studio'
          ? 'Muốn đổi tên một chỉ tiêu mà giữ số liệu, hãy sửa tên ngay trên dòng của nó ở ô “Chỉ tiêu” (thẻ Nội dung), giữ nguyên “người” hay “hộ”; muốn tính lại số liệu trên, hãy nhờ người quản trị phần mềm ghi lại mã chỉ tiêu cũ cho chỉ tiêu đó trong tệp chiến dịch.'
          : 'Nếu chỉ đổi tên chỉ tiêu, hãy giữ mã chỉ tiêu cũ (id) trong campaign.yaml: số liệu sẽ được tính lại.'
      }`,
    );
  }
  return said;
}

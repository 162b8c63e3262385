/**
 * Results → model: why nothing is ranked. The first line of "Chỉ tiêu" ranks (standings.ts); when
 * it has no rate (a count of things, "Số dụng cụ … | chiếc") while another line has one, nothing
 * is ranked, and Kết quả and the save of the lines say why and how to rank by that one (qa58b p5:
 * two lines swapped took the ranking away without a word).
 */
import type { Group } from '../load/types.js';
import { baseOf } from '../model/measure-base.js';
import type { Measure } from './figures.js';

/** The first line's label and the first rated line's; undefined when the first is rated, or none is. */
export function unrankedWhy(
  measures: readonly Measure[],
  groups: readonly Group[],
): { first: string; rated: string } | undefined {
  // A line has a rate when some group has its base, as the ward's total has (standings.ts).
  const rates = (m: Measure) => groups.some((g) => baseOf(g, m) !== undefined);
  const [first] = measures;
  const rated = measures.find(rates);
  if (!first || !rated || rated === first) return undefined;
  return { first: first.label, rated: rated.label };
}

/** The sentence of it, Kết quả's and the edit page's after a save. */
export const unrankedSaid = (why: { first: string; rated: string }, short: string): string =>
  `Không xếp hạng ${short} (ở Kết quả và trong báo cáo): ${short} được xếp hạng theo tỷ lệ của dòng đầu tiên ở ô “Chỉ tiêu”, mà dòng đầu “${why.first}” không tính tỷ lệ. Muốn xếp hạng theo “${why.rated}”, đưa dòng đó lên đầu ô Chỉ tiêu rồi bấm Lưu (số liệu đã báo cáo vẫn giữ).`;

/**
 * Results → words: who a rate leaves out, as every results surface says it (the report's lines
 * and notes, the office's pages): "3 tổ chưa có chỉ tiêu", and the groups whose base the list
 * gives as 0 apart from those it gives none (model/measure-base.ts zeroBase): "1 tổ chưa có chỉ
 * tiêu, 2 tổ có chỉ tiêu bằng 0", "1 ấp có 0 trẻ cần tiêm" (as check and build say a count's 0:
 * none there, not a figure lacking). `inList`: the pages' " trong danh sách" after "chưa có …".
 */
import type { Total } from './standings.js';

export function unratedWho(
  unrated: Pick<NonNullable<Total['unrated']>, 'groups' | 'zero'>,
  short: string,
  baseName: string,
  inList = '',
): string {
  const none = unrated.groups - unrated.zero;
  return [
    none > 0 ? `${none} ${short} chưa có ${baseName}${inList}` : '',
    unrated.zero > 0 ? zeroSaid(unrated.zero, short, baseName) : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/** "2 tổ có chỉ tiêu bằng 0", "1 ấp có 0 trẻ cần tiêm". */
export const zeroSaid = (groups: number, short: string, baseName: string): string =>
  `${groups} ${short} có ${zeroBaseSaid(baseName)}`;

/**
 * A base of 0 as the list gives it, after "có": a target's "chỉ tiêu bằng 0"; a count's (its
 * name "số trẻ cần tiêm", model/measure-base.ts baseName) "0 trẻ cần tiêm"; a sum's ("kinh phí",
 * "số tiền được phân bổ") "kinh phí bằng 0".
 */
export const zeroBaseSaid = (baseName: string): string =>
  // A sum is no count: "1 thôn có số tiền được phân bổ bằng 0", not "0 tiền được phân bổ".
  baseName.startsWith('số ') && !/^số (?:tiền|lượng)(?:\s|$)/u.test(baseName)
    ? `0 ${baseName.slice(3)}`
    : `${baseName} bằng 0`;

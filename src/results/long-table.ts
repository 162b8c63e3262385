/**
 * Results: how the office's Kết quả page (the studio's tab and `serve`'s /admin/ket-qua) shows
 * a long table of groups (qa44 m8: a merged ward's 220 tổ made a 43,128 px page on a phone, a
 * card a row): its first rows in the order chosen, then a link to all of them; a search shows
 * all it finds. The list of groups yet to report starts folded when as long.
 */

/** A table longer than this shows its first RESULTS_FIRST_ROWS rows and a link to all. */
export const RESULTS_FOLD_AT = 40;
export const RESULTS_FIRST_ROWS = 20;

/** The query asking for the whole table ("?tat-ca=1"). */
export const ALL_ROWS_QUERY = 'tat-ca';

/**
 * The rows shown of a table of `rows`, and when cut, what the line under it says: the first
 * rows shown of how many, the link's words (`short`: the ward's word for a group, "tổ").
 */
export function shownRows<T>(
  rows: readonly T[],
  opts: { all: boolean; searching: boolean; short: string },
): { shown: readonly T[]; more: { said: string; link: string; after: string } | null } {
  if (opts.all || opts.searching || rows.length <= RESULTS_FOLD_AT)
    return { shown: rows, more: null };
  const { short } = opts;
  return {
    shown: rows.slice(0, RESULTS_FIRST_ROWS),
    more: {
      said: `Đang xem ${RESULTS_FIRST_ROWS} ${short} đầu tiên trong ${rows.length} ${short}, theo cách sắp xếp ở trên.`,
      link: `Xem cả ${rows.length} ${short}`,
      after: `hoặc tìm ${short} ở ô tìm kiếm.`,
    },
  };
}

/** Whether the list of groups yet to report starts folded (its heading the summary). */
export const missingFolded = (count: number) => count > RESULTS_FOLD_AT;

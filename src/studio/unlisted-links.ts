/**
 * Studio: the notices of figures kept for groups the list no longer has (serve/unlisted-said.ts),
 * each such group's "Nhập, sửa" page linked under the sentence that sends the office there
 * (qa58b M6: "xoá số liệu của tổ cũ (mở “Nhập, sửa” với mã cũ)", and no row nor link led to it).
 * One rendering for the Kết quả tab and the Danh sách tổ tab.
 */
import { type Html, html } from './html.js';
import { notice, noticeList } from './layout.js';
import { groupResultsPath } from './routes-results-entry.js';

/** A group no longer listed, with figures: its id and its name as the sentence says it. */
export interface UnlistedGroup {
  id: string;
  /** "Tổ dân phố số 4 (mã 4)" (results/unlisted.ts `unlistedGroupName`). */
  name: string;
}

/**
 * The sentences as warnings; the first — the groups' one, when there are groups — with a link
 * to each group's page.
 */
export function unlistedNotices(
  slug: string,
  said: readonly string[],
  groups: readonly UnlistedGroup[],
): Html[] {
  return said.map((s, i) =>
    i === 0 && groups.length > 0
      ? noticeList(
          'warn',
          s,
          groups.map(
            (g) =>
              html`<a href="${groupResultsPath(slug, g.id)}">Nhập, sửa số liệu của ${g.name}</a>`,
          ),
        )
      : notice('warn', s),
  );
}

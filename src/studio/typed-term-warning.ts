/**
 * Studio: the build's note of a typed "Tên gọi các tổ" that calls every group's head by a word
 * some groups are not (output/typed-term-notes.ts, qa59 M4), in the form's words: the field as
 * the form names it, and what to do there, never a campaign.yaml key. Shown above the form and
 * at the field itself.
 */
import { UserError } from '../errors.js';
import { verbatim } from '../messages/message.js';
import { typedTermNotes } from '../output/typed-term-notes.js';
import { CAMPAIGN_VALUE } from '../template/handlebars.js';

/** The form's field the note is about. */
export const TYPED_TERM_FIELD = 'issuer.group_term';

/** The note, if any, for the typed word over the list's names and unit headers. */
export function typedTermWarnings(
  typed: string | undefined,
  names: readonly string[],
  headers: readonly (string | undefined)[],
): UserError[] {
  return typedTermNotes(typed, names, headers).map((e) => {
    // The build's values: the typed word (×3), how many groups are not one, the word, their names.
    const [word, , , count, , shown] = e.text.values.map(String);
    const [untyped] = (e.hintText?.values ?? []).map(String);
    return new UserError(
      verbatim(
        `“${word}” được ghi làm tên gọi chung, nên những chỗ nói chung về tất cả (Kính gửi, báo cáo, trang của văn phòng) gọi là “Trưởng các ${word}”, “các ${word}”; nhưng ${count} nhóm trong danh sách không phải ${word} (${shown}): người đứng đầu các nhóm đó bị gọi bằng tên của đơn vị khác. Xoá chữ trong ô này rồi bấm Lưu thì những chỗ đó ghi “${untyped}” (giấy tờ của từng nhóm vẫn gọi theo tên của nhóm); hoặc ghi đầy đủ nơi nhận ở ô “Kính gửi”.`,
      ),
      { file: CAMPAIGN_VALUE, field: TYPED_TERM_FIELD },
    );
  });
}

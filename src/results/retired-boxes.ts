/**
 * Results: the boxes of a figures form made before the office changed the campaign's measures
 * (qa43 CRITICAL 1). A leader's page (or the office's group page) opened while a measure was
 * still asked, sent after the office replaced it (a line reworded with another unit, "Vẫn lưu"),
 * posts a box whose measure the campaign no longer has. Only the current measures' boxes were
 * read, so a figure typed there was dropped while the page said "Đã lưu".
 *
 * A box of a measure the campaign no longer has, holding something other than what the page
 * showed in it, is a figure the sender means to give: never dropped unsaid. It is not stored
 * under the measure that replaced it — a count of people is no count of households, and which
 * new line (if any) took the old one's place is the office's to say — nor under the old id, where
 * nothing counts it: nothing of the form is stored, and the form of now is shown with what was
 * typed, saying which figure was not saved and why. A measure reworded in place keeps its id
 * (studio/campaign-fields.ts measuresFromForm), so its box is read as before: that mapping is
 * certain.
 */
import { formatFigure } from '../model/format.js';
import { readFigureText } from './figure-text.js';
import type { Measure } from './figures.js';

/** A box of a measure the campaign no longer has, edited: its measure id, the text, its label. */
export interface RetiredBox {
  id: string;
  text: string;
  /** The measure's label when known (the studio keeps a retired measure's line). */
  label?: string;
}

/** A figure form's box of a measure: "so_<measure id>" (serve/results-form.ts fieldOf). */
const BOX = /^so_([a-z][a-z0-9_]{0,63})$/;

/** The label of a retired measure's line as the Chỉ tiêu field wrote it ("Số người … | người"). */
export const labelOfLine = (line: string) => line.split(' | ')[0]?.trim() || undefined;

/**
 * The boxes of `body` (a form's fields) whose measure is none of `measures` and that hold
 * something else than the page showed in them (`shown`: the figure of the page's base, read
 * from the store's history, which keeps a retired measure's figures). `lines`: each retired
 * measure's line by its id, for its label.
 */
export function retiredBoxes(
  body: Readonly<Record<string, unknown>>,
  measures: readonly Measure[],
  shown: (id: string) => number | undefined,
  lines: ReadonlyMap<string, string> = new Map(),
): RetiredBox[] {
  const current = new Set(measures.map((m) => m.id));
  return Object.entries(body).flatMap(([name, value]): RetiredBox[] => {
    const id = BOX.exec(name)?.[1];
    if (id === undefined || current.has(id)) return [];
    const text = String(value ?? '').trim();
    if (text === '') return [];
    const read = readFigureText(text, true);
    if ('value' in read && read.value === shown(id)) return [];
    const line = lines.get(id);
    const label = line === undefined ? undefined : labelOfLine(line);
    return [{ id, text, ...(label ? { label } : {}) }];
  });
}

/** "333 ghi ở “Số người tham gia tổng vệ sinh”", or "333 ghi ở một chỉ tiêu cũ" (label unknown). */
const boxSaid = (b: RetiredBox) => {
  const read = readFigureText(b.text, true);
  const figure = 'value' in read ? formatFigure(read.value) : `“${b.text}”`;
  return `${figure} ghi ở ${b.label ? `“${b.label}”` : 'một chỉ tiêu cũ'}`;
};

/**
 * What the sender is told, in Vietnamese: first that nothing was saved (a leader told of one
 * figure read the rest as saved: read44 #5), then why, which figures, and what to do. `you`: how
 * the page addresses its reader ("anh/chị" a leader, "bạn" the office); `phone`: the office's,
 * said to a leader.
 */
export function retiredSaid(boxes: readonly RetiredBox[], you: string, phone?: string): string {
  const said = boxes.map(boxSaid);
  const last = said.pop() ?? '';
  const figures = said.length === 0 ? `số ${last}` : `các số ${said.join(', ')} và ${last}`;
  return `Chưa lưu số nào. Văn phòng đã đổi các chỉ tiêu sau khi ${you} mở trang này, nên ${figures} không còn chỉ tiêu để lưu. Biểu mẫu mới ở dưới vẫn giữ các số ${you} vừa ghi: ghi lại theo các chỉ tiêu mới rồi bấm Lưu lại${
    phone ? `, hoặc gọi văn phòng (${phone}) nếu chưa rõ ghi vào ô nào` : ''
  }.`;
}

/** The log's line: the office can find the figures it was sent (English, as every log line). */
export const retiredLogLine = (route: string, groupId: string, boxes: readonly RetiredBox[]) =>
  `figures not saved on ${route}: group ${groupId}: the form was made before the campaign's measures changed; measure(s) no longer in the campaign: ${boxes.map((b) => `${b.id}${b.label ? ` “${b.label}”` : ''} = ${b.text}`).join('; ')}`;

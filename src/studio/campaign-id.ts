/**
 * Studio: the campaign's `id` in campaign.yaml — what the groups' figures are stored under
 * (results/campaign-key.ts). Written once: a new campaign and a copy get a new one (a copy must
 * not show or add to the earlier campaign's figures); a file made before ids gets, the first
 * time the studio saves it, the key its figures are under already, so they stay when the
 * office then corrects the notice's number.
 */
import { randomUUID } from 'node:crypto';
import { type Document, isMap, isScalar, Pair, Scalar } from 'yaml';
import { noticeKey } from '../load/notice-key.js';

/** Beside the id in the file, for whoever opens it in an editor (the office: Vietnamese). */
const NOTE =
  ' mã chiến dịch: số liệu các tổ báo cáo được lưu theo mã này; không sửa, không chép sang chiến dịch khác';

export const newCampaignId = () => randomUUID();

/** Sets the file's `id` (first in the file when new), with a comment saying what it is for. */
export function setCampaignId(doc: Document, id: string): void {
  const map = doc.contents;
  if (!isMap(map)) return;
  const value = new Scalar(id);
  value.comment = NOTE;
  const had = map.items.find((p) => isScalar(p.key) && p.key.value === 'id');
  if (had) {
    // A copy's: replaced where it is, the comments around it kept.
    had.value = value;
    return;
  }
  const key = new Scalar('id');
  // The file's opening comment (the skeleton's, the Word import's) stays above everything.
  const first = map.items[0]?.key;
  if (isScalar(first) && first.commentBefore) {
    key.commentBefore = first.commentBefore;
    first.commentBefore = undefined;
  }
  map.items.unshift(new Pair(key, value));
}

/**
 * `text` with `id` as its id, written as a line of text: for a copied file that is not YAML (a
 * mistake the office mends later), whose copied `id:` line, if any, is the earlier campaign's.
 * Its other lines are kept as they are; the new line goes first (after a "---" or directive
 * that opens the file), where a top-level key always belongs.
 */
export function withIdLine(text: string, id: string): string {
  const lines = text.split('\n').filter((line) => !/^id[ \t]*:/.test(line));
  const head = lines.findIndex((line) => !/^(?:%|---\s*$)/.test(line));
  const at = head < 0 ? lines.length : head;
  lines.splice(at, 0, `id: ${id} #${NOTE}`);
  return lines.join('\n');
}

/**
 * The file's id, written now if it has none: the key its figures were stored under so far (the
 * loader's, load/notice-key.ts: its notice's year, number and symbol, before this save's
 * changes), or a new one when those make no key — a file that never loaded, or a draft awaiting
 * its number, under which no figure is ever stored (the loader refuses a draft with measures and
 * no id) — so that filling in the number later keeps its figures.
 */
export function keepCampaignId(doc: Document): void {
  if (!isMap(doc.contents) || doc.has('id')) return;
  const issued = doc.get('issued');
  const number = doc.getIn(['notice', 'number']);
  const symbol = doc.getIn(['notice', 'symbol']);
  const known =
    typeof issued === 'string' &&
    /^\d{4}-\d{2}-\d{2}$/.test(issued) &&
    typeof number === 'number' &&
    Number.isSafeInteger(number) &&
    number > 0 &&
    typeof symbol === 'string' &&
    symbol.trim() !== ''
      ? noticeKey({ issued, notice: { number, symbol } })
      : undefined;
  setCampaignId(doc, known ?? newCampaignId());
}

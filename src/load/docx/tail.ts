/**
 * Load stage, Word import: the end of a notice: "Nơi nhận:" and its list (left), the signer's
 * titles ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH") and name (right). Word notices
 * set them in a borderless two-column table, or one after the other; either way they come here
 * as lines in reading order.
 */

import { msg } from '../../messages/message.js';
import type { Line } from './lines.js';
import { type Guess, type ImportWarning, sourceOf, warningAt } from './provenance.js';

export const CC_LABEL = /^Nơi\s+nhận\s*:?\s*(.*)$/iu;
/** "TM.", "KT.", "TL.", "TUQ.", "Q." before the body the signer signs for. */
export const SIGNER_MARK = /^(?:TM|KT|TL|TUQ|Q)\.\s*\p{Lu}/u;
/** "- ", "– ", "• ", "+ " before an item typed by hand. */
export const DASH = /^(?:[-–—•+]\s*)+/u;
/** "(Đã ký)", "(Ký, ghi rõ họ tên, đóng dấu)": a placeholder for the signature. */
const SIGNATURE_NOTE = /^\(.*\)$/u;

const isUpper = (s: string) => /\p{L}/u.test(s) && s === s.toLocaleUpperCase('vi');

export interface TailDraft {
  cc: string[];
  signerLines: string[];
  signerName?: string;
  /**
   * The document's appendices after the signature ("PHỤ LỤC", "(Kèm theo …)", its title, its
   * text): each title as typed, each text one paragraph a line ("- " before a list item), as
   * notice.appendix (qa42 F3).
   */
  appendix: { title: string; lines: { text: string; item: boolean }[] }[];
}

/** "PHỤ LỤC", "Phụ lục I", "PHỤ LỤC 2": the head of an appendix after the signature. */
const APPENDIX_LABEL = /^PHỤ\s+LỤC(?:\s+(?:[IVXLC]+|\d+))?\s*$/iu;
/** "(Kèm theo Công văn số 45/UBND-VHXH …)": the tool prints its own under the title. */
const ATTACHED_TO = /^\(\s*Kèm\s+theo\b.*\)$/iu;

/**
 * A line after the signature as part of an appendix: the title while none is read (its
 * upper-case lines), else a line of its text.
 */
function appendixLine(
  appendix: TailDraft['appendix'],
  line: Line,
  from: Map<number, Line[]>,
): void {
  const current = appendix.at(-1);
  if (!current || ATTACHED_TO.test(line.text)) return;
  const at = appendix.length - 1;
  from.set(at, [...(from.get(at) ?? []), line]);
  if (current.lines.length === 0 && isUpper(line.text)) {
    current.title = current.title ? `${current.title} ${line.text}` : line.text;
    return;
  }
  const item = line.para.kind === 'li' || DASH.test(line.text);
  current.lines.push({ text: line.text.replace(DASH, '').trim(), item });
}

/** Between the left column's lines and the right column's, in `readingOrder`. */
const COLUMN_BREAK = { text: '' } as Line;

/**
 * The left column (Nơi nhận) before the right one (the signature). A tail in a two-column table
 * already comes so; one typed with tabs ("Nơi nhận:⇥⇥KT. CHỦ TỊCH", "- Như trên;⇥⇥PHÓ CHỦ TỊCH",
 * "⇥⇥Hồ Văn Tèo") interleaves them line by line: its parts after a tab, and the lines typed after
 * a tab, are the right column.
 */
function readingOrder(lines: readonly Line[]): Line[] {
  if (!lines.some((l) => l.col === 1 && l.box.includes('.'))) return [...lines];
  const right = (l: Line) => l.col === 1 || (l.col === undefined && l.indented === true);
  return [...lines.filter((l) => !right(l)), COLUMN_BREAK, ...lines.filter(right)];
}

export function readTail(lines: readonly Line[]) {
  const draft: TailDraft = { cc: [], signerLines: [], appendix: [] };
  const appendixFrom = new Map<number, Line[]>();
  const guesses: Guess[] = [];
  const warnings: ImportWarning[] = [];
  const ccFrom: Line[] = [];
  const signerFrom: Line[] = [];
  let state: 'start' | 'cc' | 'signer' | 'done' = 'start';
  let ccSeen = false;

  for (const line of readingOrder(lines)) {
    // What follows "PHỤ LỤC" after the signature is the document's appendix, imported as one.
    if (state === 'done' && APPENDIX_LABEL.test(line.text)) {
      draft.appendix.push({ title: '', lines: [] });
      continue;
    }
    if (draft.appendix.length > 0 && line !== COLUMN_BREAK) {
      appendixLine(draft.appendix, line, appendixFrom);
      continue;
    }
    if (line === COLUMN_BREAK) {
      if (state === 'cc') state = 'start';
      continue;
    }
    const label = CC_LABEL.exec(line.text);
    if (label) {
      state = 'cc';
      ccSeen = true;
      const rest = label[1]?.replace(DASH, '').trim();
      if (rest) {
        draft.cc.push(rest);
        ccFrom.push(line);
      }
      continue;
    }
    if (state === 'cc' && (DASH.test(line.text) || line.para.kind === 'li')) {
      draft.cc.push(line.text.replace(DASH, '').trim());
      ccFrom.push(line);
      continue;
    }
    const titled = SIGNER_MARK.test(line.text) || isUpper(line.text);
    if (titled && !draft.signerName && state !== 'done') {
      state = 'signer';
      draft.signerLines.push(line.text);
      signerFrom.push(line);
      continue;
    }
    if (state === 'cc' && /[;.]$/.test(line.text)) {
      draft.cc.push(line.text.replace(DASH, '').trim());
      ccFrom.push(line);
      continue;
    }
    if (state === 'signer' && SIGNATURE_NOTE.test(line.text)) {
      warnings.push(
        warningAt(line.para, msg`a note in place of the signature: not imported`, line.text),
      );
      continue;
    }
    // "- Như trên;" is a recipient of a copy typed beside the signature, never the signer's name.
    if (ccSeen && DASH.test(line.text)) {
      draft.cc.push(line.text.replace(DASH, '').trim());
      ccFrom.push(line);
      continue;
    }
    if (state === 'signer' && !draft.signerName && !DASH.test(line.text)) {
      draft.signerName = line.text;
      guesses.push({
        field: 'notice.signer.name',
        value: line.text,
        from: [sourceOf(line.para, line.text)],
        how: msg`the first line under the signer’s titles`,
      });
      state = 'done';
      continue;
    }
    warnings.push(
      warningAt(line.para, msg`after the signature and not part of it: not imported`, line.text),
    );
  }
  if (draft.cc.length > 0) {
    guesses.push({
      field: 'notice.cc',
      value: draft.cc.join(' / '),
      from: ccFrom.map((l) => sourceOf(l.para, l.text)),
    });
  }
  draft.appendix.forEach((a, i) => {
    guesses.push({
      field: 'notice.appendix',
      value: a.title,
      from: (appendixFrom.get(i) ?? []).map((l) => sourceOf(l.para, l.text)),
      how: msg`what follows "PHỤ LỤC" after the signature`,
    });
  });
  if (draft.signerLines.length > 0) {
    guesses.push({
      field: 'notice.signer.lines',
      value: draft.signerLines.join(' / '),
      from: signerFrom.map((l) => sourceOf(l.para, l.text)),
      how: msg`the upper-case lines of the signature`,
    });
  }
  return { draft, guesses, warnings };
}

/**
 * Layout stage: how text is set — the style of a paragraph. Lengths are PDF points.
 */
import type { FontFamilyName } from './fonts.js';

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface TextStyle {
  family: FontFamilyName;
  size: number;
  /** Baseline-to-baseline distance as a multiple of `size`. */
  leading: number;
  align: Align;
  /** Indent of the first line, from the box's left edge. */
  firstIndent?: number;
  /** Indent of every following line. */
  indent?: number;
  bold?: boolean;
  italic?: boolean;
  /** Text colour; black unless a kind says otherwise. */
  color?: string;
  /**
   * Centred lines of a paragraph made as even as they can be in as many lines (a heading's last
   * line not one or two words alone: "… về an toàn phòng cháy ⏎ chữa cháy", not "… cháy ⏎ độ 2").
   * 'lone': only when the last line would hold one word alone (a poster's header band, a
   * flyer's title: "… PHƯỜNG HÒA KHÁNH ⏎ BẮC", qa39 m4); other lines stay as they break.
   */
  balance?: boolean | 'lone';
}

/** Points per millimetre. */
export const MM = 72 / 25.4;

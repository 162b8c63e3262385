/**
 * Layout stage: the issuer's lines of a notice's header (tên cơ quan chủ quản, tên cơ quan ban
 * hành), broken as Decree 30/2020's samples break them when a line is wider than its column:
 * between administrative words, the lines as even as they can be —
 * "ỦY BAN NHÂN DÂN" | "THÀNH PHỐ HỒ CHÍ MINH", "PHƯỜNG BÌNH HƯNG HÒA" | "KHU VỰC MỚI SÁP NHẬP" —
 * never inside a unit's name ("…THÀNH PHỐ | HỒ CHÍ MINH", "…HÒA KHU | VỰC MỚI…"). In: one
 * line's runs, its style and the column's width. Out: the lines to set, each on its own.
 */
import { plainText, type Run } from '../template/blocks.js';
import { widestLine } from './draw-text.js';
import type { Surface } from './surface.js';
import type { TextStyle } from './text-model.js';

/**
 * Words that open an administrative part of a name: a body, a level, a unit. Longest first, so
 * "THỊ XÃ" is one word, not "THỊ" and "XÃ".
 */
const ADMINISTRATIVE = [
  'ỦY BAN NHÂN DÂN',
  'UỶ BAN NHÂN DÂN',
  'HỘI ĐỒNG NHÂN DÂN',
  'ỦY BAN MẶT TRẬN TỔ QUỐC',
  'THÀNH PHỐ',
  'THỊ XÃ',
  'THỊ TRẤN',
  'ĐẶC KHU',
  'KHU VỰC',
  'KHU PHỐ',
  'VĂN PHÒNG',
  'CÔNG AN',
  'TRUNG TÂM',
  'ĐẢNG ỦY',
  'BAN CHỈ HUY',
  'UBND',
  'HĐND',
  'TỈNH',
  'QUẬN',
  'HUYỆN',
  'PHƯỜNG',
  'XÃ',
  'SỞ',
  'PHÒNG',
  'TP.',
];

/** The line's words grouped into parts, each starting at an administrative word. */
function partsOf(words: readonly string[]): string[][] {
  const parts: string[][] = [];
  let i = 0;
  while (i < words.length) {
    const rest = words.slice(i).join(' ').toLocaleUpperCase('vi');
    const opener = ADMINISTRATIVE.find((w) => rest === w || rest.startsWith(`${w} `));
    const n = opener ? opener.split(' ').length : 1;
    const chunk = words.slice(i, i + n);
    if (opener || parts.length === 0) parts.push([...chunk]);
    else parts[parts.length - 1]?.push(...chunk);
    i += n;
  }
  return parts;
}

/**
 * The evenest way to set `units` (joined by spaces) on `lines` lines, each at most `width`: the
 * split whose widest line is narrowest. Undefined when no split fits.
 */
function evenest(
  units: readonly string[],
  lines: number,
  width: number,
  measure: (text: string) => number,
): string[] | undefined {
  let best: { lines: string[]; widest: number } | undefined;
  const tryFrom = (start: number, left: number, acc: string[]) => {
    if (left === 1) {
      const out = [...acc, units.slice(start).join(' ')];
      const widest = Math.max(...out.map(measure));
      if (widest <= width + 0.01 && (!best || widest < best.widest)) best = { lines: out, widest };
      return;
    }
    for (let end = start + 1; end <= units.length - left + 1; end++)
      tryFrom(end, left - 1, [...acc, units.slice(start, end).join(' ')]);
  };
  if (units.length >= lines) tryFrom(0, lines, []);
  return best?.lines;
}

const cache = new Map<string, Run[][]>();

/**
 * One issuer line as the lines to set in a column `width` wide: itself when it fits; else cut
 * between its administrative parts (else, a part wider than the column, between words) into as
 * few lines as fit, as even as they can be. A line that fits no way is left to break as text
 * does.
 */
export function issuerLines(
  surface: Surface,
  runs: readonly Run[],
  style: TextStyle,
  width: number,
): Run[][] {
  const measure = (text: string) => widestLine(surface, [{ text }], style, Number.MAX_SAFE_INTEGER);
  const text = plainText(runs).replace(/\s+/g, ' ').trim();
  if (measure(text) <= width + 0.01) return [[...runs]];
  const key = `${text}\u0000${style.size}|${style.bold}|${style.family}|${width}`;
  const known = cache.get(key);
  if (known) return known;
  const words = text.split(' ');
  const parts = partsOf(words).map((p) => p.join(' '));
  let lines: string[] | undefined;
  for (const units of [parts, words]) {
    for (let n = 2; n <= Math.min(units.length, 4) && !lines; n++)
      lines = evenest(units, n, width, measure);
    if (lines) break;
  }
  const out = lines ? lines.map((line) => [{ text: line }]) : [[...runs]];
  if (cache.size > 256) cache.clear();
  cache.set(key, out);
  return out;
}

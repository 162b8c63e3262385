/**
 * Model: a campaign link named in running text by the label the office gave it under `links`
 * (the studio's "Đường dẫn": "dangky | https://… | Đăng ký tiêm"), as a notice's body names it:
 * "đăng ký trước qua đường link “Đăng ký tiêm”" (qa24 F5: the notice printed neither the address
 * nor its QR code, the flyer and the checklist did). The whole label, quoted or not, letter case
 * and diacritics aside ("đăng ký tiêm", "Dang ky tiem"), never part of a longer word. The notice
 * makes such a mention a link to the label's address (kinds/notice.ts), so the annex prints its
 * code as for an address typed in the body; `check` warns of a body that speaks of a link or a
 * code without naming one (load/campaign-checks.ts).
 */

/** Where a label is named in a text: `text.slice(at, end)` is the label as the text writes it. */
export interface LabelMention {
  at: number;
  end: number;
}

/** One character folded for comparing: small, without diacritics ("Ệ" → "e", "Đ" → "d"). */
function fold(ch: string): string {
  return ch.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('vi').replace(/đ/g, 'd');
}

/** A text folded character by character, with where each folded character comes from. */
function folded(text: string): { text: string; from: number[] } {
  let out = '';
  const from: number[] = [];
  let at = 0;
  for (const ch of text) {
    const f = fold(ch);
    out += f;
    for (let i = 0; i < f.length; i++) from.push(at);
    at += ch.length;
  }
  from.push(at);
  return { text: out, from };
}

/** Spaces of any kind (a non-breaking one pasted from Word) compared as one space. */
const spaced = (s: string) => s.replace(/\s+/gu, ' ');

/**
 * The first place `text` names `label` whole (see the file's comment), or undefined. A label
 * with no letter or digit names nothing.
 */
export function labelMention(text: string, label: string): LabelMention | undefined {
  const wanted = spaced(folded(label.trim()).text);
  if (!/[\p{L}\p{N}]/u.test(wanted)) return undefined;
  // Spaces made one in the text too, keeping where each character comes from.
  const f = folded(text);
  let said = '';
  const from: number[] = [];
  for (let i = 0; i < f.text.length; i++) {
    const ch = f.text[i] as string;
    if (/\s/u.test(ch) && /\s/u.test(said.at(-1) ?? '')) continue;
    said += /\s/u.test(ch) ? ' ' : ch;
    from.push(f.from[i] as number);
  }
  const edge = /[\p{L}\p{N}]/u;
  for (let i = said.indexOf(wanted); i >= 0; i = said.indexOf(wanted, i + 1)) {
    const before = said[i - 1] ?? '';
    const after = said[i + wanted.length] ?? '';
    if (edge.test(before) || edge.test(after)) continue;
    const last = from[i + wanted.length - 1] as number;
    // The last character's end in the text: the start of the next character.
    const end = f.from.find((at) => at > last) ?? text.length;
    return { at: from[i] as number, end };
  }
  return undefined;
}

/**
 * Words that speak of a link or a code to scan: "quét mã", "mã QR", "đường link", "đường dẫn",
 * "link". A body saying them names a link the reader is to open.
 */
export const SPEAKS_OF_LINK =
  /(?<![\p{L}\p{N}])(?:quét\s+mã(?:\s+qr)?|mã\s+qr|đường\s+dẫn|đường\s+link|link)(?![\p{L}\p{N}])/iu;

/**
 * Kinds: the QR codes a template asks for. A kind's template names them in a section (`@@ qr`),
 * one code per line: the web address first, then the caption printed with the code (inline
 * Markdown), e.g. `{{links.guide.url}} **{{md links.guide.label}}**`. So which links become codes
 * is the template's choice, not the code's: any link of the campaign, on any kind.
 * In: the rendered sections. Out: the codes in order (none when the section is empty or absent).
 */
import { UserError } from '../errors.js';
import { msg } from '../messages/message.js';
import type { Run } from '../template/blocks.js';
import { parseInline } from '../template/markdown.js';
import type { Sections } from '../template/sections.js';

export interface QrCode {
  url: string;
  /** Caption lines under (or beside) the code; empty when the line has only the address. */
  caption: Run[][];
}

/** The codes of section `name`; at most `max` of them when the kind has room for only so many. */
export function qrCodes(sections: Sections, name = 'qr', max = Number.POSITIVE_INFINITY): QrCode[] {
  if (!sections.has(name)) return [];
  const lines = sections
    .text(name)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (lines.length > max) {
    throw new UserError(
      msg`the "@@ ${name}" section names ${lines.length} QR codes; this document has room for ${max}`,
      { file: sections.file, field: name },
      msg`Keep at most ${max} lines in "@@ ${name}" (one code per line).`,
    );
  }
  return lines.map((line) => qrCodeOfLine(line, sections, name));
}

/** One line of a codes section: the web address, then the caption. */
export function qrCodeOfLine(line: string, sections: Sections, name: string): QrCode {
  const [url = '', ...rest] = line.split(/\s+/);
  if (!/^https?:\/\/\S+$/i.test(url)) {
    throw new UserError(
      msg`a line of the "@@ ${name}" section does not start with a web address: "${line.slice(0, 60)}"`,
      { file: sections.file, field: name },
      msg`Write one code per line: the address, then its caption, e.g. {{links.guide.url}} **{{md links.guide.label}}**.`,
    );
  }
  const caption = rest.join(' ');
  return { url, caption: caption ? [parseInline(caption)] : [] };
}

/**
 * Template stage: a value joined from parts, some of which a group may leave empty. `when:
 * "{{group.[Ngày học]}}, {{group.[Giờ học]}}"` for a thôn whose day cell is empty read
 * "Thời gian: , 7h30 – 10h30" on its flyer (qa8 K2). A part that printed nothing takes its
 * separator with it: a separator (", " "; " " – " " — " " - ") left at either end goes, two
 * with nothing between them are one (the later one, which joins what follows), and empty
 * brackets go. What is left may be nothing: the line is then left out (handlebars.ts `fill`).
 */

/** A separator between parts: a comma, a semicolon, a dash (en, em, or a hyphen). */
const SEP = '[,;\u2013\u2014-]';
const AT_START = new RegExp(`^(?:\\s|${SEP})+`, 'u');
const AT_END = new RegExp(`(?:\\s|${SEP})+$`, 'u');
/** Two or more separators with only spaces between them, and the spaces before them. */
const DOUBLED = new RegExp(`[ \\t]*${SEP}(?:[ \\t]*${SEP})+`, 'gu');
const EMPTY_BRACKETS = /[ \t]*\([ \t]*\)/gu;

/** The value with the separators of its empty parts taken out ("" when no part is left). */
export function joinedParts(value: string): string {
  let text = value.replace(EMPTY_BRACKETS, '');
  text = text.replace(DOUBLED, (run) => {
    const last = run.trimEnd().slice(-1);
    // A comma or semicolon sits after its part, a dash between two spaces.
    return last === ',' || last === ';' ? last : ` ${last}`;
  });
  return text
    .replace(AT_START, '')
    .replace(AT_END, '')
    .replace(/[ \t]{2,}/gu, ' ');
}

/**
 * Template stage: a line of a campaign's text that only labels the time or the place —
 * "- Địa điểm: {{where}}." in the notice's body — is left out for a group whose time or place
 * prints nothing, as the tool's own templates leave out their "Địa điểm" line (qa8 K2). The body
 * printed "- Địa điểm: ." while the build's warning said that group had no "Địa điểm" line.
 * A sentence that says more than the label ("Lớp học tổ chức tại {{where}}") is kept: dropping
 * it would lose the rest of the sentence (empty-cells.ts warns of it instead).
 */

/** The campaign's values the label lines name (handlebars.ts JOINED_FIELDS). */
type Joined = 'when' | 'where';

/**
 * A label line: an optional bullet, a label of a few words ending in a colon ("Địa điểm:",
 * "**Thời gian:**"), then only {{when}} or {{where}} (bold or not), and at most a closing stop
 * ("." ";" "./."). A numbered item ("2. Địa điểm: …") is not one: left out, the list would skip
 * its number; nor is a sentence ending in "tại: {{where}}" (a label is letters and spaces only,
 * at most 30 of them). Nothing else of the line is a {{…}}.
 */
const LABEL_LINE =
  /^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__|\*|_)?[\p{L}][\p{L} ]{0,29}:(?:\*\*|__|\*|_)?[ \t]*(?:\*\*|__|\*|_)?\{\{\s*(when|where)\s*\}\}(?:\*\*|__|\*|_)?[ \t]*(?:\.\/\.|[.;,])?[ \t]*$/u;

/** The field a label line prints, or undefined for any other line. */
export function labelLineField(line: string): Joined | undefined {
  return LABEL_LINE.exec(line)?.[1] as Joined | undefined;
}

/** What a left-out label line renders as: a noncharacter no text holds (value-marks.ts uses others). */
const LEFT_OUT = '\uFDD5';

/**
 * The text with each label line as `{{#if where}}…{{else}}LEFT_OUT{{/if}}`: it prints only when
 * the value prints something, else a mark that `withoutLeftOutLines` removes with its line
 * break (a block that held the line break would take a blank line after it too: Handlebars
 * drops a line that holds only a block's tag). The lines keep their numbers: a template error
 * in the text still names its line of campaign.yaml.
 */
export function withLabelLinesMarked(text: string): string {
  if (!/\{\{\s*(?:when|where)\s*\}\}/u.test(text)) return text;
  return text
    .split('\n')
    .map((line) => {
      const field = labelLineField(line);
      return field ? `{{#if ${field}}}${line}{{else}}${LEFT_OUT}{{/if}}` : line;
    })
    .join('\n');
}

/** The rendered text without the label lines left out, and their line breaks. */
export function withoutLeftOutLines(rendered: string): string {
  if (!rendered.includes(LEFT_OUT)) return rendered;
  // The block's output is bracketed by value marks (value-marks.ts): they go with the line.
  const line = new RegExp(
    `^[ \\t\\uFDD0-\\uFDD2]*${LEFT_OUT}[ \\t\\uFDD0-\\uFDD2]*(?:\\n|$)`,
    'gmu',
  );
  return rendered.replace(line, '');
}

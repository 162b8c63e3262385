/**
 * Kinds: the campaign's lists a tool template prints in sections of its own (`hotlines`,
 * `bring`, `payment`: the flyer's and the checklist's). An office's own template made before those fields
 * (examples/tan-dinh's flyer) has no such section: the list would be printed nowhere on that
 * document, unsaid. Said as a room note (output/room-notes.ts) at the field's line.
 */
import { type Message, msg } from '../messages/message.js';
import type { RenderInput, SectionNote } from './kind.js';

const LISTS = ['hotlines', 'bring', 'payment'] as const;

/** Whether the campaign gives the list: lines, or the payment details (qa40 M4). */
const given = (ctx: RenderInput['ctx'], field: (typeof LISTS)[number]) =>
  field === 'payment' ? ctx.payment != null : ctx[field].length > 0;

/** The note's sentence: output/unprinted-fields.ts knows by it that the list is said already. */
const listNotPrinted = (file: string) =>
  msg`this list is not printed on the documents made from ${file}: the campaign's own templates have no section for it`;

/** Whether a warning is this note (its field is the list's). */
export const isListNotPrinted = (text: Message): boolean => text.key === listNotPrinted('').key;

export function missingListSections({ sections, ctx }: RenderInput, tool: string): SectionNote[] {
  return LISTS.filter((field) => given(ctx, field) && !sections.has(field)).map((field) => ({
    text: listNotPrinted(sections.file),
    campaignField: field,
    campaignLine: true,
    hint: msg`Add its sections to the template, as the tool's own ${tool} has them ("@@ ${field}"), or delete the campaign's template to print the tool's.`,
  }));
}

/**
 * A page's form as a browser sends it, read from the page's HTML alone: what a test posts is what
 * the office's browser would post, never a form made by the code under test.
 */
import type { Element } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';

const UNSENT = new Set(['submit', 'button', 'reset', 'image', 'file']);

/** Whether `node` stands inside `outer`. */
const within = (node: Element, outer: Element) => {
  let up = node.parent;
  while (up && up !== outer) up = up.parent;
  return up === outer;
};

/**
 * Where the first form of `html` that `pick` accepts is sent (its action), and the fields it
 * sends when submitted without a
 * button's own name: each named control of it (inside it, or naming it by `form=`) not disabled — a text box's value, a ticked box or
 * chosen radio button's (“on” without one), a textarea's text (without the newline a browser
 * drops after its tag), a select's chosen option (its first when none is marked).
 */
export function browserForm(
  html: string,
  pick: (form: Element) => boolean = () => true,
): { action: string; fields: Record<string, string> } {
  const page = parseDocument(html).children;
  const form = DomUtils.findOne((e) => e.name === 'form' && pick(e), page, true);
  if (!form) throw new Error('the page has no such form');
  const id = form.attribs.id;
  // The form's own controls, and those elsewhere on the page that name it (form="…").
  const controls = DomUtils.findAll(
    (e) =>
      (e.name === 'input' || e.name === 'textarea' || e.name === 'select') &&
      (e.attribs.form === undefined ? within(e, form) : e.attribs.form === id),
    page,
  );
  const fields: Record<string, string> = {};
  for (const c of controls) {
    const name = c.attribs.name;
    if (!name || 'disabled' in c.attribs) continue;
    if (c.name === 'textarea') {
      fields[name] = DomUtils.textContent(c).replace(/^\r?\n/, '');
    } else if (c.name === 'select') {
      const options = DomUtils.findAll((e) => e.name === 'option', c.children);
      const chosen = options.find((o) => 'selected' in o.attribs) ?? options[0];
      if (chosen) fields[name] = chosen.attribs.value ?? DomUtils.textContent(chosen).trim();
    } else {
      const type = (c.attribs.type ?? 'text').toLowerCase();
      if (UNSENT.has(type)) continue;
      const box = type === 'checkbox' || type === 'radio';
      if (box && !('checked' in c.attribs)) continue;
      fields[name] = c.attribs.value ?? (box ? 'on' : '');
    }
  }
  return { action: form.attribs.action ?? '', fields };
}

/**
 * The name the box labelled `label` is sent under: the page's <label for> whose text, as a reader
 * sees it, is `label`, or the one label that begins with it ("Số hộ đã nộp" finds "Số hộ đã nộp
 * (hộ)"), then the control of that id. Throws when there is no such label or box, or several
 * begin so, so a test never posts a figure under no name, or under another box's.
 */
export function fieldNameByLabel(html: string, label: string): string {
  const page = parseDocument(html).children;
  const text = (e: Element) => DomUtils.textContent(e).replace(/\s+/g, ' ').trim();
  const labels = DomUtils.findAll((e) => e.name === 'label' && e.attribs.for !== undefined, page);
  const begun = labels.filter((e) => text(e).startsWith(label));
  const found = begun.find((e) => text(e) === label) ?? (begun.length === 1 ? begun[0] : undefined);
  if (!found)
    throw new Error(`the page has ${begun.length ? 'several labels' : 'no label'} “${label}”`);
  const id = found.attribs.for;
  const box = DomUtils.findOne((e) => e.attribs.id === id, page, true);
  const name = box?.attribs.name;
  if (!name) throw new Error(`the label “${label}” names no box that is sent (id “${id}”)`);
  return name;
}

/**
 * Output stage: the ward's one unmarked notice (`print/notice-ban-goc.pdf`), beside the groups'
 * copies. Each group's copy says "Bản gửi: <group>" at the foot of every page; the văn thư still
 * needs the document itself, under its one number — to register, to sign once, to send to the
 * bodies its "Kính gửi" names and to keep as "Lưu: VT" (Decree 30/2020/NĐ-CP, chapter II: one
 * document, one number, its bản gốc kept by the văn thư; qa42 F10). It is the first group's
 * notice drawn without the tag (RenderInput.unmarked), signed when the build signs. When the
 * notice's text differs from group to group (recipients "Trưởng {{group.name}}"), there is no
 * one text: the build says so rather than pretend.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import type { DocumentKind } from '../kinds/kind.js';
import { findKind } from '../kinds/registry.js';
import { renderSections } from '../kinds/render.js';
import { campaignValueLine } from '../load/campaign.js';
import type { Group } from '../load/types.js';
import { msg, withTerm } from '../messages/message.js';
import { renderOutput } from '../render/output.js';
import { writeFileAtomic } from './atomic-write.js';
import { type BuildInputs, renderOptionsFrom } from './inputs.js';
import { type ManifestOriginal, sha256 } from './manifest.js';
import {
  OWN_TEXT_FIELDS,
  ownTextHint,
  ownTextMessage,
  perGroupFields,
  perGroupSaid,
} from './own-text.js';
import { type DocumentOptions, renderOptionsOf } from './signing.js';

/** Where the unmarked notice is written, in the output folder. */
export const ORIGINAL_PATH = 'print/notice-ban-goc.pdf';

/** The notice's sections whose text a group's copy may have of its own, with their fields. */
const OWN_TEXT = OWN_TEXT_FIELDS.map((field) => ({
  section: field.slice('notice.'.length),
  field,
}));

/**
 * Writes the unmarked notice for a build that makes the notice, drawn from `first` (the first
 * group of the ward in print order). Returns its manifest entry and, when groups' copies differ
 * in text, the warning that says which field makes them differ.
 */
export async function writeOriginal(
  out: string,
  inputs: BuildInputs,
  groups: readonly Group[],
  document: DocumentOptions | undefined,
  made: { key?: string; prev?: ManifestOriginal; force?: boolean },
): Promise<{ file: ManifestOriginal; warning?: UserError } | undefined> {
  const kind = findKind('notice');
  const [first] = groups;
  if (!kind || !first || !inputs.kinds.some((k) => k.name === kind.name)) return undefined;
  const warning = ownTextWarning(kind, inputs, groups);
  // Made from the same inputs as the first group's notice (its key): kept, not signed again.
  const { key, prev } = made;
  if (key && !made.force && prev?.key === key && prev.group === first.id) {
    const bytes = await readFile(join(out, prev.path)).catch(() => undefined);
    if (bytes && sha256(bytes) === prev.sha256)
      return warning ? { file: prev, warning } : { file: prev };
  }
  const ctx = inputs.contextOf(first);
  const { bytes, pages } = await renderOutput(kind, ctx, {
    ...renderOptionsFrom(inputs),
    unmarked: true,
    ...(await renderOptionsOf(document, inputs.campaign)),
  });
  await writeFileAtomic(join(out, ORIGINAL_PATH), bytes);
  const file: ManifestOriginal = {
    kind: kind.name,
    path: ORIGINAL_PATH,
    group: first.id,
    pages,
    bytes: bytes.length,
    sha256: sha256(bytes),
    ...(key ? { key } : {}),
  };
  return warning ? { file, warning } : { file };
}

/**
 * The notice's text as two groups' copies print it: the first group's, and the first other
 * group's that differs. A field that makes them differ is named, at its line.
 */
function ownTextWarning(
  kind: DocumentKind,
  inputs: BuildInputs,
  groups: readonly Group[],
): UserError | undefined {
  if (groups.length < 2) return undefined;
  const textOf = (g: Group) => {
    const sections = renderSections(
      kind,
      inputs.contextOf(g),
      inputs.spec.templateDir,
      inputs.templates,
    );
    // As typed, not as laid out: a group's own name is kept whole in its copy (a line's runs
    // differ where the text does not).
    return OWN_TEXT.map(({ section }) => (sections.has(section) ? sections.text(section) : ''));
  };
  const [first, ...others] = groups as [Group, ...Group[]];
  const base = textOf(first);
  // Two others are enough to tell a text of the group's own (its name) from one of the ward's.
  for (const other of others.slice(0, 2)) {
    const texts = textOf(other);
    const at = OWN_TEXT.findIndex((_, i) => texts[i] !== base[i]);
    const own = OWN_TEXT[at];
    if (!own) continue;
    const where = {
      file: inputs.spec.campaign,
      field: own.field,
      line: campaignValueLine(new TextDecoder().decode(inputs.campaignBytes), own.field, 1),
    };
    // Named by what the field prints of each group (its hour, its place: qa51 M1), when its
    // own text does; a name alone, or a template's own per-group line, as "names each group".
    const fields = perGroupFields(inputs.campaign, own.field, groups);
    if (fields.some((f) => f !== 'name')) {
      const what = perGroupSaid(fields);
      return new UserError(
        withTerm(ownTextMessage(what, ORIGINAL_PATH, first.name), inputs.term),
        where,
        withTerm(ownTextHint(what), inputs.term),
      );
    }
    return new UserError(
      withTerm(
        msg`the notice's text differs from group to group ("${own.field}" names each group): ${ORIGINAL_PATH}, the unmarked copy to register and keep, is the text of ${first.name}, not one text for every group`,
        inputs.term,
      ),
      {
        file: inputs.spec.campaign,
        field: own.field,
        line: campaignValueLine(new TextDecoder().decode(inputs.campaignBytes), own.field, 1),
      },
      withTerm(
        msg`A document under one number has one text: write "${own.field}" the same for every group (the groups are named in "Nơi nhận" or in a list), or register each group's copy as its own document.`,
        inputs.term,
      ),
    );
  }
  return undefined;
}

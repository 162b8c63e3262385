/**
 * Studio: the comments `import-docx` writes above a field it guessed or could not find
 * ("# GUESS from paragraph 16 (…)", "# FILL IN: not found in the document", load/docx/
 * campaign-yaml.ts) say where the value came from. Once the clerk changes the field in the form,
 * the value is the clerk's: the comment would send whoever opens the file to a paragraph that no
 * longer says it (qa50 p5). It is taken off that field; the file's other comments stay.
 */
import { type Document, isMap, isScalar, type YAMLMap } from 'yaml';
import { isUnchangedMark } from './skeleton.js';

/** A line of the import's own about where a value came from. */
const IMPORT_LINE = /^\s*(?:GUESS from|FILL IN:)/;

const jsonAt = (doc: Document, path: readonly unknown[]): string | undefined => {
  const node = doc.getIn(path, true) as { toJSON?: () => unknown } | undefined;
  try {
    return JSON.stringify(node?.toJSON ? node.toJSON() : node);
  } catch {
    return undefined;
  }
};

/** `comment` without the import's lines; undefined when nothing else is left. */
function withoutImportLines(comment: string): string | undefined {
  const kept = comment.split('\n').filter((line) => !IMPORT_LINE.test(line));
  return kept.length > 0 ? kept.join('\n') : undefined;
}

function dropIn(map: YAMLMap, path: readonly unknown[], before: Document, now: Document): void {
  map.items.forEach((pair, i) => {
    if (!isScalar(pair.key)) return;
    const at = [...path, pair.key.value];
    // The first key's comment is read as its map's (yaml puts it before the map).
    const holder = i === 0 && map.commentBefore ? map : pair.key;
    if (holder.commentBefore && IMPORT_LINE.test(holder.commentBefore)) {
      if (jsonAt(before, at) !== jsonAt(now, at))
        holder.commentBefore = withoutImportLines(holder.commentBefore);
    }
    // The skeleton's "CHƯA SỬA:" beside a value copied from the campaign's name (name-as-subject.ts).
    if (isScalar(pair.value) && isUnchangedMark(pair.value.comment)) {
      if (jsonAt(before, at) !== jsonAt(now, at)) pair.value.comment = undefined;
    }
    if (isMap(pair.value)) dropIn(pair.value, at, before, now);
  });
}

/** The import's comments taken off every field whose value `now` changed from `before`. */
export function dropStaleGuesses(before: Document, now: Document): void {
  if (isMap(now.contents)) dropIn(now.contents, [], before, now);
}

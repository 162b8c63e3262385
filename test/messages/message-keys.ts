/**
 * Every `msg` template written in src/, found by reading the source (not by running it): the
 * catalogue test checks each has its Vietnamese. A template's key is its English text with
 * `${…}` replaced by {0}, {1}… in order, as the `msg` tag makes it at run time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface FoundKey {
  key: string;
  file: string;
  line: number;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? sourceFiles(join(dir, d.name))
      : d.name.endsWith('.ts')
        ? [join(dir, d.name)]
        : [],
  );
}

/** The end of the `${…}` expression that starts at `i` (after "${"), strings and all. */
function skipExpression(s: string, i: number): number {
  let depth = 0;
  while (i < s.length) {
    const c = s[i] as string;
    if (c === '`') i = readTemplate(s, i + 1).end;
    else if (c === "'" || c === '"') {
      i++;
      while (i < s.length && s[i] !== c) i += s[i] === '\\' ? 2 : 1;
      i++;
    } else {
      if (c === '{') depth++;
      else if (c === '}') {
        if (depth === 0) return i + 1;
        depth--;
      }
      i++;
    }
  }
  return i;
}

/** The template literal whose text starts at `i` (after the backquote): its key and end. */
function readTemplate(s: string, i: number): { key: string; end: number } {
  let key = '';
  let n = 0;
  while (i < s.length && s[i] !== '`') {
    if (s[i] === '\\') {
      const next = s[i + 1] as string;
      key += next === 'n' ? '\n' : next;
      i += 2;
    } else if (s.startsWith('${', i)) {
      i = skipExpression(s, i + 2);
      key += `{${n++}}`;
    } else {
      key += s[i];
      i++;
    }
  }
  return { key, end: i + 1 };
}

export function messageKeys(srcDir: string): FoundKey[] {
  const found: FoundKey[] = [];
  for (const file of sourceFiles(srcDir)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bmsg`/g)) {
      const before = text.slice(0, m.index);
      const lineStart = before.slice(before.lastIndexOf('\n') + 1).trimStart();
      // A comment that shows the tag is not a message.
      if (lineStart.startsWith('*') || lineStart.startsWith('//')) continue;
      const { key } = readTemplate(text, (m.index ?? 0) + 4);
      const line = before.split('\n').length;
      found.push({ key, file: relative(srcDir, file), line });
    }
  }
  return found;
}

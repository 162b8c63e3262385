/**
 * A PDF's objects read back with qpdf: its JSON (`--json=2`), indirect references followed, and
 * what a page draws outside every marked-content sequence (its QDF form), for the tagged and
 * PDF/A tests.
 */
import { expect } from 'vitest';
import { execTool, qdfOf } from './exec.js';

export interface QpdfObject {
  value?: Record<string, unknown>;
  stream?: { dict: Record<string, unknown>; data?: string };
}

/** Every object of the file, by "obj:n 0 R", streams decoded (qpdf --json=2). */
export async function objectsOf(file: string): Promise<Record<string, QpdfObject>> {
  const r = await execTool('qpdf', [
    '--json=2',
    '--json-key=qpdf',
    '--json-stream-data=inline',
    '--decode-level=generalized',
    file,
  ]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout).qpdf[1];
}

/** The key of qpdf's JSON for an indirect reference ("5 0 R"). */
export const ref = (r: unknown) => `obj:${String(r)}`;

/** A value of qpdf's JSON, an indirect reference ("5 0 R") followed to its object. */
export const resolved = (objects: Record<string, QpdfObject>, value: unknown): unknown =>
  typeof value === 'string' && /^\d+ \d+ R$/.test(value) ? objects[ref(value)]?.value : value;

/**
 * A text string of the document (qpdf writes it "u:<text>"), given directly or as a reference
 * to the object holding it.
 */
export function textOf(objects: Record<string, QpdfObject>, value: unknown): string {
  const direct = resolved(objects, value);
  return typeof direct === 'string' && direct.startsWith('u:') ? direct.slice(2) : '';
}

/** The catalog (the object whose /Type is /Catalog). */
export function catalogOf(objects: Record<string, QpdfObject>): Record<string, unknown> {
  const found = Object.values(objects).find((o) => o.value?.['/Type'] === '/Catalog');
  expect(found).toBeDefined();
  return found?.value ?? {};
}

/** Operators that put something on the page: paths painted, text shown, an XObject placed. */
const PAINTING = new Set([
  'S',
  's',
  'f',
  'F',
  'f*',
  'B',
  'B*',
  'b',
  'b*',
  'sh',
  'Do',
  'Tj',
  'TJ',
  "'",
  '"',
]);

/**
 * What each page draws outside every marked-content sequence (neither an element's content nor an
 * artifact), e.g. "page 1: S": the page streams read from qpdf's QDF form, strings taken out.
 */
export async function unmarkedPainting(file: string): Promise<string[]> {
  const text = await qdfOf(file);
  const found: string[] = [];
  for (const m of text.matchAll(
    /%% Contents for page (\d+)[\s\S]*?\nstream\n([\s\S]*?)\nendstream/g,
  )) {
    const ops = (m[2] ?? '')
      .replace(/<<[\s\S]*?>>/g, ' ')
      .replace(/<[0-9a-fA-F\s]*>/g, ' ')
      .replace(/\((?:\\.|[^\\)])*\)/g, ' ')
      .split(/[\s[\]]+/);
    let depth = 0;
    for (const op of ops) {
      if (op === 'BMC' || op === 'BDC') depth++;
      else if (op === 'EMC') depth--;
      else if (depth === 0 && PAINTING.has(op)) found.push(`page ${m[1]}: ${op}`);
    }
  }
  return found;
}

/**
 * Bench: bench/results.md — replaces one "## name" section and keeps the others (the "## serve"
 * section belongs to bench/serve.ts). Also reads back the "## scale" table, one row per ward
 * size, so that runs at different N add up to the flat-in-N picture.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';

const TITLE = '# Benchmarks\n';

export async function readResults(file: string): Promise<string> {
  return existsSync(file) ? readFile(file, 'utf8') : TITLE;
}

/**
 * The text with section `name` replaced by `body` (which starts with its own "## name" line).
 * A body that ends with its table (the scale table) replaces only the section's intro and table:
 * the paragraphs written by hand under the old table stay (a 3,000-group run's notes).
 */
export function replaceSection(text: string, name: string, body: string): string {
  const heading = new RegExp(`^## ${name}\\s*$`, 'm');
  const start = text.search(heading);
  if (start < 0) return `${text.trimEnd()}\n\n${body.trimEnd()}\n`;
  const rest = text.slice(start + 1).search(/^## /m);
  const end = rest < 0 ? text.length : start + 1 + rest;
  const kept = endsWithTable(body) ? afterLastTable(text.slice(start, end)) : '';
  const section = kept ? `${body.trimEnd()}\n\n${kept}` : body.trimEnd();
  return `${text.slice(0, start)}${section}\n\n${text.slice(end)}`.trimEnd().concat('\n');
}

const isTableLine = (line: string) => line.startsWith('|');

function endsWithTable(body: string): boolean {
  return isTableLine(body.trimEnd().split('\n').at(-1) ?? '');
}

/** A section's text after its last table, trimmed ('' when none or no table). */
function afterLastTable(section: string): string {
  const lines = section.split('\n');
  let last = -1;
  lines.forEach((line, i) => {
    if (isTableLine(line)) last = i;
  });
  return last < 0
    ? ''
    : lines
        .slice(last + 1)
        .join('\n')
        .trim();
}

export async function writeSections(file: string, sections: [string, string][]): Promise<void> {
  let text = await readResults(file);
  for (const [name, body] of sections) text = replaceSection(text, name, body);
  await writeFile(file, text);
}

/** One cold build of all PDF kinds on all cores at a ward size. */
export interface ScaleRow {
  n: number;
  date: string;
  wall: number;
  docsPerSec: number;
  peakRssMb: number;
  /** 1-minute load average when the build started (other work on the machine). */
  load?: number;
}

export const SCALE_HEADER = [
  '| groups | date | PDF files | wall s | PDF files/s | peak RSS MB | load at start |',
  '|---|---|---|---|---|---|---|',
];

export function parseScale(text: string): ScaleRow[] {
  const start = text.search(/^## scale\s*$/m);
  if (start < 0) return [];
  const rows: ScaleRow[] = [];
  for (const line of text.slice(start).split('\n').slice(1)) {
    if (line.startsWith('## ')) break;
    const cells = line.split('|').map((c) => c.trim());
    const n = Number(cells[1]?.replace(/,/g, ''));
    if (!line.startsWith('|') || !Number.isFinite(n) || n <= 0) continue;
    rows.push({
      n,
      date: cells[2] ?? '',
      wall: Number(cells[4]),
      docsPerSec: Number(cells[5]),
      peakRssMb: Number(cells[6]),
      load: cells[7] ? Number(cells[7]) : undefined,
    });
  }
  return rows;
}

export function scaleRow(r: ScaleRow, pdfsPerGroup: number): string {
  const files = (r.n * pdfsPerGroup).toLocaleString('en-US');
  return `| ${r.n.toLocaleString('en-US')} | ${r.date} | ${files} | ${r.wall.toFixed(1)} | ${r.docsPerSec.toFixed(1)} | ${r.peakRssMb.toFixed(0)} | ${r.load === undefined || Number.isNaN(r.load) ? '—' : r.load.toFixed(1)} |`;
}

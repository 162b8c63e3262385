/**
 * Text extraction and document info through poppler-utils:
 * `pdftotext` (pdfText, pdfPageTexts, pdfWords) and `pdfinfo` (pdfInfo).
 * Accepts either PDF bytes (written to a temp file) or a path to a PDF file.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { execToolOk } from './exec.js';
import { cleanupTempDir, makeTempDir, withPdfFile } from './tmp.js';

export interface PdfTextOptions {
  /** Pass `-layout` (keep the physical layout; columns stay side by side). */
  layout?: boolean;
  /** First page to extract (1-based, `-f`). */
  firstPage?: number;
  /** Last page to extract (1-based, `-l`). */
  lastPage?: number;
}

/** Text of the PDF via `pdftotext -enc UTF-8 [-layout] [-f N] [-l N] <file> -`, NFC-normalised. */
export async function pdfText(
  pdf: Uint8Array | string,
  opts: PdfTextOptions = {},
): Promise<string> {
  const args = ['-enc', 'UTF-8'];
  if (opts.layout) args.push('-layout');
  if (opts.firstPage !== undefined) args.push('-f', String(opts.firstPage));
  if (opts.lastPage !== undefined) args.push('-l', String(opts.lastPage));
  const out = await withPdfFile(pdf, (file) => execToolOk('pdftotext', [...args, file, '-']));
  return out.normalize('NFC');
}

/**
 * One string per page (pdftotext ends every page with a form feed; the empty
 * remainder after the last one is dropped).
 */
export async function pdfPageTexts(
  pdf: Uint8Array | string,
  opts: Pick<PdfTextOptions, 'layout'> = {},
): Promise<string[]> {
  const text = await pdfText(pdf, opts);
  const pages = text.split('\f');
  if (pages.length > 1 && pages[pages.length - 1]?.trim() === '') pages.pop();
  return pages;
}

/**
 * The text of each of `docs` (their pages joined by form feeds), as `pdfText` reads it, from one
 * `qpdf` joining them and one `pdftotext` over the whole: a start of pdftotext costs more than
 * reading a few pages. The pages are shared out by each document's page count, and a
 * document whose count does not match what pdftotext reads fails here.
 */
export async function pdfTexts(
  docs: readonly { bytes: Uint8Array; pages: number }[],
): Promise<string[]> {
  if (docs.length === 0) return [];
  const dir = await makeTempDir('phuong-print-joined-');
  try {
    const files = docs.map((_, i) => join(dir, `${i}.pdf`));
    await Promise.all(docs.map((d, i) => writeFile(files[i] as string, d.bytes)));
    const joined = join(dir, 'joined.pdf');
    await execToolOk('qpdf', ['--empty', '--pages', ...files, '--', joined]);
    const pages = (await pdfText(joined)).split('\f');
    const total = docs.reduce((n, d) => n + d.pages, 0);
    // pdftotext ends every page with a form feed: one empty remainder after the last.
    if (pages.length !== total + 1 || pages[total] !== '') {
      throw new Error(`pdfTexts: ${pages.length - 1} pages read, ${total} in the documents`);
    }
    let at = 0;
    return docs.map((d) => {
      const text = pages.slice(at, at + d.pages).join('\f');
      at += d.pages;
      return `${text}\f`;
    });
  } finally {
    await cleanupTempDir(dir);
  }
}

/** A word's box on its page (points, from the top left), from `pdftotext -bbox`. */
export interface PdfWord {
  /** 1-based. */
  page: number;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
  text: string;
}

/** Every word of the PDF with its box, in reading order (`pdftotext -bbox`). */
export async function pdfWords(pdf: Uint8Array | string): Promise<PdfWord[]> {
  const html = await withPdfFile(pdf, (f) => execToolOk('pdftotext', ['-bbox', f, '-']));
  const out: PdfWord[] = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page++;
    const m = line.match(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/,
    );
    if (m)
      out.push({
        page,
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        yMax: Number(m[4]),
        text: m[5] ?? '',
      });
  }
  return out;
}

/**
 * The words of each printed line (same page, same top within 1 pt), lines top to bottom, words
 * left to right: by place, not in pdftotext's reading order, which puts the words of a widely
 * spaced line beside a column (a notice's signer block) into that column.
 */
export function wordLines(words: readonly PdfWord[]): PdfWord[][] {
  const out: PdfWord[][] = [];
  for (const w of words) {
    const line = out.find((l) => l[0]?.page === w.page && Math.abs((l[0]?.yMin ?? 0) - w.yMin) < 1);
    if (line) line.push(w);
    else out.push([w]);
  }
  for (const l of out) l.sort((a, b) => a.xMin - b.xMin);
  const first = (l: PdfWord[]) => l[0] as PdfWord;
  return out.sort((a, b) => first(a).page - first(b).page || first(a).yMin - first(b).yMin);
}

/** Collapse every whitespace run (spaces, newlines, form feeds, NBSP…) into one space and trim. */
export function collapseSpaces(s: string): string {
  return s.replace(/\s+/gu, ' ').trim();
}

export interface PdfInfo {
  pages: number;
  /** Size of every page in millimetres (MediaBox/CropBox as reported by pdfinfo, rotation applied). */
  pageSizesMm: { width: number; height: number }[];
  /** The document's Title ('' when it has none): a reader's title bar, the print queue's job name. */
  title: string;
  /** Its Subject (description), as a viewer's "Properties" show it; '' when it has none. */
  subject: string;
  /** pdfinfo's "Tagged: yes": a structure tree a screen reader follows. */
  tagged: boolean;
}

const PT_TO_MM = 25.4 / 72;

/** Page count, page sizes, title, subject and tagging via `pdfinfo -f 1 -l 9999`. */
export async function pdfInfo(pdf: Uint8Array | string): Promise<PdfInfo> {
  const out = await withPdfFile(pdf, (file) =>
    execToolOk('pdfinfo', ['-f', '1', '-l', '9999', file]),
  );
  const pagesMatch = /^Pages:\s+(\d+)/m.exec(out);
  if (!pagesMatch?.[1]) throw new Error(`pdfinfo: no "Pages:" line in output:\n${out}`);
  const pages = Number(pagesMatch[1]);
  const pageSizesMm: { width: number; height: number }[] = [];
  const sizeRe = /^Page\s+(\d+)\s+size:\s+([\d.]+)\s+x\s+([\d.]+)\s+pts/gm;
  for (const m of out.matchAll(sizeRe)) {
    pageSizesMm[Number(m[1]) - 1] = {
      width: Number(m[2]) * PT_TO_MM,
      height: Number(m[3]) * PT_TO_MM,
    };
  }
  // pdfinfo also prints rotation per page; apply it so sizes are as displayed.
  for (const m of out.matchAll(/^Page\s+(\d+)\s+rot:\s+(\d+)/gm)) {
    const size = pageSizesMm[Number(m[1]) - 1];
    if (size && Number(m[2]) % 180 !== 0) {
      pageSizesMm[Number(m[1]) - 1] = { width: size.height, height: size.width };
    }
  }
  const field = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(out)?.[1] ?? '';
  return {
    pages,
    pageSizesMm,
    title: field('Title'),
    subject: field('Subject'),
    tagged: field('Tagged') === 'yes',
  };
}

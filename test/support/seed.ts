/**
 * The seed notice (test/fixtures/seed/cong-van-phat-dong.txt, text extracted from the ward's PDF)
 * as comparable units: its body split into sentences and items, and the URLs it prints.
 * Tests use them to check that the example campaign transcribes the notice in full, and that
 * rendered PDFs print every sentence.
 *
 * The extraction's artefacts are undone here: line breaks of the original layout (a blank line
 * after every line), trailing spaces, the full-URL lines of the link annotations repeated after
 * some pages, and URLs split over two lines.
 */
import { readFileSync } from 'node:fs';

const SEED_FILE = new URL('../fixtures/seed/cong-van-phat-dong.txt', import.meta.url);

/** First words of the body, right after the "Kính gửi" list. */
const BODY_START = 'Hưởng ứng phong trào';
/** Last words of the body, before "Nơi nhận". */
const BODY_END = 'giải quyết./.';

const BARE_URL = /^https?:\/\/\S+$/;
/** A line that starts a new item, heading or numbered paragraph ("- ", "I. ", "2. ", "a) ", "* "). */
const BLOCK_START = /^(?:- |(?:[IVX]+|\d+)\. |[a-z]\) |\* )/;
/** A line that is a whole block by itself: the prize sub-heads "a) …", "b) …". */
const LINE_BLOCK = /^[a-z]\) /;
/** A lone number prefix ("I.", "4.") left by the sentence split: it belongs to what follows. */
const NUMBER_PREFIX = /^(?:[IVX]+|\d+)\.$/;

interface Seed {
  /** The body's lines, trimmed, without blank lines and repeated URL annotations. */
  lines: string[];
  /** The complete URLs, from the annotation lines. */
  urls: string[];
}

function readSeed(): Seed {
  const text = readFileSync(SEED_FILE, 'utf8').normalize('NFC');
  const bareUrls = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => BARE_URL.test(line));
  // A bare-URL line that is the start of a longer one is a fragment of a URL split over two
  // lines in the body (".../1caLTXEfTl2wTt2pHLLFySlQ-"); the others are the annotations.
  const isFragment = (line: string) => bareUrls.some((u) => u !== line && u.startsWith(line));
  const urls = [...new Set(bareUrls.filter((u) => !isFragment(u)))];

  const start = text.indexOf(BODY_START);
  const end = text.indexOf(BODY_END, start);
  if (start < 0 || end < 0)
    throw new Error(`seed: body markers not found in ${SEED_FILE.pathname}`);
  const lines = text
    .slice(start, end + BODY_END.length)
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '' && !(BARE_URL.test(line) && urls.includes(line)));
  return { lines, urls };
}

/**
 * Append `line` to `text`: with no space when `text` ends in a URL that `line` continues
 * (the result is still the start of a known URL), otherwise with one space.
 */
function joinLine(text: string, line: string, urls: readonly string[]): string {
  if (text === '') return line;
  const lastToken = text.slice(text.lastIndexOf(' ') + 1);
  const at = lastToken.search(/https?:\/\//);
  if (at >= 0) {
    const firstToken = line.split(' ')[0] ?? '';
    const joined = lastToken.slice(at) + firstToken;
    if (urls.some((u) => u.startsWith(joined))) return text + line;
  }
  return `${text} ${line}`;
}

/** The body as blocks: one per item, heading or numbered paragraph, lines joined. */
function seedBlocks(): { blocks: string[]; urls: string[] } {
  const { lines, urls } = readSeed();
  const blocks: string[] = [];
  let current = '';
  for (const line of lines) {
    if (BLOCK_START.test(line) && current !== '') {
      blocks.push(current);
      current = '';
    }
    current = joinLine(current, line, urls);
    if (LINE_BLOCK.test(line)) {
      blocks.push(current);
      current = '';
    }
  }
  if (current !== '') blocks.push(current);
  return { blocks, urls };
}

/** The whole body as one line: lines joined, URLs whole, whitespace collapsed, NFC. */
export function seedBodyText(): string {
  return seedBlocks().blocks.join(' ');
}

/**
 * The body's sentences and items, each NFC with single spaces: split after ". ", "; " and ": "
 * (not before a URL, which stays with its lead-in), every "- " item its own unit without its
 * dash, a number prefix ("4. ", "I. ") kept with what follows. Units of fewer than 3 words
 * are dropped.
 */
export function seedBodySentences(): string[] {
  const units: string[] = [];
  for (const block of seedBlocks().blocks) {
    const item = block.startsWith('- ') ? block.slice(2) : block;
    const parts = item.split(/(?<=[.;:]) (?!https?:\/\/)/);
    let prefix = '';
    for (const part of parts) {
      if (NUMBER_PREFIX.test(part)) {
        prefix = `${prefix}${part} `;
        continue;
      }
      units.push(`${prefix}${part}`.trim());
      prefix = '';
    }
    if (prefix !== '') units.push(prefix.trim());
  }
  return units.filter((unit) => unit.split(' ').length >= 3);
}

/**
 * The "Kính gửi" list as the seed issues it: one entry a line, each without its "- " (the
 * extraction doubles the dash), its own ";" or "." kept.
 */
export function seedRecipients(): string[] {
  const text = readFileSync(SEED_FILE, 'utf8').normalize('NFC');
  const from = text.indexOf('Kính gửi:');
  const to = text.indexOf(BODY_START, from);
  if (from < 0 || to < 0) throw new Error(`seed: "Kính gửi" not found in ${SEED_FILE.pathname}`);
  return text
    .slice(from + 'Kính gửi:'.length, to)
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.startsWith('-'))
    .map((line) => line.replace(/^(?:- ?)+/, ''));
}

/** The distinct URLs the body prints, whole, in the order the body first prints them. */
export function seedUrls(): string[] {
  const { blocks, urls } = seedBlocks();
  const body = blocks.join(' ');
  for (const url of urls) {
    if (!body.includes(url)) throw new Error(`seed: URL not found whole in the body: ${url}`);
  }
  return [...urls].sort((a, b) => body.indexOf(a) - body.indexOf(b));
}

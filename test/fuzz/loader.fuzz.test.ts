/**
 * Fuzzing the groups and roster loaders with random bytes and with mutations of the example's
 * real CSV and XLSX: each input must either load or throw our UserError (never another error, a
 * stack trace for the user), each within 15 s (no hang: a hang detector, not a speed check —
 * a loaded CI machine took over 2 s for one XLSX), and a build given a file that does not
 * load writes nothing. Seeded (a fixed PRNG), so CI runs the same inputs every time.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { isUserError } from '../../src/errors.js';
import { parseGroupsCsv, parseGroupsXlsx } from '../../src/load/groups/index.js';
import { parseRoster } from '../../src/load/roster.js';
import { build } from '../../src/output/build.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const EXAMPLE_XLSX = EXAMPLE_GROUPS.replace(/\.csv$/, '.xlsx');
const LIMIT_MS = 15_000;

/** mulberry32: a small seeded PRNG, so every run fuzzes the same inputs. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rand = prng(20251011);
const int = (n: number) => Math.floor(rand() * n);

function randomBytes(max: number): Uint8Array {
  return Uint8Array.from({ length: int(max) }, () => int(256));
}

/** Bytes a CSV breaks on: delimiters, quotes, line ends, BOMs, NUL, high bytes. */
const NASTY = [0x3b, 0x2c, 0x09, 0x22, 0x0a, 0x0d, 0x00, 0xef, 0xbb, 0xbf, 0xff, 0xfe, 0xc3, 0xa9];

function mutate(src: Uint8Array, edits: number): Uint8Array {
  let b = Array.from(src);
  for (let e = 0; e < edits; e++) {
    const at = int(b.length + 1);
    switch (int(6)) {
      case 0: // flip a bit
        if (b.length) b[at % b.length] = (b[at % b.length] as number) ^ (1 << int(8));
        break;
      case 1: // insert a byte CSV parsers care about
        b.splice(at, 0, NASTY[int(NASTY.length)] as number);
        break;
      case 2: // delete a run
        b.splice(at, 1 + int(16));
        break;
      case 3: // duplicate a run
        b.splice(at, 0, ...b.slice(at, at + 1 + int(64)));
        break;
      case 4: // truncate
        b = b.slice(0, at);
        break;
      default: // overwrite with random bytes
        for (let k = 0; k < 1 + int(8); k++) if (b.length) b[int(b.length)] = int(256);
    }
  }
  return Uint8Array.from(b);
}

interface Outcome {
  ok: boolean;
  ms: number;
}

/** Runs one load: it must finish in time with a result or a UserError. */
async function attempt(load: () => unknown): Promise<Outcome> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${LIMIT_MS} ms`)), LIMIT_MS);
  });
  try {
    await Promise.race([Promise.resolve().then(load), timeout]);
    return { ok: true, ms: performance.now() - started };
  } catch (e) {
    if (!isUserError(e)) throw e;
    return { ok: false, ms: performance.now() - started };
  } finally {
    clearTimeout(timer);
  }
}

function summary(outcomes: Outcome[]) {
  return {
    loaded: outcomes.filter((o) => o.ok).length,
    refused: outcomes.filter((o) => !o.ok).length,
    slowest: Math.max(...outcomes.map((o) => o.ms)),
  };
}

describe('CSV loader', () => {
  it('300 random byte buffers: a UserError each, promptly', async () => {
    const outcomes: Outcome[] = [];
    for (let i = 0; i < 300; i++) {
      const bytes = randomBytes(i < 50 ? 16 : 4096);
      outcomes.push(await attempt(() => parseGroupsCsv(bytes, 'random.csv')));
      outcomes.push(await attempt(() => parseRoster(bytes, 'random.csv')));
    }
    const s = summary(outcomes);
    expect(s.slowest).toBeLessThan(LIMIT_MS);
    expect(s.refused).toBeGreaterThan(0);
  });

  it('300 mutations of the example CSV: loaded or refused with a UserError', async () => {
    const csv = new Uint8Array(await readFile(EXAMPLE_GROUPS));
    const outcomes: Outcome[] = [];
    for (let i = 0; i < 300; i++) {
      const bytes = mutate(csv, 1 + int(i < 150 ? 3 : 40));
      outcomes.push(await attempt(() => parseGroupsCsv(bytes, 'mutated.csv')));
    }
    const s = summary(outcomes);
    expect(s.slowest).toBeLessThan(LIMIT_MS);
    // Both sides are exercised: small edits often still load, big ones are refused.
    expect(s.loaded).toBeGreaterThan(10);
    expect(s.refused).toBeGreaterThan(10);
  });
});

/** The workbook with one of its XML parts mutated and zipped again: reaches the XML readers. */
function mutateInside(xlsx: Uint8Array): Uint8Array {
  const parts: Record<string, Uint8Array> = unzipSync(xlsx);
  const names = ['xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml', 'xl/workbook.xml'];
  const name = names[int(names.length)] as string;
  parts[name] = mutate(parts[name] as Uint8Array, 1 + int(6));
  return zipSync(parts);
}

describe('XLSX loader', () => {
  it('60 mutations of the XML inside the example workbook', async () => {
    const xlsx = new Uint8Array(await readFile(EXAMPLE_XLSX));
    const outcomes: Outcome[] = [];
    for (let i = 0; i < 60; i++) {
      const bytes = mutateInside(xlsx);
      outcomes.push(await attempt(() => parseGroupsXlsx(bytes, 'mutated.xlsx')));
    }
    const s = summary(outcomes);
    expect(s.slowest).toBeLessThan(LIMIT_MS);
    expect(s.loaded).toBeGreaterThan(0);
    expect(s.refused).toBeGreaterThan(0);
  });

  it('40 mutations of the example workbook and 10 random files', async () => {
    const xlsx = new Uint8Array(await readFile(EXAMPLE_XLSX));
    const outcomes: Outcome[] = [];
    for (let i = 0; i < 40; i++) {
      // Small edits past the zip's local headers reach the XML inside; big ones break the zip.
      const bytes = mutate(xlsx, 1 + int(i < 30 ? 2 : 20));
      outcomes.push(await attempt(() => parseGroupsXlsx(bytes, 'mutated.xlsx')));
      outcomes.push(await attempt(() => parseRoster(bytes, 'mutated.xlsx')));
    }
    for (let i = 0; i < 10; i++) {
      const bytes = randomBytes(2048);
      outcomes.push(await attempt(() => parseGroupsXlsx(bytes, 'random.xlsx')));
    }
    const s = summary(outcomes);
    expect(s.slowest).toBeLessThan(LIMIT_MS);
    expect(s.refused).toBeGreaterThan(0);
  });
});

describe('a build from a file that does not load', () => {
  it('writes nothing, for CSV and XLSX alike', async () => {
    const dir = await makeTempDir('phuong-print-fuzz-build-');
    const sources = [
      { ext: 'csv', bytes: new Uint8Array(await readFile(EXAMPLE_GROUPS)) },
      { ext: 'xlsx', bytes: new Uint8Array(await readFile(EXAMPLE_XLSX)) },
    ];
    let checked = 0;
    for (const { ext, bytes } of sources) {
      // The first few mutations the loader refuses (a --strict build refuses a bad row too).
      for (let i = 0; i < 200 && checked < (ext === 'csv' ? 3 : 5); i++) {
        const mutated = mutate(bytes, 30);
        const load = ext === 'csv' ? parseGroupsCsv : parseGroupsXlsx;
        if ((await attempt(() => load(mutated, `bad.${ext}`))).ok) continue;
        const file = join(dir, `bad-${checked}.${ext}`);
        await writeFile(file, mutated);
        const out = join(dir, `out-${checked}`);
        let error: unknown;
        try {
          await build({ campaign: EXAMPLE_CAMPAIGN, groups: file, out, strict: true, jobs: 1 });
        } catch (e) {
          error = e;
        }
        expect(isUserError(error), String(error)).toBe(true);
        await expect(readdir(out)).rejects.toMatchObject({ code: 'ENOENT' });
        checked++;
      }
    }
    expect(checked).toBe(5);
  });
});

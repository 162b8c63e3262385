/**
 * A field one clerk's save overwrote knowingly (qa49 M2): two clerks changed the same field, the
 * second was refused, saw what the first changed and chose "Ghi đè thay đổi của <người>". The
 * first is told on her next load of the campaign's page, once: who overwrote which field, when,
 * and what her version said. Before, the second Lưu silently put back the old hotline number and
 * the first clerk, reloading, was told nothing. Of this folder only (staysInFolder).
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../output/atomic-write.js';
import { OVERWRITTEN_FILE } from './campaign-folders.js';
import { inTurn } from './in-turn.js';

/** One knowing overwrite: `by` replaced `over`'s value of the field `label`, at `at`. */
export interface Overwrite {
  /** The form's field name. */
  key: string;
  by: string;
  over: string;
  label: string;
  /** `over`'s value, as it was replaced. */
  lost: string;
  at: string;
}

async function readAll(file: string): Promise<Overwrite[]> {
  try {
    const data: unknown = JSON.parse(await readFile(file, 'utf8'));
    return Array.isArray(data)
      ? data.filter(
          (o): o is Overwrite =>
            typeof o === 'object' &&
            o !== null &&
            ['key', 'by', 'over', 'label', 'lost', 'at'].every(
              (k) => typeof (o as Record<string, unknown>)[k] === 'string',
            ),
        )
      : [];
  } catch {
    return [];
  }
}

/** Remembers the overwrites of one save. */
export function recordOverwrites(folder: string, made: readonly Overwrite[]): Promise<void> {
  if (made.length === 0) return Promise.resolve();
  const file = join(folder, OVERWRITTEN_FILE);
  return inTurn(file, async () => {
    await writeFileAtomic(
      file,
      `${JSON.stringify([...(await readAll(file)), ...made], null, 2)}\n`,
    );
  });
}

/** The overwrites of `user`'s changes not yet told, now told (taken out of the record). */
export function takeOverwritesOf(folder: string, user: string): Promise<Overwrite[]> {
  const file = join(folder, OVERWRITTEN_FILE);
  return inTurn(file, async () => {
    const all = await readAll(file);
    const mine = all.filter((o) => o.over === user);
    if (mine.length === 0) return [];
    const rest = all.filter((o) => o.over !== user);
    if (rest.length) await writeFileAtomic(file, `${JSON.stringify(rest, null, 2)}\n`);
    else await rm(file, { force: true });
    return mine;
  });
}

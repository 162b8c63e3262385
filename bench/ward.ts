/**
 * Bench: the synthetic ward (test/support/ward.ts, shared with the tests) written to a file, and
 * the one-row edit used to time an incremental re-run.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { leaderName, wardCsv, wardRow } from '../test/support/ward.js';

/** Writes a groups CSV with groups 1..n. */
export async function writeWard(file: string, n: number): Promise<void> {
  await writeFile(file, wardCsv(n));
}

/** Changes the leader of group `id` in place: one group's inputs change, nothing else. */
export async function changeLeader(file: string, id: number, salt: number): Promise<void> {
  const text = await readFile(file, 'utf8');
  const lines = text.split('\r\n');
  const at = lines.findIndex((l) => l.startsWith(`${id};`));
  if (at < 0) throw new Error(`bench: group ${id} not in ${file}`);
  lines[at] = wardRow(id, () => `${leaderName(id, salt)} ${['Sơn', 'Lộc', 'Phúc'][salt % 3]}`);
  await writeFile(file, lines.join('\r\n'));
}

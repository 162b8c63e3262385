/**
 * Output stage: `--shard i/n` — a stable share of the groups, by a hash of the group id, so that
 * a CI matrix or a job array can split a city over machines and every run splits it the same.
 */
import { createHash } from 'node:crypto';
import { UserError } from '../errors.js';
import { msg } from '../messages/message.js';

export interface Shard {
  index: number;
  count: number;
}

export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) {
    throw new UserError(
      msg`"${text}" is not a shard`,
      { field: '--shard' },
      msg`Write i/n with 1 ≤ i ≤ n, e.g. 2/4.`,
    );
  }
  return { index, count };
}

export function inShard(id: string, shard: Shard): boolean {
  const h = createHash('sha256').update(id).digest().readUInt32BE(0);
  return h % shard.count === shard.index - 1;
}

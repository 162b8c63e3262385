import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/output/atomic-write.js';

// A group's ZIP is written in the pieces the archive made (h-cpu): the file holds them all, in
// order, and no temporary file stays.
describe('a file written in pieces', () => {
  it('holds every piece in order', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pieces-'));
    const pieces = [
      Buffer.from('PK\u0003\u0004'),
      new Uint8Array(70_000).fill(7),
      Buffer.from('end'),
    ];
    const path = join(dir, 'nhom', 'to-1.zip');
    await writeFileAtomic(path, pieces);
    expect(Buffer.compare(readFileSync(path), Buffer.concat(pieces))).toBe(0);
    expect(readdirSync(join(dir, 'nhom'))).toEqual(['to-1.zip']);
  });
});

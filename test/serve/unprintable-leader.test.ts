/**
 * qa9 Q7: a groups cell with a character the PDF fonts lack (a leader's name written in Chinese
 * letters) keeps its group on the leaders' pages and in the ward's groups (so in the results):
 * the page, which is HTML, shows the name; only that group's documents are refused, and its page
 * says why, naming the character and the column. Before, the group vanished: its link was a 404
 * and the ward counted one group fewer.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWard, type Ward } from '../../src/serve/ward.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { startServer, tokenOf } from './server.js';

const LEADER = 'Lý Minh 李明';
let ward: Ward;
let url: string;
let close: () => Promise<void>;
let rows: string[];

beforeAll(async () => {
  const dir = await makeTempDir();
  const text = await readFile(EXAMPLE_GROUPS, 'utf8');
  rows = text.trim().split(/\r?\n/).slice(1);
  // Row 3 of the file: group 2's leader.
  const groups = join(dir, 'groups.csv');
  await writeFile(groups, text.replace('Trần Thị Thu Hằng', LEADER));
  ward = await loadWard({ campaign: EXAMPLE_CAMPAIGN, groups, perKind: true });
  const server = await startServer({ ward });
  url = server.url;
  close = () => server.app.close();
});
afterAll(async () => {
  await close?.();
  await removeTempDirs();
});

describe('a leader’s name the fonts cannot print', () => {
  it('keeps the group in the ward: every row of the file is a group', () => {
    expect(ward.groups.map((g) => g.id)).toContain('2');
    expect(ward.groups).toHaveLength(rows.length);
  });

  it('keeps its leader page, showing the name and why nothing can be printed', async () => {
    const res = await fetch(`${url}/g/${tokenOf('2')}/`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Tổ dân phố số 2');
    const warning = /<p class="warning" role="alert">([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '';
    expect(warning).toContain('chưa tạo được');
    expect(warning).toContain('李');
    expect(warning).toContain('Tổ trưởng');
    // No document offered that could not be made.
    expect(html).not.toMatch(/href="[^"]*notice\.pdf"/);
  });

  it('refuses its documents, and serves the other groups’ as before', async () => {
    expect((await fetch(`${url}/g/${tokenOf('2')}/notice.pdf`)).status).toBe(404);
    const other = await fetch(`${url}/g/${tokenOf('1')}/notice.pdf`);
    expect(other.status).toBe(200);
    expect((await other.arrayBuffer()).byteLength).toBeGreaterThan(1000);
  });
});

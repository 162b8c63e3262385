/**
 * review46 #8: Kết quả of a long list shows its first tổ and "Xem cả 60 tổ"; once there, choosing
 * another sort went back to the first ones (the sort links dropped `tat-ca=1`). Now each sort
 * link, and the search form, keeps the whole list. The example campaign over 60 tổ, read as HTML.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { type Client, studioWithExample, type TestStudio } from './studio.js';

const GROUPS = 60;
let s: TestStudio;
let c: Client;
beforeAll(async () => {
  let folder: string;
  ({ s, c, folder } = await studioWithExample());
  const rows = Array.from(
    { length: GROUPS },
    (_, i) =>
      `${i + 1},Tổ dân phố số ${i + 1},Trưởng tổ ${i + 1},0912 345 ${String(i).padStart(3, '0')},${100 + i},${400 + i}`,
  );
  await writeFile(
    join(folder, 'groups.csv'),
    `STT,Tên tổ dân phố,Tổ trưởng,SĐT,Số hộ,Số nhân khẩu\n${rows.join('\n')}\n`,
  );
});
afterAll(async () => {
  await s?.close();
  await removeTempDirs();
});

/** The page's table rows, its sort links (label → href) and its search form's hidden fields. */
async function resultsAt(path: string) {
  const r = await c.get(path);
  expect(r.status, r.text).toBe(200);
  const doc = parseDocument(r.text);
  const table = DomUtils.findOne((e) => e.attribs.class === 'results-table', doc.children);
  const tbody = table && DomUtils.findOne((e) => e.name === 'tbody', [table]);
  const rows = tbody ? DomUtils.findAll((e) => e.name === 'tr', [tbody]) : [];
  const sorts = DomUtils.findOne((e) => e.attribs.class === 'sorts', doc.children);
  const links = sorts ? DomUtils.findAll((e) => e.name === 'a', [sorts]) : [];
  const search = DomUtils.findOne((e) => e.attribs.class === 'search', doc.children);
  const hidden = search
    ? DomUtils.findAll((e) => e.name === 'input' && e.attribs.type === 'hidden', [search])
    : [];
  return {
    rows: rows.length,
    sorts: links.map((a) => [DomUtils.textContent(a), a.attribs.href ?? ''] as const),
    hidden: Object.fromEntries(hidden.map((i) => [i.attribs.name, i.attribs.value])),
  };
}

describe('Kết quả’s whole list, sorted another way', () => {
  it('keeps every tổ after a sort link is followed', async () => {
    const first = await resultsAt('/c/hai-phong/results');
    expect(first.rows).toBeLessThan(GROUPS);
    const all = await resultsAt('/c/hai-phong/results?tat-ca=1');
    expect(all.rows).toBe(GROUPS);
    expect(all.sorts.length).toBeGreaterThan(0);
    for (const [label, href] of all.sorts) {
      const sorted = await resultsAt(`/c/hai-phong/results${href}`);
      expect(sorted.rows, label).toBe(GROUPS);
    }
    expect(all.hidden['tat-ca']).toBe('1');
  });
});

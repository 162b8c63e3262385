/**
 * qa59b p3: the same campaign printed in two wards' studios downloaded under the same names from
 * both ("Áp phích A3 - tất cả các tổ dân phố - Phòng, chống sốt xuất huyết đợt 1.pdf"): at the
 * copy shop ward A's posters could not be told from ward B's. Each studio download now names the
 * ward, as the campaign file writes it (issuer.ward). Real HTTP on loopback, the real build.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { buildAndWait } from './build-wait.js';
import { type Client, studioWithExample, type TestStudio } from './studio.js';

let s: TestStudio;
let c: Client;
let ward: string;
beforeAll(async () => {
  let folder: string;
  ({ s, c, folder } = await studioWithExample({}, 'hai-phong', undefined, { groups: 2 }));
  const yaml = await readFile(join(folder, 'campaign.yaml'), 'utf8');
  ward = /^\s+ward: ([^#\n]+?)\s*(#.*)?$/m.exec(yaml)?.[1] ?? '';
  expect((await buildAndWait(c, 'hai-phong')).state).toBe('done');
});
afterAll(async () => {
  await s?.close();
  await removeTempDirs();
});

/** The name a browser saves an answer under (RFC 5987's filename*). */
const savedAs = (disposition: string | null) =>
  decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(disposition ?? '')?.[1] ?? '');

describe('the studio’s print files and ZIPs', () => {
  it('download under names with the ward in them', async () => {
    expect(ward).toBe('phường Lê Chân');
    const page = (await c.get('/c/hai-phong/build')).text;
    const hrefs = [...page.matchAll(/href="(\/c\/hai-phong\/(out\/[^"]+|[^"/]+\.zip))"/g)].map(
      (m) => m[1] ?? '',
    );
    expect(hrefs.length).toBeGreaterThan(2);
    for (const href of hrefs) {
      const answer = await c.get(href);
      expect(answer.status, href).toBe(200);
      const name = savedAs(answer.headers.get('content-disposition'));
      expect(name, href).toContain(ward);
    }
  });
});

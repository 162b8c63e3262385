/**
 * The studio's sheet of QR codes of an open campaign's leader links ("In mã QR" on the leaders'
 * tab) is serve's own sheet with serve's cache: a double click, or the office asking again, gets
 * the sheet already drawn, not a second drawing on the worker threads that also draw the leaders'
 * pages and the previews. Drawings are counted at the preview's pool, where the studio draws.
 */
import { statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DocumentPool } from '../../src/serve/renderer.js';
import { Previewer } from '../../src/studio/preview.js';
import { pdfText } from '../support/pdf-text.js';
import { removeTempDirs } from '../support/tmp.js';
import type { Client, TestStudio } from './studio.js';
import { exampleGroupsCsv, studioWithExample } from './studio.js';

let sheetsDrawn = 0;
const counted = new WeakMap<DocumentPool, DocumentPool>();
const documentPool = Previewer.prototype.documentPool;
vi.spyOn(Previewer.prototype, 'documentPool').mockImplementation(function (this: Previewer) {
  const pool = documentPool.call(this);
  let wrapped = counted.get(pool);
  if (!wrapped) {
    wrapped = new Proxy(pool, {
      get(target, key) {
        if (key === 'renderQrSheet') {
          return (task: Parameters<DocumentPool['renderQrSheet']>[0]) => {
            sheetsDrawn++;
            return target.renderQrSheet(task);
          };
        }
        const value = Reflect.get(target, key);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    counted.set(pool, wrapped);
  }
  return wrapped;
});

/**
 * The example's first three groups: a sheet drawn or not is not about the ward's size (its 32
 * were three sheets of 32 codes drawn).
 */
const GROUPS = 3;
const leaders = (await exampleGroupsCsv(GROUPS))
  .toString('utf8')
  .replace(/^\uFEFF/, '')
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((line) => line.split(';'));

describe('the studio’s QR sheet of the leaders’ links', () => {
  let s: TestStudio;
  let c: Client;
  beforeAll(async () => {
    ({ s, c } = await studioWithExample(
      { baseUrl: 'https://in.phuong-le-chan.vn' },
      'ma-qr',
      undefined,
      { groups: GROUPS },
    ));
    expect(leaders).toHaveLength(GROUPS);
    expect((await c.post('/c/ma-qr/leaders/open', {}, '/c/ma-qr/leaders')).status).toBe(303);
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it('is drawn once for a double click and a later click, with every group and leader', async () => {
    const before = sheetsDrawn;
    const [a, b] = await Promise.all([
      c.get('/c/ma-qr/leaders/qr.pdf'),
      c.get('/c/ma-qr/leaders/qr.pdf'),
    ]);
    const again = await c.get('/c/ma-qr/leaders/qr.pdf');
    for (const sheet of [a, b, again]) {
      expect(sheet.status).toBe(200);
      expect(sheet.headers.get('content-type')).toBe('application/pdf');
    }
    expect(sheetsDrawn - before).toBe(1);
    const text = (await pdfText(a.bytes)).replace(/\s+/g, ' ');
    for (const [, name = '', leader = ''] of leaders) {
      expect(text).toContain(name);
      expect(text).toContain(leader);
    }
    // The written address goes over lines, broken after a "/".
    expect(text.replace(/\/ /g, '/')).toContain('in.phuong-le-chan.vn/p/ma-qr/g/');
  });

  it('is not drawn again after a save that changes nothing, nor once that save has settled', async () => {
    const qr = '/c/ma-qr/leaders/qr.pdf';
    const first = await c.get(qr);
    // The office saves the campaign and its groups again, unchanged.
    const files = ['campaign.yaml', 'groups.csv'].map((f) => `${s.dataDir}/campaigns/ma-qr/${f}`);
    for (const file of files) await writeFile(file, await readFile(file));
    const before = sheetsDrawn;
    const [a, b] = await Promise.all([c.get(qr), c.get(qr)]);
    // Two seconds after a save its file's times are trusted again (src/load/file-stamp.ts): the
    // files are the same, so is the sheet.
    const saved = Math.max(...files.map((f) => statSync(f).ctimeMs));
    await new Promise((done) => setTimeout(done, Math.max(0, saved + 2_500 - Date.now())));
    const later = await c.get(qr);
    for (const sheet of [a, b, later]) {
      expect(sheet.status).toBe(200);
      expect(Buffer.from(sheet.bytes).equals(Buffer.from(first.bytes))).toBe(true);
    }
    expect(sheetsDrawn - before).toBe(0);
  });

  it('is drawn again once the groups change, with the new names', async () => {
    const file = `${s.dataDir}/campaigns/ma-qr/groups.csv`;
    const csv = await readFile(file, 'utf8');
    const [, name = ''] = leaders[0] ?? [];
    await writeFile(file, csv.replace(`;${name};`, `;${name} (mới);`));
    const before = sheetsDrawn;
    const sheet = await c.get('/c/ma-qr/leaders/qr.pdf');
    expect(sheet.status).toBe(200);
    expect(sheetsDrawn - before).toBe(1);
    expect((await pdfText(sheet.bytes)).replace(/\s+/g, ' ')).toContain(`${name} (mới)`);
  });
});

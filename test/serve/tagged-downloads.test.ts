/**
 * `serve`, what a leader downloads is tagged for screen readers without any option (qa41
 * MAJOR-2): every PDF kind has a structure tree, is marked and in Vietnamese (its catalog, qpdf's
 * JSON), and reads (pdf.js) exactly as the same document rendered tagged does. What a tagged
 * document reads is tested in test/render/tagged*.test.ts.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findKind } from '../../src/kinds/registry.js';
import { loadFonts } from '../../src/layout/fonts.js';
import { renderOutput } from '../../src/render/output.js';
import { structure } from '../support/pdf-structure.js';
import { catalogOf, objectsOf, resolved } from '../support/qpdf.js';
import { makeTempDir } from '../support/tmp.js';
import { serveForFile, tokenOf } from './server.js';

const s = serveForFile();

describe("a leader's downloads are tagged", () => {
  it('every PDF kind: a structure tree, marked, in Vietnamese, read as the document rendered tagged', async () => {
    const dir = await makeTempDir('phuong-print-tagged-download-');
    for (const [file, name, variant] of [
      ['notice.pdf', 'notice'],
      ['poster-a4.pdf', 'poster', 'a4'],
      ['poster-a3.pdf', 'poster', 'a3'],
      ['flyer.pdf', 'flyer'],
      ['checklist.pdf', 'checklist'],
      ['tracker.pdf', 'tracker'],
    ] as const) {
      const res = await fetch(`${s.url}/g/${tokenOf('5')}/${file}`);
      expect(res.status, file).toBe(200);
      const bytes = new Uint8Array(await res.arrayBuffer());
      const path = join(dir, file);
      await writeFile(path, bytes);
      const objects = await objectsOf(path);
      const root = catalogOf(objects);
      expect(root['/StructTreeRoot'], file).toMatch(/^\d+ 0 R$/);
      expect(resolved(objects, root['/MarkInfo']), file).toEqual({ '/Marked': true });
      expect(resolved(objects, root['/Lang']), file).toBe('u:vi-VN');
      const kind = findKind(name);
      if (!kind) throw new Error(`no kind ${name}`);
      const rendered = await renderOutput(kind, s.ward.contextOf('5'), {
        fonts: loadFonts(),
        created: s.ward.created,
        tagged: true,
        variant,
      });
      const nodes = await structure(bytes);
      expect(nodes.length, file).toBeGreaterThan(5);
      expect(nodes, file).toEqual(await structure(rendered.bytes));
    }
  });
});

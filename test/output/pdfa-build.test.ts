/**
 * `build --pdfa`, end to end: the PDFs the build writes — a group's documents of every kind and
 * the ward's print files, which hold every group's pages — read back (qpdf's JSON) as PDF/A-2b: XMP metadata identifying
 * part 2, conformance B, with the document's Vietnamese title and author and its date; an sRGB
 * output intent with its ICC profile; every font embedded (pdffonts); and the file whole
 * (qpdf --check). No PDF/A validator installs from the registries this project uses; these
 * checks stand in for one. The build runs in this process (runCliInProcess).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArgs, runCliInProcess } from '../support/cli.js';
import { execTool } from '../support/exec.js';
import { readManifest } from '../support/manifest.js';
import { structure } from '../support/pdf-structure.js';
import { objectsOf, ref, textOf } from '../support/qpdf.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

let out: string;
let files: string[];
/** The PDFs read back: see beforeAll. */
let read: string[];

beforeAll(async () => {
  const dir = await makeTempDir('phuong-print-pdfa-build-');
  // Two groups: every kind, and the print files (made for a whole ward, not for --group), in
  // which the second group's pages follow the first's.
  const [head = '', ...rows] = (await readFile(EXAMPLE_GROUPS, 'utf8')).split(/\r?\n/);
  // 30 households each (the column "Số hộ"): a tracking sheet of a page of rows and its last
  // page, not 10 and 14 pages of blank rows (24 more in the print file) read by every tool.
  const households = head.split(';').indexOf('Số hộ');
  expect(households).toBeGreaterThan(0);
  const two = rows.slice(0, 2).map((row) => {
    const cells = row.split(';');
    cells[households] = '30';
    return cells.join(';');
  });
  const groups = join(dir, 'groups.csv');
  await writeFile(groups, `${[head, ...two].join('\r\n')}\r\n`);
  out = join(dir, 'out');
  const r = await runCliInProcess(buildArgs(EXAMPLE_CAMPAIGN, groups, out, '--pdfa', '--quiet'));
  expect(r.code, r.stderr).toBe(0);
  const manifest = await readManifest(out);
  files = [...manifest.files.map((f) => f.path), ...manifest.print.map((p) => p.path)].filter((p) =>
    p.endsWith('.pdf'),
  );
  // The first group's documents and every print file (which hold every group's pages): the
  // other group's documents are made by the same code (four tools a file).
  read = [
    ...manifest.files.filter((f) => f.group === '1').map((f) => f.path),
    ...manifest.print.map((p) => p.path),
  ].filter((p) => p.endsWith('.pdf'));
});

describe('build --pdfa', () => {
  it('writes group files of every PDF kind and print files', () => {
    expect(files.some((f) => f.startsWith('print/'))).toBe(true);
    for (const kind of ['notice', 'poster-a4', 'flyer', 'checklist', 'tracker']) {
      expect(files.some((f) => f.endsWith(`/${kind}.pdf`))).toBe(true);
    }
  });

  it('every PDF: XMP pdfaid part 2 conformance B with its title and author, an sRGB output intent', async () => {
    expect(read.length).toBeGreaterThanOrEqual(10);
    for (const file of read) {
      const path = join(out, file);
      const objects = await objectsOf(path);
      const catalog = Object.values(objects).find((o) => o.value?.['/Type'] === '/Catalog');
      expect(catalog, file).toBeDefined();
      const xmpStream = objects[ref(catalog?.value?.['/Metadata'])]?.stream;
      const xmp = Buffer.from(xmpStream?.data ?? '', 'base64').toString('utf8');
      expect(xmp, file).toContain('<pdfaid:part>2</pdfaid:part>');
      expect(xmp, file).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
      // The same title and author as the document information a viewer shows (Vietnamese): the
      // trailer's /Info, read from the same qpdf JSON (pdfinfo prints that dictionary; one tool
      // process less a file).
      const info = objects[ref(objects.trailer?.value?.['/Info'])]?.value ?? {};
      const title = textOf(objects, info['/Title']);
      const author = textOf(objects, info['/Author']);
      expect(title, file).toMatch(/[À-ỹ]/);
      // The issuer as a sentence names it, its ward with it (the example's header, in its words).
      expect(author, file).toBe('Ủy ban nhân dân phường Lê Chân');
      expect(xmp, file).toContain(`<rdf:li xml:lang="x-default">${title}</rdf:li>`);
      expect(xmp, file).toContain(`<rdf:li>${author}</rdf:li>`);
      // The campaign's issue date (2025-10-09 in Viet Nam).
      expect(xmp, file).toContain('<xmp:CreateDate>2025-10-08T17:00:00Z</xmp:CreateDate>');
      // Every PDF, print files included, is tagged for screen readers, in Vietnamese
      // (test/render/tagged*.test.ts read the trees).
      expect(catalog?.value?.['/StructTreeRoot'], file).toBeDefined();
      expect(String(catalog?.value?.['/Lang']), file).toMatch(/^u:vi/);
      const markInfo = catalog?.value?.['/MarkInfo'];
      const marked =
        typeof markInfo === 'string' ? objects[ref(markInfo)]?.value : (markInfo as object);
      expect(marked, file).toMatchObject({ '/Marked': true });
      const intents = catalog?.value?.['/OutputIntents'] as unknown[];
      expect(intents?.length, file).toBe(1);
      const intent = objects[ref(intents[0])]?.value ?? {};
      expect(intent['/S'], file).toBe('/GTS_PDFA1');
      expect(String(intent['/OutputConditionIdentifier']), file).toContain('sRGB');
      const profile = objects[ref(intent['/DestOutputProfile'])]?.stream;
      expect(profile?.dict['/N'], file).toBe(3);
      // An ICC profile: "acsp" at byte 36 of its header.
      const icc = Buffer.from(profile?.data ?? '', 'base64');
      expect(icc.subarray(36, 40).toString('latin1'), file).toBe('acsp');
    }
  });

  it("a print file's structure: each group's document a section, in group order", async () => {
    const csv = (await readFile(EXAMPLE_GROUPS, 'utf8')).split(/\r?\n/).slice(1, 3);
    const names = csv.map((line) => line.split(';')[1] ?? '');
    const nodes = await structure(new Uint8Array(await readFile(join(out, 'print/flyer-all.pdf'))));
    // A flyer is one sheet (its print file one-sided): each group's section holds the
    // group's header and its one title, read once although printed twice.
    const sections = nodes.filter((n) => n.role === 'Sect');
    expect(sections.length).toBe(names.length);
    const headers = nodes.filter((n) => n.role === 'P' && n.depth === 3 && / – /.test(n.text));
    expect(headers.map((n) => n.text.split(' – ')[0])).toEqual(names);
    expect(headers.map((n) => n.page)).toEqual(sections.map((n) => n.page));
    const titles = nodes.filter((n) => n.role === 'H1');
    expect(titles.map((n) => n.page)).toEqual(sections.map((n) => n.page));
  });

  it('every PDF is whole and embeds every font', async () => {
    for (const file of read) {
      const path = join(out, file);
      const check = await execTool('qpdf', ['--check', path]);
      expect(check.code, `${file}\n${check.stdout}`).toBe(0);
      const rows = (await execTool('pdffonts', [path])).stdout
        .split('\n')
        .slice(2)
        .filter((l) => l.trim());
      expect(rows.length, file).toBeGreaterThan(0);
      // Columns: name type encoding emb sub uni object ID.
      for (const row of rows)
        expect(row, `${file}: ${row}`).toMatch(/\s+yes\s+yes\s+yes\s+\d+\s+\d+$/);
    }
  });
});

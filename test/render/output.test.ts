/**
 * renderOutput: one layout of a document gives its file and, for a print file, its pages or a
 * recording — the kind's draw runs once, twice only for a document whose pages cannot move when
 * its kind's last one could — and a print file made from that share has the document's text.
 */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { DocumentKind } from '../../src/kinds/kind.js';
import { findKind } from '../../src/kinds/registry.js';
import { loadFonts } from '../../src/layout/fonts.js';
import { buildContext, groupSlugs } from '../../src/model/context.js';
import { renderFileWithPages } from '../../src/render/image/page-images.js';
import { renderOutput } from '../../src/render/output.js';
import { openPrintDocument } from '../../src/render/print.js';
import { execTool } from '../support/exec.js';
import { pdfPageTexts } from '../support/pdf-text.js';
import { exampleInputs } from '../support/render.js';
import { withPdfFile } from '../support/tmp.js';

const PAINT = { family: 'serif', bold: false, italic: false, size: 14, color: 'black' } as const;

/** The notice kind with its own draw: `lines` on one page, draws counted. */
function countingKind(lines: string[]) {
  const notice = findKind('notice') as DocumentKind;
  const counter = { draws: 0 };
  const kind: DocumentKind = {
    ...notice,
    draw(surface) {
      counter.draws++;
      surface.addPage();
      lines.forEach((line, i) => {
        surface.text(line, 60, 80 + i * 24, PAINT);
      });
    },
  };
  return { kind, counter };
}

async function context(households?: number) {
  const { campaign, groups } = await exampleInputs();
  const fifth = groups[4] ?? (groups[0] as (typeof groups)[number]);
  const group = households === undefined ? fifth : { ...fifth, households };
  const slug = groupSlugs([group]).get(group.id) ?? group.id;
  return {
    ctx: buildContext(campaign, group, slug),
    created: new Date(`${campaign.issued}T00:00:00+07:00`),
  };
}

/** A print file of the given shares, as bytes. */
async function printFile(
  parts: Parameters<ReturnType<typeof openPrintDocument>['add']>[0][],
  size: readonly [number, number] = [595, 842],
) {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (c: Buffer) => chunks.push(c));
  const doc = openPrintDocument(
    loadFonts(),
    size,
    { title: 'Print', author: 'UBND', created: new Date('2026-03-01T00:00:00Z') },
    sink,
  );
  let pages = 0;
  for (const part of parts) pages += doc.add(part);
  await doc.finish();
  return { bytes: new Uint8Array(Buffer.concat(chunks)), pages };
}

describe('renderOutput', () => {
  it('a document of repertoire glyphs: one draw, its pages move into the print file', async () => {
    const { ctx, created } = await context();
    const lines = ['Thông báo họp tổ dân phố', 'Ông Lê Văn Thịnh'];
    const { kind, counter } = countingKind(lines);
    const out = await renderOutput(kind, ctx, { fonts: loadFonts(), created, forPrint: true });
    expect(counter.draws).toBe(1);
    expect(out.mediaType).toBe('application/pdf');
    expect(out.pages).toBe(1);
    expect(out.print && 'pages' in out.print).toBe(true);
    // Keeping the pages does not change the file.
    const plain = await renderOutput(kind, ctx, { fonts: loadFonts(), created });
    expect(plain.print).toBeUndefined();
    expect(Buffer.from(plain.bytes).equals(Buffer.from(out.bytes))).toBe(true);
    const print = await printFile([out.print as NonNullable<typeof out.print>]);
    expect(print.pages).toBe(1);
    expect((await pdfPageTexts(print.bytes)).map((t) => t.replace(/\s+/g, ' ').trim())).toEqual([
      lines.join(' '),
    ]);
  });

  it('a glyph beyond the repertoire: a recording for the print file, laid out again only when not foreseen', async () => {
    const { ctx, created } = await context();
    const opts = { fonts: loadFonts(), created, forPrint: true };
    const lines = ['Điện trở 4,7 kΩ'];
    const { kind, counter } = countingKind(lines);
    // Its kind's last document moved: this one is drawn without a recorder, then laid out again
    // onto one.
    const first = await renderOutput(kind, ctx, opts);
    expect(counter.draws).toBe(2);
    expect(first.print && 'recording' in first.print).toBe(true);
    const print = await printFile([first.print as NonNullable<typeof first.print>]);
    expect(print.pages).toBe(1);
    expect((await pdfPageTexts(print.bytes))[0]?.trim()).toBe(lines[0]);
    // The next of its kind is recorded as it is drawn: one layout.
    const next = await renderOutput(kind, ctx, opts);
    expect(counter.draws).toBe(3);
    expect(next.print && 'recording' in next.print).toBe(true);
    expect(Buffer.from(next.bytes).equals(Buffer.from(first.bytes))).toBe(true);
    // A document of that kind whose pages move (recorded for nothing) ends the foresight.
    const plain = countingKind(['Ông Lê Văn Thịnh']);
    const moved = await renderOutput(plain.kind, ctx, opts);
    expect(plain.counter.draws).toBe(1);
    expect(moved.print && 'pages' in moved.print).toBe(true);
    await renderOutput(kind, ctx, opts);
    expect(counter.draws).toBe(5);
  });

  it('drawn with its page pictures too, a tagged notice is the same file, one picture a page', async () => {
    const { ctx, created } = await context();
    const notice = findKind('notice') as DocumentKind;
    const opts = { fonts: loadFonts(), created, pdfa: true };
    const alone = await renderOutput(notice, ctx, opts);
    const both = await renderFileWithPages(notice, ctx, opts);
    // Every call reached the file (its text, its structure) and each page picture got its page.
    expect(Buffer.from(both.bytes).equals(Buffer.from(alone.bytes))).toBe(true);
    expect(both.svgs.length).toBe(alone.pages);
    const texts = await pdfPageTexts(alone.bytes);
    texts.forEach((text, i) => {
      // A picture's text is outlines: each page's glyphs are drawn, as many pages as the file.
      expect(Buffer.from(both.svgs[i] ?? []).toString()).toContain('<use href="#g');
      expect(text.trim().length).toBeGreaterThan(0);
    });
  });

  it("every kind's pages read the same in the print file as in the group's own file", async () => {
    const { ctx, created } = await context();
    // The tracking sheet of 30 households: a page of rows with its subtotal and the last page,
    // not the thirteen of the group's 305 (drawn, then read twice).
    const sheet = (await context(30)).ctx;
    for (const name of ['notice', 'poster', 'flyer', 'checklist', 'tracker']) {
      const kind = findKind(name) as DocumentKind;
      const out = await renderOutput(kind, name === 'tracker' ? sheet : ctx, {
        fonts: loadFonts(),
        created,
        forPrint: true,
      });
      const print = await printFile([out.print as NonNullable<typeof out.print>], kind.pageSize());
      // Every face the document uses is the print file's too (the checklist's italic note).
      expect(await pdfPageTexts(print.bytes), name).toEqual(await pdfPageTexts(out.bytes));
    }
  });

  it("a print file of many documents lists every page in its page tree, in the documents' order", async () => {
    const { ctx, created } = await context();
    const notice = findKind('notice') as DocumentKind;
    // Twelve groups' documents of one to three pages, each page saying whose and which it is.
    const expected: string[] = [];
    const parts = [];
    for (let group = 1; group <= 12; group++) {
      const pages = (group % 3) + 1;
      const lines = Array.from({ length: pages }, (_, i) => `Tổ ${group} trang ${i + 1}`);
      expected.push(...lines);
      const kind: DocumentKind = {
        ...notice,
        draw(surface) {
          for (const line of lines) {
            surface.addPage();
            surface.text(line, 60, 80, PAINT);
          }
        },
      };
      const out = await renderOutput(kind, ctx, { fonts: loadFonts(), created, forPrint: true });
      parts.push(out.print as NonNullable<typeof out.print>);
    }
    const print = await printFile(parts);
    expect(print.pages).toBe(expected.length);
    expect((await pdfPageTexts(print.bytes)).map((t) => t.trim())).toEqual(expected);
    const check = await withPdfFile(print.bytes, (file) => execTool('qpdf', ['--check', file]));
    expect(check.code, `${check.stdout}\n${check.stderr}`).toBe(0);
  });

  it('an image kind is a PNG', async () => {
    const { ctx, created } = await context();
    const share = findKind('share') as DocumentKind;
    const out = await renderOutput(share, ctx, { fonts: loadFonts(), created });
    expect(out.mediaType).toBe('image/png');
    expect(Buffer.from(out.bytes.subarray(0, 8)).toString('hex')).toBe('89504e470d0a1a0a');
  });
});

/**
 * Tagged PDF (build --pdfa): the notice's structure tree, read back with pdf.js as a screen reader
 * gets it — the document language Vietnamese, the subject as the title (H1), the body's headings
 * (H2), paragraphs, lists and a table with header and data cells in reading order, every QR code
 * a figure whose alternative text names its label and link; page numbers and the running footer
 * are not read. Expected texts come from campaign.yaml. Tagging changes no extracted text.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notice } from '../../src/kinds/notice.js';
import { loadFonts } from '../../src/layout/fonts.js';
import type { Campaign } from '../../src/load/campaign.js';
import type { Group } from '../../src/load/types.js';
import { buildContext, groupSlugs } from '../../src/model/context.js';
import { renderOutput } from '../../src/render/output.js';
import { type StructureNode as Node, structure } from '../support/pdf-structure.js';
import { pdfText } from '../support/pdf-text.js';
import { getDocument } from '../support/pdfjs.js';
import { unmarkedPainting } from '../support/qpdf.js';
import { EXAMPLE_CAMPAIGN, exampleInputs, exampleWithBody } from '../support/render.js';
import { makeTempDir, removeTempDirs, withPdfFile } from '../support/tmp.js';

afterAll(removeTempDirs);

let campaign: Campaign;
let group: Group;
let bytes: Uint8Array;
let nodes: Node[];

const render = (c: Campaign, pdfa: boolean) =>
  renderOutput(notice, buildContext(c, group, groupSlugs([group]).get(group.id) ?? group.id), {
    fonts: loadFonts(),
    created: new Date(`${c.issued}T00:00:00+07:00`),
    pdfa,
  });

beforeAll(async () => {
  const dir = await makeTempDir('phuong-print-tagged-');
  // The example's body with a table after its first heading.
  campaign = await exampleWithBody(dir, 'with-table', (body) =>
    body.replace(
      /\n### 1\. Về nội dung thi\n/,
      '\n### 1. Về nội dung thi\n\n| STT | Nội dung | Thời gian |\n|---|---|---|\n| 1 | Học chuyên đề | Tuần 1 |\n| 2 | Làm bài thi | Tuần 2 |\n\n',
    ),
  );
  [group] = (await exampleInputs()).groups as [Group];
  bytes = (await render(campaign, true)).bytes;
  nodes = await structure(bytes);
});

describe('tagged notice (--pdfa)', () => {
  it('is marked as tagged, in Vietnamese', async () => {
    const doc = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
    const info = (await doc.getMetadata()).info as { Language?: string; IsTagged?: boolean };
    expect(info.Language).toMatch(/^vi\b/);
    const markInfo = await doc.getMarkInfo();
    expect(markInfo?.Marked).toBe(true);
  });

  it('the subject is the title (H1), then the body headings (H2) in the order of campaign.yaml', async () => {
    const yaml = await readFile(EXAMPLE_CAMPAIGN, 'utf8');
    const subject = /\n {2}subject: "(.*)"/.exec(yaml)?.[1] ?? '';
    const h1 = nodes.filter((n) => n.role === 'H1');
    expect(h1.length).toBe(1);
    expect(h1[0]?.text).toContain(subject.slice(0, 30));
    const headings = [...yaml.matchAll(/\n {4}#{2,3} (.+)/g)].map((m) => m[1] as string);
    expect(headings.length).toBeGreaterThan(3);
    const h2 = nodes.filter((n) => n.role === 'H2').map((n) => n.text);
    const bodyH2 = h2.filter((t) => headings.some((h) => t.startsWith(h.slice(0, 20))));
    expect(bodyH2.map((t) => t.slice(0, 20))).toEqual(headings.map((h) => h.slice(0, 20)));
    // The title comes before every heading.
    expect(nodes.indexOf(h1[0] as Node)).toBeLessThan(nodes.findIndex((n) => n.role === 'H2'));
  });

  it('paragraphs and list items hold the body text in reading order', () => {
    const order = (text: string) =>
      nodes.findIndex((n) => ['P', 'LI'].includes(n.role) && n.text.includes(text));
    // Lines of the example body (campaign.yaml), in its order.
    const lines = [
      'Hưởng ứng phong trào',
      '- Về nhận thức số và năng lực số cơ bản.',
      '- Sử dụng dịch vụ số thiết yếu.',
      '- Trả lời 20 câu trắc nghiệm của bài thi.',
      'Nguyễn Đức Anh',
    ];
    const at = lines.map(order);
    for (const [i, a] of at.entries()) expect(a, lines[i]).toBeGreaterThan(-1);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    const item = nodes[order('- Sử dụng dịch vụ số thiết yếu.')] as Node;
    expect(item.role).toBe('LI');
    // An item's list is the nearest L before it, one level up.
    const list = nodes
      .slice(0, nodes.indexOf(item))
      .reverse()
      .find((n) => n.depth < item.depth);
    expect(list?.role).toBe('L');
  });

  it('the table: a Table of rows, the header cells TH, the data cells TD, in order', () => {
    const table = nodes.findIndex((n) => n.role === 'Table');
    expect(table).toBeGreaterThan(-1);
    const cells = nodes
      .slice(table + 1)
      .filter((n) => n.role === 'TH' || n.role === 'TD')
      .slice(0, 9);
    expect(cells.map((c) => `${c.role}:${c.text}`)).toEqual([
      'TH:STT',
      'TH:Nội dung',
      'TH:Thời gian',
      'TD:1',
      'TD:Học chuyên đề',
      'TD:Tuần 1',
      'TD:2',
      'TD:Làm bài thi',
      'TD:Tuần 2',
    ]);
    expect(nodes.filter((n) => n.role === 'TR').length).toBeGreaterThanOrEqual(3);
  });

  it('every QR code is a figure whose alternative text names its label and link', () => {
    const figures = nodes.filter((n) => n.role === 'Figure');
    const links = Object.values(campaign.links);
    expect(figures.length).toBeGreaterThanOrEqual(links.length);
    for (const link of links) {
      expect(
        figures.some((f) => f.alt === `Mã QR: ${link.label} (${link.url})`),
        link.url,
      ).toBe(true);
    }
    for (const f of figures) expect(f.alt).toMatch(/^Mã QR: .+ \(https?:\/\/\S+\)$/);
  });

  it('page numbers and the running footer are not read; the text is the same as untagged', async () => {
    const read = nodes.map((n) => n.text).join('\n');
    // A page number would be an element of its own holding only "2", "3"… (table cells aside).
    const numbers = nodes.filter((n) => n.role !== 'TD' && /^\d+$/.test(n.text));
    expect(numbers).toEqual([]);
    // The running footer names the group on every page ("Bản gửi: <group>, …").
    expect(await pdfText(bytes)).toContain(`Bản gửi: ${group.name}`);
    expect(read).not.toContain(`Bản gửi: ${group.name}`);
    const plain = (await render(campaign, false)).bytes;
    expect(await pdfText(bytes)).toBe(await pdfText(plain));
    // Whatever is drawn (the header's rules included) is read or marked an artifact.
    expect(await withPdfFile(bytes, unmarkedPainting)).toEqual([]);
  });
});

describe('tagged notice: a URL broken over lines', () => {
  const url = `https://dichvucong.gov.vn/p/home/${'huong-dan-thu-tuc-hanh-chinh-'.repeat(4)}chi-tiet.html`;
  let nodes: Node[];
  let tagged: Uint8Array;

  beforeAll(async () => {
    const dir = await makeTempDir('phuong-print-tagged-url-');
    const c = await exampleWithBody(dir, 'long-url', (body) =>
      body.replace(
        /\n### 1\. Về nội dung thi\n/,
        `\n### 1. Về nội dung thi\n\nXem hướng dẫn tại ${url} rồi báo lại cho tổ trưởng.\n`,
      ),
    );
    tagged = (await render(c, true)).bytes;
    nodes = await structure(tagged);
  });

  it('its paragraph reads the words before it, every piece of it, and the words after it', () => {
    const at = nodes.findIndex((n) => n.role === 'P' && n.text.startsWith('Xem hướng dẫn tại'));
    expect(at).toBeGreaterThan(-1);
    const p = nodes[at] as Node;
    const end = nodes.findIndex((n, i) => i > at && n.depth <= p.depth);
    const inside = nodes.slice(at + 1, end);
    // The URL is broken: its pieces are spans of the paragraph (their /ActualText reads it whole).
    const pieces = inside.filter((n) => n.role === 'Span');
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.map((n) => n.text).join('')).toBe(url);
    expect(p.text).toContain('rồi báo lại cho tổ trưởng.');
  });

  it('copies back whole, once: the first piece reads as the URL, the others as nothing', async () => {
    const text = (await pdfText(tagged)).replace(/\s+/g, ' ');
    expect(text.split(url).length - 1).toBe(1);
    // The annex pointer follows the body's first link.
    expect(text).toMatch(new RegExp(`tại ${url.replace(/[.]/g, '\\.')} \\(.*\\) rồi báo lại`));
  });
});

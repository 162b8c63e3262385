/**
 * `serve`, what a leader downloads is tagged for screen readers without any option (qa41
 * MAJOR-2): a structure tree (`/StructTreeRoot`, `/MarkInfo /Marked true`, qpdf's JSON), read
 * back with pdf.js as a screen reader gets it — the flyer's second copy on the sheet not read, the
 * notice's header read column by column (the issuer, then the national name with its motto, then
 * the number, then the place and date), its page numbers and "Bản gửi" footer not read, each QR
 * code a figure whose alternative text names the link it opens. Expected texts come from the
 * example's campaign.yaml and groups.csv; `qpdf --check` finds each file whole.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Campaign } from '../../src/load/campaign.js';
import type { Group } from '../../src/load/types.js';
import { execTool } from '../support/exec.js';
import { type StructureNode, structure } from '../support/pdf-structure.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { exampleInputs, seedApp, seedContest } from '../support/render.js';
import { makeTempDir } from '../support/tmp.js';
import { serveForFile, tokenOf } from './server.js';

const s = serveForFile();

let campaign: Campaign;
let group: Group;

beforeAll(async () => {
  const inputs = await exampleInputs();
  campaign = inputs.campaign;
  group = inputs.groups.find((g) => g.id === '5') as Group;
});

interface Download {
  bytes: Uint8Array;
  path: string;
  nodes: StructureNode[];
  /** qpdf's JSON of the file's objects. */
  json: { qpdf: [unknown, Record<string, { value?: Record<string, unknown> }>] };
}

async function download(file: string): Promise<Download> {
  const res = await fetch(`${s.url}/g/${tokenOf('5')}/${file}`);
  expect(res.status).toBe(200);
  const bytes = new Uint8Array(await res.arrayBuffer());
  const dir = await makeTempDir('phuong-print-tagged-download-');
  const path = join(dir, file);
  await writeFile(path, bytes);
  const check = await execTool('qpdf', ['--check', path]);
  expect(check.code, `${check.stdout}\n${check.stderr}`).toBe(0);
  expect(check.stderr).toBe('');
  const json = await execTool('qpdf', ['--json=2', '--json-key=qpdf', path]);
  expect(json.code, json.stderr).toBe(0);
  return { bytes, path, nodes: await structure(bytes), json: JSON.parse(json.stdout) };
}

/** Operators that put something on the page: paths painted, text shown, an XObject placed. */
const PAINTING = new Set([
  'S',
  's',
  'f',
  'F',
  'f*',
  'B',
  'B*',
  'b',
  'b*',
  'sh',
  'Do',
  'Tj',
  'TJ',
  "'",
  '"',
]);

/**
 * What each page draws outside every marked-content sequence (neither an element's content nor an
 * artifact), e.g. "page 1: S": the page streams read from qpdf's QDF form, strings taken out.
 */
async function unmarkedPainting(d: Download): Promise<string[]> {
  const qdf = `${d.path}.qdf`;
  const done = await execTool('qpdf', ['--qdf', '--object-streams=disable', d.path, qdf]);
  expect(done.code, done.stderr).toBe(0);
  const text = await readFile(qdf, 'latin1');
  const found: string[] = [];
  for (const m of text.matchAll(
    /%% Contents for page (\d+)[\s\S]*?\nstream\n([\s\S]*?)\nendstream/g,
  )) {
    const ops = (m[2] ?? '')
      .replace(/<<[\s\S]*?>>/g, ' ')
      .replace(/<[0-9a-fA-F\s]*>/g, ' ')
      .replace(/\((?:\\.|[^\\)])*\)/g, ' ')
      .split(/[\s[\]]+/);
    let depth = 0;
    for (const op of ops) {
      if (op === 'BMC' || op === 'BDC') depth++;
      else if (op === 'EMC') depth--;
      else if (depth === 0 && PAINTING.has(op)) found.push(`page ${m[1]}: ${op}`);
    }
  }
  return found;
}

/** The catalog (the object whose /Type is /Catalog) as qpdf's JSON gives it. */
function catalog(d: Download): Record<string, unknown> {
  const objects = Object.values(d.json.qpdf[1]);
  const found = objects.find((o) => o.value?.['/Type'] === '/Catalog');
  expect(found).toBeDefined();
  return found?.value ?? {};
}

/** A value of qpdf's JSON, an indirect reference ("5 0 R") followed to its object. */
const resolved = (d: Download, value: unknown): unknown =>
  typeof value === 'string' && /^\d+ \d+ R$/.test(value)
    ? d.json.qpdf[1][`obj:${value}`]?.value
    : value;

const read = (d: Download) => d.nodes.map((n) => n.text).join('\n');
const figures = (d: Download) => d.nodes.filter((n) => n.role === 'Figure').map((n) => n.alt);

describe("a leader's downloads are tagged", () => {
  it('every PDF kind: a structure tree, marked, in Vietnamese, and whole', async () => {
    for (const file of [
      'notice.pdf',
      'poster-a4.pdf',
      'poster-a3.pdf',
      'flyer.pdf',
      'checklist.pdf',
      'tracker.pdf',
    ]) {
      const d = await download(file);
      const root = catalog(d);
      expect(root['/StructTreeRoot'], file).toMatch(/^\d+ 0 R$/);
      expect(resolved(d, root['/MarkInfo']), file).toEqual({ '/Marked': true });
      expect(resolved(d, root['/Lang']), file).toBe('u:vi-VN');
      expect(d.nodes.length, file).toBeGreaterThan(5);
    }
  });

  it('the flyer: printed twice on the sheet, read once; its code a figure naming its link', async () => {
    const d = await download('flyer.pdf');
    const contest = seedContest(campaign);
    const printed = collapseSpaces(await pdfText(d.bytes));
    expect(printed.split(contest.name).length - 1).toBe(2);
    expect(read(d).split(contest.name).length - 1).toBe(1);
    const link = campaign.links.contest;
    expect(link).toBeDefined();
    expect(figures(d)).toEqual([`Mã QR: Quét mã QR để vào ${link?.label} (${link?.url})`]);
    // The cut line and rules included: whatever is drawn is read or marked an artifact.
    expect(await unmarkedPainting(d)).toEqual([]);
  });

  it("the notice's header is read column by column; page numbers and the Bản gửi footer are not read", async () => {
    const d = await download('notice.pdf');
    const order = [
      ...campaign.issuer.name,
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      `Số: ${String(campaign.notice.number).padStart(2, '0')}/${campaign.notice.symbol}`,
      `${campaign.issuer.place}, ngày`,
    ];
    const text = collapseSpaces(read(d));
    const at = order.map((t) => text.indexOf(t));
    expect(
      at.every((i) => i >= 0),
      `${order.join(' | ')}\n${text.slice(0, 400)}`,
    ).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // Printed at the foot of every page and numbered from page 2, neither read.
    const printed = collapseSpaces(await pdfText(d.bytes));
    expect(printed).toContain(`Bản gửi: ${group.name}`);
    expect(text).not.toContain('Bản gửi');
    const pages = Math.max(...d.nodes.map((n) => n.page));
    expect(pages).toBeGreaterThan(1);
    expect(d.nodes.filter((n) => /^\d+$/.test(n.text) && n.role === 'P')).toEqual([]);
    expect(await unmarkedPainting(d)).toEqual([]);
  });

  it("the posters' codes are figures naming the app's links", async () => {
    const app = seedApp(campaign);
    const d = await download('poster-a4.pdf');
    expect(figures(d)).toEqual([
      `Mã QR: ${app.ios.label} (${app.ios.url})`,
      `Mã QR: ${app.android.label} (${app.android.url})`,
    ]);
  });
});

/**
 * Tagged PDF (build --pdfa) for every kind besides the notice (test/render/tagged.test.ts): the
 * poster (A4, A3), the flyer, the checklist, the tracking sheet and the results report, read back
 * with pdf.js as a screen reader gets them. Expected texts come from campaign.yaml and groups.csv:
 * the title is the one H1, every QR code a figure saying "Mã QR: <label> (<URL>)", lists with
 * their labels, tables with header cells matching the printed headers; page furniture is not
 * read; the text extracted is the same tagged or not, and qpdf finds the file whole.
 */
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentKind } from '../../src/kinds/kind.js';
import { findKind } from '../../src/kinds/registry.js';
import { renderSections } from '../../src/kinds/render.js';
import { report, reportContext } from '../../src/kinds/report.js';
import { loadFonts } from '../../src/layout/fonts.js';
import type { Campaign } from '../../src/load/campaign.js';
import { loadRoster } from '../../src/load/roster.js';
import type { Group } from '../../src/load/types.js';
import type { DocContext } from '../../src/model/context.js';
import { buildContext, groupSlugs } from '../../src/model/context.js';
import { type PrintPart, renderOutput } from '../../src/render/output.js';
import { openPrintDocument } from '../../src/render/print.js';
import { createRecorder } from '../../src/render/recording/recording.js';
import { reportData } from '../../src/results/report-model.js';
import { execTool } from '../support/exec.js';
import { type StructureNode, structure } from '../support/pdf-structure.js';
import { pdfText } from '../support/pdf-text.js';
import { getDocument } from '../support/pdfjs.js';
import { objectsOf, unmarkedPainting } from '../support/qpdf.js';
import { EXAMPLE_CAMPAIGN, exampleInputs, seedApp, seedContest } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

let campaign: Campaign;
let group: Group;

function kindNamed(name: string): DocumentKind {
  const kind = findKind(name);
  if (!kind) throw new Error(`no kind ${name}`);
  return kind;
}

const contextOf = (g: Group) => buildContext(campaign, g, groupSlugs([g]).get(g.id) ?? g.id);

async function render(kind: DocumentKind, ctx: DocContext, pdfa: boolean, variant?: string) {
  return (
    await renderOutput(kind, ctx, {
      fonts: loadFonts(),
      created: new Date(`${campaign.issued}T00:00:00+07:00`),
      pdfa,
      variant,
    })
  ).bytes;
}

interface Tagged {
  bytes: Uint8Array;
  plain: Uint8Array;
  nodes: StructureNode[];
}

async function tagged(kind: DocumentKind, ctx: DocContext, variant?: string): Promise<Tagged> {
  const bytes = await render(kind, ctx, true, variant);
  return { bytes, plain: await render(kind, ctx, false, variant), nodes: await structure(bytes) };
}

/**
 * The elements of a role. pdf.js lists an element that runs over pages on each of them (a table's
 * cells appear, empty, on its other pages): `own` keeps those with text or alternative text.
 */
const roles = (t: Tagged, role: string, own = false) =>
  t.nodes.filter((n) => n.role === role && (!own || n.text !== '' || n.alt));
const qrAltOf = (label: string, url: string) => `Mã QR: ${label} (${url})`;

/** What every tagged kind must be: marked, Vietnamese, whole, and its text unchanged. */
async function expectTaggedFile(t: Tagged): Promise<void> {
  const doc = await getDocument({ data: t.bytes.slice(), verbosity: 0 }).promise;
  expect((await doc.getMarkInfo())?.Marked).toBe(true);
  const info = (await doc.getMetadata()).info as { Language?: string };
  expect(info.Language).toMatch(/^vi\b/);
  expect(await pdfText(t.bytes)).toBe(await pdfText(t.plain));
  const dir = await makeTempDir('phuong-print-tagged-kind-');
  const file = join(dir, 'doc.pdf');
  await writeFile(file, t.bytes);
  const check = await execTool('qpdf', ['--check', file]);
  expect(check.code, `${check.stdout}\n${check.stderr}`).toBe(0);
  expect(check.stderr).toBe('');
  // Rules and cut lines included: whatever is drawn is read or marked an artifact.
  expect(await unmarkedPainting(file)).toEqual([]);
}

beforeAll(async () => {
  const inputs = await exampleInputs();
  campaign = inputs.campaign;
  group = inputs.groups.find((g) => g.id === '5') as Group;
});

describe('tagged poster (--pdfa)', () => {
  let a4: Tagged;
  let a3: Tagged;
  beforeAll(async () => {
    const poster = kindNamed('poster');
    a4 = await tagged(poster, contextOf(group), 'a4');
    a3 = await tagged(poster, contextOf(group), 'a3');
  });

  it('A4: the app is the title, then the call, each code a figure with its caption, the steps a list', async () => {
    await expectTaggedFile(a4);
    const app = seedApp(campaign);
    expect(roles(a4, 'H1').map((n) => n.text)).toEqual([app.name]);
    const figures = roles(a4, 'Figure').map((n) => n.alt);
    expect(figures).toEqual([
      qrAltOf(app.ios.label, app.ios.url),
      qrAltOf(app.android.label, app.android.url),
    ]);
    // Reading order: group header, title, codes, then the steps below them, then the footer.
    const at = (role: string, text = '') =>
      a4.nodes.findIndex((n) => n.role === role && n.text.includes(text));
    expect(at('P', group.name.toUpperCase())).toBeLessThan(at('H1'));
    expect(at('H1')).toBeLessThan(at('Figure'));
    expect(at('Figure')).toBeLessThan(at('L'));
    expect(at('L')).toBeLessThan(at('P', campaign.issuer.ward));
    expect(roles(a4, 'LI').length).toBe(3);
  });

  it('A3: one section a sheet, each with its one code', async () => {
    await expectTaggedFile(a3);
    const app = seedApp(campaign);
    const sections = a3.nodes.filter((n) => n.role === 'Sect');
    expect(sections.map((n) => n.page)).toEqual([1, 2]);
    expect(roles(a3, 'Figure').map((n) => `${n.page}:${n.alt}`)).toEqual([
      `1:${qrAltOf(app.ios.label, app.ios.url)}`,
      `2:${qrAltOf(app.android.label, app.android.url)}`,
    ]);
  });
});

describe('tagged flyer (--pdfa)', () => {
  let t: Tagged;
  beforeAll(async () => {
    t = await tagged(kindNamed('flyer'), contextOf(group));
  });

  it('reads one copy of the two on the sheet: one title, one code, the cut line unread', async () => {
    await expectTaggedFile(t);
    const contest = seedContest(campaign);
    // Printed twice (two flyers a sheet), read once.
    const text = (await pdfText(t.bytes)).replace(/\s+/g, ' ');
    expect(text.split(contest.name).length - 1).toBe(2);
    expect(roles(t, 'H1').map((n) => n.text)).toEqual([contest.name]);
    const contestLink = campaign.links.contest;
    expect(contestLink).toBeDefined();
    expect(roles(t, 'Figure').map((n) => n.alt)).toEqual([
      qrAltOf(`Quét mã QR để vào ${contestLink?.label}`, contestLink?.url ?? ''),
    ]);
    const read = t.nodes.map((n) => n.text).join('\n');
    expect(read).not.toMatch(/[✂]|Cắt theo/i);
  });

  it('the eligible and the prizes are lists whose items have their marker as label', () => {
    const contest = seedContest(campaign);
    const bodies = roles(t, 'LBody').map((n) => n.text);
    for (const who of contest.eligible ?? []) expect(bodies).toContain(who);
    const labels = roles(t, 'Lbl').map((n) => n.text);
    expect(labels.filter((l) => l === '•').length).toBe(
      (contest.eligible?.length ?? 0) + (contest.prizes.individual.items?.length ?? 0),
    );
    // The contest's steps: register, answer the questions, share, get the certificate (the
    // example gives each of these fields, and no actions).
    expect(labels.filter((l) => /^\d\.$/.test(l))).toEqual(['1.', '2.', '3.', '4.']);
  });
});

describe('tagged checklist (--pdfa)', () => {
  let t: Tagged;
  beforeAll(async () => {
    t = await tagged(kindNamed('checklist'), contextOf(group));
  });

  it('the tick boxes are the labels of list items, their texts the bodies; codes are figures', async () => {
    await expectTaggedFile(t);
    const items = roles(t, 'LI');
    expect(items.length).toBeGreaterThanOrEqual(8);
    const labels = roles(t, 'Lbl');
    expect(labels.length).toBe(items.length);
    for (const l of labels) expect(l.alt).toBe('☐');
    const contest = seedContest(campaign);
    const bodies = roles(t, 'LBody').map((n) => n.text);
    expect(bodies.some((b) => b.includes(`${contest.questions} câu hỏi`))).toBe(true);
    const figures = roles(t, 'Figure').map((n) => n.alt);
    for (const key of ['zalo', 'guide', 'video'] as const) {
      const link = campaign.links[key];
      if (link) expect(figures).toContain(qrAltOf(link.label, link.url));
    }
    expect(figures.every((a) => /^Mã QR: .+ \(https?:\/\/\S+\)$/.test(a ?? ''))).toBe(true);
  });

  it("reads the group's header once, on the first page", () => {
    const header = `${group.name} – ${campaign.issuer.ward}`;
    expect(t.nodes.filter((n) => n.text.includes(header)).map((n) => n.page)).toEqual([1]);
    expect(roles(t, 'H1').length).toBe(1);
  });
});

describe('tagged tracking sheet (--pdfa)', () => {
  let t: Tagged;
  /**
   * Group 5 with 50 households: its blank sheet runs over pages (the point here) in a few of
   * them, not the dozen of its 305 households, each drawn twice (tagged and not) and read four
   * ways.
   */
  let blank: Group;
  beforeAll(async () => {
    blank = { ...group, households: 50 };
    t = await tagged(kindNamed('tracker'), contextOf(blank));
  });

  it('one table over its pages: the header cells once, as printed; the numbered blank rows for the pen printed, not read', async () => {
    await expectTaggedFile(t);
    const pages = Math.max(...t.nodes.map((n) => n.page));
    expect(pages).toBeGreaterThan(1);
    const app = seedApp(campaign);
    expect(roles(t, 'TH', true).map((n) => n.text)).toEqual([
      'STT',
      // Blank rows, one per household (qa8 L1).
      'Họ và tên chủ hộ',
      'Địa chỉ',
      `Đã cài ${app.name}`,
      'Đã đăng ký',
      'Đã hoàn thành',
      'Đã chia sẻ',
      'Đã nhận chứng nhận',
      'Ghi chú',
    ]);
    // Every header cell is printed on every page.
    const text = await pdfText(t.bytes);
    expect(text.split('Ghi chú').length - 1).toBe(pages);
    // The page prints one numbered row per household…
    const printed = text
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => /^\d+$/.test(l));
    expect(printed.length).toBeGreaterThanOrEqual(blank.households ?? 25);
    // …but a blank row has nothing to read: the table's rows are a subtotal a page and the total.
    const first = t.nodes.filter(
      (n, i) => n.role === 'TD' && n.text !== '' && t.nodes[i - 1]?.role === 'TR',
    );
    expect(first.filter((n) => /^\d+$/.test(n.text))).toEqual([]);
    expect(first.filter((n) => n.text.startsWith('Cộng trang')).length).toBe(pages);
    expect(first.at(-1)?.text).toBe('Tổng cộng');
  });

  it('header cells head their columns; the label cells of the totals rows span three columns', async () => {
    const dir = await makeTempDir('phuong-print-tagged-tracker-');
    const file = join(dir, 'tracker.pdf');
    await writeFile(file, t.bytes);
    const objects = Object.values(await objectsOf(file));
    const cells = (role: string) => objects.filter((o) => o.value?.['/S'] === role);
    const headers = cells('/TH');
    expect(headers.length).toBe(9);
    // The rows read: the header, a subtotal a page, the total (the blank rows are not).
    const pages = Math.max(...t.nodes.map((n) => n.page));
    expect(cells('/TR').length).toBe(1 + pages + 1);
    for (const h of headers)
      expect(h.value?.['/A']).toMatchObject({ '/O': '/Table', '/Scope': '/Column' });
    const spans = cells('/TD').filter(
      (o) => (o.value?.['/A'] as Record<string, unknown> | undefined)?.['/ColSpan'],
    );
    // "Cộng trang N" on each page and "Tổng cộng": STT, name and address in one cell.
    expect(spans.length).toBe(pages + 1);
    for (const c of spans) expect(c.value?.['/A']).toMatchObject({ '/O': '/Table', '/ColSpan': 3 });
  });

  it("a roster's residents are read, each row its number, name and address", async () => {
    const file = join(dirname(EXAMPLE_CAMPAIGN), 'rosters', `${group.id}.csv`);
    const residents = await loadRoster(file);
    const ctx = buildContext(
      campaign,
      group,
      groupSlugs([group]).get(group.id) ?? group.id,
      residents,
    );
    const r = await tagged(kindNamed('tracker'), ctx);
    const names = roles(r, 'TD', true).map((n) => n.text);
    for (const resident of residents) expect(names).toContain(resident.name);
  });

  it('page numbers are not read; the group line and the privacy note once', () => {
    const read = t.nodes.map((n) => n.text).join('\n');
    expect(read).not.toMatch(/Trang \d+\/\d+/);
    expect(t.nodes.filter((n) => n.text.includes(group.name)).map((n) => n.page)).toEqual([1]);
    const last = Math.max(...t.nodes.map((n) => n.page));
    const privacy = t.nodes.at(-1) as StructureNode;
    expect(privacy.page).toBe(last);
    expect(privacy.role).toBe('P');
  });
});

describe('tagged results report (--pdfa)', () => {
  let t: Tagged;
  beforeAll(async () => {
    const { groups } = await exampleInputs();
    const at = '2026-03-20T08:00:00.000Z';
    const latest = new Map(
      groups
        .slice(0, 3)
        .map((g, i) => [
          g.id,
          new Map([
            ['tham_gia', { value: 100 + i * 50, at, source: 'leader' as const, confirmed: false }],
          ]),
        ]),
    );
    const data = reportData(campaign, groups, latest, { date: '2026-03-21' });
    t = await tagged(report, reportContext(campaign, data));
  });

  it('the report is the title; its table has the printed headers; the chart is a figure', async () => {
    await expectTaggedFile(t);
    const h1 = roles(t, 'H1');
    expect(h1.length).toBe(1);
    expect(h1[0]?.text).toMatch(/^BÁO CÁO Kết quả thực hiện Công văn số/);
    const heads = roles(t, 'TH', true).map((n) => n.text);
    expect(heads.slice(0, 2)).toEqual(['Hạng', 'Tổ dân phố']);
    for (const m of campaign.measures) expect(heads).toContain(m.label);
    const names = roles(t, 'TD').map((n) => n.text);
    const { groups } = await exampleInputs();
    for (const g of groups.slice(0, 3)) expect(names).toContain(g.name);
    // The ward's row, while the others have not reported: its rate counts them as 0.
    expect(names).toContain(`Toàn phường (tính ${groups.length - 3} tổ chưa báo cáo là 0)`);
    const chart = roles(t, 'Figure');
    expect(chart.length).toBeGreaterThan(0);
    expect(chart[0]?.alt).toContain(groups[0]?.name);
    // Page numbers are not read.
    expect(t.nodes.filter((n) => /^\d+$/.test(n.text) && n.role === 'P')).toEqual([]);
  });
});

describe('tagged print file (--pdfa)', () => {
  let groups: Group[];
  let t: Tagged;
  const created = () => new Date(`${campaign.issued}T00:00:00+07:00`);

  /** The ward's print file of the checklist for `parts`, PDF/A or not. */
  async function printFile(parts: PrintPart[], pdfa: boolean): Promise<Uint8Array> {
    const sink = new PassThrough();
    const chunks: Buffer[] = [];
    sink.on('data', (c: Buffer) => chunks.push(c));
    const meta = { title: 'Phiếu kiểm tra', author: 'UBND', created: created() };
    const doc = openPrintDocument(loadFonts(), kindNamed('checklist').pageSize(), meta, sink, pdfa);
    for (const part of parts) doc.add(part);
    await doc.finish();
    return new Uint8Array(Buffer.concat(chunks));
  }

  /** One group's share: its pages moved as they are, or (`recorded`) its drawing replayed. */
  async function share(g: Group, pdfa: boolean, recorded: boolean): Promise<PrintPart> {
    const kind = kindNamed('checklist');
    const ctx = contextOf(g);
    if (recorded) {
      const rec = createRecorder(loadFonts(), kind.pageSize());
      const sections = renderSections(kind, ctx);
      await kind.draw(rec, { sections, ctx, fonts: loadFonts(), created: created() });
      return { recording: rec.recording() };
    }
    const out = await renderOutput(kind, ctx, {
      fonts: loadFonts(),
      created: created(),
      pdfa,
      forPrint: true,
    });
    if (!out.print || !('pages' in out.print)) throw new Error('the checklist pages should move');
    return out.print;
  }

  beforeAll(async () => {
    groups = (await exampleInputs()).groups.slice(0, 3);
    // Moved pages, a replayed recording, moved pages: both ways into one file.
    const parts = async (pdfa: boolean) =>
      Promise.all(groups.map((g, i) => share(g, pdfa, i === 1)));
    const bytes = await printFile(await parts(true), true);
    t = { bytes, plain: await printFile(await parts(false), false), nodes: await structure(bytes) };
  });

  it("each group's document is a section with its own structure, in group order", async () => {
    await expectTaggedFile(t);
    const headers = groups.map((g) => `${g.name} – ${campaign.issuer.ward}`);
    const read = t.nodes.filter((n) => n.role === 'P' && headers.includes(n.text));
    expect(read.map((n) => n.text)).toEqual(headers);
    // Document > Sect > P: each header in its group's section.
    expect(read.every((n) => n.depth === 3)).toBe(true);
    const sections = t.nodes.filter((n) => n.role === 'Sect');
    for (const n of read) expect(sections.some((s) => s.page === n.page)).toBe(true);
    expect(roles(t, 'H1', true).length).toBe(groups.length);
    // Every group's codes are figures with their alt text, the tick boxes labels.
    const zalo = campaign.links.zalo;
    expect(zalo).toBeDefined();
    const alt = qrAltOf(zalo?.label ?? '', zalo?.url ?? '');
    expect(roles(t, 'Figure').filter((n) => n.alt === alt).length).toBe(groups.length);
    const labels = roles(t, 'Lbl');
    expect(labels.length).toBeGreaterThan(3 * groups.length);
  });
});

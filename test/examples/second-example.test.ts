/**
 * The second example (examples/tan-dinh): a TP. Hồ Chí Minh ward's dengue campaign with no contest
 * and no app, an extra groups column printed per khu phố, and its own flyer template. Built end
 * to end with the CLI's commands (runCliInProcess), then read as a
 * reader does: pdftotext on every print file (each khu phố's pages in it) and on one khu phố's
 * own files.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliInProcess } from '../support/cli.js';
import { readManifest } from '../support/manifest.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { printedTexts } from '../support/print-texts.js';
import { decodeQrCodesEach } from '../support/qr.js';
import { rasterize } from '../support/raster.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

const EXAMPLE = fileURLToPath(new URL('../../examples/tan-dinh/', import.meta.url));
const CAMPAIGN = join(EXAMPLE, 'campaign.yaml');
const GROUPS = join(EXAMPLE, 'groups.csv');
/**
 * The khu phố built: the first three and the last of the example's 25 (the tests look at 1, 2, 3
 * and 25 by name), 9 (the most households: the longest tracking sheet) and 11 (a training in the
 * afternoon, "chiều"; the others here are morning or evening). Each has its own date, leader and
 * secretary; 25 of them printed the same way cost six times the CPU and showed nothing more.
 */
const BUILT = ['1', '2', '3', '9', '11', '25'];
let builtGroups: string;

/** The built groups file's rows by header, read straight from the CSV (";"-separated, no quotes). */
async function groupRows(): Promise<Record<string, string>[]> {
  const [head = '', ...rows] = (await readFile(builtGroups, 'utf8')).trim().split('\n');
  const headers = head.split(';');
  return rows.map((r) => Object.fromEntries(r.split(';').map((v, i) => [headers[i], v])));
}

/** `check --kind notice` of the example with each line of its groups file edited. */
async function checkWithGroups(edit: (line: string, index: number) => string) {
  const dir = await makeTempDir('phuong-print-second-groups-');
  const groups = join(dir, 'groups.csv');
  await writeFile(groups, (await readFile(GROUPS, 'utf8')).split('\n').map(edit).join('\n'));
  const args = ['check', '--campaign', CAMPAIGN, '--groups', groups, '--kind', 'notice'];
  return { groups, r: await runCliInProcess(args) };
}

let out: string;
let stderr: string;
const texts = new Map<string, string>();

beforeAll(async () => {
  out = await makeTempDir('phuong-print-second-');
  const [head = '', ...rows] = (await readFile(GROUPS, 'utf8')).trim().split('\n');
  const kept = rows.filter((r) => BUILT.includes(r.split(';')[0] ?? ''));
  expect(kept).toHaveLength(BUILT.length);
  builtGroups = join(await makeTempDir('phuong-print-second-groups-'), 'groups.csv');
  await writeFile(builtGroups, `${[head, ...kept].join('\n')}\n`);
  // Every kind but the posters and their share image, which one case below builds for one
  // khu phố (drawn for six, they doubled the build's cost and showed nothing more).
  const r = await runCliInProcess([
    'build',
    '--campaign',
    CAMPAIGN,
    '--groups',
    builtGroups,
    '--out',
    out,
    '--kind',
    'notice,flyer,share-flyer,checklist,tracker',
  ]);
  expect(r.code, r.stderr).toBe(0);
  stderr = r.stderr;
  // Every document's text from its kind's print file (one pdftotext a kind, not one a document);
  // a group's own files read as its pages there (the first test).
  const manifest = await readManifest(out);
  // Print files are PDFs: the flyer's picture (a PNG) has none.
  for (const kind of new Set(manifest.print.map((p) => p.kind))) {
    for (const [path, text] of await printedTexts(out, manifest, kind))
      texts.set(path, collapseSpaces(text));
  }
});
afterAll(removeTempDirs);

describe('the second example (no contest, no app)', () => {
  it("reads in a khu phố's own files as in the print files", async () => {
    expect(texts.size).toBe(BUILT.length * 4);
    for (const kind of ['notice', 'flyer', 'checklist', 'tracker']) {
      const path = `khu-pho-25/${kind}.pdf`;
      expect(collapseSpaces(await pdfText(join(out, path))), path).toBe(texts.get(path));
    }
  });

  it("prints each khu phố's own training date from its extra column in its notice", async () => {
    const rows = await groupRows();
    expect(rows).toHaveLength(BUILT.length);
    for (const row of rows) {
      const name = row['Tên khu phố'] as string;
      const slug = name
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-');
      const notice = texts.get(`${slug}/notice.pdf`) ?? '';
      expect(notice, name).toContain(`Nhiệm vụ của ${name}`);
      expect(notice, name).toContain(`vào ${row['Ngày tập huấn']}`);
      // Recipients: the leader and the party secretary, both from the groups file.
      expect(notice, name).toContain(`Trưởng ${name} (ông/bà ${row['Trưởng khu phố']})`);
      expect(notice, name).toContain(`(đồng chí ${row['Bí thư chi bộ']})`);
    }
  });

  it("holds every cell of the body's table, in row order, in every notice", async () => {
    const yaml = await readFile(CAMPAIGN, 'utf8');
    const rows = yaml
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.startsWith('|') && !/^\|[\s|:-]+\|$/.test(l))
      .map((l) =>
        l
          .slice(1, -1)
          .split('|')
          .map((c) => c.trim()),
      );
    expect(rows).toHaveLength(5);
    for (const [path, text] of texts) {
      if (!path.endsWith('/notice.pdf')) continue;
      let at = text.indexOf('Kế hoạch ra quân');
      for (const cell of rows.flat()) {
        const found = text.indexOf(cell, at);
        expect(found, `${path}: "${cell}" after position ${at}`).toBeGreaterThan(at);
        at = found + cell.length;
      }
    }
  });

  it('signs "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" and lists every recipient', () => {
    const notice = texts.get('khu-pho-1/notice.pdf') ?? '';
    for (const part of ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Trần Thị Mỹ Hạnh'])
      expect(notice).toContain(part);
    expect(notice).toContain('Ban Công tác Mặt trận Khu phố 1.');
  });

  it('has no contest wording in any document', () => {
    expect(texts.size).toBeGreaterThanOrEqual(BUILT.length * 4);
    for (const [path, text] of texts) {
      const lower = text.toLocaleLowerCase('vi');
      expect(lower, path).not.toContain('cuộc thi');
      expect(lower, path).not.toContain('bài thi');
      expect(lower, path).not.toContain('dự thi');
    }
  });

  it('makes every kind asked without an app, and a poster whose codes are its two links', async () => {
    const files = await readdir(join(out, 'khu-pho-1'));
    // The flyer's picture to forward in Zalo is made without an app (qa48 M3).
    expect(files.sort()).toEqual([
      'checklist.pdf',
      'flyer.pdf',
      'notice.pdf',
      'share-flyer.png',
      'tracker.pdf',
    ]);
    expect(stderr).not.toMatch(/ made: /);
    // The poster too (qa50 p9: a campaign without an app had none): its title, and its links
    // (campaign.yaml `links`) as the codes, each under its label.
    const posters = await makeTempDir('phuong-print-second-poster-');
    const args = ['build', '--campaign', CAMPAIGN, '--groups', builtGroups, '--out', posters];
    const r = await runCliInProcess([...args, '--kind', 'poster', '--size', 'a4', '--group', '1']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/ made: /);
    const poster = join(posters, 'khu-pho-1', 'poster-a4.pdf');
    const campaign = await readFile(CAMPAIGN, 'utf8');
    const links = [...campaign.matchAll(/^ {4}url: "(.*)"\n {4}label: (.*)$/gm)];
    expect(links).toHaveLength(2);
    const text = collapseSpaces(await pdfText(poster));
    expect(text).toContain(/^title: (.*)$/m.exec(campaign)?.[1] ?? '?');
    for (const [, , label] of links) expect(text).toContain(label);
    const [codes] = await decodeQrCodesEach(await rasterize(poster, { dpi: 100 }));
    expect(codes?.sort()).toEqual(links.map(([, url]) => url).sort());
  });

  it("uses the campaign's own flyer and tracker templates, and the tool's for the other kinds", () => {
    const flyer = texts.get('khu-pho-3/flyer.pdf') ?? '';
    // From examples/tan-dinh/templates/flyer.hbs, with the khu phố's own date.
    expect(flyer).toContain('Không có lăng quăng, không có sốt xuất huyết');
    expect(flyer).toContain('Tập huấn tại Khu phố 3: sáng 11/03/2026');
    // Its own tracking sheet: the khu phố's head by that title, the actions as tick columns.
    const tracker = texts.get('khu-pho-3/tracker.pdf') ?? '';
    expect(tracker).toContain('Trưởng khu phố:');
    expect(tracker).not.toContain('Tổ trưởng');
    for (const column of ['Đã dọn vật chứa nước', 'Đã đậy, thay nước', 'Đã ngủ mùng'])
      expect(tracker).toContain(column);
    // The tool's checklist, about the campaign's actions.
    const checklist = texts.get('khu-pho-3/checklist.pdf') ?? '';
    expect(checklist).toContain('PHIẾU KIỂM TRA CÁC VIỆC CẦN LÀM');
    expect(checklist).toContain('Ngủ mùng cả ban ngày');
  });

  it('prints the QR codes its templates name: every link on the checklist, the guide on the flyer', async () => {
    const yaml = await readFile(CAMPAIGN, 'utf8');
    const urls = [...yaml.matchAll(/url: "([^"]+)"/g)].map((m) => m[1]);
    expect(urls).toHaveLength(2);
    const decode = async (file: string) => {
      // 72 dpi: these codes decode there held in the hand (qr-scan.test.ts).
      const pngs = await rasterize(join(out, 'khu-pho-2', file), { dpi: 72 });
      return (await decodeQrCodesEach(pngs)).flat();
    };
    expect((await decode('checklist.pdf')).sort()).toEqual([...urls].sort());
    // Two flyers on the sheet, each with the guide's code (the campaign's own @@ qr line).
    const guide = /guide:\s*url: "([^"]+)"/.exec(yaml)?.[1];
    expect(await decode('flyer.pdf')).toEqual([guide, guide]);
  });

  it('a groups file without a column the campaign prints: an error on the campaign line, naming the column', async () => {
    // The last column ("Ngày tập huấn") removed.
    const { groups, r } = await checkWithGroups((l) => l.split(';').slice(0, -1).join(';'));
    expect(await readFile(groups, 'utf8')).not.toContain('Ngày tập huấn');
    expect(r.code, r.stderr).toBe(1);
    const yaml = await readFile(CAMPAIGN, 'utf8');
    const line =
      yaml.split('\n').findIndex((l) => l.includes('vào **{{group.[Ngày tập huấn]}}**')) + 1;
    expect(r.stderr).toContain(
      `error: ${CAMPAIGN}, line ${line}, field "notice.body": template error: unknown variable "group.[Ngày tập huấn]"`,
    );
    expect(r.stderr).toContain('hint: The groups file has no column "Ngày tập huấn"');
  });

  it('warns about a groups column no template prints, naming the file and its header', async () => {
    const { groups, r } = await checkWithGroups((l, i) =>
      l === '' ? l : `${l};${i === 0 ? 'Tuyến thu gom rác' : 'x'}`,
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      `warning: ${groups}, field "Tuyến thu gom rác": this column is not one the tool knows, and no template prints it`,
    );
    // The columns the templates print are not warned about.
    expect(r.stderr).not.toContain('"Ngày tập huấn" is not');
    expect(r.stderr).not.toContain('"Bí thư chi bộ" is not');
  });

  it('takes "STT" beside the "Mã khu phố" that is the id as the row number it is, unwarned (qa7 L9)', async () => {
    // The ward's own codes added after the running STT, as most lists have both.
    const { groups, r } = await checkWithGroups((l, i) => {
      if (l === '') return l;
      const [stt, ...rest] = l.split(';');
      return [stt, i === 0 ? 'Mã khu phố' : `KP${String(i).padStart(2, '0')}`, ...rest].join(';');
    });
    expect(await readFile(groups, 'utf8')).toMatch(/^\uFEFF?STT;Mã khu phố;/);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('"STT"');
    // The codes are the id, read as such.
    expect(r.stderr).not.toContain('"Mã khu phố"');
  });
});

/**
 * A công điện (Decree 30/2020/NĐ-CP, Art. 7; "CĐ" in Phụ lục III; Mẫu 1.6), what a ward sends
 * before a storm, and the urgency mark (dấu chỉ độ khẩn, ô 10b of Phụ lục I) any notice may carry
 * (qa21 #3): the công điện's name "CÔNG ĐIỆN" and its trích yếu centred under the header, the
 * issuer's "… điện:" line over its recipients in place of "Kính gửi"; the mark in capitals in
 * a frame under the number. Read from the built PDF's text, and the mark's place with pdfjs.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildArgs, runCliInProcess } from '../support/cli.js';
import { findItem, pdfTextItems } from '../support/pdf-items.js';
import { pdfText } from '../support/pdf-text.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const SUBJECT = 'chủ động ứng phó với bão số 3 (bão Ragasa)';

/** The example campaign (issuer ỦY BAN NHÂN DÂN / PHƯỜNG LÊ CHÂN) with these notice fields. */
async function campaignWith(
  symbol: string,
  extra: {
    type?: string;
    urgency?: string;
    subject?: string;
    title?: string;
    signer?: string;
  } = {},
): Promise<string> {
  const dir = await makeTempDir('cong-dien-');
  const lines = [
    `  symbol: ${symbol}`,
    ...(extra.type ? [`  type: ${extra.type}`] : []),
    ...(extra.urgency ? [`  urgency: ${extra.urgency}`] : []),
  ];
  const yaml = (await readFile(EXAMPLE_CAMPAIGN, 'utf8'))
    .replace(/^ {2}symbol: .*$/m, lines.join('\n'))
    .replace(/^ {2}subject: .*$/m, `  subject: "${extra.subject ?? SUBJECT}"`)
    .replace(/^ {4}lines: \[TM\..*$/m, (l) => (extra.signer ? `    lines: ${extra.signer}` : l));
  await writeFile(
    join(dir, 'campaign.yaml'),
    extra.title ? `${yaml.trimEnd()}\ntitle: "${extra.title}"\n` : yaml,
  );
  return dir;
}

/** Builds group 1's notice; its first page's lines (pdftotext -layout) and the PDF's bytes. */
async function notice(dir: string) {
  const out = join(dir, 'out');
  const { file, bytes } = await builtNotice(dir, out);
  const lines = (await pdfText(file, { layout: true, firstPage: 1, lastPage: 1 }))
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return { lines, bytes };
}

/**
 * The notice of the example as `campaignWith(symbol, extra)` makes it, built once for the cases
 * that read the same campaign (the công điện as it comes: its lines, its bold issuer, no mark).
 */
const shared = new Map<string, Promise<{ dir: string } & Awaited<ReturnType<typeof notice>>>>();
function noticeOf(symbol: string, extra: Parameters<typeof campaignWith>[1] = {}) {
  const key = JSON.stringify([symbol, extra]);
  let made = shared.get(key);
  if (!made) {
    made = campaignWith(symbol, extra).then(async (dir) => ({ dir, ...(await notice(dir)) }));
    shared.set(key, made);
  }
  return made;
}

/** `build --kind=notice --group=1` of the campaign in `dir` into `out`: the notice's path and bytes. */
async function builtNotice(dir: string, out: string) {
  const r = await runCliInProcess(
    buildArgs(join(dir, 'campaign.yaml'), EXAMPLE_GROUPS, out, '--kind=notice', '--group=1'),
    { env: { LANG: 'vi_VN.UTF-8' } },
  );
  expect(r.code, r.stderr).toBe(0);
  const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'));
  const file = join(out, manifest.files[0].path);
  return { file, bytes: await readFile(file) };
}

const check = (dir: string) =>
  runCliInProcess(['check', '--campaign', join(dir, 'campaign.yaml'), '--groups', EXAMPLE_GROUPS], {
    env: { LANG: 'vi_VN.UTF-8' },
  });

describe('a công điện', () => {
  it.each([
    ['CĐ-UBND', undefined],
    ['CĐ-UBND', 'Công điện'],
  ])(
    'symbol %s (type %s): "CÔNG ĐIỆN", its trích yếu, then "… điện:" over the recipients',
    async (symbol, type) => {
      const { dir, lines } = await noticeOf(symbol, { type });
      const c = await check(dir);
      expect(c.stderr).not.toContain('notice.type');
      const from = lines.findIndex((l) => l.startsWith('Số: 05/CĐ-UBND'));
      expect(from).toBeGreaterThanOrEqual(0);
      expect(lines[from + 1]).toBe('CÔNG ĐIỆN');
      expect(lines[from + 2]).toBe('Chủ động ứng phó với bão số 3 (bão Ragasa)');
      // Mẫu 1.6: the issuer "điện:" its recipients, one a line, "- …;", the last ".".
      expect(lines[from + 3]).toBe('ỦY BAN NHÂN DÂN PHƯỜNG LÊ CHÂN điện:');
      expect(lines[from + 4]).toBe('- Thường trực Đảng ủy;');
      expect(lines[from + 5]).toBe('- Thường trực Hội đồng nhân dân;');
      expect(lines.join('\n')).not.toMatch(/Kính gửi|V\/v/);
    },
  );

  it('is the symbol "CÐ-UBND" typed with the Icelandic Ð (U+00D0) of a converted text too (review)', async () => {
    const { lines } = await notice(await campaignWith('C\u00d0-UBND'));
    // Read as the Đ it stands for, where text enters (load/normalize.ts): printed and copied so.
    const from = lines.findIndex((l) => l.startsWith('Số: 05/CĐ-UBND'));
    expect(from).toBeGreaterThanOrEqual(0);
    expect(lines[from + 1]).toBe('CÔNG ĐIỆN');
    expect(lines[from + 3]).toBe('ỦY BAN NHÂN DÂN PHƯỜNG LÊ CHÂN điện:');
  });

  it.each([
    // The chairman's own (his deputy signing for him): the title of the head, then the body.
    ['[KT. CHỦ TỊCH, PHÓ CHỦ TỊCH]', 'CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG LÊ CHÂN điện:'],
    ['[Chủ tịch]', 'CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG LÊ CHÂN điện:'],
    // Signed for the committee: the committee.
    ['[TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]', 'ỦY BAN NHÂN DÂN PHƯỜNG LÊ CHÂN điện:'],
    // Typed without the space, or "T/M" (review): still the committee.
    ['[TM.ỦY BAN NHÂN DÂN, CHỦ TỊCH]', 'ỦY BAN NHÂN DÂN PHƯỜNG LÊ CHÂN điện:'],
    ['[T/M ỦY BAN NHÂN DÂN, CHỦ TỊCH]', 'ỦY BAN NHÂN DÂN PHƯỜNG LÊ CHÂN điện:'],
  ])('signed %s: "%s" (Mẫu 1.6: the agency or the title of its head)', async (signer, line) => {
    const { lines } = await notice(await campaignWith('CĐ-UBND', { signer }));
    const from = lines.indexOf('CÔNG ĐIỆN');
    expect(from).toBeGreaterThanOrEqual(0);
    expect(lines[from + 2]).toBe(line);
  });

  it('the issuer’s name in "… điện:" is bold, "điện:" is not', async () => {
    const { bytes } = await noticeOf('CĐ-UBND');
    const [page] = await pdfTextItems(bytes);
    expect(page && findItem(page, /ỦY BAN NHÂN DÂN PHƯỜNG LÊ CHÂN/)?.bold).toBe(true);
    expect(page && findItem(page, /^\s*điện:$/)?.bold).toBe(false);
  });
});

describe('the urgency mark (notice.urgency)', () => {
  /** The mark's and the number's items on page 1, and the first line of the body under them. */
  async function placed(dir: string, mark: string) {
    const { bytes } = await notice(dir);
    const [page] = await pdfTextItems(bytes);
    const number = page && findItem(page, /^Số: 05\//);
    const item = page && findItem(page, new RegExp(`^${mark}$`));
    return { number, item };
  }

  it.each([
    ['khẩn', 'KHẨN'],
    ['Thượng khẩn', 'THƯỢNG KHẨN'],
    ['hoả tốc', 'HỎA TỐC'],
  ])('"%s" prints "%s" in bold under the number, in its column', async (typed, mark) => {
    const { number, item } = await placed(await campaignWith('CĐ-UBND', { urgency: typed }), mark);
    expect(number && item).toBeTruthy();
    if (!number || !item) return;
    expect(item.bold).toBe(true);
    expect(item.yTopMm).toBeGreaterThan(number.baselineMm);
    expect(item.yTopMm - number.baselineMm).toBeLessThan(12);
    // Centred under the number.
    const mid = (i: typeof item) => i.xMm + i.widthMm / 2;
    expect(Math.abs(mid(item) - mid(number))).toBeLessThan(1);
  });

  it('on a công văn: under the number and its "V/v …", above "Kính gửi"', async () => {
    const { lines } = await notice(await campaignWith('UBND-VHXH', { urgency: 'KHẨN' }));
    const number = lines.findIndex((l) => l.startsWith('Số: 05/UBND-VHXH'));
    const vv = lines.findIndex((l) => l.startsWith('V/v chủ động ứng phó'));
    const mark = lines.indexOf('KHẨN');
    const to = lines.findIndex((l) => l.startsWith('Kính gửi'));
    expect(number).toBeGreaterThanOrEqual(0);
    expect(vv).toBeGreaterThan(number);
    expect(mark).toBeGreaterThan(vv);
    expect(to).toBeGreaterThan(mark);
  });

  it('without it no mark prints', async () => {
    const { lines } = await noticeOf('CĐ-UBND');
    expect(lines.filter((l) => /KHẨN|HỎA TỐC/.test(l))).toEqual([]);
  });

  it('a word that is no mark is refused at its field, in Vietnamese', async () => {
    const r = await check(await campaignWith('CĐ-UBND', { urgency: 'Khẩn cấp' }));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('“Khẩn cấp” không phải là một độ khẩn theo Nghị định 30/2020/NĐ-CP');
    expect(r.stderr).toContain('mục “notice.urgency”');
  });

  it('"KHẨN:" typed into the subject is pointed to the field (qa21: "V/v KHẨN: …")', async () => {
    const r = await check(await campaignWith('UBND-VHXH', { subject: `KHẨN: ${SUBJECT}` }));
    expect(r.stderr).toContain('trích yếu bắt đầu bằng “KHẨN”');
    expect(r.stderr).toContain(`bỏ chữ này khỏi trích yếu: “${SUBJECT}”`);
  });

  it('"KHẨN:" typed into the title is pointed to the field too (review)', async () => {
    const r = await check(
      await campaignWith('CĐ-UBND', { title: 'KHẨN: Ứng phó bão số 3', urgency: 'KHẨN' }),
    );
    expect(r.stderr).toContain('tên chiến dịch bắt đầu bằng “KHẨN”');
    expect(r.stderr).toContain('bỏ chữ này khỏi tên chiến dịch: “Ứng phó bão số 3”');
  });
});

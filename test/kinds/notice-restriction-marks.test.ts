/**
 * What the văn thư could not set on the notice (qa42 F8, F13.2, F13.3): the secrecy mark (độ
 * mật, ô 10a of Decree 30's Phụ lục I) in the left column under the number, over the urgency
 * mark (ô 10b); the circulation mark (phạm vi lưu hành, ô 11) in bold capitals under the place
 * and date; both on the bản gốc and on each tổ's copy, a word that is no mark refused in
 * Vietnamese naming those taken. The parent body given as its lines (`issuer.parent` a list),
 * each printed on its own line in capitals; the body at 14 pt (`notice.bodySize`). Read from the
 * built PDFs' words and their boxes (pdftotext -bbox).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { notice } from '../../src/kinds/notice.js';
import { parseCampaign } from '../../src/load/campaign.js';
import type { Group } from '../../src/load/types.js';
import { buildArgs, runCliInProcess } from '../support/cli.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { type PdfWord, pdfWords, wordLines } from '../support/pdf-text.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS, renderFor } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const env = { LANG: 'vi_VN.UTF-8' };

/** The example campaign with `fields` added to its notice (after its symbol), and two tổ. */
async function exampleWith(fields: string[]): Promise<string> {
  const dir = await makeTempDir('marks-');
  const yaml = (await readFile(EXAMPLE_CAMPAIGN, 'utf8')).replace(/^ {2}symbol: .*$/m, (l) =>
    [l, ...fields.map((f) => `  ${f}`)].join('\n'),
  );
  await writeFile(join(dir, 'campaign.yaml'), yaml);
  const groups = (await readFile(EXAMPLE_GROUPS, 'utf8')).split('\n').slice(0, 3).join('\n');
  await writeFile(join(dir, 'groups.csv'), `${groups}\n`);
  return dir;
}

const check = (dir: string) =>
  runCliInProcess(
    ['check', '--campaign', join(dir, 'campaign.yaml'), '--groups', join(dir, 'groups.csv')],
    { env },
  );

/** Where the header's right column starts: 100 mm from the sheet's left edge, in points. */
const RIGHT_COLUMN = (100 * 72) / 25.4;

/**
 * The printed lines of page 1 (words by place), each with its words: of the left column, the
 * right one, or across the page.
 */
const linesOf = (words: PdfWord[], side?: 'left' | 'right') =>
  wordLines(
    words.filter(
      (w) =>
        w.page === 1 &&
        (side === undefined || (side === 'left' ? w.xMax < RIGHT_COLUMN : w.xMin >= RIGHT_COLUMN)),
    ),
  ).map((ws) => ({
    text: ws.map((w) => w.text).join(' '),
    words: ws,
  }));
type Line = ReturnType<typeof linesOf>[number];

function line(lines: Line[], test: (text: string) => boolean): Line {
  const l = lines.find((x) => test(x.text));
  if (!l) throw new Error(`no such line in:\n${lines.map((x) => x.text).join('\n')}`);
  return l;
}
const left = (l: Line) => Math.min(...l.words.map((w) => w.xMin));
const right = (l: Line) => Math.max(...l.words.map((w) => w.xMax));
const top = (l: Line) => Math.min(...l.words.map((w) => w.yMin));
const bottom = (l: Line) => Math.max(...l.words.map((w) => w.yMax));
const mid = (l: Line) => (left(l) + right(l)) / 2;
const PT_MM = 25.4 / 72;

describe('the secrecy and circulation marks (notice.secrecy, notice.circulation)', () => {
  it('print where Decree 30 puts them, on the bản gốc and on each tổ’s copy', async () => {
    const dir = await exampleWith([
      'urgency: HỎA TỐC',
      'secrecy: tối mật',
      'circulation: Lưu hành nội bộ',
    ]);
    const out = join(dir, 'out');
    const r = await runCliInProcess(
      buildArgs(join(dir, 'campaign.yaml'), join(dir, 'groups.csv'), out, '--kind=notice'),
      { env },
    );
    expect(r.code, r.stderr).toBe(0);
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'));
    const files: string[] = [
      'print/notice-ban-goc.pdf',
      ...manifest.files
        .map((f: { path: string }) => f.path)
        .filter((p: string) => /\/notice/.test(p)),
    ];
    expect(files).toHaveLength(3);
    for (const file of files) {
      const words = await pdfWords(await readFile(join(out, file)));
      const [leftLines, rightLines] = [linesOf(words, 'left'), linesOf(words, 'right')];
      // Typed in lower case, printed as the rules word them, each alone on its line.
      const number = line(leftLines, (t) => t === 'Số: 05/UBND-VHXH');
      const vv = line(leftLines, (t) => t.startsWith('V/v'));
      const secrecy = line(leftLines, (t) => t === 'TỐI MẬT');
      const urgency = line(leftLines, (t) => t === 'HỎA TỐC');
      const date = line(rightLines, (t) => /ngày \d+ tháng \d+ năm 2025$/.test(t));
      const circulation = line(rightLines, (t) => t === 'LƯU HÀNH NỘI BỘ');
      const to = line(linesOf(words), (t) => t.startsWith('Kính gửi'));
      const vvEnd = Math.max(
        ...leftLines.filter((l) => top(l) >= top(vv) && top(l) < top(secrecy)).map(bottom),
      );
      // Ô 10a: in the left column, centred under the number, under the trích yếu, over ô 10b.
      expect(Math.abs(mid(secrecy) - mid(number)) * PT_MM, file).toBeLessThan(1);
      expect(top(vv)).toBeGreaterThan(bottom(number));
      expect(top(secrecy)).toBeGreaterThan(vvEnd);
      expect(top(urgency)).toBeGreaterThan(bottom(secrecy));
      expect((top(urgency) - bottom(secrecy)) * PT_MM).toBeLessThan(10);
      expect(top(to)).toBeGreaterThan(bottom(urgency));
      // Ô 11: in the right column, centred under the place and date, just under it.
      expect(Math.abs(mid(circulation) - mid(date)) * PT_MM, file).toBeLessThan(1);
      expect(top(circulation)).toBeGreaterThan(bottom(date));
      expect((top(circulation) - bottom(date)) * PT_MM).toBeLessThan(8);
      expect(left(circulation)).toBeGreaterThan(right(number));
    }
  });

  it.each([
    [
      'secrecy: bí mật',
      '“bí mật” không phải mức độ mật: ghi MẬT, TỐI MẬT hoặc TUYỆT MẬT',
      'MẬT, TỐI MẬT hoặc TUYỆT MẬT',
    ],
    [
      'circulation: chỉ lưu nội bộ',
      '“chỉ lưu nội bộ” không phải là một chỉ dẫn phạm vi lưu hành',
      'XEM XONG TRẢ LẠI, LƯU HÀNH NỘI BỘ hoặc TRẢ LẠI SAU KHI HỌP (HỘI NGHỊ)',
    ],
  ])('"%s" is refused at its field, naming the marks taken', async (field, said, taken) => {
    const r = await check(await exampleWith([field]));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(said);
    expect(r.stderr).toContain(taken);
    expect(r.stderr).toContain(`mục “notice.${field.split(':')[0]}”`);
  });

  it.each(['Trả lại sau khi họp (hội nghị)', 'TRẢ LẠI SAU HỘI NGHỊ (HỌP)', 'trả lại sau hội nghị'])(
    'circulation “%s” prints as Decree 30 words it',
    async (typed) => {
      // review44 #9: Decree 30 (Phụ lục I), as Thông tư 01/2011/TT-BNV before it, words the mark
      // "TRẢ LẠI SAU KHI HỌP (HỘI NGHỊ)"; the older spelling is taken and printed the Decree's way.
      const yaml = NOTICE_ONLY.replace(/^ {2}symbol: .*$/m, (l) => `${l}\n  circulation: ${typed}`);
      const { bytes } = await renderFor(notice, parseCampaign(yaml, 'campaign.yaml'), group);
      const lines = linesOf(await pdfWords(bytes), 'right').map((l) => l.text);
      expect(lines).toContain('TRẢ LẠI SAU KHI HỌP (HỘI NGHỊ)');
    },
  );

  it('without them no mark prints', async () => {
    const dir = await exampleWith([]);
    const out = join(dir, 'out');
    const r = await runCliInProcess(
      buildArgs(join(dir, 'campaign.yaml'), join(dir, 'groups.csv'), out, '--kind=notice'),
      { env },
    );
    expect(r.code, r.stderr).toBe(0);
    const text = linesOf(await pdfWords(await readFile(join(out, 'print/notice-ban-goc.pdf'))))
      .map((l) => l.text)
      .join('\n');
    expect(text).not.toMatch(/MẬT|LƯU HÀNH|TRẢ LẠI/);
  });
});

const group: Group = { id: '1', name: 'Tổ dân phố số 1', source: { file: 'g.csv', row: 2 } };

describe('issuer.parent as its lines (qa42 F13.2)', () => {
  it('prints each line on its own, in capitals, over the issuer', async () => {
    const yaml = NOTICE_ONLY.replace(
      /^issuer:\n/m,
      'issuer:\n  parent:\n    - ủy ban nhân dân\n    - thành phố Hồ Chí Minh\n',
    );
    const { bytes } = await renderFor(notice, parseCampaign(yaml, 'campaign.yaml'), group);
    const lines = linesOf(await pdfWords(bytes)).map((l) => l.text);
    const at = lines.findIndex((l) => l.startsWith('ỦY BAN NHÂN DÂN CỘNG HÒA'));
    expect(at, lines.join('\n')).toBe(0);
    expect(lines[1]).toMatch(/^THÀNH PHỐ HỒ CHÍ MINH Độc lập/);
    expect(lines[2]).toBe('ỦY BAN NHÂN DÂN');
    expect(lines[3]).toBe('PHƯỜNG TÂN ĐỊNH');
  });

  it('is refused as a list of other than lines, naming the field', () => {
    const yaml = NOTICE_ONLY.replace(/^issuer:\n/m, 'issuer:\n  parent:\n    - { a: 1, b: 2 }\n');
    expect(() => parseCampaign(yaml, 'campaign.yaml')).toThrow(/parent/);
  });
});

describe('notice.bodySize (qa42 F13.3)', () => {
  /** The height of the body's words (pdftotext's boxes: the font's full height at its size). */
  async function bodyWordHeight(size?: number) {
    const yaml = size
      ? NOTICE_ONLY.replace(/^ {2}symbol: .*$/m, (l) => `${l}\n  bodySize: ${size}`)
      : NOTICE_ONLY;
    const campaign = parseCampaign(yaml, 'campaign.yaml');
    const { bytes } = await renderFor(notice, campaign, group);
    const first = campaign.notice.body.split(/\s+/)[0] ?? '';
    const words = (await pdfWords(bytes)).filter((w) => w.page === 1);
    const to = words.find((w) => w.text === 'Kính');
    const word = words.find((w) => w.text === first && (!to || w.yMin > to.yMin));
    if (!word) throw new Error(`no body word "${first}"`);
    return word.yMax - word.yMin;
  }

  it('sets the body at 14 pt: its words 14/13 as tall as at the Decree’s default 13 pt', async () => {
    const h13 = await bodyWordHeight();
    const h14 = await bodyWordHeight(14);
    expect(h14 / h13).toBeCloseTo(14 / 13, 2);
    expect(await bodyWordHeight(13)).toBeCloseTo(h13, 3);
  });

  it('refuses a size the Decree does not allow, naming 13 and 14', () => {
    const yaml = NOTICE_ONLY.replace(/^ {2}symbol: .*$/m, (l) => `${l}\n  bodySize: 12`);
    expect(() => parseCampaign(yaml, 'campaign.yaml')).toThrow(/13.*14/);
  });
});

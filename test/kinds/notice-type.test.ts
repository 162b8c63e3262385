/**
 * A notice whose symbol names its type ("07/TB-UBBC", a Thông báo; "KH-UBND", a Kế hoạch), or
 * whose campaign says it (`notice.type`), is laid out as Decree 30/2020 lays a named document
 * out: its name in bold capitals centred under the header and the trích yếu under it, no "V/v"
 * (qa5 G11: an election committee's Thông báo printed as a công văn). A công văn ("UBND-VHXH")
 * keeps "V/v …" under its number. Read from the built PDF with pdftotext -layout, as the office
 * would read it, and its title's place with pdfjs.
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

const SUBJECT = 'niêm yết danh sách cử tri và địa điểm bỏ phiếu bầu cử bổ sung';

/** The example campaign with this symbol, the election's subject, and `type` when given. */
async function campaignWith(symbol: string, type?: string, subject = SUBJECT): Promise<string> {
  const dir = await makeTempDir('notice-type-');
  const yaml = (await readFile(EXAMPLE_CAMPAIGN, 'utf8'))
    .replace(/^ {2}symbol: .*$/m, `  symbol: ${symbol}${type ? `\n  type: ${type}` : ''}`)
    .replace(/^ {2}subject: .*$/m, `  subject: "${subject}"`);
  await writeFile(join(dir, 'campaign.yaml'), yaml);
  return dir;
}

/** Builds group 1's notice; its first page as pdftotext -layout reads it, and the PDF's path. */
async function notice(dir: string) {
  const out = join(dir, 'out');
  const r = await runCliInProcess(
    buildArgs(join(dir, 'campaign.yaml'), EXAMPLE_GROUPS, out, '--kind=notice', '--group=1'),
  );
  expect(r.code, r.stderr).toBe(0);
  const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'));
  const file = join(out, manifest.files[0].path);
  const lines = (await pdfText(file, { layout: true, firstPage: 1, lastPage: 1 }))
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return { lines, file };
}

/** Lines between "Số: …" and "Kính gửi": where the Decree puts V/v or the document's title. */
const underNumber = (lines: string[]) => {
  const from = lines.findIndex((l) => l.startsWith('Số: '));
  const to = lines.findIndex((l) => l.startsWith('Kính gửi'));
  return lines.slice(from + 1, to);
};

describe('the notice’s type and title', () => {
  it.each([
    ['TB-UBBC', undefined, 'THÔNG BÁO', 'Số: 05/TB-UBBC'],
    ['KH-UBND', undefined, 'KẾ HOẠCH', 'Số: 05/KH-UBND'],
    ['UBND-VHXH', 'Thông báo', 'THÔNG BÁO', 'Số: 05/UBND-VHXH'],
  ])(
    'symbol %s (type %s): "%s" centred under the header, the trích yếu under it, no V/v',
    async (symbol, type, title, number) => {
      const { lines, file } = await notice(await campaignWith(symbol, type));
      expect(lines.some((l) => l.startsWith(number))).toBe(true);
      const under = underNumber(lines);
      expect(under[0]).toBe(title);
      // The trích yếu as typed, its first letter capital, on the lines under the title.
      expect(under.slice(1).join(' ')).toBe(
        `${SUBJECT.charAt(0).toLocaleUpperCase('vi')}${SUBJECT.slice(1)}`,
      );
      expect(lines.join('\n')).not.toContain('V/v');
      // Bold, centred on the page's text block (30 mm left margin, 15 mm right: its middle at 112.5 mm).
      const [page] = await pdfTextItems(await readFile(file));
      const name = page && findItem(page, new RegExp(`^${title}$`));
      expect(name?.bold).toBe(true);
      expect(Math.abs((name?.xMm ?? 0) + (name?.widthMm ?? 0) / 2 - 112.5)).toBeLessThan(1);
      // The annex names the document by its type.
      const all = await pdfText(file);
      const kind = title === 'KẾ HOẠCH' ? 'Kế hoạch' : 'Thông báo';
      expect(all.replace(/\s+/g, ' ')).toContain(`(Kèm theo ${kind} số 05/`);
    },
  );

  it('a subject copied with the document’s name prints the name once, and "Về việc" as typed (qa7 L7)', async () => {
    // The heading block's two lines pasted as one: "THÔNG BÁO về việc …". The name printed once;
    // "Về việc" kept, as a trích yếu typed "Về việc …" under the name keeps it (qa50 m3): it
    // printed "Niêm yết …" for this one.
    const { lines } = await notice(
      await campaignWith('TB-UBBC', undefined, `THÔNG BÁO về việc ${SUBJECT}`),
    );
    const under = underNumber(lines);
    expect(under[0]).toBe('THÔNG BÁO');
    expect(under.slice(1).join(' ')).toBe(`Về việc ${SUBJECT}`);
    expect(lines.filter((l) => l.includes('THÔNG BÁO'))).toHaveLength(1);
  });

  it('a công văn keeps "V/v …" under its number and has no title', async () => {
    const { lines } = await notice(await campaignWith('UBND-VHXH'));
    const under = underNumber(lines);
    expect(under.join(' ')).toBe(`V/v ${SUBJECT}`);
    expect(lines).not.toContain('CÔNG VĂN');
  });

  it('a type the tool cannot lay out is refused at its line, in Vietnamese, without blaming the Decree (qa21)', async () => {
    const dir = await campaignWith('UBND-VHXH', 'Thư mời');
    const r = await runCliInProcess(
      ['check', '--campaign', join(dir, 'campaign.yaml'), '--groups', EXAMPLE_GROUPS],
      { env: { LANG: 'vi_VN.UTF-8' } },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('phần mềm chưa trình bày được văn bản loại “Thư mời”');
    expect(r.stderr).not.toContain('Nghị định 30');
    expect(r.stderr).toContain('mục “notice.type”');
    expect(r.stderr).toMatch(/Ghi một trong các loại: Công văn, .*Thông báo, .*Kế hoạch/);
  });
});

/**
 * A Word draft awaiting its number and day ("Số:     /UBND-VP", "ngày      tháng      năm 2026",
 * left blank for the văn thư) imported and built: the printed notice keeps them blank, the
 * official way ("Số:      /UBND-VP", "ngày    tháng    năm 2026"), never an invented "Số: 01" and
 * the day of the import; and the build says, naming the campaign file, that the notice has no
 * number and no date yet. Read from the built PDF's text and the build's warnings.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notice } from '../../../src/kinds/notice.js';
import { importDocx } from '../../../src/load/docx/import-docx.js';
import { build } from '../../../src/output/build.js';
import { collapseSpaces, pdfText } from '../../support/pdf-text.js';
import { renderCampaignText } from '../../support/render.js';
import { makeTempDir, removeTempDirs } from '../../support/tmp.js';
import { wardCsv } from '../../support/ward.js';

const line = (...parts: string[]) =>
  new Paragraph({
    children: parts.flatMap((part, i) => [
      ...(i > 0 ? [new TextRun({ text: '\t' })] : []),
      new TextRun(part),
    ]),
  });

// Imported on a day the notice does not name: that day must not be printed.
const TODAY = '2026-11-30';
const SYMBOL = 'UBND-VP';

/** A draft notice whose header's right column says `date` (tabs in it are Word tabs). */
async function draftDocx(date: string): Promise<Buffer> {
  return Packer.toBuffer(
    new Document({
      sections: [
        {
          children: [
            line('', 'ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
            line('', 'XÃ PHÚ VANG', 'Độc lập - Tự do - Hạnh phúc'),
            line('', `Số:     /${SYMBOL}`, ...date.split('\t')),
            line('V/v phòng, chống bão'),
            line('Kính gửi: Các thôn trên địa bàn xã.'),
            line('Đề nghị các thôn khẩn trương sơ tán người dân./.'),
            line('Nơi nhận:', '', 'CHỦ TỊCH'),
            line('- Như trên;'),
            line('- Lưu: VT.'),
            line('', '', 'Hồ Văn Tèo'),
          ],
        },
      ],
    }),
  );
}

let text: string;
let warnings: string[];
let yamlFile: string;

beforeAll(async () => {
  const dir = await makeTempDir('phuong-print-draft-');
  const bytes = await draftDocx('Phú Vang, ngày      tháng      năm 2026');
  const r = await importDocx(bytes, { source: 'du-thao.docx', today: TODAY });
  const campaignDir = join(dir, 'campaign');
  await mkdir(campaignDir);
  yamlFile = join(campaignDir, 'campaign.yaml');
  await writeFile(yamlFile, r.yaml);
  await writeFile(join(dir, 'groups.csv'), wardCsv(1));
  const out = join(dir, 'out');
  const result = await build({
    campaign: yamlFile,
    groups: join(dir, 'groups.csv'),
    out,
    jobs: 1,
    kinds: ['notice'],
  });
  warnings = result.warnings.map((w) => w.describe('en'));
  text = await pdfText(join(out, 'to-dan-pho-so-1', 'notice.pdf'), { layout: true });
});
afterAll(removeTempDirs);

describe('a Word draft with a blank number and day', () => {
  it('prints "Số:" with a blank before the symbol, not a number', () => {
    expect(text).toMatch(new RegExp(`Số:\\s{3,}/${SYMBOL}`, 'u'));
    expect(text).not.toMatch(new RegExp(`Số:\\s*\\d+/${SYMBOL}`, 'u'));
  });

  it('prints the day and month blank, the year as written, not the day of the import', () => {
    expect(text).toMatch(/Phú Vang, ngày\s{3,}tháng\s{3,}năm 2026/u);
    const [, month, day] = TODAY.split('-').map(Number);
    expect(collapseSpaces(text)).not.toContain(`ngày ${day} tháng ${month}`);
  });

  it('says, naming the campaign file, that the notice has no number and no date yet', () => {
    const about = (words: string) => warnings.filter((w) => w.includes(words));
    expect(about('no number yet')).toEqual([expect.stringContaining(yamlFile)]);
    expect(about('no date yet')).toEqual([expect.stringContaining(yamlFile)]);
  });
});

describe.each([
  ['dots', 'Phú Vang, ngày ....... tháng ....... năm 2026'],
  ['an ellipsis', 'Phú Vang, ngày …… tháng …… năm 2026'],
  ['underscores', 'Phú Vang, ngày ____ tháng ____ năm 2026'],
  ['tabs', 'Phú Vang, ngày\ttháng\tnăm 2026'],
])('a Word draft whose blank day and month are %s', (_, date) => {
  it('prints its place and a blank day and month before its year, as a draft date', async () => {
    const r = await importDocx(await draftDocx(date), { source: 'du-thao.docx', today: TODAY });
    const printed = await pdfText(await renderCampaignText(notice, r.yaml, wardCsv(1)), {
      layout: true,
    });
    expect(printed).toMatch(/Phú Vang, ngày\s{3,}tháng\s{3,}năm 2026/u);
  });
});

it('keeps a draft date’s month, with its day blank for the văn thư (qa17)', async () => {
  const r = await importDocx(await draftDocx('Phú Vang, ngày      tháng 12 năm 2026'), {
    source: 'du-thao.docx',
    today: TODAY,
  });
  expect(r.warnings.map((w) => w.message)).not.toContainEqual(
    expect.stringContaining('is not printed'),
  );
  expect(r.warnings.map((w) => w.message)).toContainEqual(
    expect.stringContaining('has its month but no day yet'),
  );
  const printed = await pdfText(await renderCampaignText(notice, r.yaml, wardCsv(1)), {
    layout: true,
  });
  expect(printed).toMatch(/Phú Vang, ngày\s{3,}tháng 12 năm 2026/u);
});

it('says that a draft date with its day but not its month prints the day blank', async () => {
  const r = await importDocx(await draftDocx('Phú Vang, ngày 05 tháng      năm 2026'), {
    source: 'du-thao.docx',
    today: TODAY,
  });
  expect(r.warnings.map((w) => w.message)).toContainEqual(
    expect.stringContaining('"05" is not printed'),
  );
});

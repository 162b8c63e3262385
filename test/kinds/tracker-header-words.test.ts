/**
 * The tracking sheet's tick column titles break between words only (qa Q22: eight actions'
 * columns split "VNeI|D", "thườn|g"): every word of every title the campaign gives is printed
 * whole on one of the page's drawn lines (pdf.js text items: what is drawn where; pdftotext
 * reads a word broken across lines whole, from its /ActualText), however many and long the
 * titles; a word wider than any column the page can give is said by the build, with the
 * campaign's line, and only that one is broken.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { tracker } from '../../src/kinds/tracker.js';
import { loadBuildInputs } from '../../src/output/inputs.js';
import { pdfTextItems } from '../support/pdf-items.js';
import { renderCampaignText } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const EXAMPLE = fileURLToPath(new URL('../../examples/tan-dinh/', import.meta.url));
/** The example's own groups file's header and first group: its notice names their columns. */
const GROUPS =
  'STT;Tên khu phố;Trưởng khu phố;Bí thư chi bộ;Số điện thoại;Địa điểm sinh hoạt;Số hộ;Số nhân khẩu;Ngày tập huấn\n' +
  '1;Khu phố 1;Nguyễn Hữu Dũng;Phan Thanh Phúc;0960 174 940;Điểm sinh hoạt Khu phố 1;20;80;sáng 09/03/2026\n';

/** Eight actions of a VNeID campaign, their columns as an office writes them. */
const EIGHT = [
  'Đã cài đặt ứng dụng VNeID',
  'Đã kích hoạt tài khoản định danh',
  'Đã tích hợp giấy phép lái xe',
  'Đã tích hợp thẻ bảo hiểm y tế',
  'Đã đăng ký thường trú trực tuyến',
  'Đã thông báo lưu trú qua ứng dụng',
  'Đã khai báo người phụ thuộc',
  'Đã hướng dẫn người cao tuổi',
];

/** The second example's campaign (no app, no contest) with these columns as its actions. */
async function campaignWith(columns: readonly string[]): Promise<string> {
  const yaml = await readFile(join(EXAMPLE, 'campaign.yaml'), 'utf8');
  const start = yaml.indexOf('actions:');
  const end = yaml.indexOf('\nlinks:');
  if (start < 0 || end < start) throw new Error('the example campaign has no actions list');
  const actions = columns.map((c, i) => `  - step: Việc thứ ${i + 1}.\n    column: ${c}\n`);
  return `${yaml.slice(0, start)}actions:\n${actions.join('')}${yaml.slice(end + 1)}`;
}

/** The first page's drawn pieces of text (a cell's line is one). */
async function firstPageWords(columns: readonly string[]): Promise<string[]> {
  const pdf = await renderCampaignText(tracker, await campaignWith(columns), GROUPS);
  const [page] = await pdfTextItems(pdf);
  return (page?.items ?? []).map((i) => i.str);
}

/** A title's pieces between UAX #14 breaks: at spaces, and after a hyphen or a slash. */
const pieces = (s: string) => s.split(/\s+|(?<=[-/])/u).filter(Boolean);

/** Each piece of the titles not printed whole on the page. */
function brokenWords(columns: readonly string[], printed: readonly string[]): string[] {
  const words = new Set(printed.flatMap(pieces));
  return columns.flatMap((c) => pieces(c).filter((w) => !words.has(w)));
}

describe('tracker header words', () => {
  it('prints every word of eight long tick titles whole', { timeout: 60_000 }, async () => {
    const printed = await firstPageWords(EIGHT);
    expect(brokenWords(EIGHT, printed)).toEqual([]);
  });

  it('keeps a long brand name whole too, the name and address columns giving room', {
    timeout: 60_000,
  }, async () => {
    const columns = [
      'Đã cài đặt ứng dụng SmartHaiPhongCity',
      'Đã tích hợp BHYT-VNeID',
      ...EIGHT.slice(1, 7),
    ];
    const printed = await firstPageWords(columns);
    expect(brokenWords(columns, printed)).toEqual([]);
    // The roster's columns are still there, with their titles.
    expect(printed).toEqual(expect.arrayContaining(['STT', 'Họ và tên chủ hộ', 'Địa chỉ']));
  });

  it('says which word is too wide for any column, at its line, and breaks only that one', {
    timeout: 60_000,
  }, async () => {
    const long = 'SmartHaiPhongCityAppTrênĐiệnThoạiDiĐộngThôngMinh';
    const columns = [...EIGHT.slice(0, 2), `Đã cài ${long}`, ...EIGHT.slice(3)];
    const printed = await firstPageWords(columns);
    expect(brokenWords(columns, printed)).toEqual([long]);

    const dir = await makeTempDir('phuong-print-tracker-words-');
    const yaml = await campaignWith(columns);
    await writeFile(join(dir, 'campaign.yaml'), yaml);
    await writeFile(join(dir, 'groups.csv'), GROUPS);
    const inputs = await loadBuildInputs(
      { campaign: join(dir, 'campaign.yaml'), groups: join(dir, 'groups.csv') },
      [tracker],
    );
    const said = inputs.warnings.map((w) => w.describe('vi')).filter((s) => s.includes(long));
    const line = yaml.split('\n').findIndex((l) => l.includes(long)) + 1;
    expect(said).toHaveLength(1);
    expect(said[0]).toContain(`dòng ${line}`);
    expect(said[0]).toContain(`“${long}”`);
  });
});

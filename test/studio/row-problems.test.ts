/**
 * What the office reads in the studio, which has no command line (qa12 Q14, Q18): a row of the
 * groups file with two bad cells ("245 hộ", "1.020 người") has each said at its column, on the
 * groups page and on the build page, never "chạy “phuong-print check” để xem hết"; a build
 * refused because another one is writing the campaign's files says the campaign is being
 * printed, never the server's folder or the CLI's `--out`. Real studio on loopback; the
 * problems expected from the cells uploaded.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockOutputFolder } from '../../src/output/folder-lock.js';
import { xlsxBytes } from '../support/inputs.js';
import { removeTempDirs } from '../support/tmp.js';
import { buildUntil } from './office-steps.js';
import { type Client, plainText, studioWithExample, type TestStudio } from './studio.js';

const ROWS = [
  ['STT', 'Tên tổ dân phố', 'Tổ trưởng', 'Số hộ', 'Số nhân khẩu'],
  [1, 'Tổ dân phố số 1', 'Nguyễn Văn Hùng', 248, 910],
  [2, 'Tổ dân phố số 2', 'Trần Thị Thu Hằng', '245 hộ', '1.020 người'],
  [3, 'Tổ dân phố số 3', 'Phạm Đức Thắng', 442, 1530],
];

/** A cell of class `cls` holding `text`, as the table writes it (its column's name after the class). */
const cell = (cls: string, text: string) =>
  new RegExp(
    `<td class="${cls}" data-label="[^"]*">${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</td>`,
  );

/** The <tr> of a data row (its number in the first cell). */
const rowOf = (page: string, n: number) =>
  new RegExp(`<tr[^>]*><th scope="row"[^>]*>${n}</th>.*?</tr>`, 's').exec(page)?.[0] ?? '';

describe('what the studio says where the CLI would send to a command', () => {
  let s: TestStudio;
  let c: Client;
  let folder: string;
  const slug = 'hai-phong';
  const groupsPage = `/c/${slug}/groups`;
  beforeAll(async () => {
    ({ s, c, folder } = await studioWithExample());
    const bytes = await xlsxBytes({ 'Danh sách': ROWS });
    await c.upload(groupsPage, 'file', 'to-dan-pho.xlsx', bytes, {}, groupsPage);
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it('groups page: both bad cells of a row, each at its column', async () => {
    const page = (await c.get(groupsPage)).text;
    const said = plainText(page).replace(/ ,/g, ',');
    expect(said).toContain('Dòng 3, cột “Số hộ”: “245 hộ” không phải là số nguyên');
    expect(said).toContain('Dòng 3, cột “Số nhân khẩu”: “1.020 người” không phải là số nguyên');
    const bad = rowOf(page, 3);
    expect(bad).toMatch(cell('bad', '245 hộ'));
    expect(bad).toMatch(cell('bad', '1.020 người'));
    expect(bad).toContain('Cột “Số nhân khẩu”: “1.020 người” không phải là số nguyên');
    expect(said).not.toContain('phuong-print');
    expect(said).not.toContain('lỗi khác');
  });

  it('build page: the row left out says both problems', async () => {
    await buildUntil(c, slug, 'done');
    const said = plainText((await c.get(`/c/${slug}/build`)).text);
    expect(said).toContain('Cột “Số hộ”: “245 hộ” không phải là số nguyên');
    expect(said).toContain('Cột “Số nhân khẩu”: “1.020 người” không phải là số nguyên');
    expect(said).not.toContain('phuong-print');
  });

  it('a build while another writes the campaign’s files: “đang được in”, no folder, no --out', async () => {
    // Another process's build, as a studio stopped mid-build and started again leaves one.
    const unlock = await lockOutputFolder(join(folder, 'out'));
    try {
      await buildUntil(c, slug, 'failed');
      const said = plainText((await c.get(`/c/${slug}/build`)).text);
      expect(said).toMatch(
        /Chiến dịch này đang được tạo tệp in \(bắt đầu lúc \d\d:\d\d ngày [\d/]+\)\. Đợi tạo xong rồi tải lại trang\./,
      );
      expect(said).not.toContain(folder);
      expect(said).not.toContain('--out');
    } finally {
      await unlock();
    }
  });
});

/**
 * The results import and Kết quả of gift money against a budget the list hands down (qa25:
 * "Số tiền mặt đã trao (đồng) | Kinh phí (đồng)", test/fixtures/qa25-money/, the studio's own
 * campaign and list: Thôn Nam Sơn 12.500.000 đồng, Thôn Trung Lập 4.500.000 đồng).
 * F6: a sum above the budget is said with its thousands dots and the tick names the budget, not
 * "số nhân khẩu hoặc số hộ"; once saved, no tick "bên dưới" is spoken of. F3: a sum in
 * thousands (4.500) is warned in the preview and flagged on Kết quả; F1: Kết quả says the money
 * as money. Real studio on loopback.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workbook } from '../support/inputs.js';
import { removeTempDirs } from '../support/tmp.js';
import { storePreviewed, visible } from './results-figures.js';
import { type Client, studioWithCampaign, type TestStudio } from './studio.js';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/qa25-money/${name}`, import.meta.url));
const MONEY = 'Số tiền mặt đã trao (đồng)';
const RESULTS = '/c/trao-qua/results';
const IMPORT = `${RESULTS}/import`;

let s: TestStudio;
let office: Client;
beforeAll(async () => {
  ({ s, c: office } = await studioWithCampaign('trao-qua', [
    fixture('campaign.yaml'),
    fixture('groups.xlsx'),
  ]));
});
afterAll(async () => {
  await s?.close();
  await removeTempDirs();
});

const itemsOf = (page: string, list: RegExp) =>
  [...page.matchAll(list)].flatMap((m) =>
    [...(m[1] ?? '').matchAll(/<li>(.*?)<\/li>/gs)].map((l) => visible(l[1] ?? '')),
  );

describe('the import of the thôn’s money sheet (qa25)', () => {
  let preview = '';
  it('refuses 125000000 over the 12.500.000 budget with dots, the tick naming the budget (F6)', async () => {
    const bytes = await workbook({
      'Tổng hợp': [
        ['Thôn', 'Số suất quà đã trao', MONEY],
        ['Thôn Đông Hòa', 18, 9000000],
        ['Thôn Nam Sơn', 25, 125000000],
        ['Thôn Trung Lập', 9, 4500],
      ],
    });
    const r = await office.upload(IMPORT, 'file', 'tong-hop.xlsx', bytes, {}, IMPORT);
    expect(r.status).toBe(200);
    preview = r.text;
    expect(itemsOf(preview, /<ul class="problems">(.*?)<\/ul>/gs)).toEqual([
      `Dòng 3, cột “${MONEY}”: 125.000.000 lớn hơn kinh phí của thôn Nam Sơn (12.500.000). Nếu số đúng (danh sách cũ hơn số liệu), đánh dấu ô xác nhận bên dưới.`,
    ]);
    const text = visible(preview);
    expect(text).toContain('Các số lớn hơn kinh phí ở trên là đúng: nhập cả 1 dòng đó');
    expect(text).not.toContain('số nhân khẩu hoặc số hộ');
  });

  it('warns in the preview of the sum typed in thousands (F3)', () => {
    expect(itemsOf(preview, /<ul class="notice warn">(.*?)<\/ul>/gs)).toContainEqual(
      expect.stringContaining(
        `Dòng 4, cột “${MONEY}”: Thôn Trung Lập: 4.500 đồng chưa bằng 1% kinh phí 4.500.000 đồng`,
      ),
    );
  });

  it('once saved without the tick, tells how to store the refused row, with no tick “bên dưới” (F6)', async () => {
    const saved = await storePreviewed(office, preview);
    expect(saved.status).toBeLessThan(400);
    const refused = itemsOf(saved.text, /<ul class="problems">(.*?)<\/ul>/gs);
    expect(refused).toEqual([
      `Dòng 3, cột “${MONEY}”: 125.000.000 lớn hơn kinh phí của thôn Nam Sơn (12.500.000). Nếu số đúng (danh sách cũ hơn số liệu), tải tệp lên lại và đánh dấu ô xác nhận trước khi bấm “Lưu số liệu”.`,
    ]);
    expect(saved.text).not.toContain('name="xac_nhan"');
  });

  it('flags on Kết quả the sum in thousands, the money said as money (F3, F1)', async () => {
    const page = visible((await office.get(RESULTS)).text);
    expect(page).toContain('Cần kiểm tra trước khi tải báo cáo:');
    expect(page).toContain(
      `Thôn Trung Lập (${MONEY}): 4.500 đồng, chưa bằng 1% kinh phí 4.500.000 đồng`,
    );
    expect(page).toContain('chưa bằng 1% kinh phí, cần kiểm tra');
    expect(page).not.toContain('Thôn Đông Hòa (');
    expect(page).toContain('đồng kinh phí');
    expect(page).not.toContain('kinh phí (đồng)');
    expect(page).not.toContain('tiền mặt đã trao;');
  });
});

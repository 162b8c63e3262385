/**
 * Gift money against a budget the list hands down (qa25: "Số tiền mặt đã trao (đồng) | Kinh phí
 * (đồng)", test/fixtures/qa25-money/, the studio's own campaign: Thôn Trung Lập 4.500.000 đồng,
 * Thôn Bắc Sơn 0 hộ nghèo and 0 đồng, Thôn Tây Hòa 6.000.000 đồng). On the leader's phone the
 * money reads as money (F1: never "6.000.000 kinh phí (đồng)"); a sum typed in thousands (4.500
 * for 4.500.000) and any figure for a thôn the list gives 0 are asked about before they are
 * saved, and flagged on /admin/ket-qua once confirmed (F3). Real server on loopback.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadWard } from '../../src/serve/ward.js';
import { makeTempDir } from '../support/tmp.js';
import { fromHtml, pageText } from './leader-page.js';
import { servedResults } from './measure-ward.js';
import { ADMIN_PASSWORD, basic, sendFigures, tokenOf } from './server.js';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/qa25-money/${name}`, import.meta.url));
const GIFTS = 'Số suất quà đã trao';
const MONEY = 'Số tiền mặt đã trao (đồng)';
const ids = { gifts: 'so_so_suat_qua_da_trao', money: 'so_so_tien_da_trao_dong' };

const { s, saved: savedOf } = servedResults(async () => ({
  dir: await makeTempDir('results-money-base-'),
  ward: await loadWard({ campaign: fixture('campaign.yaml'), groups: fixture('groups.xlsx') }),
}));

const errorsOf = (html: string) =>
  [...fromHtml(html).matchAll(/<li(?: [^>]*)?>([\s\S]*?)<\/li>/g)].map((m) =>
    (m[1] ?? '').replace(/<[^>]+>/g, ''),
  );
const saved = async (id: string, measure: string) => (await savedOf(id, measure))?.value;

describe('the leader’s page says money as money (qa25 F1)', () => {
  it('Thôn Tây Hòa (Kinh phí 6.000.000): “trên 6.000.000 đồng kinh phí”', async () => {
    const page = pageText(await (await fetch(`${s.url}/g/${tokenOf('2')}/`)).text());
    expect(page).toContain('6.000.000 đồng kinh phí');
    expect(page).not.toContain('kinh phí (đồng)');
  });
});

describe('sums out of line with the list asked about on the phone (qa25 F3)', () => {
  it('asks before saving 4.500 for Thôn Trung Lập (Kinh phí 4.500.000): typed in thousands', async () => {
    const r = await sendFigures(s.url, '5', { [ids.gifts]: '9', [ids.money]: '4.500' });
    expect(r.status).toBe(422);
    expect(errorsOf(r.html)).toContain(
      `“${MONEY}”: 4.500 đồng chưa bằng 1% kinh phí 4.500.000 đồng. Có phải đã ghi theo nghìn đồng? Ghi đủ số đồng, ví dụ 4.500.000. Nếu đúng là như vậy, hãy đánh dấu ô xác nhận bên dưới rồi bấm Lưu lại.`,
    );
    expect(r.html).toContain('name="xac_nhan"');
    expect(await saved('5', 'so_tien_da_trao_dong')).toBeUndefined();
    expect(
      (await sendFigures(s.url, '5', { [ids.gifts]: '9', [ids.money]: '4.500' }, true)).status,
    ).toBe(303);
    expect(await saved('5', 'so_tien_da_trao_dong')).toBe(4_500);
  });

  it('asks before saving 2 gifts and 1.000.000 đồng for Thôn Bắc Sơn (0 hộ, 0 đồng in the list)', async () => {
    const r = await sendFigures(s.url, '4', { [ids.gifts]: '2', [ids.money]: '1.000.000' });
    expect(r.status).toBe(422);
    const said = errorsOf(r.html);
    expect(said).toContain(
      `“${MONEY}”: 1.000.000 đồng, nhưng danh sách ghi thôn Bắc Sơn có kinh phí bằng 0. Kiểm tra lại số đã ghi. Nếu đúng là như vậy, hãy đánh dấu ô xác nhận bên dưới rồi bấm Lưu lại.`,
    );
    expect(said).toContain(
      `“${GIFTS}”: 2 suất quà đã trao, nhưng danh sách ghi thôn Bắc Sơn có 0 hộ nghèo, cận nghèo. Kiểm tra lại số đã ghi. Nếu đúng là như vậy, hãy đánh dấu ô xác nhận bên dưới rồi bấm Lưu lại.`,
    );
    expect(await saved('4', 'so_tien_da_trao_dong')).toBeUndefined();
    expect(
      (await sendFigures(s.url, '4', { [ids.gifts]: '2', [ids.money]: '1.000.000' }, true)).status,
    ).toBe(303);
  });

  it('saves Thôn Đông Hòa’s 18 and 9.000.000 at once, said as money', async () => {
    const r = await sendFigures(s.url, '1', { [ids.gifts]: '18', [ids.money]: '9.000.000' });
    expect(r.status).toBe(303);
    const page = pageText(await (await fetch(`${s.url}/g/${tokenOf('1')}/`)).text());
    expect(page).toContain('Đã lưu: 9.000.000 đồng (100,0% trên 9.000.000 đồng kinh phí)');
    expect(page).not.toContain('kinh phí (đồng)');
  });

  it('flags the confirmed figures on /admin/ket-qua, in money’s words', async () => {
    const page = pageText(
      await (
        await fetch(`${s.url}/admin/ket-qua`, {
          headers: { authorization: basic('admin', ADMIN_PASSWORD) },
        })
      ).text(),
    );
    expect(page).toContain('Cần kiểm tra trước khi tải báo cáo:');
    expect(page).toContain(
      `Thôn Trung Lập (${MONEY}): 4.500 đồng, chưa bằng 1% kinh phí 4.500.000 đồng`,
    );
    expect(page).toContain(
      `Thôn Bắc Sơn (${MONEY}): 1.000.000 đồng, danh sách ghi kinh phí bằng 0`,
    );
    expect(page).toContain(
      `Thôn Bắc Sơn (${GIFTS}): 2 suất quà đã trao, danh sách ghi 0 hộ nghèo, cận nghèo`,
    );
    expect(page).not.toContain('Thôn Đông Hòa (');
    expect(page).not.toContain('kinh phí (đồng)');
  });
});

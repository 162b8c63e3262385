/**
 * A money campaign's figures on the leaders' phones (qa24 F2, F10): the charity fund's list
 * (test/fixtures/qa24-money/chi-tieu-van-dong.xlsx, "Chỉ tiêu (đồng)": Tổ dân phố 7 15.000.000,
 * Tổ dân phố 8 10.000.000…) and the measure "Số tiền đã vận động (đồng) | Chỉ tiêu (đồng)".
 * A sum ten times the target (one zero too many: "Kiểm tra lại số chữ số 0"), three times it
 * (no zero in question: "Kiểm tra lại số đã ghi", review32 F10) or under 1 % of it (typed in
 * thousands) is asked about before it is saved, and flagged on /admin/ket-qua once confirmed; sums typed as
 * people write them ("12,5 triệu", "12500000đ") are read; refusals give money's examples. A
 * sign-up target in people keeps "over it is good news" up to ten times. Real server on loopback.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/open-store.js';
import { charityWard, CHARITY_LABEL as LABEL, withMeasure } from '../support/charity-fund.js';
import { visible } from '../support/page-text.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';
import { makeTempDir } from '../support/tmp.js';
import { fromHtml } from './leader-page.js';
import { servedResults } from './measure-ward.js';
import {
  ADMIN_PASSWORD,
  basic,
  sendFigures,
  startResultsServer,
  type TestServer,
  wardOf,
} from './server.js';

/** The list's targets (its "Chỉ tiêu (đồng)" column), by tổ. */
const TARGET: Record<string, number> = {
  '1': 15_000_000,
  '2': 18_000_000,
  '3': 12_500_000,
  '4': 13_000_000,
  '5': 8_000_000,
  '6': 20_000_000,
  '7': 15_000_000,
  '8': 10_000_000,
};
const vi = (n: number) => n.toLocaleString('de-DE');

const { s, saved: savedOf } = servedResults(() => charityWard('results-money-'));

const send = (id: string, figure: string, confirm = false) =>
  sendFigures(s.url, id, { so_tien: figure }, confirm);
const saved = async (id: string) => (await savedOf(id, 'tien'))?.value;
/** The page's refusals, as the leader reads them. */
const errorsOf = (html: string) =>
  [...fromHtml(html).matchAll(/<li(?: [^>]*)?>([\s\S]*?)<\/li>/g)].map((m) =>
    (m[1] ?? '').replace(/<[^>]+>/g, ''),
  );

describe('a sum far out of line with its target (qa24 F2)', () => {
  it('asks before saving 150.000.000 for Tổ 7 (target 15.000.000): one zero too many', async () => {
    const r = await send('7', '150.000.000');
    expect(r.status).toBe(422);
    expect(errorsOf(r.html)).toContain(
      `“${LABEL}”: 150.000.000 đồng là gấp 10 lần chỉ tiêu ${vi(TARGET['7'] ?? 0)} đồng. Kiểm tra lại số chữ số 0. Nếu đúng là như vậy, hãy đánh dấu ô xác nhận bên dưới rồi bấm Lưu lại.`,
    );
    expect(r.html).toContain('name="xac_nhan"');
    expect(await saved('7')).toBeUndefined();
    // Ticked: saved as typed.
    expect((await send('7', '150.000.000', true)).status).toBe(303);
    expect(await saved('7')).toBe(150_000_000);
  });

  it('asks about 30.000.000 for Tổ 5 (target 8.000.000, 3,8×) without speaking of zeros', async () => {
    const r = await send('5', '30.000.000');
    expect(r.status).toBe(422);
    const said = errorsOf(r.html);
    expect(said).toContain(
      `“${LABEL}”: 30.000.000 đồng là gấp 3,8 lần chỉ tiêu ${vi(TARGET['5'] ?? 0)} đồng. Kiểm tra lại số đã ghi. Nếu đúng là như vậy, hãy đánh dấu ô xác nhận bên dưới rồi bấm Lưu lại.`,
    );
    expect(said.join(' ')).not.toContain('chữ số 0');
    expect(await saved('5')).toBeUndefined();
  });

  it('asks before saving 9.500 for Tổ 8 (target 10.000.000): a sum typed in thousands', async () => {
    const r = await send('8', '9.500');
    expect(r.status).toBe(422);
    expect(errorsOf(r.html)).toContain(
      `“${LABEL}”: 9.500 đồng chưa bằng 1% chỉ tiêu ${vi(TARGET['8'] ?? 0)} đồng. Có phải đã ghi theo nghìn đồng? Ghi đủ số đồng, ví dụ 9.500.000. Nếu đúng là như vậy, hãy đánh dấu ô xác nhận bên dưới rồi bấm Lưu lại.`,
    );
    expect(await saved('8')).toBeUndefined();
    expect((await send('8', '9.500', true)).status).toBe(303);
  });

  it('saves a sum in line with its target at once, above it too (12.500.000; 33.300.000 over 18.000.000)', async () => {
    expect((await send('1', '12.500.000')).status).toBe(303);
    expect(await saved('1')).toBe(12_500_000);
    // 1,85 × 18.000.000: a generous tổ, not a slip.
    expect((await send('2', '33.300.000')).status).toBe(303);
    expect(await saved('2')).toBe(33_300_000);
  });

  it('flags the confirmed sums on /admin/ket-qua for the office to check', async () => {
    const page = await (
      await fetch(`${s.url}/admin/ket-qua`, {
        headers: { authorization: basic('admin', ADMIN_PASSWORD) },
      })
    ).text();
    const text = visible(page).trim();
    expect(text).toContain('Cần kiểm tra trước khi tải báo cáo:');
    expect(text).toContain(
      `Tổ dân phố 7: 150.000.000 đồng, gấp 10 lần chỉ tiêu ${vi(TARGET['7'] ?? 0)} đồng`,
    );
    expect(text).toContain(
      `Tổ dân phố 8: 9.500 đồng, chưa bằng 1% chỉ tiêu ${vi(TARGET['8'] ?? 0)} đồng`,
    );
    expect(text).not.toContain('Tổ dân phố 1: 12.500.000');
    expect(text).not.toContain('Tổ dân phố 2: 33.300.000');
    // Beside the figure in the table too.
    expect(text).toContain('150.000.000 ⚠ gấp 10 lần chỉ tiêu, cần kiểm tra');
  });

  it('says “vượt chỉ tiêu” in the row of a tổ over its target, as the report’s closing list does', async () => {
    const get = (path: string) =>
      fetch(`${s.url}${path}`, { headers: { authorization: basic('admin', ADMIN_PASSWORD) } });
    const page = fromHtml(await (await get('/admin/ket-qua')).text());
    const row = (name: string) =>
      collapseSpaces(
        (
          new RegExp(
            `<tr[^>]*>\\s*(?:<td[^>]*>[^<]*</td>\\s*)?<th scope="row">${name}<[\\s\\S]*?</tr>`,
          ).exec(page)?.[0] ?? ''
        ).replace(/<[^>]+>/g, ' '),
      );
    // Tổ 2: 33.300.000 of its 18.000.000, 185,0 %.
    expect(row('Tổ dân phố 2')).toContain('33.300.000 185,0% vượt chỉ tiêu');
    // Tổ 1: 12.500.000 of 15.000.000, under it; Tổ 7's 150.000.000 is yet to be checked: no good
    // news until it is (the report does not list it over its target either).
    expect(row('Tổ dân phố 1')).toContain('12.500.000');
    expect(row('Tổ dân phố 1')).not.toContain('vượt');
    expect(row('Tổ dân phố 7')).toContain('150.000.000');
    expect(row('Tổ dân phố 7')).not.toContain('vượt chỉ tiêu');
    const pdf = collapseSpaces(
      await pdfText(new Uint8Array(await (await get('/admin/bao-cao.pdf')).arrayBuffer())),
    );
    expect(pdf).toMatch(/Các tổ dân phố vượt chỉ tiêu [^:]*: Tổ dân phố 2\./);
  });
});

describe('sums typed as people write them (qa24 F10)', () => {
  it.each([
    ['3', '12,5 triệu', 12_500_000],
    ['4', '12500000đ', 12_500_000],
    ['5', '7.5 triệu', 7_500_000],
    ['6', '12.500.000 đ', 12_500_000],
    ['3', '12500000 đồng', 12_500_000],
    ['6', '0,02 tỷ', 20_000_000],
  ])('Tổ %s: “%s” is saved as %d đồng', async (id, typed, value) => {
    const r = await send(id, typed);
    expect(errorsOf(r.html)).toEqual([]);
    expect(r.status).toBe(303);
    expect(await saved(id)).toBe(value);
  });

  it('refuses “12,5” and “mười triệu” with money’s examples, never a count’s', async () => {
    const fraction = await send('4', '12,5');
    expect(fraction.status).toBe(422);
    expect(errorsOf(fraction.html)).toContain(
      `“${LABEL}”: “12,5” là số thập phân, nhưng số tiền tính bằng đồng phải là số nguyên: ghi đủ số đồng, ví dụ 12.500.000 (hoặc 12,5 triệu).`,
    );
    const words = await send('4', 'mười triệu');
    expect(errorsOf(words.html)).toContain(
      `“${LABEL}”: ghi đủ số đồng bằng chữ số, ví dụ 12.500.000 (hoặc 12,5 triệu).`,
    );
    for (const html of [fraction.html, words.html]) expect(html).not.toContain('125 hoặc 1.250');
  });
});

describe('a sign-up target in people (README › Participation results)', () => {
  const t = {} as TestServer & { store: Store };
  beforeAll(async () => {
    const csv =
      'Mã tổ;Tên tổ dân phố;Tổ trưởng;Số hộ;Chỉ tiêu (người)\n1;Tổ dân phố số 1;Nguyễn Văn A;120;25\n';
    const ward = await wardOf(
      withMeasure(
        await readFile(EXAMPLE_CAMPAIGN, 'utf8'),
        '{ id: dang_ky, label: Số người đăng ký hiến máu, of: Chỉ tiêu (người) }',
      ),
      csv,
    );
    Object.assign(t, await startResultsServer(ward, await makeTempDir('results-signup-')));
  });
  afterAll(async () => {
    await t.app?.close();
    await t.store?.close();
  });

  it('takes 60 for a target of 25 without a question, and asks about 250 (ten times)', async () => {
    expect((await sendFigures(t.url, '1', { so_dang_ky: '60' })).status).toBe(303);
    const r = await sendFigures(t.url, '1', { so_dang_ky: '250' });
    expect(r.status).toBe(422);
    expect(errorsOf(r.html)).toContain(
      '“Số người đăng ký hiến máu”: 250 người là gấp 10 lần chỉ tiêu 25 người. Kiểm tra lại số chữ số 0. Nếu đúng là như vậy, hãy đánh dấu ô xác nhận bên dưới rồi bấm Lưu lại.',
    );
  });
});

/**
 * qa43 minor 5: a figure sent after the campaign's last day (tổ 19 Máy Tơ, 06/12 with the end
 * 05/12) was shown like the others on Kết quả, in the PDF and the spreadsheet: the office could
 * not see who was late. Now Kết quả's "Cập nhật" and the report's notes say "gửi sau ngày kết
 * thúc 05/12/2026". The QA round's fee campaign (test/fixtures/qa43, "đến hết ngày 05/12/2026")
 * and its 20 tổ (test/fixtures/qa40/groups20.csv); the figures sent today, after that day.
 * Item 5 of the same brief: its first measure is a count of households paid, its second a sum.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { removeTempDirs } from '../support/tmp.js';
import { FEE_SLUG, feeStudio } from './fee-campaigns.js';
import { leaderLinks, report, reportRows, visible } from './results-figures.js';
import { Client, type TestStudio } from './studio.js';

const SLUG = FEE_SLUG;
const LATE = 'gửi sau ngày kết thúc 05/12/2026';

let s: TestStudio;
let office: Client;
beforeAll(async () => {
  ({ s, c: office } = await feeStudio());
  const links = await leaderLinks(office, SLUG);
  await report(new Client(s.url), links.get('Tổ dân phố Máy Tơ') ?? '', {
    'Số hộ đã nộp phí': '330',
    'Số tiền đã thu (đồng)': '79.200.000',
    'Số người tham gia tổng vệ sinh': '1.100',
  });
});
afterAll(async () => {
  await s?.close();
  await removeTempDirs();
});

describe('a figure sent after the campaign’s last day', () => {
  it('Kết quả marks it in the row’s “Cập nhật”', async () => {
    const page = (await office.get(`/c/${SLUG}/results`)).text;
    const row =
      /<tr>\s*<td[^>]*>[^<]*<\/td>\s*<th scope="row">Tổ dân phố Máy Tơ[\s\S]*?<\/tr>/.exec(
        page,
      )?.[0];
    expect(row).toBeDefined();
    const updated = visible(/data-label="Cập nhật">([\s\S]*?)<\/td>/.exec(row ?? '')?.[1] ?? '');
    expect(updated).toContain(LATE);
    // A tổ not reported has no such mark.
    expect(visible(page).match(new RegExp(LATE, 'g'))?.length).toBe(1);
  });

  it('the report’s notes say it, naming the tổ', async () => {
    const text = collapseSpaces(
      await pdfText((await office.get(`/c/${SLUG}/results/bao-cao.pdf`)).bytes),
    );
    expect(text).toContain(
      'Các tổ dân phố gửi số liệu sau ngày kết thúc 05/12/2026 (1 tổ): Tổ dân phố Máy Tơ.',
    );
  });

  it('the spreadsheet’s “Ghi chú” says it on the tổ’s row', async () => {
    const rows = await reportRows(office, SLUG);
    const row = rows.find((r) => r.includes('Tổ dân phố Máy Tơ')) ?? [];
    expect(row).toContain('Gửi sau ngày kết thúc 05/12/2026');
    expect(rows.filter((r) => r.includes('Gửi sau ngày kết thúc 05/12/2026'))).toHaveLength(1);
  });
});

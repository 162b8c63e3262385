/**
 * A campaign whose first measure is a sum (a fund's "Số tiền đã thu (đồng)" listed first): its
 * report said "Danh sách chưa có số đồng của các tổ dân phố nên chưa tính tỷ lệ, chưa xếp hạng",
 * as if the list lacked a column — a sum has no rate, whatever the list holds. The report now
 * says nothing of a rate for it. The QA round's fee campaign (test/fixtures/qa43), its sum moved
 * to the first line, and its 20 tổ (test/fixtures/qa40/groups20.csv).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { removeTempDirs } from '../support/tmp.js';
import { FEE_SLUG, feeStudio } from './fee-campaigns.js';
import { leaderLinks, report } from './results-figures.js';
import { Client, type TestStudio } from './studio.js';

const SLUG = FEE_SLUG;
const HOMES = '  - { id: so_ho_nop, label: Số hộ đã nộp phí, of: households }\n';
const MONEY = '  - { id: so_tien, label: Số tiền đã thu (đồng), of: đồng }\n';

let s: TestStudio;
let office: Client;
beforeAll(async () => {
  ({ s, c: office } = await feeStudio((yaml) => {
    expect(yaml).toContain(HOMES + MONEY);
    return yaml.replace(HOMES + MONEY, MONEY + HOMES);
  }));
  const links = await leaderLinks(office, SLUG);
  await report(new Client(s.url), links.get('Tổ dân phố Đông Hưng') ?? '', {
    'Số tiền đã thu (đồng)': '28.800.000',
    'Số hộ đã nộp phí': '120',
  });
});
afterAll(async () => {
  await s?.close();
  await removeTempDirs();
});

describe('a report whose first measure is a sum', () => {
  it('says nothing of a rate the sum cannot have', async () => {
    const text = collapseSpaces(
      await pdfText((await office.get(`/c/${SLUG}/results/bao-cao.pdf`)).bytes),
    );
    expect(text).toContain('28.800.000');
    expect(text).not.toContain('số đồng');
    expect(text).not.toMatch(/chưa có [^.]* nên chưa tính tỷ lệ/);
  });
});

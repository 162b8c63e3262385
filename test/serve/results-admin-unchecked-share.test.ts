/**
 * /admin/ket-qua (the office's Kết quả) says a total's rate without its unconfirmed figures as
 * the report does (h-left13b #3): for a measure with no target it said "đạt 75,0% nếu không tính
 * số liệu chưa xác nhận" (a goal reached) where report.pdf says "chiếm tỷ lệ". A sum spent over
 * each tổ's "Kinh phí (đồng)" (no target): Tổ 2's 4.500 đồng is under 1 % of its 20.000.000, so
 * not confirmed. A real server on loopback; the report PDF read back from it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { recordSubmission } from '../../src/results/results-store.js';
import { pdfText } from '../support/pdf-text.js';
import { removeTempDirs } from '../support/tmp.js';
import { measureWard } from './measure-ward.js';
import { ADMIN_PASSWORD, basic, startResultsServer, type TestServer } from './server.js';

const GROUPS = [
  'STT;Tên tổ dân phố;Tổ trưởng;Số hộ;Kinh phí (đồng)',
  '1;Tổ dân phố số 1;Đinh Văn Tâm;110;20.000.000',
  '2;Tổ dân phố số 2;Ngô Thị Hoa;95;20.000.000',
].join('\r\n');
/** Tổ 1's 15.000.000 over its own 20.000.000: the rate once Tổ 2's figure is left out. */
const CONFIRMED = '75,0%';

let served: (TestServer & { store: import('../../src/store/open-store.js').Store }) | undefined;
afterAll(async () => {
  await served?.app?.close();
  await served?.store.close();
  await removeTempDirs();
});

const plain = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/g, ' ')
    .replace(/\s+/g, ' ');

describe('the rate without unconfirmed figures, a measure with no target', () => {
  it('is a share on /admin/ket-qua, as in the report', async () => {
    const { dir, ward } = await measureWard(
      'admin-unchecked-share-',
      '{ id: chi, label: Số tiền đã chi (đồng), of: Kinh phí (đồng) }',
      GROUPS,
    );
    const s = await startResultsServer(ward, dir);
    served = s;
    const scope = { campaign: s.campaign, measures: ward.campaign.measures };
    for (const [id, value] of [
      ['1', 15_000_000],
      ['2', 4_500],
    ] as const) {
      const group = ward.groups.find((g) => g.id === id);
      if (group)
        await recordSubmission(s.store.db, scope, {
          group,
          values: { chi: value },
          source: 'leader',
        });
    }
    const get = (path: string) =>
      fetch(`${s.url}${path}`, { headers: { authorization: basic('admin', ADMIN_PASSWORD) } });
    const html = await (await get('/admin/ket-qua')).text();
    const totals = plain(/<ul class="totals">[\s\S]*?<\/ul>/.exec(html)?.[0] ?? '');
    expect(totals).toContain(`nếu không tính số liệu chưa xác nhận thì chiếm tỷ lệ ${CONFIRMED}`);
    expect(totals).not.toContain(`đạt ${CONFIRMED}`);
    const pdfHref = /href="([^"]+)"[^>]*>Tải báo cáo kết quả \(PDF\)/.exec(html)?.[1] ?? '';
    const report = (
      await pdfText(new Uint8Array(await (await get(pdfHref)).arrayBuffer()))
    ).replace(/\s+/g, ' ');
    // The report's ward line says the same rate the same way.
    expect(report).toContain(`thì chiếm tỷ lệ ${CONFIRMED}`);
  });
});

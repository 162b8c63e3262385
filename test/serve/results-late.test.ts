/**
 * Standalone `serve`'s Kết quả page (/admin/ket-qua) marks a figure a leader sent after it was
 * due, as the studio's Kết quả tab does ("gửi sau hạn báo cáo 20/11/2025" in the row's "Cập nhật"),
 * and so do its report's PDF and spreadsheet. The example Hải Phòng contest (ends 11/11/2025)
 * with the office's reporting deadline, `report.deadline: 20/11/2025`: a figure sent on the 15th,
 * after the contest but before the deadline, is on time; one on the 20th at 23:59 (Viet Nam) too;
 * one on the 21st is late; the office's own entry after the deadline is not the group's lateness.
 */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaignKey } from '../../src/results/campaign-key.js';
import { recordSubmission } from '../../src/results/results-store.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { ADMIN_PASSWORD, basic, startServer, type TestServer, wardOf } from './server.js';

const LATE = 'gửi sau hạn báo cáo 20/11/2025';

let store: Store;
const s = {} as TestServer;
beforeAll(async () => {
  const yaml = `${await readFile(EXAMPLE_CAMPAIGN, 'utf8')}\nreport:\n  deadline: 20/11/2025\n`;
  const ward = await wardOf(yaml, await readFile(EXAMPLE_GROUPS, 'utf8'));
  store = await openStore({ dataDir: await makeTempDir() });
  const scope = { campaign: campaignKey(ward.campaign), measures: ward.campaign.measures };
  const sent: [string, string, 'leader' | 'office'][] = [
    ['1', '2025-11-15T10:00:00+07:00', 'leader'],
    ['2', '2025-11-21T08:00:00+07:00', 'leader'],
    ['3', '2025-11-20T23:59:00+07:00', 'leader'],
    ['4', '2025-11-25T09:00:00+07:00', 'office'],
  ];
  for (const [id, at, source] of sent) {
    const group = ward.groups.find((g) => g.id === id);
    if (group)
      await recordSubmission(store.db, scope, {
        group,
        values: { tham_gia: 100 },
        source,
        at: new Date(at),
      });
  }
  Object.assign(s, await startServer({ ward, results: { db: store.db, ...scope } }));
});
afterAll(async () => {
  await s.app?.close();
  await store?.close();
  await removeTempDirs();
});

const admin = (path: string) =>
  fetch(`${s.url}${path}`, { headers: { authorization: basic('admin', ADMIN_PASSWORD) } });

/** Each body row's group name and its last cell ("Cập nhật"), tags stripped. */
function updatedCells(html: string): Map<string, string> {
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
  const plain = (t: string) =>
    t
      .replace(/<span class="meta leader">[\s\S]*?<\/span>/, '')
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  return new Map(
    [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((r) => {
      const cells = [...(r[1] ?? '').matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)];
      const name = cells.find((c) => c[0].startsWith('<th'))?.[1] ?? '';
      return [plain(name), plain(cells.at(-1)?.[1] ?? '')];
    }),
  );
}

describe('serve’s Kết quả marks a figure sent after the reporting deadline', () => {
  it('in the row’s “Cập nhật”, only the leader’s after the deadline’s day', async () => {
    const updated = updatedCells(await (await admin('/admin/ket-qua')).text());
    expect(updated.get('Tổ dân phố số 2')).toContain(`(${LATE})`);
    for (const name of ['Tổ dân phố số 1', 'Tổ dân phố số 3', 'Tổ dân phố số 4'])
      expect(updated.get(name), name).not.toContain('gửi sau');
    expect([...updated.values()].filter((t) => t.includes('gửi sau'))).toHaveLength(1);
  });

  it('the report’s closing and its spreadsheet’s note say the deadline', async () => {
    const text = collapseSpaces(
      await pdfText(new Uint8Array(await (await admin('/admin/bao-cao.pdf')).arrayBuffer())),
    );
    expect(text).toContain(
      'Các tổ dân phố gửi số liệu sau hạn báo cáo 20/11/2025 (1 tổ): Tổ dân phố số 2.',
    );
    expect(text).not.toContain('ngày kết thúc 11/11/2025 (');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await (await admin('/admin/bao-cao.xlsx')).arrayBuffer());
    const notes: string[] = [];
    wb.worksheets[0]?.eachRow((row) => {
      const values = (row.values as unknown[]).map(String);
      if (values.some((v) => v.includes('Gửi sau'))) notes.push(values.join(' | '));
    });
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain('Tổ dân phố số 2');
    expect(notes[0]).toContain('Gửi sau hạn báo cáo 20/11/2025');
  });
});

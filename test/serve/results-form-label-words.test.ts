/**
 * The leader's form takes the words it shows (qa55 M2): a Trung thu campaign counts "Số thiếu nhi
 * tham gia" against "Số thiếu nhi" and "Số suất quà đã phát" against "Số suất quà"; a leader typed
 * "45 cháu" and "45 suất" and was told "chỉ ghi chữ số …" right above "trên 45 suất quà". A blood
 * drive's "Số đơn vị máu | túi" refused "10 đơn vị". A real server on loopback; the figures read
 * back from the store. The box of a figure in a unit of its own is labelled with it (qa55 p4).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readLatest } from '../../src/results/results-store.js';
import type { Store } from '../../src/store/open-store.js';
import { removeTempDirs } from '../support/tmp.js';
import { measureWard } from './measure-ward.js';
import { sendFigures, startResultsServer, type TestServer, tokenOf } from './server.js';

const GROUPS = [
  'STT;Tên tổ dân phố;Tổ trưởng;Số hộ;Số thiếu nhi;Số suất quà',
  '1;Tổ dân phố số 1;Đinh Văn Tâm;110;45;45',
  '2;Tổ dân phố số 2;Ngô Thị Hoa;95;38;38',
].join('\r\n');

type Served = { store: Store; campaign: string; s: TestServer };
const servers: Served[] = [];
async function serve(measures: string, groups = GROUPS) {
  const { dir, ward } = await measureWard('results-label-words-', measures, groups);
  const { store, campaign, ...s } = await startResultsServer(ward, dir);
  const served = { store, campaign, s: s as TestServer };
  servers.push(served);
  return served;
}
/**
 * Each server closed once its figures are read: a leader's page visited has the server draw the
 * group's documents and ZIP in the background (library.ts `drawLater`), which no case here reads
 * and which went on, server after server, until the file's end (half of its CPU).
 */
const close = async (done: (served: Served) => boolean) => {
  for (const served of servers.filter(done)) {
    servers.splice(servers.indexOf(served), 1);
    await served.s.app?.close();
    await served.store.close();
  }
};
afterAll(async () => {
  await close(() => true);
  await removeTempDirs();
});

describe('the form takes the words it shows (qa55 M2)', () => {
  let tt: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    tt = await serve(
      '{ id: thamgia, label: Số thiếu nhi tham gia, of: Số thiếu nhi }\n  - { id: qua, label: Số suất quà đã phát, of: Số suất quà }',
    );
  });
  // The cases' own servers after each, the one they share after the last.
  afterEach(() => close((served) => served !== tt));
  afterAll(() => close(() => true));
  const saved = async (id: string, m: string) =>
    (await readLatest(tt.store.db, tt.campaign)).get(id)?.get(m)?.value;

  it('saves "45 cháu" for children and "45 suất" for gift portions', async () => {
    const r = await sendFigures(tt.s.url, '1', { so_thamgia: '45 cháu', so_qua: '45 suất' });
    expect(r.status, r.html.replace(/<[^>]+>/g, ' ').slice(0, 600)).toBe(303);
    expect(await saved('1', 'thamgia')).toBe(45);
    expect(await saved('1', 'qua')).toBe(45);
  });

  it('saves "38 thiếu nhi" and "38 suất quà"', async () => {
    const r = await sendFigures(tt.s.url, '2', {
      so_thamgia: '38 thiếu nhi',
      so_qua: '38 suất quà',
    });
    expect(r.status).toBe(303);
    expect(await saved('2', 'thamgia')).toBe(38);
    expect(await saved('2', 'qua')).toBe(38);
  });

  it('still refuses households for children', async () => {
    const r = await sendFigures(tt.s.url, '1', { so_thamgia: '45 hộ', so_qua: '45' });
    expect(r.status).toBe(422);
    expect(r.html).toContain('chỉ ghi chữ số');
  });

  it('saves "10 đơn vị" for "Số đơn vị máu | túi"', async () => {
    const hm = await serve('{ id: donvi, label: Số đơn vị máu, of: túi }');
    const r = await sendFigures(hm.s.url, '1', { so_donvi: '10 đơn vị' });
    expect(r.status, r.html.replace(/<[^>]+>/g, ' ').slice(0, 600)).toBe(303);
    expect((await readLatest(hm.store.db, hm.campaign)).get('1')?.get('donvi')?.value).toBe(10);
    expect((await sendFigures(hm.s.url, '2', { so_donvi: '10 người' })).status).toBe(422);
    // A head of the label is said after a space, never glued to the number (rev55).
    expect((await sendFigures(hm.s.url, '2', { so_donvi: '10đơn vị' })).status).toBe(422);
    // The box is labelled with its unit, as the tracking sheet's column is (qa55 p4).
    const page = await (await fetch(`${hm.s.url}/g/${tokenOf('2')}/`)).text();
    expect(page).toContain('<label for="so_donvi">Số đơn vị máu (túi)</label>');
  });
});

describe('a label is no unit of its own numbers, nor of the other kind (rev55)', () => {
  afterEach(() => close(() => true));
  it('reads "15" as it is for "5 không 3 sạch (hộ đạt)"', async () => {
    const hm = await serve('{ id: ksach, label: 5 không 3 sạch (hộ đạt), of: households }');
    const r = await sendFigures(hm.s.url, '1', { so_ksach: '15' });
    expect(r.status, r.html.replace(/<[^>]+>/g, ' ').slice(0, 600)).toBe(303);
    expect((await readLatest(hm.store.db, hm.campaign)).get('1')?.get('ksach')?.value).toBe(15);
    expect((await sendFigures(hm.s.url, '2', { so_ksach: '85 hộ' })).status).toBe(303);
    expect((await readLatest(hm.store.db, hm.campaign)).get('2')?.get('ksach')?.value).toBe(85);
  });

  it('reads "1 100" as 1100 for "100 ngày thi đua (hộ đạt)",', async () => {
    const big = [
      'STT;Tên tổ dân phố;Tổ trưởng;Số hộ',
      '1;Tổ dân phố số 1;Đinh Văn Tâm;1500',
      '2;Tổ dân phố số 2;Ngô Thị Hoa;1400',
    ].join('\r\n');
    const hm = await serve('{ id: tdua, label: 100 ngày thi đua (hộ đạt), of: households }', big);
    expect((await sendFigures(hm.s.url, '1', { so_tdua: '1 100' })).status).toBe(303);
    expect((await readLatest(hm.store.db, hm.campaign)).get('1')?.get('tdua')?.value).toBe(1100);
  });

  it('reads "12" and "32" as they are for "Số 2 mũi vắc-xin"', async () => {
    const hm = await serve('{ id: mui, label: Số 2 mũi vắc-xin, of: people }');
    expect((await sendFigures(hm.s.url, '1', { so_mui: '12' })).status).toBe(303);
    expect((await sendFigures(hm.s.url, '2', { so_mui: '32 người' })).status).toBe(303);
    const got = await readLatest(hm.store.db, hm.campaign);
    expect(got.get('1')?.get('mui')?.value).toBe(12);
    expect(got.get('2')?.get('mui')?.value).toBe(32);
  });

  it('refuses "45 hộ nghèo" for people and "45 người cao tuổi" for households', async () => {
    const hm = await serve(
      '{ id: qua, label: Số hộ nghèo được tặng quà, of: people }\n  - { id: tham, label: Số người cao tuổi được thăm, of: households }',
    );
    const r = await sendFigures(hm.s.url, '1', { so_qua: '45 hộ nghèo', so_tham: '45' });
    expect(r.status).toBe(422);
    expect(r.html).toContain('chỉ ghi chữ số');
    const r2 = await sendFigures(hm.s.url, '1', { so_qua: '45', so_tham: '45 người cao tuổi' });
    expect(r2.status).toBe(422);
    expect(r2.html).toContain('chỉ ghi chữ số');
    // Its own kind's words still read: "45 người" for people, "45 hộ" for households.
    expect(
      (await sendFigures(hm.s.url, '2', { so_qua: '45 người', so_tham: '45 hộ' })).status,
    ).toBe(303);
  });

  it('refuses "120 lượt" for "Số lượt người" of households (the head of a person noun)', async () => {
    const hm = await serve('{ id: luot, label: Số lượt người, of: households }');
    const r = await sendFigures(hm.s.url, '1', { so_luot: '120 lượt' });
    expect(r.status).toBe(422);
    expect(r.html).toContain('chỉ ghi chữ số');
    expect((await sendFigures(hm.s.url, '1', { so_luot: '120 người' })).status).toBe(422);
    expect((await sendFigures(hm.s.url, '1', { so_luot: '100 hộ' })).status).toBe(303);
    expect((await readLatest(hm.store.db, hm.campaign)).get('1')?.get('luot')?.value).toBe(100);
  });
});

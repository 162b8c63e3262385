/**
 * The leader's page of a measure taken against a count column that is not of people (qa19
 * findings 1, 2 and 4). A rabies drive's "Số chó": the page says what the tracking sheet asks in
 * the column's own word ("ghi vào ô số chó của hộ", not "số người trong hộ") and the figure's
 * base in it ("trên 75 chó"); a 0 in the column gives no base: no "above" question for a thôn
 * whose cell reads 0 (was "12 lớn hơn số chó của thôn Tây (0)"), only the list's 0 said and asked
 * about (qa25 F3). A
 * blood-donation day's "Chỉ tiêu (người)": the base is said as a target in the header's unit
 * ("chỉ tiêu 25 người", not "trên 25 chỉ tiêu (người)"), and a figure over it is saved without
 * the "above" question and its tick: going over a quota is what the ward asks for.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLatest } from '../../src/results/results-store.js';
import type { Store } from '../../src/store/open-store.js';
import { measureCampaign } from '../support/measure-campaign.js';
import { visible } from '../support/page-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { sendFigures, startResultsServer, type TestServer, tokenOf, wardOf } from './server.js';

afterAll(removeTempDirs);

/** A leader's pages of the ward of `groups` and one measure, `id`, served with a store. */
function servedMeasure(id: string, label: string, of: string, groups: string) {
  let store: Store | undefined;
  let campaign = '';
  const s = {} as TestServer;
  beforeAll(async () => {
    const ward = await wardOf(measureCampaign(`{ id: ${id}, label: ${label}, of: ${of} }`), groups);
    const served = await startResultsServer(ward, await makeTempDir('results-column-'));
    ({ store, campaign } = served);
    Object.assign(s, served);
  });
  afterAll(async () => {
    await s.app?.close();
    await store?.close();
  });
  return {
    /** The group's page as its words read, tags left out. */
    page: async (group: string) =>
      visible(await (await fetch(`${s.url}/g/${tokenOf(group)}/`)).text()),
    send: (group: string, figure: string) => sendFigures(s.url, group, { [`so_${id}`]: figure }),
    url: () => s.url,
    saved: async (group: string) =>
      store && (await readLatest(store.db, campaign)).get(group)?.get(id)?.value,
  };
}

describe('the leader’s page of a measure of the column "Số chó"', () => {
  const DOGS = 'Số chó';
  const EAST = { id: '1', dogs: 75 };
  const WEST = { id: '2' };
  const ward = servedMeasure(
    'cho_tiem',
    'Số con chó đã tiêm phòng',
    DOGS,
    `Mã thôn;Tên thôn;Trưởng thôn;Số hộ;Số nhân khẩu;${DOGS}
${EAST.id};Thôn Đông;Nguyễn Văn A;312;1102;${EAST.dogs}
${WEST.id};Thôn Tây;Lê Thị B;288;990;0
`,
  );

  it('asks for the household’s dogs on the tracking sheet, and gives the base in dogs', async () => {
    const text = await ward.page(EAST.id);
    expect(text).toContain('mỗi hộ một dòng, ghi vào ô số chó của hộ đã làm xong từng việc');
    expect(text).not.toContain('số người trong hộ');
    expect(text).toContain(`trên ${EAST.dogs} chó`);
  });

  it('takes "12 con chó" as 12', async () => {
    expect((await ward.send(EAST.id, '12 con chó')).status).toBe(303);
    expect(await ward.saved(EAST.id)).toBe(12);
  });

  it('asks about a figure of a thôn whose cell is 0 as the list gives it, never “lớn hơn … (0)”', async () => {
    // qa25 F3: a figure where the list gives 0 is asked about (the list's 0, said as such), not
    // refused as above a base of 0; ticked, it is saved.
    const r = await ward.send(WEST.id, '12');
    expect(r.status, r.html).toBe(422);
    expect(r.html).toContain('12 con chó đã tiêm phòng, nhưng danh sách ghi thôn Tây có 0 chó.');
    expect(r.html).not.toContain('lớn hơn');
    const ticked = await sendFigures(ward.url(), WEST.id, { so_cho_tiem: '12' }, true);
    expect(ticked.status, ticked.html).toBe(303);
    expect(await ward.saved(WEST.id)).toBe(12);
    expect(await ward.page(WEST.id)).not.toContain('trên 0');
  });
});

describe('the leader’s page of a measure against "Chỉ tiêu (người)"', () => {
  const QUOTA = 'Chỉ tiêu (người)';
  const KP1 = { id: '1', quota: 25 };
  const ward = servedMeasure(
    'dang_ky',
    'Số người đăng ký hiến máu',
    QUOTA,
    `Mã khu phố;Tên khu phố;Trưởng khu phố;Số hộ;Số nhân khẩu;${QUOTA}
${KP1.id};Khu phố 1;Nguyễn Văn A;312;1102;${KP1.quota}
2;Khu phố 2;Lê Thị B;288;990;20
`,
  );

  it('says the base as the khu phố’s target, in people', async () => {
    const text = await ward.page(KP1.id);
    expect(text).toContain(`chỉ tiêu ${KP1.quota} người`);
    expect(text).not.toContain('chỉ tiêu (người)');
  });

  it('saves a figure over the target at once, with no confirmation asked', async () => {
    const over = KP1.quota + 6;
    const r = await ward.send(KP1.id, String(over));
    expect(r.status, r.html).toBe(303);
    expect(await ward.saved(KP1.id)).toBe(over);
    const text = await ward.page(KP1.id);
    expect(text).toContain(`chỉ tiêu ${KP1.quota} người`);
    expect(text).not.toContain('Tôi xác nhận');
  });
});

describe('the leader’s page of a measure in kg against "Khối lượng dự kiến (kg)" (qa20 #9)', () => {
  const ESTIMATE = 'Khối lượng dự kiến (kg)';
  const TO1 = { id: '1', estimate: 120 };
  const ward = servedMeasure(
    'rac_kg',
    'Khối lượng rác thu gom (kg)',
    ESTIMATE,
    `STT;Tên tổ dân phố;Tổ trưởng;Số hộ;Số nhân khẩu;${ESTIMATE}
${TO1.id};Tổ dân phố số 1;Nguyễn Văn A;312;1102;${TO1.estimate}
2;Tổ dân phố số 2;Lê Thị B;288;990;90
`,
  );

  it('says the base as the estimate in its unit, and saves a figure over it at once', async () => {
    const before = await ward.page(TO1.id);
    expect(before).toContain(`Chưa báo cáo · dự kiến ${TO1.estimate} kg`);
    expect(before).not.toContain('khối lượng dự kiến (kg)');
    const over = TO1.estimate + 10;
    const r = await ward.send(TO1.id, String(over));
    expect(r.status, r.html).toBe(303);
    expect(await ward.saved(TO1.id)).toBe(over);
  });
});

/**
 * qa56 M2: a call-up for the military medical exam counts "Số công dân đã khám" against "Số công
 * dân gọi khám" (9, 7, 12 in three tổ). "công dân" was no person noun, so the count was of a
 * thing called "công dân gọi khám" and the leader who typed "7 thanh niên" was told "chỉ ghi chữ
 * số". A count of people now takes any word for grown people after its figure; a household's
 * word is still refused. A real server on loopback; the figure read back from the store.
 */
import { describe, expect, it } from 'vitest';
import { servedMeasure } from './measure-ward.js';
import { sendFigures, tokenOf } from './server.js';

// QA's nvqs-groups.csv, its three tổ and their call-ups.
const GROUPS = [
  'STT;Tên tổ dân phố;Tổ trưởng;Số hộ;Số nhân khẩu;Số công dân gọi khám',
  '1;Tổ dân phố số 1;Nguyễn Văn Hải;221;700;9',
  '2;Tổ dân phố số 2;Lê Thị Mai;180;640;7',
  '3;Tổ dân phố số 3;Trần Văn Nam;150;500;12',
].join('\r\n');

const { s, saved: savedOf } = servedMeasure(
  'results-person-nouns-',
  '{ id: kham, label: Số công dân đã khám, of: Số công dân gọi khám }',
  GROUPS,
);
const saved = (id: string) => savedOf(id, 'kham');

describe('a count of “công dân” on the leader’s form (qa56 M2)', () => {
  it('saves "7 thanh niên" and "9 công dân" as 7 and 9', async () => {
    const r = await sendFigures(s.url, '2', { so_kham: '7 thanh niên' });
    expect(r.status, r.html.slice(0, 300)).toBe(303);
    expect((await saved('2'))?.value).toBe(7);
    expect((await sendFigures(s.url, '1', { so_kham: '9 công dân' })).status).toBe(303);
    expect((await saved('1'))?.value).toBe(9);
  });

  it('says the saved figure with its noun (qa56 p6)', async () => {
    // QA: "Đã lưu: 9 (100,0% trên 9 công dân gọi khám)", the figure without what it counts.
    expect((await sendFigures(s.url, '1', { so_kham: '9' })).status).toBe(303);
    const page = await (await fetch(`${s.url}/g/${tokenOf('1')}/`)).text();
    expect(page).toContain('Đã lưu: <strong>9</strong> công dân (100,0% trên 9 công dân gọi khám)');
  });

  it('still refuses a household’s word', async () => {
    const r = await sendFigures(s.url, '3', { so_kham: '12 hộ' });
    expect(r.status).toBe(422);
  });
});

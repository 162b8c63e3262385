/**
 * A tổ added in the middle of the groups list, with a new id (an office that must give new tổ new
 * ids puts them where they belong: qa26 F7, "Tổ dân phố 12B", id 29, under 12A): the leaders tab,
 * the QR sheet, Kết quả and the report keep the list's own row order, not the ids' order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../support/pdf-text.js';
import { removeTempDirs } from '../support/tmp.js';
import { JOINED, leaderLinks, report, visible } from './results-figures.js';
import { Client, studioWithExample, type TestStudio } from './studio.js';

/** Id 9 in the second row, between tổ 1 and tổ 2. */
const LIST = `STT;Tên tổ dân phố;Tổ trưởng;Số điện thoại;Số hộ;Số nhân khẩu
1;Tổ dân phố số 1;Nguyễn Văn Hùng;0912 345 678;250;1000
9;Tổ dân phố Hồ Sen;Đỗ Văn Nam;0912 000 111;150;600
2;Tổ dân phố số 2;Trần Thị Thu Hằng;0983 214 567;200;800
3;Tổ dân phố số 3;Phạm Đức Thắng;0356 782 104;150;500
4;Tổ dân phố số 4;Lê Thị Ngọc Ánh;0868 150 932;100;400
`;

/** The list's names in its rows' order. */
const ROWS = LIST.trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(';')[1] ?? '');

/** The places of `names` in `text`, each its first. */
const placesIn = (text: string, names: readonly string[]) => names.map((n) => text.indexOf(n));

/** Whether every place is found and after the one before it. */
const inOrder = (places: readonly number[]) =>
  places.every((p, i) => p >= 0 && (i === 0 || p > (places[i - 1] ?? -1)));

describe('a tổ added in the middle of the list', () => {
  let s: TestStudio;
  let office: Client;
  let links: Map<string, string>;

  beforeAll(async () => {
    ({ s, c: office } = await studioWithExample({
      baseUrl: 'https://in.phuong-le-chan.vn',
      groups: LIST,
    }));
    links = await leaderLinks(office, 'hai-phong');
    // One tổ reports, so that the report lists the others as not reported.
    const link = (links.get('Tổ dân phố số 4') ?? '').replace(/^https:\/\/[^/]+/, '');
    await report(new Client(s.url), link, { [JOINED]: '100' });
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  it('stays in its row on the leaders tab', () => {
    expect([...links.keys()]).toEqual(ROWS);
  });

  it('stays in its row on the QR sheet', async () => {
    const sheet = await office.get('/c/hai-phong/leaders/qr.pdf');
    expect(sheet.status).toBe(200);
    const text = (await pdfText(sheet.bytes)).replace(/\s+/g, ' ');
    const places = placesIn(text, ROWS);
    expect(inOrder(places), `${ROWS.join(' | ')}: ${places.join(', ')}`).toBe(true);
  });

  it('stays in its row on Kết quả and in the report’s list of tổ not reported', async () => {
    const results = visible((await office.get('/c/hai-phong/results')).text);
    const notYet = ROWS.filter((n) => n !== 'Tổ dân phố số 4');
    expect(inOrder(placesIn(results, notYet)), results.slice(0, 2000)).toBe(true);
    const pdf = await office.get('/c/hai-phong/results/bao-cao.pdf');
    expect(pdf.status).toBe(200);
    const words = (await pdfText(pdf.bytes)).replace(/\s+/g, ' ');
    expect(words).toContain(`chưa báo cáo`);
    expect(words).toContain(notYet.join(', '));
  });
});

/**
 * A plain count of people (qa56 p7): a call-up's absentees are no share of the population, yet
 * "Số công dân vắng mặt | người" gave "1/700 nhân khẩu, chiếm tỷ lệ 0,0%" in the report. Typed
 * "| người (không tính tỉ lệ)" on the campaign form, it is saved, sent by the leaders, and said
 * as a count — summed in "người", with no rate, no "chiếm", no "/ … nhân khẩu" — on the leader's
 * page, the office's results, the report and its spreadsheet. The example's studio over four
 * groups (results-figures.ts GROUPS: 1.000 and 800 people in Tổ 1 and 2).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { removeTempDirs } from '../support/tmp.js';
import { JOINED, report, reportRows, studioWithMeasures, visible } from './results-figures.js';
import { Client } from './studio.js';

const ABSENT = 'Số công dân vắng mặt';
const LINES = `${JOINED} | người\n${ABSENT} | người (không tính tỉ lệ)`;

let st: Awaited<ReturnType<typeof studioWithMeasures>>;
beforeAll(async () => {
  st = await studioWithMeasures(LINES);
  const { s, saved, links } = st;
  if (saved.status !== 303) return;
  await report(new Client(s.url), links.get('Tổ dân phố số 1') ?? '', {
    [JOINED]: '500',
    [ABSENT]: '1',
  });
  await report(new Client(s.url), links.get('Tổ dân phố số 2') ?? '', {
    [JOINED]: '400',
    [ABSENT]: '3',
  });
});
afterAll(async () => {
  await st?.s.close();
  await removeTempDirs();
});

describe('a plain count of people (qa56 p7)', () => {
  it('is saved from the form and shown again as typed', async () => {
    expect(st.saved.status).toBe(303);
    const yaml = await readFile(join(st.folder, 'campaign.yaml'), 'utf8');
    expect(yaml).toContain(`label: ${ABSENT}, of: people-count`);
    const box = /<textarea id="f-measures"[^>]*>([^<]*)<\/textarea>/.exec(
      (await st.office.get('/c/hai-phong')).text,
    )?.[1];
    expect(box).toBe(LINES);
  });

  it('is a count on the leader’s page, not a share of the tổ’s people', async () => {
    const page = visible(
      (await new Client(st.s.url).get(st.links.get('Tổ dân phố số 1') ?? '')).text,
    );
    expect(page).toContain(`${ABSENT} (người) Đã lưu: 1 người lúc`);
    expect(page).not.toMatch(/1\/1\.000|1 \/ 1\.000|0,1 ?%/);
  });

  it('is summed with no rate on the results, in the report and its spreadsheet', async () => {
    const page = visible((await st.office.get('/c/hai-phong/results')).text);
    expect(page).toContain(`${ABSENT}: 4 người`);
    expect(page).not.toMatch(/4\/1\.800|0,2 ?%/);
    const pdf = collapseSpaces(
      await pdfText((await st.office.get('/c/hai-phong/results/bao-cao.pdf')).bytes),
    );
    // The rated measure keeps its share: 900 of 1.800 people.
    expect(pdf).toContain('50,0%');
    expect(pdf).toContain(`${ABSENT}: 4 người.`);
    // Its column of the table says what the figures count, as the tracking sheet's does.
    expect(pdf).toContain(`${ABSENT} (người)`);
    expect(pdf).not.toMatch(/(?:1|3|4)\/(?:1\.000|800|1\.800) nhân khẩu|0,[12]%|chiếm tỷ lệ 0/);
    const rows = await reportRows(st.office, 'hai-phong');
    const text = rows.flat().map(String).join(' | ');
    expect(text).not.toMatch(/0,00[13]|0,1 ?%/);
  });

  it('heads Kết quả as complete, not "Chưa báo cáo (0 tổ)", once every tổ has reported', async () => {
    for (const name of ['Tổ dân phố số 3', 'Tổ dân phố số 4']) {
      await report(new Client(st.s.url), st.links.get(name) ?? '', {
        [JOINED]: '100',
        [ABSENT]: '0',
      });
    }
    const page = visible((await st.office.get('/c/hai-phong/results')).text);
    expect(page).toContain('Đã đủ báo cáo Tất cả 4 tổ đã báo cáo.');
    expect(page).not.toContain('Chưa báo cáo (');
  });
});

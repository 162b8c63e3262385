/**
 * Two lines of "Chỉ tiêu" swapped mid-campaign (qa58b p5): the first line ranks, and the line
 * now first is a count of things with no rate, so Kết quả and the report have no ranking; Kết
 * quả and the page after the save say why and how to rank by the line that has a rate,
 * instead of the "Hạng" column vanishing without a word. Real sockets, the studio's store, the leaders' own form.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { saveCampaignPage } from './campaign-page.js';
import { GROUPS, leaderLinks, report, visible } from './results-figures.js';
import { Client, studioWithExample, type TestStudio } from './studio.js';

const SUBMITTED = 'Số hộ đã nộp phiếu góp ý';
const TOOLS = 'Số dụng cụ chứa nước đã xử lý';
const RATED = `${SUBMITTED} | hộ`;
const COUNTED = `${TOOLS} | chiếc`;

describe('the Chỉ tiêu lines swapped after groups reported', () => {
  let s: TestStudio;
  let office: Client;
  const results = async () => visible((await office.get('/c/khao-sat/results')).text);

  beforeAll(async () => {
    let folder: string;
    ({ s, c: office, folder } = await studioWithExample({}, 'khao-sat'));
    await writeFile(join(folder, 'groups.csv'), GROUPS);
    const set = await saveCampaignPage(office, 'khao-sat', { measures: `${RATED}\n${COUNTED}` });
    expect(set.status, visible(set.text).slice(0, 400)).toBe(303);
    const links = await leaderLinks(office, 'khao-sat');
    const leader = new Client(s.url);
    await report(leader, links.get('Tổ dân phố số 1') ?? '', { [SUBMITTED]: '100', [TOOLS]: '30' });
    await report(leader, links.get('Tổ dân phố số 2') ?? '', { [SUBMITTED]: '50', [TOOLS]: '12' });
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  it('ranked by the households’ line while it is first, with no note', async () => {
    const page = (await office.get('/c/khao-sat/results')).text;
    expect(page).toContain('<th scope="col">Hạng</th>');
    expect(visible(page)).not.toContain('Không xếp hạng tổ');
  });

  it('the lines swapped: Kết quả says why nothing is ranked and how to rank again', async () => {
    const saved = await saveCampaignPage(office, 'khao-sat', { measures: `${COUNTED}\n${RATED}` });
    expect(saved.status, visible(saved.text).slice(0, 400)).toBe(303);
    const why = `Không xếp hạng tổ (ở Kết quả và trong báo cáo): tổ được xếp hạng theo tỷ lệ của dòng đầu tiên ở ô “Chỉ tiêu”, mà dòng đầu “${TOOLS}” không tính tỷ lệ. Muốn xếp hạng theo “${SUBMITTED}”, đưa dòng đó lên đầu ô Chỉ tiêu rồi bấm Lưu`;
    // Said on the page after the save, beside "Đã lưu.", and on Kết quả.
    const after = visible((await office.get(saved.headers.get('location') ?? '')).text);
    expect(after).toContain('Đã lưu.');
    expect(after).toContain(why);
    const page = (await office.get('/c/khao-sat/results')).text;
    expect(page).not.toContain('<th scope="col">Hạng</th>');
    expect(await results()).toContain(why);
  });

  it('the households’ line first again: ranked, the note gone', async () => {
    const saved = await saveCampaignPage(office, 'khao-sat', { measures: `${RATED}\n${COUNTED}` });
    expect(saved.status, visible(saved.text).slice(0, 400)).toBe(303);
    const after = visible((await office.get(saved.headers.get('location') ?? '')).text);
    expect(after).not.toContain('Không xếp hạng tổ');
    const page = (await office.get('/c/khao-sat/results')).text;
    expect(page).toContain('<th scope="col">Hạng</th>');
    expect(visible(page)).not.toContain('Không xếp hạng tổ');
  });
});

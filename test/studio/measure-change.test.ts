/**
 * Changing the Chỉ tiêu line after groups reported on it (qa24 F12): the save is not made at
 * once — the form asks, naming how many groups reported on which measure — and once the office
 * answers "Vẫn lưu" the note on the uncounted figures gives the simple way back (the old line,
 * written back as it was), never an internal id; writing it back counts the figures again. Real
 * sockets, the studio's store, the figures sent through the leaders' own form.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { openCampaignPage, saveCampaignPage, saveMeasuresAnyway } from './campaign-page.js';
import { GROUPS, leaderLinks, report, visible } from './results-figures.js';
import { Client, studioWithExample, type TestStudio } from './studio.js';

/** The survey's measure (qa24 c3) and the one the office typed over it. */
const SUBMITTED = 'Số hộ đã nộp phiếu góp ý';
const OLD_LINE = `${SUBMITTED} | hộ`;
const NEW_LINE = 'Số người đã góp ý | người';
/** The groups that report, of the four in GROUPS. */
const REPORTING = ['Tổ dân phố số 1', 'Tổ dân phố số 2', 'Tổ dân phố số 4'];

describe('the Chỉ tiêu line changed after groups reported on it', () => {
  let s: TestStudio;
  let office: Client;

  /** The fields of the edit page opened now (as its browser sends them). */
  const form = () => openCampaignPage(office, 'khao-sat');
  const results = async () => visible((await office.get('/c/khao-sat/results')).text);

  beforeAll(async () => {
    ({ s, c: office } = await studioWithExample({ groups: GROUPS }, 'khao-sat'));
    const set = await saveCampaignPage(office, 'khao-sat', { measures: OLD_LINE });
    expect(set.status, visible(set.text).slice(0, 400)).toBe(303);
    const links = await leaderLinks(office, 'khao-sat');
    const leader = new Client(s.url);
    for (const name of REPORTING) {
      await report(leader, links.get(name) ?? '', { [SUBMITTED]: '40' });
    }
    expect(await results()).toContain(`Đã báo cáo: ${REPORTING.length}/4 tổ.`);
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  it('asks before saving, and saves nothing until the office answers', async () => {
    const asked = await saveCampaignPage(office, 'khao-sat', { measures: NEW_LINE });
    expect(asked.status).toBe(409);
    const page = visible(asked.text);
    expect(page).toContain(
      `Chưa lưu. ${REPORTING.length} tổ đã báo cáo “${SUBMITTED}”: đổi thì Kết quả không còn tính các số này. Vẫn lưu?`,
    );
    // The answer is a button of the form as typed; the way back is said already.
    expect(asked.text).toMatch(
      /<button type="submit" form="campaign-form" name="_measures_ok" value="1">Vẫn lưu<\/button>/,
    );
    expect(page).toContain(`ghi lại đúng dòng cũ “${OLD_LINE}” vào ô Chỉ tiêu`);
    expect(asked.text).toContain(`>${NEW_LINE}</textarea>`);
    expect((await form()).measures).toBe(OLD_LINE);
    expect(await results()).toContain(`Đã báo cáo: ${REPORTING.length}/4 tổ.`);
  });

  it('“Vẫn lưu”: saved; the note gives the old line to write back, never an id', async () => {
    const { asked, saved } = await saveMeasuresAnyway(office, 'khao-sat', NEW_LINE);
    expect(asked.status).toBe(409);
    expect(saved.status, visible(saved.text).slice(0, 400)).toBe(303);
    expect((await form()).measures).toBe(NEW_LINE);
    const page = visible((await office.get(saved.headers.get('location') ?? '')).text);
    expect(page).toContain('Đã lưu.');
    const said = `Có số liệu của 1 chỉ tiêu không còn trong chiến dịch: “${OLD_LINE}” (${REPORTING.length} tổ đã báo cáo).`;
    const how = `Muốn tính lại, hãy ghi lại đúng dòng cũ vào ô “Chỉ tiêu” (thẻ Nội dung): “${OLD_LINE}”, rồi bấm Lưu.`;
    const tab = await results();
    for (const text of [page, tab]) {
      expect(text).toContain(said);
      expect(text).toContain(how);
      expect(text).not.toMatch(/mã chỉ tiêu|so_ho_da_nop|người quản trị/);
    }
    expect(tab).toContain('Đã báo cáo: 0/4 tổ.');
  });

  it('the old line written back: saved without a question, the figures counted again', async () => {
    const back = await saveCampaignPage(office, 'khao-sat', { measures: OLD_LINE });
    expect(back.status, visible(back.text).slice(0, 400)).toBe(303);
    const tab = await results();
    expect(tab).toContain(`Đã báo cáo: ${REPORTING.length}/4 tổ.`);
    expect(tab).not.toContain('không còn trong chiến dịch');
  });
  // qa58b M3: the same line with another target (a column of the groups list) was saved with no
  // question, and the figures sent against "hộ" were rated against the new column. "Số nhân
  // khẩu" is the list's people column: the line reads "người" from then on.
  it('a new target for the line asks too, naming the old base and the new', async () => {
    const asked = await saveCampaignPage(office, 'khao-sat', {
      measures: `${SUBMITTED} | Số nhân khẩu`,
    });
    expect(asked.status, visible(asked.text).slice(0, 400)).toBe(409);
    expect(visible(asked.text)).toContain(
      `Chưa lưu. ${REPORTING.length} tổ đã báo cáo “${SUBMITTED}” theo chỉ tiêu “hộ”; đổi sang “người” thì tỉ lệ của các số đã báo cáo sẽ tính theo chỉ tiêu mới, dù các tổ đã báo cáo theo chỉ tiêu cũ. Vẫn lưu?`,
    );
    expect((await form()).measures).toBe(OLD_LINE);
  });
});

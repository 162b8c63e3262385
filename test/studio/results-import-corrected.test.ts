/**
 * A cụm's spreadsheet uploaded again after a leader corrected one of its figures (qa43 MAJOR 1,
 * minor 1). The file's 225 for Tổ 1, imported once, corrected by its leader to 235, then the same
 * file re-saved for another row and uploaded again: the 225 undid the leader's 235 under "Sẽ
 * lưu". Now the preview keeps 235, says why, and stores the file's 225 only when the office ticks
 * it. An import confirmed after a leader's newer figure says which figure was not kept, and the
 * same file uploaded again is said against the figure stored now, not "không đổi". Real sockets,
 * the studio's store, the leader's own form; the figures are the files' own, written below.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workbook } from '../support/inputs.js';
import { removeTempDirs } from '../support/tmp.js';
import {
  GROUPS,
  JOINED,
  officeGroupPath,
  openedWithGroups,
  report,
  storePreviewed,
  visible,
} from './results-figures.js';
import { Client, type TestStudio } from './studio.js';

const RESULTS = '/c/hai-phong/results';
const IMPORT = `${RESULTS}/import`;

let s: TestStudio;
let office: Client;
let leader: Client;
let links: Map<string, string>;
beforeAll(async () => {
  ({ s, office, links } = await openedWithGroups(GROUPS));
  leader = new Client(s.url);
});
afterAll(async () => {
  await s?.close();
  await removeTempDirs();
});

const upload = async (name: string, rows: [string, number][]) => {
  const bytes = await workbook({ 'Kết quả': [['Tên tổ dân phố', JOINED], ...rows] });
  const preview = await office.upload(IMPORT, 'file', name, bytes, {}, IMPORT);
  expect(preview.status).toBe(200);
  return preview;
};
const savedOf = async (name: string) =>
  /Số đã lưu: (\S+)/.exec(
    visible((await office.get(await officeGroupPath(office, 'hai-phong', name))).text),
  )?.[1];

describe('a figure imported once and corrected since', () => {
  it('the file uploaded again keeps the correction, says so, and stores the file’s figure only when ticked', async () => {
    const first = await upload('kv3.xlsx', [
      ['Tổ dân phố số 1', 225],
      ['Tổ dân phố số 2', 100],
    ]);
    expect((await storePreviewed(office, first.text)).status).toBe(200);
    expect(await savedOf('Tổ dân phố số 1')).toBe('225');
    await report(leader, links.get('Tổ dân phố số 1') ?? '', { [JOINED]: '235' });
    expect(await savedOf('Tổ dân phố số 1')).toBe('235');

    // Only Tổ 2's row changed in the file re-saved; Tổ 1's 225 is the figure imported before.
    const again = await upload('kv3-sua.xlsx', [
      ['Tổ dân phố số 1', 225],
      ['Tổ dân phố số 2', 110],
    ]);
    const text = visible(again.text);
    expect(text).toContain('Số đã được sửa sau lần nhập tệp trước: giữ số mới hơn.');
    expect(text).toMatch(
      /225 \(không lưu: số 225 đã nhập từ tệp lúc [\d:/ ]+; sau đó Tổ trưởng gửi sửa thành 235 lúc [\d:/ ]+, giữ 235\)/,
    );
    expect(text).not.toMatch(/Tổ dân phố số 1 225 \(số cũ 235/);
    expect(again.text).toMatch(/name="ghi_de:1:tham_gia" type="checkbox" value="1">/);
    expect(again.text).not.toMatch(/name="ghi_de:[^"]*" type="checkbox" value="1" checked/);
    const stored = await storePreviewed(office, again.text);
    expect(stored.status).toBe(200);
    expect(visible(stored.text)).toContain('Đã lưu số liệu của 1 tổ từ tệp kv3-sua.xlsx.');
    expect(await savedOf('Tổ dân phố số 1')).toBe('235');
    expect(await savedOf('Tổ dân phố số 2')).toBe('110');

    // The office's explicit choice: the box ticked stores the file's figure.
    const third = await upload('kv3-sua-2.xlsx', [
      ['Tổ dân phố số 1', 225],
      ['Tổ dân phố số 2', 111],
    ]);
    const chosen = await storePreviewed(office, third.text, { 'ghi_de:1:tham_gia': '1' });
    expect(chosen.status).toBe(200);
    expect(await savedOf('Tổ dân phố số 1')).toBe('225');
  });

  it('an import confirmed after a leader’s newer figure names the figure not kept; the same file again is said against it', async () => {
    const CERT = 'Số người dân nhận giấy chứng nhận';
    const rows: [string, number, number][] = [['Tổ dân phố số 3', 120, 50]];
    // One file, uploaded twice: the same bytes (a workbook made again has another timestamp).
    const bytes = await workbook({ 'Kết quả': [['Tên tổ dân phố', JOINED, CERT], ...rows] });
    const race = async () => {
      const preview = await office.upload(IMPORT, 'file', 'kv-race.xlsx', bytes, {}, IMPORT);
      expect(preview.status).toBe(200);
      return preview;
    };
    const preview = await race();
    expect(visible(preview.text)).toContain('Sẽ lưu');
    // The leader sends 130 between the preview and "Lưu số liệu".
    await report(leader, links.get('Tổ dân phố số 3') ?? '', { [JOINED]: '130' });
    const stored = await storePreviewed(office, preview.text);
    const said = visible(stored.text);
    // The row's other figure (50) is stored; the 120 is not, and the answer says so.
    expect(said).toContain('Đã lưu số liệu của 1 tổ từ tệp kv-race.xlsx.');
    expect(said).toMatch(
      /1 số của tệp không được lưu vì đã có số mới hơn: Dòng 2, Tổ dân phố số 3, “Số người dân tham gia cuộc thi” 120: không lưu, Tổ trưởng gửi 130 lúc/,
    );
    expect(await savedOf('Tổ dân phố số 3')).toBe('130');
    const again = visible((await race()).text);
    expect(again).not.toContain('120 (không đổi)');
    expect(again).toMatch(/120 \(không lưu lại: số đang lưu là 130, Tổ trưởng gửi/);
  });
});

/**
 * A ward of khu phố and ấp (qa24 F1): the list's header "Khu phố / Ấp" over 6 "Khu phố N" and 2
 * "Ấp …". The results report speaks of all of them in the ward's word, "khu dân cư", as the groups
 * page promised and the Kết quả tab says (before: "Số ấp đã báo cáo: 2/8 ấp", "Đề nghị các trưởng
 * ấp…"), and names the reported figure by what it counts ("48 trẻ đã được tiêm"), the base
 * keeping its own noun ("45/294 trẻ cần tiêm"; before: "toàn phường: 48 trẻ cần tiêm"). Expected
 * figures are worked out from the list below.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureCampaign } from '../support/measure-campaign.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { officeGroupPath, sendOfficeForm, visible } from './results-figures.js';
import type { Client, TestStudio } from './studio.js';
import { studioWithCampaign } from './studio.js';

const LABEL = 'Số trẻ đã được tiêm';
const BASE = 'Số trẻ cần tiêm';
/** name, children due ('' when the list has none), vaccinated (undefined: not reported). */
const GROUPS = [
  ['Khu phố 1', 48, 45],
  ['Khu phố 2', 52, undefined],
  ['Khu phố 3', 37, undefined],
  ['Khu phố 4', 61, undefined],
  ['Khu phố 5', 44, undefined],
  ['Khu phố 6', 29, undefined],
  ['Ấp Tân Thới', 23, undefined],
  ['Ấp Bình Thới Nhì', '', 3],
] as const;
const csv = `STT,Khu phố / Ấp,Trưởng khu phố,${BASE}\r\n${GROUPS.map(
  ([name, due], i) => `${i + 1},${name},Nguyễn Văn ${i + 1},${due}`,
).join('\r\n')}\r\n`;
const reported = GROUPS.filter((g) => g[2] !== undefined);
const vi = (n: number) => n.toLocaleString('de-DE');
const all = reported.reduce((s, g) => s + (g[2] ?? 0), 0);
const unrated = reported.filter((g) => g[1] === '').reduce((s, g) => s + (g[2] ?? 0), 0);
const rated = all - unrated;
const base = GROUPS.reduce((s, g) => s + (g[1] === '' ? 0 : g[1]), 0);
const pending = GROUPS.length - reported.length;

let s: TestStudio;
let c: Client;
beforeAll(async () => {
  const dir = await makeTempDir('studio-ward-words-');
  await writeFile(
    join(dir, 'campaign.yaml'),
    measureCampaign(`{ id: da_tiem, label: ${LABEL}, of: ${BASE} }`),
  );
  await writeFile(join(dir, 'groups.csv'), csv);
  ({ s, c } = await studioWithCampaign('tiem', [
    join(dir, 'campaign.yaml'),
    join(dir, 'groups.csv'),
  ]));
  for (const [name, , value] of reported) {
    const path = await officeGroupPath(c, 'tiem', name);
    expect((await sendOfficeForm(c, path, { [LABEL]: String(value) })).status).toBe(303);
  }
});
afterAll(async () => {
  await s.close();
  await removeTempDirs();
});

/**
 * The ward's word for all its groups, as its groups page names the list: a ward whose names begin
 * with two kinds of unit (khu phố, ấp) is spoken of as a whole as "khu dân cư", the law's word for
 * every kind, never as one of the two.
 */
const WORD = 'khu dân cư';

describe('the results report of a ward of khu phố and ấp', () => {
  it('speaks of all the groups in the word its groups page announces, as Kết quả does', async () => {
    expect(visible((await c.get('/c/tiem/groups')).text)).toContain(`Danh sách ${WORD}`);
    const tab = visible((await c.get('/c/tiem/results')).text);
    expect(tab).toContain(`Đã báo cáo: ${reported.length}/${GROUPS.length} ${WORD}`);
    const said = collapseSpaces(await pdfText((await c.get('/c/tiem/results/bao-cao.pdf')).bytes));
    expect(said).toContain(`Số ${WORD} đã báo cáo: ${reported.length}/${GROUPS.length} ${WORD}.`);
    expect(said).toContain(`Các ${WORD} chưa báo cáo (${pending} ${WORD}):`);
    // No one heads a "khu dân cư": the heads of the khu phố and the ấp yet to report, by their
    // own titles.
    expect(said).toContain('Đề nghị các trưởng khu phố, trưởng ấp khẩn trương báo cáo kết quả.');
    expect(said).not.toContain(`trưởng ${WORD}`);
    expect(said).toContain(`2. Kết quả của từng ${WORD}`);
    expect(said).not.toMatch(/\d+ ấp\b|từng ấp|các ấp|Số ấp/u);
  });

  it('names the reported figure by what it counts, the base by its own noun', async () => {
    const said = collapseSpaces(await pdfText((await c.get('/c/tiem/results/bao-cao.pdf')).bytes));
    expect(said).toContain(`toàn xã: ${vi(all)} trẻ đã được tiêm;`);
    expect(said).toContain(`${vi(rated)}/${vi(base)} trẻ cần tiêm`);
    expect(said).toContain(`(không tính ${vi(unrated)} trẻ đã được tiêm của 1 ${WORD}`);
    // A figure alone, not over its base ("45/48 trẻ cần tiêm" is the base's).
    const alone = (n: number) => new RegExp(`(?<![/\\d.])${vi(n)} trẻ cần tiêm`, 'u');
    expect(said).not.toMatch(alone(all));
    expect(said).not.toMatch(alone(unrated));
    // The office's tab and its note under the table say the same.
    const tab = visible((await c.get('/c/tiem/results')).text);
    expect(tab).toContain(`(không tính ${vi(unrated)} trẻ đã được tiêm của 1 ${WORD}`);
    expect(tab).not.toMatch(alone(unrated));
  });
});

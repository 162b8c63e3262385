/**
 * An open leaders' site and a later save that brings back a value still to fill in (the qa7 E2
 * gap): opening the pages refuses a campaign whose signer's name is "(Họ tên người ký văn bản)",
 * but a save made while they were open was served to every leader at once, the placeholder on
 * every group's notice. Now the last version served stays, the office's tab says why and which
 * field, and the filled-in save is served from the next request. Real sockets on loopback; the
 * notice read with pdftotext; names from the example's campaign file.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { removeTempDirs } from '../support/tmp.js';
import { saveCampaignPage } from './campaign-page.js';
import { Client, plainText, studioWithExample, type TestStudio } from './studio.js';

const PLACEHOLDER = '(Họ tên người ký văn bản)';
const SIGNER = 'Phạm Thị Thu Hà';

describe('an open leaders’ site and a save holding a value to fill in', () => {
  let s: TestStudio;
  let office: Client;
  let file: string;
  let noticeUrl = '';
  let signedBy = '';
  beforeAll(async () => {
    let folder: string;
    ({ s, c: office, folder } = await studioWithExample());
    file = `${folder}/campaign.yaml`;
    signedBy = (parse(await readFile(file, 'utf8')) as { notice: { signer: { name: string } } })
      .notice.signer.name;
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  const save = (changes: Record<string, string>) => saveCampaignPage(office, 'hai-phong', changes);
  const notice = async () => {
    const res = await new Client(s.url).get(noticeUrl);
    expect(res.status).toBe(200);
    return collapseSpaces(await pdfText(res.bytes));
  };

  it('keeps serving the last version, and says which field to fill in', async () => {
    expect(
      (await office.post('/c/hai-phong/leaders/open', {}, '/c/hai-phong/leaders')).status,
    ).toBe(303);
    const tab = await office.get('/c/hai-phong/leaders');
    const link = /class="leader-url" value="https?:\/\/[^/"]+(\/p\/hai-phong\/g\/[^"]+)"/.exec(
      tab.text,
    )?.[1];
    expect(link).toBeDefined();
    noticeUrl = `${link}notice.pdf`;
    expect(await notice()).toContain(signedBy);

    // Saved (a look-alike of a blank form's value is a warning, not a refusal)…
    expect((await save({ 'notice.signer.name': PLACEHOLDER })).status).toBe(303);
    // …but not served: the leaders still get the notice signed as before.
    const text = await notice();
    expect(text).toContain(signedBy);
    expect(text).not.toContain(PLACEHOLDER);
    const said = plainText((await office.get('/c/hai-phong/leaders')).text);
    expect(said).toMatch(
      /Trang tổ trưởng vẫn hiện bản đã chép lúc \d\d:\d\d ngày \d\d\/\d\d\/\d{4}, chưa hiện nội dung vừa lưu/,
    );
    expect(said).toContain(`“Họ và tên người ký” (đang là “${PLACEHOLDER}”) chưa điền`);
  });

  it('serves the filled-in save at once', async () => {
    expect((await save({ 'notice.signer.name': SIGNER })).status).toBe(303);
    expect(await notice()).toContain(SIGNER);
    const said = plainText((await office.get('/c/hai-phong/leaders')).text);
    expect(said).not.toContain('chưa hiện nội dung vừa lưu');
  });
});

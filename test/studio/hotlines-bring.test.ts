/**
 * The studio's edit form says the numbers to call and what to bring (qa21 findings 5 and 14):
 * "Số điện thoại cần biết" and "Cần mang theo", one line an item, saved as `hotlines` and
 * `bring` and shown again as typed; a number-to-call line without a number is refused under its
 * field, naming the line, and nothing is saved.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadCampaign } from '../../src/load/campaign.js';
import { formValues } from '../../src/studio/campaign-fields.js';
import { fieldLabel, openCampaignPage, saveCampaignPage } from './campaign-page.js';
import { exampleForTests, plainText } from './studio.js';

const HOTLINES = [
  'Ban Chỉ huy Phòng thủ dân sự phường: 0236 3 111 222',
  'Công an phường: 0236 3 888 999',
  'Cấp cứu: 115',
];
const BRING = ['Thẻ căn cước gắn chip', 'Điện thoại đã cài ứng dụng VNeID'];

describe('the numbers to call and what to bring in the studio form', () => {
  const ex = exampleForTests('so-dien-thoai');

  it('are fields of the edit page with their help, in Vietnamese', async () => {
    const page = await ex.c.get('/c/so-dien-thoai');
    expect(page.status).toBe(200);
    const label = (id: string) => fieldLabel(page.text, id);
    expect(label('f-hotlines')).toBe('Số điện thoại cần biết');
    expect(label('f-bring')).toBe('Cần mang theo');
    const help = plainText(/id="f-hotlines-help"[^>]*>([\s\S]*?)<\/p>/.exec(page.text)?.[1] ?? '');
    expect(help).toContain('Mỗi dòng một số');
  });

  it('are saved one item a line, read by the build as typed, and shown again', async () => {
    const res = await saveCampaignPage(ex.c, 'so-dien-thoai', {
      hotlines: HOTLINES.join('\r\n'),
      bring: `${BRING.join('\r\n')}\r\n`,
    });
    expect(res.status, res.text.slice(0, 2000)).toBeLessThan(400);
    const saved = await readFile(ex.file, 'utf8');
    expect(parse(saved).hotlines).toEqual(HOTLINES);
    expect(parse(saved).bring).toEqual(BRING);
    const { campaign } = await loadCampaign(ex.file);
    expect(campaign.hotlines).toEqual(HOTLINES);
    expect(campaign.bring).toEqual(BRING);
    const again = await openCampaignPage(ex.c, 'so-dien-thoai');
    expect(again.hotlines).toBe(HOTLINES.join('\n'));
    expect(again.bring).toBe(BRING.join('\n'));
  });

  it('shows lines typed unquoted in campaign.yaml as typed, a number YAML read as an integer with its 0', () => {
    const form = formValues(parse('hotlines:\n  - Cấp cứu: 115\n  - Tổ trưởng: 0905111222\n'));
    expect(form.hotlines).toBe('Cấp cứu: 115\nTổ trưởng: 0905 111 222');
  });

  it('refuses a number-to-call line with no number, naming it under the field, and saves nothing', async () => {
    const before = await readFile(ex.file, 'utf8');
    const res = await saveCampaignPage(ex.c, 'so-dien-thoai', {
      hotlines: [...HOTLINES, 'Tổ trưởng tổ dân phố'].join('\n'),
    });
    expect(res.status).toBe(422);
    expect(await readFile(ex.file, 'utf8')).toBe(before);
    const under = plainText(/id="f-hotlines-error"[^>]*>([\s\S]*?)<\/p>/.exec(res.text)?.[1] ?? '');
    expect(under).toContain(
      'Dòng 4 của “Số điện thoại cần biết” (“Tổ trưởng tổ dân phố”) không có số điện thoại',
    );
  });

  it('saves a number to call and an office phone that are no phone number, saying each by its field (qa23 #7)', async () => {
    const res = await saveCampaignPage(ex.c, 'so-dien-thoai', {
      'issuer.phone': '0220.371.11',
      hotlines: ['Cán bộ chuyên trách (y sĩ Hạnh): 0988.456.12', ...HOTLINES].join('\n'),
    });
    expect(res.status, res.text.slice(0, 2000)).toBeLessThan(400);
    const page = plainText((await ex.c.get('/c/so-dien-thoai')).text);
    const slip = (typed: string) =>
      `Số điện thoại “${typed}” không giống số điện thoại ở Việt Nam (số 0 và 9 hoặc 10 chữ số): sẽ in đúng như đã ghi`;
    expect(page).toContain(`Mục “Số điện thoại cần biết”: ${slip('0988.456.12')}`);
    expect(page).toContain(`Mục “Số điện thoại liên hệ”: ${slip('0220.371.11')}`);
    // The right numbers (0236 3 111 222, 115) are not said.
    expect(page.match(/không giống số điện thoại/g)).toHaveLength(2);
  });
});

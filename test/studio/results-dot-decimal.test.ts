/**
 * A figure in kg typed the English way, "95.5": the office's form on the Kết quả tab and the
 * leader's form read it as a results file reads it (95,5 kg: a dot not followed by three digits
 * cannot be thousands), and after saving say so in the results file's words, with how Vietnamese
 * writes it; "95,5" is saved without a word. A real studio on loopback, the leader's page opened
 * from the studio's Trang tổ trưởng; expected figures worked out by hand from the files below.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldNameByLabel } from '../support/browser-form.js';
import { measureCampaign } from '../support/measure-campaign.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { leaderLinks, officeGroupPath, sendOfficeForm, visible } from './results-figures.js';
import { Client, studioWithCampaign, type TestStudio } from './studio.js';

const SLUG = 'don-rac';
const ESTIMATE = 'Khối lượng dự kiến (kg)';
const KG = 'Khối lượng rác thu gom';

/** The note the results file gives of "95.5", its figure as Vietnamese writes it. */
const readAs = (typed: string, vi: string) =>
  `“${KG}”: “${typed}” được đọc là ${vi} kg: dấu chấm được hiểu là dấu thập phân. Tiếng Việt dùng dấu phẩy ngăn phần thập phân (${vi}) và dấu chấm ngăn hàng nghìn (1.234): kiểm tra lại số liệu và ghi theo cách đó.`;

describe('a figure in kg typed with a decimal dot', () => {
  let s: TestStudio;
  let office: Client;

  beforeAll(async () => {
    const dir = await makeTempDir('studio-dot-decimal-');
    const campaign = join(dir, 'campaign.yaml');
    const groups = join(dir, 'groups.csv');
    await writeFile(campaign, measureCampaign(`{ id: rac_kg, label: ${KG}, of: ${ESTIMATE} }`));
    await writeFile(
      groups,
      `STT;Tên tổ dân phố;Tổ trưởng;Số hộ;Số nhân khẩu;${ESTIMATE}
1;Tổ dân phố số 1;Nguyễn Văn A;312;1102;120
2;Tổ dân phố số 2;Lê Thị B;288;990;90
`,
    );
    ({ s, c: office } = await studioWithCampaign(SLUG, [campaign, groups]));
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it('on the office’s form: saved as 95,5 kg, and said so', async () => {
    const path = await officeGroupPath(office, SLUG, 'Tổ dân phố số 1');
    const sent = await sendOfficeForm(office, path, { [KG]: '95.5' });
    expect(sent.status, sent.text).toBe(303);
    const page = visible((await office.get(sent.headers.get('location') ?? '')).text);
    expect(page).toContain('Đã lưu số liệu.');
    expect(page).toContain(readAs('95.5', '95,5'));
    // 95,5 of the estimate's 120 kg: 79,58…% → 79,6%.
    expect(page).toContain('Số đã lưu: 95,5 kg / dự kiến 120 kg (79,6%)');
    // Typed the Vietnamese way, nothing to say.
    const again = await sendOfficeForm(office, path, { [KG]: '96,5' });
    const quiet = visible((await office.get(again.headers.get('location') ?? '')).text);
    expect(quiet).toContain('Số đã lưu: 96,5 kg');
    expect(quiet).not.toContain('dấu chấm được hiểu');
  });

  it('on the leader’s form: saved as 12,25 kg, and said so', async () => {
    const links = await leaderLinks(office, SLUG);
    const leader = new Client(s.url);
    const url = links.get('Tổ dân phố số 2') ?? '';
    const form = (await leader.get(url)).text;
    const action = /<form class="figures" method="post" action="([^"#]+)/.exec(form)?.[1] ?? '';
    const hidden = (name: string) =>
      new RegExp(`name="${name}" value="([^"]*)"`).exec(form)?.[1] ?? '';
    const box = fieldNameByLabel(form, KG);
    const sent = await leader.postRaw(action, {
      form: hidden('form'),
      base: hidden('base'),
      [box]: '12.25',
    });
    expect(sent.status).toBe(303);
    const page = visible((await leader.get(sent.headers.get('location') ?? '')).text);
    expect(page).toContain('Đã lưu số liệu.');
    expect(page).toContain(readAs('12.25', '12,25'));
    // 12,25 of 90 kg: 13,61…% → 13,6%.
    expect(page).toContain('Đã lưu: 12,25 kg (13,6%');
  });
});

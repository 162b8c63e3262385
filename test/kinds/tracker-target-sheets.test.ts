/**
 * The tracking sheet of a campaign given a target (this session's brief):
 * - a quota of people ("Chỉ tiêu (người)", a blood-donation day) makes a sign-up sheet, titled as
 *   a ward titles the list of those who put their names down, "DANH SÁCH ĐĂNG KÝ THAM GIA" (it was
 *   "BẢNG THEO DÕI THỰC HIỆN"), its privacy line about a list;
 * - with no action to tick, such a campaign got no sheet at all ("chỉ làm thông báo … không làm
 *   … bảng theo dõi"), though its notice asks each khu phố for its list: it now gets the sign-up
 *   sheet of names alone, and a campaign measured against an estimate ("Khối lượng dự kiến
 *   (kg)") or a households quota gets household rows and one column for the result.
 * Read from the PDFs `build` writes; expected words from the campaign and groups written here.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCampaignText } from '../support/campaign-build.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const FIXTURE = fileURLToPath(new URL('../fixtures/hien-mau/', import.meta.url));
const NOT_MADE = 'bảng theo dõi)';

/** The fixture's blood-donation campaign without its `actions` (its measures kept). */
const withoutActions = (yaml: string) => yaml.replace(/^actions:\n(?: {2}.*\n)+/m, '');

describe('a blood-donation day with a quota of donors per khu phố', () => {
  it('titles its sign-up sheet "DANH SÁCH ĐĂNG KÝ THAM GIA", its title as the sheet’s subject', {
    timeout: 60_000,
  }, async () => {
    const yaml = await readFile(`${FIXTURE}campaign.yaml`, 'utf8');
    const groups = await readFile(`${FIXTURE}groups.csv`, 'utf8');
    const title = /^title: (.*)$/m.exec(yaml)?.[1] as string;
    const b = await buildCampaignText(yaml, groups, 'tracker');
    expect(b.code, b.stderr).toBe(0);
    const sheet = await b.text('khu-pho-1', 'tracker');
    expect(sheet).toContain(`DANH SÁCH ĐĂNG KÝ THAM GIA ${title}`);
    expect(sheet).not.toContain('BẢNG THEO DÕI');
    expect(sheet).toContain('Danh sách có thông tin cá nhân');
    expect(sheet).not.toContain('Bảng có thông tin cá nhân');
    // Khu phố 4 has no quota: the sign-up list all the same, not a household sheet (qa23 #6).
    const kp4 = await b.text('khu-pho-4', 'tracker');
    expect(kp4).toContain(`DANH SÁCH ĐĂNG KÝ THAM GIA ${title}`);
    expect(kp4).not.toContain('Họ và tên chủ hộ');
  });

  it('without actions, prints the sign-up sheet of names alone', { timeout: 60_000 }, async () => {
    const yaml = withoutActions(await readFile(`${FIXTURE}campaign.yaml`, 'utf8'));
    expect(yaml).not.toContain('actions:');
    const groups = await readFile(`${FIXTURE}groups.csv`, 'utf8');
    const label = /label: (.*)$/m.exec(yaml)?.[1] as string;
    const quota = Number(/^1;Khu phố 1;.*;(\d+)$/m.exec(groups)?.[1]);
    const b = await buildCampaignText(yaml, groups, 'notice,tracker');
    expect(b.code, b.stderr).toBe(0);
    expect(b.stderr).not.toContain(NOT_MADE);
    const sheet = await b.text('khu-pho-1', 'tracker');
    expect(sheet).toContain('DANH SÁCH ĐĂNG KÝ THAM GIA');
    expect(sheet).toContain('Mỗi dòng ghi một người đăng ký (họ và tên, địa chỉ).');
    // Its columns: STT, Họ và tên, Địa chỉ, Ghi chú; nothing to tick.
    expect(sheet).toContain('STT Họ và tên Địa chỉ 1 2 3');
    expect(sheet).toContain('Ghi chú');
    expect(sheet).not.toContain('chủ hộ');
    expect(sheet).not.toMatch(/Đã \p{L}/u);
    expect(sheet).toContain(`${label}: ……… người / chỉ tiêu ${quota} người = ……… %`);
    // Nothing to add up: no totals rows under a list of names.
    expect(sheet).not.toContain('Tổng cộng');
    expect(sheet).not.toContain('Cộng trang');
    expect(sheet).toContain(`${quota + 3}`);
  });
});

const LE_CHAN = `STT;Tên tổ dân phố;Tổ trưởng;Số hộ;Số nhân khẩu`;

describe('a campaign measured against a target, with no action to tick', () => {
  it('gives household rows a column for each one’s kg against the estimate', {
    timeout: 60_000,
  }, async () => {
    const label = 'Khối lượng rác tái chế thu gom (kg)';
    const yaml = `${NOTICE_ONLY}title: Ngày Chủ nhật xanh - thu gom rác thải tái chế
measures:
  - { id: rac_kg, label: ${label}, of: Khối lượng dự kiến (kg) }
`;
    const groups = `${LE_CHAN};Khối lượng dự kiến (kg)
1;Tổ dân phố số 1;Nguyễn Văn Hải;62;231;120
2;Tổ dân phố số 2;Trần Thị Thu;48;180;100
`;
    const b = await buildCampaignText(yaml, groups, 'notice,tracker');
    expect(b.code, b.stderr).toBe(0);
    expect(b.stderr).not.toContain(NOT_MADE);
    const sheet = await b.text('to-dan-pho-so-1', 'tracker');
    expect(sheet).toContain('BẢNG THEO DÕI THỰC HIỆN');
    expect(sheet).toContain(`Mỗi dòng là một hộ: ghi vào cột “${label}” số kg của hộ đó.`);
    expect(sheet).toContain('Họ và tên chủ hộ');
    expect(sheet).toContain('Tổng cộng');
    expect(sheet).toContain(`${label}: ……… kg / dự kiến 120 kg = ……… %`);
    // A row per household: the 62nd is there.
    expect(sheet).toContain(' 62 ');
  });

  it('gives a households quota a column to tick, named without its "Số hộ"', {
    timeout: 60_000,
  }, async () => {
    const yaml = `${NOTICE_ONLY}title: Lắp camera an ninh tại khu dân cư
measures:
  - { id: camera, label: Số hộ đăng ký lắp camera an ninh, of: Chỉ tiêu (hộ) }
`;
    const groups = `${LE_CHAN};Chỉ tiêu (hộ)\n1;Tổ dân phố số 1;Nguyễn Văn Hải;40;150;10\n`;
    const b = await buildCampaignText(yaml, groups, 'tracker');
    expect(b.code, b.stderr).toBe(0);
    const sheet = await b.text('to-dan-pho-so-1', 'tracker');
    expect(sheet).toContain(
      'Mỗi dòng là một hộ: đánh dấu “x” vào cột “Đăng ký lắp camera an ninh” khi hộ đó đã thực hiện.',
    );
    expect(sheet).toContain('Số hộ đăng ký lắp camera an ninh: ……… hộ / chỉ tiêu 10 hộ = ……… %');
  });

  it('still says there is no sheet when the measure has no target', {
    timeout: 60_000,
  }, async () => {
    const yaml = `${NOTICE_ONLY}measures:\n  - { id: ho, label: Số hộ tham gia, of: households }\n`;
    const b = await buildCampaignText(
      yaml,
      `${LE_CHAN}\n1;Tổ dân phố số 1;A;40;150\n`,
      'notice,tracker',
    );
    expect(b.code, b.stderr).toBe(0);
    expect(b.stderr).toContain('campaign.yaml');
    expect(b.stderr).toContain(NOT_MADE);
  });
});

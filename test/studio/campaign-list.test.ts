/**
 * The office's list of campaigns stays one it can read: a form posted once makes one campaign
 * (the answer is a redirect, so a reload asks for the page again), the same name twice is
 * refused with the way to the campaign that has it, the list and "Bắt đầu từ" show the name
 * typed with the notice's number and date, a copy reminds to change them, and a campaign is
 * renamed, or deleted after a confirmation page (never while it is being built).
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaignDetails } from '../../src/studio/routes-campaigns.js';
import { exampleAsDraft } from '../support/render.js';
import { removeTempDirs } from '../support/tmp.js';
import { wardCsv } from '../support/ward.js';
import { pressPrintAll } from './print-all.js';
import { type Client, studioWithExample, type TestStudio } from './studio.js';

const NEW_NAME = 'Sốt xuất huyết đợt 2';

describe('the list of campaigns', () => {
  let s: TestStudio;
  let c: Client;
  let folder: string;
  const campaigns = () => readdir(join(s.dataDir, 'campaigns'));
  const create = (name: string, from = '') =>
    c.upload('/new', 'docx', '', new Uint8Array(), { name, from }, '/new');

  beforeAll(async () => {
    // Four groups: a build to refuse the deletion during is a build of any size.
    ({ s, c, folder } = await studioWithExample({ groups: wardCsv(4) }, 'hai-phong'));
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  it('answers a new campaign with a redirect, and refuses a second one of the same name', async () => {
    const res = await create('Tuyên truyền Ngày Pháp luật');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/c/tuyen-truyen-ngay-phap-luat');
    const before = await campaigns();
    // The same name, typed in other letters' case: nothing made, the existing one offered.
    const again = await create('tuyên truyền  ngày pháp luật');
    expect(again.status).toBe(409);
    expect(again.text).toContain('Đã có chiến dịch tên “Tuyên truyền Ngày Pháp luật”');
    expect(again.text).toContain('href="/c/tuyen-truyen-ngay-phap-luat"');
    expect(again.text).toContain('value="tuyên truyền  ngày pháp luật"');
    expect(await campaigns()).toEqual(before);
    // Two names that differ only in their marks make two folders, each listed by its name.
    expect((await create('Tuyên truyền Ngày Pháp luật mới')).status).toBe(303);
    const home = (await c.get('/')).text;
    expect(home).toContain('>Tuyên truyền Ngày Pháp luật<');
    expect(home).toContain('>Tuyên truyền Ngày Pháp luật mới<');
  });

  it('lists a copy by the name typed, with the notice number and date, and reminds to change them', async () => {
    const yaml = await readFile(join(folder, 'campaign.yaml'), 'utf8');
    const number = /^\s+number: (\S+)/m.exec(yaml)?.[1]?.replace(/^['"]|['"]$/g, '');
    const subject = /^\s+subject: "(.+)"$/m.exec(yaml)?.[1];
    const issued = /^issued: (\d{4})-(\d\d)-(\d\d)/m.exec(yaml);
    const symbol = /^\s+symbol: (\S+)/m.exec(yaml)?.[1];
    expect(number).toBeTruthy();
    // The number as the notice prints it: two digits, then its symbol ("05/UBND-VHXH").
    const printed = `${String(number).padStart(2, '0')}/${symbol}`;
    const date = `${issued?.[3]}/${issued?.[2]}/${issued?.[1]}`;
    const res = await create(NEW_NAME, 'hai-phong');
    expect(res.status).toBe(303);
    const where = res.headers.get('location') ?? '';
    expect(where).toBe('/c/sot-xuat-huyet-dot-2?copied=hai-phong');
    const page = (await c.get(where)).text;
    expect(page).toContain(`Đây là bản sao của chiến dịch “${subject}”`);
    expect(page).toContain(`Số văn bản</a> (đang là ${number})`);
    expect(page).toContain(`Ngày ban hành</a> (đang là ${date})`);
    // The source and the copy read the same title, yet the list tells them apart.
    const home = (await c.get('/')).text;
    expect(home).toContain(`>${NEW_NAME}<`);
    const row = home.slice(home.indexOf(`>${NEW_NAME}<`)).split('</li>')[0] ?? '';
    expect(row).toContain(`Số ${printed}, ngày ${date} · `);
    expect(row).toContain(' · thư mục sot-xuat-huyet-dot-2');
    const from = (await c.get('/new')).text;
    expect(from).toContain(`Bản sao của: ${NEW_NAME} (Số ${printed}, ngày ${date})`);
  });

  it('says a draft copy’s number is blank, not “(đang là (trống))” (qa7 D7)', async () => {
    const file = join(folder, 'campaign.yaml');
    const yaml = await readFile(file, 'utf8');
    await writeFile(file, exampleAsDraft(yaml, 'du-thao-phap-luat'));
    try {
      const res = await create('Bản nháp đợt 3', 'hai-phong');
      expect(res.status).toBe(303);
      const page = (await c.get(res.headers.get('location') ?? '')).text;
      expect(page).toContain('Số văn bản</a> (đang để trống) và <a href="#f-issued">Ngày ban hành');
      expect(page).not.toContain('(trống)');
    } finally {
      await writeFile(file, yaml);
    }
  });

  it('renames a campaign, its folder kept, and refuses a name another has', async () => {
    const form = await c.get('/c/sot-xuat-huyet-dot-2/rename');
    expect(form.status).toBe(200);
    expect(form.text).toContain(`value="${NEW_NAME}"`);
    const taken = await c.post(
      '/c/sot-xuat-huyet-dot-2/rename',
      { name: 'Tuyên truyền Ngày Pháp luật' },
      '/c/sot-xuat-huyet-dot-2/rename',
    );
    expect(taken.status).toBe(409);
    expect(taken.text).toContain('Đã có chiến dịch khác tên “Tuyên truyền Ngày Pháp luật”');
    const done = await c.post(
      '/c/sot-xuat-huyet-dot-2/rename',
      { name: 'Sốt xuất huyết tháng 12' },
      '/c/sot-xuat-huyet-dot-2/rename',
    );
    expect(done.status).toBe(303);
    const home = (await c.get(done.headers.get('location') ?? '')).text;
    expect(home).toContain('Đã đổi tên chiến dịch thành “Sốt xuất huyết tháng 12”');
    expect(home).toContain('href="/c/sot-xuat-huyet-dot-2">Sốt xuất huyết tháng 12<');
    expect(home).not.toContain(`>${NEW_NAME}<`);
  });

  it('deletes a campaign and its printed files after the confirmation page, never while it is built', async () => {
    await pressPrintAll(c, 'hai-phong');
    const during = await c.get('/c/hai-phong/delete');
    expect(during.status).toBe(409);
    expect(during.text).toContain('Chiến dịch này đang được tạo tệp in');
    expect(during.text).not.toContain('action="/c/hai-phong/delete"');
    const token = await c.tokenOf('/c/hai-phong/build');
    const refused = await c.postRaw('/c/hai-phong/delete', { _csrf: token });
    expect(refused.status).toBe(409);
    expect(existsSync(folder)).toBe(true);
    await expect
      .poll(async () => JSON.parse((await c.get('/c/hai-phong/build/status')).text).state, {
        timeout: 180_000,
        interval: 100,
      })
      .toBe('done');
    expect(existsSync(join(folder, 'out', 'manifest.json'))).toBe(true);

    const confirm = await c.get('/c/hai-phong/delete');
    expect(confirm.status).toBe(200);
    expect(confirm.text).toContain('Xoá chiến dịch “');
    expect(confirm.text).toContain('khôi phục được trong 30 ngày');
    // A GET deletes nothing.
    expect(existsSync(folder)).toBe(true);
    const deleted = await c.post('/c/hai-phong/delete', {}, '/c/hai-phong/delete');
    expect(deleted.status).toBe(303);
    expect(existsSync(folder)).toBe(false);
    const home = (await c.get(deleted.headers.get('location') ?? '')).text;
    expect(home).toContain('Đã xoá chiến dịch.');
    expect(home).not.toContain('href="/c/hai-phong"');
    // Its pages still open elsewhere say it was deleted, and where to restore it.
    for (const path of ['/c/hai-phong', '/c/hai-phong/delete']) {
      const gone = await c.get(path);
      expect(gone.status, path).toBe(410);
      expect(gone.text).toContain('Chiến dịch đã bị xoá');
      expect(gone.text).toContain('href="/#da-xoa"');
    }
  });

  it('makes a campaign again of a deleted one’s name, in another folder (the deleted one can be restored)', async () => {
    const name = 'Tạm thời';
    expect((await create(name)).status).toBe(303);
    expect((await c.post('/c/tam-thoi/delete', {}, '/c/tam-thoi/delete')).status).toBe(303);
    const again = await create(name);
    expect(again.status).toBe(303);
    expect((await c.get('/c/tam-thoi-2')).status).toBe(200);
    expect((await c.get('/c/tam-thoi')).status).toBe(410);
  });
});

describe('a campaign told apart in the list', () => {
  const summary = { slug: 'x', name: 'X', modified: new Date(0) };
  it('says a draft’s month as a month, and a number without its symbol as typed', () => {
    expect(campaignDetails({ ...summary, number: '7', symbol: 'TB-UBND', issued: '2026-12' })).toBe(
      'Số 07/TB-UBND, tháng 12/2026',
    );
    expect(campaignDetails({ ...summary, number: '', symbol: 'TB-UBND', issued: '' })).toBe('');
  });
});

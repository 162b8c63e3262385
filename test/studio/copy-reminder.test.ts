/**
 * A copied campaign's reminder (qa21 finding 14): besides the number and date, it lists each
 * field that still says the earlier campaign's event — the short title, the subject, the urgency,
 * the dates written in the body, the time and place, the contest's dates, and (qa24 F3, see
 * copy-review.test.ts) every other field of the campaign's own — with what it says now, each a
 * link to its field, so the office checks them before the copy is printed.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { type Client, plainText, studioWithExample, type TestStudio } from './studio.js';

const TITLE = 'KHẨN: Ứng phó bão số 3';
const WHEN = '7 giờ 00, Chủ nhật 12/10/2025';
const WHERE = 'Nhà văn hóa tổ dân phố';
const BODY_DATES = ['15/10/2025', 'ngày 20 tháng 10 năm 2025', '25/10'];

describe('the reminder of a copied campaign', () => {
  let s: TestStudio;
  let c: Client;
  let reminder: string;
  let subject: string;
  beforeAll(async () => {
    let folder: string;
    ({ s, c, folder } = await studioWithExample({}, 'bao-so-3'));
    // The earlier campaign, as the office had filled it in: a title, an urgency, a time and a
    // place, and dates written in its body.
    const file = join(folder, 'campaign.yaml');
    const yaml = (await readFile(file, 'utf8'))
      .replace('  symbol: UBND-VHXH\n', '  symbol: UBND-VHXH\n  urgency: KHẨN\n')
      .replace('\nslogan:', `\ntitle: "${TITLE}"\nwhen: "${WHEN}"\nwhere: "${WHERE}"\nslogan:`)
      .replace(
        '    Hưởng ứng phong trào',
        `    Từ ${BODY_DATES[0]} đến ${BODY_DATES[1]} (họp tổ ${BODY_DATES[2]}), hưởng ứng phong trào`,
      );
    await writeFile(file, yaml);
    subject = /^\s+subject: "(.+)"$/m.exec(yaml)?.[1] ?? '';
    const made = await c.upload(
      '/new',
      'docx',
      '',
      new Uint8Array(),
      { name: 'Ứng phó bão số 4', from: 'bao-so-3' },
      '/new',
    );
    expect(made.status).toBe(303);
    const page = (await c.get(made.headers.get('location') ?? '')).text;
    reminder = /<div class="notice info copy-reminder"[\s\S]*?<\/div>/.exec(page)?.[0] ?? '';
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it('still asks for the number and date', () => {
    expect(plainText(reminder)).toContain(
      'Hãy sửa Số văn bản (đang là 5) và Ngày ban hành (đang là 09/10/2025)',
    );
  });

  it('lists the fields that carry the earlier campaign, with what each says, linked to it', () => {
    const items = [...reminder.matchAll(/<span class="carried-said">([\s\S]*?)<\/span>/g)].map(
      (m) => m[1] ?? '',
    );
    const item = (id: string) => {
      const found = items.find((i) => i.includes(`href="#${id}"`));
      expect(found, id).toBeDefined();
      return plainText(found ?? '').trim();
    };
    expect(item('f-title')).toBe(`Tên ngắn của chiến dịch : “${TITLE}”`);
    expect(item('f-notice-subject')).toContain(`Trích yếu (V/v) : “${subject.slice(0, 60)}`);
    expect(item('f-notice-urgency')).toBe('Độ khẩn : “KHẨN”');
    const body = item('f-notice-body');
    for (const date of BODY_DATES) expect(body).toContain(date);
    expect(item('f-when')).toBe(`Thời gian : “${WHEN}”`);
    expect(item('f-where')).toBe(`Địa điểm : “${WHERE}”`);
    // The example's contest runs 2025-10-11 to 2025-11-11.
    expect(item('f-contest-starts')).toBe('Ngày bắt đầu cuộc thi : 11/10/2025');
    expect(item('f-contest-ends')).toBe('Ngày kết thúc cuộc thi : 11/11/2025');
    // The rest of the contest and the app, each as one item with its fields named (qa24 F3).
    expect(item('f-contest-name')).toMatch(/^Cuộc thi : Tên cuộc thi “.+”, Nền tảng thi, /);
    expect(item('f-app-name')).toMatch(/^Ứng dụng : Tên ứng dụng “Smart Hải Phòng”/);
  });

  // Review 38 (10): the printed title the office types when making the copy is its own.
  it('does not list a printed title typed at the copy, and still lists the rest', async () => {
    const typed = 'Ứng phó bão số 4 tại phường';
    const made = await c.upload(
      '/new',
      'docx',
      '',
      new Uint8Array(),
      { name: 'Ứng phó bão số 4 - đợt 2', title: typed, from: 'bao-so-3' },
      '/new',
    );
    expect(made.status).toBe(303);
    const page = (await c.get(made.headers.get('location') ?? '')).text;
    const own = /<div class="notice info copy-reminder"[\s\S]*?<\/div>/.exec(page)?.[0] ?? '';
    expect(page).toContain(typed);
    expect(own).not.toContain('href="#f-title"');
    expect(own).toContain('href="#f-where"');
  });
});

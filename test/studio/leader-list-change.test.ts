/**
 * A groups file changed after the leaders' links went out, the campaign's text unchanged (qa26):
 * the leader of a tổ whose target, name or leader changed reads what changed for the tổ at the
 * top of the page ("Cập nhật ngày …: chỉ tiêu mới của tổ …"), as after a campaign's edit; a tổ
 * the file left as it was reads nothing; the leaders tab does not call it a change of the
 * campaign's content. A figure the leader sent before the target changed is said as the office's
 * pages say it ("báo cáo theo danh sách cũ, khi đó chỉ tiêu …, nay …"), not rated against the new
 * target. Real sockets, the studio's store, the figure sent through the leader's own form.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { Client, plainText, studioWithExample, type TestStudio } from './studio.js';

const SLUG = 'doi-danh-sach';
const BASE = 'https://in.phuong-le-chan.vn';
const TARGET = 'Chỉ tiêu (hộ)';

/** The leader's link of every group on the leaders tab, by group name. */
const linksOf = (page: string) =>
  new Map(
    [
      ...page.matchAll(
        /class="leader-link">\s*<h2 class="group-name"><strong>([^<]+)<\/strong>[\s\S]*?class="leader-url" value="([^"]+)"/g,
      ),
    ].map((m) => [m[1] ?? '', m[2] ?? '']),
  );
const pathOf = (url: string) => new URL(url).pathname;
/** A day `days` from today on the ward's clock, YYYY-MM-DD. */
const dayFromNow = (days: number) =>
  new Date(Date.now() + 7 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
/** Today on the ward's clock, as the pages write a day ("08/12/2026"). */
const today = () => dayFromNow(0).split('-').reverse().join('/');

/** The groups file's rows with `target` as each tổ's "Chỉ tiêu (hộ)" (a column added at the end). */
const withTargets = (csv: string, target: (id: string) => number) =>
  csv
    .split(/\r?\n/)
    .map((line, i) => {
      if (line.trim() === '') return line;
      if (i === 0) return `${line};${TARGET}`;
      return `${line};${target(line.split(';')[0] ?? '')}`;
    })
    .join('\r\n');

describe('a groups file changed after the links went out', () => {
  let s: TestStudio;
  let office: Client;
  let leader: Client;
  let folder: string;
  let links: Map<string, string>;
  let csv: string;
  const page = async (name: string) =>
    plainText((await leader.get(pathOf(links.get(name) ?? ''))).text);

  beforeAll(async () => {
    ({ s, c: office, folder } = await studioWithExample({ baseUrl: BASE }, SLUG));
    leader = new Client(s.url);
    // The households' measure taken against a target column: every tổ's target 300 hộ.
    const file = join(folder, 'campaign.yaml');
    const yaml = await readFile(file, 'utf8');
    // The contest runs from five days ago for a month: the page asks to print and send.
    const targeted = yaml
      .replace(/(id: cai_app, [^}]*?of: )households/, `$1"${TARGET}"`)
      .replace('starts: 2025-10-11', `starts: ${dayFromNow(-5)}`)
      .replace('ends: 2025-11-11', `ends: ${dayFromNow(30)}`);
    expect(targeted).not.toBe(yaml);
    await writeFile(file, targeted);
    csv = withTargets(await readFile(join(folder, 'groups.csv'), 'utf8'), () => 300);
    await writeFile(join(folder, 'groups.csv'), csv);
    expect((await office.post(`/c/${SLUG}/leaders/open`, {}, `/c/${SLUG}/leaders`)).status).toBe(
      303,
    );
    links = linksOf((await office.get(`/c/${SLUG}/leaders`)).text);
    expect(links.size).toBe(32);
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it('the leader reads the new target, name or leader of the tổ; the others read nothing', async () => {
    // Tổ 2 reports 120 of its 300 hộ.
    const url = pathOf(links.get('Tổ dân phố số 2') ?? '');
    const form = (await leader.get(url)).text;
    const hidden = (n: string) => new RegExp(`name="${n}" value="([^"]*)"`).exec(form)?.[1] ?? '';
    const sent = await leader.postRaw(`${url}ket-qua`, {
      form: hidden('form'),
      base: hidden('base'),
      so_cai_app: '120',
    });
    expect(sent.status, s.errors.join('\n')).toBe(303);
    expect(await page('Tổ dân phố số 2')).toMatch(/Đã lưu: 120 hộ \(40,0% chỉ tiêu 300 hộ\)/);

    // The new file: tổ 2's target 300 → 450, tổ 3 renamed, tổ 4's leader replaced.
    const rows = csv.split('\r\n');
    const row = (id: string) => rows.findIndex((l) => l.startsWith(`${id};`));
    const r2 = row('2');
    rows[r2] = (rows[r2] ?? '').replace(/;300$/, ';450');
    const r3 = row('3');
    rows[r3] = (rows[r3] ?? '').replace('Tổ dân phố số 3;', 'Tổ dân phố số 3A;');
    const r4 = row('4');
    const [, , was = '', phone = ''] = (rows[r4] ?? '').split(';');
    rows[r4] = (rows[r4] ?? '').replace(was, 'Trịnh Công Vinh').replace(phone, '0935 112 233');
    await writeFile(join(folder, 'groups.csv'), rows.join('\r\n'));

    const two = await page('Tổ dân phố số 2');
    expect(two).toContain(
      `Cập nhật ngày ${today()}: chỉ tiêu mới của tổ: 450 hộ (trước là 300 hộ); tài liệu của tổ đã được sửa theo danh sách mới — tải lại bản mới và in lại: giấy tờ in trước ngày ${today()} đã cũ.`,
    );
    // Its message names nothing that changed: not asked to send it again.
    expect(two).toContain('Gửi tin nhắn ngay dưới đây vào nhóm Zalo');
    const three = await page('Tổ dân phố số 3');
    expect(three).toContain(
      `Cập nhật ngày ${today()}: tên mới của tổ: “Tổ dân phố số 3A” (trước là “Tổ dân phố số 3”); tài liệu của tổ đã được sửa theo danh sách mới — tải lại bản mới, in lại và gửi lại tin nhắn mới`,
    );
    expect(three).toContain('Gửi lại tin nhắn mới dưới đây vào nhóm Zalo');
    expect(await page('Tổ dân phố số 4')).toContain(
      `Cập nhật ngày ${today()}: tổ trưởng mới: Trịnh Công Vinh (0935 112 233); tài liệu của tổ`,
    );
    expect(await page('Tổ dân phố số 1')).not.toContain('Cập nhật ngày');
    // Not a change of the campaign's content for the leaders tab.
    expect(plainText((await office.get(`/c/${SLUG}/leaders`)).text)).not.toContain(
      'Nội dung đã đổi',
    );
  });

  it('the figure sent against the old target is said as the office says it, not rated against the new one', async () => {
    const two = await page('Tổ dân phố số 2');
    expect(two).toMatch(
      /Đã lưu: 120 hộ lúc \d\d:\d\d \d\d\/\d\d\/\d{4} — báo cáo theo danh sách cũ, khi đó chỉ tiêu 300 hộ, nay chỉ tiêu 450 hộ/,
    );
    // 120 of 450 = 26,7 %: a rate the leader never reported against.
    expect(two).not.toContain('26,7%');
    // The office's group page says the same of it.
    const office2 = plainText((await office.get(`/c/${SLUG}/results/group/2`)).text);
    expect(office2).toContain(
      '120, báo cáo theo danh sách cũ, khi đó chỉ tiêu 300 hộ, nay chỉ tiêu 450 hộ',
    );
  });

  // review35 #6: a name or phone only written otherwise (a final dot, the phone spaced otherwise)
  // is no "tên mới" / "tổ trưởng mới".
  it('a name or phone only written otherwise tells the leader and the office nothing', async () => {
    const rows = (await readFile(join(folder, 'groups.csv'), 'utf8')).split('\r\n');
    const row = (id: string) => rows.findIndex((l) => l.startsWith(`${id};`));
    const r5 = row('5');
    rows[r5] = (rows[r5] ?? '').replace('Tổ dân phố số 5;', 'Tổ dân phố số 5.;');
    const r7 = row('7');
    const [, , , phone = ''] = (rows[r7] ?? '').split(';');
    // The same number spaced another way: "0xxx xx xx xx", kept as typed.
    const d = phone.replace(/\D/g, '');
    const respaced = `${d.slice(0, 4)} ${d.slice(4, 6)} ${d.slice(6, 8)} ${d.slice(8)}`;
    expect(respaced).not.toBe(phone);
    rows[r7] = (rows[r7] ?? '').replace(phone, respaced);
    // Both rows found and written otherwise (else nothing changed and the test proves nothing).
    expect(rows[r5]).toContain('Tổ dân phố số 5.;');
    expect(rows[r7]).toContain(respaced);
    await writeFile(join(folder, 'groups.csv'), rows.join('\r\n'));

    const five = await page('Tổ dân phố số 5');
    // The pages themselves, read (a page not found would contain none of the words below).
    expect(five).toContain('Tổ dân phố số 5');
    expect(five).not.toContain('Cập nhật ngày');
    expect(five).not.toContain('tên mới');
    const seven = await page('Tổ dân phố số 7');
    expect(seven).toContain('Tổ dân phố số 7');
    expect(seven).not.toContain('Cập nhật ngày');
    expect(seven).not.toContain('tổ trưởng mới');
    // The leaders tab: only tổ 3's new name and tổ 4's new leader (the test above) are changes.
    const tab = plainText((await office.get(`/c/${SLUG}/leaders`)).text);
    expect(tab.match(/Đổi tên sau khi in mã QR/g)?.length).toBe(1);
    expect(tab.match(/gửi đường dẫn cho người mới/g)?.length).toBe(1);
  });
});

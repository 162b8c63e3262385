/**
 * A campaign that changes after its links went out (qa26 F4, F6, F10): the leader's page says
 * what changed since the papers first went out, the leaders tab asks the office to tell the
 * leaders (with the message) and marks the groups whose leader changed or that are new; a group
 * can be given a new link (the old one says it was replaced, the group's figures stay); the QR
 * sheet of only the new or changed groups' cards.
 */

import { readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { decodeQrCodesEach } from '../support/qr.js';
import { rasterize } from '../support/raster.js';
import { removeTempDirs } from '../support/tmp.js';
import { Client, plainText, studioWithExample, type TestStudio } from './studio.js';

const SLUG = 'cap-nhat';
const BASE = 'https://in.phuong-le-chan.vn';

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
/** "2026-12-08" → "08/12/2026", as the pages write a day. */
const shown = (iso: string) => iso.split('-').reverse().join('/');
const today = () => shown(dayFromNow(0));
/** The contest runs from five days ago for a month; the corrected notice gives it ten days more. */
const STARTS = dayFromNow(-5);
const ENDS = dayFromNow(30);
const NEW_ENDS = dayFromNow(40);
/** Today at `hhmm` on the ward's clock (UTC+7), as a file's times. */
const savedAt = (hhmm: string): [Date, Date] => {
  const t = new Date(`${dayFromNow(0)}T${hhmm}:00+07:00`);
  return [t, t];
};

const GROUPS = 5;

describe('the leaders after the campaign changed', () => {
  let s: TestStudio;
  let office: Client;
  let leader: Client;
  let folder: string;
  let first: Map<string, string>;
  let measure: string;
  const tab = async () => (await office.get(`/c/${SLUG}/leaders`)).text;

  beforeAll(async () => {
    // The example's first five groups (tổ 5 is the one changed): what changed is said whatever
    // the ward's size, and the tab, with a QR code a group, is read again and again.
    ({
      s,
      c: office,
      folder,
    } = await studioWithExample({ baseUrl: BASE }, SLUG, undefined, {
      groups: GROUPS,
    }));
    leader = new Client(s.url);
    const file = join(folder, 'campaign.yaml');
    const yaml = await readFile(file, 'utf8');
    measure = parse(yaml).measures[0].id;
    await writeFile(
      file,
      yaml
        .replace('starts: 2025-10-11', `starts: ${STARTS}`)
        .replace('ends: 2025-11-11', `ends: ${ENDS}`),
    );
    expect((await office.post(`/c/${SLUG}/leaders/open`, {}, `/c/${SLUG}/leaders`)).status).toBe(
      303,
    );
    first = linksOf(await tab());
    expect(first.size).toBe(GROUPS);
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  // qa58b M4: "Hạn báo cáo" is printed on no paper nor in the message; moved, the leader's page
  // says the new day on its form and asks nothing printed or sent again, nor does the tab.
  it('a moved “Hạn báo cáo” alone asks no leader to print or send again', async () => {
    const url = pathOf(first.get('Tổ dân phố số 2') ?? '');
    const file = join(folder, 'campaign.yaml');
    const yaml = await readFile(file, 'utf8');
    const due = dayFromNow(20);
    await writeFile(file, `${yaml}\nreport:\n  deadline: ${due}\n`);
    const page = plainText((await leader.get(url)).text);
    expect(page).toContain(`Hạn báo cáo: ${shown(due)}`);
    expect(page).not.toContain('Cập nhật');
    expect(page).not.toContain('in lại');
    expect(page).toContain('Gửi tin nhắn ngay dưới đây vào nhóm Zalo');
    expect(plainText(await tab())).not.toContain('Nội dung đã đổi');
    await writeFile(file, yaml);
  });

  it('says on the leader’s page and on the leaders tab what changed after the links went out', async () => {
    const url = pathOf(first.get('Tổ dân phố số 2') ?? '');
    const before = plainText((await leader.get(url)).text);
    expect(before).toContain('Gửi tin nhắn ngay dưới đây vào nhóm Zalo');
    expect(before).not.toContain('Cập nhật ngày');
    expect(plainText(await tab())).not.toContain('Nội dung đã đổi');

    // A corrected notice: number 5 → 18, the contest's last day ten days later.
    const file = join(folder, 'campaign.yaml');
    const yaml = await readFile(file, 'utf8');
    const corrected = yaml
      .replace('  number: 5 ', '  number: 18 ')
      .replace(`ends: ${ENDS}`, `ends: ${NEW_ENDS}`);
    expect(corrected).not.toBe(yaml);
    await writeFile(file, corrected);
    // Saved at 00:05 today on the ward's clock: the page says the time, not only the day (qa49 M3).
    await utimes(file, ...savedAt('00:05'));

    const page = plainText((await leader.get(url)).text);
    expect(page).toContain(
      `Cập nhật lúc 00:05 ngày ${today()}: hạn mới đến hết ngày ${shown(NEW_ENDS)}; văn bản mới số 18/UBND-VHXH thay văn bản số 05/UBND-VHXH; tài liệu đã được sửa (số văn bản, ngày kết thúc cuộc thi) — tải lại bản mới`,
    );
    expect(page).toContain(`tin nhắn đã gửi trước 00:05 ngày ${today()} đã cũ`);
    expect(page).toContain('Gửi lại tin nhắn mới dưới đây vào nhóm Zalo');
    expect(page).not.toContain('Gửi tin nhắn ngay');

    const said = plainText(await tab());
    expect(said).toContain('Nội dung đã đổi sau khi gửi đường dẫn cho các tổ trưởng');
    expect(said).toContain(
      `Cập nhật lúc 00:05 ngày ${today()} về Cuộc thi “Công dân số Hải Phòng - sử dụng thông minh, sống an toàn”: hạn mới đến hết ngày ${shown(NEW_ENDS)}; văn bản mới số 18/UBND-VHXH thay văn bản số 05/UBND-VHXH; đã sửa số văn bản, ngày kết thúc cuộc thi.`,
    );
    expect(said).toContain(`hạn mới đến hết ngày ${shown(NEW_ENDS)}`);
    // Told: the tab no longer asks; the leader's page still says it.
    const v = /name="v" value="([^"]+)"/.exec(await tab())?.[1] ?? '';
    expect((await office.post(`/c/${SLUG}/leaders/told`, { v }, `/c/${SLUG}/leaders`)).status).toBe(
      303,
    );
    expect(plainText(await tab())).not.toContain('Nội dung đã đổi');
    expect(plainText((await leader.get(url)).text)).toContain(`Cập nhật lúc 00:05 ngày ${today()}`);

    // A second correction the same day, at 00:07: the page and the message read apart from the first.
    await writeFile(file, corrected.replace('  number: 18 ', '  number: 19 '));
    await utimes(file, ...savedAt('00:07'));
    const again = plainText((await leader.get(url)).text);
    expect(again).toContain(`Cập nhật lúc 00:07 ngày ${today()}:`);
    expect(again).not.toContain('00:05');
    expect(plainText(await tab())).toContain(`Cập nhật lúc 00:07 ngày ${today()} về Cuộc thi`);
  });

  it('marks a new leader and a new group, renews one group’s link, and prints only their cards', async () => {
    const name = 'Tổ dân phố số 5';
    const oldUrl = first.get(name) ?? '';
    // The leader of tổ 5 reports before being replaced.
    const page = (await leader.get(pathOf(oldUrl))).text;
    const hidden = (n: string) => new RegExp(`name="${n}" value="([^"]*)"`).exec(page)?.[1] ?? '';
    const sent = await leader.postRaw(`${pathOf(oldUrl)}ket-qua`, {
      form: hidden('form'),
      base: hidden('base'),
      [`so_${measure}`]: '77',
    });
    expect(sent.status).toBe(303);

    const groups = join(folder, 'groups.csv');
    const csv = await readFile(groups, 'utf8');
    const row5 = csv.split(/\r?\n/).find((l) => l.startsWith('5;')) ?? '';
    const [, , was = '', phone = ''] = row5.split(';');
    const replaced = row5.replace(was, 'Trịnh Công Vinh').replace(phone, '0935 112 233');
    // A new group placed under tổ 5.
    const added =
      '33;Tổ dân phố số 5B;Đỗ Thị Lan;0912 000 111;Nhà văn hóa Tổ dân phố số 5B;120;400';
    await writeFile(groups, csv.replace(row5, `${replaced}\r\n${added}`));

    let said = plainText(await tab());
    expect(said).toContain(
      'Tổ trưởng mới: Trịnh Công Vinh (0935 112 233) — gửi đường dẫn cho người mới',
    );
    expect(said).toContain('Tổ mới (thêm sau khi gửi đường dẫn)');
    expect(said).toContain('In mã QR của các tổ mới, đổi tên hoặc đổi tổ trưởng (2 tổ)');

    // A new link for tổ 5: the old one says it was replaced and whom to call.
    expect(
      (await office.post(`/c/${SLUG}/leaders/renew`, { to: '5' }, `/c/${SLUG}/leaders`)).status,
    ).toBe(303);
    const now = linksOf(await tab());
    const newUrl = now.get(name) ?? '';
    expect(newUrl).not.toBe(oldUrl);
    for (const [other, url] of first) if (other !== name) expect(now.get(other)).toBe(url);
    const old = await leader.get(pathOf(oldUrl));
    expect(old.status).toBe(410);
    const oldSaid = plainText(old.text);
    expect(oldSaid).toContain('Đường dẫn đã được thay');
    expect(oldSaid).toContain(`đã cấp đường dẫn mới cho ${name}`);
    expect(oldSaid).toContain('0225 3 857 123');
    // The figure reported through the old link stays with the group.
    const fresh = await leader.get(pathOf(newUrl));
    expect(fresh.status).toBe(200);
    expect(plainText(fresh.text)).toMatch(/Đã lưu: 77\b/);

    said = plainText(await tab());
    expect(said).toContain('Đã cấp đường dẫn mới lúc');
    expect(said).not.toContain('Tổ trưởng mới: Trịnh Công Vinh');

    // The sheet of the new and changed groups' cards: exactly their links.
    const sheet = await office.get(`/c/${SLUG}/leaders/qr.pdf?doi=1`);
    expect(sheet.status).toBe(200);
    const pages = await rasterize(sheet.bytes, { dpi: 150 });
    const decoded = (await decodeQrCodesEach(pages)).flat().sort();
    expect(decoded).toEqual([newUrl, now.get('Tổ dân phố số 5B') ?? ''].sort());
  });
});

/**
 * The campaign's end day as the studio says it on Lưu and on "In và tải về" (qa26 F3, F11), the
 * QA round's corrected notice (test/fixtures/qa26-sxh: Công văn 418, "từ ngày 05/12/2026 đến
 * hết ngày 15/01/2027" in the body and in "Thời gian"): the end moved in "Thời gian" only is
 * saved, and said after the save naming the body's words and before printing among what to look
 * at again; a "Thời gian" ending before it starts (the old year typed in January) is not saved,
 * the sentence under "Thời gian" naming both days and the year meant. The note of an action
 * with no short column title says how to give one (qa26 F12). A notice dated after today is
 * saved with a note saying so (qa26 F8).
 */
import { cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { saveCampaignPage } from './campaign-page.js';
import { type Client, plainText, studioWithCampaign, type TestStudio } from './studio.js';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'qa26-sxh');
const SLUG = 'sot-xuat-huyet';
const SAID =
  'Nội dung thông báo ghi “từ ngày 05/12/2026 đến hết ngày 15/01/2027”, nhưng mục “Thời gian” ghi đến hết ngày 20/12/2026 (tờ rơi, phiếu kiểm tra, bảng theo dõi, trang của tổ trưởng và tin nhắn Zalo in ngày 20/12/2026). Sửa cho hai nơi ghi cùng một ngày kết thúc: mục “Thời gian” và nội dung thông báo; hoặc ghi {{when}} vào nội dung thay cho các ngày (thông báo sẽ in đúng như mục “Thời gian”).';

describe('the end day in "Thời gian" and in the notice’s body, in the studio', () => {
  let s: TestStudio;
  let c: Client;
  let file: string;
  const save = (changes: Record<string, string>) => saveCampaignPage(c, SLUG, changes);

  beforeAll(async () => {
    let folder: string;
    ({ s, c, folder } = await studioWithCampaign(SLUG, [join(FIXTURE, 'campaign.yaml')]));
    await cp(join(FIXTURE, 'groups.csv'), join(folder, 'groups.csv'));
    file = join(folder, 'campaign.yaml');
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  it('the same in both: nothing said of it on the form or the print tab', async () => {
    const form = plainText((await c.get(`/c/${SLUG}`)).text);
    const build = plainText((await c.get(`/c/${SLUG}/build`)).text);
    for (const page of [form, build]) expect(page).not.toContain('Nội dung thông báo ghi');
  });

  it('moved in "Thời gian" only: saved, and said after Lưu quoting the body and on the print tab', async () => {
    const saved = await save({ when: 'Từ ngày 05/12/2026 đến hết ngày 20/12/2026' });
    expect(saved.status, plainText(saved.text).slice(0, 400)).toBe(303);
    expect(await readFile(file, 'utf8')).toContain(
      'when: Từ ngày 05/12/2026 đến hết ngày 20/12/2026',
    );
    const after = plainText((await c.get(saved.headers.get('location') ?? '')).text);
    expect(after).toContain('Đã lưu.');
    expect(after).toContain(`Mục “Nội dung”: ${SAID}`);
    const build = (await c.get(`/c/${SLUG}/build`)).text;
    // Among what to look at again before printing (the red box), not among the reminders.
    const box = /<p class="notice error"[^>]*>(.*?)<\/p>/s.exec(build)?.[1] ?? '';
    expect(plainText(box)).toContain('Trước khi in, xem lại 1 chỗ ở trang Nội dung');
    expect(plainText(box)).toContain(`Mục “Nội dung”: ${SAID}`);
  });

  it('the note of an action without a short column title says how to give one, and that it is optional (qa26 F12)', async () => {
    const how =
      'Mục “Việc người dân cần làm”: Việc “Dọn dẹp, lật úp vật dụng chứa nước đọng quanh nhà” chưa có tên cột ngắn: bảng theo dõi sẽ lấy cả câu làm tiêu đề cột đánh dấu. Không bắt buộc: muốn tiêu đề cột gọn hơn, ghi tên cột ngắn ở cuối dòng của việc đó, sau dấu “|”, ví dụ “… | Đã dọn”. Để nguyên thì bảng theo dõi vẫn in đủ cả câu.';
    const saved = await save({});
    expect(saved.status).toBe(303);
    const after = plainText((await c.get(saved.headers.get('location') ?? '')).text);
    const build = plainText((await c.get(`/c/${SLUG}/build`)).text);
    for (const page of [after, build]) expect(page).toContain(how);
  });

  it('"Thời gian" ending before it starts: not saved, the sentence under the field names the year meant', async () => {
    const before = await readFile(file, 'utf8');
    const res = await save({ when: 'Từ ngày 05/12/2026 đến hết ngày 15/01/2026' });
    expect(res.status).toBe(422);
    expect(await readFile(file, 'utf8')).toBe(before);
    const under = /id="f-when-error"[^>]*>(.*?)<\/p>/s.exec(res.text)?.[1] ?? '';
    expect(plainText(under).trim()).toBe(
      'Thời gian kết thúc ngày 15/01/2026, trước ngày bắt đầu 05/12/2026. Có phải kết thúc ngày 15/01/2027 (năm 2027)? Sửa lại năm của ngày kết thúc.',
    );
  });

  it('a notice dated after today: saved, with a note naming the day and today (qa26 F8)', async () => {
    /** Today in Viet Nam (UTC+7) moved by `days`, as the form writes a day (dd/mm/yyyy). */
    const day = (days: number) =>
      new Date(Date.now() + 7 * 3600_000 + days * 86_400_000)
        .toISOString()
        .slice(0, 10)
        .split('-')
        .reverse()
        .join('/');
    const ahead = await save({ issued: day(3) });
    expect(ahead.status).toBe(303);
    const page = plainText((await c.get(ahead.headers.get('location') ?? '')).text);
    expect(page).toContain('Đã lưu.');
    expect(page).toContain(
      `Ngày ban hành ${day(3)} là sau hôm nay (${day(0)}): văn bản in ngày đó, và báo cáo kết quả làm trước ngày đó sẽ đề ngày sớm hơn văn bản mà nó báo cáo. Nếu gõ nhầm, hãy sửa ô “Ngày ban hành”.`,
    );
    // Typed as the form also reads a day: no leading zeros, dots.
    const [d, m, y] = day(4).split('/').map(Number);
    const dotted = await save({ issued: `${d}.${m}.${y}` });
    expect(plainText((await c.get(dotted.headers.get('location') ?? '')).text)).toContain(
      `Ngày ban hành ${day(4)} là sau hôm nay (${day(0)})`,
    );
    const today = await save({ issued: day(0) });
    expect(plainText((await c.get(today.headers.get('location') ?? '')).text)).not.toContain(
      'là sau hôm nay',
    );
  });
});
